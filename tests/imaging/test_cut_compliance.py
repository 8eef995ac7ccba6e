"""MAIN's compliance judges the cut-out itself, not only the finished image's border and fill.

Each photo goes through what the engine runs for one image: `StudioBackend.generate` on the
loaded photo, then the finisher (`finish_and_encode`: post-processing, compliance, encoding).
The photos are drawn with known masks (tests/imaging/cut_scenes.py) and planted defects.
"""

from __future__ import annotations

import asyncio

import numpy as np
import pytest
from PIL import Image

from listing_genie_desktop.backends.studio import StudioBackend
from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.ports import GeneratedImage, ImageRequest
from listing_genie_desktop.core.product import ImageType
from listing_genie_desktop.imaging.finish import finish_and_encode
from listing_genie_desktop.imaging.isolation import isolate_reference
from listing_genie_desktop.imaging.loading import load_reference
from tests.imaging import cut_scenes
from tests.imaging.studio_fixtures import bottle_product

LEFTOVER = "background (its colour or texture"
HOLES = "where the background shows through"
FRAGMENTS = "loose fragment"
JAGGED = "outline is jagged"
CUT_BY_FRAME = "cut off by the photo's"
SOFT_ZOOM = "zoom will look soft"
UNTRUSTED = "could not be cleanly cut out"
PARTIAL = "holds only part of the product"


def studio_main(tmp_path, photo: Image.Image) -> dict:
    """The MAIN image's compliance JSON as the engine would store it for this photo."""
    path = tmp_path / "photo.png"
    photo.save(path)
    reference = load_reference(path)

    async def generate() -> GeneratedImage:
        backend = StudioBackend()
        try:
            return await backend.generate(ImageRequest(ImageType.MAIN, "", bottle_product(), reference, "base", 1))
        finally:
            await backend.aclose()

    generated = asyncio.run(generate())
    finished = finish_and_encode(
        ImageType.MAIN, generated, bottle_product(), backend_renders_text=True, text_overlay=True
    )
    return finished.compliance


def kinds(compliance: dict) -> set[str]:
    markers = (LEFTOVER, HOLES, FRAGMENTS, JAGGED, CUT_BY_FRAME, SOFT_ZOOM, UNTRUSTED, PARTIAL)
    return {marker for marker in markers for issue in compliance["issues"] if marker in issue}


def test_a_clean_product_on_wood_is_amazon_ready(tmp_path):
    photo, truth = cut_scenes.tumbler_on_wood()
    assert kept_backdrop_share(tmp_path, photo, truth) < 0.02  # the cut really is clean: its soft rim only
    assert studio_main(tmp_path, photo) == {"compliant": True, "issues": []}


def test_a_clean_transparent_png_is_amazon_ready(tmp_path):
    assert studio_main(tmp_path, cut_scenes.transparent_product())["compliant"]


def kept_backdrop_share(tmp_path, photo: Image.Image, truth: np.ndarray) -> float:
    """Share of what the studio's cut keeps that is not product by the photo's known mask."""
    path = tmp_path / "truth.png"
    photo.save(path)
    kept = isolate_reference(load_reference(path)).mask >= 128
    return float((kept & ~truth).sum() / kept.sum())


def reported_share(compliance: dict) -> float:
    issue = next(issue for issue in compliance["issues"] if LEFTOVER in issue)
    return int(issue.split("About ")[1].split("%")[0]) / 100


@pytest.mark.parametrize(
    "scene", [cut_scenes.espresso_cup, cut_scenes.cup_with_hard_shadow], ids=["wood-in-handle", "shadow-slab"]
)
def test_backdrop_kept_with_the_product_is_flagged_with_its_share(tmp_path, scene):
    photo, truth = scene(1800, 1200)
    compliance = studio_main(tmp_path, photo)
    assert not compliance["compliant"] and kinds(compliance) == {LEFTOVER}
    assert "plain, light background" in compliance["issues"][0]
    true_share = kept_backdrop_share(tmp_path, photo, truth)
    assert 0.5 * true_share - 0.01 <= reported_share(compliance) <= true_share + 0.01


