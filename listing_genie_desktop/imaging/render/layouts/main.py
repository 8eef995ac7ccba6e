"""MAIN: the product alone on pure white, filling 85% of the frame, with a soft contact shadow.

Amazon's rules drive every choice: (255, 255, 255) everywhere but the product, no text, the
product's bounding box 85% of the longer side. The contact shadow is kept thin and light so
it never reaches the frame edge and barely moves the measured fill.
"""

from __future__ import annotations

from PIL import Image

from listing_genie_desktop.imaging.measure import content_bbox
from listing_genie_desktop.imaging.render.canvas import SIZE
from listing_genie_desktop.imaging.render.cutout import Cutout, place
from listing_genie_desktop.imaging.render.palette import Palette
from listing_genie_desktop.imaging.render.wording import Texts

FILL = 0.85
SHADOW_STRENGTH = 0.16


SHADOWS: tuple[tuple[str | None, float], ...] = (
    (None, SHADOW_STRENGTH),
    ("no shadow", 0.0),
    ("a stronger contact shadow", 0.3),
)
"""MAIN's alternatives (no palette on pure white): the contact shadow, named for the seller."""


def render(cutout: Cutout, texts: Texts, palette: Palette, shadow: float = SHADOW_STRENGTH) -> Image.Image:
    image = _compose(cutout, round(FILL * SIZE), shadow)
    box = content_bbox(image)
    measured = max(box[2] - box[0], box[3] - box[1]) / SIZE if box else FILL
    if abs(measured - FILL) > 0.005:  # the shadow (or a rounding) moved the fill: correct once
        image = _compose(cutout, round(FILL * SIZE * FILL / measured), shadow)
    return image


def _compose(cutout: Cutout, target: int, shadow: float) -> Image.Image:
    image = Image.new("RGB", (SIZE, SIZE), (255, 255, 255))
    margin = (SIZE - target) // 2
    place(image, cutout, (margin, margin, margin + target, margin + target), contact_shadow=shadow)
    return image
