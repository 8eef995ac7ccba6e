"""The product's other photos in the window: add (drop, several dropped on the picker), reorder, remove,
previews, and what a run is given."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from listing_genie_desktop.core.product import ImageType
from tests.ui.conftest import button, fill_form
from tests.ui.test_history import select_row


def photo_file(folder: Path, name: str, size: tuple[int, int]) -> Path:
    path = folder / name
    Image.new("RGB", size, (90, 140, 60)).save(path)
    return path


def drop(widget: QWidget, *paths: Path) -> None:
    """A drop of files from a file manager, handed to the widget's handler as Qt does (Qt delivers a drop
    only from its own drag manager, never from `sendEvent`)."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QEvent.Type.Drop,
    )
    widget.dropEvent(event)


def others(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [Path(p).name for p in window.form.other_photos.paths]


def main_photo(window) -> str:  # type: ignore[no-untyped-def]
    return Path(window.findChild(QLineEdit, "referenceImageEdit").text()).name


def info(window, number: int) -> str:  # type: ignore[no-untyped-def]
    return window.findChild(QLabel, f"otherPhotoInfo_{number}").text()


def test_add_reorder_and_remove_photos_then_generate_with_them(open_window, driver, backend, tmp_path):
    window = open_window()
    front = photo_file(tmp_path, "front.png", (640, 640))
    back = photo_file(tmp_path, "back.png", (700, 600))
    detail = photo_file(tmp_path, "detail.png", (600, 700))
    fill_form(window, front)
    add = button(window, "addPhotoButton")
    assert add.isVisible() and add.isEnabled()

    drop(window.findChild(QWidget, "otherPhotos"), back, detail)
    driver.wait(lambda: "600 x 700 px" in info(window, 2) and "700 x 600 px" in info(window, 1))
    assert others(window) == ["back.png", "detail.png"]
    assert not window.findChild(QLabel, "otherPhotoPreview_2").pixmap().isNull()
    assert not add.isEnabled(), "three photos at most"

    button(window, "otherPhotoUp_2").click()  # detail before back
    assert others(window) == ["detail.png", "back.png"]
    assert "detail.png" in info(window, 1) and "back.png" in info(window, 2)
    button(window, "otherPhotoUp_1").click()  # detail becomes the main photo
    assert main_photo(window) == "detail.png" and others(window) == ["front.png", "back.png"]
    button(window, "otherPhotoRemove_2").click()
    assert others(window) == ["front.png"] and add.isEnabled()
    assert not window.findChild(QWidget, "otherPhoto_2").isVisible()

    generate = button(window, "generateButton")
    driver.wait(lambda: generate.isEnabled() and "640 x 640 px" in info(window, 1))
    generate.click()
    driver.wait(lambda: window.model.shown is not None and not window.model.running and backend.calls)
    main_calls = [c for c in backend.calls if c.image_type is ImageType.MAIN]
    assert main_calls[0].photo_sizes == ((600, 700), (640, 640)), "the main photo first, then the others in order"

    button(window, "newSessionButton").click()
    assert others(window) == []
    select_row(window, 0)  # the stored session shows its stored copies, read-only
    driver.wait(lambda: window.findChild(QLineEdit, "titleEdit").isReadOnly() and others(window))
    assert main_photo(window) == "reference.png" and others(window) == ["reference-2.png"]
    assert not button(window, "otherPhotoRemove_1").isVisible() and not add.isVisible()
    button(window, "duplicateButton").click()  # Duplicate as new keeps both photos, editable again
    assert others(window) == ["reference-2.png"] and add.isVisible()
    driver.wait(lambda: button(window, "generateButton").isEnabled())


def test_several_photos_dropped_on_the_picker_fill_the_main_one_and_the_others(open_window, driver, tmp_path):
    window = open_window()
    files = [photo_file(tmp_path, f"p{n}.png", (640 + n, 640)) for n in range(4)]
    drop(window.findChild(QWidget, "dropZone").parentWidget(), *files)
    assert main_photo(window) == "p0.png"
    assert others(window) == ["p1.png", "p2.png"], "the fourth photo finds no room"
    driver.wait(lambda: "642 x 640 px" in info(window, 2))


def test_an_unusable_other_photo_blocks_generate_and_is_named(open_window, driver, photo, tmp_path):
    window = open_window()
    fill_form(window, photo)
    driver.wait(lambda: button(window, "generateButton").isEnabled())
    broken = tmp_path / "label.jpg"
    broken.write_bytes(b"not a photo")
    window.form.other_photos.add_paths([str(broken)])
    driver.wait(lambda: "label.jpg" in info(window, 1) and "Loading" not in info(window, 1))
    assert not button(window, "generateButton").isEnabled()
    assert "label.jpg" in window.findChild(QLabel, "formErrorLabel").text()
    button(window, "otherPhotoRemove_1").click()
    driver.wait(lambda: button(window, "generateButton").isEnabled())
