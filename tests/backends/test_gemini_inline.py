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
