"""A backend registered only in the tests is offered, tested and used by the window (issue #12 item 4)."""

from PySide6.QtWidgets import QComboBox, QLabel

from listing_genie_desktop import services as services_module
from listing_genie_desktop.cli_json import session_json
from tests.fakes.canvas_backend import canvas_backend
from tests.ui.conftest import banner_text, button, start_generation
from tests.ui.test_settings import open_settings, save

__all__ = ["canvas_backend"]


def test_the_window_offers_tests_and_runs_a_registered_backend(open_window, driver, photo, canvas_backend):
    window = open_window()
    window.model.services.backend_factory = services_module.create_backend  # the registry, not the script
    dialog = open_settings(window)
    combo = dialog.findChild(QComboBox, "backendCombo")
    combo.setCurrentIndex(combo.findText("Canvas (test only)"))
    result = dialog.findChild(QLabel, "testResultLabel")
    button(dialog, "testConnectionButton").click()
    driver.wait(lambda: result.text() not in ("", "Testing…"))
    assert result.text() == "Canvas (test only): ready, no key needed."
    save(dialog)

    start_generation(driver, window, photo)
    driver.wait(lambda: not window.model.running)
    assert banner_text(window) == "5 of 5 images ready."
    assert [b.checked for b in canvas_backend] == [1, 0], "one built for the test, one for the run"
    assert len(canvas_backend[1].requests) == 5
    session = session_json(driver.run(window.model.store.load_session(window.model.shown.session_id)))
    assert session["backend"] == "canvas"
