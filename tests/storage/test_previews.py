"""Every finished image keeps a small preview beside it for the window's thumbnails; a preview that cannot be
written never costs the image, and a preview older than its image is not trusted."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from listing_genie_desktop.core.ports import EncodedImage
from listing_genie_desktop.core.product import ImageType, ProductContext
from listing_genie_desktop.storage import siblings
from listing_genie_desktop.storage.siblings import current_preview, preview_path_for

T0, T1 = "2026-12-03T10:00:00.000000+00:00", "2026-12-03T10:00:01.500000+00:00"


async def completed(store, reference, finished: EncodedImage) -> Path:
    product = ProductContext.create("Bottle", ["Cold 24 h"])
    session_id = await store.create_session(product, reference, backend="studio", model=None, settings={})
    await store.begin_run(session_id, [ImageType.MAIN])
    attempt = await store.attempt_started(
        session_id, ImageType.MAIN, run=1, started_at=T0, delay_before_s=0, variation="base", prompt="p"
    )
    return Path(
        await store.image_completed(session_id, ImageType.MAIN, attempt, ended_at=T1, duration_ms=5, finished=finished)
    )


async def test_the_preview_is_kept_beside_its_image(store, reference):
    path = await completed(store, reference, EncodedImage(b"png", {}, preview_jpeg=b"jpeg"))

    assert preview_path_for(path) == path.with_name("main-1.preview.jpg")
    assert preview_path_for(path).read_bytes() == b"jpeg"
    assert current_preview(path) == preview_path_for(path)


async def test_an_image_without_a_preview_has_none(store, reference):
    path = await completed(store, reference, EncodedImage(b"png", {}))

    assert current_preview(path) is None


async def test_a_preview_that_cannot_be_written_leaves_the_image_complete(store, reference, monkeypatch, caplog):
    written = siblings.preview_path_for

    def into_a_folder(image_path: Path) -> Path:
        target = written(image_path)
        target.mkdir(parents=True)  # a folder where the file would go: the write fails
        return target

    monkeypatch.setattr(siblings, "preview_path_for", into_a_folder)
    with caplog.at_level(logging.WARNING, "listing_genie.storage"):
        path = await completed(store, reference, EncodedImage(b"png", {}, preview_jpeg=b"jpeg"))

    assert path.read_bytes() == b"png"
    assert "no thumbnail copy of main-1.png" in caplog.text


def test_a_preview_older_than_its_image_is_not_trusted(tmp_path):
    image, preview = tmp_path / "main-2.png", tmp_path / "main-2.preview.jpg"
    preview.write_bytes(b"left by an earlier file of this name")
    image.write_bytes(b"png")
    os.utime(preview, ns=(1_000_000_000, 1_000_000_000))

    assert current_preview(image) is None
    image.unlink()
    assert current_preview(image) is None, "no image, no preview"
