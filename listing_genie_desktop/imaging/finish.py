"""The engine's finisher: post-processing and compliance (imaging.postprocess), then PNG encoding."""

from __future__ import annotations

import struct
import zlib

import numpy as np
from PIL import Image

from listing_genie_desktop.core.ports import EncodedImage, GeneratedImage
from listing_genie_desktop.core.product import ImageType, ProductContext
from listing_genie_desktop.imaging.postprocess import finish_image

PNG_COMPRESSION = 1
"""zlib level of the encoded PNGs. Every row uses the PNG "Up" filter, computed in numpy: Pillow's
`save(..., compress_level=1)` chooses a filter per row, which costs twice the CPU (BENCHMARKS.md)."""
PNG_BLOCK_ROWS = 128
"""Rows filtered and deflated at a time: a few megabytes of working memory instead of two 12 MB copies of
a 2000 px image's pixels."""
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
        image_type, generated, product, backend_renders_text=backend_renders_text, text_overlay=text_overlay
    )
    texts = finished.texts if finished.texts is not None else generated.texts
    scene = encode_png(finished.scene) if finished.scene is not None else None
    return EncodedImage(encode_png(finished.image), finished.compliance.to_json(), texts, generated.variant, scene)


def encode_png(image: Image.Image) -> bytes:
    """An 8-bit RGB PNG of `image` (RGB), every row "Up"-filtered, zlib level `PNG_COMPRESSION`."""
    width, height = image.size
    compressor = zlib.compressobj(PNG_COMPRESSION)
    compressed = []
    rows = np.empty((PNG_BLOCK_ROWS, width * 3 + 1), np.uint8)
    rows[:, 0] = 2  # filter type Up
    above = np.zeros(width * 3, np.uint8)  # above the first row is zero
    for top in range(0, height, PNG_BLOCK_ROWS):
        bottom = min(height, top + PNG_BLOCK_ROWS)
        pixels = np.frombuffer(image.crop((0, top, width, bottom)).tobytes(), np.uint8).reshape(-1, width * 3)
        block = rows[: bottom - top]
        np.subtract(pixels[0], above, out=block[0, 1:])  # modulo 256, as PNG wants
        np.subtract(pixels[1:], pixels[:-1], out=block[1:, 1:])
        compressed.append(compressor.compress(block))
        above = pixels[-1]
    compressed.append(compressor.flush())
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB, no interlace
    chunks = (_png_chunk(b"IHDR", header), _png_chunk(b"IDAT", b"".join(compressed)), _png_chunk(b"IEND", b""))
    return b"".join((_PNG_SIGNATURE, *chunks))


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
