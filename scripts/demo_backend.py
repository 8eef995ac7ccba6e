"""A stand-in image backend for screenshots and the UI stall benchmark.

It draws a plausible listing image with Pillow in a worker thread (real CPU work, like a real
renderer's post-processing) after an optional wait, and follows a per-image script of failures
so every state of the window can be shown. It is not the studio renderer.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field

from PIL import Image, ImageDraw, ImageFilter

from listing_genie_desktop.backends.base import GeneratedImage, ImageRequest
from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.product import ImageType

PALETTES = {
    ImageType.MAIN: ((255, 255, 255), (255, 255, 255)),
    ImageType.INFOGRAPHIC_1: ((236, 242, 250), (214, 226, 244)),
    ImageType.INFOGRAPHIC_2: ((246, 240, 232), (236, 222, 204)),
    ImageType.LIFESTYLE: ((196, 214, 190), (120, 150, 120)),
    ImageType.COMPARISON: ((244, 244, 246), (226, 228, 234)),
}


def unavailable() -> GenerationError:
    return GenerationError(ErrorKind.SERVER, "503 UNAVAILABLE: the model is overloaded", http_status=503)


def draw_listing_image(image_type: ImageType, colour: tuple[int, int, int], size: int) -> Image.Image:
    """Blocking: a bottle-like product on a backdrop that differs per image type."""
    top, bottom = PALETTES[image_type]
    # Vectorised like a real renderer (a per-row Python loop would hold the GIL for no reason).
    ramp = Image.linear_gradient("L").resize((size, size))
    image = Image.composite(Image.new("RGB", (size, size), bottom), Image.new("RGB", (size, size), top), ramp)
    draw = ImageDraw.Draw(image)
    s = size / 100
    shadow = Image.new("L", (size, size), 0)
    ImageDraw.Draw(shadow).ellipse([36 * s, 84 * s, 64 * s, 90 * s], fill=90)
    image.paste((0, 0, 0), mask=shadow.filter(ImageFilter.GaussianBlur(2 * s)))
    draw.rounded_rectangle([38 * s, 24 * s, 62 * s, 86 * s], radius=7 * s, fill=colour)
    draw.rounded_rectangle([43 * s, 14 * s, 57 * s, 26 * s], radius=3 * s, fill=(60, 60, 66))
    draw.rounded_rectangle([41 * s, 30 * s, 45 * s, 78 * s], radius=2 * s, fill=tuple(min(255, c + 60) for c in colour))
    if image_type in (ImageType.INFOGRAPHIC_1, ImageType.INFOGRAPHIC_2):
        for n, y in enumerate((30, 50, 70)):
            x = 66 if n % 2 == 0 else 12
            draw.line(
                [(62 * s if x > 50 else 38 * s, y * s), ((x + 2) * s, y * s)], fill=(90, 100, 120), width=int(s / 2)
            )
            draw.rounded_rectangle([x * s, (y - 4) * s, (x + 22) * s, (y + 4) * s], radius=2 * s, fill=(255, 255, 255))
    if image_type is ImageType.COMPARISON:
        for row in range(4):
            draw.rectangle([70 * s, (24 + row * 14) * s, 94 * s, (34 + row * 14) * s], outline=(150, 155, 170))
    return image.filter(ImageFilter.SMOOTH)


@dataclass
class DemoBackend:
    """`script[image_type]` is consumed one entry per call: an error to raise, else a drawn image."""

    colour: tuple[int, int, int] = (40, 110, 190)
    delay_s: float = 0.3
    size: int = 1024
    script: dict[ImageType, list[GenerationError | None]] = field(default_factory=dict)
    name: str = "studio"
    model: str | None = None
    renders_text: bool = False
    calls: int = 0

    def fail(self, image_type: ImageType, errors: Sequence[GenerationError | None]) -> None:
        self.script[image_type] = list(errors)

    async def generate(self, request: ImageRequest) -> GeneratedImage:
        self.calls += 1
        await asyncio.sleep(self.delay_s)
        answers = self.script.get(request.image_type, [])
        answer = answers.pop(0) if answers else None
        if answer is not None:
            raise answer
        image = await asyncio.to_thread(draw_listing_image, request.image_type, self.colour, self.size)
        return GeneratedImage(image)

    async def aclose(self) -> None:
        return None
