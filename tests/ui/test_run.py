"""A generation run in the real window, driven through objectNames with the scripted backend."""

from __future__ import annotations

import asyncio
import re
import time

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from listing_genie_desktop.core.errors import ErrorKind
from listing_genie_desktop.core.product import IMAGE_TYPES
from listing_genie_desktop.ui import image_card
from tests.fakes.clocks import FastClock
from tests.fakes.scripted_backend import HANG, fail
from tests.ui.conftest import banner_text, button, card, card_text, fill_form, start_generation

MAIN, INFO1, INFO2, LIFE, COMP = IMAGE_TYPES
UNAVAILABLE = fail(ErrorKind.SERVER, "503 UNAVAILABLE", status=503)


def statuses(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [card_text(window, t, "statusLabel") for t in IMAGE_TYPES]


def test_five_images_complete_with_thumbnails_and_a_compliance_badge(open_window, driver, photo):
    window = open_window()
    start_generation(driver, window, photo)
    assert button(window, "cancelButton").isEnabled()
    driver.wait(lambda: not window.model.running)
    assert banner_text(window) == "5 of 5 images ready."
    assert statuses(window) == ["Complete"] * 5
    assert card_text(window, MAIN, "attemptLabel") == "Attempt 1 of 4"
    for image_type in IMAGE_TYPES:
        thumbnail = card(window, image_type).findChild(QLabel, "thumbnailLabel")
        driver.wait(lambda t=thumbnail: t.pixmap() is not None and not t.pixmap().isNull())
    badge = card(window, MAIN).findChild(QLabel, "complianceBadge")
    assert badge.isVisible() and badge.text() in ("Amazon-ready", "Not Amazon-ready")
    assert not card(window, LIFE).findChild(QLabel, "complianceBadge").isVisible()
    assert not window.findChild(type(button(window, "cancelButton")), "cancelButton").isEnabled()
    driver.wait(lambda: window.model.history.rowCount() == 1)


def test_a_retry_shows_its_attempt_and_a_countdown_that_ticks_down(open_window, driver, photo, backend, monkeypatch):
    """The countdown is read on a stepped clock (what it shows does not depend on how fast this machine is);
    the backoff itself runs for real, 1 s of the policy taking 1.6 s."""
    backend.script[COMP] = [UNAVAILABLE]
    window = open_window(clock=FastClock(1 / 1.6))
    start_generation(driver, window, photo)
    driver.wait(lambda: card_text(window, COMP, "statusLabel") == "Retrying")
    deadline = card(window, COMP).state.retry_deadline
    assert card_text(window, COMP, "attemptLabel") == "Attempt 1 of 4"
    assert "503 UNAVAILABLE" in card(window, COMP).findChild(QLabel, "errorLabel").text()
    assert "HTTP 503" in card(window, COMP).findChild(QLabel, "detailsLabel").text()
    for remaining, shown in ((1.5, "Retrying in 2 s"), (0.4, "Retrying in 1 s")):
        monkeypatch.setattr(image_card, "clock", lambda r=remaining: deadline - r)
        driver.wait(lambda s=shown: card_text(window, COMP, "countdownLabel") == s)
    monkeypatch.setattr(image_card, "clock", time.monotonic)
    driver.wait(lambda: card_text(window, COMP, "attemptLabel") == "Attempt 2 of 4")
    driver.wait(lambda: card_text(window, COMP, "statusLabel") == "Complete")
    assert not card(window, COMP).findChild(QLabel, "countdownLabel").isVisible()
    driver.wait(lambda: not window.model.running)
    assert banner_text(window) == "5 of 5 images ready."


def test_partial_result_names_the_failure_and_retry_failed_finishes_it(open_window, driver, photo, backend):
    backend.script[COMP] = [UNAVAILABLE] * 4
    window = open_window()
    start_generation(driver, window, photo)
    driver.wait(lambda: not window.model.running)
    text = banner_text(window)
    assert text.startswith("4 of 5 images ready; Comparison failed: 503 UNAVAILABLE (server).")
    assert card_text(window, COMP, "statusLabel") == "Failed"
    assert card_text(window, COMP, "attemptLabel") == "Attempt 4 of 4"
    retry, export = button(window, "retryFailedButton"), button(window, "exportButton")
    assert retry.isVisible() and retry.isEnabled()
    assert export.isVisible() and export.isEnabled()

    retry.click()
    driver.wait(lambda: banner_text(window) == "5 of 5 images ready.")
    assert len(backend.calls_for(MAIN)) == 1  # completed images are never generated again
    assert len(backend.calls_for(COMP)) == 5
    assert not retry.isVisible()


def test_complete_failure_gives_the_reason_what_to_do_and_diagnostics(open_window, driver, photo, backend):
    for image_type in IMAGE_TYPES:
        backend.script[image_type] = [fail(ErrorKind.AUTH, "API key not valid", status=400)]
    window = open_window()
    start_generation(driver, window, photo)
    driver.wait(lambda: not window.model.running)
    assert banner_text(window).startswith("0 of 5 images ready;")
    assert window.findChild(QLabel, "bannerHeadline").text() == "No images were generated"
    assert "API key not valid (auth)" in window.findChild(QLabel, "bannerDetail").text()
    assert ErrorKind.AUTH.advice == window.findChild(QLabel, "bannerAdvice").text()
    assert statuses(window) == ["Failed"] * 5
    assert len(backend.calls) <= 2  # a fatal error stops the session at once (concurrency 2)

    QGuiApplication.clipboard().clear()
    button(window, "copyDiagnosticsButton").click()
    driver.wait(lambda: "Attempts:" in QGuiApplication.clipboard().text())
    text = QGuiApplication.clipboard().text()
    assert "Insulated Steel Bottle" in text and "auth" in text and '"concurrency": 2' in text


def test_cancel_stops_everything_at_once_and_keeps_what_is_done(open_window, driver, photo, backend):
    for image_type in (INFO1, INFO2, LIFE, COMP):
        backend.script[image_type] = [HANG]
    window = open_window()
    start_generation(driver, window, photo)
    driver.wait(lambda: card_text(window, MAIN, "statusLabel") == "Complete")
    driver.wait(lambda: card_text(window, INFO1, "statusLabel") == "Generating")
    cancel = button(window, "cancelButton")
    assert cancel.isEnabled()
    cancel.click()
    driver.wait(lambda: not window.model.running, timeout_ms=3000)
    assert banner_text(window) == "Cancelled: 1 of 5 images ready. Retry failed finishes the rest."
    assert statuses(window) == ["Complete"] + ["Cancelled"] * 4
    assert button(window, "retryFailedButton").isEnabled()


def test_cancel_while_the_session_is_still_being_created_sends_nothing(open_window, driver, photo, backend):
    """Cancel pressed before the engine exists: the run's one token holds it, so no request is sent and every
    card ends Cancelled (the window does not go on to generate five images, nor hang in "running")."""
    window = open_window()
    services = window.model.services
    created = services.create_session
    cancelled = asyncio.Event()

    async def create_once_cancelled(*args, **kwargs):  # type: ignore[no-untyped-def]
        await cancelled.wait()
        return await created(*args, **kwargs)

    services.create_session = create_once_cancelled
    fill_form(window, photo)
    generate = button(window, "generateButton")
    driver.wait(generate.isEnabled)
    generate.click()
    driver.wait(lambda: window.model.running)
    button(window, "cancelButton").click()
    cancelled.set()
    driver.wait(lambda: not window.model.running)
    assert backend.calls == []
    assert statuses(window) == ["Cancelled"] * 5
    assert banner_text(window) == "Cancelled: 0 of 5 images ready. Retry failed finishes the rest."


def test_regenerate_makes_a_new_version_of_one_image_only(open_window, driver, photo, backend):
    window = open_window()
    start_generation(driver, window, photo)
    driver.wait(lambda: not window.model.running)
    assert banner_text(window) == "5 of 5 images ready."
    first_path = window.model.shown.images[LIFE].path
    regenerate = card(window, LIFE).findChild(type(button(window, "generateButton")), "regenerateButton")
    assert regenerate.isEnabled()
    regenerate.click()
    driver.wait(lambda: window.model.running)
    driver.wait(lambda: not window.model.running)
    assert banner_text(window) == "5 of 5 images ready."
    assert [c.image_type for c in backend.calls].count(LIFE) == 2
    assert len(backend.calls) == 6
    new_path = window.model.shown.images[LIFE].path
    assert new_path != first_path and re.search(r"lifestyle-2\.png$", new_path)


def test_a_backend_that_cannot_start_says_why(open_window, driver, photo):
    window = open_window()
    window.model.preferences.settings = type(window.model.settings)(backend="gemini")  # no key configured
    start_generation_without_wait(window, driver, photo)
    driver.wait(lambda: banner_text(window).startswith("Could not start"))
    assert "No Gemini API key" in window.findChild(QLabel, "bannerDetail").text()
    assert window.model.history.rowCount() == 0  # nothing was created
    assert button(window, "generateButton").isEnabled()


def start_generation_without_wait(window, driver, photo) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import fill_form

    fill_form(window, photo)
    driver.wait(lambda: button(window, "generateButton").isEnabled())
    button(window, "generateButton").click()


def test_image_types_are_all_on_screen(open_window):
    window = open_window()
    for image_type in IMAGE_TYPES:
        frame = card(window, image_type)
        for child in ("statusLabel", "attemptLabel", "countdownLabel", "thumbnailLabel"):
            assert frame.findChild(QLabel, child) is not None
        assert frame.findChild(type(button(window, "generateButton")), "regenerateButton") is not None
