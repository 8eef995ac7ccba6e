"""Drawing primitives shared by the layouts: gradients, soft shadows, anti-aliased shapes.

PIL's shape drawing is aliased; shapes that stay visible at 2000 px (panels, badges, icons)
are drawn as a mask at `SUPERSAMPLE`x on a small tile and scaled down. Discs and the corners
of rounded panels use an exact coverage mask instead (cached per radius): supersampling a
whole 1800 x 1600 panel would mean drawing 46 megapixels for four anti-aliased corners.
Shadows are blurred on a reduced copy of just the region they cover, because a shadow has
no detail worth blurring 4 Mpx for.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

RGB = tuple[int, int, int]
Box = tuple[int, int, int, int]
SUPERSAMPLE = 4
SIZE = 2000
SHADOW_SCALE = 4
"""Shadows are blurred at 1/SHADOW_SCALE resolution."""


def vertical_gradient(size: tuple[int, int], top: RGB, bottom: RGB) -> Image.Image:
    width, height = size
    t = np.linspace(0.0, 1.0, height, dtype=np.float32)[:, None]
    column = (np.asarray(top, np.float32) * (1 - t) + np.asarray(bottom, np.float32) * t).astype(np.uint8)
    return Image.fromarray(column[:, None, :]).resize((width, height), Image.Resampling.NEAREST)


def radial_glow(
    size: tuple[int, int],
    centre: tuple[float, float],
    radius: float,
    inner: RGB,
    outer: RGB,
    *,
    work_scale: int = 8,
) -> Image.Image:
    """A soft light pool: `inner` at the centre fading to `outer` at `radius` and beyond
    (computed at 1/`work_scale` resolution)."""
    width, height = size
    k = work_scale
    small = (max(1, width // k), max(1, height // k))
    yy, xx = np.mgrid[0 : small[1], 0 : small[0]].astype(np.float32)
    distance = np.hypot(xx - centre[0] / k, yy - centre[1] / k) / (radius / k)
    t = np.clip(distance, 0, 1)[..., None] ** 1.6
    colours = np.asarray(inner, np.float32) * (1 - t) + np.asarray(outer, np.float32) * t
    return Image.fromarray(colours.astype(np.uint8)).resize(size, Image.Resampling.BILINEAR)


def glowing_gradient(
    size: tuple[int, int],
    top: RGB,
    bottom: RGB,
    centre: tuple[float, float],
    radius: float,
    inner: RGB,
    amount: float,
) -> Image.Image:
    """A vertical gradient blended (`amount`) with a radial glow; all smooth, so it is computed
    at 1/8 resolution and upscaled once."""
    width, height = size
    small = (max(1, width // 8), max(1, height // 8))
    base = vertical_gradient(small, top, bottom)
    glow = radial_glow(small, (centre[0] / 8, centre[1] / 8), radius / 8, inner, bottom, work_scale=1)
    return Image.blend(base, glow, amount).resize(size, Image.Resampling.BILINEAR)


def aa_mask(size: tuple[int, int], draw: Callable[[ImageDraw.ImageDraw, int], None]) -> Image.Image:
    """An anti-aliased "L" mask: `draw(d, scale)` paints 255 at `scale`x; the result is scaled down."""
    width, height = size
    big = Image.new("L", (width * SUPERSAMPLE, height * SUPERSAMPLE), 0)
    draw(ImageDraw.Draw(big), SUPERSAMPLE)
    return big.resize(size, Image.Resampling.BOX)


@functools.lru_cache(maxsize=64)
def disc_mask(radius: int) -> Image.Image:
    """A (2r x 2r) "L" mask of a disc: each pixel's coverage, from its centre's distance to the rim."""
    centres = np.arange(2 * radius, dtype=np.float32) + 0.5 - radius
    distance = np.hypot(centres[None, :], centres[:, None])
    coverage = np.clip(radius - distance + 0.5, 0.0, 1.0)
    return Image.fromarray((coverage * 255.0 + 0.5).astype(np.uint8))


def rounded_mask(size: tuple[int, int], radius: int) -> Image.Image:
    """An "L" mask of a rounded rectangle filling `size`, with anti-aliased corners."""
    width, height = size
    mask = Image.new("L", size, 255)
    radius = max(0, min(radius, width // 2, height // 2))
    if radius:
        corners = disc_mask(radius)
        for qx, qy in ((0, 0), (1, 0), (0, 1), (1, 1)):
            quadrant = corners.crop((qx * radius, qy * radius, (qx + 1) * radius, (qy + 1) * radius))
            mask.paste(quadrant, (qx * (width - radius), qy * (height - radius)))
    return mask


def rounded_panel(image: Image.Image, box: Box, radius: int, fill: RGB, opacity: float = 1.0) -> None:
    """A rounded rectangle with smooth corners, optionally translucent."""
    left, top, right, bottom = box
    mask = rounded_mask((right - left, bottom - top), radius)
    if opacity < 1.0:
        mask = mask.point(lambda v: round(v * opacity))
    image.paste(fill, (left, top, right, bottom), mask)


def frosted_panel(
    image: Image.Image,
    box: Box,
    radius: int,
    fill: RGB = (255, 255, 255),
    opacity: float = 0.88,
    shadow: float = 0.16,
) -> None:
    """A translucent rounded panel over a blurred copy of what lies beneath ("frosted glass").

    For words over a scene nobody designed for them: the blur removes the texture that makes
    text hard to read through a translucent panel, the tint sets a calm, known background
    whatever the scene's colours, and a faint shadow lifts the panel off a busy scene.
    """
    left, top, right, bottom = box
    mask = rounded_mask((right - left, bottom - top), radius)
    region = image.crop(box)
    factor = 4
    small = region.reduce(factor) if min(region.size) >= 2 * factor else region
    frosted = small.filter(ImageFilter.GaussianBlur(6)).resize(region.size, Image.Resampling.BILINEAR)
    if shadow > 0:
        soft_shadow(image, mask, (left, top + 12), 22.0, shadow)
    image.paste(frosted, (left, top), mask)
    rounded_panel(image, box, radius, fill, opacity)


def disc(image: Image.Image, centre: tuple[int, int], radius: int, fill: RGB) -> None:
    cx, cy = centre
    image.paste(fill, (cx - radius, cy - radius, cx + radius, cy + radius), disc_mask(radius))


def soft_shadow(
    image: Image.Image,
    mask: Image.Image,
    origin: tuple[int, int],
    blur: float,
    strength: float,
    colour: RGB = (0, 0, 0),
) -> None:
    """Darkens `image` under a blurred copy of `mask` ("L") placed with its top-left at `origin`.

    Only the region the blurred mask can reach is processed.
    """
    scale = SHADOW_SCALE
    pad = scale * (math.ceil(3 * blur / scale) + 2)
    x, y = origin
    left, top = x - pad, y - pad
    padded = Image.new("L", (mask.width + 2 * pad, mask.height + 2 * pad), 0)
    padded.paste(mask, (pad, pad))
    small = padded.resize((max(1, padded.width // scale), max(1, padded.height // scale)), Image.Resampling.BILINEAR)
    small = small.filter(ImageFilter.GaussianBlur(max(0.5, blur / scale)))
    shadow = small.resize(padded.size, Image.Resampling.BILINEAR).point(lambda v: round(v * strength))
    # clip to the canvas: paste needs the box inside the image
    crop = (max(0, -left), max(0, -top), min(shadow.width, image.width - left), min(shadow.height, image.height - top))
    if crop[0] >= crop[2] or crop[1] >= crop[3]:
        return
    shadow = shadow.crop(crop)
    box = (left + crop[0], top + crop[1], left + crop[2], top + crop[3])
    image.paste(colour, box, shadow)


def ellipse_shadow(image: Image.Image, box: Box, blur: float, strength: float) -> None:
    """A soft elliptic contact shadow inside `box` (blurred beyond it by `blur`)."""
    left, top, right, bottom = box
    mask = Image.new("L", (right - left + 1, bottom - top + 1), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, right - left, bottom - top), fill=255)
    soft_shadow(image, mask, (left, top), blur, strength)
