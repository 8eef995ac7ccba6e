"""The product's photos (one to three: front, back with the label, a detail), each decoded in a worker thread.

Decoding a 12-megapixel photo takes a while, so none is ever decoded on the event loop's thread; the photos
of one product are decoded side by side.
"""

from __future__ import annotations

import asyncio
import io
import os
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PIL import Image

from listing_genie_desktop.core.errors import InvalidInput
from listing_genie_desktop.core.messages import QT_TR_NOOP
from listing_genie_desktop.core.ports import MAX_REFERENCE_PHOTOS, ReferencePhoto
from listing_genie_desktop.imaging.loading import load_reference

PathLike = str | os.PathLike[str]

PHOTO_COUNT = QT_TR_NOOP("Give 1 to {most} photos of the product (got {count}).")


async def load_reference_async(path: PathLike) -> ReferencePhoto:
    return await asyncio.to_thread(load_reference, path)


async def load_references(paths: Sequence[PathLike]) -> list[ReferencePhoto]:
    """The photos, main first. A photo that cannot be used is invalid input naming it when there are several
    ("the photo is too large" alone would not say which)."""
    if not 1 <= len(paths) <= MAX_REFERENCE_PHOTOS:
        raise InvalidInput(PHOTO_COUNT.format(most=MAX_REFERENCE_PHOTOS, count=len(paths)), field="image")
    results = await asyncio.gather(*(load_reference_async(p) for p in paths), return_exceptions=True)
    photos: list[ReferencePhoto] = []
    for path, result in zip(paths, results, strict=True):
        if isinstance(result, InvalidInput) and len(paths) > 1:
            # the name first: the window shows the problem after the colon in its language (ui/messages.py)
            raise InvalidInput(f"{Path(path).name}: {result.message}", field=result.field) from result
        if isinstance(result, BaseException):
            raise result
        photos.append(result)
    return photos


async def load_kept(
    main: PathLike, others: Sequence[PathLike], mask: PathLike | None = None
) -> tuple[ReferencePhoto, list[ReferencePhoto]]:
    """A session's stored copies: the main photo, which carries the run (invalid input when it cannot be
    used), with the seller's corrected cut-out `mask` as its transparency when there is one, and the others
    that can still be used."""
    first, rest = await asyncio.gather(load_corrected(main, mask), load_others(others))
    return first, rest


async def load_corrected(path: PathLike, mask: PathLike | None) -> ReferencePhoto:
    """The photo with the seller's corrected cut-out `mask` (its own size, mode L) as its transparency, so the
    studio draws from the correction (imaging.isolation.from_alpha) instead of cutting the photo again. A mask
    that does not fit the photo, or cannot be read, is ignored: the automatic cut-out is used."""
    photo = await load_reference_async(path)
    return photo if mask is None else await asyncio.to_thread(with_mask, photo, mask)


def mask_png(mask: Image.Image) -> bytes:
    """Blocking: a corrected cut-out (mode L) as the PNG `with_mask` reads; a mask is mostly flat, so the
    fastest compression is small enough (a 12-megapixel one: a few hundred kB)."""
    buffer = io.BytesIO()
    mask.convert("L").save(buffer, "PNG", compress_level=1)
    return buffer.getvalue()


def with_mask(photo: ReferencePhoto, mask: PathLike) -> ReferencePhoto:
    """Blocking: `photo` with the mask file as its alpha (see load_corrected)."""
    try:
        with Image.open(mask) as opened:
            alpha = opened.convert("L") if opened.size == photo.size else None
    except OSError:
        return photo
    return photo if alpha is None else replace(photo, alpha=alpha)


async def load_others(paths: Sequence[PathLike]) -> list[ReferencePhoto]:
    """A session's other stored photos that can still be used: one deleted or damaged since is left out (the
    main photo carries the run)."""
    results = await asyncio.gather(*(load_reference_async(p) for p in paths), return_exceptions=True)
    for result in results:
        if isinstance(result, BaseException) and not isinstance(result, InvalidInput):
            raise result
    return [r for r in results if isinstance(r, ReferencePhoto)]
