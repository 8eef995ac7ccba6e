"""Backdrop left inside a product cut-out: its colour or texture, or a shadow on it.

Wood grain seen through a cup's handle (the isolation fills holes), a slab of hard shadow the cut
took for product, table kept on a rim: each is a piece of the kept region whose colour belongs to
the backdrop outside the cut, walled off from the product by the product's own sharp outline.
Works on the isolation's working copy (a few hundred pixels); called by imaging.cut_check.
"""

from __future__ import annotations

import numpy as np

from listing_genie_desktop.imaging import raster

LEFTOVER_SHARE = 0.015
"""Share of the kept region that may look like the photo's backdrop before it is called leftover."""
LEFTOVER_PIECE = 0.002
"""Smallest leftover piece counted, as a share of the kept region (speckle is not a leftover)."""
LIKELIER = 3.0
"""How much likelier under the backdrop's colours than under the product's a pixel must be."""
COLOUR_LEVELS = 16
"""Quantisation of each channel for the colour models (16 levels of 16)."""
WALL_CONTRAST = 24.0
"""Colour gradient (Sobel, 8-bit levels) of a sharp edge between a leftover piece and the product."""
WALL_SHARE = 0.5
"""Share of a piece's rim inside the cut that must be such an edge."""
WALL_INSET = 4
"""A rim pixel this close to the cut's outline (working pixels) is not counted: its gradient is the outline's."""
TEXTURED = 2.0
"""A backdrop whose relative texture is this many times the product's is textured (wood, fabric, stone):
kept pixels with its grain and its hue are leftover too, however dark (a shadow keeps both)."""
HUE_LEVELS = 32
BACKDROP_HUE = 0.002
"""Share of the backdrop's pixels a chromaticity bin must hold to count as the backdrop's hue."""
ADJOIN = 14.0
"""Largest colour step (8-bit levels, any channel) across the cut's outline where a leftover piece meets it:
the backdrop goes on outside it, where a product's face meets the backdrop at an edge."""
RING_OUTER = 8
"""Outer radius (working pixels) of the ring around the cut that `surrounded_share` reads."""
BRIGHTER = 12.0
"""Levels above the frame's brightest backdrop at which a pixel is no longer backdrop (nor its shadow)."""
NEAR_WHITE = 225
NEAR_WHITE_SPREAD = 15
LEFTOVER_ROUNDS = 3
ENCLOSED_IN_HOLE = 0.5
"""Share of an enclosed piece that must lie in a hole the isolation filled for it to be backdrop seen through."""


def surrounded_share(rgb: np.ndarray, solid: np.ndarray) -> float:
    """Share of a ring just outside the cut that is not the photo's backdrop: neither the backdrop's hue
    (the frame's band holds the backdrop, for a cut isolation trusts) nor, in its hue, brighter than it
    (a shadow is darker). Near 0 for a product cut whole; near 1 when the cut holds only a part of the
    product (the sharp hands of a clock photographed out of focus, its face left around them)."""
    height, width = solid.shape
    band = np.zeros_like(solid)
    edge = max(2, round(0.03 * min(height, width)))
    band[:edge], band[-edge:], band[:, :edge], band[:, -edge:] = True, True, True, True
    frame = band & ~raster.dilate(solid, 3)
    ring = raster.dilate(solid, RING_OUTER) & ~raster.dilate(solid, 2) & ~band
    if not ring.any() or not frame.any():
        return 0.0
    smooth = np.stack([raster.gaussian_blur(rgb[..., c].astype(np.float32), 1.0) for c in range(3)], axis=-1)
    level = (smooth[..., 0] + smooth[..., 1] + smooth[..., 2]) / 3.0
    brighter = level > float(np.percentile(level[frame], 99)) + BRIGHTER
    hue = hues(smooth)
    shares = np.bincount(hue[frame], minlength=HUE_LEVELS**2) / int(frame.sum())
    backdrop_hues = raster.dilate((shares >= BACKDROP_HUE).reshape(HUE_LEVELS, HUE_LEVELS), 1).ravel()
    return float((brighter | ~backdrop_hues[hue])[ring].mean())


