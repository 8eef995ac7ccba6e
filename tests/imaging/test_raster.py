"""The raster helpers isolation and post-processing are built on, against hand-worked answers and
plain reference implementations."""

from __future__ import annotations

from collections import deque

import numpy as np
import pytest

from listing_genie_desktop.imaging import raster


def reference_labels(mask: np.ndarray, connectivity: int) -> list[set[tuple[int, int]]]:
    """The regions of `mask` by breadth-first search, as sets of (y, x)."""
    steps = [(-1, 0), (1, 0), (0, -1), (0, 1)]
    if connectivity == 8:
        steps += [(-1, -1), (-1, 1), (1, -1), (1, 1)]
    seen, regions = np.zeros(mask.shape, bool), []
    for start in zip(*np.nonzero(mask), strict=True):
        if seen[start]:
            continue
        region, queue = set(), deque([start])
        seen[start] = True
        while queue:
            y, x = queue.popleft()
            region.add((int(y), int(x)))
            for dy, dx in steps:
                ny, nx = y + dy, x + dx
                if 0 <= ny < mask.shape[0] and 0 <= nx < mask.shape[1] and mask[ny, nx] and not seen[ny, nx]:
                    seen[ny, nx] = True
                    queue.append((ny, nx))
        regions.append(region)
    return regions


def regions_of(labels: np.ndarray, count: int) -> list[set[tuple[int, int]]]:
    return [{(int(y), int(x)) for y, x in zip(*np.nonzero(labels == k), strict=True)} for k in range(1, count + 1)]


def test_lightness_is_cie_l_star():
    rgb = np.array([[[0, 0, 0], [255, 255, 255], [119, 119, 119], [255, 0, 0], [0, 255, 0], [0, 0, 255]]], np.uint8)
    expected = [0.0, 100.0, 50.0, 53.24, 87.73, 32.30]
    assert raster.lightness(rgb)[0] == pytest.approx(expected, abs=0.05)


def test_gaussian_kernel_is_normalised_and_four_sigma_wide():
    kernel = raster.gaussian_kernel(2.0)
    assert len(kernel) == 17 and kernel.sum() == pytest.approx(1.0)
    assert np.array_equal(kernel, kernel[::-1]) and kernel.argmax() == 8


def test_gaussian_blur_keeps_constants_and_spreads_an_impulse_by_sigma():
    assert np.allclose(raster.gaussian_blur(np.full((20, 30), 7.0), 1.5), 7.0)
    impulse = np.zeros((41, 41), np.float32)
    impulse[20, 20] = 1.0
    blurred = raster.gaussian_blur(impulse, 2.0)
    ys, xs = np.mgrid[0:41, 0:41] - 20
    assert blurred.sum() == pytest.approx(1.0, abs=1e-5)
    assert float((blurred * xs**2).sum()) == pytest.approx(4.0, rel=0.02)
    assert float((blurred * ys**2).sum()) == pytest.approx(4.0, rel=0.02)


def test_gaussian_blur_mirrors_at_the_border():
    step = np.zeros((5, 12), np.float32)
    step[:, 6:] = 10.0
    blurred = raster.gaussian_blur(step, 1.0)
    assert np.allclose(blurred[:, 0], blurred[:, 0].mean()) and blurred[0, 0] < 0.01  # no darkening from outside
    assert blurred[0, -1] == pytest.approx(10.0, abs=0.01)


def test_sobel_of_a_ramp():
    ys, xs = np.mgrid[0:6, 0:8].astype(np.float32)
    gx, gy = raster.sobel(3 * xs + 2 * ys)
    assert np.allclose(gx[:, 1:-1], 24.0) and np.allclose(gy[1:-1], 16.0)  # 8 x the slope inside
    assert np.allclose(gx[:, [0, -1]], 0.0)  # the mirrored border is flat across the edge


def test_canny_traces_a_square_outline_one_pixel_wide():
    image = np.zeros((40, 40), np.float32)
    image[10:30, 10:30] = 100.0
    gx, gy = raster.sobel(image)
    edges = raster.canny(gx, gy, 50, 100)
    assert not edges[:8].any() and not edges[15:25, 15:25].any()
    assert raster.label(edges, connectivity=8)[1] == 1  # one closed outline
    assert (edges.sum(axis=1) <= 22).all()  # thin: at most the top/bottom run plus two side pixels per row
    inside = raster.fill_holes(edges)
    assert inside[20, 20] and not inside[5, 5]


def test_canny_hysteresis_keeps_weak_edges_only_when_connected_to_strong_ones():
    step = np.zeros((30, 40), np.float32)
    step[:, 20:] = 40.0  # a weak step (gradient 160) down the whole height
    step[:15, 20:] = 100.0  # strong (gradient 400) in the upper half
    gx, gy = raster.sobel(step)
    assert raster.canny(gx, gy, 100, 300)[20:28, 18:22].any()  # weak, but continuous with the strong part
    weak = np.zeros((30, 40), np.float32)
    weak[:, 20:] = 40.0
    gx, gy = raster.sobel(weak)
    assert not raster.canny(gx, gy, 100, 300).any()  # weak and alone
    assert raster.canny(gx, gy, 100, 150).any()


