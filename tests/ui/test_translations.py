"""The window in German and Japanese: Qt's translations (the .ts sources compiled to .qm, as the
build does), chosen by Settings' `ui_language`, with numbers, sizes, money and dates in the locale."""

from __future__ import annotations

import string
import threading
import xml.etree.ElementTree as ET
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from listing_genie_desktop.core.attempts import NO_ANSWER_IN_TIME
from listing_genie_desktop.core.errors import ErrorKind
from listing_genie_desktop.core.product import ImageType
from listing_genie_desktop.ui import i18n, messages
from tests.fakes.scripted_backend import fail
from tests.ui.conftest import banner_text, button, card, close, fill_form, start_generation


def visible_texts(window: QWidget) -> list[tuple[str, str]]:
    """(widget, text) for every text a user sees on the window, in construction order."""
    found: list[tuple[str, str]] = [("window title", window.windowTitle())]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        name = f"{type(widget).__name__} {widget.objectName()}"
        if isinstance(widget, (QLabel, QAbstractButton)) and widget.text():
            found.append((name, widget.text()))
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)) and widget.placeholderText():
            found.append((name + " placeholder", widget.placeholderText()))
        elif isinstance(widget, QComboBox) and widget.currentText():
            found.append((name, widget.currentText()))
    return found


def _translated_as_itself(language: str) -> set[str]:
    """Sources whose translation is deliberately the same words ("Lifestyle", "SKU", "Gemini")."""
    tree = ET.parse(i18n.I18N_DIR / f"listing_genie_{language}.ts")
    return {
        m.findtext("source") or "" for m in tree.iter("message") if m.findtext("source") == m.findtext("translation")
    }


def _open(open_window, speak, language: str):  # type: ignore[no-untyped-def]
    speak(language)
    return open_window()


@pytest.mark.parametrize(
    ("language", "generate", "settings", "main", "waiting", "decimal"),
    [
        ("de", "Erzeugen", "Einstellungen", "Hauptbild", "Wartet", "1,5 MB"),
        ("ja", "生成", "設定", "メイン", "待機中", "1.5 MB"),
    ],
)
def test_the_window_speaks_the_chosen_language(
    open_window, driver, speak, language, generate, settings, main, waiting, decimal
) -> None:
    english = open_window()
    month = "monthCostLabel"  # filled once the history's costs are read, a moment after the window opens
    driver.wait(lambda: english.findChild(QLabel, month).text())
    source = visible_texts(english)
    close(driver, english)
    window = _open(open_window, speak, language)
    driver.wait(lambda: window.findChild(QLabel, month).text())
    assert QLocale().name().startswith(language)
    assert button(window, "generateButton").text() == generate
    assert button(window, "settingsButton").text() == settings
    main_card = card(window, ImageType.MAIN)
    labels = [label.text() for label in main_card.findChildren(QLabel)]
    assert main in labels and main_card.findChild(QLabel, "statusLabel").text() == waiting
    assert i18n.format_bytes(1_500_000) == decimal
    shown = visible_texts(window)
    assert [name for name, _ in shown] == [name for name, _ in source]  # the same widgets, now in `language`
    same = _translated_as_itself(language)
    untranslated = [
        (name, text)
        for (name, text), (_, before) in zip(shown, source, strict=True)
        if text == before and text not in same and any(c.isalpha() for c in text)  # "0 / 200" has no words
    ]
    assert untranslated == [], untranslated
    dialog = window.open_settings()
    driver.wait(dialog.isVisible)
    assert dialog.windowTitle() == settings
    assert dialog.findChild(QComboBox, "uiLanguageCombo").currentData() == language
    assert "Save" not in [b.text() for b in dialog.findChildren(QAbstractButton)]  # Qt's own words too
    assert _english_left(dialog, language) == []
    dialog.reject()


def test_the_system_language_is_followed_unless_settings_choose() -> None:
    german_system = QLocale(QLocale.Language.German, QLocale.Country.Austria)
    assert i18n.choose_locale("system", german_system).name() == "de_AT"
    assert i18n.choose_locale("ja", german_system).name().startswith("ja")
    assert i18n.choose_locale("system", QLocale(QLocale.Language.French, QLocale.Country.France)).name() == "en_US"


def test_numbers_money_and_dates_follow_the_locale() -> None:
    try:
        i18n.install_language("de")
        assert i18n.format_money(0.034, precision=3).replace("\xa0", " ") == "0,034 $"
        german_date = i18n.format_datetime(datetime(2026, 12, 3, 9, 5, tzinfo=UTC))
        assert "03.12.26" in german_date
        i18n.install_language("en")
        assert i18n.format_money(0.034, precision=3) == "$0.034"
        assert i18n.format_number(1234.5, 1) == "1,234.5"
    finally:
        i18n.install_language("en")


def _english_pieces(language: str) -> set[str]:
    """Every English phrase of the catalogue that has a translation of its own: the literal parts (at least three
    words) of each source, which must not appear in a window speaking `language`."""
    tree = ET.parse(i18n.I18N_DIR / f"listing_genie_{language}.ts")
    pieces: set[str] = set()
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        if source == "".join(message.find("translation").itertext()).strip():  # type: ignore[union-attr]
            continue
        for literal, *_ in string.Formatter().parse(source.replace("%n", "{n}")):
            piece = literal.strip(" .,:;()")
            if piece.count(" ") >= 2:
                pieces.add(piece)
    return pieces


def _english_left(window: QWidget, language: str) -> list[tuple[str, str]]:
    pieces = _english_pieces(language)
    return [(name, text) for name, text in visible_texts(window) if any(piece in text for piece in pieces)]


