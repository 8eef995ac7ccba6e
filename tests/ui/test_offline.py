"""Offline with a key, in the window: Automatic falls back to the studio and says so; Retry with… lets the
user finish a Gemini session that could not reach the API with the studio."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolButton

from listing_genie_desktop.services import create_backend
from tests.fakes.offline import closed_port_url
from tests.ui.conftest import banner_text, button, start_generation

KEY = "AIzaSyFAKE-key-for-tests-0000000000000"


@pytest.fixture(params=[False, True], ids=["never-listed", "list-kept"])
def offline_window(open_window, monkeypatch, request):  # type: ignore[no-untyped-def]
    """The real window with a key, the real backends, and an API address nothing answers on; the key's models
    never listed (the list's fetch fails first) or kept from earlier (nothing asks the API before a run)."""
    monkeypatch.setenv("GEMINI_API_KEY", KEY)
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", closed_port_url())
    window = open_window(models_listed=request.param)
    window.model.services.backend_factory = create_backend
    return window


def test_automatic_falls_back_to_the_studio_and_says_so(offline_window, driver, photo):
    window = offline_window
    assert window.model.settings.backend == "auto"
    notices: list[str] = []
    window.model.notice.connect(notices.append)
    start_generation(driver, window, photo)
    driver.wait(lambda: not window.model.running, timeout_ms=30_000)
    assert banner_text(window) == "5 of 5 images ready."
    assert any("Gemini" in n and "could not be reached" in n and "Studio" in n for n in notices), notices
    stored = driver.run(window.model.services.store.load_stored(window.model.shown.session_id))
    assert stored.backend == "studio"


def test_retry_with_the_studio_completes_a_gemini_session_that_could_not_reach_the_api(offline_window, driver, photo):
    window = offline_window
    window.model.preferences.settings = type(window.model.settings)(backend="gemini", max_retries=0)
    start_generation(driver, window, photo)
    driver.wait(lambda: not window.model.running, timeout_ms=30_000)
    assert banner_text(window).startswith("0 of 5 images ready")
    assert "--" not in window.findChild(type(window.banner.advice), "bannerAdvice").text()
    assert button(window, "retryFailedButton").isEnabled()
    assert window.findChild(QToolButton, "retryWithButton").isVisible()

    window.findChild(QAction, "retryWith_studio").trigger()
    driver.wait(lambda: window.model.running)
    driver.wait(lambda: not window.model.running, timeout_ms=30_000)
    # The session stays a Gemini one in the history, whose images came without reported usage: its cost is
    # said to be unknown rather than guessed (attempts do not record their own backend yet).
    assert banner_text(window).startswith("5 of 5 images ready.")
