"""The product, cut out of the reference photo once, and placed by every layout.

A `Cutout` is computed once per reference photo (the backend caches it) at a resolution no
layout exceeds (MAIN's 85% of 2000 px), so layouts only ever downscale it. When isolation
was not trustworthy, the cutout is the photo itself with rounded corners: honest, and still
usable in secondary images, while MAIN's compliance says why it is not a clean cutout.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw

from listing_genie_desktop.core.ports import ReferencePhoto
from listing_genie_desktop.imaging.canvas_math import fit_size
from listing_genie_desktop.imaging.isolation import Isolation
from listing_genie_desktop.imaging.render.canvas import Box, ellipse_shadow, soft_shadow

MAX_SIDE = 1760
"""Largest size any layout draws the product at (MAIN: 85% of 2000 = 1700) plus a margin."""
EDGE_CHOKE = 0.35
"""Share of the alpha ramp pulled inwards so no backdrop-coloured fringe (grey halo) survives."""


@dataclass(frozen=True)
class Cutout:
    image: Image.Image
    """RGBA, cropped to the product's bounding box."""
    isolated: bool
    """False when this is the whole photo because isolation was not trustworthy."""
    warning: str | None
    """Why isolation was not trusted, for MAIN's compliance report."""

    @property
    def aspect(self) -> float:
        return self.image.width / self.image.height

    def alpha(self) -> Image.Image:
        return self.image.getchannel("A")


def make_cutout(photo: ReferencePhoto, isolation: Isolation) -> Cutout:
    if not isolation.trustworthy:
        return _photo_card(photo.image, isolation.reason)
    left, top, right, bottom = isolation.bbox
    crop = photo.image.crop((left, top, right, bottom))
    size = fit_size(crop.size, (MAX_SIDE, MAX_SIDE))
    rgb = np.asarray(crop.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0) if size != crop.size else crop)
    alpha = isolation.mask_region((left, top, right, bottom), size)
    alpha = np.clip((alpha.astype(np.float32) - 255 * EDGE_CHOKE) / (1 - EDGE_CHOKE), 0, 255).astype(np.uint8)
    rgba = np.dstack([rgb, alpha])
    return Cutout(Image.fromarray(rgba, "RGBA"), True, None)


def _photo_card(image: Image.Image, reason: str | None) -> Cutout:
    size = fit_size(image.size, (MAX_SIDE, MAX_SIDE))
    rgb = image.resize(size, Image.Resampling.LANCZOS) if size != image.size else image.copy()
    alpha = Image.new("L", size, 0)
    ImageDraw.Draw(alpha).rounded_rectangle((0, 0, size[0] - 1, size[1] - 1), radius=round(0.04 * max(size)), fill=255)
    rgba = rgb.convert("RGBA")
    rgba.putalpha(alpha)
    return Cutout(rgba, False, reason or "The product could not be separated from its background.")


def scaled(cutout: Cutout, box_size: tuple[int, int]) -> Image.Image:
    """The cutout scaled to fit `box_size`, keeping its aspect ratio."""
    size = fit_size(cutout.image.size, box_size)
    if size == cutout.image.size:
        return cutout.image
    if size[0] < cutout.image.width:  # reducing_gap: a box reduction first, then Lanczos (same look)
        return cutout.image.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
    return cutout.image.resize(size, Image.Resampling.BICUBIC)


