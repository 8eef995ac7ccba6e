"""Takes the big base64 images out of Gemini's answers before the SDK parses them.

Why: a 4K answer is about 37 MB of JSON around one base64 string. The SDK turns it into text, parses it
with `json.loads` and validates it with pydantic, which base64-decodes it: three C calls of 15 to 90 ms
each that hold the GIL the whole time, so even on the backend's own thread (backends/threaded.py) they
stalled the window's thread, and the copies (bytes, text, dict, decoded bytes) peaked at five times the
image per answer. Here, an httpx response hook swaps the answer's body stream for one that decodes every
long `"data"` string in 1 MB pieces (the GIL is free between pieces) into `InlineImages`, and hands the
SDK the same JSON with a short token in its place; `take()` turns the token back into the image's bytes.
"""

from __future__ import annotations

import base64
import binascii
import functools
import itertools
import zlib
from collections.abc import AsyncIterator
from typing import Any

from listing_genie_desktop.core.errors import ErrorKind, GenerationError

MIN_INLINE_CHARS = 16 * 1024
"""Strings shorter than this are left to the SDK: no stall worth avoiding."""
PIECE_CHARS = 1024 * 1024
"""Base64 decoded per call (a multiple of 4): about 2 ms of GIL each."""
TOKEN_PREFIX = b"\x00listing-genie-inline:"
_KEY = b'"data"'
_URLSAFE_TO_STANDARD = bytes.maketrans(b"-_", b"+/")


class InlineImages:
    """The images taken out of this backend's answers, by token, until the backend takes them."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._images: dict[bytes, bytes] = {}
        self._numbers = itertools.count(1)

    async def hook(self, response: Any) -> None:
        """httpx response hook (headers received, body not read): rewrites generateContent's answers."""
        if response.status_code != 200 or not str(response.request.url.path).endswith(":generateContent"):
            return
        encoding = response.headers.get("content-encoding", "identity").lower()
        if encoding not in ("identity", "gzip", "deflate"):
            return
        response.stream = _stream_class()(self, response.stream, encoding)
        for header in ("content-encoding", "content-length"):
            response.headers.pop(header, None)

    def take(self, data: bytes) -> bytes:
        """The image's bytes for a token (and forgets them); any other data as it is."""
        if data.startswith(TOKEN_PREFIX):
            return self._images.pop(data, b"")
        return data

    def clear(self) -> None:
        self._images.clear()

    def rewrite(self, body: bytearray) -> bytes:
        """`body` with every long `"data": "<base64>"` value replaced by the base64 of a token."""
        out: list[bytes] = []
        done = 0
        at = body.find(_KEY)
        while at >= 0:
            value = _string_after_key(body, at + len(_KEY))
            if value is None:
                at = body.find(_KEY, at + len(_KEY))
                continue
            start, end = value
            token = TOKEN_PREFIX + str(next(self._numbers)).encode()
            self._images[token] = _decode_in_pieces(body, start, end)
            out += (bytes(body[done:start]), base64.b64encode(token))
            done = end
            at = body.find(_KEY, end)
        out.append(bytes(body[done:]))
        return b"".join(out)


async def _rewritten(images: InlineImages, raw: Any, encoding: str) -> AsyncIterator[bytes]:
    """The answer's body, read whole (decompressed), then given to httpx rewritten, in one piece."""
    inflate = None if encoding == "identity" else zlib.decompressobj(31 if encoding == "gzip" else 15)
    body = bytearray()
    async for chunk in raw:
        body += inflate.decompress(chunk) if inflate is not None else chunk
        if len(body) > images.max_bytes:
            raise GenerationError(ErrorKind.NO_IMAGE, "The answer was far larger than any image: refused.")
    if inflate is not None:
        body += inflate.flush()
    yield images.rewrite(body)


@functools.cache
def _stream_class() -> type:
    """httpx insists on its own stream type; httpx2 is imported only once a client is built (it is slow)."""
    import httpx2

    class Rewritten(httpx2.AsyncByteStream):
        def __init__(self, images: InlineImages, raw: Any, encoding: str) -> None:
            self.images, self.raw, self.encoding = images, raw, encoding

        def __aiter__(self) -> AsyncIterator[bytes]:
            return _rewritten(self.images, self.raw, self.encoding)

        async def aclose(self) -> None:
            await self.raw.aclose()

    return Rewritten


def _string_after_key(body: bytearray, at: int) -> tuple[int, int] | None:
    """(start, end) of a long JSON string that follows `"data"` at `at` (`: "...`), else None (a short one,
    one with escapes, or the word inside some other string)."""
    while at < len(body) and body[at] in b" \t\r\n":
        at += 1
    if at >= len(body) or body[at] != ord(":"):
        return None
    at += 1
    while at < len(body) and body[at] in b" \t\r\n":
        at += 1
    if at >= len(body) or body[at] != ord('"'):
        return None
    start = at + 1
    end = body.find(b'"', start)
    if end < 0 or end - start < MIN_INLINE_CHARS or body.find(b"\\", start, end) >= 0:
        return None
    return start, end


def _decode_in_pieces(body: bytearray, start: int, end: int) -> bytes:
    """Standard or URL-safe base64, decoded a piece at a time so that other threads get the GIL in between."""
    pieces = []
    view = memoryview(body)
    try:
        for piece_start in range(start, end, PIECE_CHARS):
            piece = bytes(view[piece_start : min(piece_start + PIECE_CHARS, end)]).translate(_URLSAFE_TO_STANDARD)
            pieces.append(binascii.a2b_base64(piece))
    except binascii.Error:
        return b""
    finally:
        view.release()
    return b"".join(pieces)
