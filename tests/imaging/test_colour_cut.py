"""The GrabCut-style colour cut on drawn scenes whose answer is known."""

from __future__ import annotations

import numpy as np
import pytest

from listing_genie_desktop.imaging.colour_cut import colour_cut
from listing_genie_desktop.imaging.raster import dilate, hull_mask
from tests.imaging.synthetic import iou


def scene(product: np.ndarray, colour=(200, 40, 50), backdrop=(225, 225, 222), noise: float = 3.0) -> np.ndarray:
    rng = np.random.default_rng(7)
    image = np.where(product[..., None], np.array(colour, float), np.array(backdrop, float))
    return (
        np.clip(image + rng.normal(0, noise, image.shape), 0, 255).astype(np.uint8) if noise else image.astype(np.uint8)
    )


def square(size=(120, 160), box=(30, 90, 50, 120)) -> np.ndarray:
    mask = np.zeros(size, bool)
    top, bottom, left, right = box
    mask[top:bottom, left:right] = True
    return mask


@pytest.mark.parametrize("noise", [0.0, 3.0])
def test_finds_the_product_inside_a_loose_probable_region(noise):
    truth = square()
    probable = dilate(truth, 8)
    result = colour_cut(scene(truth, noise=noise), ~dilate(probable, 3), probable, np.zeros_like(truth))
    assert result is not None and iou(result, truth) >= 0.98


def test_leaves_out_the_bay_of_a_concave_product():
    truth = square()
    truth[30:60, 85:120] = False  # an L: the upper right is backdrop
    hull = hull_mask(truth)
    result = colour_cut(scene(truth), ~dilate(hull, 3), hull, np.zeros_like(truth))
    assert result is not None and iou(result, truth) >= 0.98
    assert not result[35:55, 95:115].any()


def test_certain_pixels_keep_their_side_whatever_their_colour():
    truth = square()
    image = scene(truth)
    certain_product = np.zeros_like(truth)
    certain_product[60:70, 42:48] = True  # backdrop-coloured, but the caller knows better
    probable = dilate(truth, 8)
    background = ~dilate(probable, 3)
    result = colour_cut(image, background, probable, certain_product)
    assert result is not None and result[certain_product].all() and not result[background].any()


def test_a_smooth_boundary_follows_the_colour_edge_through_noise():
    truth = np.zeros((120, 160), bool)
    ys, xs = np.mgrid[0:120, 0:160]
    truth[(ys - 60) ** 2 + (xs - 80) ** 2 <= 40**2] = True
    image = scene(truth, colour=(150, 150, 160), backdrop=(190, 190, 185), noise=12.0)  # low contrast, noisy
    probable = dilate(truth, 10)
    result = colour_cut(image, ~dilate(probable, 3), probable, np.zeros_like(truth))
    assert result is not None and iou(result, truth) >= 0.95


def test_nothing_to_learn_from_gives_none():
    truth = square()
    image, nothing = scene(truth), np.zeros_like(truth)
    assert colour_cut(image, ~truth, nothing, nothing) is None  # no product side
    assert colour_cut(image, np.ones_like(truth), truth, nothing) is None  # everything is certain background
    everything = np.ones_like(truth)
    assert colour_cut(image, nothing, everything, nothing) is None  # no backdrop side


def test_same_photo_same_answer():
    truth = square()
    image, probable = scene(truth), dilate(truth, 8)
    runs = [colour_cut(image, ~dilate(probable, 3), probable, np.zeros_like(truth)) for _ in range(2)]
    assert np.array_equal(runs[0], runs[1])
