"""The Settings model picker: the key's image models with sizes and price, a refresh from the API, free text
kept; a saved model the key's list lacks is refused before any request."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QToolButton

from listing_genie_desktop.api_keys import KEYRING_SERVICE, KEYRING_USER
from listing_genie_desktop.settings import Settings
from tests.fakes.gemini_server import TODAYS_IMAGE_MODELS
from tests.ui.conftest import banner_text, button, fill_form

KEY = "AIzaTestKey-0123456789abcdefghijklmnopqrstu"


def open_settings(window) -> QDialog:  # type: ignore[no-untyped-def]
    button(window, "settingsButton").click()
    return window.findChild(QDialog, "settingsDialog")


def picker_items(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_picker_offers_the_listed_models_best_first_with_sizes_and_price(open_window, driver):
    window = open_window()
    driver.wait(lambda: window.model.preferences.models is not None)
    dialog = open_settings(window)
    combo = dialog.findChild(QComboBox, "modelCombo")
    assert sorted(picker_items(combo)) == sorted(TODAYS_IMAGE_MODELS)
    best = window.model.preferences.models.recommended
    assert picker_items(combo)[0] == best.name and best.name in combo.lineEdit().placeholderText()
    pro = combo.findText("gemini-3-pro-image")
    assert "1K/2K/4K" in combo.itemData(pro, Qt.ItemDataRole.ToolTipRole)
    assert "$0.24" in combo.itemData(pro, Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(pro)
    info = dialog.findChild(QLabel, "modelInfoLabel")
    assert "1K/2K/4K" in info.text() and "4K $0.24" in info.text()
    size = dialog.findChild(QComboBox, "imageSizeCombo")
    assert size.currentData() == "2K"
    size.setCurrentIndex(size.findData("4K"))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    settings_file = window.model.paths.settings_file
    driver.wait(settings_file.exists)
    stored = json.loads(settings_file.read_text())
    assert (stored["model"], stored["image_size"]) == ("gemini-3-pro-image", "4K")


def test_a_model_typed_in_that_the_key_lacks_is_kept_and_flagged(open_window, driver):
    window = open_window()
    driver.wait(lambda: window.model.preferences.models is not None)
    dialog = open_settings(window)
    combo = dialog.findChild(QComboBox, "modelCombo")
    combo.setCurrentText("gemini-2.5-flash-image")
    assert "not among the models this key can use" in dialog.findChild(QLabel, "modelInfoLabel").text()
    assert dialog.values().model == "gemini-2.5-flash-image"


def test_refresh_lists_the_models_from_the_api(open_window, driver, gemini_server, monkeypatch, memory_keyring):
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", gemini_server.base_url)
    memory_keyring.passwords[(KEYRING_SERVICE, KEYRING_USER)] = KEY
    gemini_server.listed = [*TODAYS_IMAGE_MODELS, "gemini-4-flash-image", "gemini-3-flash"]
    window = open_window()
    dialog = open_settings(window)
    combo = dialog.findChild(QComboBox, "modelCombo")
    button(dialog, "refreshModelsButton").click()
    driver.wait(lambda: "gemini-4-flash-image" in picker_items(combo), timeout_ms=30_000)
    assert "gemini-3-flash" not in picker_items(combo), "text models are not offered"
    assert [r.api_key for r in gemini_server.list_requests] == [KEY]
    assert "image models listed" in dialog.findChild(QLabel, "modelInfoLabel").text()


def test_the_window_lists_the_models_as_it_opens_when_none_are_kept(
    open_window, driver, gemini_server, monkeypatch, memory_keyring
):
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", gemini_server.base_url)
    memory_keyring.passwords[(KEYRING_SERVICE, KEYRING_USER)] = KEY
    window = open_window(models_listed=False)
    driver.wait(lambda: window.model.preferences.models is not None, timeout_ms=30_000)
    assert len(gemini_server.list_requests) == 1
    assert (window.model.paths.data / "models.json").is_file()


def test_a_saved_model_the_key_lacks_is_refused_before_any_request(open_window, driver, photo, backend, monkeypatch):
    monkeypatch.setenv("GEMINI_API_KEY", KEY)
    window = open_window()
    window.model.preferences.settings = Settings(backend="gemini", model="gemini-2.5-flash-image")
    fill_form(window, photo)
    generate = button(window, "generateButton")
    driver.wait(generate.isEnabled)
    generate.click()
    driver.wait(lambda: banner_text(window).startswith("Could not start"))
    detail = window.findChild(QLabel, "bannerDetail").text()
    assert "gemini-2.5-flash-image" in detail and TODAYS_IMAGE_MODELS[0] in detail
    assert backend.calls == [] and window.model.history.rowCount() == 0


def test_retry_failed_of_a_session_whose_model_was_retired_since_uses_the_recommended_one(
    open_window, driver, photo, backend, monkeypatch, qtbot
):
    from listing_genie_desktop.core.errors import ErrorKind
    from listing_genie_desktop.core.product import ImageType
    from tests.fakes.model_lists import keep_model_list
    from tests.fakes.scripted_backend import fail

    monkeypatch.setenv("GEMINI_API_KEY", KEY)
    retired = "gemini-3-pro-image-preview"
    keep_model_list([*TODAYS_IMAGE_MODELS, retired])
    window = open_window(models_listed=False)
    made_with = []

    def scripted(choice, settings):  # type: ignore[no-untyped-def]
        made_with.append(choice.model)
        return backend

    window.model.services.backend_factory = scripted
    backend.script[ImageType.COMPARISON] = [fail(ErrorKind.SERVER, "503 UNAVAILABLE", status=503)] * 4
    window.model.preferences.settings = Settings(backend="gemini", model=retired)
    fill_form(window, photo)
    driver.wait(button(window, "generateButton").isEnabled)
    button(window, "generateButton").click()
    driver.wait(lambda: window.model.shown is not None and not window.model.running)
    assert banner_text(window).startswith("4 of 5 images ready")

    best = keep_model_list(TODAYS_IMAGE_MODELS).recommended  # Google shuts the preview down
    session_id = window.model.shown.session_id
    window.model.new_session()
    window.model.show_session(session_id)  # the session opened again from the history
    advice = window.findChild(QLabel, "bannerAdvice")
    driver.wait(lambda: f"{retired} is no longer served: Retry uses {best.name}" in advice.text())
    retry = button(window, "retryFailedButton")
    assert retry.isVisible() and retry.text() == f"Retry with {best.name}"
    assert not window.findChild(QToolButton, "retryWithButton").isVisible(), "one button: Retry with the new model"
    with qtbot.waitSignal(window.model.notice, timeout=10_000) as said:
        retry.click()
    driver.wait(lambda: banner_text(window).startswith("5 of 5 images ready."))  # the scripted backend reports no usage
    assert made_with == [retired, best.name]
    assert retired in said.args[0] and best.name in said.args[0] and "--" not in said.args[0]
