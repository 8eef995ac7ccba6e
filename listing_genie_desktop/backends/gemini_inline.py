"""Takes the big base64 images out of Gemini's answers before the SDK parses them.

Why: a 4K answer is about 37 MB of JSON around one base64 string. The SDK turns it into text, parses it
with `json.loads` and validates it with pydantic, which base64-decodes it: three C calls of 15 to 90 ms
each that hold the GIL the whole time, so even on the backend's own thread (backends/threaded.py) they
stalled the window's thread, and the copies (bytes, text, dict, decoded bytes) peaked at five times the
image per answer. Here, an httpx response hook swaps the answer's body stream for one that decodes every
long `"data"` string in 1 MB pieces (the GIL is free between pieces) into `InlineImages`, and hands the
SDK the same JSON with a short token in its place; `take()` turns the token back into the image's bytes.

A string of `SPOOL_CHARS` or more (a 4K answer) is decoded piece by piece into a file of its own instead
(`take()` gives its path): its 28 MB are never joined into one bytes object under the GIL (25 ms here), the
window's process never holds them, and the finisher decodes the file in a process of its own
(imaging/finish_pool.py). Long scans for the string's end are made a megabyte at a time too.
"""

from __future__ import annotations

import base64
import binascii
import functools
import itertools
import os
import tempfile
import zlib
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.messages import QT_TR_NOOP

MIN_INLINE_CHARS = 16 * 1024
"""Strings shorter than this are left to the SDK: no stall worth avoiding."""
PIECE_CHARS = 256 * 1024
"""Base64 decoded per call (a multiple of 4): about 1 ms of GIL each on a slow machine (1 MB took 4 to 12)."""
SPOOL_CHARS = 16 * 1024 * 1024
"""Strings this long (12 MB of image and more: 4K answers; 2K ones are 5 to 8 MB) go to a file."""
SCAN_BYTES = 1024 * 1024
"""Bytes searched per call when looking for a string's end: a 37 MB scan held the GIL for 10 to 30 ms."""
SPOOL_PREFIX = "listing-genie-answer-"
TOKEN_PREFIX = b"\x00listing-genie-inline:"
_KEY = b'"data"'
_URLSAFE_TO_STANDARD = bytes.maketrans(b"-_", b"+/")
FAR_TOO_LARGE = QT_TR_NOOP("The answer was far larger than any image: refused.")


class InlineImages:
    """The images taken out of this backend's answers, by token, until the backend takes them."""

    def __init__(self, max_bytes: int, spool_chars: int = SPOOL_CHARS, spool_dir: Path | None = None) -> None:
        self.max_bytes = max_bytes
        self.spool_chars = spool_chars
        self.spool_dir = spool_dir
        """Where spooled answers are written; None: the system's temporary folder."""
        self._images: dict[bytes, bytes | Path] = {}
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

    def take(self, data: bytes) -> bytes | Path:
        """The image's bytes for a token, or the file a long one was spooled to (now the caller's to delete),
        and forgets them; any other data as it is."""
        if data.startswith(TOKEN_PREFIX):
            return self._images.pop(data, b"")
        return data

    def clear(self) -> None:
        """Forgets the images nobody took (a thought image before the answer's), deleting their files."""
        for image in self._images.values():
            if isinstance(image, Path):
                image.unlink(missing_ok=True)
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
            if end - start >= self.spool_chars:
                self._images[token] = _spool_in_pieces(body, start, end, self.spool_dir)
            else:
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
            raise GenerationError(ErrorKind.NO_IMAGE, FAR_TOO_LARGE)
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
    end = _find(body, b'"', start, len(body))
    if end < 0 or end - start < MIN_INLINE_CHARS or _find(body, b"\\", start, end) >= 0:
        return None
    return start, end


def _find(body: bytearray, byte: bytes, start: int, end: int) -> int:
    """`body.find(byte, start, end)` a megabyte at a time, so that other threads get the GIL in between."""
    for window in range(start, end, SCAN_BYTES):
        found = body.find(byte, window, min(window + SCAN_BYTES, end))
        if found >= 0:
            return found
    return -1


def _decode_in_pieces(body: bytearray, start: int, end: int) -> bytes:
    """Standard or URL-safe base64, decoded a piece at a time so that other threads get the GIL in between."""
    try:
        return b"".join(_pieces(body, start, end))
    except binascii.Error:
        return b""


def _spool_in_pieces(body: bytearray, start: int, end: int, folder: Path | None) -> Path:
    """The decoded string written to a new file a piece at a time (writes release the GIL); an empty file
    when it is not base64, which the decoder then refuses as no image."""
    handle, name = tempfile.mkstemp(prefix=SPOOL_PREFIX, suffix=".img", dir=folder)
    try:
        with os.fdopen(handle, "wb", buffering=0) as file:
            try:
                for piece in _pieces(body, start, end):
                    left = memoryview(piece)
                    while left:  # unbuffered: each write is one system call, which may write less
                        left = left[file.write(left) or 0 :]
            except binascii.Error:
                file.truncate(0)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)


def _pieces(body: bytearray, start: int, end: int) -> Iterator[bytes]:
    view = memoryview(body)
    try:
        for piece_start in range(start, end, PIECE_CHARS):
            piece = bytes(view[piece_start : min(piece_start + PIECE_CHARS, end)]).translate(_URLSAFE_TO_STANDARD)
            yield binascii.a2b_base64(piece)
    finally:
        view.release()