@pytest.mark.parametrize(
    ("radius", "rows"),
    [(1, (0, 1, 0)), (2, (0, 2, 2, 2, 0)), (3, (0, 2, 3, 3, 3, 2, 0)), (4, (0, 3, 3, 4, 4, 4, 3, 3, 0))],
)
def test_elliptical_element(radius, rows):
    assert raster.ellipse_rows(radius) == rows
    dot = np.zeros((2 * radius + 3, 2 * radius + 3), bool)
    dot[radius + 1, radius + 1] = True
    grown = raster.dilate(dot, radius)[1:-1, 1:-1]
    assert tuple(int(row.sum() // 2) for row in grown) == rows


def test_erosion_does_not_eat_in_from_the_frame():
    assert raster.erode(np.ones((5, 7), bool), 2).all()
    square = np.zeros((12, 12), bool)
    square[2:10, 2:10] = True
    assert raster.erode(square, 1).sum() == 36


def test_opening_removes_specks_and_closing_bridges_gaps():
    mask = np.zeros((20, 20), bool)
    mask[5:15, 5:15] = True
    mask[2, 2] = True
    assert raster.opening(mask, 1).sum() == 100 - 4  # the speck, and the square's four corners
    split = mask.copy()
    split[:, 10] = False
    assert raster.closing(split, 1)[6:14, 10].all()  # the cross-shaped element cannot reach the corners


def test_max_filter_matches_a_direct_window_maximum():
    image = np.random.default_rng(3).normal(size=(13, 17)).astype(np.float32)
    padded = np.pad(image, 2, constant_values=-np.inf)
    expected = np.max([padded[dy : dy + 13, dx : dx + 17] for dy in range(5) for dx in range(5)], axis=0)
    assert np.array_equal(raster.max_filter(image, 2), expected)


@pytest.mark.parametrize("connectivity", [4, 8])
@pytest.mark.parametrize("seed", range(6))
def test_labels_match_a_breadth_first_search(connectivity, seed):
    mask = np.random.default_rng(seed).random((23, 31)) < 0.45
    labels, count = raster.label(mask, connectivity)
    expected = reference_labels(mask, connectivity)
    assert sorted(map(sorted, regions_of(labels, count))) == sorted(map(sorted, expected))
    first_pixels = [np.flatnonzero(labels.ravel() == k)[0] for k in range(1, count + 1)]
    assert first_pixels == sorted(first_pixels)  # numbered in raster order
    assert list(raster.component_areas(labels, count)) == [len(region) for region in regions_of(labels, count)]


def test_label_of_an_empty_mask():
    labels, count = raster.label(np.zeros((4, 5), bool))
    assert count == 0 and not labels.any()


def test_connected_to_border_is_a_four_connected_flood_from_outside():
    mask = np.zeros((9, 9), bool)
    mask[0, 3:6] = True  # touches the frame
    mask[1, 4] = True  # below it: connected
    mask[2, 5] = True  # only diagonally connected: not reached
    mask[4:7, 4:7] = True  # an island
    reached = raster.connected_to_border(mask)
    assert reached[0, 3:6].all() and reached[1, 4]
    assert not reached[2, 5] and not reached[4:7, 4:7].any()


def test_fill_holes_fills_enclosed_background_only():
    ring = np.zeros((11, 11), bool)
    ring[2:9, 2:9] = True
    ring[4:7, 4:7] = False
    assert raster.fill_holes(ring)[2:9, 2:9].all()
    cup = ring.copy()
    cup[4:7, 6:9] = False  # opened to the right, then to the frame through the background
    assert not raster.fill_holes(cup)[5, 5]


def test_convex_hull_keeps_only_corners():
    points = np.array([(0, 0), (4, 0), (4, 4), (0, 4), (2, 2), (2, 0), (1, 3)])
    assert sorted(raster.convex_hull(points)) == [(0, 0), (0, 4), (4, 0), (4, 4)]


def test_hull_mask_covers_the_points_and_fills_between_them():
    mask = np.zeros((40, 50), bool)
    mask[5, 10], mask[30, 8], mask[20, 45], mask[35, 40] = True, True, True, True
    hull = raster.hull_mask(mask)
    assert hull[mask].all() and hull[22, 25] and not hull[5, 40]
    ys, xs = np.mgrid[0:40, 0:50]
    disc = (ys - 20) ** 2 + (xs - 25) ** 2 <= 15**2
    assert (raster.hull_mask(disc) ^ disc).sum() <= 0.03 * disc.sum()  # a convex shape is its own hull


def test_hull_mask_of_a_line_or_a_point():
    line = np.zeros((10, 10), bool)
    line[3, 2:8] = True
    assert np.array_equal(raster.hull_mask(line), line)
    point = np.zeros((10, 10), bool)
    point[4, 4] = True
    assert np.array_equal(raster.hull_mask(point), point)
    assert not raster.hull_mask(np.zeros((10, 10), bool)).any()
