"""Small raster operations on numpy arrays: filters, edges, morphology, regions.

They replace the few OpenCV calls product isolation and post-processing need, so the app does
not carry OpenCV (about 160 MB of the frozen bundle, with its own FFmpeg and OpenBLAS).
Isolation works at a few hundred pixels, where vectorised numpy is fast enough; the one
full-resolution caller (`connected_to_border`, on 2000 px MAIN images) works on runs of
pixels rather than pixels. Where OpenCV's conventions matter to the tuned thresholds of
isolation (reflected borders, kernel sizes, the elliptical structuring element, Canny's
non-maximum suppression) they are kept.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

import numpy as np
from PIL import Image, ImageDraw


def _srgb_to_linear_table() -> np.ndarray:
    """sRGB decoding of each 8-bit level: a lookup, since the input is always uint8."""
    levels = np.arange(256, dtype=np.float64) / 255.0
    linear = np.where(levels > 0.04045, ((levels + 0.055) / 1.055) ** 2.4, levels / 12.92)
    return linear.astype(np.float32)


_SRGB_TO_LINEAR = _srgb_to_linear_table()


def lightness(rgb: np.ndarray) -> np.ndarray:
    """CIE L* (0..100, float32) of sRGB uint8 pixels (D65 white): perceived brightness, so one
    threshold means the same on a white and on a dark backdrop."""
    linear = _SRGB_TO_LINEAR[rgb]
    luminance = linear @ np.array([0.212671, 0.715160, 0.072169], np.float32)
    return np.where(luminance > 0.008856, 116.0 * np.cbrt(luminance) - 16.0, 903.3 * luminance).astype(np.float32)


def _reflect(image: np.ndarray, pad: int, axis: int) -> np.ndarray:
    """Pads by mirroring without repeating the edge pixel (OpenCV's default border)."""
    widths = [(0, 0)] * image.ndim
    widths[axis] = (pad, pad)
    return np.pad(image, widths, mode="reflect" if image.shape[axis] > 1 else "edge")


def _convolve_axis(image: np.ndarray, kernel: np.ndarray, axis: int) -> np.ndarray:
    """1-D correlation along `axis` with a mirrored border; one pass per tap (kernels are short)."""
    radius = len(kernel) // 2
    padded = _reflect(image, radius, axis)
    length = image.shape[axis]
    result = np.zeros(image.shape, np.float32)
    for offset, weight in enumerate(kernel):
        if weight:
            result += np.float32(weight) * padded.take(np.arange(offset, offset + length), axis=axis)
    return result


@functools.cache
def gaussian_kernel(sigma: float) -> np.ndarray:
    """Normalised 1-D Gaussian taps, 4 sigma each side (OpenCV's size for float images)."""
    size = round(sigma * 8 + 1) | 1
    x = np.arange(size, dtype=np.float64) - size // 2
    taps = np.exp(-(x**2) / (2 * sigma**2))
    return (taps / taps.sum()).astype(np.float32)


def gaussian_blur(image: np.ndarray, sigma: float) -> np.ndarray:
    """Gaussian blur of a 2-D array (float32), separable, with a mirrored border."""
    kernel = gaussian_kernel(float(sigma))
    return _convolve_axis(_convolve_axis(image.astype(np.float32, copy=False), kernel, 1), kernel, 0)


def sobel(image: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The 3 x 3 Sobel derivatives (d/dx, d/dy) of a 2-D array, float32, with a mirrored border."""
    image = image.astype(np.float32, copy=False)
    derivative, smoothing = np.array([-1.0, 0.0, 1.0]), np.array([1.0, 2.0, 1.0])
    gx = _convolve_axis(_convolve_axis(image, derivative, 1), smoothing, 0)
    gy = _convolve_axis(_convolve_axis(image, smoothing, 1), derivative, 0)
    return gx, gy


def _shifted(image: np.ndarray, dy: int, dx: int, fill: float | bool = 0) -> np.ndarray:
    """`result[y, x] = image[y + dy, x + dx]`, `fill` where that falls outside the image."""
    height, width = image.shape
    result = np.full(image.shape, fill, image.dtype)
    result[max(0, -dy) : height - max(0, dy), max(0, -dx) : width - max(0, dx)] = image[
        max(0, dy) : height + min(0, dy), max(0, dx) : width + min(0, dx)
    ]
    return result


_SHIFT = 15
_TAN_22_5 = int(np.tan(np.pi / 8) * (1 << _SHIFT) + 0.5)
"""tan(22.5 degrees) in fixed point: the direction test is exact integer arithmetic, as in OpenCV."""


def canny(gx: np.ndarray, gy: np.ndarray, low: float, high: float) -> np.ndarray:
    """Canny edges (bool) from integer-valued derivatives, with the L2 gradient magnitude.

    Non-maximum suppression compares each pixel with its two neighbours across the gradient
    direction (quantised to 0, 45, 90 or 135 degrees; ties go to the first of the pair, so a
    two-pixel-wide ridge keeps one pixel). Hysteresis keeps the pixels above `low` that are
    8-connected to one above `high`. Both follow OpenCV, including its squared integer
    magnitudes, so thresholds tuned against it still hold.
    """
    gx, gy = np.rint(gx).astype(np.int64), np.rint(gy).astype(np.int64)
    magnitude = gx * gx + gy * gy
    low_squared, high_squared = int(np.floor(low * low)), int(np.floor(high * high))
    ax, ay = np.abs(gx), np.abs(gy) << _SHIFT
    horizontal = ay < ax * _TAN_22_5
    vertical = ~horizontal & (ay > ax * _TAN_22_5 + (ax << (_SHIFT + 1)))
    diagonal = ~horizontal & ~vertical
    same_sign = (gx ^ gy) >= 0

    def neighbour(dy: int, dx: int) -> np.ndarray:
        return _shifted(magnitude, dy, dx)

    maximum = np.zeros(magnitude.shape, bool)
    maximum |= horizontal & (magnitude > neighbour(0, -1)) & (magnitude >= neighbour(0, 1))
    maximum |= vertical & (magnitude > neighbour(-1, 0)) & (magnitude >= neighbour(1, 0))
    maximum |= diagonal & same_sign & (magnitude > neighbour(-1, -1)) & (magnitude > neighbour(1, 1))
    maximum |= diagonal & ~same_sign & (magnitude > neighbour(-1, 1)) & (magnitude > neighbour(1, -1))
    candidates = maximum & (magnitude > low_squared)
    labels, _ = label(candidates, connectivity=8)
    strong = np.unique(labels[candidates & (magnitude > high_squared)])
    return np.isin(labels, strong[strong > 0])


@functools.cache
def ellipse_rows(radius: int) -> tuple[int, ...]:
    """Half-widths of the rows of the elliptical (2r+1)^2 structuring element, top to bottom.

    The same shape as OpenCV's MORPH_ELLIPSE: radius 1 is a plus sign, radius 2 a 5 x 5 square
    without its corners.
    """
    return tuple(
        round(radius * np.sqrt(max(0.0, radius * radius - dy * dy) / (radius * radius)))
        for dy in range(-radius, radius + 1)
    )


def _horizontal_max(mask: np.ndarray, half_width: int, fill: bool) -> np.ndarray:
    result = mask.copy()
    for dx in range(1, half_width + 1):
        result |= _shifted(mask, 0, dx, fill) | _shifted(mask, 0, -dx, fill)
    return result


def dilate(mask: np.ndarray, radius: int) -> np.ndarray:
    """Binary dilation by the elliptical element of `radius`; nothing grows in from outside the frame."""
    mask = np.asarray(mask, bool)
    rows = ellipse_rows(radius)
    spans = {half: _horizontal_max(mask, half, False) for half in set(rows)}
    result = np.zeros(mask.shape, bool)
    for dy, half in zip(range(-radius, radius + 1), rows, strict=True):
        result |= _shifted(spans[half], dy, 0, False)
    return result


def erode(mask: np.ndarray, radius: int) -> np.ndarray:
    """Binary erosion by the elliptical element of `radius`; the frame's edge does not erode
    (outside counts as foreground, as in OpenCV): the dilation of the complement, inverted."""
    return ~dilate(~np.asarray(mask, bool), radius)


def max_filter(image: np.ndarray, radius: int) -> np.ndarray:
    """Grey-level dilation by the (2r+1)^2 square: each pixel becomes the maximum of its window
    (the window clipped to the frame)."""
    lowest = np.finfo(image.dtype).min if image.dtype.kind == "f" else np.iinfo(image.dtype).min
    result = image.copy()
    for dx in range(1, radius + 1):
        result = np.maximum(result, np.maximum(_shifted(image, 0, dx, lowest), _shifted(image, 0, -dx, lowest)))
    rows = result
    for dy in range(1, radius + 1):
        result = np.maximum(result, np.maximum(_shifted(rows, dy, 0, lowest), _shifted(rows, -dy, 0, lowest)))
    return result


def opening(mask: np.ndarray, radius: int) -> np.ndarray:
    """Erosion then dilation: removes specks and threads narrower than the element."""
    return dilate(erode(mask, radius), radius)


def closing(mask: np.ndarray, radius: int) -> np.ndarray:
    """Dilation then erosion: bridges gaps narrower than the element."""
    return erode(dilate(mask, radius), radius)


def label(mask: np.ndarray, connectivity: int = 8) -> tuple[np.ndarray, int]:
    """Connected regions of `mask`: int32 labels 1..count in raster order of first pixel, 0 outside.

    Works on horizontal runs of pixels, so the cost follows the number of runs, not of pixels:
    runs on adjacent rows that touch (overlap, or meet diagonally for `connectivity` 8) are
    merged by a vectorised union-find.
    """
    mask = np.asarray(mask, bool)
    runs = _runs(mask)
    roots = _merge_runs(runs, mask.shape[1], 1 if connectivity == 8 else 0)
    _, run_labels = np.unique(roots, return_inverse=True)
    labels = np.zeros(mask.shape, np.int32)
    labels[mask] = np.repeat(run_labels.astype(np.int32) + 1, runs.ends - runs.starts)
    return labels, (int(run_labels.max()) + 1 if len(roots) else 0)


def connected_to_border(mask: np.ndarray) -> np.ndarray:
    """The pixels of `mask` 4-connected to the frame's border through `mask` (a flood fill from
    outside the frame), bool."""
    mask = np.asarray(mask, bool)
    ringed = np.pad(mask, 1, constant_values=True)
    runs = _runs(ringed)
    roots = _merge_runs(runs, ringed.shape[1], 0)
    outside = roots == roots[0]  # the first run is the top of the ring
    result = np.zeros(ringed.shape, bool)
    result[ringed] = np.repeat(outside, runs.ends - runs.starts)
    return result[1:-1, 1:-1]


def fill_holes(mask: np.ndarray) -> np.ndarray:
    """`mask` with every background region that does not reach the frame's border filled."""
    mask = np.asarray(mask, bool)
    return ~connected_to_border(~mask)


def component_areas(labels: np.ndarray, count: int) -> np.ndarray:
    """Pixel count of each label 1..count (index 0 is label 1)."""
    return np.bincount(labels.ravel(), minlength=count + 1)[1:]


def component_boxes(labels: np.ndarray, count: int) -> list[tuple[slice, slice]]:
    """(rows, columns) slices of each label 1..count's bounding box, in label order."""
    rows, cols = np.nonzero(labels)
    which = labels[rows, cols] - 1
    top, left = np.full(count, labels.shape[0]), np.full(count, labels.shape[1])
    bottom, right = np.zeros(count, int), np.zeros(count, int)
    np.minimum.at(top, which, rows)
    np.minimum.at(left, which, cols)
    np.maximum.at(bottom, which, rows + 1)
    np.maximum.at(right, which, cols + 1)
    boxes = zip(top, bottom, left, right, strict=True)
    return [(slice(int(t), int(b)), slice(int(le), int(r))) for t, b, le, r in boxes]


class _Runs(NamedTuple):
    """Horizontal runs of a mask in raster order: row, start column, end column (exclusive)."""

    rows: np.ndarray
    starts: np.ndarray
    ends: np.ndarray


def _runs(mask: np.ndarray) -> _Runs:
    height, width = mask.shape
    padded = np.zeros((height, width + 2), np.int8)
    padded[:, 1:-1] = mask
    steps = np.diff(padded, axis=1)  # +1 where a run starts, -1 just after it ends
    where = np.flatnonzero(steps)
    rising = steps.ravel()[where] > 0
    starts, ends = where[rising], where[~rising]
    rows = starts // (width + 1)
    return _Runs(rows, starts - rows * (width + 1), ends - rows * (width + 1))


def _merge_runs(runs: _Runs, width: int, reach: int) -> np.ndarray:
    """Root run of every run's region (the region's first run in raster order).

    Run b on row r + 1 touches run a on row r when a.start < b.end + reach and
    a.end > b.start - reach; on one row runs are sorted and disjoint, so b's partners are a
    contiguous range of runs, found by binary search on keys row * stride + column.
    """
    count = len(runs.rows)
    parent = np.arange(count)
    if count < 2:
        return parent
    stride = width + 2
    start_keys, end_keys = runs.rows * stride + runs.starts, runs.rows * stride + runs.ends
    above = (runs.rows - 1) * stride
    first = np.searchsorted(end_keys, above + runs.starts - reach, side="right")
    last = np.searchsorted(start_keys, above + runs.ends + reach, side="left")
    pairs = np.maximum(last - first, 0)
    below = np.repeat(np.arange(count), pairs)
    offsets = np.arange(pairs.sum()) - np.repeat(np.cumsum(pairs) - pairs, pairs)
    upper = np.repeat(first, pairs) + offsets
    while len(below):
        root_a, root_b = parent[upper], parent[below]
        differ = root_a != root_b
        upper, below, root_a, root_b = upper[differ], below[differ], root_a[differ], root_b[differ]
        # hook the larger root under the smaller; parent always points to a smaller index, so no cycles
        np.minimum.at(parent, np.maximum(root_a, root_b), np.minimum(root_a, root_b))
        while True:  # path compression until every run points straight at its root
            grand = parent[parent]
            if np.array_equal(grand, parent):
                break
            parent = grand
    return parent


def convex_hull(points: np.ndarray) -> list[tuple[int, int]]:
    """Vertices (x, y) of the convex hull of integer points (N, 2), in order, without collinear
    points (Andrew's monotone chain)."""
    ordered = sorted({(int(x), int(y)) for x, y in np.asarray(points).reshape(-1, 2)})
    if len(ordered) < 3:
        return ordered

    def chain(sequence: list[tuple[int, int]]) -> list[tuple[int, int]]:
        hull: list[tuple[int, int]] = []
        for px, py in sequence:
            while len(hull) >= 2:
                (ox, oy), (ax, ay) = hull[-2], hull[-1]
                if (ax - ox) * (py - oy) - (ay - oy) * (px - ox) > 0:
                    break
                hull.pop()
            hull.append((px, py))
        return hull

    return chain(ordered)[:-1] + chain(ordered[::-1])[:-1]


def hull_mask(mask: np.ndarray) -> np.ndarray:
    """The filled convex hull of the mask's pixels (bool, outline included).

    Only each row's first and last pixel can be hull vertices, so at most two points per row
    go into the hull; PIL rasterises the polygon.
    """
    mask = np.asarray(mask, bool)
    rows = np.flatnonzero(mask.any(axis=1))
    if not len(rows):
        return np.zeros(mask.shape, bool)
    lefts = mask[rows].argmax(axis=1)
    rights = mask.shape[1] - 1 - mask[rows, ::-1].argmax(axis=1)
    points = np.concatenate([np.stack([lefts, rows], 1), np.stack([rights, rows], 1)])
    vertices = convex_hull(points)
    canvas = Image.new("1", (mask.shape[1], mask.shape[0]), 0)
    draw = ImageDraw.Draw(canvas)
    if len(vertices) < 3:
        draw.line(vertices * 2 if len(vertices) == 1 else vertices, fill=1)
    else:
        draw.polygon(vertices, fill=1, outline=1)
    return np.asarray(canvas, bool)
