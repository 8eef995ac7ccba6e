"""Edit texts in the window: a card lists the words drawn on its image, its Edit texts dialog has one
field per text, and applying it draws that image again as a new version, with no generation."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QToolButton

from listing_genie_desktop import services as services_module
from listing_genie_desktop.core.product import ImageType, ProductContext
from listing_genie_desktop.imaging import finish
from listing_genie_desktop.imaging.loading import load_reference
from listing_genie_desktop.services import create_backend
from listing_genie_desktop.settings import Settings
from tests.ui.conftest import card

INFO = ImageType.INFOGRAPHIC_1


def studio_session(driver, window, photo) -> str:  # type: ignore[no-untyped-def]
    """A session the real studio renderer made (the window's own runs use a scripted backend)."""
    services = dataclasses.replace(window.model.services, backend_factory=create_backend)
    settings = Settings(backend="studio")
    product = ProductContext.create("Insulated Steel Bottle", ["Keeps drinks cold 24 h", "Leak-proof lid"], "", [])

    async def make() -> str:
        session_id, choice = await services.create_session(product, load_reference(photo), settings)
        await services.runner(session_id, choice, settings).run()
        return session_id

    return driver.run(make(), timeout_ms=60_000)


def test_a_card_edits_its_texts_and_shows_the_new_version(open_window, driver, photo, backend, monkeypatch):
    monkeypatch.setattr(services_module, "finish_and_encode", finish.finish_and_encode)  # real texts, real files
    window = open_window()
    session_id = studio_session(driver, window, photo)
    window.model.show_session(session_id)
    driver.wait(lambda: window.model.shown is not None and window.model.shown.images[INFO].texts)
    info = card(window, INFO)
    texts = info.findChild(QLabel, "textsLabel")
    assert texts.isVisible() and "Keeps drinks cold 24 h" in texts.text() and "Leak-proof lid" in texts.text()
    assert not card(window, ImageType.MAIN).findChild(QToolButton, "editTextsButton").isVisible()
    before = window.model.shown.images[INFO]

    edit = info.findChild(QToolButton, "editTextsButton")
    driver.wait(edit.isEnabled)
    edit.click()
    dialog = window.findChild(QDialog, "editTextsDialog")
    assert dialog is not None and dialog.isVisible()
    fields = {f.objectName() for f in dialog.findChildren(QLineEdit)}
    assert fields == {"textEdit_kicker", "textEdit_headline", "textEdit_callout_1"}
    headline = dialog.findChild(QLineEdit, "textEdit_headline")
    headline.setText("")
    apply = dialog.findChild(QPushButton, "applyTextsButton")
    assert not apply.isEnabled()  # an empty text is refused before anything is drawn
    headline.setText("Ice cold all day")
    apply.click()

    driver.wait(lambda: window.model.shown.images[INFO].path != before.path, timeout_ms=20_000)
    after = window.model.shown.images[INFO]
    assert dict(after.texts)["headline"] == "Ice cold all day"
    assert after.attempt == before.attempt + 1 and after.path.endswith("infographic_1-2.png")
    assert "Ice cold all day" in texts.text()
    assert backend.calls == []  # nothing generated: the window's backend was never asked
    assert window.model.shown.images[ImageType.COMPARISON].path.endswith("comparison-1.png")
    driver.wait(lambda: "texts edited" in window.statusBar().currentMessage())