def leftover_share(rgb: np.ndarray, solid: np.ndarray, filled: np.ndarray | None = None) -> float:
    """Share of the kept region `solid` whose colour belongs to the backdrop rather than the product.

    The backdrop's colours are those outside the cut (its shadows included: a shadow slab kept
    with the product continues outside it); the
    product's are those of the kept region itself, less what a round found to be leftover (a few
    rounds, since a large leftover weighs in the product's colours at first). A kept pixel far
    likelier under the backdrop's colours is leftover; pieces too small to see are ignored. A
    product coloured like its backdrop (white on white) has its colours in both models and is not
    called leftover: colour cannot tell them apart there, and its outline was found from edges.
    `filled`: the holes the isolation filled (Isolation.filled), the only place backdrop can show through
    the product; None: anywhere.
    """
    outside = ~raster.dilate(solid, 2)
    inner = raster.erode(solid, 1)
    area = int(solid.sum())
    if not outside.any() or not inner.any():
        return 0.0
    smooth = np.stack([raster.gaussian_blur(rgb[..., c].astype(np.float32), 1.0) for c in range(3)], axis=-1)
    bins = _bins(smooth)
    visible = inner & ~_near_white(smooth)
    contrast = _colour_gradient(smooth)
    lit = np.bincount(bins[outside], minlength=COLOUR_LEVELS**3).astype(np.float64)
    leftover = _backdrop_pieces(bins, lit, inner, visible, contrast, area)
    leftover = _continuing_outside(leftover, solid, outside, smooth, filled)
    texture = _texture(smooth)
    backdrop_texture = float(np.median(texture[outside]))
    product_texture = float(np.median(texture[inner & ~leftover]))
    if backdrop_texture > TEXTURED * product_texture:  # a grain or weave, which a shadow on it keeps
        grained = texture >= np.sqrt(backdrop_texture * product_texture)
        hue = hues(smooth)
        shares = np.bincount(hue[outside], minlength=HUE_LEVELS**2) / max(1, int(outside.sum()))
        # one bin of slack around the backdrop's hues: a dark pixel's chromaticity is noisier
        backdrop_hues = raster.dilate((shares >= BACKDROP_HUE).reshape(HUE_LEVELS, HUE_LEVELS), 1).ravel()
        candidates = grained & backdrop_hues[hue] & visible & ~leftover
        leftover |= _walled_pieces(raster.opening(candidates, 1), solid, contrast, LEFTOVER_PIECE * area)
    return float(leftover.sum()) / area


def _backdrop_pieces(
    bins: np.ndarray, backdrop: np.ndarray, inner: np.ndarray, visible: np.ndarray, contrast: np.ndarray, area: int
) -> np.ndarray:
    """Kept pixels far likelier under the `backdrop` colour histogram than under the product's own,
    in pieces big enough to see and walled off from the product by a sharp edge."""
    p_backdrop = backdrop / max(1.0, float(backdrop.sum()))
    found = np.zeros_like(inner)
    for _ in range(LEFTOVER_ROUNDS):
        product_pixels = bins[inner & ~found]
        if not product_pixels.size:
            break
        p_product = np.bincount(product_pixels, minlength=COLOUR_LEVELS**3) / product_pixels.size
        backdrop_like = p_backdrop[bins] > LIKELIER * (p_product[bins] + 1.0 / area)
        found = _walled_pieces(raster.opening(backdrop_like & visible, 1), inner, contrast, LEFTOVER_PIECE * area)
    return found


def _texture(rgb: np.ndarray) -> np.ndarray:
    """Local texture relative to the light: the mean deviation of lightness from its blur, over the lightness
    (a shadow on wood dims the grain with the wood, so the ratio stays the wood's)."""
    level = (rgb[..., 0] + rgb[..., 1] + rgb[..., 2]) / 3.0
    deviation = raster.gaussian_blur(np.abs(level - raster.gaussian_blur(level, 2.0)), 2.0)
    return deviation / (level + 8.0)


def hues(rgb: np.ndarray) -> np.ndarray:
    """Chromaticity bins (red and green shares of the sum): the same under the backdrop's light and its shadow."""
    total = rgb[..., 0] + rgb[..., 1] + rgb[..., 2] + 1.0
    red = np.clip(rgb[..., 0] / total * HUE_LEVELS, 0, HUE_LEVELS - 1).astype(np.int32)
    green = np.clip(rgb[..., 1] / total * HUE_LEVELS, 0, HUE_LEVELS - 1).astype(np.int32)
    return red * HUE_LEVELS + green


