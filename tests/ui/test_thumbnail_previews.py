"""The window's thumbnails read an image's small preview when it is large enough for the thumbnail, and the
image itself otherwise: a preview too small, older than the image, or missing."""

from __future__ import annotations

import io
import os

import pytest
from PIL import Image

from listing_genie_desktop.imaging.finish import encode_preview
from listing_genie_desktop.ui.images import decode_scaled

RED, BLUE = (220, 20, 20), (20, 20, 220)


@pytest.fixture
def image_with_preview(tmp_path):
    """A red 2000 x 1500 image whose (blue, so that the tests see which was read) preview is written after it."""
    image = tmp_path / "main-1.png"
    Image.new("RGB", (2000, 1500), RED).save(image)
    (tmp_path / "main-1.preview.jpg").write_bytes(encode_preview(Image.new("RGB", (2000, 1500), BLUE)))
    return image


def colour_of(qimage) -> tuple[int, int, int]:
    pixel = qimage.pixelColor(qimage.width() // 2, qimage.height() // 2)
    return pixel.red(), pixel.green(), pixel.blue()


def near(colour, expected) -> bool:
    return all(abs(a - b) < 12 for a, b in zip(colour, expected, strict=True))


@pytest.mark.parametrize(("size", "expected"), [((4096, 3072), (1024, 768)), ((2000, 2000), (1000, 1000))])
def test_a_preview_is_a_small_jpeg_of_the_whole_image(size, expected):
    preview = Image.open(io.BytesIO(encode_preview(Image.new("RGB", size, BLUE))))

    assert preview.format == "JPEG"
    assert preview.size == expected, "at least the largest thumbnail at 200 %, the shape kept"
    assert near(preview.getpixel((480, 360)), BLUE)


def test_a_thumbnail_is_read_from_the_preview(qapp, image_with_preview):
    thumbnail = decode_scaled(str(image_with_preview), 480)

    assert (thumbnail.width(), thumbnail.height()) == (480, 360)
    assert near(colour_of(thumbnail), BLUE)


def test_a_thumbnail_larger_than_the_preview_is_read_from_the_image(qapp, image_with_preview):
    """The preview of a 2000 px image is 1000 px."""
    assert near(colour_of(decode_scaled(str(image_with_preview), 1200)), RED)


def test_a_preview_older_than_the_image_is_not_used(qapp, image_with_preview):
    os.utime(image_with_preview.with_name("main-1.preview.jpg"), ns=(1_000_000_000, 1_000_000_000))

    assert near(colour_of(decode_scaled(str(image_with_preview), 480)), RED)


def test_an_image_without_a_preview_is_read_itself(qapp, image_with_preview):
    image_with_preview.with_name("main-1.preview.jpg").unlink()

    assert near(colour_of(decode_scaled(str(image_with_preview), 480)), RED)


def test_a_deleted_image_shows_as_missing_even_with_its_preview_left(qapp, image_with_preview):
    image_with_preview.unlink()

    assert decode_scaled(str(image_with_preview), 480).isNull()
