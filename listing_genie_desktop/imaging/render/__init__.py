"""The studio renderer: five designed listing images from a product cutout and the seller's words.

`render_image` is the entry point; it returns the image with the texts drawn on it (KEY -> text,
from `wording.plan`), so what an image says is data the session can show and check. `overlay_text`
(in `overlay.py`) reuses the same texts and layout pieces to put exact words on images that a model
generated without them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image

from listing_genie_desktop.core.product import ImageType, ProductContext
from listing_genie_desktop.imaging.render import wording
from listing_genie_desktop.imaging.render.cutout import Cutout
from listing_genie_desktop.imaging.render.layouts import benefits, comparison, infographic, lifestyle, main
from listing_genie_desktop.imaging.render.palette import Palette, palette_for

Layout = Callable[[Cutout, wording.Texts, Palette], Image.Image]

LAYOUTS: dict[ImageType, Layout] = {
    ImageType.MAIN: main.render,
    ImageType.INFOGRAPHIC_1: infographic.render,
    ImageType.INFOGRAPHIC_2: benefits.render,
    ImageType.LIFESTYLE: lifestyle.render,
    ImageType.COMPARISON: comparison.render,
}


@dataclass(frozen=True)
class Rendered:
    image: Image.Image
    """2000 x 2000 RGB."""
    texts: wording.Texts
    """Every text drawn on the image, KEY -> text (empty for MAIN)."""


def render_image(image_type: ImageType, cutout: Cutout, product: ProductContext) -> Rendered:
    """One listing image and its texts (fixed labels in `product.language`). Blocking and CPU-bound:
    call from a worker thread."""
    texts = wording.plan(image_type, product)
    image = LAYOUTS[image_type](cutout, texts, palette_for(product))
    return Rendered(image if image.mode == "RGB" else image.convert("RGB"), texts)
