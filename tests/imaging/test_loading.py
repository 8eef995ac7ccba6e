import io

import pytest
from PIL import Image

from listing_genie_desktop.core.errors import InvalidInput
from listing_genie_desktop.imaging.loading import load_reference, load_reference_bytes


def encode(image: Image.Image, fmt: str = "PNG", **params) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **params)
    return buffer.getvalue()


def test_ordinary_jpeg_loads_as_rgb_with_a_model_copy():
    photo = load_reference_bytes(encode(Image.new("RGB", (1200, 900), "teal"), "JPEG"))
    assert photo.image.mode == "RGB"
    assert photo.size == (1200, 900)
    assert photo.extension == "jpg"
    assert photo.warnings == ()
    assert Image.open(io.BytesIO(photo.model_bytes)).size == (1200, 900)


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "empty"),
        (b"this is a text file, not a photo", "not an image"),
        (encode(Image.new("RGB", (800, 800), "red"), "PNG")[:200], "damaged"),
        (encode(Image.new("RGB", (1, 1)), "PNG"), "too small"),
    ],
    ids=["zero-byte", "not-an-image", "truncated", "1x1"],
)
def test_unusable_files_are_refused_clearly(data, fragment):
    with pytest.raises(InvalidInput, match=fragment):
        load_reference_bytes(data)


def test_decompression_bomb_is_refused_before_decoding():
    bomb = encode(Image.new("1", (20_000, 20_000)), "PNG")
    assert len(bomb) < 200_000
    with pytest.raises(InvalidInput, match="megapixels"):
        load_reference_bytes(bomb)


def test_small_photo_is_accepted_with_zoom_warning():
    photo = load_reference_bytes(encode(Image.new("RGB", (640, 480), "white")))
    assert "Amazon zoom" in photo.warnings[0]


@pytest.mark.parametrize("mode", ["CMYK", "P", "L", "I;16"])
def test_unusual_colour_modes_become_rgb(mode):
    source = Image.new("RGB", (400, 400), (200, 40, 40)).convert(mode) if mode != "I;16" else None
    if mode == "I;16":
        source = Image.new("I;16", (400, 400), 65535)
    fmt = "JPEG" if mode == "CMYK" else "PNG"
    photo = load_reference_bytes(encode(source, fmt))
    assert photo.image.mode == "RGB"
    if mode == "I;16":
        assert photo.image.getpixel((0, 0)) == (255, 255, 255)


def test_transparency_is_kept_as_a_mask_and_composited_on_white():
    rgba = Image.new("RGBA", (400, 400), (0, 0, 0, 0))
    rgba.paste((10, 20, 200, 255), (100, 100, 300, 300))
    photo = load_reference_bytes(encode(rgba))
    assert photo.image.getpixel((5, 5)) == (255, 255, 255)
    assert photo.image.getpixel((200, 200)) == (10, 20, 200)
    assert photo.alpha is not None and photo.alpha.getpixel((200, 200)) == 255


def test_exif_orientation_is_applied():
    landscape = Image.new("RGB", (600, 400), "blue")
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 degrees clockwise to display
    photo = load_reference_bytes(encode(landscape, "JPEG", exif=exif.tobytes()))
    assert photo.size == (400, 600)


def test_missing_file_names_the_file(tmp_path):
    with pytest.raises(InvalidInput, match=r"not found: nope\.jpg"):
        load_reference(tmp_path / "nope.jpg")


def test_huge_jpeg_is_decoded_at_reduced_scale_keeping_twice_the_output_size():
    photo = load_reference_bytes(encode(Image.new("RGB", (8400, 4200), "teal"), "JPEG"))
    assert photo.size == (4200, 2100)  # the decoder's 1/2 scale: still >= 4000 px long
    assert Image.open(io.BytesIO(photo.model_bytes)).size == (1536, 768)


def test_twelve_megapixel_jpeg_is_decoded_at_full_size():
    photo = load_reference_bytes(encode(Image.new("RGB", (4000, 3000), "teal"), "JPEG"))
    assert photo.size == (4000, 3000)
    assert Image.open(io.BytesIO(photo.model_bytes)).size == (1536, 1152)
