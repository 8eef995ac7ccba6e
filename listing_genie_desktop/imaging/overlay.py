"""Exact listing words drawn over an image a model generated without text.

Image models misspell; when the "text overlay" setting is on, the engine asks the model for
a text-free scene and this module draws the words with the studio's own layout pieces:
a header with the headline, and (per type) chips of the other features, feature chips or the
comparison table. The words are the same texts the studio layout of that type draws
(`wording.plan`): the seller's own, and the layout's few fixed labels. The prompt asks the
model to keep the top and bottom calm, but models do not always listen: every word sits on a
frosted panel (the scene beneath blurred, then a near-opaque light tint), so the text keeps its
contrast over any scene, however busy or dark.
"""

from __future__ import annotations

from PIL import Image

from listing_genie_desktop.core.product import ImageType, ProductContext
from listing_genie_desktop.imaging.render import wording
from listing_genie_desktop.imaging.render.canvas import SIZE, disc, frosted_panel
from listing_genie_desktop.imaging.render.icons import icon
from listing_genie_desktop.imaging.render.layouts.comparison import draw_table
from listing_genie_desktop.imaging.render.palette import Palette, palette_for
from listing_genie_desktop.imaging.render.text import text_in_box
from listing_genie_desktop.imaging.render.wording import Texts

OVERLAY_TYPES = frozenset({ImageType.INFOGRAPHIC_1, ImageType.INFOGRAPHIC_2, ImageType.COMPARISON})
MARGIN = 90


def overlay_text(
    image_type: ImageType, scene: Image.Image, product: ProductContext, texts: Texts | None = None
) -> tuple[Image.Image, Texts]:
    """A copy of `scene` (any size; returned at 2000 x 2000 RGB) with the type's words on it, and those words.
    `texts` replaces the planned words (the seller's edit, drawn again on the kept clean scene)."""
    if image_type not in OVERLAY_TYPES:
        raise ValueError(f"No text overlay for {image_type.value}")
    image = scene.convert("RGB") if scene.mode != "RGB" else scene
    if image.size != (SIZE, SIZE):
        image = image.resize((SIZE, SIZE), Image.Resampling.LANCZOS)
    elif image is scene:
        image = image.copy()  # drawn on in place, never the caller's; one copy (8 ms at 2000 px), not two
    palette = palette_for(product)
    texts = wording.plan(image_type, product) if texts is None else texts
    if image_type is ImageType.COMPARISON:
        _header(image, texts.get("heading", ""), texts.get("kicker", ""), palette)
        draw_table(image, texts, palette, None)
    else:
        _header(image, texts.get("headline", ""), texts.get("kicker", ""), palette)
        lines = wording.numbered(texts, "callout" if image_type is ImageType.INFOGRAPHIC_1 else "feature")
        _chips(image, [(wording.feature_icon(line), line) for line in lines], palette)
    return image, texts


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
