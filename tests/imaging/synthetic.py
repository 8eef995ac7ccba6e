"""Synthetic product photos with known masks, for measuring product isolation.

Each photo is drawn the way a phone photo of a product on a table looks: a shaded product
(cylinder shading, a rim that catches less light, a specular streak), a soft contact shadow
and a cast shadow on a plain, gradient or textured backdrop, uneven light across the frame,
sensor noise and a JPEG round trip. The ground-truth mask is the product's silhouette only:
shadows are background, because MAIN must not carry them over.

Not a test module: `test_isolation.py` and the isolation measurement import it.
"""

from __future__ import annotations

import io
import itertools
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw

from listing_genie_desktop.imaging.raster import gaussian_blur

SHAPES = ("bottle", "box", "round", "irregular")
COLOURS: dict[str, tuple[int, int, int]] = {
    "white": (246, 246, 244),
    "light_grey": (212, 213, 215),
    "steel": (168, 174, 180),
    "black": (34, 34, 38),
    "red": (196, 38, 44),
    "blue": (40, 86, 170),
    "kraft": (176, 134, 90),
}
BACKDROPS = ("plain", "gradient", "noisy")
SUPERSAMPLE = 4


@dataclass(frozen=True)
class SyntheticPhoto:
    name: str
    image: Image.Image
    """RGB, as a camera would give it."""
    mask: np.ndarray
    """bool, True on the product (shadows excluded)."""


def silhouette(shape: str, width: int, height: int, rng: np.random.Generator) -> np.ndarray:
    """A float32 0/1 silhouette drawn at the given (supersampled) size."""
    canvas = Image.new("L", (width, height), 0)
    draw = ImageDraw.Draw(canvas)
    cx, cy = width / 2 + rng.uniform(-0.06, 0.06) * width, height / 2 + rng.uniform(-0.04, 0.04) * height
    if shape == "bottle":
        body_w, body_h = 0.26 * width, 0.52 * height
        top = cy - 0.26 * height
        radius = int(body_w * 0.18)
        x0, x1 = int(cx - body_w / 2), int(cx + body_w / 2)
        y0, y1 = int(top + 0.12 * height), int(top + 0.12 * height + body_h)
        draw.rounded_rectangle((x0, y0, x1, y1), radius=radius, fill=1)
        shoulder = [
            (x0, y0 + radius),
            (x1, y0 + radius),
            (int(cx + body_w * 0.22), int(top + 0.05 * height)),
            (int(cx - body_w * 0.22), int(top + 0.05 * height)),
        ]
        draw.polygon(shoulder, fill=1)
        cap_w = body_w * 0.48
        draw.rectangle((int(cx - cap_w / 2), int(top), int(cx + cap_w / 2), int(top + 0.07 * height)), fill=1)
    elif shape == "box":
        w, h = rng.uniform(0.42, 0.55) * width, rng.uniform(0.38, 0.5) * height
        depth = 0.08 * width
        front = [
            (cx - w / 2, cy - h / 2 + depth),
            (cx + w / 2 - depth, cy - h / 2 + depth),
            (cx + w / 2 - depth, cy + h / 2),
            (cx - w / 2, cy + h / 2),
        ]
        side = [
            (cx + w / 2 - depth, cy - h / 2 + depth),
            (cx + w / 2, cy - h / 2),
            (cx + w / 2, cy + h / 2 - depth),
            (cx + w / 2 - depth, cy + h / 2),
        ]
        lid = [
            (cx - w / 2, cy - h / 2 + depth),
            (cx - w / 2 + depth, cy - h / 2),
            (cx + w / 2, cy - h / 2),
            (cx + w / 2 - depth, cy - h / 2 + depth),
        ]
        for face in (front, side, lid):
            draw.polygon([(int(x), int(y)) for x, y in face], fill=1)
    elif shape == "round":
        r = rng.uniform(0.24, 0.3) * min(width, height)
        rx, ry = int(r), int(r * rng.uniform(0.8, 1.0))
        draw.ellipse((int(cx) - rx, int(cy) - ry, int(cx) + rx, int(cy) + ry), fill=1)
    else:
        angles = np.linspace(0, 2 * np.pi, 240, endpoint=False)
        radius = np.full_like(angles, 0.26 * min(width, height))
        for harmonic in (2, 3, 5):
            radius *= 1 + rng.uniform(0.05, 0.14) * np.sin(harmonic * angles + rng.uniform(0, 2 * np.pi))
        points = np.stack([cx + radius * np.cos(angles), cy + radius * np.sin(angles) * 1.1], axis=1).astype(np.int32)
        draw.polygon([(int(x), int(y)) for x, y in points], fill=1)
    return np.asarray(canvas, np.float32)


