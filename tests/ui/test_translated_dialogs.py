"""A German window's dialogs and the texts behind its widgets (tooltips, screen-reader descriptions) after a studio
session whose MAIN is not Amazon-ready: the Export dialog's warning and its result, the photo's warning, the Edit
texts fields, the backends' names and the banner's description are German, with no English phrase of ours left."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QComboBox, QDialog, QFrame, QLabel, QLineEdit, QMessageBox, QToolButton

from listing_genie_desktop import services as services_module
from listing_genie_desktop.core.product import ImageType
from listing_genie_desktop.imaging import finish
from tests.ui.conftest import button, card, fill_form
from tests.ui.test_edit_texts import studio_session
from tests.ui.test_translations import _english_left, _open


def test_a_german_windows_dialogs_and_descriptions_after_a_studio_session(
    open_window, driver, speak, photo, monkeypatch, tmp_path
):
    monkeypatch.setattr(services_module, "finish_and_encode", finish.finish_and_encode)  # real compliance, files
    window = _open(open_window, speak, "de")
    window.findChild(QLineEdit, "referenceImageEdit").setText(str(photo))  # 640 px: too small for Amazon's zoom
    warning = window.findChild(QLabel, "referenceWarnings")
    driver.wait(warning.isVisible)
    assert warning.text().startswith("Das Foto hat 640 × 640 px; Amazons Zoom braucht 1000 px an der längeren Seite")
    window.model.show_session(studio_session(driver, window, photo))
    driver.wait(lambda: window.model.shown is not None and window.model.shown.images[ImageType.MAIN].path)
    banner = window.findChild(QFrame, "sessionBanner")
    assert banner.text().startswith("5 of 5 images ready")  # the contract's summary stays English
    driver.wait(lambda: banner.accessibleDescription().startswith("5 von 5 Bildern fertig"))
    assert "Das Bild Hauptbild ist nicht Amazon-tauglich" in banner.accessibleDescription()
    assert _english_left(window, "de") == []

    button(window, "exportButton").click()
    driver.wait(lambda: (d := window.findChild(QDialog, "exportDialog")) is not None and d.isVisible())
    dialog = window.findChild(QDialog, "exportDialog")
    shown = dialog.findChild(QLabel, "exportComplianceWarning").text()
    assert shown.splitlines()[0] == (
        "Nicht Amazon-tauglich: das Bild Hauptbild. Der Export ist erlaubt, aber Amazon kann ein solches Bild "
        "ablehnen oder ausblenden."
    )
    assert shown.splitlines()[1].startswith("- Hauptbild: Von 640 px hochskaliert")
    assert _english_left(dialog, "de") == []
    dialog.findChild(QLineEdit, "exportFolderEdit").setText(str(tmp_path))
    button(dialog, "exportConfirmButton").click()
    driver.wait(lambda: (box := window.findChild(QMessageBox, "exportDoneBox")) is not None and box.isVisible())
    done = window.findChild(QMessageBox, "exportDoneBox")
    assert "Nicht Amazon-tauglich: das Bild Hauptbild." in done.informativeText()
    assert "- Hauptbild (" in done.informativeText() and _english_left(done, "de") == []
    done.accept()

    info = card(window, ImageType.INFOGRAPHIC_1)
    assert info.findChild(QLabel, "textsLabel").toolTip().splitlines()[:2] == [
        "Dachzeile: Insulated Steel Bottle",  # the seller's words as they are, their names in German
        "Schlagzeile: Keeps drinks cold 24 h",
    ]
    edit = info.findChild(QToolButton, "editTextsButton")
    driver.wait(edit.isEnabled)
    edit.click()
    texts = window.findChild(QDialog, "editTextsDialog")
    driver.wait(texts.isVisible)
    labels = [label.text() for label in texts.findChildren(QLabel)]
    assert {"Dachzeile", "Schlagzeile", "Hinweis 1"} <= set(labels), labels
    assert _english_left(texts, "de") == []
    texts.reject()

    settings = window.open_settings()
    driver.wait(settings.isVisible)
    backends = settings.findChild(QComboBox, "backendCombo")
    assert [backends.itemText(i) for i in range(backends.count())] == [
        "Automatisch (Gemini mit Schlüssel, sonst Studio)",
        "Gemini (Bildmodell von Google)",
        "Studio (Offline-Renderer)",
    ]
    settings.reject()


def test_a_german_forms_compared_with_errors_and_clear_buttons_are_german(open_window, driver, speak, photo):
    window = _open(open_window, speak, "de")
    fill_form(window, photo)
    compared = window.findChild(QLineEdit, "compared2Edit")
    compared.setText("Snap lids leak when tipped")
    window.findChild(QLineEdit, "feature2Edit").setText("")
    error = window.findChild(QLabel, "formErrorLabel")
    driver.wait(lambda: error.text().startswith("Merkmal 2 ist leer"))
    assert error.text() == "Merkmal 2 ist leer: Nennen Sie zuerst das Merkmal, dann, was der Alternative fehlt."
    window.findChild(QLineEdit, "feature2Edit").setText("Leak-proof lid")
    compared.setText("x" * 200)
    driver.wait(lambda: error.text().startswith("Im Vergleich, Merkmal 2 hat 200 Zeichen"))
    clear = [b for b in window.findChildren(QAbstractButton) if isinstance(b.parentWidget(), QLineEdit)]
    names = {b.parentWidget().objectName(): b.accessibleName() for b in clear}
    assert names and all(name.endswith(" leeren") for name in names.values()), names
    assert _english_left(window, "de") == []
