"""A MAIN that is not Amazon-ready is said so everywhere in the window: its card, the banner, the
history row and Export (which warns, naming the image, and still exports)."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from listing_genie_desktop import services as services_module
from listing_genie_desktop.core.ports import EncodedImage
from listing_genie_desktop.core.product import ImageType
from listing_genie_desktop.ui.history_model import SUMMARY_ROLE
from tests.ui.conftest import banner_text, button, card, start_generation

SOFT = "Upscaled from 600 px: the product is 344 px across in the 600 x 400 px photo, so zoom will look soft."
LEFTOVER = "About 3% of the cut-out is the photo's background kept with the product."


def finish_with_main_issues(image_type, generated, product, **options) -> EncodedImage:  # type: ignore[no-untyped-def]
    """A small PNG, and the report the real check gives a cup cut out of a small photo on wood."""
    buffer = io.BytesIO()
    generated.image.convert("RGB").resize((240, 240)).save(buffer, format="PNG", compress_level=1)
    issues = [SOFT, LEFTOVER] if image_type is ImageType.MAIN else []
    return EncodedImage(buffer.getvalue(), {"compliant": not issues, "issues": issues})


@pytest.fixture
def not_ready_window(open_window, driver, photo, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(services_module, "finish_and_encode", finish_with_main_issues)
    window = open_window()
    start_generation(driver, window, photo, title="Espresso Cup")
    driver.wait(lambda: not window.model.running and "Amazon-ready" in banner_text(window))
    return window


def test_the_banner_names_the_image_and_is_not_green(not_ready_window):
    window = not_ready_window
    text = banner_text(window)
    assert text.startswith("5 of 5 images ready")
    assert f"The Main image is not Amazon-ready: {SOFT} (and 1 more issue)" in text
    assert window.banner.property("tone") == "warning"


def test_the_card_badge_says_not_amazon_ready_with_every_issue(not_ready_window):
    badge = card(not_ready_window, ImageType.MAIN).findChild(QLabel, "complianceBadge")
    assert badge.isVisible() and badge.text() == "Not Amazon-ready"
    assert SOFT in badge.toolTip() and LEFTOVER in badge.toolTip()


def test_the_history_row_is_not_a_plain_complete(not_ready_window, driver):
    history = not_ready_window.history_panel.list.model()
    # the row is read again when the run ends: under load it may first show the run still generating
    driver.wait(lambda: history.rowCount() == 1 and history.index(0).data(SUMMARY_ROLE).status == "complete")
    assert history.index(0).data(SUMMARY_ROLE).main_compliant is False
    assert "Complete: MAIN not Amazon-ready, 5 of 5 images" in history.index(0).data(Qt.ItemDataRole.ToolTipRole)


def test_export_warns_naming_the_image_and_still_exports(not_ready_window, driver, tmp_path):
    window = not_ready_window
    out = tmp_path / "upload"
    out.mkdir()
    window.exports.folder = str(out)  # exported there before: the dialog starts there
    button(window, "exportButton").click()
    driver.wait(lambda: (d := window.findChild(QDialog, "exportDialog")) is not None and d.isVisible())
    dialog = window.findChild(QDialog, "exportDialog")
    warning = dialog.findChild(QLabel, "exportComplianceWarning")
    assert warning.isVisible() and warning.text().startswith("Not Amazon-ready: Main image.")
    assert SOFT in warning.text()
    confirm = button(dialog, "exportConfirmButton")
    assert confirm.isEnabled()
    confirm.click()
    driver.wait(lambda: window.findChild(QMessageBox, "exportDoneBox") is not None)
    done = window.findChild(QMessageBox, "exportDoneBox")
    assert done.icon() is QMessageBox.Icon.Warning
    assert "Main (ESPRESSO-CUP.MAIN.jpg): " + SOFT in done.informativeText()
    assert (out / "ESPRESSO-CUP.MAIN.jpg").is_file()
    with Image.open(out / "ESPRESSO-CUP.PT04.jpg") as exported:
        assert exported.size == (240, 240)
    done.button(QMessageBox.StandardButton.Ok).click()


def test_an_amazon_ready_main_keeps_a_green_banner_and_no_export_warning(open_window, driver, photo):
    window = open_window()
    start_generation(driver, window, photo)
    driver.wait(lambda: not window.model.running and banner_text(window).startswith("5 of 5"))
    assert "Amazon-ready" not in banner_text(window) and window.banner.property("tone") == "success"
    badge = card(window, ImageType.MAIN).findChild(QLabel, "complianceBadge")
    assert badge.text() == "Amazon-ready" and "clean cut-out" in badge.toolTip()
