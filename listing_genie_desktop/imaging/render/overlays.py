"""The text overlays' drawing: the exact words over a scene a model generated without text, each on a
frosted panel (the scene beneath blurred, then a near-opaque light tint), so the text keeps its contrast
over any scene, however busy or dark. A type's studio layout names its overlay (`StudioLayout.overlay`).
"""

from __future__ import annotations

from collections.abc import Callable

from PIL import Image

from listing_genie_desktop.imaging.render import wording
from listing_genie_desktop.imaging.render.canvas import SIZE, disc, frosted_panel
from listing_genie_desktop.imaging.render.icons import icon
from listing_genie_desktop.imaging.render.layouts.comparison import draw_table
from listing_genie_desktop.imaging.render.palette import Palette
from listing_genie_desktop.imaging.render.text import text_in_box
from listing_genie_desktop.imaging.render.wording import Texts

Overlay = Callable[[Image.Image, Texts, Palette], None]
"""Draws a type's words on a 2000 x 2000 RGB scene, in place."""
MARGIN = 90


def headline_and_chips(prefix: str) -> Overlay:
    """A header with the headline, and chips of the texts `prefix_1`, `prefix_2`, ... along the bottom."""

    def draw(image: Image.Image, texts: Texts, palette: Palette) -> None:
        _header(image, texts.get("headline", ""), texts.get("kicker", ""), palette)
        lines = wording.numbered(texts, prefix)
        _chips(image, [(wording.feature_icon(line), line) for line in lines], palette)

    return draw


def heading_and_table(image: Image.Image, texts: Texts, palette: Palette) -> None:
    """A header with the heading, and the comparison table."""
    _header(image, texts.get("heading", ""), texts.get("kicker", ""), palette)
    draw_table(image, texts, palette, None)


def _header(image: Image.Image, headline: str, kicker: str, palette: Palette) -> None:
    frosted_panel(image, (MARGIN - 30, 50, SIZE - MARGIN + 30, 360), 44, (255, 255, 255), 0.88)
    if kicker:
        text_in_box(
            image,
            kicker.upper(),
            (MARGIN + 20, 80, SIZE - MARGIN - 20, 130),
            fill=palette.muted,
            max_size=40,
            min_size=26,
            max_lines=1,
            align="center",
        )
    text_in_box(
        image,
        headline,
        (MARGIN + 20, 140, SIZE - MARGIN - 20, 330),
        fill=palette.text,
        max_size=100,
        min_size=48,
        bold=True,
        max_lines=2,
        align="center",
        valign="middle",
    )


def _chips(image: Image.Image, items: list[tuple[str, str]], palette: Palette) -> None:
    """Up to three rounded chips along the bottom edge, each with an icon and a line (none: no chips)."""
    count = max(1, len(items))
    gap = 30
    width = (SIZE - 2 * MARGIN - gap * (count - 1)) // count
    top, bottom = SIZE - 330, SIZE - 80
    for index, (name, line) in enumerate(items):
        left = MARGIN + index * (width + gap)
        frosted_panel(image, (left, top, left + width, bottom), 36, (255, 255, 255), 0.9)
        cy = (top + bottom) // 2
        disc(image, (left + 80, cy), 46, palette.accent)
        icon(image, name, (left + 50, cy - 30, left + 110, cy + 30), palette.on_accent)
        text_in_box(
            image,
            line,
            (left + 145, top + 24, left + width - 24, bottom - 24),
            fill=palette.text,
            max_size=48,
            min_size=26,
            bold=True,
            max_lines=3,
            valign="middle",
        )
