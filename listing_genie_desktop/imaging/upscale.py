"""Lanczos upscaling of a square image on two cores, pixel for pixel what Pillow gives on one.

Every Gemini 2.5 answer (1024 px) is upscaled to 2000 px, and the last image's upscale is most of
what a session waits for after its last answer. Pillow resamples in two passes, horizontal first for
a square image, and releases the GIL in each; rows of the first pass and output rows of the second
are independent, so each pass is split in horizontal bands computed at once. Cropping a band before
the first pass, and giving the second pass its band's exact source box, keeps every coefficient the
same, so for an even `side` (the 2000 px target) the result is identical to
`image.resize((side, side), LANCZOS)`; for an odd one the band's box is not exact in floating point and
a few pixels may differ by one level (tests/imaging/test_upscale.py). Modes with alpha go in one piece:
Pillow premultiplies them around each resize, and doing that per pass would change the result.
"""

from __future__ import annotations

from collections.abc import Callable

from PIL import Image

from listing_genie_desktop.imaging import bands

LANCZOS = Image.Resampling.LANCZOS
BANDED_MODES = frozenset({"RGB", "L"})


def upscale_square(image: Image.Image, side: int) -> Image.Image:
    """`image` (square) resized to `side` x `side` with Lanczos, each pass in bands (imaging.bands)."""
    width, height = image.size
    if width != height:
        raise ValueError(f"upscale_square needs a square image, not {width} x {height}")
    if bands.BANDS == 1 or image.mode not in BANDED_MODES:
        return image.resize((side, side), LANCZOS)
    image.load()

    def widen(top: int, bottom: int) -> Image.Image:
        return image.crop((0, top, width, bottom)).resize((side, bottom - top), LANCZOS)

    wide = _stacked(image.mode, (side, height), widen)
    scale = height / side

    def heighten(top: int, bottom: int) -> Image.Image:
        return wide.resize((side, bottom - top), LANCZOS, box=(0, top * scale, side, bottom * scale))

    return _stacked(image.mode, (side, side), heighten)


def _stacked(mode: str, size: tuple[int, int], band: Callable[[int, int], Image.Image]) -> Image.Image:
    """An image of `size` whose horizontal bands `band(top, bottom)` computes."""
    result = Image.new(mode, size)
    for top, part in zip(bands.band_edges(size[1])[:-1], bands.map_bands(band, size[1]), strict=True):
        result.paste(part, (0, top))
    return result
