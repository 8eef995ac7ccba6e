"""Big inline images are taken out of the answer before the SDK parses it, and still reach the caller intact."""

from __future__ import annotations

import base64
import gzip
import json
import os

from listing_genie_desktop.backends.gemini import GeminiBackend
from listing_genie_desktop.backends.gemini_inline import MIN_INLINE_CHARS, InlineImages
from tests.backends.test_gemini import KEY, image_request
from tests.fakes.gemini_server import FakeGeminiServer, Reply


def noisy_png(side: int = 256) -> bytes:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(buffer, format="PNG")
    return buffer.getvalue()


async def test_a_large_image_comes_through_the_real_client_pixel_for_pixel(gemini_server: FakeGeminiServer) -> None:
    png = noisy_png()
    assert len(base64.b64encode(png)) > MIN_INLINE_CHARS
    gemini_server.default = Reply.image_bytes(png)
    backend = GeminiBackend(KEY, attempt_timeout_s=30, base_url=gemini_server.base_url)
    try:
        made = await backend.generate(image_request())
    finally:
        await backend.aclose()
    import io

    from PIL import Image

    assert made.image.tobytes() == Image.open(io.BytesIO(png)).convert("RGB").tobytes()


class Stream:
    def __init__(self, body: bytes) -> None:
        self.body = body

    async def __aiter__(self):  # type: ignore[no-untyped-def]
        for at in range(0, len(self.body), 7000):
            yield self.body[at : at + 7000]

    async def aclose(self) -> None:
        pass


class Answer:
    """What the hook sees of an httpx response: status, URL path, headers, stream."""

    def __init__(self, body: bytes, headers: dict[str, str]) -> None:
        self.status_code = 200
        self.request = type("Request", (), {"url": type("URL", (), {"path": "/v1beta/models/m:generateContent"})()})()
        self.headers = dict(headers)
        self.stream = Stream(body)


async def test_a_gzipped_answer_is_inflated_and_its_images_and_other_fields_kept() -> None:
    image, small = os.urandom(MIN_INLINE_CHARS), b"tiny"
    parts = [{"inlineData": {"mimeType": "image/png", "data": base64.b64encode(x).decode()}} for x in (image, small)]
    document = {"candidates": [{"content": {"parts": parts}}], "usageMetadata": {"candidatesTokenCount": 1290}}
    answer = Answer(gzip.compress(json.dumps(document, indent=1).encode()), {"content-encoding": "gzip"})
    images = InlineImages(max_bytes=10**8)
    await images.hook(answer)
    assert "content-encoding" not in answer.headers
    rewritten = json.loads(b"".join([chunk async for chunk in answer.stream]))
    first, second = (base64.b64decode(p["inlineData"]["data"]) for p in rewritten["candidates"][0]["content"]["parts"])
    assert len(first) < 100 and images.take(first) == image
    assert images.take(second) == small
    assert rewritten["usageMetadata"] == {"candidatesTokenCount": 1290}


async def test_a_4k_sized_answer_is_spooled_to_a_file_of_its_own(gemini_server: FakeGeminiServer, tmp_path) -> None:
    """A long image string is decoded into a file (the window's process never holds it); the file is the
    answer's PNG byte for byte, and it goes away with the image."""
    import gc
    import io

    from PIL import Image

    from listing_genie_desktop.core.ports import SpooledImage

    png, spool = noisy_png(300), tmp_path / "spool"
    spool.mkdir()
    gemini_server.default = Reply.image_bytes(png)
    backend = GeminiBackend(KEY, attempt_timeout_s=30, base_url=gemini_server.base_url)
    backend._inline.spool_chars, backend._inline.spool_dir = MIN_INLINE_CHARS, spool  # 4K answers, in small
    try:
        made = await backend.generate(image_request())
    finally:
        await backend.aclose()

    assert isinstance(made.image, SpooledImage) and made.image.size == (300, 300)
    assert made.image.path.parent == spool and made.image.path.read_bytes() == png
    assert Image.open(io.BytesIO(made.image.path.read_bytes())).size == (300, 300)
    del made
    gc.collect()
    assert not list(spool.iterdir()), "the spooled answer is deleted once the image is dropped"


async def test_spooled_images_nobody_took_are_deleted_with_the_rest(tmp_path) -> None:
    image, spool = os.urandom(MIN_INLINE_CHARS), tmp_path / "spool"
    spool.mkdir()
    parts = [{"inlineData": {"mimeType": "image/png", "data": base64.b64encode(image).decode()}}]
    answer = Answer(json.dumps({"candidates": [{"content": {"parts": parts}}]}).encode(), {})
    images = InlineImages(max_bytes=10**8, spool_chars=MIN_INLINE_CHARS, spool_dir=spool)
    await images.hook(answer)
    rewritten = json.loads(b"".join([chunk async for chunk in answer.stream]))
    assert [path.read_bytes() for path in spool.iterdir()] == [image]
    assert rewritten["candidates"][0]["content"]["parts"][0]["inlineData"]["data"] != base64.b64encode(image).decode()

    images.clear()  # the backend closed, or the answer's image was a thought nobody takes

    assert not list(spool.iterdir())
