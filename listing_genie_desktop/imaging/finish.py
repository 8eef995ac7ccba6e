"""The engine's finisher: post-processing and compliance (imaging.postprocess), then PNG encoding."""

from __future__ import annotations

import struct
import zlib

import numpy as np
from PIL import Image

from listing_genie_desktop.backends.base import GeneratedImage
from listing_genie_desktop.core.pipeline import EncodedImage
from listing_genie_desktop.core.product import ImageType, ProductContext
from listing_genie_desktop.imaging.postprocess import finish_image

PNG_COMPRESSION = 1
"""zlib level of the encoded PNGs; every row uses the PNG "Up" filter (the difference from the
row above), computed in numpy. Measured on the five studio images (2000 px): 148 ms for the
five, where Pillow takes 329 ms at `compress_level=1` and 360 ms at 3 (its per-row adaptive
filter choice is the cost, not zlib), for files 11% larger than Pillow's level 3 (2.09 MB
against 1.88 MB). zlib releases the GIL while it compresses, so images encode in parallel."""
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def finish_and_encode(
    image_type: ImageType,
    generated: GeneratedImage,
    product: ProductContext,
    *,
    backend_renders_text: bool,
    text_overlay: bool,
) -> EncodedImage:
    finished = finish_image(
        image_type,
        generated.image,
        product,
        backend_renders_text=backend_renders_text,
        text_overlay=text_overlay,
        isolation_warning=generated.warning,
        clean=generated.clean,
    )
    return EncodedImage(encode_png(finished.image), finished.compliance.to_json())


def encode_png(image: Image.Image) -> bytes:
    """An 8-bit RGB PNG of `image` (RGB), every row "Up"-filtered, zlib level `PNG_COMPRESSION`."""
    width, height = image.size
    pixels = np.frombuffer(image.tobytes(), np.uint8).reshape(height, width * 3)
    rows = np.empty((height, width * 3 + 1), np.uint8)
    rows[:, 0] = 2  # filter type Up
    rows[0, 1:] = pixels[0]  # above the first row is zero
    np.subtract(pixels[1:], pixels[:-1], out=rows[1:, 1:])  # modulo 256, as PNG wants
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB, no interlace
    return b"".join(
        (
            _PNG_SIGNATURE,
            _png_chunk(b"IHDR", header),
            _png_chunk(b"IDAT", zlib.compress(rows, PNG_COMPRESSION)),
            _png_chunk(b"IEND", b""),
        )
    )


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
