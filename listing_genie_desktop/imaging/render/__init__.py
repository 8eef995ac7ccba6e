"""The studio renderer: five designed listing images from a product cutout and the seller's words.

`render_image` is the entry point; `overlay_text` (in `overlay.py`) reuses the same text
layout to put exact words on images that a model generated without them.
"""

from __future__ import annotations

from collections.abc import Callable

from PIL import Image

from listing_genie_desktop.core.product import ImageType, ProductContext
from listing_genie_desktop.imaging.render.cutout import Cutout
from listing_genie_desktop.imaging.render.layouts import benefits, comparison, infographic, lifestyle, main
from listing_genie_desktop.imaging.render.palette import Palette, palette_for

Layout = Callable[[Cutout, ProductContext, Palette], Image.Image]

LAYOUTS: dict[ImageType, Layout] = {
    ImageType.MAIN: main.render,
    ImageType.INFOGRAPHIC_1: infographic.render,
    ImageType.INFOGRAPHIC_2: benefits.render,
    ImageType.LIFESTYLE: lifestyle.render,
    ImageType.COMPARISON: comparison.render,
}


def render_image(image_type: ImageType, cutout: Cutout, product: ProductContext) -> Image.Image:
    """One 2000 x 2000 RGB listing image. Blocking and CPU-bound: call from a worker thread."""
    image = LAYOUTS[image_type](cutout, product, palette_for(product))
    return image if image.mode == "RGB" else image.convert("RGB")
