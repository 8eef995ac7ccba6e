"""Export: Amazon names, formats, manifest hashes, ZIP, and never a silent overwrite."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

import pytest
from PIL import Image

from listing_genie_desktop.core.product import IMAGE_TYPES, ImageType
from listing_genie_desktop.imaging.export import ExportConflict, safe_sku, sku_from_title
from listing_genie_desktop.services import export_images


@pytest.fixture
def sources(tmp_path):
    folder = tmp_path / "session"
    folder.mkdir()
    items = []
    for index, image_type in enumerate(IMAGE_TYPES):
        path = folder / f"{image_type.value}.png"
        Image.new("RGBA" if index == 1 else "RGB", (200, 200), (10 * index, 100, 200)).save(path)
        items.append((image_type, path))
    return items


def test_names_order_and_jpeg_properties(sources, tmp_path):
    out = tmp_path / "out"
    result = export_images(list(reversed(sources)), out, "ABC-123", "jpeg")
    names = [f.path.name for f in result.files]
    assert names == ["ABC-123.MAIN.jpg", "ABC-123.PT01.jpg", "ABC-123.PT02.jpg", "ABC-123.PT03.jpg", "ABC-123.PT04.jpg"]
    with Image.open(out / "ABC-123.PT01.jpg") as image:
        assert image.format == "JPEG" and image.mode == "RGB"
        assert image.info.get("icc_profile")


def test_manifest_lists_type_size_and_hash(sources, tmp_path):
    result = export_images(sources, tmp_path / "out", "SKU", "png")
    manifest = json.loads(result.manifest.read_text())
    assert [f["type"] for f in manifest["files"]] == [t.value for t in IMAGE_TYPES]
    for entry in manifest["files"]:
        data = (tmp_path / "out" / entry["file"]).read_bytes()
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
        assert (entry["width"], entry["height"]) == (200, 200)
        assert entry["file"].endswith(".png")


def test_only_complete_images_given_keep_their_slots(sources, tmp_path):
    subset = [s for s in sources if s[0] in (ImageType.MAIN, ImageType.LIFESTYLE)]
    result = export_images(subset, tmp_path / "out", "SKU")
    assert [f.path.name for f in result.files] == ["SKU.MAIN.jpg", "SKU.PT03.jpg"]


def test_zip_holds_images_and_manifest(sources, tmp_path):
    result = export_images(sources, tmp_path / "out", "SKU", make_zip=True)
    with zipfile.ZipFile(result.zip_path) as archive:
        assert sorted(archive.namelist()) == sorted([f.path.name for f in result.files] + ["manifest.json"])


def test_existing_files_are_never_silently_overwritten(sources, tmp_path):
    out = tmp_path / "out"
    export_images(sources, out, "SKU")
    before = (out / "SKU.MAIN.jpg").read_bytes()
    with pytest.raises(ExportConflict) as raised:
        export_images(sources[:1], out, "SKU")
    assert "SKU.MAIN.jpg" in str(raised.value)
    assert (out / "SKU.MAIN.jpg").read_bytes() == before
    (out / "SKU.MAIN.jpg").write_bytes(b"edited since")
    export_images(sources, out, "SKU", force=True)
    with Image.open(out / "SKU.MAIN.jpg") as written, Image.open(io.BytesIO(before)) as first:
        assert written.tobytes() == first.tobytes()  # forced: written again, not skipped
    assert not list(out.glob("*.tmp"))


def test_sku_slug_and_safety():
    assert sku_from_title("Insulated Steel Bottle, 750 ml (Blue)") == "INSULATED-STEEL-BOTTLE-750-ML-BLUE"
    assert sku_from_title("Café crème ☕") == "CAFE-CREME"
    assert len(sku_from_title("x" * 300)) <= 40
    assert sku_from_title("Straße") == "STRASSE" and sku_from_title("Smørrebrød Board") == "SMORREBROD-BOARD"


def test_a_non_latin_title_gets_its_own_stable_sku():
    flask, tumbler = sku_from_title("保温瓶"), sku_from_title("真空断熱タンブラー")
    assert flask != tumbler and "LISTING" not in (flask, tumbler)
    assert sku_from_title("保温瓶") == flask, "the same title, the same SKU"
    assert sku_from_title("Термос") != sku_from_title("Чашка")
    mixed = sku_from_title("真空断熱タンブラー 500ml")
    assert mixed.startswith("500ML-") and mixed != sku_from_title("保温ボトル 500ml")
    assert all(sku == safe_sku(sku) for sku in (flask, tumbler, mixed))


def test_a_long_sku_is_cut_between_words():
    title = "Espressotasse aus Porzellan mit Untertasse, spülmaschinenfest, 90 ml"
    sku = sku_from_title(title)
    words = sku.split("-")
    assert len(sku) <= 40 and words == ["ESPRESSOTASSE", "AUS", "PORZELLAN", "MIT"][: len(words)]
    assert "/" not in safe_sku("../../etc/passwd") and not safe_sku("../x").startswith(".")
    assert safe_sku("AB 12/34") == "AB-12-34"


def folder_state(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_replacing_with_fewer_images_removes_the_earlier_exports_leftovers(sources, tmp_path):
    """Two sessions with the same title share a SKU: after Replace, the folder holds one export, never a mix."""
    out = tmp_path / "out"
    export_images(sources, out, "SKU", make_zip=True)
    with pytest.raises(ExportConflict) as raised:
        export_images(sources[:3], out, "SKU")
    assert {p.name for p in raised.value.paths} >= {"SKU.PT03.jpg", "SKU.PT04.jpg", "SKU.zip"}, "the seller is told"

    result = export_images(sources[:3], out, "SKU", force=True)

    assert sorted(p.name for p in out.iterdir()) == ["SKU.MAIN.jpg", "SKU.PT01.jpg", "SKU.PT02.jpg", "manifest.json"]
    assert [f["file"] for f in json.loads(result.manifest.read_text())["files"]] == [
        "SKU.MAIN.jpg",
        "SKU.PT01.jpg",
        "SKU.PT02.jpg",
    ]


def test_a_missing_image_fails_the_export_before_anything_is_written(sources, tmp_path):
    out = tmp_path / "out"
    export_images(sources, out, "SKU")
    before = folder_state(out)
    sources[3][1].unlink()

    with pytest.raises(FileNotFoundError):
        export_images(sources, out, "SKU", "png", force=True)

    assert folder_state(out) == before


def test_a_full_disk_while_writing_leaves_the_earlier_export_whole(sources, tmp_path, monkeypatch):
    import os

    out = tmp_path / "out"
    export_images(sources, out, "SKU")
    before = folder_state(out)
    for _, path in sources:  # the new export differs from the one on disk
        Image.new("RGB", (200, 200), (250, 20, 20)).save(path)
    real_fsync, synced = os.fsync, []

    def disk_fills_up(fd):
        synced.append(fd)
        if len(synced) == 3:
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", disk_fills_up)

    with pytest.raises(OSError, match="No space left"):
        export_images(sources, out, "SKU", force=True)

    assert folder_state(out) == before, "no file replaced, no temporary file left"
