"""Text that always fits its box: wrap, then shrink, then (last resort) ellipsis.

Used by the studio layouts and by `overlay_text` for model output. Fonts are the bundled
DejaVu Sans; characters it lacks use a system CJK font when one is installed (well-known
paths on Windows, macOS and Linux, then whatever fontconfig lists for Japanese; a candidate
counts only if it really draws a CJK character), and are left out when no font has them
(emoji, or CJK on a machine without a CJK font), so odd input never crashes a render or
prints tofu boxes; separators left dangling by a dropped word go too. Right-to-left text is
shaped and ordered by Pillow's Raqm layout when available.
"""

from __future__ import annotations

import functools
import logging
import os
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, features

from listing_genie_desktop.resources import resource_path

Colour = tuple[int, int, int] | tuple[int, int, int, int]

_LAYOUT = ImageFont.Layout.RAQM if features.check("raqm") else ImageFont.Layout.BASIC
_WINDOWS_FONTS = os.path.join(os.environ.get("WINDIR", "C:/Windows"), "Fonts")
_SYSTEM_FALLBACKS = (
    # Linux: Noto CJK (Debian/Ubuntu, Fedora, Arch), WenQuanYi, Droid
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-sans-cjk-vf-fonts/NotoSansCJK-VF.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    # macOS
    "/System/Library/Fonts/Hiragino Sans GB.ttc",
    "/System/Library/Fonts/ヒラギノ角ゴシック W3.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/AppleSDGothicNeo.ttc",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    # Windows
    os.path.join(_WINDOWS_FONTS, "YuGothM.ttc"),
    os.path.join(_WINDOWS_FONTS, "meiryo.ttc"),
    os.path.join(_WINDOWS_FONTS, "msgothic.ttc"),
    os.path.join(_WINDOWS_FONTS, "msyh.ttc"),
    os.path.join(_WINDOWS_FONTS, "malgun.ttf"),
)
_CJK_PROBE = "日"
_PROBE_SIZE = 24
log = logging.getLogger(__name__)


@functools.cache
def _bundled(bold: bool) -> Path:
    return resource_path("fonts", "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")


def _fontconfig_cjk() -> list[Path]:
    """Font files fontconfig says cover Japanese (none when fontconfig is absent), sans first."""
    if sys.platform in ("win32", "darwin"):
        return []  # no fontconfig there (and no console window flashing up on Windows)
    try:
        listed = subprocess.run(
            ["fc-list", "-f", "%{file}\n", ":lang=ja"], capture_output=True, text=True, timeout=5, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    files = sorted({line.strip() for line in listed.splitlines() if line.strip()})
    return sorted((Path(f) for f in files), key=lambda p: ("sans" not in p.name.lower(), "bold" in p.name.lower()))


def _candidates() -> Iterator[Path]:
    yield from (Path(p) for p in _SYSTEM_FALLBACKS)
    yield from _fontconfig_cjk()


@functools.cache
def _fallback_path() -> Path | None:
    """The first installed font that really draws CJK (searched once per process)."""
    for path in _candidates():
        if path.is_file() and _has_glyph(path, _CJK_PROBE):
            log.info("CJK text uses the system font %s", path)
            return path
    log.info("no CJK font found: CJK characters will be left out of studio images")
    return None


@functools.cache
def _fallback_bold() -> Path | None:
    """The bold sibling of the fallback (NotoSansCJK-Bold next to -Regular), if installed."""
    regular = _fallback_path()
    if regular is None or "Regular" not in regular.name:
        return None
    bold = regular.with_name(regular.name.replace("Regular", "Bold"))
    return bold if bold.is_file() and _has_glyph(bold, _CJK_PROBE) else None


@functools.lru_cache(maxsize=256)
def _load(path: Path, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), size, layout_engine=_LAYOUT)


@functools.lru_cache(maxsize=4096)
def _has_glyph(path: Path, char: str) -> bool:
    """A font has a glyph for `char` when drawing it differs from drawing a surely-missing one."""
    if char.isspace():
        return True
    try:
        font = _load(path, _PROBE_SIZE)
        missing = font.getmask("\U0010fffd")
        drawn = font.getmask(char)
    except (OSError, ValueError):  # an unreadable or unsupported font file
        return False
    return bytes(drawn) != bytes(missing) or drawn.size != missing.size


def _is_separator(token: str) -> bool:
    """A token of punctuation and symbols only (a dash, a slash, a bullet, a comma)."""
    return all(unicodedata.category(c)[0] in "PS" for c in token)


def renderable(text: str) -> str:
    """`text` with the characters no available font can draw removed (and spaces tidied).

    When something was removed, separators it leaves dangling ("Bottle — 瓶" without a CJK
    font) are removed too, so what remains still reads as a sentence.
    """
    fallback = _fallback_path()
    kept = []
    dropped = False
    for char in unicodedata.normalize("NFC", text):
        category = unicodedata.category(char)
        if category in ("Mn", "Me", "Cf") or char in "\u200d\ufe0f":
            kept.append(char)  # combining marks and joiners belong to their neighbour
        elif _has_glyph(_bundled(False), char) or (fallback is not None and _has_glyph(fallback, char)):
            kept.append(char)
        else:
            dropped = True
    tokens = "".join(kept).split()
    if dropped:
        tidy: list[str] = []
        for token in tokens:
            if _is_separator(token) and (not tidy or _is_separator(tidy[-1])):
                continue
            tidy.append(token)
        while tidy and _is_separator(tidy[-1]):
            tidy.pop()
        tokens = tidy
    return " ".join(tokens)


