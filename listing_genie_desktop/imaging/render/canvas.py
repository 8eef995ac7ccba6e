"""Drawing primitives shared by the layouts: gradients, soft shadows, anti-aliased shapes.

PIL's shape drawing is aliased; shapes that stay visible at 2000 px (panels, badges, icons)
are drawn as a mask at `SUPERSAMPLE`x on a small tile and scaled down. Blurs run on a
reduced-size copy because a shadow has no detail worth the cost of blurring 4 Mpx.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

RGB = tuple[int, int, int]
Box = tuple[int, int, int, int]
SUPERSAMPLE = 4
SIZE = 2000


def vertical_gradient(size: tuple[int, int], top: RGB, bottom: RGB) -> Image.Image:
    width, height = size
    t = np.linspace(0.0, 1.0, height, dtype=np.float32)[:, None]
    column = np.asarray(top, np.float32) * (1 - t) + np.asarray(bottom, np.float32) * t
    return Image.fromarray(
        np.ascontiguousarray(np.broadcast_to(column[:, None, :], (height, width, 3))).astype(np.uint8)
    )


def radial_glow(
    size: tuple[int, int], centre: tuple[float, float], radius: float, inner: RGB, outer: RGB
) -> Image.Image:
    """A soft light pool: `inner` at the centre fading to `outer` at `radius` and beyond."""
    width, height = size
    small = (max(1, width // 8), max(1, height // 8))
    yy, xx = np.mgrid[0 : small[1], 0 : small[0]].astype(np.float32)
    distance = np.hypot(xx - centre[0] / 8, yy - centre[1] / 8) / (radius / 8)
    t = np.clip(distance, 0, 1)[..., None] ** 1.6
    colours = np.asarray(inner, np.float32) * (1 - t) + np.asarray(outer, np.float32) * t
    return Image.fromarray(colours.astype(np.uint8)).resize(size, Image.Resampling.BILINEAR)


def aa_mask(size: tuple[int, int], draw: Callable[[ImageDraw.ImageDraw, int], None]) -> Image.Image:
    """An anti-aliased "L" mask: `draw(d, scale)` paints 255 at `scale`x; the result is scaled down."""
    width, height = size
    big = Image.new("L", (width * SUPERSAMPLE, height * SUPERSAMPLE), 0)
    draw(ImageDraw.Draw(big), SUPERSAMPLE)
    return big.resize(size, Image.Resampling.BOX)


def rounded_panel(image: Image.Image, box: Box, radius: int, fill: RGB, opacity: float = 1.0) -> None:
    """A rounded rectangle with smooth corners, optionally translucent."""
    left, top, right, bottom = box
    width, height = right - left, bottom - top
    mask = aa_mask(
        (width, height),
        lambda d, s: d.rounded_rectangle((0, 0, width * s - 1, height * s - 1), radius * s, fill=255),
    )
    if opacity < 1.0:
        mask = mask.point(lambda v: round(v * opacity))
    image.paste(Image.new("RGB", (width, height), fill), (left, top), mask)


def disc(image: Image.Image, centre: tuple[int, int], radius: int, fill: RGB) -> None:
    cx, cy = centre
    mask = aa_mask(
        (2 * radius, 2 * radius), lambda d, s: d.ellipse((0, 0, 2 * radius * s - 1, 2 * radius * s - 1), fill=255)
    )
    image.paste(Image.new("RGB", mask.size, fill), (cx - radius, cy - radius), mask)


def soft_shadow(
    image: Image.Image,
    mask: Image.Image,
    offset: tuple[int, int],
    blur: float,
    strength: float,
    colour: RGB = (0, 0, 0),
) -> None:
    """Darkens `image` under a blurred copy of `mask` (same size as image) shifted by `offset`."""
    scale = 4
    small = mask.resize((max(1, mask.width // scale), max(1, mask.height // scale)), Image.Resampling.BILINEAR)
    small = small.filter(ImageFilter.GaussianBlur(max(0.5, blur / scale)))
    shadow = small.resize(mask.size, Image.Resampling.BILINEAR)
    shadow = shadow.point(lambda v: round(v * strength))
    shifted = Image.new("L", image.size, 0)
    shifted.paste(shadow, offset)
    image.paste(Image.new("RGB", image.size, colour), (0, 0), shifted)


def ellipse_shadow(image: Image.Image, box: Box, blur: float, strength: float) -> None:
    """A soft elliptic contact shadow inside `box` (blurred beyond it by `blur`)."""
    mask = Image.new("L", image.size, 0)
    ImageDraw.Draw(mask).ellipse(box, fill=255)
    soft_shadow(image, mask, (0, 0), blur, strength)
