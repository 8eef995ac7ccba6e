"""Simple line icons drawn with PIL, anti-aliased: no icon font or image files to license.

Each icon paints white on a mask in a unit square of side `n` (already supersampled); `icon()`
colours and pastes it.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PIL import Image, ImageDraw

from listing_genie_desktop.core.product import Intent
from listing_genie_desktop.imaging.render.canvas import RGB, aa_mask

Painter = Callable[[ImageDraw.ImageDraw, int], None]


def _stroke(n: int) -> int:
    return max(2, round(n * 0.085))


def _check(d: ImageDraw.ImageDraw, n: int) -> None:
    d.line(
        [(0.2 * n, 0.53 * n), (0.42 * n, 0.74 * n), (0.8 * n, 0.3 * n)], fill=255, width=round(n * 0.13), joint="curve"
    )


def _cross(d: ImageDraw.ImageDraw, n: int) -> None:
    w = round(n * 0.12)
    d.line([(0.27 * n, 0.27 * n), (0.73 * n, 0.73 * n)], fill=255, width=w)
    d.line([(0.73 * n, 0.27 * n), (0.27 * n, 0.73 * n)], fill=255, width=w)


def _dash(d: ImageDraw.ImageDraw, n: int) -> None:
    """A short level stroke: "not stated", the neutral mark of a column nobody described."""
    d.line([(0.32 * n, 0.5 * n), (0.68 * n, 0.5 * n)], fill=255, width=round(n * 0.1))


def _shield(d: ImageDraw.ImageDraw, n: int) -> None:
    outline = [
        (0.5 * n, 0.1 * n),
        (0.84 * n, 0.22 * n),
        (0.8 * n, 0.58 * n),
        (0.5 * n, 0.9 * n),
        (0.2 * n, 0.58 * n),
        (0.16 * n, 0.22 * n),
    ]
    d.line([*outline, outline[0]], fill=255, width=_stroke(n), joint="curve")
    d.line([(0.35 * n, 0.5 * n), (0.47 * n, 0.62 * n), (0.67 * n, 0.38 * n)], fill=255, width=_stroke(n), joint="curve")


def _target(d: ImageDraw.ImageDraw, n: int) -> None:
    w = _stroke(n)
    for r in (0.38, 0.24):
        d.ellipse((n * (0.5 - r), n * (0.5 - r), n * (0.5 + r), n * (0.5 + r)), outline=255, width=w)
    d.ellipse((n * 0.43, n * 0.43, n * 0.57, n * 0.57), fill=255)


def _sparkle(d: ImageDraw.ImageDraw, n: int) -> None:
    def star(cx: float, cy: float, r: float) -> list[tuple[float, float]]:
        points = []
        for k in range(8):
            radius = r if k % 2 == 0 else r * 0.28
            angle = math.pi / 4 * k - math.pi / 2
            points.append((n * (cx + radius * math.cos(angle)), n * (cy + radius * math.sin(angle))))
        return points

    d.polygon(star(0.44, 0.54, 0.36), fill=255)
    d.polygon(star(0.77, 0.24, 0.15), fill=255)


def _bulb(d: ImageDraw.ImageDraw, n: int) -> None:
    w = _stroke(n)
    d.ellipse((0.26 * n, 0.1 * n, 0.74 * n, 0.58 * n), outline=255, width=w)
    d.line([(0.4 * n, 0.56 * n), (0.4 * n, 0.72 * n), (0.6 * n, 0.72 * n), (0.6 * n, 0.56 * n)], fill=255, width=w)
    d.line([(0.42 * n, 0.84 * n), (0.58 * n, 0.84 * n)], fill=255, width=w)


def _podium(d: ImageDraw.ImageDraw, n: int) -> None:
    w = _stroke(n)
    d.rectangle((0.14 * n, 0.5 * n, 0.36 * n, 0.86 * n), outline=255, width=w)
    d.rectangle((0.39 * n, 0.22 * n, 0.61 * n, 0.86 * n), fill=255)
    d.rectangle((0.64 * n, 0.62 * n, 0.86 * n, 0.86 * n), outline=255, width=w)


PAINTERS: dict[str, Painter] = {
    "check": _check,
    "cross": _cross,
    "dash": _dash,
    Intent.DURABILITY.value: _shield,
    Intent.USE_CASE.value: _target,
    Intent.STYLE.value: _sparkle,
    Intent.PROBLEM_SOLUTION.value: _bulb,
    Intent.COMPARISON.value: _podium,
}


def icon(image: Image.Image, name: str, box: tuple[int, int, int, int], colour: RGB) -> None:
    """Paints icon `name` fitted in the square `box` (left, top, right, bottom)."""
    left, top, right, _ = box
    side = right - left
    mask = aa_mask((side, side), lambda d, s: PAINTERS[name](d, side * s))
    image.paste(Image.new("RGB", (side, side), colour), (left, top), mask)
