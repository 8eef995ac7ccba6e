"""Examining a product cut-out itself, not only the finished image: what a seller would see at zoom.

A MAIN image can pass every output rule (pure-white border, 85% fill, 2000 px) and still be a bad
cut-out: wood grain kept inside a cup's handle, a slab of shadow under it, only the sharp part of
a blurred product, pinholes, loose specks, a ragged outline, a product sliced by the photo's edge.
Each check here works on a product mask at a few hundred pixels (the isolation's own working
resolution, or the finished image reduced to `ANALYSIS_SIDE`), so the whole examination costs
milliseconds, and returns sentences that say what is wrong and what photo to take instead.

Two entry points:
- `examine_cut(isolation)`: the studio's cut of the seller's photo (mask, working copy of the
  photo, trust); run once per photo, shared by every image that uses the cutout;
- `examine_finished(image)`: a finished MAIN with no cut of the studio's behind it (an image
  model's): loose pieces beside the product and a product cut by the image's edge.

Blocking and CPU-bound: call from a worker thread.
"""

from __future__ import annotations

import math

import numpy as np
from PIL import Image, ImageChops, ImageFilter

from listing_genie_desktop.core.messages import QT_TR_NOOP
from listing_genie_desktop.imaging import raster
from listing_genie_desktop.imaging.isolation import Isolation
from listing_genie_desktop.imaging.leftover import LEFTOVER_SHARE, leftover_share, surrounded_share

ANALYSIS_SIDE = 512
"""Longer side of the mask the shape checks read: a ragged edge or a pinhole visible at Amazon's
zoom is still several pixels here, and the checks stay a few milliseconds."""
PRODUCT_WHITE = 250
"""A finished MAIN's pixel with any channel below this is product (or its shadow)."""

SURROUNDED_SHARE = 0.5
"""Share of the ring around the cut that may be something other than backdrop (measured: at most 0.1% on
84 good cuts, above 90% for the hands of a blurred clock cut from its face)."""
DESIGN_HOLE = 0.005
"""A hole larger than this share of the product is part of its design (a mug's handle, a ring)."""
FRAGMENT_SHARE = 0.15
"""A separate piece smaller than this share of the largest is a loose fragment, not a second part
(the isolation keeps parts at least this size: earbuds, a pair of shoes)."""
MIN_PIECE_PX = 3
"""Pieces and holes smaller than this (analysis pixels) are anti-aliasing, not defects."""
JAGGED_PX = 0.75
"""Mean distance (analysis pixels) between the outline and its smoothed course above which it is ragged."""
FRAME_RUN = 0.01
"""Share of a side the product may touch (a pixel of anti-aliasing) before it counts as cut by it."""

