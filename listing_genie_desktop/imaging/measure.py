"""Measurements of finished images shared by rendering, post-processing and compliance."""

from __future__ import annotations

import numpy as np
from PIL import Image

NEAR_WHITE = 245
"""A pixel with every channel at or above this reads as white background (for fill measurement)."""


def content_bbox(image: Image.Image, threshold: int = NEAR_WHITE) -> tuple[int, int, int, int] | None:
    """Bounding box (left, top, right, bottom; exclusive) of everything that is not near-white."""
    pixels = np.asarray(image.convert("RGB"))
    content = (pixels < threshold).any(axis=2)
    rows, cols = np.flatnonzero(content.any(axis=1)), np.flatnonzero(content.any(axis=0))
    if not len(rows):
        return None
    return int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 1


def fill_ratio(image: Image.Image) -> float:
    """The content's longer side as a share of the frame's longer side (Amazon's "fills 85%")."""
    box = content_bbox(image)
    if box is None:
        return 0.0
    return max(box[2] - box[0], box[3] - box[1]) / max(image.size)