def _needs_fallback(text: str) -> bool:
    return any(not _has_glyph(_bundled(False), c) for c in text if not unicodedata.category(c).startswith(("M", "C")))


def font_for(text: str, size: int, *, bold: bool = False) -> ImageFont.FreeTypeFont:
    """The bundled font, or the system fallback when the text needs glyphs only it has."""
    fallback = _fallback_path()
    if fallback is not None and _needs_fallback(text):
        return _load((_fallback_bold() if bold else None) or fallback, size)
    return _load(_bundled(bold), size)


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
    font: ImageFont.FreeTypeFont
    line_height: int

    @property
    def height(self) -> int:
        return self.line_height * len(self.lines)

    @property
    def size(self) -> int:
        return int(self.font.size)

    def width(self) -> int:
        return max((int(self.font.getlength(line)) for line in self.lines), default=0)


def _split_words(text: str) -> list[str]:
    """Words, with scripts that do not use spaces (CJK) breakable between any two characters."""
    words: list[str] = []
    for word in text.split(" "):
        if any(unicodedata.east_asian_width(c) in ("W", "F") for c in word):
            words.extend(word)
        elif word:
            words.append(word)
    return words


def _wrap(words: list[str], font: ImageFont.FreeTypeFont, width: int) -> list[str] | None:
    """Greedy wrap; None when a single word is wider than the box (shrink instead of breaking it)."""
    lines: list[str] = []
    current = ""
    for word in words:
        joiner = "" if (not current or _is_wide(word) or _is_wide(current[-1])) and current else " "
        candidate = f"{current}{joiner}{word}" if current else word
        if font.getlength(candidate) <= width:
            current = candidate
            continue
        if font.getlength(word) > width:
            return None
        lines.append(current)
        current = word
    if current:
        lines.append(current)
    return lines


def _is_wide(text: str) -> bool:
    return bool(text) and unicodedata.east_asian_width(text[0]) in ("W", "F")


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

    If even `min_size` does not fit, the text is cut at a word boundary with an ellipsis:
    a box never overflows, whatever the seller typed.
    """
    clean = renderable(text)
    words = _split_words(clean)
    size = max_size
    while size >= min_size:
        font = font_for(clean, size, bold=bold)
        line_height = round(size * line_spacing)
        lines = _wrap(words, font, width) if words else []
        if lines is not None and len(lines) <= max_lines and line_height * len(lines) <= height:
            return TextBlock(tuple(_balanced(words, font, width, lines)), font, line_height)
        size = max(min_size, int(size * 0.92)) if size > min_size else min_size - 1
    font = font_for(clean, min_size, bold=bold)
    line_height = round(min_size * line_spacing)
    allowed = max(1, min(max_lines, height // line_height))
    return TextBlock(tuple(_truncate(words, font, width, allowed)), font, line_height)


def _balanced(words: list[str], font: ImageFont.FreeTypeFont, width: int, lines: list[str]) -> list[str]:
    """The same number of lines at the narrowest width: no lone word left on the last line."""
    if len(lines) < 2:
        return lines
    low, high = width // 2, width
    best = lines
    while high - low > 8:
        middle = (low + high) // 2
        attempt = _wrap(words, font, middle)
        if attempt is not None and len(attempt) <= len(lines):
            best, high = attempt, middle
        else:
            low = middle
    return best


def _truncate(words: list[str], font: ImageFont.FreeTypeFont, width: int, max_lines: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in words:
        while font.getlength(word) > width and len(word) > 1:  # an unbreakable monster word
            word = word[:-2] + "…"
        candidate = f"{current} {word}" if current else word
        if font.getlength(candidate) <= width:
            current = candidate
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines:
            break
    if len(lines) < max_lines and current:
        lines.append(current)
        current = ""
    if current or len(lines) > max_lines:
        last = lines[max_lines - 1] if len(lines) >= max_lines else lines[-1]
        while last and font.getlength(last + "…") > width:
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
    """Draws the block inside `box` and returns the box it actually covers."""
    left, top, right, bottom = box
    draw = ImageDraw.Draw(image)
    if valign == "middle":
        y = top + (bottom - top - block.height) // 2
    elif valign == "bottom":
        y = bottom - block.height
    else:
        y = top
    covered_left, covered_right = right, left
    for line in block.lines:
        line_width = int(block.font.getlength(line))
        side = align
        if align == "left" and is_rtl(line):
            side = "right"
        x = {"left": left, "center": left + (right - left - line_width) // 2, "right": right - line_width}[side]
        draw.text((x, y + (block.line_height - block.size) // 2), line, font=block.font, fill=fill)
        covered_left, covered_right = min(covered_left, x), max(covered_right, x + line_width)
        y += block.line_height
    return covered_left, y - block.height, covered_right, y


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
