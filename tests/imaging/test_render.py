"""Studio layouts: size, mode, MAIN's Amazon rules, and golden images per layout."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from listing_genie_desktop.core.product import IMAGE_TYPES, ImageType
from listing_genie_desktop.imaging.compliance import border_white_share, check_compliance
from listing_genie_desktop.imaging.measure import content_bbox, fill_ratio
from listing_genie_desktop.imaging.render import plan as render_plan
from listing_genie_desktop.imaging.render import render_image
from listing_genie_desktop.imaging.render.palette import Category, detect_category
from tests.imaging.studio_fixtures import bottle_cutout, bottle_product

GOLDEN = Path(__file__).parent / "golden"
GOLDEN_SIZE = (256, 256)
GOLDEN_TOLERANCE = 4.0
"""Mean absolute difference (0..255) allowed against a golden: font hinting and resampling
differences across Pillow versions stay well below it; a moved panel or lost product does not."""
UPDATE = os.environ.get("LISTING_GENIE_UPDATE_GOLDENS") == "1"


@pytest.fixture(scope="module")
def rendered():
    cutout, product = bottle_cutout(), bottle_product()
    return {t: render_image(t, cutout, product).image for t in IMAGE_TYPES}


@pytest.mark.parametrize("image_type", IMAGE_TYPES)
def test_every_layout_is_2000_square_rgb(rendered, image_type):
    image = rendered[image_type]
    assert image.size == (2000, 2000) and image.mode == "RGB"


def test_main_border_is_exactly_white_and_product_fills_85_percent(rendered):
    main = rendered[ImageType.MAIN]
    pixels = np.asarray(main)
    assert (pixels[:20] == 255).all() and (pixels[-20:] == 255).all()
    assert (pixels[:, :20] == 255).all() and (pixels[:, -20:] == 255).all()
    assert border_white_share(main) == 1.0
    assert 0.82 <= fill_ratio(main) <= 0.88
    assert check_compliance(ImageType.MAIN, main).compliant


def test_main_is_centred_and_shadow_stays_off_the_edge(rendered):
    left, top, right, bottom = content_bbox(rendered[ImageType.MAIN], threshold=255)
    assert abs((left + right) / 2 - 1000) < 30 and abs((top + bottom) / 2 - 1000) < 60
    assert bottom < 2000 - 20


def test_main_of_a_wide_product_fills_on_the_long_side():
    image = render_image(ImageType.MAIN, bottle_cutout(900, 300), bottle_product()).image
    assert 0.82 <= fill_ratio(image) <= 0.88


@pytest.mark.parametrize("image_type", IMAGE_TYPES)
def test_golden(rendered, image_type):
    small = np.asarray(rendered[image_type].resize(GOLDEN_SIZE, Image.Resampling.BOX), np.float32)
    path = GOLDEN / f"{image_type.value}.png"
    if UPDATE or not path.exists():
        if not UPDATE:
            pytest.fail(f"Golden {path.name} missing: run with LISTING_GENIE_UPDATE_GOLDENS=1")
        Image.fromarray(small.astype(np.uint8)).save(path)
    golden = np.asarray(Image.open(path).convert("RGB"), np.float32)
    difference = float(np.abs(small - golden).mean())
    assert difference <= GOLDEN_TOLERANCE, f"{image_type.value} differs from its golden by {difference:.2f}"


def test_golden_comparison_detects_a_broken_layout(rendered):
    """The tolerance is tight enough to notice the wrong layout in the right place."""
    info = np.asarray(rendered[ImageType.INFOGRAPHIC_1].resize(GOLDEN_SIZE, Image.Resampling.BOX), np.float32)
    golden = np.asarray(Image.open(GOLDEN / "infographic_2.png").convert("RGB"), np.float32)
    assert float(np.abs(info - golden).mean()) > GOLDEN_TOLERANCE * 3


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Non-stick frying pan for the kitchen", Category.KITCHEN),
        ("Adjustable dumbbell set for home gym workout", Category.FITNESS),
        ("Soft silicone baby teether for newborn", Category.BABY),
        ("Wireless bluetooth earbuds with charger case", Category.ELECTRONICS),
        ("Vitamin D3 supplement, natural wellness", Category.HEALTH),
        ("Decorative throw pillow cover", Category.DEFAULT),
    ],
)
def test_category_from_words(title, category):
    assert detect_category(bottle_product(title=title, features=["Nice"], keywords=[])) is category


def test_comparison_never_names_a_competitor_even_when_keywords_do():
    from listing_genie_desktop.imaging.render import wording

    product = bottle_product(features=["Only one feature"], keywords=["hydro flask alternative", "yeti dupe"])
    texts = render_plan(ImageType.COMPARISON, product)
    assert wording.numbered(texts, "row") == ["Only one feature"]
    words = " ".join(texts.values()).lower()
    assert "hydro" not in words and "yeti" not in words


def test_comparison_renders_the_whole_photo_when_the_cutout_is_not_trusted():
    """Isolation failed: the layout shows the photo as a card instead of a cut-out, and still renders."""
    from listing_genie_desktop.imaging.render.cutout import Cutout

    photo = Cutout(Image.new("RGBA", (800, 600), (23, 141, 87, 255)), False, "Isolation was not trusted.")
    image = render_image(ImageType.COMPARISON, photo, bottle_product()).image
    assert image.size == (2000, 2000) and image.mode == "RGB"
    shown = (np.abs(np.asarray(image, np.int16) - (23, 141, 87)).max(axis=2) <= 6).mean()
    assert shown > 0.005, 'the photo must be on the chart, in the "Ours" column'


def test_lifestyle_product_casts_a_visible_shadow_and_leaves_room_above_the_caption(rendered):
    from listing_genie_desktop.imaging.canvas_math import fit_size
    from listing_genie_desktop.imaging.render.layouts.lifestyle import STAND
    from listing_genie_desktop.imaging.render.palette import palette_for
    from listing_genie_desktop.imaging.render.scenes import HORIZON, draw_scene

    image = np.asarray(rendered[ImageType.LIFESTYLE], np.float32).mean(axis=2)
    scene = np.asarray(draw_scene(palette_for(bottle_product())), np.float32).mean(axis=2)
    width = fit_size(bottle_cutout().image.size, (880, 980))[0]  # the product box is (560, 520, 1440, STAND)
    left = 560 + (880 - width) // 2
    right = left + width
    # contact shadow just under the base, cast shadow on the surface to the right of the product
    under = (image - scene)[STAND + 2 : STAND + 12, left + 20 : right - 20].mean()
    beside = (image - scene)[HORIZON + 40 : STAND - 10, right + 10 : right + 120].mean()
    assert under < -30 and beside < -8, (under, beside)
    assert np.abs(image - scene)[HORIZON - 60 : HORIZON, right + 10 : right + 200].mean() < 1  # none on the wall
    # the caption panel (near-white) starts well below the base and its shadow
    column = image[STAND:, 1000]
    caption_top = STAND + int(np.flatnonzero(column > 235)[0])
    assert caption_top - STAND >= 140, caption_top
