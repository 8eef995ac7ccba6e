"""COMPARISON: "Ours" against a typical alternative, one row per feature the seller stated.

Compares only what the seller said: each row is one of their features, checked in our column.
The other column is a generic "Typical alternative" with a neutral placeholder. On a row where the
seller said what the alternative lacks (`lacks_N`, their "compared with" text) it gets a cross and
those words; on every other row a neutral dash ("not stated"), never a cross: an unsubstantiated
"they don't" is a claim. Never names or pictures a competitor (Amazon forbids it).
The table is as tall as its rows need, so one feature is one generous row, not a lonely line.
"""

from __future__ import annotations

from PIL import Image, ImageDraw

from listing_genie_desktop.imaging.render import wording
from listing_genie_desktop.imaging.render.canvas import SIZE, disc, rounded_panel, vertical_gradient
from listing_genie_desktop.imaging.render.cutout import Cutout, place
from listing_genie_desktop.imaging.render.icons import icon
from listing_genie_desktop.imaging.render.palette import Palette, mix
from listing_genie_desktop.imaging.render.text import text_in_box

MARGIN = 100
CRITERIA_RIGHT = 1040
OURS = (1080, 1480)
THEIRS = (1520, 1900)
TABLE_TOP = 400
HEAD = 420
ROW_MAX = 380
MARK_RADIUS = 54


def render(cutout: Cutout, texts: wording.Texts, palette: Palette) -> Image.Image:
    image = vertical_gradient((SIZE, SIZE), palette.background, palette.background_2)
    text_in_box(
        image,
        texts.get("kicker", "").upper(),
        (MARGIN, 90, SIZE - MARGIN, 150),
        fill=palette.muted,
        max_size=44,
        min_size=28,
        max_lines=1,
        align="center",
    )
    text_in_box(
        image,
        texts.get("heading", ""),
        (MARGIN, 160, SIZE - MARGIN, 320),
        fill=palette.text,
        max_size=120,
        min_size=60,
        bold=True,
        max_lines=1,
        align="center",
    )
    draw_table(image, texts, palette, cutout)
    return image


def draw_table(image: Image.Image, texts: wording.Texts, palette: Palette, cutout: Cutout | None) -> None:
    """The two-column table; `cutout` None draws the header without product pictures (overlay use)."""
    rows = wording.numbered(texts, "row")
    count = max(1, len(rows))
    row_height = min(ROW_MAX, (SIZE - 150 - TABLE_TOP - HEAD) // count)
    # fewer rows make a shorter table: it sits in the middle of the space under the heading
    top = TABLE_TOP + (SIZE - 150 - TABLE_TOP - HEAD - row_height * count) // 2
    row_top = top + HEAD
    bottom = row_top + row_height * count + 40
    rounded_panel(image, (MARGIN, top, SIZE - MARGIN, bottom), 44, palette.card)
    rounded_panel(image, (OURS[0], top - 30, OURS[1], bottom + 30), 44, palette.accent)
    _column_heads(image, texts, palette, cutout, top)

    draw = ImageDraw.Draw(image)
    for index, row in enumerate(rows):
        y = row_top + index * row_height
        if index:
            draw.line([(MARGIN + 50, y), (CRITERIA_RIGHT, y)], fill=mix(palette.card, palette.muted, 0.25), width=3)
            draw.line([(THEIRS[0], y), (THEIRS[1] - 50, y)], fill=mix(palette.card, palette.muted, 0.25), width=3)
            draw.line([(OURS[0] + 40, y), (OURS[1] - 40, y)], fill=mix(palette.accent, (255, 255, 255), 0.25), width=3)
        text_in_box(
            image,
            row,
            (MARGIN + 60, y + 24, CRITERIA_RIGHT - 20, y + row_height - 24),
            fill=palette.text,
            max_size=56,
            min_size=28,
            bold=True,
            max_lines=3,
            valign="middle",
        )
        _mark(image, "check", ((OURS[0] + OURS[1]) // 2, y + row_height // 2), (255, 255, 255), palette.accent)
        _alternative(image, texts.get(f"lacks_{index + 1}", ""), y, row_height, palette)


def _alternative(image: Image.Image, lacks: str, y: int, row_height: int, palette: Palette) -> None:
    """The alternative's cell: a neutral dash, or, where the seller said what it lacks, a cross over their words."""
    centre_x = (THEIRS[0] + THEIRS[1]) // 2
    grey = mix(palette.muted, palette.card, 0.55)
    if not lacks:
        _mark(image, "dash", (centre_x, y + row_height // 2), grey, (255, 255, 255))
        return
    mark_y = y + 24 + MARK_RADIUS
    _mark(image, "cross", (centre_x, mark_y), grey, (255, 255, 255))
    text_in_box(
        image,
        lacks,
        (THEIRS[0] + 20, mark_y + MARK_RADIUS + 10, THEIRS[1] - 20, y + row_height - 16),
        fill=palette.muted,
        max_size=36,
        min_size=22,
        max_lines=3,
        align="center",
        valign="top",
    )


def _column_heads(image: Image.Image, texts: wording.Texts, palette: Palette, cutout: Cutout | None, top: int) -> None:
    label_top = top + HEAD - 110
    if cutout is not None:
        place(image, cutout, (OURS[0] + 70, top + 20, OURS[1] - 70, label_top - 20), drop_shadow=0.25)
        _placeholder(image, ((THEIRS[0] + THEIRS[1]) // 2, (top + label_top) // 2), palette)
    text_in_box(
        image,
        texts.get("ours", ""),
        (OURS[0] + 20, label_top, OURS[1] - 20, label_top + 90),
        fill=palette.on_accent,
        max_size=64,
        bold=True,
        max_lines=1,
        align="center",
        valign="middle",
    )
    text_in_box(
        image,
        texts.get("theirs", ""),
        (THEIRS[0] + 10, label_top, THEIRS[1] - 10, label_top + 90),
        fill=palette.muted,
        max_size=50,
        min_size=30,
        bold=True,
        max_lines=2,
        align="center",
        valign="middle",
    )


def _placeholder(image: Image.Image, centre: tuple[int, int], palette: Palette) -> None:
    """A neutral stand-in for "any other product": a plain grey box, no words, no marks."""
    cx, cy = centre
    rounded_panel(image, (cx - 95, cy - 110, cx + 95, cy + 110), 30, mix(palette.card, palette.muted, 0.22))
    rounded_panel(image, (cx - 55, cy - 40, cx + 55, cy + 70), 18, mix(palette.card, palette.muted, 0.1))


def _mark(
    image: Image.Image,
    name: str,
    centre: tuple[int, int],
    background: tuple[int, int, int],
    colour: tuple[int, int, int],
) -> None:
    radius = MARK_RADIUS
    disc(image, centre, radius, background)
    cx, cy = centre
    icon(image, name, (cx - radius + 12, cy - radius + 12, cx + radius - 12, cy + radius - 12), colour)
