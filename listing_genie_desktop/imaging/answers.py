"""A backend's answer image decoded and checked, from bytes or from the file it was spooled to.

Blocking: call it in a worker thread, or in the finishing process (imaging/finish_pool.py) for a large
answer. Anything that is not a whole image of sane size is `no_image`, which the engine retries.
"""

from __future__ import annotations

import io
import weakref
from pathlib import Path
from typing import IO

from PIL import Image, UnidentifiedImageError

from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.messages import QT_TR_NOOP
from listing_genie_desktop.core.ports import SpooledImage
from listing_genie_desktop.imaging.loading import to_rgb_with_alpha

MAX_IMAGE_PIXELS = 50_000_000
"""An answer above this (header) is refused before a pixel is decoded: a 4K answer is 16.8 MP."""
_UNREADABLE = (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError, SyntaxError, EOFError)
NOT_DECODED = QT_TR_NOOP("The image in the answer could not be decoded ({name}).")
REFUSED_SIZE = QT_TR_NOOP("The image in the answer is {width} x {height} px: refused.")


def decode_answer(data: bytes | Path, max_pixels: int = MAX_IMAGE_PIXELS) -> Image.Image:
    """Verified, fully decoded, RGB (transparency flattened on white).

    `verify()` catches truncated or corrupt files cheaply but leaves the image unusable, hence the
    second open; the pixel cap is checked from the header before any pixel is decoded.
    """
    try:
        with Image.open(_source(data)) as probe:
            _check_pixels(probe.size, max_pixels)
            probe.verify()
        image = Image.open(_source(data))  # not closed: a loaded image from a path closes its file itself
        _check_pixels(image.size, max_pixels)
        image.load()
    except GenerationError:
        raise
    except _UNREADABLE as exc:
        raise _undecodable(exc, data) from None
    return to_rgb_with_alpha(image)[0]


def answer_size(path: Path, max_pixels: int = MAX_IMAGE_PIXELS) -> tuple[int, int]:
    """(width, height) from a spooled answer's header alone; `no_image` when it is no image or too large."""
    try:
        with Image.open(path) as probe:
            _check_pixels(probe.size, max_pixels)
            return probe.size
    except GenerationError:
        raise
    except _UNREADABLE as exc:
        raise _undecodable(exc, path) from None


def spooled_image(path: Path, max_pixels: int = MAX_IMAGE_PIXELS) -> SpooledImage:
    """A spooled answer's file as a `SpooledImage` (its header checked), the file deleted when the image is no
    longer referenced: finished, failed or dropped by a cancel. Not an image: the file deleted, `no_image`."""
    try:
        image = SpooledImage(path, answer_size(path, max_pixels))
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    weakref.finalize(image, path.unlink, missing_ok=True)
    return image


def _source(data: bytes | Path) -> IO[bytes] | Path:
    return data if isinstance(data, Path) else io.BytesIO(data)


def _undecodable(exc: BaseException, data: bytes | Path) -> GenerationError:
    length = len(data) if isinstance(data, bytes) else data.stat().st_size if data.exists() else 0
    return GenerationError(
        ErrorKind.NO_IMAGE,
        NOT_DECODED.format(name=type(exc).__name__),
        detail=f"{type(exc).__name__}: {exc}; {length} bytes",
    )


def _check_pixels(size: tuple[int, int], max_pixels: int) -> None:
    width, height = size
    if width <= 0 or height <= 0 or width * height > max_pixels:
        raise GenerationError(ErrorKind.NO_IMAGE, REFUSED_SIZE.format(width=width, height=height))
