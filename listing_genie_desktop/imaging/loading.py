"""Safe loading of the seller's reference photo.

Everything here is blocking (decode, convert, encode): call it from a worker thread.
A file that is not a usable photo raises `InvalidInput` with a sentence a seller can act on.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from listing_genie_desktop.core.errors import InvalidInput
from listing_genie_desktop.core.messages import QT_TR_NOOP
from listing_genie_desktop.core.ports import ReferencePhoto
from listing_genie_desktop.imaging.canvas_math import fit_size

MAX_FILE_BYTES = 60 * 1024 * 1024
MAX_PIXELS = 64_000_000
"""Checked from the header before decoding: a decompression bomb never reaches memory."""
MIN_SHORT_SIDE = 300
ZOOM_LONG_SIDE = 1000
MODEL_LONG_SIDE = 1536
"""The copy sent to an image model: large enough for detail, small enough for a fast upload
(a JPEG of about 0.3 MB where a PNG of a photo was 3 to 4 MB, sent again with every attempt)."""
DECODE_LONG_SIDE = 4000
"""A JPEG at least twice this long is decoded at a reduced scale (1/2, 1/4, 1/8: the JPEG
decoder's own, nearly free) that keeps at least this many pixels on the long side: twice
the 2000 px output, so a product filling half the photo still gets its full resolution.
A 12-megapixel photo (4000 x 3000) is decoded at full size."""

SUPPORTED_FORMATS = {
    "JPEG": "jpg",
    "PNG": "png",
    "WEBP": "webp",
    "TIFF": "tif",
    "GIF": "gif",
    "BMP": "bmp",
    "MPO": "jpg",
}

PHOTO_NOT_FOUND = QT_TR_NOOP("Reference photo not found: {name}")
PHOTO_TOO_LARGE_MB = QT_TR_NOOP("Reference photo is {size} MB; the limit is {limit} MB.")
PHOTO_UNREADABLE = QT_TR_NOOP("Reference photo could not be read: {reason}")
PHOTO_EMPTY = QT_TR_NOOP("Reference photo file is empty (0 bytes).")
PHOTO_TOO_LARGE = QT_TR_NOOP("Reference photo is too large.")
PHOTO_DAMAGED = QT_TR_NOOP("Reference photo is damaged or incomplete; export it again and retry.")
PHOTO_DECLARES_TOO_MANY = QT_TR_NOOP("Reference photo declares too many pixels; the limit is {limit} megapixels.")
PHOTO_NOT_AN_IMAGE = QT_TR_NOOP("Reference photo is not an image Listing Genie can read (use JPEG, PNG or WebP).")
PHOTO_FORMAT = QT_TR_NOOP("Reference photo format {format} is not supported (use JPEG, PNG or WebP).")
PHOTO_TOO_MANY_PIXELS = QT_TR_NOOP("Reference photo is {width} x {height} px; the limit is {limit} megapixels.")
ZOOM_SOFT = QT_TR_NOOP(
    "Photo is {width} x {height} px; Amazon zoom needs {limit} px on the longest side, so details may look soft."
)
PHOTO_TOO_SMALL = QT_TR_NOOP(
    "Reference photo is {width} x {height} px: too small. Use a photo at least {limit} px on its shorter side."
)


def load_reference(path: str | os.PathLike[str]) -> ReferencePhoto:
    file = Path(path)
    if not file.is_file():
        raise InvalidInput(PHOTO_NOT_FOUND.format(name=file.name), field="image")
    size = file.stat().st_size
    if size > MAX_FILE_BYTES:
        message = PHOTO_TOO_LARGE_MB.format(size=f"{size / 1e6:.0f}", limit=MAX_FILE_BYTES // 1_000_000)
        raise InvalidInput(message, field="image")
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise InvalidInput(PHOTO_UNREADABLE.format(reason=exc.strerror or exc), field="image") from exc
    return load_reference_bytes(data)


def load_reference_bytes(data: bytes) -> ReferencePhoto:
    if not data:
        raise InvalidInput(PHOTO_EMPTY, field="image")
    if len(data) > MAX_FILE_BYTES:
        raise InvalidInput(PHOTO_TOO_LARGE, field="image")
    opened = open_checked(io.BytesIO(data))
    fmt = opened.format or ""
    width, height = opened.size
    try:
        opened.seek(0)
        if fmt in ("JPEG", "MPO") and max(width, height) >= 2 * DECODE_LONG_SIDE:
            factor = DECODE_LONG_SIDE / max(width, height)
            opened.draft(None, (max(1, int(width * factor)), max(1, int(height * factor))))
        opened.load()
        oriented = opened
        ImageOps.exif_transpose(oriented, in_place=True)  # in place: no 12-megapixel copy when upright
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError, EOFError) as exc:
        raise InvalidInput(PHOTO_DAMAGED, field="image") from exc

    rgb, alpha = to_rgb_with_alpha(oriented)
    _refuse_if_small(*rgb.size)  # again: a reduced-scale decode of a panorama can fall under the minimum
    long = max(rgb.size)
    warnings = []
    if long < ZOOM_LONG_SIDE:
        warnings.append(ZOOM_SOFT.format(width=rgb.width, height=rgb.height, limit=ZOOM_LONG_SIDE))
    model_bytes = encode_for_model(rgb)
    return ReferencePhoto(
        image=rgb,
        alpha=alpha,
        original_bytes=data,
        extension=SUPPORTED_FORMATS[fmt],
        warnings=tuple(warnings),
        model_bytes=model_bytes,
        model_mime="image/jpeg",
    )


def open_checked(source: str | os.PathLike[str] | io.BytesIO) -> Image.Image:
    """The photo opened lazily (header only), refused with a sentence when its format or size is not usable:
    the cheap checks, shared by loading a photo and by checking a catalogue's thousand photos at import."""
    try:
        opened = Image.open(source)
    except Image.DecompressionBombError as exc:
        raise InvalidInput(PHOTO_DECLARES_TOO_MANY.format(limit=MAX_PIXELS // 1_000_000), field="image") from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise InvalidInput(PHOTO_NOT_AN_IMAGE, field="image") from exc
    fmt = opened.format or ""
    if fmt not in SUPPORTED_FORMATS:
        raise InvalidInput(PHOTO_FORMAT.format(format=fmt or "unknown"), field="image")
    width, height = opened.size
    if width <= 0 or height <= 0 or width * height > MAX_PIXELS:
        message = PHOTO_TOO_MANY_PIXELS.format(width=width, height=height, limit=MAX_PIXELS // 1_000_000)
        raise InvalidInput(message, field="image")
    _refuse_if_small(width, height)
    return opened


def _refuse_if_small(width: int, height: int) -> None:
    if min(width, height) < MIN_SHORT_SIDE:
        raise InvalidInput(
            PHOTO_TOO_SMALL.format(width=width, height=height, limit=MIN_SHORT_SIDE),
            field="image",
        )


def to_rgb_with_alpha(image: Image.Image) -> tuple[Image.Image, Image.Image | None]:
    """Any mode (CMYK, 16-bit, palette, LA, RGBA...) to 8-bit RGB, keeping real transparency apart."""
    if image.mode in ("I;16", "I;16L", "I;16B", "I;16N", "I"):
        depth = np.asarray(image, dtype=np.float64)
        scale = 65535.0 if image.mode.startswith("I;16") or depth.max(initial=0) > 255 else 255.0
        image = Image.fromarray(np.clip(depth / scale * 255.0 + 0.5, 0, 255).astype(np.uint8), "L")
    elif image.mode == "F":
        image = image.convert("L")
    has_alpha = image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)
    if has_alpha:
        rgba = image.convert("RGBA")
        alpha = rgba.getchannel("A")
        if alpha.getextrema()[0] == 255:
            return rgba.convert("RGB"), None
        white = Image.new("RGB", rgba.size, (255, 255, 255))
        white.paste(rgba, mask=alpha)
        return white, alpha
    return (image if image.mode == "RGB" else image.convert("RGB")), None


def encode_for_model(image: Image.Image) -> bytes:
    """A JPEG (quality 90) of the photo at most MODEL_LONG_SIDE px long.

    Reduced by an integer factor first, then Lanczos (half the time of Lanczos from 12 Mpx,
    no visible difference).
    """
    small = image
    if max(image.size) > MODEL_LONG_SIDE:
        size = fit_size(image.size, (MODEL_LONG_SIDE, MODEL_LONG_SIDE))
        small = image.resize(size, Image.Resampling.LANCZOS, reducing_gap=1.25)
    small = small if small.mode == "RGB" else small.convert("RGB")
    buffer = io.BytesIO()
    small.save(buffer, format="JPEG", quality=90)
    return buffer.getvalue()
