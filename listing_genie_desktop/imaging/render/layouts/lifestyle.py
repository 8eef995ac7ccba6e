"""LIFESTYLE: the product standing in a drawn scene that fits its category, one line for the audience
(none when the seller named no audience)."""

from __future__ import annotations

from PIL import Image

from listing_genie_desktop.imaging.render.canvas import SIZE, rounded_panel
from listing_genie_desktop.imaging.render.cutout import Cutout, place
from listing_genie_desktop.imaging.render.palette import Palette
from listing_genie_desktop.imaging.render.scenes import HORIZON, draw_scene
from listing_genie_desktop.imaging.render.text import draw_block, fit_text
from listing_genie_desktop.imaging.render.wording import Texts

STAND = HORIZON + 170
"""Baseline the product stands on, in front of the wall."""
CAPTION_BOTTOM = SIZE - 96
"""The audience caption sits on the surface's front edge, well clear of the product's base."""


def render(cutout: Cutout, texts: Texts, palette: Palette) -> Image.Image:
    image = draw_scene(palette)
    place(
        image,
        cutout,
        (560, 520, 1440, STAND),
        anchor="bottom",
        contact_shadow=0.6,
        contact_spread=0.05,
        cast_shadow=0.38,
    )
    if texts.get("caption"):
        _audience_pill(image, texts["caption"], palette)
    return image


def _audience_pill(image: Image.Image, line: str, palette: Palette) -> None:
    block = fit_text(line, SIZE - 420, 170, max_size=66, min_size=36, bold=True, max_lines=2)
    width, height = block.width() + 140, block.height + 72
    left, top = (SIZE - width) // 2, CAPTION_BOTTOM - height
    rounded_panel(image, (left, top, left + width, top + height), min(60, height // 2), (255, 255, 255), 0.9)
    draw_block(
        image, block, (left + 70, top + 36, left + width - 70, top + height - 36), fill=palette.text, align="center"
    )
