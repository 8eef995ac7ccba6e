"""An image type that exists only in the tests: the proof that a new type is one registry entry, a prompt
template and a studio layout, with nothing else in the app to change (issue #12 item 4).

"size_chart" (Amazon's PT05) shows the product beside a table of its facts; its words are overlaid on a
model's text-free scene by one of the built-in overlay rules.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PIL import Image

from listing_genie_desktop.core.image_types import REGISTRY, ComplianceRules, ImageType, ImageTypeSpec
from listing_genie_desktop.core.product import ProductContext
from listing_genie_desktop.imaging import render
from listing_genie_desktop.imaging.render import StudioLayout, by_palette, overlays, wording
from listing_genie_desktop.imaging.render.canvas import SIZE, rounded_panel, vertical_gradient
from listing_genie_desktop.imaging.render.cutout import Cutout, place
from listing_genie_desktop.imaging.render.palette import Palette
from listing_genie_desktop.imaging.render.text import text_in_box

SIZE_CHART = ImageType("size_chart")
SPEC = ImageTypeSpec(
    SIZE_CHART,
    "Size chart",
    "The product's measures, in a table",
    "PT05",
    str(Path(__file__).with_name("size_chart.txt")),
    text_overlay=True,
    compliance=ComplianceRules.SECONDARY,
)


def plan(product: ProductContext) -> wording.Texts:
    """The title as headline and one row per feature: the seller's words only."""
    rows = {f"row_{n}": feature for n, feature in enumerate(wording.features(product), start=1)}
    return {"headline": wording.tidy(product.title), **rows}


def draw(cutout: Cutout, texts: wording.Texts, palette: Palette) -> Image.Image:
    image = vertical_gradient((SIZE, SIZE), palette.background, palette.background_2)
    text_in_box(image, texts.get("headline", ""), (100, 80, SIZE - 100, 300), fill=palette.text, max_size=100,
                min_size=48, bold=True, max_lines=2, align="center")  # fmt: skip
    place(image, cutout, (100, 400, 900, 1800), contact_shadow=0.2)
    for number, line in enumerate(wording.numbered(texts, "row")):
        top = 420 + number * 300
        rounded_panel(image, (1000, top, SIZE - 100, top + 250), 30, (255, 255, 255))
        text_in_box(image, line, (1040, top + 30, SIZE - 140, top + 220), fill=palette.text, max_size=64,
                    min_size=28, max_lines=2, valign="middle")  # fmt: skip
    return image


LAYOUT = StudioLayout(plan, by_palette(draw), overlays.headline_and_chips("row"))


@contextmanager
def size_chart_registered() -> Iterator[ImageType]:
    """The size chart is an image type (core's entry and imaging's layout) inside the block, and unknown
    after it, as a type of another version of the app is."""
    REGISTRY.register(SPEC)
    render.register_layout(SIZE_CHART, LAYOUT)
    try:
        yield SIZE_CHART
    finally:
        render.unregister_layout(SIZE_CHART)
        REGISTRY.unregister(SIZE_CHART)


@pytest.fixture
def size_chart() -> Iterator[ImageType]:
    """The size chart registered while the test runs."""
    with size_chart_registered() as image_type:
        yield image_type
