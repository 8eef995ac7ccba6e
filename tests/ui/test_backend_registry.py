"""A backend registered only in the tests is offered, tested and used by the window (issue #12 item 4)."""

import threading
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QComboBox, QLabel

from listing_genie_desktop import services as services_module
from listing_genie_desktop.backends.registry import BackendEntry, registered
from listing_genie_desktop.cli_json import session_json
from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.settings import Settings, save_settings
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


def warming_entry(warmed: list[int]) -> BackendEntry:
    """A backend whose first-time work is recorded, with the thread it ran on."""
    return BackendEntry(
        name="warming",
        label="Warming (test only)",
        needs_key=False,
        module=__name__,
        create=lambda setup: None,  # type: ignore[arg-type,return-value]
        default_model=lambda: None,
        warm_up=lambda image_size: warmed.append(threading.get_ident()),
    )


@pytest.mark.parametrize(("chosen", "warms"), [("warming", True), ("studio", False)])
def test_the_window_warms_up_the_backend_a_run_would_use_off_its_thread(open_window, driver, chosen, warms):
    """The Gemini SDK's import and schema building took the first Generate's window for up to 136 ms
    (benchmarks/bench_ui_stall.py --gemini-4k): the window opening does it, off its thread, only for the
    backend a Generate would use."""
    warmed: list[int] = []
    with registered(warming_entry(warmed)):
        save_settings(AppPaths.from_environment().settings_file, replace(Settings(), backend=chosen))
        window = open_window()
        driver.wait(window.model.preferences.warmed_up.done)

    assert warmed == ([warmed[0]] if warms else [])
    assert threading.get_ident() not in warmed, "never on the window's thread"


def test_choosing_another_backend_in_settings_warms_it_up(open_window, driver):
    warmed: list[int] = []
    with registered(warming_entry(warmed)):
        save_settings(AppPaths.from_environment().settings_file, replace(Settings(), backend="studio"))
        window = open_window()
        preferences = window.model.preferences
        driver.wait(preferences.warmed_up.done)
        assert warmed == []

        preferences.update(replace(preferences.settings, backend="warming"))
        driver.wait(lambda: warmed != [])
