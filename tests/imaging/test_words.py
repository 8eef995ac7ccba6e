"""Only the seller's words: every text drawn on a studio layout or a text overlay is a field the seller
typed or one of the layout's fixed labels, for one, two and three features alike."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from listing_genie_desktop.core.product import IMAGE_TYPES, ImageType, ProductContext
from listing_genie_desktop.imaging.overlay import has_overlay, overlay_text
from listing_genie_desktop.imaging.render import render_image, wording
from listing_genie_desktop.imaging.render.layouts import comparison
from tests.imaging.studio_fixtures import bottle_cutout, bottle_product

FEATURES = (
    "Keeps drinks cold for 24 hours and hot for 12",
    "Leak-proof lid you can toss in any bag",
    "BPA-free, dishwasher-safe steel",
)
INVENTED = (
    "built to last",
    "sturdy materials",
    "looks as good",
    "solves the everyday",
    "made for real life",
    "quality materials",
    "carefully finished",
    "the smarter choice",
    "everyday life",
)


def product_with(count: int, audience: str = "hikers, commuters and gym-goers") -> ProductContext:
    return bottle_product(features=list(FEATURES[:count]), audience=audience)


@pytest.fixture
def drawn(monkeypatch):
    """Every string Pillow is asked to draw, in order."""
    seen: list[str] = []
    original = ImageDraw.ImageDraw.text

    def record(self, xy, text, *args, **kwargs):
        seen.append(text)
        return original(self, xy, text, *args, **kwargs)

    monkeypatch.setattr(ImageDraw.ImageDraw, "text", record)
    return seen


def sellers_and_fixed(product: ProductContext) -> list[str]:
    seller = [product.title, *product.features, *product.compared_with, product.audience]
    seller += [k.keyword for k in product.keywords]
    fixed = [label.replace("{audience}", product.audience) for label in wording.fixed_labels("en")]
    return [text.casefold() for text in (*seller, *fixed) if text]


def assert_only_sellers_words(lines: list[str], texts: dict[str, str], product: ProductContext) -> None:
    allowed = sellers_and_fixed(product)
    for line in lines:
        assert any(line.casefold() in text for text in allowed), f"{line!r} is not the seller's nor a fixed label"
    for value in texts.values():
        assert any(value.casefold() in text for text in allowed), value
    assert " ".join(lines).casefold() == " ".join(texts.values()).casefold(), "drawn texts differ from `texts`"
    assert not any(claim in " ".join(lines).casefold() for claim in INVENTED)


@pytest.mark.parametrize("count", [1, 2, 3])
@pytest.mark.parametrize("image_type", IMAGE_TYPES)
def test_studio_layouts_draw_only_the_sellers_words(drawn, image_type, count):
    product = product_with(count)
    rendered = render_image(image_type, bottle_cutout(), product)
    assert_only_sellers_words(drawn, rendered.texts, product)
    if image_type is ImageType.MAIN:
        assert drawn == [] and rendered.texts == {}


@pytest.mark.parametrize("count", [1, 2, 3])
@pytest.mark.parametrize("image_type", [t for t in IMAGE_TYPES if has_overlay(t)])
def test_text_overlays_draw_only_the_sellers_words(drawn, image_type, count):
    product = product_with(count)
    _, texts = overlay_text(image_type, Image.new("RGB", (1024, 1024), (90, 120, 100)), product)
    assert_only_sellers_words(drawn, texts, product)


@pytest.mark.parametrize("count", [1, 2, 3])
def test_no_feature_is_dropped_and_none_is_invented(count):
    """Infographics and the comparison show every stated feature, one card, tile or row each."""
    product = product_with(count)
    stated = list(FEATURES[:count])
    info_1 = render_image(ImageType.INFOGRAPHIC_1, bottle_cutout(), product).texts
    assert [info_1["headline"], *wording.numbered(info_1, "callout")] == stated
    info_2 = render_image(ImageType.INFOGRAPHIC_2, bottle_cutout(), product).texts
    assert wording.numbered(info_2, "feature") == stated
    rows = wording.numbered(render_image(ImageType.COMPARISON, bottle_cutout(), product).texts, "row")
    assert rows == stated


def test_without_an_audience_the_lifestyle_image_has_no_caption(drawn):
    rendered = render_image(ImageType.LIFESTYLE, bottle_cutout(), product_with(1, audience=""))
    assert rendered.texts == {} and drawn == []


@pytest.fixture
def marks(monkeypatch) -> list[str]:
    """The names of the icons the comparison draws, in order."""
    seen: list[str] = []
    original = comparison.icon

    def record(image, name, *args, **kwargs):
        seen.append(name)
        original(image, name, *args, **kwargs)

    monkeypatch.setattr(comparison, "icon", record)
    return seen


@pytest.mark.parametrize("count", [1, 3])
def test_the_alternative_is_marked_neutrally_never_crossed(marks, count):
    render_image(ImageType.COMPARISON, bottle_cutout(), product_with(count))
    assert marks.count("check") == count and marks.count("dash") == count and "cross" not in marks


def test_the_alternative_is_crossed_only_where_the_seller_said_what_it_lacks(marks, drawn):
    product = bottle_product(features=list(FEATURES), compared_with=["", "Snap lids leak when tipped over", ""])
    rendered = render_image(ImageType.COMPARISON, bottle_cutout(), product)
    assert rendered.texts["lacks_2"] == "Snap lids leak when tipped over"
    assert "lacks_1" not in rendered.texts and "lacks_3" not in rendered.texts
    assert marks.count("check") == 3 and marks.count("cross") == 1 and marks.count("dash") == 2
    assert "Snap lids leak when tipped over" in " ".join(drawn)
    assert_only_sellers_words(drawn, rendered.texts, product)


def test_the_overlay_on_a_model_scene_crosses_the_alternative_only_where_said(drawn):
    product = bottle_product(features=list(FEATURES[:2]), compared_with=["Plain steel warms in an hour"])
    scene = Image.new("RGB", (2000, 2000), (200, 210, 220))
    _, texts = overlay_text(ImageType.COMPARISON, scene, product)
    assert texts["lacks_1"] == "Plain steel warms in an hour" and "lacks_2" not in texts
    assert "Plain steel warms in an hour" in " ".join(drawn)