def test_a_german_window_shows_the_messages_of_every_layer_in_german(open_window, driver, speak, photo, backend):
    """A form error from core's validation, and a failed image's reason and advice from the engine and the error
    kinds, all in German; no English phrase of the catalogue left in any visible text."""
    backend.script[ImageType.COMPARISON] = [fail(ErrorKind.TIMEOUT, NO_ANSWER_IN_TIME.format(seconds="180"))] * 4
    window = _open(open_window, speak, "de")
    fill_form(window, photo, title="x" * 201)
    window.findChild(QLineEdit, "titleEdit").setFocus()
    form_error = window.findChild(QLabel, "formErrorLabel").text()
    assert form_error == "Titel hat 201 Zeichen; erlaubt sind höchstens 200."
    start_generation(driver, window, photo)
    driver.wait(lambda: not window.model.running)
    error = card(window, ImageType.COMPARISON).findChild(QLabel, "errorLabel").text()
    assert error == (
        "Keine Antwort innerhalb des Zeitlimits von 180 s pro Versuch. Das Modell hat zu lange gebraucht: "
        "Wiederholen Sie den Versuch oder erhöhen Sie das Zeitlimit pro Versuch."
    )
    detail = window.findChild(QLabel, "bannerDetail").text()
    assert "Keine Antwort innerhalb des Zeitlimits" in detail and "Vergleich" in detail
    assert window.findChild(QLabel, "bannerAdvice").text().startswith("Das Modell hat zu lange gebraucht")
    assert banner_text(window).startswith("4 of 5 images ready; Comparison failed: No answer")  # the contract's English
    assert window.statusBar().currentMessage() == "Lauf beendet: 4 von 5 Bildern fertig."
    keywords = window.findChild(QPlainTextEdit, "keywordsEdit")
    keywords.setFocus()
    keywords.moveCursor(QTextCursor.MoveOperation.Start)  # the first keyword's intent chips show
    driver.wait(window.findChild(QWidget, "intentChips").isVisible)
    assert window.findChild(QLabel, "intentCaption").text() == "Worum geht es bei „durable water bottle“?"
    assert window.findChild(QAbstractButton, "chip_durability").text() == "Robust"
    assert _english_left(window, "de") == []


def test_a_german_window_indexes_the_templates_of_the_layers_below_it_off_the_ui_thread(
    open_window, driver, speak, monkeypatch
) -> None:
    """The first sentence that misses its direct translation is matched against the templates of every layer, whose
    modules must be imported: a German window builds that index in a worker as it starts, so the UI thread never
    does; an English window, which shows the sentences as they are, builds none."""
    index = messages._patterns
    index.cache_clear()
    built_on: list[threading.Thread] = []

    def recorded() -> tuple[object, ...]:
        if index.cache_info().currsize == 0:
            built_on.append(threading.current_thread())
        return index()

    monkeypatch.setattr(messages, "_patterns", recorded)
    monkeypatch.setattr(messages, "_warming", None)
    close(driver, open_window())
    assert messages._warming is None and built_on == []
    window = _open(open_window, speak, "de")
    driver.wait(lambda: messages._warming is not None and not messages._warming.is_alive())
    assert built_on == [messages._warming] and threading.main_thread() not in built_on
    title = window.findChild(QLineEdit, "titleEdit")
    title.setText("x" * 201)
    title.setFocus()
    driver.wait(lambda: window.findChild(QLabel, "formErrorLabel").text().startswith("Titel hat 201 Zeichen"))
    assert built_on == [messages._warming]


def test_the_settings_dialog_says_a_new_language_applies_on_restart(open_window, driver, speak) -> None:
    notes = {"en": "A new language applies when you restart Listing Genie.", "de": "Neustart", "ja": "再起動"}
    for language, note in notes.items():
        window = _open(open_window, speak, language)
        dialog = window.open_settings()
        driver.wait(dialog.isVisible)
        label = dialog.findChild(QLabel, "languageNoteLabel")
        assert label.isVisible() and note in label.text()
        dialog.reject()
        close(driver, window)


def test_a_german_catalogue_view_shows_its_rows_problems_in_german(open_window, driver, speak, tmp_path) -> None:
    from PIL import Image
    from PySide6.QtWidgets import QTableView

    from tests.ui.test_catalogue_view import HEADER, import_through_dialog, open_view

    Image.new("RGB", (480, 360), (180, 90, 40)).save(tmp_path / "cup.jpg")
    rows = [HEADER, "CUP-1,Espresso Cup,Holds 90 ml,,,,cup.jpg,", "BAD-1,,Holds 90 ml,,,,cup.jpg,", "CUP-1,Cup,f,,,,,"]
    (tmp_path / "products.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    window = _open(open_window, speak, "de")
    view = open_view(driver, window)
    import_through_dialog(driver, view, tmp_path / "products.csv")
    report = view.findChild(QPlainTextEdit, "catalogueInvalidRows")
    driver.wait(report.isVisible)
    assert report.toPlainText().splitlines() == [
        "Zeile 3 (BAD-1): title: Ein Titel ist erforderlich",
        "Zeile 4 (CUP-1): sku: die SKU „CUP-1“ steht auch in Zeile 2; photo: ein Foto ist erforderlich",
    ]
    assert "2 Zeilen werden nicht erzeugt" in view.findChild(QLabel, "catalogueStatusLabel").text()
    model = view.findChild(QTableView, "catalogueTable").model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Zeile", "SKU", "Titel", "Status", "Foto", "Bilder fertig", "Kosten", "Probleme"]
    assert model.index(1, 3).data() == "Ungültig: nicht erzeugt"
    assert model.index(1, 7).data() == "title: Ein Titel ist erforderlich"
    assert _english_left(view, "de") == []
