"""Exact listing words drawn over an image a model generated without text.

Image models misspell; when the "text overlay" setting is on, the engine asks the model for
a text-free scene and this module draws the words with the studio's own layout pieces: the
overlay that the type's studio layout names (render/overlays.py: a header with the headline and,
per type, chips of the features or the comparison table). The words are the same texts the studio
layout of that type draws (`render.plan`): the seller's own, and the layout's few fixed labels. The
prompt asks the model to keep the top and bottom calm, but models do not always listen: every word
sits on a frosted panel, so the text keeps its contrast over any scene.
"""

from __future__ import annotations

from PIL import Image

from listing_genie_desktop.core.product import ImageType, ProductContext
from listing_genie_desktop.imaging.render import layout_for, plan
from listing_genie_desktop.imaging.render.canvas import SIZE
from listing_genie_desktop.imaging.render.palette import palette_for
from listing_genie_desktop.imaging.render.wording import Texts


def has_overlay(image_type: ImageType) -> bool:
    """Whether the type's studio layout can draw its words over a model's scene."""
    layout = layout_for(image_type)
    return layout is not None and layout.overlay is not None


def overlay_text(
    image_type: ImageType, scene: Image.Image, product: ProductContext, texts: Texts | None = None
) -> tuple[Image.Image, Texts]:
    """A copy of `scene` (any size; returned at 2000 x 2000 RGB) with the type's words on it, and those words.
    `texts` replaces the planned words (the seller's edit, drawn again on the kept clean scene)."""
    layout = layout_for(image_type)
    if layout is None or layout.overlay is None:
        raise ValueError(f"No text overlay for {image_type.value}")
    image = scene.convert("RGB") if scene.mode != "RGB" else scene
    if image.size != (SIZE, SIZE):
        image = image.resize((SIZE, SIZE), Image.Resampling.LANCZOS)
    elif image is scene:
        image = image.copy()  # drawn on in place, never the caller's; one copy (8 ms at 2000 px), not two
    texts = plan(image_type, product) if texts is None else texts
    layout.overlay(image, texts, palette_for(product))
    return image, texts
