"""Separating the product from its backdrop in the reference photo.

Method (chosen by measurement on `tests/imaging/synthetic.py`, see `tests/imaging/test_isolation.py`):

1. Work on a copy whose longer side is `WORK_SIDE` px: the colour cut's cost grows with the
   pixel count, and a product photo's outline needs no more detail than that.
2. Find the product's outline as the edges of the lightness that stay sharp at a coarser blur:
   products have crisp outlines, soft shadows do not, and lightness edges work for
   white-on-white photos where colour alone cannot. Their convex hull bounds the product; what
   they fully enclose is certainly product.
3. A GrabCut-style colour cut (`colour_cut.py`), seeded from the hull, settles the boundary;
   morphology and the largest connected components clean it up; holes are filled (a product's
   silhouette has none that matter for a cutout; the filled holes are kept, since only there can
   backdrop show through the product). Thin spurs that look like the backdrop beside them rather
   than the product are cut off (strands of a wooden table the cut followed along a saucer's rim,
   found on the real photo tests/photos/coffee.png). Where the cut leaves out a part of the hull
   whose rim lies on the outline (a face lit to the backdrop's colour), that part is put back.
4. The cut competes with the plain hull: the one whose outline follows the sharp edges better
   wins (the cut on ties, since it also follows concave outlines).
5. The low-resolution mask is upscaled smoothly to the photo's size.

Every step also feeds a confidence score: a busy scene (a textured border, product evidence
everywhere, a region that fills the frame, a boundary with no contrast) is reported as not
trustworthy with a reason, rather than guessed.

Everything here is blocking and CPU-bound: call it from a worker thread.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

import numpy as np
from PIL import Image

from listing_genie_desktop.core.messages import QT_TR_NOOP
from listing_genie_desktop.core.ports import ReferencePhoto
from listing_genie_desktop.imaging import raster
from listing_genie_desktop.imaging.colour_cut import colour_cut

WORK_SIDE = 360
"""Longer side of the working copy; measured: IoU does not improve above it, time does grow."""
TRUST_THRESHOLD = 0.5
EDGE_FRACTION = 0.2
"""Canny high threshold as a share of the strongest edges (99.5th percentile of the gradient)."""
CRISPNESS = 1.6
"""Fine-to-coarse gradient ratio above which an edge counts as sharp (product, not shadow)."""
MIN_EDGE_PIXELS = 8
CUT_OPENING = 2
"""Radius (working pixels) of the opening that cleans the colour cut: strands of wood grain or shadow the
cut followed out along a rim (seen on a real espresso cup on a wooden table, tests/photos/coffee.png) are
at most 4 px wide at WORK_SIDE, a product's thinnest part (a spoon's handle) is wider."""
SPUR_RADIUS = 5
"""Opening radius (working pixels) whose leftovers are the cut's spurs: parts under 11 px wide."""
SPUR_LIKENESS = 0.5
"""A spur whose mean colour is this much closer to the backdrop just outside it than to the product beside it
is backdrop (a slab of shaded table the cut ran along a saucer's rim, seen on tests/photos/coffee.png)."""
MIN_SPUR_PX = 4
OUTLINE_SOFTNESS = 1.2
"""Blur (working pixels) of the final mask before it is upscaled: at 0.7 the working pixels' staircase
showed as a scalloped rim on a 600 px photo's 2000 px MAIN (tests/photos/coffee.png); at 1.2 the rim is
smooth and a spoon's handle (7 px) stays."""
MISSED_PART_SUPPORT = 0.5
"""Share of a left-out part's hull rim that must lie on sharp edges for the part to be product."""


