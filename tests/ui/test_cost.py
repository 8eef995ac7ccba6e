"""Cost in the window: a Gemini run against the fake server (its answers report usageMetadata) shows each
card's and the session's estimated cost, the history row's and the month's total; a price the table lacks is
estimated (never lower than a known one) and said to be an estimate."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QLabel, QPushButton

from listing_genie_desktop.core.product import IMAGE_TYPES
from listing_genie_desktop.services import create_backend
from listing_genie_desktop.ui.history_model import describe
from listing_genie_desktop.ui.main_window import MainWindow
from tests.fakes.gemini_server import FakeGeminiServer, Reply
from tests.ui.conftest import Driver, banner_text, card_text, fill_form, start_generation

KEY = "AIzaSyFAKE-key-for-tests-0000000000000"


def gemini_window(open_window, gemini_server: FakeGeminiServer, monkeypatch, size: str) -> MainWindow:
    monkeypatch.setenv("GEMINI_API_KEY", KEY)
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", gemini_server.base_url)
    window = open_window()
    window.model.services.backend_factory = create_backend  # the real Gemini backend
    preferences = window.model.preferences
    preferences.update(replace(preferences.settings, backend="gemini", model="gemini-nano-banana-2.1", image_size=size))
    return window


def run_to_end(driver: Driver, window: MainWindow, photo: Path) -> None:
    start_generation(driver, window, photo)
    driver.wait(lambda: not window.model.running, timeout_ms=60_000)
    driver.wait(lambda: "Estimated cost" in banner_text(window), timeout_ms=10_000)


def test_cards_banner_history_and_month_show_what_the_run_cost(
    open_window, driver, photo, gemini_server, monkeypatch, fast_clock
):
    gemini_server.script_for("main", Reply.server_error(503), Reply.image())
    window = gemini_window(open_window, gemini_server, monkeypatch, "4K")
    run_to_end(driver, window, photo)
    assert [card_text(window, t, "attemptLabel").rsplit(" · ", 1)[-1] for t in IMAGE_TYPES] == ["$0.11"] * 5
    assert "Estimated cost $0.55." in banner_text(window)
    history = window.model.history
    driver.wait(lambda: history.rowCount() == 1 and "$0.55" in describe(history.rows[0]))
    driver.wait(lambda: window.findChild(QLabel, "monthCostLabel").text() == "This month: $0.55")


def test_a_price_the_table_lacks_is_an_estimate_said_so(
    open_window, driver, photo, gemini_server, monkeypatch, fast_clock
):
    """The table has no 2K price for this model: its 4K price is the estimate, and the window says it is one."""
    window = gemini_window(open_window, gemini_server, monkeypatch, "2K")
    run_to_end(driver, window, photo)
    assert card_text(window, "main", "attemptLabel").endswith("about $0.11")
    assert (
        "Estimated cost $0.55 (gemini-nano-banana-2.1 has no known price at 2K: estimated at its 4K price)."
        in banner_text(window)
    )
    driver.wait(lambda: window.findChild(QLabel, "monthCostLabel").text() == "This month: $0.55")


def budget_box(window: MainWindow):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    return window.findChild(QMessageBox, "budgetBox")


def test_a_run_that_would_pass_the_monthly_budget_asks_first(
    open_window, driver, photo, gemini_server, monkeypatch, fast_clock
):
    from PySide6.QtWidgets import QMessageBox

    window = gemini_window(open_window, gemini_server, monkeypatch, "4K")
    preferences = window.model.preferences
    preferences.update(replace(preferences.settings, monthly_budget_usd=0.3))
    start = window.findChild(QPushButton, "generateButton")

    fill_form(window, photo)
    driver.wait(start.isEnabled)
    start.click()
    driver.wait(lambda: budget_box(window) is not None and budget_box(window).isVisible())
    assert "5 images at about $0.55 would pass the monthly budget of $0.30" in budget_box(window).text()
    budget_box(window).button(QMessageBox.StandardButton.Cancel).click()
    driver.wait(lambda: not window.model.running)
    assert gemini_server.generate_requests == []
    assert window.model.history.rowCount() == 0

    driver.wait(start.isEnabled)
    start.click()
    driver.wait(lambda: budget_box(window) is not None and budget_box(window).isVisible())
    anyway = next(b for b in budget_box(window).buttons() if b.text() == "Start anyway")
    anyway.click()
    driver.wait(lambda: "Estimated cost" in banner_text(window), timeout_ms=60_000)
    assert len(gemini_server.generate_requests) == 5