def _colour_gradient(rgb: np.ndarray) -> np.ndarray:
    """The strongest of the three channels' gradient magnitudes (an edge in hue shows even at equal lightness)."""
    magnitudes = []
    for channel in range(3):
        gx, gy = raster.sobel(rgb[..., channel])
        magnitudes.append(np.hypot(gx, gy))
    return np.max(magnitudes, axis=0)


def _walled_pieces(mask: np.ndarray, solid: np.ndarray, contrast: np.ndarray, min_area: float) -> np.ndarray:
    """The pieces of `mask` big enough to see and walled off from the rest of the product by a sharp edge.

    Backdrop left inside a cut meets the product at the product's own outline, which is sharp (wood
    grain inside a handle, a shadow slab under a saucer's rim); a product's highlight or shading that
    happens to match the backdrop's colour fades into the product around it.
    """
    labels, count = raster.label(mask, connectivity=8)
    if not count:
        return mask
    areas = raster.component_areas(labels, count)
    # each piece's rim inside the kept region: the pixels just outside the piece, away from the cut's outline
    grown = raster.dilate(mask, 1) & ~mask & raster.erode(solid, WALL_INSET)
    near = _nearest_label(labels, grown)
    walls = np.zeros(count + 1)
    sizes = np.bincount(near[grown], minlength=count + 1).astype(np.float64)
    np.add.at(walls, near[grown], contrast[grown] >= WALL_CONTRAST)
    walled = np.divide(walls, sizes, out=np.ones_like(walls), where=sizes > 0)[1:] >= WALL_SHARE
    keep = np.flatnonzero((areas >= min_area) & walled) + 1
    return np.isin(labels, keep)


def _continuing_outside(
    pieces: np.ndarray, solid: np.ndarray, outside: np.ndarray, rgb: np.ndarray, filled: np.ndarray | None
) -> np.ndarray:
    """The pieces that are enclosed by the product where it had a hole (wood inside a handle) or that the
    backdrop continues from across the cut's outline (a shadow slab, table kept on a rim). A face of the
    product that merely matches the backdrop's colour meets the backdrop at a step of lightness or colour,
    and an enclosed one lies where the cut found product (the shading inside a real espresso cup matches a
    lit wooden table's colours, tests/photos/coffee.png): neither is leftover."""
    near_holes = None if filled is None else raster.dilate(filled, 1)
    labels, count = raster.label(pieces, connectivity=8)
    if not count:
        return pieces
    outline = solid & ~raster.erode(solid, 1)
    keep = []
    for index in range(1, count + 1):
        piece = labels == index
        contact = outline & raster.dilate(piece, 2)
        if not contact.any():
            if near_holes is None or float(near_holes[piece].mean()) >= ENCLOSED_IN_HOLE:
                keep.append(index)
            continue
        reach = raster.dilate(contact, 4)
        beyond, within = rgb[reach & outside], rgb[reach & piece]
        if not beyond.size or not within.size:
            keep.append(index)
            continue
        if float(np.abs(beyond.mean(axis=0) - within.mean(axis=0)).max()) < ADJOIN:
            keep.append(index)
    return np.isin(labels, keep)


def _nearest_label(labels: np.ndarray, where: np.ndarray) -> np.ndarray:
    """For each pixel of `where` (one pixel off a labelled piece), the label of a neighbouring piece."""
    best = np.zeros_like(labels)
    height, width = labels.shape
    padded = np.pad(labels, 1)
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            shifted = padded[1 + dy : 1 + dy + height, 1 + dx : 1 + dx + width]
            best = np.where((best == 0) & where, shifted, best)
    return best


def _near_white(rgb: np.ndarray) -> np.ndarray:
    """Pixels that read as white on a white MAIN: a product's highlights look like a pale backdrop, and a
    pale backdrop left behind cannot be seen on pure white, so neither is counted as leftover."""
    red, green, blue = rgb[..., 0], rgb[..., 1], rgb[..., 2]  # per channel: reductions over axis 2 are slow
    low = np.minimum(np.minimum(red, green), blue)
    high = np.maximum(np.maximum(red, green), blue)
    return (low >= NEAR_WHITE) & (high - low <= NEAR_WHITE_SPREAD)


def _bins(values: np.ndarray) -> np.ndarray:
    levels = np.clip(values * (COLOUR_LEVELS / 256.0), 0, COLOUR_LEVELS - 1).astype(np.int32)
    return (levels[..., 0] * COLOUR_LEVELS + levels[..., 1]) * COLOUR_LEVELS + levels[..., 2]
