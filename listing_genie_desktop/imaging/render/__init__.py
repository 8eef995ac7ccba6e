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
from listing_genie_desktop.imaging.render.palette import PALETTE_NAMES, Palette, palette_count, palette_for
from listing_genie_desktop.imaging.render.scenes import SCENES

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
    variant: str | None = None
    """The alternative design, in words ("teal palette"); None for the first design."""


def render_image(
    image_type: ImageType,
    cutout: Cutout,
    product: ProductContext,
    variant: int = 0,
    texts: wording.Texts | None = None,
) -> Rendered:
    """One listing image and its texts (fixed labels in `product.language`). Blocking and CPU-bound:
    call from a worker thread.

    `variant` n > 0 is the n-th alternative design of the same words: the n-th palette along the
    others (LIFESTYLE's scene comes with its palette), for MAIN the n-th contact shadow. Two
    consecutive variants always differ; they come back round after `palette_count()` (MAIN: 3).
    `texts` replaces the planned words (the seller's edit of an image already made).
    """
    texts = wording.plan(image_type, product) if texts is None else texts
    palette = palette_for(product, variant)
    if image_type is ImageType.MAIN:
        name, shadow = main.SHADOWS[variant % len(main.SHADOWS)]
        image = main.render(cutout, texts, palette, shadow)
    else:
        image = LAYOUTS[image_type](cutout, texts, palette)
        name = _palette_variant(image_type, palette) if variant % palette_count() else None
    if variant and name is None:
        name = "the original design"
    return Rendered(image if image.mode == "RGB" else image.convert("RGB"), texts, name)


def _palette_variant(image_type: ImageType, palette: Palette) -> str:
    words = f"the {PALETTE_NAMES[palette.category]} palette"
    if image_type is ImageType.LIFESTYLE:
        scene = SCENES[palette.category]
        wall = "a plain wall" if scene.pattern == "plain" else f"a {scene.pattern} wall"
        words += f" with {wall} and a {scene.grain} surface"
    return words
