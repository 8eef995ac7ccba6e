"""A large answer spooled to a file is finished in a worker process into exactly what finishing it in the
window's process gives: the same PNG bytes, scene, compliance and texts; a file that is no image is refused as
no_image, and without a worker process the image is still finished, here."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.ports import GeneratedImage, SpooledImage
from listing_genie_desktop.core.product import ImageType
from listing_genie_desktop.imaging import finish_pool
from listing_genie_desktop.imaging.answers import spooled_image
from listing_genie_desktop.imaging.finish import finish_and_encode
from tests.imaging.studio_fixtures import bottle_product


@pytest.fixture
def pool():
    yield
    finish_pool.shutdown()


def big_answer(side: int = 2400) -> Image.Image:
    """A model's answer larger than 2000 px (kept at its size): off-white, a product, some texture."""
    rng = np.random.default_rng(side)
    pixels = np.full((side, side, 3), 246, np.uint8)
    pixels[side // 4 : side * 3 // 4, side // 3 : side * 2 // 3] = rng.integers(30, 90, (side // 2, side // 3, 3))
    image = Image.fromarray(pixels)
    shadow = (side // 3, side * 3 // 4 - 40, side * 2 // 3, side * 3 // 4 + 30)
    ImageDraw.Draw(image).ellipse(shadow, fill=(236, 236, 234))
    return image


def spooled(tmp_path: Path, image: Image.Image, name: str = "answer.img") -> SpooledImage:
    path = tmp_path / name
    image.save(path, format="PNG", compress_level=1)
    return spooled_image(path)


def finish(image_type: ImageType, image: Image.Image | SpooledImage):
    return finish_and_encode(
        image_type, GeneratedImage(image), bottle_product(), backend_renders_text=False, text_overlay=True
    )


@pytest.mark.parametrize("image_type", [ImageType.MAIN, ImageType.INFOGRAPHIC_1])
def test_a_spooled_answer_finished_in_the_worker_is_the_one_finished_here(tmp_path, pool, image_type):
    answer = big_answer()
    here = finish(image_type, answer)

    there = finish(image_type, spooled(tmp_path, answer))

    assert there.png == here.png, "the same file the user exports"
    assert there.scene_png == here.scene_png
    assert there.compliance == here.compliance and there.texts == here.texts
    assert there.preview_jpeg == here.preview_jpeg, "the thumbnails' copy comes back from the worker too"
    expected = (2400, 2400) if image_type is ImageType.MAIN else (2000, 2000)  # the overlay draws at 2000 px
    assert Image.open(io.BytesIO(there.png)).size == expected
    assert not list(tmp_path.glob("listing-genie-finished-*")), "the worker's result files are read and deleted"


def test_a_spooled_file_that_is_no_image_is_refused_as_no_image(tmp_path, pool):
    path = tmp_path / "answer.img"
    Image.new("RGB", (3000, 3000), (200, 200, 200)).save(path, format="PNG")
    image = spooled_image(path)
    path.write_bytes(path.read_bytes()[:5000])  # the header still says 3000 px; the data is cut short

    with pytest.raises(GenerationError) as refused:
        finish(ImageType.LIFESTYLE, image)

    assert refused.value.kind is ErrorKind.NO_IMAGE
    assert "could not be decoded" in refused.value.message


def test_without_a_worker_process_the_image_is_finished_here(tmp_path, monkeypatch, caplog):
    def no_processes(method: str):
        raise ValueError(f"cannot start a process with {method}")

    monkeypatch.setattr(finish_pool.multiprocessing, "get_context", no_processes)
    answer = big_answer(2100)
    with caplog.at_level(logging.WARNING, logger="listing_genie.imaging"):
        finished = finish(ImageType.LIFESTYLE, spooled(tmp_path, answer))

    assert finished.png == finish(ImageType.LIFESTYLE, answer).png
    assert "finished in the window's process" in caplog.text


def test_a_spooled_answer_s_file_goes_when_the_image_is_dropped(tmp_path):
    image = spooled(tmp_path, big_answer(600))
    path = image.path
    assert image.size == (600, 600) and path.exists()

    del image

    assert not path.exists(), "no answer left behind in the temporary folder"


@pytest.mark.parametrize("answer", [big_answer(), None], ids=["finished", "refused"])
def test_the_answer_s_file_is_deleted_by_the_finishing_thread_not_where_the_image_is_dropped(tmp_path, pool, answer):
    """Dropped last on the window's thread, its finalizer unlinked 37 MB there (15 ms of frozen window)."""
    image = spooled(tmp_path, answer if answer is not None else big_answer())
    if answer is None:  # truncated on the way: its header reads, its pixels do not
        data = image.path.read_bytes()
        image.path.write_bytes(data[: len(data) // 2])

    try:
        finish(ImageType.MAIN, image)
    except GenerationError as refused:
        assert answer is None and refused.kind is ErrorKind.NO_IMAGE

    assert not image.path.exists(), "deleted while the image is still referenced"


def test_a_spooled_file_that_is_not_an_image_is_refused_and_deleted(tmp_path):
    path = tmp_path / "answer.img"
    path.write_bytes(b"this is no image at all")

    with pytest.raises(GenerationError) as refused:
        spooled_image(path)

    assert refused.value.kind is ErrorKind.NO_IMAGE and not path.exists()
