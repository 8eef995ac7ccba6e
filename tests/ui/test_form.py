"""The product form through the contract's objectNames: validation, counters, photo, chips, shortcut."""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from listing_genie_desktop.core.product import TITLE_MAX
from tests.ui.conftest import button, fill_form


def error_label(window) -> str:  # type: ignore[no-untyped-def]
    return window.findChild(QLabel, "formErrorLabel").text()


def test_empty_form_explains_what_is_missing_and_cannot_generate(open_window):
    window = open_window()
    assert error_label(window) == "Title is required."
    assert not button(window, "generateButton").isEnabled()


def test_valid_form_with_photo_enables_generate_and_clears_the_message(open_window, driver, photo):
    window = open_window()
    fill_form(window, photo)
    driver.wait(lambda: button(window, "generateButton").isEnabled())
    assert error_label(window) == ""
    info = window.findChild(QLabel, "referenceInfo").text()
    assert "640 x 640 px" in info
    assert not window.findChild(QLabel, "referencePreview").pixmap().isNull()
    warnings = window.findChild(QLabel, "referenceWarnings")
    assert warnings.isVisible() and "1000 px" in warnings.text()  # below Amazon's zoom size


def test_title_over_the_limit_is_refused_with_a_counter_in_red(open_window, driver, photo):
    window = open_window()
    fill_form(window, photo)
    driver.wait(lambda: button(window, "generateButton").isEnabled())
    title = window.findChild(QLineEdit, "titleEdit")
    title.setText("x" * (TITLE_MAX + 1))
    counter = window.findChild(QLabel, "titleEditCounter")
    assert counter.text() == f"{TITLE_MAX + 1} / {TITLE_MAX}"
    assert counter.property("tone") == "danger"
    assert "limit is 200" in error_label(window)
    assert not button(window, "generateButton").isEnabled()
    inline = window.findChild(QLabel, "titleEditError")
    assert inline.isVisible() and "limit" in inline.text()


def test_feature_is_required_and_unknown_intents_are_named(open_window, driver, photo):
    window = open_window()
    fill_form(window, photo)
    window.findChild(QLineEdit, "feature1Edit").setText("")
    window.findChild(QLineEdit, "feature2Edit").setText("")
    assert error_label(window) == "At least one key feature is required."
    window.findChild(QLineEdit, "feature1Edit").setText("Leak-proof lid")
    window.findChild(QPlainTextEdit, "keywordsEdit").setPlainText("gym bottle=speed")
    assert "Unknown intent 'speed'" in error_label(window)
    assert not button(window, "generateButton").isEnabled()


def test_unusable_photos_are_explained(open_window, driver, photo, tmp_path):
    window = open_window()
    fill_form(window, photo)
    edit = window.findChild(QLineEdit, "referenceImageEdit")
    edit.setText(str(tmp_path / "missing.jpg"))
    driver.wait(lambda: "not found" in error_label(window))
    tiny = tmp_path / "tiny.png"
    Image.new("RGB", (120, 90), "white").save(tiny)
    edit.setText(str(tiny))
    driver.wait(lambda: "too small" in error_label(window))
    assert "too small" in window.findChild(QLabel, "referenceWarnings").text()


def test_a_newer_photo_wins_over_a_slower_older_one(open_window, driver, photo, tmp_path):
    window = open_window()
    edit = window.findChild(QLineEdit, "referenceImageEdit")
    edit.setText(str(tmp_path / "missing.jpg"))
    edit.setText(str(photo))
    driver.wait(lambda: window.form.picker.photo is not None)
    assert window.form.picker.problem is None


def test_ctrl_enter_generates(open_window, driver, photo, qtbot):
    window = open_window()
    fill_form(window, photo)
    driver.wait(lambda: button(window, "generateButton").isEnabled())
    keywords = window.findChild(QPlainTextEdit, "keywordsEdit")
    keywords.setFocus()
    qtbot.keyClick(keywords, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    driver.wait(lambda: window.model.shown is not None)
    assert keywords.toPlainText().count("\n") == 1  # the shortcut did not type a newline


def test_ctrl_enter_on_an_invalid_form_shows_every_message(open_window, qtbot):
    window = open_window()
    qtbot.keyClick(window.findChild(QLineEdit, "titleEdit"), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.findChild(QLabel, "titleEditError").text() == "Title is required."
    assert window.model.shown is None


def test_intent_chips_toggle_rewrites_the_keyword_line(open_window, driver):
    window = open_window()
    keywords = window.findChild(QPlainTextEdit, "keywordsEdit")
    keywords.setPlainText("durable water bottle\ngym bottle=use_case")
    keywords.moveCursor(QTextCursor.MoveOperation.End)  # the chips follow the keyword under the cursor
    chips = window.findChild(QWidget, "intentChips")
    assert chips.isVisible() and "gym bottle" in window.findChild(QLabel, "intentCaption").text()
    chip = window.findChild(QPushButton, "chip_durability")
    assert not chip.isChecked() and window.findChild(QPushButton, "chip_use_case").isChecked()
    chip.click()
    assert keywords.toPlainText() == "durable water bottle\ngym bottle=durability,use_case"
    window.findChild(QPushButton, "chip_use_case").click()
    assert keywords.toPlainText() == "durable water bottle\ngym bottle=durability"
    chip.click()  # the last intent cannot be switched off
    assert keywords.toPlainText().endswith("gym bottle=durability") and chip.isChecked()
    keywords.moveCursor(QTextCursor.MoveOperation.Start)
    assert window.findChild(QPushButton, "chip_durability").isChecked()  # classified: "durable"


def test_the_language_choice_shows_what_is_detected_and_is_stored_with_the_session(open_window, driver, photo):
    from PySide6.QtWidgets import QComboBox

    from tests.ui.conftest import start_generation

    window = open_window()
    combo = window.findChild(QComboBox, "languageCombo")
    start_generation(driver, window, photo, title="Isolierte Trinkflasche für die Arbeit")
    assert combo.itemText(0) == "Detected: Deutsch"
    driver.wait(lambda: not window.model.running)
    stored = driver.run(window.model.services.store.load_stored(window.model.shown.session_id))
    assert stored.settings["language"] == "de"

    combo.setCurrentIndex(combo.findData("ja"))
    start_generation(driver, window, photo)
    driver.wait(lambda: not window.model.running)
    stored = driver.run(window.model.services.store.load_stored(window.model.shown.session_id))
    assert stored.settings["language"] == "ja"

    window.duplicate()  # the session's product in an editable form keeps its labels' language
    assert combo.currentData() == "ja"


def test_a_compared_with_field_beside_each_feature_reaches_the_comparison(open_window, driver, photo):
    window = open_window()
    fill_form(window, photo)
    compared = window.findChild(QLineEdit, "compared2Edit")
    assert compared.accessibleName() == "Compared with, for feature 2"
    compared.setText("Snap lids leak when tipped")
    driver.wait(lambda: button(window, "generateButton").isEnabled())
    assert window.form.values().compared_with == ("", "Snap lids leak when tipped", "")
    window.findChild(QLineEdit, "feature2Edit").setText("")
    assert error_label(window).startswith("Feature 2 is empty")
    assert not button(window, "generateButton").isEnabled()
