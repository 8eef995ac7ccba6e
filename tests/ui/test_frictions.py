"""The small things a seller tripped over (issue #17 item 6), each as the seller meets it in the window."""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
)

from listing_genie_desktop.core.product import IMAGE_TYPES
from listing_genie_desktop.ui import image_card
from listing_genie_desktop.ui.settings_model import ConnectionResult
from tests.fakes.scripted_backend import HANG
from tests.ui.conftest import banner_text, button, card_text, fill_form, start_generation
from tests.ui.test_history import select_row, titles

MAIN, INFO1, INFO2, LIFE, COMP = IMAGE_TYPES


def shown_texts(window, needle: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [w.text() for w in window.findChildren(QLabel) if w.isVisible() and needle in w.text()]


def form_error(window) -> QLabel:  # type: ignore[no-untyped-def]
    return window.findChild(QLabel, "formErrorLabel")


def test_an_untouched_form_holds_its_message_without_showing_it(open_window, qtbot):
    window = open_window()
    assert form_error(window).text() == "Title is required."  # the contract's hook
    assert not shown_texts(window, "required"), "nothing is wrong yet: the seller has not started"
    window.findChild(QLineEdit, "feature1Edit").setText("Leak-proof lid")  # started, but not the title
    assert shown_texts(window, "Title is required.") == ["Title is required."]
    qtbot.keyClick(window.findChild(QLineEdit, "titleEdit"), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert shown_texts(window, "Title is required.") == ["Title is required."], "under the title now, once"
    assert window.findChild(QLabel, "titleEditError").isVisible()


def test_an_unknown_intent_is_explained_once_in_the_sellers_words(open_window, driver, photo):
    window = open_window()
    fill_form(window, photo)
    keywords = window.findChild(QPlainTextEdit, "keywordsEdit")
    keywords.setPlainText("espresso cup=speed")
    (message,) = shown_texts(window, "Unknown intent")
    assert "solves a problem" in message and "use case" in message
    assert "problem_solution" not in message and "use_case" not in message
    keywords.setPlainText("espresso cup=solves a problem, durable")  # the words it names are accepted
    driver.wait(lambda: button(window, "generateButton").isEnabled())
    assert not shown_texts(window, "Unknown intent")


def test_a_stored_session_without_keywords_shows_no_example_text(open_window, driver, photo):
    window = open_window()
    fill_form(window, photo)
    window.findChild(QPlainTextEdit, "keywordsEdit").setPlainText("")
    window.findChild(QLineEdit, "audienceEdit").setText("")
    assert window.findChild(QPlainTextEdit, "keywordsEdit").placeholderText()  # a new form has examples
    start_generation_of_filled(driver, window)
    driver.wait(lambda: not window.model.running)
    button(window, "newSessionButton").click()
    driver.wait(lambda: titles(window) == ["Insulated Steel Bottle"])
    select_row(window, 0)
    driver.wait(lambda: window.findChild(QLineEdit, "titleEdit").isReadOnly())
    for editor in (window.findChild(QPlainTextEdit, "keywordsEdit"), window.findChild(QLineEdit, "audienceEdit")):
        assert editor.placeholderText() == "" and not (editor.text() if isinstance(editor, QLineEdit) else "")
    button(window, "duplicateButton").click()
    assert window.findChild(QPlainTextEdit, "keywordsEdit").placeholderText()  # editable again: examples back


def test_a_stored_session_shows_its_keywords_as_they_were_typed(open_window, driver, photo):
    window = open_window()
    fill_form(window, photo)
    typed = "espresso cup\ngift for coffee lovers=comparison"
    window.findChild(QPlainTextEdit, "keywordsEdit").setPlainText(typed)
    start_generation_of_filled(driver, window)
    driver.wait(lambda: not window.model.running)
    button(window, "newSessionButton").click()
    driver.wait(lambda: titles(window) == ["Insulated Steel Bottle"])
    select_row(window, 0)
    driver.wait(lambda: window.findChild(QLineEdit, "titleEdit").isReadOnly())
    assert window.findChild(QPlainTextEdit, "keywordsEdit").toPlainText() == typed  # not "espresso cup=use_case"


def start_generation_of_filled(driver, window) -> None:  # type: ignore[no-untyped-def]
    generate = button(window, "generateButton")
    driver.wait(generate.isEnabled)
    generate.click()
    driver.wait(lambda: window.model.running)


def test_enter_in_a_single_line_field_moves_to_the_next(open_window, qtbot):
    window = open_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    order = ["titleEdit", "feature1Edit", "compared1Edit", "feature2Edit", "compared2Edit", "feature3Edit"]
    order += ["compared3Edit", "audienceEdit", "languageCombo"]
    window.findChild(QLineEdit, order[0]).setFocus()
    for here, there in itertools.pairwise(order):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        assert QApplication.focusWidget().objectName() == there, f"Enter in {here}"
    assert window.model.shown is None  # Enter never generated


def test_a_cancelled_card_says_one_sentence(open_window, driver, photo, backend):
    for image_type in (INFO1, INFO2, LIFE, COMP):
        backend.script[image_type] = [HANG]
    window = open_window()
    start_generation(driver, window, photo)
    driver.wait(lambda: card_text(window, INFO1, "statusLabel") == "Generating")
    button(window, "cancelButton").click()
    driver.wait(lambda: not window.model.running)
    text = card_text(window, INFO1, "errorLabel")
    assert text.count(".") == 1 and text.endswith(".") and text.lower().count("cancelled") == 1
    assert "Retry failed" in text


def test_a_long_attempt_shows_its_elapsed_time_on_the_cards_clock(open_window, driver, photo, backend, monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(image_card, "clock", lambda: now[0])
    backend.script[COMP] = [HANG]
    window = open_window()
    start_generation(driver, window, photo)
    driver.wait(lambda: card_text(window, COMP, "statusLabel") == "Generating")
    assert card_text(window, COMP, "thumbnailLabel") == "Generating… 0 s"
    now[0] += 42
    driver.wait(lambda: card_text(window, COMP, "thumbnailLabel") == "Generating… 42 s")
    button(window, "cancelButton").click()
    driver.wait(lambda: not window.model.running)
    assert "Generating" not in card_text(window, COMP, "thumbnailLabel")


def test_the_stop_generating_question_goes_away_when_the_run_ends(open_window, driver, photo, backend):
    backend.script[COMP] = [HANG]
    window = open_window()
    start_generation(driver, window, photo)
    window.close()
    driver.wait(lambda: (box := window.findChild(QMessageBox, "confirmCloseBox")) is not None and box.isVisible())
    window.model.runs.cancel()  # the run ends on its own while the question is open (here: cancelled)
    driver.wait(lambda: not window.model.running)
    driver.wait(lambda: not [b for b in window.findChildren(QMessageBox, "confirmCloseBox") if b.isVisible()])
    assert window.isVisible() and not window.shut_down  # nothing was answered: the window stays


def settings_dialog(window) -> QDialog:  # type: ignore[no-untyped-def]
    button(window, "settingsButton").click()
    (dialog,) = [d for d in window.findChildren(QDialog, "settingsDialog") if d.isVisible()]
    return dialog


def test_a_long_connection_error_is_shown_whole(open_window, driver, monkeypatch):
    window = open_window()
    long = ConnectionResult(
        False,
        "Failed (network): the connection to generativelanguage.googleapis.com could not be established "
        "because the proxy at 10.0.0.1:3128 refused it after 3 tries.",
        "Check the network, the proxy settings and the firewall, then test again.",
    )

    async def answer(*_args: object) -> ConnectionResult:
        return long

    monkeypatch.setattr(window.model.preferences, "_test_connection", answer)
    dialog = settings_dialog(window)
    result = dialog.findChild(QLabel, "testResultLabel")
    button(dialog, "testConnectionButton").click()
    driver.wait(lambda: "proxy" in result.text())
    QApplication.processEvents()
    assert result.isVisible() and result.height() >= result.heightForWidth(result.width())
    assert dialog.rect().contains(QRect(result.mapTo(dialog, QPoint(0, 0)), result.size()))


def test_no_api_key_goes_away_once_a_key_is_saved(open_window, driver, photo):
    window = open_window()
    window.model.preferences.settings = type(window.model.settings)(backend="gemini")  # no key configured
    fill_form(window, photo)
    driver.wait(lambda: button(window, "generateButton").isEnabled())
    button(window, "generateButton").click()
    driver.wait(lambda: banner_text(window).startswith("Could not start"))
    dialog = settings_dialog(window)
    dialog.findChild(QComboBox, "backendCombo").setCurrentIndex(
        dialog.findChild(QComboBox, "backendCombo").findData("gemini")
    )
    button(dialog, "testConnectionButton").click()
    driver.wait(lambda: "No API key" in dialog.findChild(QLabel, "testResultLabel").text())
    dialog.findChild(QLineEdit, "apiKeyEdit").setText("AIza-test-key-0123456789")
    button(dialog, "saveKeyButton").click()
    driver.wait(lambda: button(dialog, "saveKeyButton").isEnabled())
    assert not shown_texts(dialog, "No API key") and not shown_texts(dialog, "No key saved")
    assert not banner_text(window).startswith("Could not start")
    assert not shown_texts(window, "No Gemini API key")


def test_the_photo_chooser_starts_in_the_users_folders(open_window):
    window = open_window()
    button(window, "browseReferenceButton").click()
    chooser = window.findChild(QFileDialog, "referenceChooser")
    assert chooser is not None and chooser.isVisible()
    folder = Path(chooser.directory().absolutePath())
    assert folder.is_relative_to(Path.home()) and folder != Path.cwd()
    chooser.reject()


def test_the_theme_is_a_setting_system_light_or_dark(open_window, driver):
    window = open_window()
    app = QApplication.instance()
    try:
        for choice, dark in (("dark", True), ("light", False)):
            dialog = settings_dialog(window)
            combo = dialog.findChild(QComboBox, "themeCombo")
            combo.setCurrentIndex(combo.findData(choice))
            dialog.accept()
            assert (app.palette().window().color().lightness() < 128) is dark, choice
            assert window.model.settings.theme == choice
        saved = window.model.paths.settings_file
        driver.wait(lambda: saved.exists() and '"theme": "light"' in saved.read_text())
    finally:
        window.model.preferences.update(type(window.model.settings)())


def test_every_tab_stop_shows_that_it_has_the_focus(open_window, qtbot):
    window = open_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.findChild(QLineEdit, "titleEdit").setFocus()
    seen, missing = set(), []
    widget = QApplication.focusWidget()
    while widget is not None and widget not in seen:
        seen.add(widget)
        focused = widget.grab().toImage()
        window.setFocus()  # the window itself: nothing inside shows focus
        QApplication.processEvents()
        plain = widget.grab().toImage()
        if focused == plain:
            missing.append(widget.objectName() or type(widget).__name__)
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
    assert len(seen) > 10
    assert not missing, f"no visible focus: {missing}"


def test_the_first_frame_is_already_in_the_chosen_theme(qapp, isolated_home):
    from listing_genie_desktop.paths import AppPaths
    from listing_genie_desktop.ui.main_window import MainWindow
    from listing_genie_desktop.ui.theme import apply_theme

    paths = AppPaths.from_environment()
    paths.ensure()
    paths.settings_file.write_text('{"theme": "dark"}', encoding="utf-8")
    shell = MainWindow(paths, staged=True)  # the shell only: painted before the settings are loaded
    try:
        assert qapp.palette().window().color().lightness() < 128
    finally:
        shell.close()
        shell.deleteLater()
        apply_theme(qapp)
