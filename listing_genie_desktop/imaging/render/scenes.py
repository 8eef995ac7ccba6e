"""Drawn lifestyle scenes: a wall, a surface the product stands on, window light, depth.

One scene per category (kitchen counter, gym floor, nursery shelf, desk, bathroom shelf,
living-room table). Everything is procedural and seeded, so renders are repeatable (golden
tests) and need no stock photos.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from listing_genie_desktop.imaging.render.canvas import RGB, SIZE
from listing_genie_desktop.imaging.render.palette import Category, Palette, mix

HORIZON = 1330
"""Where the wall meets the surface: products stand a little below it."""


@dataclass(frozen=True)
class Scene:
    pattern: str
    """Wall texture: tiles, concrete, dots, panel, plain."""
    grain: str
    """Surface texture: wood, rubber, linen, matte, stone."""
    light: float
    """Strength of the window light on the wall, 0..1."""


SCENES: dict[Category, Scene] = {
    Category.KITCHEN: Scene("tiles", "wood", 0.55),
    Category.FITNESS: Scene("concrete", "rubber", 0.4),
    Category.BABY: Scene("dots", "wood", 0.6),
    Category.ELECTRONICS: Scene("panel", "matte", 0.25),
    Category.HEALTH: Scene("plain", "stone", 0.6),
    Category.DEFAULT: Scene("plain", "wood", 0.5),
}


def draw_scene(palette: Palette, seed: int = 7) -> Image.Image:
    """A fresh copy of the category's scene (drawn once per process: it depends only on the palette)."""
    return _cached_scene(palette, seed).copy()


@functools.lru_cache(maxsize=8)
def _cached_scene(palette: Palette, seed: int) -> Image.Image:
    rng = np.random.default_rng(seed)
    scene = SCENES[palette.category]
    wall = _wall(palette.wall, scene, rng)
    surface = _surface(palette.surface, palette.surface_edge, scene.grain, rng)
    image = Image.fromarray(np.vstack([wall, surface]).astype(np.uint8))
    _bokeh(image, palette, rng)
    return _vignette(image, 0.16)


def _wall(colour: RGB, scene: Scene, rng: np.random.Generator) -> np.ndarray:
    height = HORIZON
    yy, xx = np.mgrid[0:height, 0:SIZE].astype(np.float32)
    base = np.asarray(colour, np.float32)
    # window light from the upper left, falling off towards the lower right
    light = np.clip(1.0 - np.hypot(xx / SIZE - 0.15, yy / height - 0.05) / 1.3, 0, 1) ** 1.5
    shade = 0.9 + 0.16 * scene.light * light
    wall = base * shade[..., None]
    if scene.pattern == "tiles":
        grout = ((xx % 250 < 5) | ((yy + 60) % 125 < 5)).astype(np.float32)
        wall *= (1 - 0.06 * grout)[..., None]
    elif scene.pattern == "concrete":
        noise = rng.normal(0, 1, (height // 16 + 1, SIZE // 16 + 1)).astype(np.float32)
        texture = np.asarray(Image.fromarray(noise).resize((SIZE, height), Image.Resampling.BICUBIC))
        wall *= (1 + 0.025 * texture)[..., None]
    elif scene.pattern == "dots":
        dots = (((xx % 160) - 80) ** 2 + ((yy % 160) - 80) ** 2 < 100).astype(np.float32)
        wall = (
            wall * (1 - 0.5 * dots[..., None])
            + np.asarray(mix(colour, (255, 255, 255), 0.6), np.float32) * 0.5 * dots[..., None]
        )
    elif scene.pattern == "panel":
        strip = np.exp(-(((yy - 0.62 * height) / 18) ** 2))
        wall += np.asarray((120, 170, 255), np.float32) * 0.35 * strip[..., None]
    # a darker band where the wall meets the surface (ambient occlusion)
    wall *= (1 - 0.12 * np.exp(-(height - yy) / 40))[..., None]
    return np.clip(wall, 0, 255)


def _surface(colour: RGB, edge: RGB, grain: str, rng: np.random.Generator) -> np.ndarray:
    height = SIZE - HORIZON
    yy = np.mgrid[0:height, 0:SIZE][0].astype(np.float32)
    depth = yy / height
    top, bottom = np.asarray(mix(colour, (255, 255, 255), 0.12), np.float32), np.asarray(edge, np.float32)
    surface = top * (1 - depth[..., None]) + bottom * depth[..., None]
    if grain == "wood":
        lines = rng.normal(0, 1, (height // 3 + 1, 8)).astype(np.float32)
        streaks = np.asarray(Image.fromarray(lines).resize((SIZE, height), Image.Resampling.BICUBIC))
        surface *= (1 + 0.045 * streaks)[..., None]
    elif grain in ("linen", "stone", "rubber"):
        noise = rng.normal(0, 1, (height // 6 + 1, SIZE // 6 + 1)).astype(np.float32)
        texture = np.asarray(Image.fromarray(noise).resize((SIZE, height), Image.Resampling.BILINEAR))
        surface *= (1 + (0.03 if grain == "rubber" else 0.018) * texture)[..., None]
    # a thin bright lip at the surface's back edge catches the light
    surface += (28 * np.exp(-yy / 5))[..., None]
    return np.clip(surface, 0, 255)


def _bokeh(image: Image.Image, palette: Palette, rng: np.random.Generator) -> None:
    """A few out-of-focus light discs high on the wall: depth without a distracting prop."""
    layer = Image.new("L", (SIZE // 4, SIZE // 4), 0)
    draw = ImageDraw.Draw(layer)
    for _ in range(7):
        x, y = rng.uniform(0.55, 0.98) * SIZE / 4, rng.uniform(0.05, 0.45) * SIZE / 4
        r = rng.uniform(14, 34)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=int(rng.uniform(40, 90)))
    layer = layer.filter(ImageFilter.GaussianBlur(6)).resize((SIZE, SIZE), Image.Resampling.BILINEAR)
    image.paste(Image.new("RGB", (SIZE, SIZE), mix(palette.wall, (255, 255, 255), 0.8)), (0, 0), layer)


def _vignette(image: Image.Image, strength: float) -> Image.Image:
    small = 250
    yy, xx = np.mgrid[0:small, 0:small].astype(np.float32) / small - 0.5
    falloff = 1 - strength * np.clip(np.hypot(xx, yy) * 1.6 - 0.25, 0, 1) ** 2
    mask = Image.fromarray((falloff * 255).astype(np.uint8)).resize(image.size, Image.Resampling.BILINEAR)
    black = Image.new("RGB", image.size, (0, 0, 0))
    return Image.composite(image, black, mask)
