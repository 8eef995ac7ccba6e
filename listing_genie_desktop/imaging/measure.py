"""Measurements of finished images shared by rendering, post-processing and compliance.

Full-resolution work stays in Pillow (C loops, GIL released): a 2000 x 2000 image
is measured in a few milliseconds, where numpy reductions over the colour axis cost a tenth
of a second. `as_array` is the cheapest way to a numpy view (half the cost of `np.asarray`).
"""

from __future__ import annotations

import functools

import numpy as np
from PIL import Image

NEAR_WHITE = 245
"""A pixel with every channel at or above this reads as white background (for fill measurement)."""


def as_array(image: Image.Image) -> np.ndarray:
    """A read-only (H, W, bands) or (H, W) uint8 array with the image's pixels."""
    bands = len(image.getbands())
    shape = (image.height, image.width, bands) if bands > 1 else (image.height, image.width)
    return np.frombuffer(image.tobytes(), np.uint8).reshape(shape)


@functools.cache
def _below(threshold: int) -> list[int]:
    return [255 if v < threshold else 0 for v in range(256)] * 3


def content_bbox(image: Image.Image, threshold: int = NEAR_WHITE) -> tuple[int, int, int, int] | None:
    """Bounding box (left, top, right, bottom; exclusive) of everything that is not near-white."""
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    return rgb.point(_below(threshold)).getbbox()


def fill_ratio(image: Image.Image, box: tuple[int, int, int, int] | None = None) -> float:
    """The content's longer side as a share of the frame's longer side (Amazon's "fills 85%").

    `box` is the image's `content_bbox` when the caller has measured it already.
    """
    box = content_bbox(image) if box is None else box
    if box is None:
        return 0.0
    return max(box[2] - box[0], box[3] - box[1]) / max(image.size)
