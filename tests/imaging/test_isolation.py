"""Product isolation measured against synthetic photos with known masks (see synthetic.py)."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from listing_genie_desktop.core.ports import ReferencePhoto
from listing_genie_desktop.imaging.isolation import from_alpha, isolate, isolate_reference
from tests.imaging.synthetic import busy_scene, iou, make_photo, synthetic_set

TEST_SIZE = 200
"""Small photos keep the suite fast; the measured IoU barely depends on size (see the report)."""


@pytest.fixture(scope="module")
def measured():
    photos = synthetic_set(size=TEST_SIZE, colours=("white", "light_grey", "steel", "black", "red", "kraft"))
    return [(photo, isolate(np.asarray(photo.image))) for photo in photos]


def test_mean_iou_meets_target_on_synthetic_set(measured):
    scores = [iou(result.mask >= 128, photo.mask) for photo, result in measured]
    assert np.mean(scores) >= 0.95, sorted(zip(scores, [p.name for p, _ in measured], strict=True))[:5]
    assert min(scores) >= 0.8


def test_white_and_light_grey_products_on_light_backdrops(measured):
    light = [iou(r.mask >= 128, p.mask) for p, r in measured if "white" in p.name or "light_grey" in p.name]
    assert len(light) == 24
    assert np.mean(light) >= 0.95


def test_clean_product_shots_are_trusted(measured):
    untrusted = [(p.name, r.reason) for p, r in measured if not r.trustworthy]
    assert untrusted == []


def test_soft_shadow_is_not_part_of_the_product():
    photo = make_photo("round", "red", "plain", size=TEST_SIZE, seed=3)
    result = isolate(np.asarray(photo.image))
    below = np.zeros_like(photo.mask)
    bottom = np.flatnonzero(photo.mask.any(axis=1))[-1]
    below[bottom + 3 : bottom + 12] = True
    assert (result.mask[below] >= 128).mean() < 0.05


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_busy_scene_is_reported_not_guessed(seed):
    result = isolate(np.asarray(busy_scene(TEST_SIZE, seed)))
    assert not result.trustworthy
    assert result.reason and "background" in result.reason.casefold()


def test_result_carries_bbox_at_full_resolution():
    photo = make_photo("box", "blue", "gradient", size=TEST_SIZE, seed=5)
    big = photo.image.resize((photo.image.width * 3, photo.image.height * 3), Image.Resampling.BICUBIC)
    result = isolate(np.asarray(big))
    assert result.mask.shape == (big.height, big.width)
    rows, cols = np.nonzero(photo.mask)
    expected = (cols.min() * 3, rows.min() * 3, (cols.max() + 1) * 3, (rows.max() + 1) * 3)
    assert all(abs(a - b) <= 9 for a, b in zip(result.bbox, expected, strict=True))


def test_photo_transparency_is_used_as_the_mask():
    alpha = np.zeros((300, 400), np.uint8)
    alpha[50:250, 100:220] = 255
    photo = ReferencePhoto(
        image=Image.new("RGB", (400, 300), "white"),
        alpha=Image.fromarray(alpha),
        original_bytes=b"x",
        extension="png",
        warnings=(),
        model_bytes=b"",
        model_mime="image/png",
    )
    result = isolate_reference(photo)
    assert result.method == "alpha" and result.trustworthy
    assert result.bbox == (100, 50, 220, 250)


def test_fully_transparent_photo_is_untrustworthy():
    assert not from_alpha(np.zeros((50, 50), np.uint8)).trustworthy


def test_blank_photo_has_no_product():
    result = isolate(np.full((300, 300, 3), 240, np.uint8))
    assert not result.trustworthy and result.fraction == 0.0


def test_never_confidently_wrong(measured):
    """A poor mask must come with a reason: the seller is told, not handed a bad MAIN."""
    wrong = [p.name for p, r in measured if r.trustworthy and iou(r.mask >= 128, p.mask) < 0.75]
    assert wrong == []
