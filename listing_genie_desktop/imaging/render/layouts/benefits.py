"""INFOGRAPHIC_2: the product name on an accent band, the product centre stage, one tile per feature.

A different rhythm from INFOGRAPHIC_1 on purpose (shoppers swipe through both): colour band with
the title (and the audience as a kicker when the seller named one), the product on a white disc,
then a row of one, two or three tiles, each the seller's feature under an icon its words suggest.
The row is as wide as the tiles it holds: one feature makes one tile, never three with filler.
"""

from __future__ import annotations

from PIL import Image

from listing_genie_desktop.imaging.render import wording
from listing_genie_desktop.imaging.render.canvas import SIZE, disc, rounded_panel, vertical_gradient
from listing_genie_desktop.imaging.render.cutout import Cutout, place
from listing_genie_desktop.imaging.render.icons import icon
from listing_genie_desktop.imaging.render.palette import Palette, mix
from listing_genie_desktop.imaging.render.text import text_in_box

MARGIN = 100
BAND = 430
TILE_GAP = 40
TILE_MAX_WIDTH = 760
TILE_MAX_HEIGHT = 620


def render(cutout: Cutout, texts: wording.Texts, palette: Palette) -> Image.Image:
    image = vertical_gradient((SIZE, SIZE), palette.background, palette.background_2)
    draw_band(image, texts.get("kicker", ""), texts.get("headline", ""), palette)

    centre = (SIZE // 2, BAND + 330)
    disc(image, centre, 372, mix(palette.background_2, palette.accent, 0.12))
    disc(image, centre, 350, (255, 255, 255))
    place(image, cutout, (centre[0] - 270, centre[1] - 290, centre[0] + 270, centre[1] + 270), contact_shadow=0.2)

    _tiles(image, wording.numbered(texts, "feature"), (MARGIN, BAND + 740, SIZE - MARGIN, SIZE - 90), palette)
    return image


def draw_band(image: Image.Image, kicker: str, headline: str, palette: Palette) -> None:
    """The accent band: the headline in white, the kicker (may be empty) small above it."""
    image.paste(palette.accent, (0, 0, SIZE, BAND))
    if kicker:
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
        (MARGIN, 150 if kicker else 80, SIZE - MARGIN, BAND - 60),
        fill=palette.on_accent,
        max_size=112,
        min_size=48,
        bold=True,
        max_lines=2,
        align="center",
        valign="middle",
    )


def _tiles(image: Image.Image, lines: list[str], box: tuple[int, int, int, int], palette: Palette) -> None:
    """A centred row of tiles: icon disc on top, the feature below."""
    if not lines:
        return
    left, top, right, bottom = box
    count = len(lines)
    width = min(TILE_MAX_WIDTH, (right - left - TILE_GAP * (count - 1)) // count)
    height = min(TILE_MAX_HEIGHT, bottom - top)
    x = left + (right - left - (width * count + TILE_GAP * (count - 1))) // 2
    y = top + (bottom - top - height) // 2
    for line in lines:
        rounded_panel(image, (x, y, x + width, y + height), 36, palette.card)
        cx, cy = x + width // 2, y + 40 + 70
        disc(image, (cx, cy), 74, mix(palette.accent, (255, 255, 255), 0.86))
        icon(image, wording.feature_icon(line), (cx - 48, cy - 48, cx + 48, cy + 48), palette.accent)
        text_in_box(
            image,
            line,
            (x + 36, cy + 100, x + width - 36, y + height - 36),
            fill=palette.text,
            max_size=54,
            min_size=30,
            bold=True,
            max_lines=5,
            align="center",
            valign="middle",
        )
        x += width + TILE_GAP
