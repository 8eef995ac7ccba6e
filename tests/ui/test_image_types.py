"""Image types in the window (issue #12 item 4): a type registered only in the tests gets its card, runs and
exports; sessions with other types than this build makes show their own cards and count their own images."""

from __future__ import annotations

import json
import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QListView, QMessageBox

from listing_genie_desktop.core.product import IMAGE_TYPES
from tests.fakes.size_chart_type import size_chart, size_chart_registered
from tests.ui.conftest import banner_text, button, card, card_text, start_generation
from tests.ui.test_export import choose_folder

__all__ = ["size_chart"]


def shown_cards(window) -> list[str]:  # type: ignore[no-untyped-def]
    """The objectNames of the cards on screen, in the grid's order."""
    return [c.objectName() for c in window.card_grid.cards if c.isVisibleTo(window)]


def generated(open_window, driver, photo):  # type: ignore[no-untyped-def]
    window = open_window()
    start_generation(driver, window, photo)
    driver.wait(lambda: not window.model.running)
    return window


def history_row(window) -> str:  # type: ignore[no-untyped-def]
    view = window.findChild(QListView, "historyList")
    return view.model().index(0).data(Qt.ItemDataRole.AccessibleTextRole)


def test_a_type_registered_in_the_tests_gets_a_card_that_runs_and_exports(
    size_chart, open_window, driver, photo, backend, tmp_path
):
    window = open_window()
    chart = window.findChild(QFrame, "imageCard_size_chart")
    assert chart is not None and chart.isVisibleTo(window), "a new session shows every registered type"
    start_generation(driver, window, photo)
    driver.wait(lambda: not window.model.running)
    assert card_text(window, size_chart, "statusLabel") == "Complete"
    assert banner_text(window) == "6 of 6 images ready."
    assert "size_chart" in {call.image_type.value for call in backend.calls}
    assert shown_cards(window) == [*(f"imageCard_{t.value}" for t in IMAGE_TYPES), "imageCard_size_chart"]

    out = tmp_path / "upload"
    dialog = choose_folder(window, driver, out)
    button(dialog, "exportConfirmButton").click()
    driver.wait(lambda: window.findChild(QMessageBox, "exportDoneBox") is not None)
    manifest = json.loads((out / "manifest.json").read_text())
    assert {f["type"]: f["file"] for f in manifest["files"]}["size_chart"].endswith(".PT05.jpg")


def test_an_older_session_with_fewer_types_shows_its_own_cards_and_is_complete(open_window, driver, photo):
    window = generated(open_window, driver, photo)
    session_id = window.model.shown.session_id
    session = driver.run(window.model.store.load_session(session_id))
    with sqlite3.connect(session.db_path) as db:  # as a build that had no comparison image made it
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("DELETE FROM image WHERE session_id = ? AND image_type = 'comparison'", (session_id,))
    button(window, "newSessionButton").click()
    window.model.history.refresh()
    driver.wait(lambda: "4 of 4 images" in (history_row(window) or ""))
    assert "Complete" in history_row(window)

    window.model.show_session(session_id)
    driver.wait(lambda: banner_text(window) == "4 of 4 images ready.")
    assert shown_cards(window) == [f"imageCard_{t.value}" for t in IMAGE_TYPES[:4]]
    assert not card(window, "comparison").isVisibleTo(window)
    button(window, "newSessionButton").click()  # a new listing: the five cards again
    driver.wait(lambda: len(shown_cards(window)) == 5)


def test_a_session_with_a_type_this_build_does_not_know_shows_a_card_for_it_and_exports_the_rest(
    open_window, driver, photo, tmp_path
):
    with size_chart_registered():  # made by a build that had the size chart
        window = generated(open_window, driver, photo)
        session_id = window.model.shown.session_id
    button(window, "newSessionButton").click()
    assert len(shown_cards(window)) == 5, "this build makes five"
    window.model.history.refresh()
    driver.wait(lambda: "6 of 6 images" in (history_row(window) or ""))

    window.model.show_session(session_id)
    driver.wait(lambda: banner_text(window) == "6 of 6 images ready.")
    assert shown_cards(window)[-1] == "imageCard_size_chart"
    assert card_text(window, "size_chart", "statusLabel") == "Complete"

    out = tmp_path / "upload"
    dialog = choose_folder(window, driver, out)
    button(dialog, "exportConfirmButton").click()
    driver.wait(lambda: window.findChild(QMessageBox, "exportDoneBox") is not None)
    done = window.findChild(QMessageBox, "exportDoneBox")
    assert "Not exported: Size chart, made by another version of the app" in done.informativeText()
    manifest = json.loads((out / "manifest.json").read_text())
    assert [f["type"] for f in manifest["files"]] == [t.value for t in IMAGE_TYPES]