def place(
    canvas: Image.Image,
    cutout: Cutout,
    box: Box,
    *,
    anchor: str = "center",
    contact_shadow: float = 0.0,
    contact_spread: float = 0.025,
    drop_shadow: float = 0.0,
    cast_shadow: float = 0.0,
) -> Box:
    """Pastes the cutout fitted into `box` (centred, or standing on its bottom edge) and returns where.

    `contact_shadow` darkens a soft ellipse under the product's base, as where it touches the
    surface (`contact_spread`: its half-height as a share of the base's width); `drop_shadow`
    is a wider, lighter shadow offset down (for "floating" layouts); `cast_shadow` is the
    product's own shadow thrown back and to the right across the surface it stands on, by
    light from the front left (lifestyle scenes).
    """
    left, top, right, bottom = box
    product = scaled(cutout, (right - left, bottom - top))
    x = left + (right - left - product.width) // 2
    y = bottom - product.height if anchor == "bottom" else top + (bottom - top - product.height) // 2
    alpha = product.getchannel("A")
    if drop_shadow > 0:
        soft_shadow(
            canvas,
            alpha,
            (x + round(0.02 * product.width), y + round(0.03 * product.height)),
            0.035 * max(product.size),
            drop_shadow,
        )
    if cast_shadow > 0 and cutout.isolated:
        _cast_shadow(canvas, alpha, (x, y), cast_shadow)
    if contact_shadow > 0 and cutout.isolated:
        _contact_shadow(canvas, alpha, (x, y), contact_shadow, contact_spread)
    canvas.paste(product, (x, y), product)
    return x, y, x + product.width, y + product.height


def _base(alpha: Image.Image) -> tuple[int, int, int] | None:
    """(row, first column, last column) of the product's base: its lowest 6 %, in `alpha` pixels."""
    solid = np.asarray(alpha) >= 128
    rows = np.flatnonzero(solid.any(axis=1))
    if not len(rows):
        return None
    base = int(rows[-1])
    band = solid[max(0, base - max(2, round(0.06 * alpha.height))) : base + 1]
    cols = np.flatnonzero(band.any(axis=0))
    return base, int(cols[0]), int(cols[-1])


def _contact_shadow(
    canvas: Image.Image, alpha: Image.Image, origin: tuple[int, int], strength: float, spread: float = 0.025
) -> None:
    """A soft ellipse following the width of the product's lowest 6 %, centred on its base line."""
    found = _base(alpha)
    if found is None:
        return
    base, first, last = found
    x0, x1 = origin[0] + first, origin[0] + last
    width = x1 - x0
    cy = origin[1] + base
    half_height = max(4, round(spread * width))
    box = (x0 + round(0.04 * width), cy - half_height, x1 - round(0.04 * width), cy + half_height)
    ellipse_shadow(canvas, box, max(3.0, 0.9 * half_height), strength)


CAST_LENGTH = 0.11
"""Depth of the cast shadow (towards the horizon) as a share of the product's height: short, because
the surface is seen at a grazing angle; it must stay below the horizon (HORIZON + 170 - 11% of
the tallest lifestyle product, 980 px, is still on the surface)."""
CAST_SLANT = 3.2
"""Sideways run of the cast shadow per unit of its length (light from the front left)."""


def _cast_shadow(canvas: Image.Image, alpha: Image.Image, origin: tuple[int, int], strength: float) -> None:
    """The silhouette laid down on the surface behind the product, fading and softening with distance."""
    found = _base(alpha)
    if found is None:
        return
    base = found[0]
    height = base + 1
    length = max(2, round(CAST_LENGTH * height))
    run = round(CAST_SLANT * length)
    # output (u, v) takes the silhouette at (u - run * (1 - v / length), v * height / length):
    # the base row stays in place, the product's top lands `length` up and `run` to the right
    silhouette = alpha.crop((0, 0, alpha.width, height))
    shadow = silhouette.transform(
        (alpha.width + run, length),
        Image.Transform.AFFINE,
        (1.0, run / length, -run, 0.0, height / length, 0.0),
        Image.Resampling.BILINEAR,
    )
    fade = np.linspace(0.3, 1.0, length, dtype=np.float32) ** 1.2
    faded = (np.asarray(shadow, np.float32) * fade[:, None]).astype(np.uint8)
    blur = max(3.0, 0.012 * height)
    soft_shadow(canvas, Image.fromarray(faded), (origin[0], origin[1] + height - length), blur, strength)
