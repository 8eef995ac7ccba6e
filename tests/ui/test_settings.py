"""The settings dialog: values persist across windows; the key goes to the keyring and never to a log."""

from __future__ import annotations

import json
import threading

import keyring
import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QSpinBox

from listing_genie_desktop.api_keys import KEYRING_SERVICE, KEYRING_USER
from listing_genie_desktop.core.errors import ErrorKind
from listing_genie_desktop.core.product import IMAGE_TYPES
from tests.fakes.scripted_backend import fail
from tests.ui.conftest import button, close, start_generation

KEY = "AIzaTestKey-0123456789abcdefghijklmnopqrstu"


def open_settings(window) -> QDialog:  # type: ignore[no-untyped-def]
    button(window, "settingsButton").click()
    dialog = window.findChild(QDialog, "settingsDialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def save(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def test_settings_persist_across_windows(open_window, driver):
    window = open_window()
    dialog = open_settings(window)
    backend = dialog.findChild(QComboBox, "backendCombo")
    backend.setCurrentIndex(backend.findData("studio"))
    dialog.findChild(QSpinBox, "concurrencySpin").setValue(4)
    dialog.findChild(QSpinBox, "maxRetriesSpin").setValue(1)
    dialog.findChild(QCheckBox, "textOverlayCheck").setChecked(False)
    export = dialog.findChild(QComboBox, "exportFormatCombo")
    export.setCurrentIndex(export.findData("png"))
    dialog.findChild(QComboBox, "modelCombo").setCurrentText("gemini-3-pro-image-preview")
    save(dialog)
    settings_file = window.model.paths.settings_file
    driver.wait(settings_file.exists)
    stored = json.loads(settings_file.read_text())
    assert stored["backend"] == "studio" and stored["concurrency"] == 4 and stored["max_retries"] == 1
    assert stored["export_format"] == "png" and stored["text_overlay"] is False
    assert stored["model"] == "gemini-3-pro-image-preview"
    assert window.model.settings.concurrency == 4
    close(driver, window)

    reopened = open_window()
    dialog = open_settings(reopened)
    assert dialog.findChild(QComboBox, "backendCombo").currentData() == "studio"
    assert dialog.findChild(QSpinBox, "concurrencySpin").value() == 4
    assert dialog.findChild(QComboBox, "exportFormatCombo").currentData() == "png"
    assert not dialog.findChild(QCheckBox, "textOverlayCheck").isChecked()


def test_cancelling_settings_changes_nothing(open_window):
    window = open_window()
    dialog = open_settings(window)
    dialog.findChild(QSpinBox, "concurrencySpin").setValue(5)
    dialog.reject()
    assert window.model.settings.concurrency == 2
    assert not window.model.paths.settings_file.exists()


def test_api_key_goes_to_the_keyring(open_window, driver, memory_keyring):
    window = open_window()
    dialog = open_settings(window)
    note = dialog.findChild(QLabel, "keyNoteLabel")
    assert note.text().startswith("No key saved")
    dialog.findChild(QLineEdit, "apiKeyEdit").setText(KEY)
    button(dialog, "saveKeyButton").click()
    driver.wait(lambda: note.text() == "A key is saved in the system keyring.")
    assert memory_keyring.passwords[(KEYRING_SERVICE, KEYRING_USER)] == KEY
    assert dialog.findChild(QLineEdit, "apiKeyEdit").text() == ""  # not left on screen


def test_without_a_keyring_the_key_is_kept_for_this_run_only(open_window, driver, monkeypatch):
    def no_keyring(*args: object) -> None:
        raise keyring.errors.NoKeyringError("no backend")

    monkeypatch.setattr(keyring, "set_password", no_keyring)
    window = open_window()
    dialog = open_settings(window)
    dialog.findChild(QLineEdit, "apiKeyEdit").setText(KEY)
    button(dialog, "saveKeyButton").click()
    note = dialog.findChild(QLabel, "keyNoteLabel")
    driver.wait(lambda: "kept for this run only" in note.text())
    driver.wait(lambda: "kept for this run only" in window.statusBar().currentMessage())


def test_the_key_never_reaches_the_log_or_the_diagnostics(open_window, driver, photo, backend, app_log):
    for image_type in IMAGE_TYPES:
        backend.script[image_type] = [fail(ErrorKind.AUTH, f"API key {KEY} not valid", status=400)]
    window = open_window()
    dialog = open_settings(window)
    dialog.findChild(QLineEdit, "apiKeyEdit").setText(KEY)
    save(dialog)
    driver.wait(lambda: "keyring" in window.model.preferences.key_status())
    start_generation(driver, window, photo)  # auto + a key: the gemini backend (scripted here)
    driver.wait(lambda: not window.model.running)
    assert window.model.shown is not None
    QGuiApplication.clipboard().clear()
    button(window, "copyDiagnosticsButton").click()
    driver.wait(lambda: "Attempts:" in QGuiApplication.clipboard().text())
    diagnostics = QGuiApplication.clipboard().text()
    assert KEY not in diagnostics and "[REDACTED]" in diagnostics
    assert "API key: configured (keyring)" in diagnostics
    log_text = app_log.read_text()
    assert "not valid" in log_text and KEY not in log_text


def test_the_keyring_is_never_read_on_the_ui_thread(open_window, driver, photo, memory_keyring, monkeypatch):
    """Keyring backends can block (D-Bus, a permission prompt): the window reads the keyring in a worker
    thread as it opens and remembers it; Settings, Generate and diagnostics must not wait on it."""
    memory_keyring.passwords[(KEYRING_SERVICE, KEYRING_USER)] = KEY
    on_ui_thread = []
    read = memory_keyring.get_password

    def get_password(service, username):
        on_ui_thread.append(threading.current_thread() is threading.main_thread())
        return read(service, username)

    monkeypatch.setattr(memory_keyring, "get_password", get_password)
    window = open_window()
    dialog = open_settings(window)
    assert dialog.findChild(QLabel, "keyNoteLabel").text() == "A key is saved in the system keyring."
    dialog.reject()
    start_generation(driver, window, photo)  # auto + a key: the gemini backend (scripted here)
    driver.wait(lambda: not window.model.running)
    QGuiApplication.clipboard().clear()
    button(window, "copyDiagnosticsButton").click()
    driver.wait(lambda: "Attempts:" in QGuiApplication.clipboard().text())
    assert "API key: configured (keyring)" in QGuiApplication.clipboard().text()
    assert on_ui_thread and not any(on_ui_thread)


@pytest.mark.parametrize("source", ["GEMINI_API_KEY"])
def test_an_environment_key_is_reported_as_overriding_settings(open_window, monkeypatch, source):
    monkeypatch.setenv(source, KEY)
    window = open_window()
    note = open_settings(window).findChild(QLabel, "keyNoteLabel").text()
    assert source in note and KEY not in note


def test_connection_test_reports_an_invalid_key_with_its_advice(open_window, driver, gemini_server, monkeypatch):
    from tests.fakes.gemini_server import Reply

    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", gemini_server.base_url)
    gemini_server.default = Reply.invalid_key()
    window = open_window()
    dialog = open_settings(window)
    dialog.findChild(QLineEdit, "apiKeyEdit").setText(KEY)
    button(dialog, "saveKeyButton").click()
    driver.wait(lambda: "keyring" in dialog.findChild(QLabel, "keyNoteLabel").text())
    result = dialog.findChild(QLabel, "testResultLabel")
    button(dialog, "testConnectionButton").click()
    driver.wait(lambda: result.text().startswith("Failed"), timeout_ms=30_000)
    assert result.text().startswith(f"Failed ({ErrorKind.AUTH.value})")
    assert ErrorKind.AUTH.advice in result.text()
    assert "Connected" not in result.text() and KEY not in result.text()
    assert button(dialog, "testConnectionButton").isEnabled()
    assert gemini_server.requests and gemini_server.requests[-1].api_key == KEY


def test_connection_test_says_connected_when_the_key_works(open_window, driver, gemini_server, monkeypatch):
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", gemini_server.base_url)
    monkeypatch.setenv("GEMINI_API_KEY", KEY)
    window = open_window()
    dialog = open_settings(window)
    result = dialog.findChild(QLabel, "testResultLabel")
    button(dialog, "testConnectionButton").click()
    driver.wait(lambda: result.text() not in ("", "Testing…"), timeout_ms=30_000)
    recommended = window.model.preferences.models.recommended
    assert result.text() == f"Connected: the key works with {recommended.name}."
    assert gemini_server.requests[-1].method == "GET"


def test_connection_test_without_a_key_says_so(open_window, driver):
    window = open_window()
    dialog = open_settings(window)
    result = dialog.findChild(QLabel, "testResultLabel")
    button(dialog, "testConnectionButton").click()
    driver.wait(lambda: result.text() not in ("", "Testing…"))
    assert result.text().startswith("No API key")


@pytest.mark.parametrize("content", ["[1,2,3]", '"x"', "null", '{"concurrency": 1e400}', "{not json"])
def test_a_corrupt_settings_file_never_stops_the_window_and_is_kept_aside(open_window, driver, content):
    from PySide6.QtWidgets import QMessageBox

    from listing_genie_desktop.paths import AppPaths

    settings_file = AppPaths.from_environment().settings_file
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_text(content)
    window = open_window()
    driver.wait(lambda: window.findChild(QMessageBox, "warningBox") is not None)
    boxes = window.findChildren(QMessageBox, "warningBox")
    assert len(boxes) == 1  # said once
    kept = list(settings_file.parent.glob("settings.json.bad-*"))
    assert len(kept) == 1 and kept[0].read_text() == content
    assert str(kept[0]) in boxes[0].text()
    assert window.model.settings.concurrency == 2  # the defaults
    boxes[0].accept()
    close(driver, window)
