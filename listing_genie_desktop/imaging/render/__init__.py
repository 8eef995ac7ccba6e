"""The studio renderer: a designed listing image per type from a product cutout and the seller's words.

`render_image` is the entry point; it returns the image with the texts drawn on it (KEY -> text,
from the type's `StudioLayout.plan`), so what an image says is data the session can show and check. `overlay_text`
(in `overlay.py`) reuses the same texts and layout pieces to put exact words on images that a model
generated without them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image

from listing_genie_desktop.core.product import ImageType, ProductContext
from listing_genie_desktop.imaging.render import overlays, wording
from listing_genie_desktop.imaging.render.cutout import Cutout
from listing_genie_desktop.imaging.render.layouts import benefits, comparison, infographic, lifestyle, main
from listing_genie_desktop.imaging.render.overlays import Overlay
from listing_genie_desktop.imaging.render.palette import PALETTE_NAMES, Palette, palette_count, palette_for
from listing_genie_desktop.imaging.render.scenes import SCENES

Layout = Callable[[Cutout, wording.Texts, Palette], Image.Image]
Design = Callable[[Cutout, wording.Texts, Palette, int], tuple[Image.Image, "str | None"]]
"""Draws design n of a layout: the image, and the alternative in words (None: say it by its palette)."""


@dataclass(frozen=True)
class StudioLayout:
    """How the studio draws one image type (registered under the type's id, beside core's registry entry)."""

    plan: Callable[[ProductContext], wording.Texts]
    """The words the image shows (KEY -> text); the layout and the overlay draw exactly those."""
    draw: Design
    overlay: Overlay | None = None
    """Draws the words over a model's text-free scene: set exactly for the types whose registry entry says
    `text_overlay`."""


def by_palette(layout: Layout, words: Callable[[Palette], str] | None = None) -> Design:
    """A layout whose n-th alternative design is the n-th palette, told by `words` (default: its name)."""

    def draw(cutout: Cutout, texts: wording.Texts, palette: Palette, variant: int) -> tuple[Image.Image, str | None]:
        named = variant % palette_count() != 0
        return layout(cutout, texts, palette), ((words or palette_words)(palette) if named else None)

    return draw


def palette_words(palette: Palette) -> str:
    return f"the {PALETTE_NAMES[palette.category]} palette"


def _lifestyle_words(palette: Palette) -> str:
    scene = SCENES[palette.category]
    wall = "a plain wall" if scene.pattern == "plain" else f"a {scene.pattern} wall"
    return f"{palette_words(palette)} with {wall} and a {scene.grain} surface"


def _main_design(
    cutout: Cutout, texts: wording.Texts, palette: Palette, variant: int
) -> tuple[Image.Image, str | None]:
    """MAIN's alternatives are its contact shadows (no palette on pure white)."""
    name, shadow = main.SHADOWS[variant % len(main.SHADOWS)]
    return main.render(cutout, texts, palette, shadow), name


LAYOUTS: dict[ImageType, StudioLayout] = {
    ImageType.MAIN: StudioLayout(wording.no_texts, _main_design),
    ImageType.INFOGRAPHIC_1: StudioLayout(
        wording.infographic_texts, by_palette(infographic.render), overlays.headline_and_chips("callout")
    ),
    ImageType.INFOGRAPHIC_2: StudioLayout(
        wording.benefits_texts, by_palette(benefits.render), overlays.headline_and_chips("feature")
    ),
    ImageType.LIFESTYLE: StudioLayout(wording.lifestyle_texts, by_palette(lifestyle.render, _lifestyle_words)),
    ImageType.COMPARISON: StudioLayout(
        wording.comparison_texts, by_palette(comparison.render), overlays.heading_and_table
    ),
}
"""The studio layouts by image type: a new type registers its own (`register_layout`)."""


def register_layout(image_type: ImageType, layout: StudioLayout) -> None:
    if image_type in LAYOUTS:
        raise ValueError(f"Image type {image_type.value!r} has a studio layout already")
    LAYOUTS[image_type] = layout


def unregister_layout(image_type: ImageType) -> None:
    del LAYOUTS[image_type]


def layout_for(image_type: ImageType) -> StudioLayout | None:
    return LAYOUTS.get(image_type)


def plan(image_type: ImageType, product: ProductContext) -> wording.Texts:
    """The texts an image of this type shows, KEY -> text, in drawing order (empty ones left out), fixed
    labels in the product's `language`; none for a type without a layout."""
    layout = layout_for(image_type)
    return wording.given(layout.plan(product)) if layout else {}


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
    layout = LAYOUTS.get(image_type)
    if layout is None:
        raise KeyError(f"No studio layout for image type {image_type.value!r}")
    texts = wording.given(layout.plan(product)) if texts is None else texts
    image, name = layout.draw(cutout, texts, palette_for(product, variant), variant)
    if variant and name is None:
        name = "the original design"
    return Rendered(image if image.mode == "RGB" else image.convert("RGB"), texts, name)