@dataclass(frozen=True)
class Isolation:
    coverage: np.ndarray
    """float32 0..1 product coverage at the working resolution (full resolution for "alpha")."""
    size: tuple[int, int]
    """The photo's (width, height)."""
    bbox: tuple[int, int, int, int]
    """(left, top, right, bottom), right/bottom exclusive, in photo pixels."""
    confidence: float
    """0..1; how much the mask can be trusted."""
    reason: str | None
    """Why the mask is not trustworthy (None when it is), in words a seller can act on."""
    method: str
    """"alpha" (the photo's own transparency) or "grabcut" (the GrabCut-style colour cut)."""
    work_rgb: np.ndarray | None = None
    """The photo at `coverage`'s resolution (uint8 RGB) for "grabcut": what the cut was made from,
    so the compliance check can look for backdrop left inside it (imaging.cut_check)."""
    filled: np.ndarray | None = None
    """At `coverage`'s resolution, the holes of the colour cut that were filled (bool): where backdrop
    seen through the product (wood inside a handle) can be; None when the plain hull was kept."""

    @property
    def trustworthy(self) -> bool:
        return self.reason is None

    @property
    def fraction(self) -> float:
        """Share of the frame the product covers."""
        return float(np.count_nonzero(self.coverage >= 0.5)) / max(1, self.coverage.size)

    @functools.cached_property
    def mask(self) -> np.ndarray:
        """uint8 0..255 at the photo's full size, anti-aliased at the boundary.

        Computed on first use only: the renderer needs just the product's box (`mask_region`),
        and upscaling a 12-megapixel mask costs more than the whole isolation.
        """
        return self.mask_region((0, 0, *self.size), self.size)

    def mask_region(self, box: tuple[int, int, int, int], out_size: tuple[int, int]) -> np.ndarray:
        """The soft mask of photo region `box` resampled to `out_size` (uint8)."""
        left, top, right, bottom = box
        sx, sy = self.coverage.shape[1] / self.size[0], self.coverage.shape[0] / self.size[1]
        coverage = Image.fromarray(self.coverage, "F")
        if sx == 1.0 and sy == 1.0:
            shrinking = out_size[0] < right - left
            resample = Image.Resampling.BOX if shrinking else Image.Resampling.BILINEAR
            resized = np.asarray(coverage.resize(out_size, resample, box=box))
            return (np.clip(resized, 0, 1) * 255 + 0.5).astype(np.uint8)
        # bilinear from the working resolution (edge pixels repeat beyond the frame), then a
        # steeper ramp, so the upscaled boundary is as sharp as a full-resolution one
        sampled = np.asarray(
            coverage.resize(out_size, Image.Resampling.BILINEAR, box=(left * sx, top * sy, right * sx, bottom * sy))
        )
        ramp = np.clip((sampled - 0.5) * 3.0 + 0.5, 0.0, 1.0)
        return (ramp * 255.0 + 0.5).astype(np.uint8)


def isolate_reference(photo: ReferencePhoto) -> Isolation:
    """The product's mask in the reference photo; uses the photo's own transparency when it has one."""
    if photo.alpha is not None:
        return from_alpha(np.asarray(photo.alpha, np.uint8))
    width, height = photo.image.size
    scale = min(1.0, WORK_SIDE / max(width, height))
    rgb = photo.image if photo.image.mode == "RGB" else photo.image.convert("RGB")
    if scale < 1.0:  # reduce in PIL first: cheaper than converting 12 Mpx to numpy
        small = rgb.resize((round(width * scale), round(height * scale)), Image.Resampling.BILINEAR, reducing_gap=3.0)
        return _isolate_small(np.asarray(small, np.uint8), (width, height))
    return isolate(np.asarray(rgb, np.uint8))


def from_alpha(alpha: np.ndarray) -> Isolation:
    solid = alpha >= 128
    size = (alpha.shape[1], alpha.shape[0])
    if not solid.any():
        return _untrusted_empty(size, QT_TR_NOOP("The photo is fully transparent: there is no product in it."), "alpha")
    return Isolation(alpha.astype(np.float32) / 255.0, size, _bbox(solid, 1.0, size), 1.0, None, "alpha")


