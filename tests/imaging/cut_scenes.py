"""Product photos with known masks for the compliance checks on the cut-out itself.

Textured backdrops (wood grain, a busy clutter) and products drawn with anti-aliased outlines,
plus transparent PNGs whose masks carry planted defects (pinholes, loose specks, a ragged
outline, a product running off the frame). Not a test module: the compliance tests and the
compliance benchmark import it.
"""

from __future__ import annotations

import io

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

SUPERSAMPLE = 4


def wood_grain(width: int, height: int, seed: int = 0, contrast: float = 1.0) -> np.ndarray:
    """Float RGB 0..255 of a wooden table top: wavy dark and light bands and fine fibres (`contrast` 1 is
    a dark, strongly figured wood; lower is a pale, finely grained one)."""
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    scale = width / 600
    warp = 18 * scale * np.sin(xx / (97 * scale) + rng.uniform(0, 6)) + 9 * scale * np.sin(xx / (41 * scale))
    bands = np.sin((yy + warp) / (6.5 * scale)) * 0.5 + 0.5
    fibres = rng.normal(0, 1, (max(2, height // 3), width)).astype(np.float32)
    fine = np.asarray(Image.fromarray(fibres, "F").resize((width, height), Image.Resampling.BILINEAR))
    level = 0.8 - 0.25 * contrast + contrast * (0.25 * bands + 0.06 * fine)
    return np.clip(np.array([195, 127, 75], np.float32) * level[..., None], 0, 255)


def _coverage(width: int, height: int, draw_shapes) -> np.ndarray:
    """Anti-aliased 0..1 coverage of the shapes `draw_shapes(draw, s)` paints at SUPERSAMPLE x scale `s`."""
    canvas = Image.new("L", (width * SUPERSAMPLE, height * SUPERSAMPLE), 0)
    draw_shapes(ImageDraw.Draw(canvas), SUPERSAMPLE)
    return np.asarray(canvas.resize((width, height), Image.Resampling.BOX), np.float32) / 255.0


def _photo(scene: np.ndarray, seed: int) -> Image.Image:
    rng = np.random.default_rng(seed + 1)
    noisy = scene + rng.normal(0, 2.0, scene.shape).astype(np.float32)
    buffer = io.BytesIO()
    Image.fromarray(np.clip(noisy + 0.5, 0, 255).astype(np.uint8)).save(buffer, "JPEG", quality=92)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _composite(backdrop: np.ndarray, coverage: np.ndarray, colour: tuple[int, int, int]) -> np.ndarray:
    width = coverage.shape[1]
    xx = np.arange(width, dtype=np.float32)[None, :]
    shading = 0.86 + 0.14 * np.cos((xx - width / 2) / (0.25 * width))  # a rounded body, lit from the front
    product = np.asarray(colour, np.float32)[None, None, :] * shading[..., None]
    return backdrop * (1 - coverage[..., None]) + product * coverage[..., None]


def espresso_cup(width: int = 600, height: int = 400, seed: int = 1) -> tuple[Image.Image, np.ndarray]:
    """A white cup with a ring handle on a saucer, on wood: the handle's loop shows the table through it."""
    u = width / 600

    def shapes(draw: ImageDraw.ImageDraw, s: int) -> None:
        cx, cy = width * s // 2, int(height * s * 0.62)
        k = s * u
        draw.ellipse((cx - 170 * k, cy - 10 * k, cx + 170 * k, cy + 55 * k), fill=255)
        draw.rounded_rectangle((cx - 95 * k, cy - 175 * k, cx + 95 * k, cy + 20 * k), radius=40 * k, fill=255)
        draw.ellipse((cx + 70 * k, cy - 140 * k, cx + 150 * k, cy - 50 * k), outline=255, width=round(18 * k))

    coverage = _coverage(width, height, shapes)
    scene = _composite(wood_grain(width, height, seed), coverage, (236, 236, 236))
    return _photo(scene, seed), coverage >= 0.5


def cup_with_hard_shadow(width: int = 600, height: int = 400, seed: int = 1) -> tuple[Image.Image, np.ndarray]:
    """A cup on a saucer in hard sunlight: a dark, crisp-edged slab of shadow on the wood beside it."""
    u = width / 600

    def shapes(draw: ImageDraw.ImageDraw, s: int) -> None:
        cx, cy = width * s // 2, int(height * s * 0.55)
        k = s * u
        draw.ellipse((cx - 170 * k, cy - 10 * k, cx + 170 * k, cy + 55 * k), fill=255)
        draw.rounded_rectangle((cx - 95 * k, cy - 175 * k, cx + 95 * k, cy + 20 * k), radius=40 * k, fill=255)

    coverage = _coverage(width, height, shapes)
    backdrop = wood_grain(width, height, seed)
    shadow = Image.new("L", (width, height), 0)
    cx, base = width // 2, int(height * 0.55)
    slab = [(cx - 150 * u, base + 40 * u), (cx + 170 * u, base + 30 * u), (cx + 260 * u, base + 110 * u)]
    slab.append((cx - 90 * u, base + 120 * u))
    ImageDraw.Draw(shadow).polygon(slab, fill=255)
    dim = np.asarray(shadow.filter(ImageFilter.GaussianBlur(2 * u)), np.float32) / 255.0
    scene = _composite(backdrop * (1 - 0.75 * dim)[..., None], coverage, (236, 236, 236))
    return _photo(scene, seed), coverage >= 0.5


def tumbler_on_wood(width: int = 1600, height: int = 1200, seed: int = 3) -> tuple[Image.Image, np.ndarray]:
    """A clean shot: a blue tumbler standing on wood, whole, sharp, with table all around it."""

    def shapes(draw: ImageDraw.ImageDraw, s: int) -> None:
        cx = width * s // 2
        top, bottom = int(height * s * 0.12), int(height * s * 0.88)
        half = int(width * s * 0.16)
        draw.rounded_rectangle((cx - half, top, cx + half, bottom), radius=int(0.2 * half), fill=255)

    coverage = _coverage(width, height, shapes)
    scene = _composite(wood_grain(width, height, seed, contrast=0.3), coverage, (40, 86, 170))
    return _photo(scene, seed), coverage >= 0.5


def busy_backdrop(size: int = 900, seed: int = 0) -> Image.Image:
    """A product among clutter: many coloured objects with strong edges everywhere."""
    rng = np.random.default_rng(seed)
    canvas = Image.new("RGB", (size, size), (120, 120, 120))
    draw = ImageDraw.Draw(canvas)
    for _ in range(70):
        colour = tuple(int(c) for c in rng.integers(0, 255, 3))
        x, y = (int(v) for v in rng.integers(-size // 8, size, 2))
        w, h = (int(v) for v in rng.integers(size // 12, size // 3, 2))
        (draw.rectangle if rng.random() < 0.5 else draw.ellipse)((x, y, x + w, y + h), fill=colour)
    draw.rounded_rectangle((size * 0.35, size * 0.2, size * 0.65, size * 0.8), radius=30, fill=(40, 86, 170))
    return canvas


def blurred_clock(size: int = 1400, blur: float = 10.0, seed: int = 2) -> tuple[Image.Image, np.ndarray]:
    """A wall clock on grey, photographed out of focus (a Gaussian blur of `blur` px over everything)."""
    image = Image.new("RGB", (size, size), (128, 128, 130))
    draw = ImageDraw.Draw(image)
    mask = Image.new("L", (size, size), 0)
    face = (size * 0.2, size * 0.2, size * 0.8, size * 0.8)
    draw.ellipse(face, fill=(150, 150, 152), outline=(60, 60, 60), width=round(0.023 * size))
    ImageDraw.Draw(mask).ellipse(face, fill=255)
    centre = size / 2
    draw.line((centre, centre, centre, size * 0.3), fill=(30, 30, 30), width=round(0.017 * size))
    draw.line((centre, centre, size * 0.68, centre), fill=(30, 30, 30), width=round(0.013 * size))
    blurred = np.asarray(image.filter(ImageFilter.GaussianBlur(blur)), np.float32)
    return _photo(blurred, seed), np.asarray(mask) >= 128


def transparent_product(
    size: int = 1600,
    *,
    pinholes: int = 0,
    specks: int = 0,
    jagged: bool = False,
    off_frame: bool = False,
) -> Image.Image:
    """An RGBA product shot with its own transparency (a seller's cut-out PNG), defects planted in the mask.

    The product is a bottle-like rounded body about 70% of the frame tall; `pinholes` transparent dots
    inside it, `specks` opaque dots away from it, a zig-zag outline, or a body pushed past the right edge.
    """
    rng = np.random.default_rng(7)
    mask = Image.new("L", (size, size), 0)
    draw = ImageDraw.Draw(mask)
    left, right = (0.55, 1.1) if off_frame else (0.35, 0.65)
    body = (size * left, size * 0.15, size * right, size * 0.85)
    if jagged:
        cx, cy, rx, ry = (body[0] + body[2]) / 2, (body[1] + body[3]) / 2, (body[2] - body[0]) / 2, 0.35 * size
        angles = np.linspace(0, 2 * np.pi, 160, endpoint=False)
        teeth = 1 + 0.03 * np.where(np.arange(160) % 2 == 0, 1.0, -1.0)  # a saw-tooth every 4.5 degrees
        points = list(zip(cx + rx * teeth * np.cos(angles), cy + ry * teeth * np.sin(angles), strict=True))
        draw.polygon(points, fill=255)
    else:
        draw.rounded_rectangle(body, radius=round(0.06 * size), fill=255)
    cx = (body[0] + min(body[2], size)) / 2
    for _ in range(pinholes):
        x, y = cx + rng.uniform(-0.08, 0.08) * size, rng.uniform(0.3, 0.7) * size
        r = 0.006 * size
        draw.ellipse((x - r, y - r, x + r, y + r), fill=0)
    for _ in range(specks):
        x, y = rng.uniform(0.05, 0.25) * size, rng.uniform(0.1, 0.9) * size
        r = 0.005 * size
        draw.ellipse((x - r, y - r, x + r, y + r), fill=255)
    rgb = Image.new("RGB", (size, size), (196, 38, 44))
    rgb.putalpha(mask)
    return rgb
