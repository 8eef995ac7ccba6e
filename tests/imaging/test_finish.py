"""PNG encoding of finished images: lossless, 8-bit RGB, readable by any decoder (Pillow here)."""

from __future__ import annotations

import io
import struct
import zlib

import numpy as np
import pytest
from PIL import Image

from listing_genie_desktop.imaging.finish import encode_png


@pytest.mark.parametrize("size", [(1, 1), (3, 2), (257, 31), (2000, 2000)])
def test_png_decodes_to_the_same_pixels(size):
    pixels = np.random.default_rng(size[0]).integers(0, 256, (size[1], size[0], 3), dtype=np.uint8)
    image = Image.fromarray(pixels)
    decoded = Image.open(io.BytesIO(encode_png(image)))
    assert decoded.mode == "RGB" and decoded.size == size
    assert decoded.tobytes() == image.tobytes()


def idat_of(data: bytes) -> bytes:
    """The image data, as a decoder reads it: the IDAT chunks' contents one after the other."""
    position, parts = 8, []
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        if data[position + 4 : position + 8] == b"IDAT":
            parts.append(data[position + 8 : position + 8 + length])
        position += 12 + length
    assert parts, "no IDAT chunk"
    return b"".join(parts)


@pytest.mark.parametrize("size", [(1, 1), (5, 3), (2000, 2000)])
def test_the_image_data_is_one_zlib_stream_with_the_right_checksum(size):
    """A strict decoder (zlib itself, which checks the Adler-32 that Pillow's PNG reader skips) reads one
    whole stream of "Up"-filtered rows, across the encoder's blocks of rows."""
    pixels = np.random.default_rng(7).integers(0, 256, (size[1], size[0], 3), dtype=np.uint8)

    rows = zlib.decompress(idat_of(encode_png(Image.fromarray(pixels))))

    assert len(rows) == size[1] * (size[0] * 3 + 1)
    filtered = np.frombuffer(rows, np.uint8).reshape(size[1], -1)
    assert (filtered[:, 0] == 2).all()
    assert np.array_equal(np.cumsum(filtered[:, 1:], axis=0, dtype=np.uint8), pixels.reshape(size[1], -1))


def test_png_chunks_are_well_formed():
    data = encode_png(Image.new("RGB", (40, 30), (250, 250, 250)))
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    position, kinds = 8, []
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind, body = data[position + 4 : position + 8], data[position + 8 : position + 8 + length]
        (crc,) = struct.unpack(">I", data[position + 8 + length : position + 12 + length])
        assert crc == zlib.crc32(kind + body)
        kinds.append(kind)
        position += 12 + length
    assert kinds[0] == b"IHDR" and kinds[-1] == b"IEND"
    assert set(kinds[1:-1]) == {b"IDAT"}, "the image data in consecutive IDAT chunks, nothing else"
    width, height, depth, colour_type = struct.unpack(">IIBB", data[16:26])
    assert (width, height, depth, colour_type) == (40, 30, 8, 2)


def test_an_image_not_yet_decoded_is_encoded_whole(tmp_path):
    """Pillow decodes a file on first use: the encoder reads the decoded pixels of a lazily opened file."""
    pixels = np.random.default_rng(3).integers(0, 256, (600, 500, 3), dtype=np.uint8)
    Image.fromarray(pixels).save(tmp_path / "photo.png")

    with Image.open(tmp_path / "photo.png") as lazy:
        data = encode_png(lazy)

    assert np.array_equal(np.asarray(Image.open(io.BytesIO(data))), pixels)