def isolate(rgb: np.ndarray) -> Isolation:
    """Isolate the product in an RGB uint8 array (H, W, 3)."""
    height, width = rgb.shape[:2]
    scale = min(1.0, WORK_SIDE / max(height, width))
    if scale < 1.0:
        small = Image.fromarray(rgb).resize((round(width * scale), round(height * scale)), Image.Resampling.BOX)
        return _isolate_small(np.asarray(small), (width, height))
    return _isolate_small(rgb, (width, height))


def _isolate_small(small: np.ndarray, size: tuple[int, int]) -> Isolation:
    analysis = _analyse(small)
    if analysis.mask is None or not analysis.mask.any():
        return _untrusted_empty(size, analysis.reason or QT_TR_NOOP("No product found in the photo."), "grabcut")
    coverage = raster.gaussian_blur(analysis.mask.astype(np.float32), OUTLINE_SOFTNESS)
    scale = small.shape[1] / size[0]
    bbox = _bbox(coverage >= 0.5, scale, size)
    return Isolation(coverage, size, bbox, analysis.confidence, analysis.reason, "grabcut", small, analysis.filled)


@dataclass(frozen=True)
class _Analysis:
    mask: np.ndarray | None
    confidence: float
    reason: str | None
    filled: np.ndarray | None = None


def _analyse(rgb: np.ndarray) -> _Analysis:
    height, width = rgb.shape[:2]
    border = _border_mask(height, width)
    lightness = raster.gaussian_blur(raster.lightness(rgb) * 2.55, 1.0)
    fine = _gradient(lightness)
    edges = _crisp_edges(lightness, fine, border)
    if not edges.any():
        return _Analysis(
            None, 0.0, QT_TR_NOOP("No product outline found: use a sharp photo of the product on a plain background.")
        )
    hull = raster.hull_mask(edges)
    enclosed = raster.opening(raster.fill_holes(raster.closing(edges, 2)) & ~raster.dilate(edges, 1), 1)
    near_edges = raster.dilate(edges, 2)
    cut, filled = _cut(rgb, hull, enclosed, near_edges)
    # The colour cut can split a product whose lit side matches the backdrop's colour; its cut then
    # runs through smooth surface, not along an edge. The candidate whose outline best follows the
    # sharp edges wins; the cut wins ties because it also follows concave outlines.
    candidates = [c for c in (cut, hull) if c.any()]
    mask = max(candidates, key=lambda c: _edge_support(c, near_edges) + (0.1 if c is cut else 0.0))
    analysis = _score(mask, hull, near_edges, edges, border)
    return replace(analysis, filled=filled) if mask is cut and filled is not None else analysis


def _border_mask(height: int, width: int) -> np.ndarray:
    band = max(2, round(0.03 * min(height, width)))
    mask = np.zeros((height, width), bool)
    mask[:band], mask[-band:], mask[:, :band], mask[:, -band:] = True, True, True, True
    return mask


def _gradient(lightness: np.ndarray) -> np.ndarray:
    gx, gy = raster.sobel(lightness)
    return np.hypot(gx, gy)


def _noise_level(values: np.ndarray) -> float:
    """A robust spread of a non-negative quantity: the median plus the scaled MAD."""
    median = float(np.median(values))
    return median + 1.4826 * float(np.median(np.abs(values - median)))


def _crisp_edges(lightness: np.ndarray, fine: np.ndarray, border: np.ndarray) -> np.ndarray:
    """Canny edges that stay sharp: the product's outline, not the soft edge of its shadow.

    A step edge's gradient falls about 2.5x from blur scale 1 to scale 3; a shadow's edge, already
    soft, hardly changes. The threshold is relative to the photo's strongest edges (usually the
    product's outline, so faint white-on-white outlines still count) and floored by the
    backdrop's own texture.
    """
    coarse = raster.max_filter(_gradient(raster.gaussian_blur(lightness, 2.8)), 1)
    high = max(4.0 * _noise_level(fine[border]), EDGE_FRACTION * float(np.percentile(fine, 99.5)), 4.0)
    gx, gy = raster.sobel(lightness)
    edges = raster.canny(gx, gy, 0.5 * high, high) & (fine > CRISPNESS * coarse)
    labels, count = raster.label(edges, connectivity=8)
    keep = np.flatnonzero(raster.component_areas(labels, count) >= MIN_EDGE_PIXELS) + 1
    return np.isin(labels, keep)


