"""INFOGRAPHIC_1: feature 1 as the headline, the product large, the other features as callouts.

Reads top to bottom like a designer's hero panel: product name as a small kicker, the seller's
first feature as a headline big enough to read on a phone thumbnail, then the product on the
left with one card per further feature on the right, joined to it by thin leader lines. With a
single feature there is no card to invent: the product stands centred under the headline.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PIL import Image, ImageDraw

from listing_genie_desktop.imaging.render import wording
from listing_genie_desktop.imaging.render.canvas import SIZE, disc, glowing_gradient, rounded_panel
from listing_genie_desktop.imaging.render.cutout import Cutout, place
from listing_genie_desktop.imaging.render.icons import icon
from listing_genie_desktop.imaging.render.palette import Palette, mix
from listing_genie_desktop.imaging.render.text import draw_block, fit_text, text_in_box

MARGIN = 110


def render(cutout: Cutout, texts: wording.Texts, palette: Palette) -> Image.Image:
    callouts = wording.numbered(texts, "callout")
    glow_x = 600 if callouts else SIZE // 2
    image = glowing_gradient(
        (SIZE, SIZE), palette.background, palette.background_2, (glow_x, 1180), 820, (255, 255, 255), 0.55
    )
    headline_box = draw_header(image, texts.get("kicker", ""), texts.get("headline", ""), palette)
    if not callouts:
        box = (MARGIN + 200, headline_box[3] + 70, SIZE - MARGIN - 200, SIZE - 110)
        place(image, cutout, box, anchor="bottom", contact_shadow=0.22, drop_shadow=0.10)
        return image
    product_box = (MARGIN - 20, headline_box[3] + 70, 1130, SIZE - 110)
    placed = place(image, cutout, product_box, anchor="bottom", contact_shadow=0.22, drop_shadow=0.10)
    _callouts(image, callouts, placed, cutout, (1190, headline_box[3] + 90, SIZE - MARGIN, SIZE - 130), palette)
    return image


def draw_header(
    image: Image.Image, kicker: str, headline: str, palette: Palette, top: int = 100
) -> tuple[int, int, int, int]:
    """Kicker (product name, may be empty), headline and accent rule; returns the box the header covers."""
    headline_top = top
    if kicker:
        kicker_box = text_in_box(
            image,
            kicker.upper(),
            (MARGIN, top, SIZE - MARGIN, top + 70),
            fill=palette.muted,
            max_size=46,
            min_size=30,
            max_lines=1,
        )
        headline_top = kicker_box[3] + 28
    block = fit_text(headline, SIZE - 2 * MARGIN, 400, max_size=128, min_size=64, bold=True, max_lines=3)
    covered = draw_block(
        image, block, (MARGIN, headline_top, SIZE - MARGIN, headline_top + block.height), fill=palette.text
    )
    rule_top = covered[3] + 34
    rounded_panel(image, (MARGIN, rule_top, MARGIN + 150, rule_top + 14), 7, palette.accent)
    return MARGIN, top, SIZE - MARGIN, rule_top + 14


def _callouts(
    image: Image.Image,
    lines: list[str],
    placed: tuple[int, int, int, int],
    cutout: Cutout,
    column: tuple[int, int, int, int],
    palette: Palette,
) -> None:
    left, top, right, bottom = column
    gap = 46
    card_height = min(330, (bottom - top - gap * (len(lines) - 1)) // max(1, len(lines)))
    total = card_height * len(lines) + gap * (len(lines) - 1)
    y = top + (bottom - top - total) // 2
    edge = _right_edge(cutout, placed)
    draw = ImageDraw.Draw(image)
    for line in lines:
        centre_y = y + card_height // 2
        anchor = edge(centre_y)
        if anchor is not None:
            draw.line([anchor, (left, centre_y)], fill=mix(palette.accent, palette.background, 0.35), width=5)
            disc(image, anchor, 17, palette.accent)
            disc(image, anchor, 8, (255, 255, 255))
        rounded_panel(
            image,
            (left + 6, y + 10, right + 6, y + card_height + 10),
            40,
            mix(palette.background_2, palette.text, 0.08),
            0.5,
        )
        rounded_panel(image, (left, y, right, y + card_height), 40, palette.card)
        disc(image, (left + 86, centre_y), 50, palette.accent)
        mark = (left + 56, centre_y - 30, left + 116, centre_y + 30)
        icon(image, wording.feature_icon(line), mark, palette.on_accent)
        text_in_box(
            image,
            line,
            (left + 170, y + 30, right - 36, y + card_height - 30),
            fill=palette.text,
            max_size=60,
            min_size=30,
            bold=True,
            max_lines=4,
            valign="middle",
        )
        y += card_height + gap


def _right_edge(cutout: Cutout, placed: tuple[int, int, int, int]) -> Callable[[int], tuple[int, int] | None]:
    """x just inside the product's right edge at canvas row y (the nearest product row if y misses it)."""
    left, top, right, bottom = placed
    alpha = np.asarray(cutout.image.getchannel("A").resize((right - left, bottom - top))) >= 128
    rows = np.flatnonzero(alpha.any(axis=1))

    def at(y: int) -> tuple[int, int] | None:
        if not len(rows):
            return None
        margin = max(1, len(rows) // 20)
        row = int(np.clip(y - top, rows[0] + margin, rows[-1] - margin))
        cols = np.flatnonzero(alpha[row])
        return (left + int(cols[-1]) - 14, top + row) if len(cols) else None

    return at