# Whole sentences, singular and plural apart, so that the window finds each one's template and translates it
# (a sentence built from pieces matches none).
HOLE = QT_TR_NOOP(
    "The cut-out has a hole where the background shows through the product. "
    "Photograph the product alone on a plain, light background that contrasts with it."
)
HOLES = QT_TR_NOOP(
    "The cut-out has {count} holes where the background shows through the product. "
    "Photograph the product alone on a plain, light background that contrasts with it."
)
HOLE_IN_PNG = QT_TR_NOOP(
    "The cut-out has a hole where the background shows through the product. Fill the holes in the transparent "
    "PNG, or photograph the product alone on a plain, light background that contrasts with it."
)
HOLES_IN_PNG = QT_TR_NOOP(
    "The cut-out has {count} holes where the background shows through the product. Fill the holes in the "
    "transparent PNG, or photograph the product alone on a plain, light background that contrasts with it."
)
FRAGMENT = QT_TR_NOOP(
    "The cut-out has a loose fragment apart from the product (specks of background or another object). "
    "Photograph the product alone on a plain, light background that contrasts with it, with nothing else in the frame."
)
FRAGMENTS = QT_TR_NOOP(
    "The cut-out has {count} loose fragments apart from the product (specks of background or another object). "
    "Photograph the product alone on a plain, light background that contrasts with it, with nothing else in the frame."
)
PIECE = QT_TR_NOOP(
    "The image has a separate small piece beside the product (a speck or another object): Amazon's main image "
    "shows the product alone. Regenerate it, or use a photo with nothing else in the frame."
)
PIECES = QT_TR_NOOP(
    "The image has {count} separate small pieces beside the product (a speck or another object): Amazon's main "
    "image shows the product alone. Regenerate it, or use a photo with nothing else in the frame."
)
CUT_BY = {
    ("photo", False): QT_TR_NOOP(
        "The product is cut off by the photo's {sides} edge: Amazon's main image must show the whole product. "
        "Take the photo with space around all of it."
    ),
    ("photo", True): QT_TR_NOOP(
        "The product is cut off by the photo's {sides} edges: Amazon's main image must show the whole product. "
        "Take the photo with space around all of it."
    ),
    ("image", False): QT_TR_NOOP(
        "The product is cut off by the image's {sides} edge: Amazon's main image must show the whole product. "
        "Take the photo with space around all of it."
    ),
    ("image", True): QT_TR_NOOP(
        "The product is cut off by the image's {sides} edges: Amazon's main image must show the whole product. "
        "Take the photo with space around all of it."
    ),
}
"""(frame, more than one side) -> the sentence; `{sides}` is the sides joined with " and " ("top and right")."""
SIDES = (QT_TR_NOOP("top"), QT_TR_NOOP("bottom"), QT_TR_NOOP("left"), QT_TR_NOOP("right"))
"""The side words `{sides}` is made of, marked so the window translates each one (ui/messages.py)."""
JAGGED = QT_TR_NOOP(
    "The cut-out's outline is jagged: it follows the background's texture instead of the product's edge. "
    "Photograph the product alone on a plain, light background that contrasts with it, in even light, and in focus."
)
PARTIAL = QT_TR_NOOP(
    "The cut-out holds only part of the product: what surrounds it in the photo is not the background. "
    "Photograph the whole product in focus, on a plain background that contrasts with it."
)
LEFTOVER = QT_TR_NOOP(
    "About {share} of the cut-out is the photo's background (its colour or texture, or a shadow on it) kept with the "
    "product. Photograph the product alone on a plain, light background that contrasts with it, lit evenly so it "
    "casts no dark shadow."
)


def examine_cut(isolation: Isolation) -> tuple[str, ...]:
    """What is wrong with a trusted cut of the seller's photo; () when it is clean.

    An untrusted isolation is not examined: the studio then shows the photo itself, and its reason
    is already MAIN's compliance issue.
    """
    if not isolation.trustworthy:
        return ()
    solid = isolation.coverage >= 0.5
    if not solid.any():
        return ()
    issues = []
    if isolation.work_rgb is not None:
        issues.extend(_partial_issues(isolation.work_rgb, solid))
        issues.extend(_leftover_issues(isolation.work_rgb, solid, isolation.filled))
    issues.extend(examine_silhouette(_reduced(solid), transparent_png=isolation.method == "alpha"))
    return tuple(issues)


def examine_finished(image: Image.Image) -> list[str]:
    """A MAIN with no cut of the studio's behind it (an image model's): loose pieces beside the
    product and a product cut by the image's edge, read from its non-white pixels.

    Holes and a ragged outline are not judged on finished pixels: white lettering printed on a
    product encloses white as a hole does, and a soft shadow fading into the white has a ragged fringe.
    """
    solid = product_mask(image)
    if not solid.any():
        return []
    issues = []
    fragments = _fragments(solid)
    if fragments:
        issues.append(PIECE if fragments == 1 else PIECES.format(count=fragments))
    issues.extend(_frame_issues(solid, "image"))
    return issues


def product_mask(image: Image.Image) -> np.ndarray:
    """The finished image's product (non-white) pixels reduced to about `ANALYSIS_SIDE`, as a bool mask.

    A box reduction: an interpolating filter rings at the product's dark edges and would open
    false pinholes between a product and its light shadow.
    """
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    factor = math.ceil(max(rgb.size) / ANALYSIS_SIDE)
    if factor > 1:
        rgb = rgb.reduce(factor)
    red, green, blue = rgb.split()
    return np.asarray(ImageChops.darker(ImageChops.darker(red, green), blue)) < PRODUCT_WHITE