def _cut(
    rgb: np.ndarray, hull: np.ndarray, enclosed: np.ndarray, near_edges: np.ndarray
) -> tuple[np.ndarray, np.ndarray | None]:
    """The colour cut inside the outline's convex hull (and a 3 px margin), and the holes in it that were
    filled; what the outline fully encloses is certain product. The plain hull when the cut has nothing
    to learn from."""
    product = colour_cut(rgb, ~raster.dilate(hull, 3), hull, enclosed)
    if product is None:
        return hull, None
    opened = raster.opening(product, CUT_OPENING)
    product = _without_backdrop_spurs(_largest_components(raster.fill_holes(opened)), rgb)
    return _with_missed_parts(product, hull, near_edges), product & ~opened


def _without_backdrop_spurs(mask: np.ndarray, rgb: np.ndarray) -> np.ndarray:
    """The mask less its thin parts that look like the backdrop just outside them rather than the product
    beside them. A cup's handle or a spoon's looks like the product's own colours (or like neither, on a
    backdrop of the same colour: it stays); a strip of table the cut followed along a rim looks like the table.
    """
    core = raster.opening(mask, SPUR_RADIUS)
    spurs, count = raster.label(mask & ~core, connectivity=8)
    if not count:
        return mask
    smooth = np.stack([raster.gaussian_blur(rgb[..., c].astype(np.float32), 1.0) for c in range(3)], axis=-1)
    outside = ~raster.dilate(mask, 1)
    height, width = mask.shape
    drop = []
    for index, (rows, cols) in enumerate(raster.component_boxes(spurs, count), start=1):
        top, left = max(0, rows.start - 6), max(0, cols.start - 6)
        window = (slice(top, min(height, rows.stop + 6)), slice(left, min(width, cols.stop + 6)))
        spur = spurs[window] == index
        if int(spur.sum()) < MIN_SPUR_PX:
            continue
        near = raster.dilate(spur, 4)
        colours, beyond, beside = smooth[window], near & outside[window], near & core[window]
        if not beyond.any() or not beside.any():
            continue
        mean = colours[spur].mean(axis=0)
        to_backdrop = float(np.abs(mean - colours[beyond].mean(axis=0)).sum())
        to_product = float(np.abs(mean - colours[beside].mean(axis=0)).sum())
        if to_backdrop < SPUR_LIKENESS * to_product:
            drop.append(index)
    return mask & ~np.isin(spurs, drop) if drop else mask


def _with_missed_parts(product: np.ndarray, hull: np.ndarray, near_edges: np.ndarray) -> np.ndarray:
    """Adds back the parts of the hull the cut left out whose rim on the hull lies on sharp edges.

    A part of the hull outside the product is either background in a concave bay of the outline,
    where the hull's rim is a chord across plain backdrop, or a face of the product the colour
    cut lost because it is lit to the backdrop's colour, where the hull's rim is the product's
    own outline. Slivers along the boundary are ignored (opened away).
    """
    parts, count = raster.label(raster.opening(hull & ~product, 3), connectivity=8)
    if not count:
        return product
    rim = hull & ~raster.erode(hull, 1)
    on_rim = np.bincount(parts[rim], minlength=count + 1)[1:]
    on_edges = np.bincount(parts[rim & near_edges], minlength=count + 1)[1:]
    missed = np.flatnonzero((on_rim > 0) & (on_edges >= MISSED_PART_SUPPORT * on_rim)) + 1
    return product | np.isin(parts, missed)


