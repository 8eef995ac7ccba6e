"""Drawn lifestyle scenes: a wall, a surface the product stands on, window light, depth.

One scene per category (kitchen counter, gym floor, nursery shelf, desk, bathroom shelf,
living-room table). Everything is procedural and seeded, so renders are repeatable (golden
tests) and need no stock photos. The scene is computed at 1/`WORK` of the final resolution and
upscaled once: it is a backdrop seen slightly out of focus behind the product, and drawing it
at full size cost more than the other four layouts together.
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
WORK = 2
"""The scene is drawn at SIZE / WORK and upscaled."""


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


def prepare_scene(palette: Palette, seed: int = 7) -> None:
    """Draws the scene into the per-process cache ahead of need (idle threads call this)."""
    _cached_scene(palette, seed)


@functools.lru_cache(maxsize=8)
def _cached_scene(palette: Palette, seed: int) -> Image.Image:
    rng = np.random.default_rng(seed)
    scene = SCENES[palette.category]
    wall = _wall(palette.wall, scene, rng)
    surface = _surface(palette.surface, palette.surface_edge, scene.grain, rng)
    pixels = np.vstack([wall, surface])
    pixels = _bokeh(pixels, palette, rng)
    pixels *= _vignette(pixels.shape[:2], 0.16)[..., None]
    small = Image.fromarray(np.clip(pixels + 0.5, 0, 255).astype(np.uint8))
    return small.resize((SIZE, SIZE), Image.Resampling.BICUBIC)


def _grid(rows: int, columns: int, row_offset: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Full-resolution (y, x) coordinates of the working grid's pixel centres."""
    ys = (np.arange(rows, dtype=np.float32) + 0.5) * WORK - 0.5 + row_offset
    xs = (np.arange(columns, dtype=np.float32) + 0.5) * WORK - 0.5
    return np.broadcast_to(ys[:, None], (rows, columns)), np.broadcast_to(xs[None, :], (rows, columns))


def _resized(noise: np.ndarray, size: tuple[int, int], resample: Image.Resampling) -> np.ndarray:
    return np.asarray(Image.fromarray(noise).resize(size, resample))


def _wall(colour: RGB, scene: Scene, rng: np.random.Generator) -> np.ndarray:
    height = HORIZON
    rows, columns = HORIZON // WORK, SIZE // WORK
    yy, xx = _grid(rows, columns)
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
        texture = _resized(noise, (columns, rows), Image.Resampling.BICUBIC)
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
    rows, columns = SIZE // WORK - HORIZON // WORK, SIZE // WORK
    yy = _grid(rows, columns, 0)[0]
    depth = yy / height
    top, bottom = np.asarray(mix(colour, (255, 255, 255), 0.12), np.float32), np.asarray(edge, np.float32)
    surface = top * (1 - depth[..., None]) + bottom * depth[..., None]
    if grain == "wood":
        lines = rng.normal(0, 1, (height // 3 + 1, 8)).astype(np.float32)
        streaks = _resized(lines, (columns, rows), Image.Resampling.BICUBIC)
        surface *= (1 + 0.045 * streaks)[..., None]
    elif grain in ("linen", "stone", "rubber"):
        noise = rng.normal(0, 1, (height // 6 + 1, SIZE // 6 + 1)).astype(np.float32)
        texture = _resized(noise, (columns, rows), Image.Resampling.BILINEAR)
        surface *= (1 + (0.03 if grain == "rubber" else 0.018) * texture)[..., None]
    # a thin bright lip at the surface's back edge catches the light
    surface += (28 * np.exp(-np.maximum(yy, 0) / 5))[..., None]
    return np.clip(surface, 0, 255)


def _bokeh(pixels: np.ndarray, palette: Palette, rng: np.random.Generator) -> np.ndarray:
    """A few out-of-focus light discs high on the wall: depth without a distracting prop."""
    layer = Image.new("L", (SIZE // 4, SIZE // 4), 0)
    draw = ImageDraw.Draw(layer)
    for _ in range(7):
        x, y = rng.uniform(0.55, 0.98) * SIZE / 4, rng.uniform(0.05, 0.45) * SIZE / 4
        r = rng.uniform(14, 34)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=int(rng.uniform(40, 90)))
    height, width = pixels.shape[:2]
    layer = layer.filter(ImageFilter.GaussianBlur(6)).resize((width, height), Image.Resampling.BILINEAR)
    weight = np.asarray(layer, np.float32)[..., None] / 255.0
    light = np.asarray(mix(palette.wall, (255, 255, 255), 0.8), np.float32)
    return pixels * (1 - weight) + light * weight


def _vignette(shape: tuple[int, int], strength: float) -> np.ndarray:
    """Multiplier darkening the corners, (H, W) float32."""
    small = 250
    yy, xx = np.mgrid[0:small, 0:small].astype(np.float32) / small - 0.5
    falloff = 1 - strength * np.clip(np.hypot(xx, yy) * 1.6 - 0.25, 0, 1) ** 2
    mask = Image.fromarray((falloff * 255).astype(np.uint8)).resize((shape[1], shape[0]), Image.Resampling.BILINEAR)
    return np.asarray(mask, np.float32) / 255.0