def examine_silhouette(solid: np.ndarray, *, transparent_png: bool = False) -> list[str]:
    """Holes, loose fragments, a ragged outline and a cut by the photo's frame of the cut-out mask `solid`
    (`transparent_png`: the seller's own cut-out, whose holes they can fix)."""
    if not solid.any():
        return []
    issues = []
    area = int(solid.sum())
    holes = _pinholes(solid, area)
    if holes:
        one, several = (HOLE_IN_PNG, HOLES_IN_PNG) if transparent_png else (HOLE, HOLES)
        issues.append(one if holes == 1 else several.format(count=holes))
    fragments = _fragments(solid)
    if fragments:
        issues.append(FRAGMENT if fragments == 1 else FRAGMENTS.format(count=fragments))
    roughness = _roughness(solid)
    if roughness > JAGGED_PX:
        issues.append(JAGGED)
    issues.extend(_frame_issues(solid, "photo"))
    return issues


def _frame_issues(solid: np.ndarray, frame: str) -> list[str]:
    sides = _sides_touched(solid)
    if not sides:
        return []
    return [CUT_BY[frame, len(sides) > 1].format(sides=" and ".join(sides))]


def _partial_issues(rgb: np.ndarray, solid: np.ndarray) -> list[str]:
    if surrounded_share(rgb, solid) < SURROUNDED_SHARE:
        return []
    return [PARTIAL]


def _leftover_issues(rgb: np.ndarray, solid: np.ndarray, filled: np.ndarray | None) -> list[str]:
    share = leftover_share(rgb, solid, filled)
    if share < LEFTOVER_SHARE:
        return []
    return [LEFTOVER.format(share=f"{share:.0%}")]


def _reduced(solid: np.ndarray) -> np.ndarray:
    """A full-resolution mask (a transparent PNG's) reduced to at most `ANALYSIS_SIDE` for the shape checks."""
    height, width = solid.shape
    scale = min(1.0, ANALYSIS_SIDE / max(height, width))
    if scale == 1.0:
        return solid
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    reduced = Image.fromarray(solid.view(np.uint8) * np.uint8(255)).resize(size, Image.Resampling.BOX)
    return np.asarray(reduced) >= 128


def _pinholes(solid: np.ndarray, area: int) -> int:
    holes, count = raster.label(raster.fill_holes(solid) & ~solid, connectivity=4)
    if not count:
        return 0
    sizes = raster.component_areas(holes, count)
    return int(((sizes >= MIN_PIECE_PX) & (sizes < DESIGN_HOLE * area)).sum())


def _fragments(solid: np.ndarray) -> int:
    """Pieces apart from the product, too small to be a second part of it. A piece inside the product's
    outline (the label showing inside a printed white letter, a gem inside a ring) is not loose."""
    labels, count = raster.label(solid, connectivity=8)
    if count <= 1:
        return 0
    sizes = raster.component_areas(labels, count)
    largest = int(np.argmax(sizes)) + 1
    inside = raster.fill_holes(labels == largest)
    enclosed = np.zeros(count + 1, bool)
    enclosed[np.unique(labels[inside])] = True
    small = (sizes >= MIN_PIECE_PX) & (sizes < FRAGMENT_SHARE * sizes.max())
    return int((small & ~enclosed[1:]).sum())


def _roughness(solid: np.ndarray) -> float:
    """Mean gap (pixels) between the outline and its smoothed course: pixels that change side, per outline pixel.

    A smooth shape drawn in pixels changes at most a sliver at its corners; an outline zig-zagging
    along wood grain or noise changes by about half its zig-zags' depth.
    """
    rows, cols = np.flatnonzero(solid.any(axis=1)), np.flatnonzero(solid.any(axis=0))
    size = int(max(rows[-1] - rows[0], cols[-1] - cols[0])) + 1
    sigma = max(1.5, 0.008 * size)
    padded = np.pad(solid, int(3 * sigma) + 1)
    # Pillow's blur (C, on 8-bit levels): the numpy one costs ten times as much at this size
    blurred = Image.fromarray(padded.view(np.uint8) * np.uint8(255)).filter(ImageFilter.GaussianBlur(sigma))
    smooth = np.asarray(blurred) >= 128
    outline = int((padded & ~raster.erode(padded, 1)).sum())
    return float((smooth ^ padded).sum()) / max(1, outline)


def _sides_touched(solid: np.ndarray) -> list[str]:
    height, width = solid.shape
    top, bottom, left, right = SIDES
    edges = ((top, solid[0], width), (bottom, solid[-1], width), (left, solid[:, 0], height))
    edges += ((right, solid[:, -1], height),)
    return [name for name, line, length in edges if int(line.sum()) > max(1, FRAME_RUN * length)]