def _largest_components(mask: np.ndarray, keep_ratio: float = 0.15) -> np.ndarray:
    """The largest region plus any region at least `keep_ratio` of its size (a product in two parts)."""
    labels, count = raster.label(mask, connectivity=8)
    if count <= 1:
        return mask.astype(bool)
    areas = raster.component_areas(labels, count)
    keep = np.flatnonzero(areas >= keep_ratio * areas.max()) + 1
    return np.isin(labels, keep)


def _edge_support(mask: np.ndarray, near_edges: np.ndarray) -> float:
    """Share of the mask's outline lying on sharp edges."""
    outline = mask & ~raster.erode(mask, 1)
    return float(near_edges[outline].mean()) if outline.any() else 0.0


def _score(
    mask: np.ndarray, hull: np.ndarray, near_edges: np.ndarray, edges: np.ndarray, border: np.ndarray
) -> _Analysis:
    """Confidence from independent signs of a clean product shot; the first failing one names the reason."""
    fraction = float(mask.mean())
    solidity = float(mask.sum() / max(1, hull.sum()))
    support = _edge_support(mask, near_edges)
    border_clutter = float(edges[border].mean())
    stray = float((edges & ~raster.dilate(mask, 3)).sum() / max(1, edges.sum()))
    sides = sum(bool(side.any()) for side in (mask[0], mask[-1], mask[:, 0], mask[:, -1]))
    checks = (
        (_ramp(border_clutter, 0.03, 0.005), _BUSY),
        (_ramp(stray, 0.5, 0.25), _BUSY),
        (
            _ramp(fraction, 0.85, 0.7),
            QT_TR_NOOP("The product fills almost the whole photo: frame it with plain background around it."),
        ),
        (
            _ramp(fraction, 0.003, 0.01),
            QT_TR_NOOP("The product is tiny in the photo: move closer or crop the photo around it."),
        ),
        (
            _ramp(sides, 3, 2),
            QT_TR_NOOP("The product runs off the photo's edges: show the whole product with background around it."),
        ),
        (
            _ramp(solidity, 0.3, 0.5),
            QT_TR_NOOP("The product's outline is ambiguous: use a plain background that contrasts with it."),
        ),
        (
            _ramp(support, 0.25, 0.5),
            QT_TR_NOOP("The product's outline is faint: use a background that contrasts with the product."),
        ),
    )
    confidence = float(min(score for score, _ in checks))
    reason = next((text for score, text in checks if score < TRUST_THRESHOLD), None)
    return _Analysis(mask, confidence, reason)


_BUSY = QT_TR_NOOP("The background is busy: photograph the product alone on a plain, light background.")


def _ramp(value: float, bad: float, good: float) -> float:
    """0 at `bad`, 1 at `good`, linear between; works in either direction."""
    return float(np.clip((value - bad) / (good - bad), 0.0, 1.0))


def _bbox(solid: np.ndarray, scale: float, size: tuple[int, int]) -> tuple[int, int, int, int]:
    """Bounding box of `solid` (at `scale` of the photo) in photo pixels, half a working pixel wide of it."""
    rows, cols = np.flatnonzero(solid.any(axis=1)), np.flatnonzero(solid.any(axis=0))
    pad = 0.5 / scale if scale < 1.0 else 0.0
    left = max(0, int(np.floor(cols[0] / scale - pad)))
    top = max(0, int(np.floor(rows[0] / scale - pad)))
    right = min(size[0], int(np.ceil((cols[-1] + 1) / scale + pad)))
    bottom = min(size[1], int(np.ceil((rows[-1] + 1) / scale + pad)))
    return left, top, right, bottom


def _untrusted_empty(size: tuple[int, int], reason: str, method: str) -> Isolation:
    return Isolation(np.zeros((1, 1), np.float32), size, (0, 0, *size), 0.0, reason, method)
