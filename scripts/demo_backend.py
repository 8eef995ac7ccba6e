"""The real studio backend with scripted failures, for screenshots and the UI stall benchmark.

`ScriptedStudio` renders every image with `backends.studio.StudioBackend` (the offline renderer
users get, in a worker thread), after an optional wait that stands for a remote model's latency,
and raises the errors scripted per image first, so every state of the window (retry countdown,
partial result) can be shown with real images.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path

from listing_genie_desktop.backends.studio import StudioBackend
from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.ports import GeneratedImage, ImageRequest
from listing_genie_desktop.core.product import ImageType

SAMPLE_PHOTO = (
    Path(__file__).resolve().parents[1] / "listing_genie_desktop" / "resources" / "samples" / "steel-bottle.jpg"
)
"""The bundled 1600 px product photo (scripts/make_sample_photo.py)."""


def unavailable() -> GenerationError:
    return GenerationError(ErrorKind.SERVER, "503 UNAVAILABLE: the model is overloaded", http_status=503)


class ScriptedStudio:
    """`script[image_type]` is consumed one entry per call: an error to raise, else a real render."""

    name = "studio"
    model: str | None = None

    def __init__(self, *, delay_s: float = 0.0) -> None:
        self.delay_s = delay_s
        self.script: dict[ImageType, list[GenerationError | None]] = {}
        self.calls = 0
        self._studio = StudioBackend()

    @property
    def renders_text(self) -> bool:
        return self._studio.renders_text

    def fail(self, image_type: ImageType, errors: Sequence[GenerationError | None]) -> None:
        self.script[image_type] = list(errors)

    async def generate(self, request: ImageRequest) -> GeneratedImage:
        self.calls += 1
        if self.delay_s:
            await asyncio.sleep(self.delay_s)
        answers = self.script.get(request.image_type, [])
        answer = answers.pop(0) if answers else None
        if answer is not None:
            raise answer
        return await self._studio.generate(request)

    async def prepare(self) -> None:
        await self._studio.prepare()

    async def check(self) -> GenerationError | None:
        return None

    async def aclose(self) -> None:
        await self._studio.aclose()
