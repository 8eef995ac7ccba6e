"""Export from the window: Amazon file names in the chosen folder, and never an overwrite without asking."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

from PIL import Image
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QFileDialog, QLabel, QLineEdit, QMessageBox, QPushButton

from listing_genie_desktop.core.errors import ErrorKind
from listing_genie_desktop.core.product import IMAGE_TYPES
from tests.fakes.scripted_backend import fail
from tests.ui.conftest import button, start_generation

SLOTS = ("MAIN", "PT01", "PT02", "PT03", "PT04")
COMP = IMAGE_TYPES[-1]


def finished_run(open_window, driver, photo, **kwargs):  # type: ignore[no-untyped-def]
    window = open_window()
    start_generation(driver, window, photo, **kwargs)
    driver.wait(lambda: not window.model.running)
    return window


def choose_folder(window, driver, folder: Path) -> QDialog:  # type: ignore[no-untyped-def]
    """Export… opens one dialog (no folder picker first), starting in the user's folders, not the
    app's working folder; the folder is typed in, as a user may."""
    button(window, "exportButton").click()
    dialog = export_dialog(window, driver)
    assert not [c for c in window.findChildren(QFileDialog) if c.isVisible()]
    start = Path(dialog.findChild(QLineEdit, "exportFolderEdit").text())
    assert start.is_dir() and start.is_relative_to(Path.home()) and start != Path.cwd()
    dialog.findChild(QLineEdit, "exportFolderEdit").setText(str(folder))
    return dialog


def export_dialog(window, driver) -> QDialog:  # type: ignore[no-untyped-def]
    driver.wait(lambda: (d := window.findChild(QDialog, "exportDialog")) is not None and d.isVisible())
    return window.findChild(QDialog, "exportDialog")


def overwrite_box(window) -> QMessageBox | None:  # type: ignore[no-untyped-def]
    box = window.findChild(QMessageBox, "confirmOverwriteBox")
    return box if box is not None and box.isVisible() else None


def pixels(data: bytes) -> bytes:
    with Image.open(io.BytesIO(data)) as image:
        return image.tobytes()


def snapshot(folder: Path) -> dict[str, tuple[int, bytes]]:
    return {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in sorted(folder.iterdir())}


def test_export_writes_amazon_names_then_asks_before_overwriting(open_window, driver, photo, tmp_path):
    out = tmp_path / "upload"
    out.mkdir()
    window = finished_run(open_window, driver, photo, title="Insulated Steel Bottle")
    dialog = choose_folder(window, driver, out)
    assert Path(dialog.findChild(QLineEdit, "exportFolderEdit").text()) == out
    sku = dialog.findChild(QLineEdit, "skuEdit")
    assert sku.text() == "INSULATED-STEEL-BOTTLE"  # the title's slug until the seller types theirs
    assert dialog.findChild(QComboBox, "exportDialogFormatCombo").currentData() == "jpeg"  # from Settings
    sku.setText("BTL-01")
    button(dialog, "exportConfirmButton").click()

    driver.wait(lambda: window.findChild(QMessageBox, "exportDoneBox") is not None)
    names = [f"BTL-01.{slot}.jpg" for slot in SLOTS]
    assert all((out / name).is_file() for name in names)
    assert json.loads((out / "manifest.json").read_text())["sku"] == "BTL-01"
    assert window.last_export_message == f"Exported 5 images to {out}"
    done = window.findChild(QMessageBox, "exportDoneBox")
    done.button(QMessageBox.StandardButton.Ok).click()
    before = snapshot(out)

    # A second export of the same SKU: asked first; declining leaves every file as it was.
    button(window, "exportButton").click()
    dialog = export_dialog(window, driver)  # the folder is remembered: no chooser this time
    assert Path(dialog.findChild(QLineEdit, "exportFolderEdit").text()) == out
    dialog.findChild(QLineEdit, "skuEdit").setText("BTL-01")
    button(dialog, "exportConfirmButton").click()
    driver.wait(lambda: overwrite_box(window) is not None)
    box = overwrite_box(window)
    assert "already exist" in box.text() and "BTL-01.MAIN.jpg" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    driver.wait(lambda: "left as they were" in window.statusBar().currentMessage())
    assert snapshot(out) == before

    # Again, and this time replace: the export runs with force and writes every file again.
    (out / "BTL-01.MAIN.jpg").write_bytes(b"edited since: Replace must overwrite this")
    button(window, "exportButton").click()
    dialog = export_dialog(window, driver)
    dialog.findChild(QLineEdit, "skuEdit").setText("BTL-01")
    dialog.findChild(QCheckBox, "exportZipCheck").setChecked(True)
    window.exports.last_message = ""
    button(dialog, "exportConfirmButton").click()
    driver.wait(lambda: overwrite_box(window) is not None)
    overwrite_box(window).findChild(QPushButton, "overwriteButton").click()
    driver.wait(lambda: window.last_export_message == f"Exported 5 images to {out}")
    assert (out / "BTL-01.zip").is_file()
    after = snapshot(out)
    # the same pictures again (the bytes may differ: the sRGB profile embedded in each JPEG carries its time)
    assert all(pixels(after[name][1]) == pixels(before[name][1]) for name in names)


def test_a_partial_session_exports_its_finished_images_in_the_settings_format(
    open_window, driver, photo, backend, tmp_path
):
    backend.script[COMP] = [fail(ErrorKind.SERVER, "503 UNAVAILABLE", status=503)] * 4
    out = tmp_path / "partial"
    window = open_window()
    window.model.preferences.update(replace(window.model.settings, export_format="png"))
    start_generation(driver, window, photo, title="Partial Bottle")
    driver.wait(lambda: not window.model.running)
    out.mkdir()
    window.exports.folder = str(out)  # as if exported there before: the dialog starts there
    button(window, "exportButton").click()
    dialog = export_dialog(window, driver)
    assert "4 images" in dialog.findChild(QLabel, "exportIntroLabel").text()
    assert dialog.findChild(QComboBox, "exportDialogFormatCombo").currentData() == "png"
    button(dialog, "exportConfirmButton").click()
    driver.wait(lambda: window.last_export_message == f"Exported 4 images to {out}")
    assert sorted(p.name for p in out.glob("*.png")) == [f"PARTIAL-BOTTLE.{s}.png" for s in SLOTS[:4]]
