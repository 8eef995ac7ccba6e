"""Text that always fits its box: wrap, then shrink, then (last resort) ellipsis.

Used by the studio layouts and by `overlay_text` for model output. Which font draws which
characters is `fonts.py`'s business (a Latin and a CJK face, per character run, characters no
font has left out); where a line may break is `linebreak.py`'s (spaces in Latin, between
characters in CJK, with the Japanese rules). Right-to-left text is shaped and ordered by
Pillow's Raqm layout when available.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from PIL import Image, ImageDraw

from listing_genie_desktop.imaging.render import fonts
from listing_genie_desktop.imaging.render.fonts import renderable
from listing_genie_desktop.imaging.render.linebreak import Token, join, tokens

__all__ = ["TextBlock", "draw_block", "fit_text", "is_rtl", "renderable", "text_in_box"]

Colour = tuple[int, int, int] | tuple[int, int, int, int]


def is_rtl(text: str) -> bool:
    """True when the first strongly directional character is right-to-left."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


@dataclass(frozen=True)
class TextBlock:
    lines: tuple[str, ...]
    size: int
    bold: bool
    line_height: int

    @property
    def height(self) -> int:
        return self.line_height * len(self.lines)

    def line_width(self, line: str) -> int:
        return int(fonts.text_length(line, self.size, bold=self.bold))

    def width(self) -> int:
        return max((self.line_width(line) for line in self.lines), default=0)


class _Measure:
    """Widths of text at one size and weight."""

    def __init__(self, size: int, bold: bool) -> None:
        self.size, self.bold = size, bold

    def __call__(self, text: str) -> float:
        return fonts.text_length(text, self.size, bold=self.bold)


def _wrap(words: list[Token], measure: _Measure, width: int) -> list[str] | None:
    """Greedy wrap; None when a single token is wider than the box (shrink instead of breaking it)."""
    lines: list[str] = []
    current: list[Token] = []
    for word in words:
        if measure(join([*current, word])) <= width:
            current.append(word)
            continue
        if measure(word.text) > width:
            return None
        lines.append(join(current))
        current = [word]
    if current:
        lines.append(join(current))
    return lines


def fit_text(
    text: str,
    width: int,
    height: int,
    *,
    max_size: int,
    min_size: int = 24,
    bold: bool = False,
    max_lines: int = 4,
    line_spacing: float = 1.18,
) -> TextBlock:
    """The largest font size (down to `min_size`) at which `text` wraps into the box.

    If even `min_size` does not fit, the text is cut at a token boundary with an ellipsis:
    a box never overflows, whatever the seller typed.
    """
    words = tokens(renderable(text))
    size = max_size
    while size >= min_size:
        measure = _Measure(size, bold)
        line_height = round(size * line_spacing)
        lines = _wrap(words, measure, width) if words else []
        if lines is not None and len(lines) <= max_lines and line_height * len(lines) <= height:
            return TextBlock(tuple(_balanced(words, measure, width, lines)), size, bold, line_height)
        size = max(min_size, int(size * 0.92)) if size > min_size else min_size - 1
    line_height = round(min_size * line_spacing)
    allowed = max(1, min(max_lines, height // line_height))
    return TextBlock(tuple(_truncate(words, _Measure(min_size, bold), width, allowed)), min_size, bold, line_height)


def _balanced(words: list[Token], measure: _Measure, width: int, lines: list[str]) -> list[str]:
    """The same number of lines at the narrowest width: no lone word left on the last line."""
    if len(lines) < 2:
        return lines
    low, high = width // 2, width
    best = lines
    while high - low > 8:
        middle = (low + high) // 2
        attempt = _wrap(words, measure, middle)
        if attempt is not None and len(attempt) <= len(lines):
            best, high = attempt, middle
        else:
            low = middle
    return best


def _truncate(words: list[Token], measure: _Measure, width: int, max_lines: int) -> list[str]:
    lines: list[str] = []
    current: list[Token] = []
    for word in words:
        text = word.text
        while measure(text) > width and len(text) > 1:  # an unbreakable monster word
            text = text[:-2] + "…"
        word = Token(text, word.spaced)
        if measure(join([*current, word])) <= width:
            current.append(word)
            continue
        lines.append(join(current))
        current = [word]
        if len(lines) == max_lines:
            break
    if len(lines) < max_lines and current:
        lines.append(join(current))
        current = []
    if current or len(lines) > max_lines:
        last = lines[max_lines - 1] if len(lines) >= max_lines else lines[-1]
        while last and measure(last + "…") > width:
            last = last[:-1]
        lines = [*lines[: max_lines - 1], last.rstrip() + "…"]
    return lines[:max_lines]


def draw_block(
    image: Image.Image,
    block: TextBlock,
    box: tuple[int, int, int, int],
    *,
    fill: Colour,
    align: str = "left",
    valign: str = "top",
) -> tuple[int, int, int, int]:
    """Draws the block inside `box` and returns the box it actually covers.

    Each line is drawn run by run (`fonts.runs`), every run on the line's one baseline.
    """
    left, top, right, bottom = box
    draw = ImageDraw.Draw(image)
    if valign == "middle":
        y = top + (bottom - top - block.height) // 2
    elif valign == "bottom":
        y = bottom - block.height
    else:
        y = top
    covered_left, covered_right = right, left
    baseline_offset = (block.line_height - block.size) // 2 + fonts.ascent(block.size, bold=block.bold)
    for line in block.lines:
        line_width = block.line_width(line)
        side = align
        if align == "left" and is_rtl(line):
            side = "right"
        x = {"left": left, "center": left + (right - left - line_width) // 2, "right": right - line_width}[side]
        _draw_runs(draw, line, (x, y + baseline_offset), block, fill)
        covered_left, covered_right = min(covered_left, x), max(covered_right, x + line_width)
        y += block.line_height
    return covered_left, y - block.height, covered_right, y


def _draw_runs(draw: ImageDraw.ImageDraw, line: str, origin: tuple[int, int], block: TextBlock, fill: Colour) -> None:
    x, baseline = origin
    for run, face in fonts.runs(line, bold=block.bold):
        stroke = face.stroke(block.size)
        draw.text(
            (x + stroke, baseline),
            run,
            font=face.font(block.size),
            fill=fill,
            anchor="ls",
            stroke_width=stroke,
            stroke_fill=fill if stroke else None,
        )
        x += round(face.length(run, block.size))


def text_in_box(
    image: Image.Image,
    text: str,
    box: tuple[int, int, int, int],
    *,
    fill: Colour,
    max_size: int,
    min_size: int = 24,
    bold: bool = False,
    max_lines: int = 4,
    align: str = "left",
    valign: str = "top",
) -> tuple[int, int, int, int]:
    """Fit and draw in one call; returns the covered box."""
    left, top, right, bottom = box
    block = fit_text(
        text, right - left, bottom - top, max_size=max_size, min_size=min_size, bold=bold, max_lines=max_lines
    )
    return draw_block(image, block, box, fill=fill, align=align, valign=valign)