def backdrop(kind: str, width: int, height: int, rng: np.random.Generator) -> np.ndarray:
    """Float RGB 0..255 backdrop: plain, a studio sweep gradient, or a textured surface."""
    tint = np.array([rng.uniform(-4, 4), rng.uniform(-3, 3), rng.uniform(-5, 3)], np.float32)
    base = rng.uniform(226, 246)
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    if kind == "plain":
        level = np.full((height, width), base, np.float32)
    elif kind == "gradient":
        radial = ((xx / width - 0.5) ** 2 + (yy / height - 0.45) ** 2) ** 0.5
        level = base + 8 - 38 * (yy / height) * rng.uniform(0.5, 1.0) - 30 * radial
    else:
        small = rng.normal(0, 1, (height // 24 + 2, width // 24 + 2)).astype(np.float32)
        texture = np.asarray(Image.fromarray(small, "F").resize((width, height), Image.Resampling.BICUBIC)) * 5
        grain = gaussian_blur(rng.normal(0, 6, (height, width)).astype(np.float32), 0.8)
        level = base - 6 + texture + grain
    return np.clip(level[..., None] + tint, 0, 255)


def shade_product(colour: tuple[int, int, int], mask: np.ndarray, shape: str, rng: np.random.Generator) -> np.ndarray:
    """Float RGB of the product: lit from the upper left, darker at the rim, with a highlight."""
    height, width = mask.shape
    ys, xs = np.nonzero(mask > 0.5)
    x0, x1 = xs.min(), xs.max()
    xx = np.arange(width, dtype=np.float32)[None, :]
    u = np.clip((xx - x0) / max(1, x1 - x0), 0, 1) * 2 - 1
    cylinder = 0.78 + 0.22 * np.sqrt(np.clip(1 - (u + 0.25) ** 2, 0, 1)) if shape != "box" else np.full_like(u, 0.92)
    inside = _depth(mask > 0.5)
    rim = 1 - 0.1 * np.exp(-inside / (0.012 * width))
    highlight = np.exp(-(((u + 0.45) / 0.08) ** 2)) * 0.35 if shape in ("bottle", "round") else 0
    light = cylinder * rim
    rgb = np.asarray(colour, np.float32)[None, None, :] * light[..., None]
    rgb = rgb + (255 - rgb) * np.asarray(highlight, np.float32)[..., None] if shape in ("bottle", "round") else rgb
    if shape == "box":  # three faces lit differently: lid brightest, side in shade
        depth = 0.08 * width
        yy = np.arange(height, dtype=np.float32)[:, None]
        faces = np.where(xx > x1 - depth, 0.8, np.where(yy < ys.min() + depth, 1.04, 0.93))
        rgb = rgb / 0.92 * faces[..., None]
        label = np.zeros_like(mask)
        ymid = int((ys.min() + ys.max()) / 2)
        label[
            ymid - int(0.05 * height) : ymid + int(0.04 * height) + 1,
            int(x0 + 0.15 * (x1 - x0)) : int(x0 + 0.6 * (x1 - x0)) + 1,
        ] = 1
        rgb = rgb * (1 - 0.35 * label[..., None])
    return np.clip(rgb + rng.normal(0, 1.0, rgb.shape).astype(np.float32), 0, 255)


def make_photo(shape: str, colour: str, backdrop_kind: str, size: int = 360, seed: int = 0) -> SyntheticPhoto:
    """One photo; only the silhouette is drawn supersampled (for anti-aliased edges), the rest at size."""
    rng = np.random.default_rng(seed)
    width, height = size, int(size * rng.choice([1.0, 0.8, 1.25]))
    big = silhouette(shape, width * SUPERSAMPLE, height * SUPERSAMPLE, rng)
    coverage = big.reshape(height, SUPERSAMPLE, width, SUPERSAMPLE).mean(axis=(1, 3))
    solid = coverage >= 0.5

    scene = backdrop(backdrop_kind, width, height, rng)
    ys, xs = np.nonzero(solid)
    bottom, left, right = ys.max(), xs.min(), xs.max()
    contact_image = Image.new("F", (width, height), 0.0)
    cx, cy = int((left + right) / 2), int(bottom)
    ax, ay = int((right - left) * 0.55), max(1, int(0.03 * height))
    ImageDraw.Draw(contact_image).ellipse((cx - ax, cy - ay, cx + ax, cy + ay), fill=1.0)
    contact = gaussian_blur(np.asarray(contact_image), 0.02 * width)
    # the silhouette sheared and moved right and down: the cast shadow (PIL maps output to input)
    dx, dy = 0.06 * width, 0.015 * height
    sheared = Image.fromarray(coverage.astype(np.float32), "F").transform(
        (width, height), Image.Transform.AFFINE, (1, 0.35, -dx - 0.35 * dy, 0, 1, -dy), Image.Resampling.BILINEAR
    )
    cast = gaussian_blur(np.asarray(sheared), 0.03 * width)
    scene *= (1 - np.clip(0.45 * contact + 0.22 * cast, 0, 0.6))[..., None]

    product = shade_product(COLOURS[colour], solid.astype(np.float32), shape, rng)
    scene = scene * (1 - coverage[..., None]) + product * coverage[..., None]
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    scene *= (1.0 - 0.08 * (xx / width) * rng.uniform(0.3, 1) - 0.05 * (yy / height))[..., None]
    scene += rng.normal(0, 1.6, scene.shape).astype(np.float32)

    buffer = io.BytesIO()
    Image.fromarray(np.clip(scene + 0.5, 0, 255).astype(np.uint8)).save(buffer, "JPEG", quality=90)
    image = Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")
    return SyntheticPhoto(f"{shape}-{colour}-{backdrop_kind}-{seed}", image, solid)


def synthetic_set(size: int = 360, colours: tuple[str, ...] = tuple(COLOURS)) -> list[SyntheticPhoto]:
    """Every shape x colour x backdrop, each with its own seed so placement and light vary."""
    combos = itertools.product(SHAPES, colours, BACKDROPS)
    return [make_photo(s, c, b, size=size, seed=i) for i, (s, c, b) in enumerate(combos)]


def busy_scene(size: int = 360, seed: int = 0) -> Image.Image:
    """A cluttered photo (many coloured objects, strong edges everywhere): isolation must not trust itself."""
    rng = np.random.default_rng(seed)
    canvas = Image.new("RGB", (size, size), (120, 120, 120))
    draw = ImageDraw.Draw(canvas)
    for _ in range(60):
        colour = tuple(int(c) for c in rng.integers(0, 255, 3))
        x, y = (int(v) for v in rng.integers(-size // 8, size, 2))
        w, h = (int(v) for v in rng.integers(size // 12, size // 3, 2))
        if rng.random() < 0.5:
            draw.rectangle((x, y, x + w, y + h), fill=colour)
        else:  # an ellipse turned by a random angle, as a polygon
            turn, t = np.radians(rng.uniform(0, 180)), np.linspace(0, 2 * np.pi, 90, endpoint=False)
            px = x + w / 2 * np.cos(t) * np.cos(turn) - h / 2 * np.sin(t) * np.sin(turn)
            py = y + w / 2 * np.cos(t) * np.sin(turn) + h / 2 * np.sin(t) * np.cos(turn)
            draw.polygon(list(zip(px.tolist(), py.tolist(), strict=True)), fill=colour)
    return canvas


def _depth(mask: np.ndarray) -> np.ndarray:
    """Approximate distance (px) of each mask pixel from the outside: how many alternating
    square and cross erosions it survives (an octagonal distance, close enough to shade a rim)."""
    depth = np.zeros(mask.shape, np.float32)
    current = mask.copy()
    for step in range(max(mask.shape)):
        if not current.any():
            break
        depth += current
        padded = np.pad(current, 1)
        eroded = current & padded[:-2, 1:-1] & padded[2:, 1:-1] & padded[1:-1, :-2] & padded[1:-1, 2:]
        if step % 2:
            eroded &= padded[:-2, :-2] & padded[:-2, 2:] & padded[2:, :-2] & padded[2:, 2:]
        current = eroded
    return depth


def iou(a: np.ndarray, b: np.ndarray) -> float:
    union = np.logical_or(a, b).sum()
    return float(np.logical_and(a, b).sum() / union) if union else 1.0
