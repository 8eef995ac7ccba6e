"""Draws the bundled sample product photo: a stainless-steel water bottle on a studio sweep.

Run `python scripts/make_sample_photo.py` to regenerate
`listing_genie_desktop/resources/samples/steel-bottle.jpg`. Procedural (numpy + Pillow only)
and seeded, so the file is reproducible and free of any image licence. The benchmark imports
`make_sample_photo` to draw a 12-megapixel version.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

OUTPUT = Path(__file__).resolve().parents[1] / "listing_genie_desktop" / "resources" / "samples" / "steel-bottle.jpg"


def _silhouettes(width: int, height: int, scale: int) -> tuple[Image.Image, Image.Image]:
    """Masks of the steel body and of the black cap, drawn at `scale`x for smooth edges."""
    w, h = width * scale, height * scale
    body, cap = Image.new("L", (w, h), 0), Image.new("L", (w, h), 0)
    cx = w * 0.5
    bw = min(w, h) * 0.21
    top, bottom = h * 0.24, h * 0.84
    d = ImageDraw.Draw(body)
    d.rounded_rectangle((cx - bw / 2, top + 0.12 * h, cx + bw / 2, bottom), radius=bw * 0.14, fill=255)
    d.polygon(
        [
            (cx - bw / 2, top + 0.15 * h),
            (cx + bw / 2, top + 0.15 * h),
            (cx + bw * 0.36, top + 0.06 * h),
            (cx - bw * 0.36, top + 0.06 * h),
        ],
        fill=255,
    )
    d.rounded_rectangle((cx - bw * 0.36, top + 0.03 * h, cx + bw * 0.36, top + 0.075 * h), radius=bw * 0.08, fill=255)
    c = ImageDraw.Draw(cap)
    c.rounded_rectangle((cx - bw * 0.34, top - 0.05 * h, cx + bw * 0.34, top + 0.035 * h), radius=bw * 0.07, fill=255)
    c.rounded_rectangle((cx - bw * 0.2, top - 0.075 * h, cx + bw * 0.2, top - 0.04 * h), radius=bw * 0.06, fill=255)
    size = (width, height)
    return body.resize(size, Image.Resampling.BOX), cap.resize(size, Image.Resampling.BOX)


def make_sample_photo(width: int = 1600, height: int = 1600, seed: int = 11) -> Image.Image:
    rng = np.random.default_rng(seed)
    body, cap = _silhouettes(width, height, 2)
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    u, v = xx / width, yy / height

    # studio sweep: light at the top left, a little darker towards the floor and the right
    backdrop = 244 - 26 * v**1.4 - 10 * u + 6 * np.exp(-((u - 0.3) ** 2 + (v - 0.2) ** 2) / 0.08)
    scene = np.repeat(backdrop[..., None], 3, axis=2) * np.array([1.0, 0.995, 0.985], np.float32)

    solid = np.asarray(body, np.float32) / 255 + np.asarray(cap, np.float32) / 255
    rows = np.flatnonzero(solid.max(axis=1) > 0.5)
    cols = np.flatnonzero(solid.max(axis=0) > 0.5)
    base, left, right = rows[-1], cols[0], cols[-1]
    shadow = Image.new("L", (width, height), 0)
    ImageDraw.Draw(shadow).ellipse(
        (left - 0.04 * width, base - 0.012 * height, right + 0.04 * width, base + 0.014 * height), fill=255
    )
    contact = np.asarray(shadow.filter(ImageFilter.GaussianBlur(0.012 * width)), np.float32) / 255
    cast_img = Image.fromarray((np.clip(solid, 0, 1) * 255).astype(np.uint8)).transform(
        (width, height), Image.Transform.AFFINE, (1, 0.3, -0.3 * base, 0, 1, 0), Image.Resampling.BILINEAR
    )
    cast = np.asarray(cast_img.filter(ImageFilter.GaussianBlur(0.03 * width)), np.float32) / 255
    scene *= (1 - np.clip(0.5 * contact + 0.18 * cast, 0, 0.6))[..., None]

    # brushed steel: cylinder shading with two reflections of the softbox, fine vertical brushing
    span = (u - left / width) / ((right - left) / width) * 2 - 1
    cylinder = np.sqrt(np.clip(1 - span**2, 0, 1))
    reflections = 0.55 * np.exp(-(((span + 0.45) / 0.1) ** 2)) + 0.3 * np.exp(-(((span - 0.62) / 0.06) ** 2))
    brushing = np.asarray(
        Image.fromarray(rng.normal(0, 1, (8, width)).astype(np.float32)).resize((width, height)), np.float32
    )
    steel = 120 + 70 * cylinder + 120 * reflections + 3 * brushing - 12 * v
    steel_rgb = np.stack([steel * 0.98, steel, steel * 1.03], axis=-1)
    cap_tone = 34 + 40 * np.exp(-(((span + 0.35) / 0.16) ** 2))
    cap_rgb = np.repeat(cap_tone[..., None], 3, axis=2)

    body_alpha = np.asarray(body, np.float32)[..., None] / 255
    cap_alpha = np.asarray(cap, np.float32)[..., None] / 255
    scene = scene * (1 - body_alpha) + steel_rgb * body_alpha
    scene = scene * (1 - cap_alpha) + cap_rgb * cap_alpha
    scene += rng.normal(0, 1.4, scene.shape).astype(np.float32)
    return Image.fromarray(np.clip(scene, 0, 255).astype(np.uint8))


def main() -> int:
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    make_sample_photo().save(OUTPUT, "JPEG", quality=90, optimize=True)
    print(OUTPUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
