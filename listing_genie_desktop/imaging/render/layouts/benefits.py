"""INFOGRAPHIC_2: feature 2 on an accent band, the product centre stage, a 2x2 benefit grid.

A different rhythm from INFOGRAPHIC_1 on purpose (shoppers swipe through both): colour band,
product on a white disc, then four tiles whose icons and words come from the keyword intents.
"""

from __future__ import annotations

from PIL import Image

from listing_genie_desktop.core.product import ProductContext
from listing_genie_desktop.imaging.render import wording
from listing_genie_desktop.imaging.render.canvas import SIZE, disc, rounded_panel, vertical_gradient
from listing_genie_desktop.imaging.render.cutout import Cutout, place
from listing_genie_desktop.imaging.render.icons import icon
from listing_genie_desktop.imaging.render.palette import Palette, mix
from listing_genie_desktop.imaging.render.text import text_in_box

MARGIN = 100
BAND = 430


def render(cutout: Cutout, product: ProductContext, palette: Palette) -> Image.Image:
    image = vertical_gradient((SIZE, SIZE), palette.background, palette.background_2)
    draw_band(image, product.title, wording.second_headline(product), palette)

    centre = (SIZE // 2, BAND + 330)
    disc(image, centre, 372, mix(palette.background_2, palette.accent, 0.12))
    disc(image, centre, 350, (255, 255, 255))
    place(image, cutout, (centre[0] - 270, centre[1] - 290, centre[0] + 270, centre[1] + 270), contact_shadow=0.2)

    _grid(image, wording.benefits(product, 4), (MARGIN, BAND + 730, SIZE - MARGIN, SIZE - MARGIN), palette)
    return image


def draw_band(image: Image.Image, kicker: str, headline: str, palette: Palette) -> None:
    """The accent band with the product name as kicker and the headline in white."""
    image.paste(palette.accent, (0, 0, SIZE, BAND))
    text_in_box(
        image,
        kicker.upper(),
        (MARGIN, 70, SIZE - MARGIN, 130),
        fill=mix(palette.on_accent, palette.accent, 0.25),
        max_size=42,
        min_size=28,
        max_lines=1,
        align="center",
    )
    text_in_box(
        image,
        headline,
        (MARGIN, 150, SIZE - MARGIN, BAND - 60),
        fill=palette.on_accent,
        max_size=112,
        min_size=56,
        bold=True,
        max_lines=2,
        align="center",
        valign="middle",
    )


def _grid(image: Image.Image, tiles: list[wording.Benefit], box: tuple[int, int, int, int], palette: Palette) -> None:
    left, top, right, bottom = box
    gap = 40
    columns = 2
    rows = (len(tiles) + columns - 1) // columns
    width = (right - left - gap * (columns - 1)) // columns
    height = (bottom - top - gap * (rows - 1)) // rows
    for index, tile in enumerate(tiles):
        x = left + (index % columns) * (width + gap)
        y = top + (index // columns) * (height + gap)
        rounded_panel(image, (x, y, x + width, y + height), 36, palette.card)
        icon_box = 120
        cy = y + height // 2
        disc(image, (x + 40 + icon_box // 2, cy), icon_box // 2 + 4, mix(palette.accent, (255, 255, 255), 0.86))
        icon(
            image,
            tile.icon,
            (x + 40 + 18, cy - icon_box // 2 + 18, x + 40 + icon_box - 18, cy + icon_box // 2 - 18),
            palette.accent,
        )
        text_left = x + 40 + icon_box + 34
        text_in_box(
            image,
            tile.label,
            (text_left, y + 34, x + width - 30, cy + 8),
            fill=palette.text,
            max_size=50,
            min_size=30,
            bold=True,
            max_lines=2,
            valign="bottom",
        )
        text_in_box(
            image,
            tile.detail,
            (text_left, cy + 18, x + width - 30, y + height - 28),
            fill=palette.muted,
            max_size=38,
            min_size=26,
            max_lines=2,
        )
