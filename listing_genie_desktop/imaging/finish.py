"""The engine's finisher: post-processing and compliance (imaging.postprocess), then PNG encoding; a large
answer left encoded by its backend (`SpooledImage`) is finished in a process of its own (finish_pool.py)."""

from __future__ import annotations

import io
import struct
import zlib

import numpy as np
from PIL import Image

from listing_genie_desktop.core.ports import EncodedImage, GeneratedImage, SpooledImage
from listing_genie_desktop.core.product import ImageType, ProductContext
from listing_genie_desktop.imaging import finish_pool
from listing_genie_desktop.imaging.postprocess import finish_image

PNG_COMPRESSION = 1
"""zlib level of the encoded PNGs. Every row uses the PNG "Up" filter, computed in numpy: Pillow's
`save(..., compress_level=1)` chooses a filter per row, which costs twice the CPU (BENCHMARKS.md)."""
PNG_BLOCK_ROWS = 128
"""Rows filtered and deflated at a time: a few megabytes of working memory instead of two 12 MB copies of
a 2000 px image's pixels."""
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PREVIEW_SIDE = 960
"""The shortest longer side of an image's preview: the window's largest thumbnail (480 px) on a screen at 200 %."""
PREVIEW_QUALITY = 88


def finish_and_encode(
    image_type: ImageType,
    generated: GeneratedImage,
    product: ProductContext,
    *,
    backend_renders_text: bool,
    text_overlay: bool,
) -> EncodedImage:
    if isinstance(generated.image, SpooledImage):
        return finish_pool.finish_spooled(
            image_type, generated, product, backend_renders_text=backend_renders_text, text_overlay=text_overlay
        )
    finished = finish_image(
        image_type, generated, product, backend_renders_text=backend_renders_text, text_overlay=text_overlay
    )
    texts = finished.texts if finished.texts is not None else generated.texts
    scene = encode_png(finished.scene) if finished.scene is not None else None
    return EncodedImage(
        encode_png(finished.image),
        finished.compliance.to_json(),
        texts,
        generated.variant,
        scene,
        encode_preview(finished.image),
    )


def encode_preview(image: Image.Image) -> bytes:
    """A JPEG of `image` (RGB) reduced by the largest whole factor that keeps its longer side at least
    `PREVIEW_SIDE`: a box reduction takes 5 ms for a 2000 px image, resampling it to exactly 960 px took 40 ms
    more, five times in the studio's 1.5 s."""
    factor = max(1, max(image.size) // PREVIEW_SIDE)
    preview = image.reduce(factor) if factor > 1 else image
    buffer = io.BytesIO()
    preview.save(buffer, "JPEG", quality=PREVIEW_QUALITY)
    return buffer.getvalue()


def encode_png(image: Image.Image) -> bytes:
    """An 8-bit RGB PNG of `image` (RGB), every row "Up"-filtered, zlib level `PNG_COMPRESSION`.

    Each block's deflated rows are an IDAT chunk of their own and the file is joined once: concatenating
    a 4096 px image's 28 MB of data into one chunk copied it three more times, 25 ms each under the GIL."""
    width, height = image.size
    compressor = zlib.compressobj(PNG_COMPRESSION)
    idat: list[bytes] = []
    rows = np.empty((PNG_BLOCK_ROWS, width * 3 + 1), np.uint8)
    rows[:, 0] = 2  # filter type Up
    above = np.zeros(width * 3, np.uint8)  # above the first row is zero
    for top in range(0, height, PNG_BLOCK_ROWS):
        bottom = min(height, top + PNG_BLOCK_ROWS)
        pixels = np.frombuffer(image.crop((0, top, width, bottom)).tobytes(), np.uint8).reshape(-1, width * 3)
        block = rows[: bottom - top]
        np.subtract(pixels[0], above, out=block[0, 1:])  # modulo 256, as PNG wants
        np.subtract(pixels[1:], pixels[:-1], out=block[1:, 1:])
        idat += _png_chunk(b"IDAT", compressor.compress(block))
        above = pixels[-1]
    idat += _png_chunk(b"IDAT", compressor.flush())
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB, no interlace
    return b"".join((_PNG_SIGNATURE, *_png_chunk(b"IHDR", header), *idat, *_png_chunk(b"IEND", b"")))


def _png_chunk(kind: bytes, data: bytes) -> list[bytes]:
    """A chunk as its pieces (length and kind, data, CRC), none copied; nothing for an empty IDAT."""
    if not data and kind == b"IDAT":
        return []
    return [struct.pack(">I", len(data)) + kind, data, struct.pack(">I", zlib.crc32(data, zlib.crc32(kind)))]