@pytest.mark.parametrize(
    ("defect", "expected"),
    [
        ({"pinholes": 5}, HOLES),
        ({"specks": 3}, FRAGMENTS),
        ({"jagged": True}, JAGGED),
        ({"off_frame": True}, CUT_BY_FRAME),
    ],
    ids=["holes", "fragments", "jagged", "cut-by-frame"],
)
def test_planted_defects_in_a_transparent_cutout_are_flagged(tmp_path, defect, expected):
    compliance = studio_main(tmp_path, cut_scenes.transparent_product(**defect))
    assert not compliance["compliant"]
    assert expected in kinds(compliance), compliance["issues"]


def test_the_number_of_holes_is_reported(tmp_path):
    compliance = studio_main(tmp_path, cut_scenes.transparent_product(pinholes=5))
    assert any("5 holes" in issue for issue in compliance["issues"])


def test_a_small_source_photo_fails_the_zoom_rule_though_main_is_2000_px(tmp_path):
    photo, _ = cut_scenes.tumbler_on_wood(600, 450)
    compliance = studio_main(tmp_path, photo)
    assert kinds(compliance) == {SOFT_ZOOM}
    assert compliance["issues"][0].startswith("Upscaled from 600 px")


def test_a_busy_backdrop_is_not_amazon_ready(tmp_path):
    compliance = studio_main(tmp_path, cut_scenes.busy_backdrop())
    assert UNTRUSTED in kinds(compliance) and "busy" in compliance["issues"][0]


def test_a_blurred_clock_cut_down_to_its_hands_is_not_amazon_ready(tmp_path):
    """Out of focus, only the clock's hands keep a sharp outline: the cut holds them, not the clock."""
    photo, truth = cut_scenes.blurred_clock()
    path = tmp_path / "clock.png"
    photo.save(path)
    kept = isolate_reference(load_reference(path)).mask >= 128
    assert kept.sum() < 0.2 * truth.sum()  # the planted failure: most of the clock is lost
    compliance = studio_main(tmp_path, photo)
    assert not compliance["compliant"] and PARTIAL in kinds(compliance)


def model_main_compliance(pixels: np.ndarray) -> dict:
    generated = GeneratedImage(Image.fromarray(pixels))
    options = {"backend_renders_text": False, "text_overlay": False}
    return finish_and_encode(ImageType.MAIN, generated, bottle_product(), **options).compliance


def model_main_pixels() -> np.ndarray:
    """A model's MAIN: a blue bottle on white, with white lettering printed on its label."""
    pixels = np.full((1600, 1600, 3), 255, np.uint8)
    pixels[200:1460, 500:1100] = (40, 90, 160)
    for left in range(580, 1000, 60):  # letters: white enclosed by the product, as a hole would be
        pixels[700:740, left : left + 30] = 255
        pixels[712:728, left + 10 : left + 20] = (40, 90, 160)
    return pixels


def test_a_models_main_with_printed_white_lettering_is_amazon_ready():
    assert model_main_compliance(model_main_pixels()) == {"compliant": True, "issues": []}


def test_a_speck_beside_a_models_product_and_a_product_cut_by_its_frame_are_flagged():
    speck = model_main_pixels()
    speck[300:320, 1300:1320] = (40, 90, 160)
    assert any("a separate small piece beside the product" in issue for issue in model_main_compliance(speck)["issues"])
    cut = model_main_pixels()
    cut[200:1460, 500:1600] = (40, 90, 160)
    assert any("cut off by the image's right edge" in issue for issue in model_main_compliance(cut)["issues"])


def test_a_model_answer_smaller_than_the_zoom_rule_is_flagged_after_upscaling():
    generated = GeneratedImage(Image.new("RGB", (600, 600), (90, 120, 100)))
    compliance = finish_and_encode(
        ImageType.LIFESTYLE, generated, bottle_product(), backend_renders_text=True, text_overlay=False
    ).compliance
    assert compliance["issues"] and compliance["issues"][0].startswith("Upscaled from 600 px")


@pytest.mark.parametrize("size", [(8, 8), (255, 900)])
def test_an_answer_too_small_to_be_a_picture_is_refused_as_no_image(size):
    generated = GeneratedImage(Image.new("RGB", size, (90, 120, 100)))
    with pytest.raises(GenerationError) as refused:
        finish_and_encode(ImageType.MAIN, generated, bottle_product(), backend_renders_text=True, text_overlay=False)
    assert refused.value.kind is ErrorKind.NO_IMAGE and f"{size[0]} x {size[1]} px" in refused.value.message
