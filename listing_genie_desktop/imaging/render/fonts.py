"""Which font draws which characters: a Latin face and a CJK face, chosen per character run.

The bundled DejaVu Sans draws Latin, Greek, Cyrillic, Arabic and Hebrew; kana and kanji come from
a system CJK font (well-known paths on Windows, macOS and Linux, then whatever fontconfig lists
for Japanese; a candidate counts only if it really draws a CJK character). The Debian/Ubuntu
package is `fonts-noto-cjk` (the .deb recommends it; it is not bundled: two weights of Noto Sans
CJK would add about 40 MB to the installer). A line is cut into runs, each drawn in the face that
has its glyphs: wide (CJK) characters in the CJK face, the rest in DejaVu, each in the weight
asked for (NotoSansCJK-Bold beside DejaVuSans-Bold; a CJK font without a bold sibling is
emboldened with a thin stroke). Characters no font has (emoji, or CJK on a machine without a
CJK font) are left out by `renderable`, so odd input never prints .notdef boxes.
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

from PIL import ImageFont, features

from listing_genie_desktop.resources import resource_path

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
    "/System/Library/Fonts/ヒラギノ角ゴシック W3.ttc",
    "/System/Library/Fonts/Hiragino Sans GB.ttc",
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
_BOLD_SIBLINGS = {
    "NotoSansCJK-Regular.ttc": "NotoSansCJK-Bold.ttc",
    "ヒラギノ角ゴシック W3.ttc": "ヒラギノ角ゴシック W6.ttc",
    "YuGothM.ttc": "YuGothB.ttc",
    "meiryo.ttc": "meiryob.ttc",
    "msyh.ttc": "msyhbd.ttc",
    "malgun.ttf": "malgunbd.ttf",
}
"""The bold file beside a regular CJK font, where the family ships one."""
_CJK_PROBE = "日"
_PROBE_SIZE = 24
FAUX_BOLD = 0.035
"""Stroke width (share of the size) that emboldens a CJK face with no bold sibling."""
log = logging.getLogger(__name__)


@functools.cache
def bundled(bold: bool) -> Path:
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
def fallback_path() -> Path | None:
    """The first installed font that really draws CJK (searched once per process)."""
    for path in _candidates():
        if path.is_file() and has_glyph(path, _CJK_PROBE):
            log.info("CJK text uses the system font %s", path)
            return path
    log.info("no CJK font found: CJK characters will be left out of studio images")
    return None


def _bold_sibling(regular: Path) -> Path | None:
    """The bold file of the fallback's family (NotoSansCJK-Bold next to -Regular), if installed."""
    name = _BOLD_SIBLINGS.get(regular.name) or (
        regular.name.replace("Regular", "Bold") if "Regular" in regular.name else None
    )
    if name is None:
        return None
    bold = regular.with_name(name)
    return bold if bold.is_file() and has_glyph(bold, _CJK_PROBE) else None


@functools.lru_cache(maxsize=8)
def _fallback_bold(regular: Path) -> Path | None:
    return _bold_sibling(regular)


@functools.lru_cache(maxsize=256)
def load(path: Path, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), size, layout_engine=_LAYOUT)


@functools.lru_cache(maxsize=8192)
def has_glyph(path: Path, char: str) -> bool:
    """A font has a glyph for `char` when drawing it differs from drawing a surely-missing one."""
    if char.isspace():
        return True
    try:
        font = load(path, _PROBE_SIZE)
        missing = font.getmask("\U0010fffd")
        drawn = font.getmask(char)
    except (OSError, ValueError):  # an unreadable or unsupported font file
        return False
    return bytes(drawn) != bytes(missing) or drawn.size != missing.size


def is_wide(char: str) -> bool:
    """Characters of scripts set without spaces between words (kana, kanji, fullwidth forms)."""
    return unicodedata.east_asian_width(char) in ("W", "F")


def _attached(char: str) -> bool:
    """Combining marks, joiners and variation selectors belong to the character before them."""
    return unicodedata.category(char) in ("Mn", "Me", "Cf") or char in "\u200d\ufe0f"


def _is_separator(token: str) -> bool:
    """A token of punctuation and symbols only (a dash, a slash, a bullet, a comma)."""
    return all(unicodedata.category(c)[0] in "PS" for c in token)


def renderable(text: str) -> str:
    """`text` with the characters no available font can draw removed (and spaces tidied).

    When something was removed, separators it leaves dangling ("Bottle — 瓶" without a CJK
    font) are removed too, so what remains still reads as a sentence.
    """
    fallback = fallback_path()
    kept = []
    dropped = False
    for char in unicodedata.normalize("NFC", text):
        if _attached(char) or has_glyph(bundled(False), char) or (fallback is not None and has_glyph(fallback, char)):
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


@dataclass(frozen=True)
class Face:
    """One font file in one weight, and whether it must be emboldened by a stroke."""

    path: Path
    faux_bold: bool = False

    def font(self, size: int) -> ImageFont.FreeTypeFont:
        return load(self.path, size)

    def stroke(self, size: int) -> int:
        return max(1, round(size * FAUX_BOLD)) if self.faux_bold else 0

    def length(self, text: str, size: int) -> float:
        return float(self.font(size).getlength(text)) + 2 * self.stroke(size)


def runs(text: str, *, bold: bool = False) -> tuple[tuple[str, Face], ...]:
    """`text` cut into runs, each with the face that has its glyphs, in the weight asked for."""
    return _runs(text, bold, fallback_path())


@functools.lru_cache(maxsize=4096)
def _runs(text: str, bold: bool, fallback: Path | None) -> tuple[tuple[str, Face], ...]:
    latin = Face(bundled(bold))
    cjk = latin
    if fallback is not None:
        bold_cjk = _fallback_bold(fallback) if bold else None
        cjk = Face(bold_cjk) if bold_cjk else Face(fallback, faux_bold=bold)
    pieces: list[tuple[str, Face]] = []
    for char in text:
        if pieces and (_attached(char) or char == " "):
            face = pieces[-1][1]
        elif is_wide(char) or not has_glyph(latin.path, char):
            face = cjk if has_glyph(cjk.path, char) else latin
        else:
            face = latin
        if pieces and pieces[-1][1] == face:
            pieces[-1] = (pieces[-1][0] + char, face)
        else:
            pieces.append((char, face))
    return tuple(pieces)


def text_length(text: str, size: int, *, bold: bool = False) -> float:
    """The advance width of `text` set in its runs' faces at `size`."""
    return sum(face.length(run, size) for run, face in runs(text, bold=bold))


def ascent(size: int, *, bold: bool = False) -> int:
    """The Latin face's ascent: every run of a line sits on the baseline this puts under the line's top."""
    return int(load(bundled(bold), size).getmetrics()[0])
