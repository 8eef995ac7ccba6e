"""How the window behaves around runs: closing mid-run, background notifications, keyboard, smoke start."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from listing_genie_desktop.core.outcome import ImageStatus, SessionStatus
from listing_genie_desktop.core.product import IMAGE_TYPES
from listing_genie_desktop.core.session_records import SessionRecord
from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.storage.history import HistoryStore
from tests.fakes.scripted_backend import HANG
from tests.ui.conftest import start_generation


def confirm_close_box(window) -> QMessageBox | None:  # type: ignore[no-untyped-def]
    box = window.findChild(QMessageBox, "confirmCloseBox")
    return box if box is not None and box.isVisible() else None


def click(box: QMessageBox, text: str) -> None:
    next(b for b in box.buttons() if b.text() == text).click()


def test_closing_during_a_run_asks_then_cancels_cleanly(open_window, driver, photo, backend, caplog):
    for image_type in IMAGE_TYPES[1:]:
        backend.script[image_type] = [HANG]
    window = open_window()
    start_generation(driver, window, photo)
    session_id = window.model.shown.session_id
    driver.wait(lambda: window.model.shown.images[IMAGE_TYPES[0]].path is not None)

    window.close()
    driver.wait(lambda: confirm_close_box(window) is not None)
    click(confirm_close_box(window), "Keep generating")
    driver.wait(lambda: confirm_close_box(window) is None)
    assert window.isVisible() and window.model.running

    caplog.set_level(logging.ERROR)
    window.close()
    driver.wait(lambda: confirm_close_box(window) is not None)
    click(confirm_close_box(window), "Stop and close")
    driver.wait(window.closed.is_set, timeout_ms=5000)
    assert not window.isVisible()
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []

    async def stored_session() -> SessionRecord:
        store = HistoryStore(AppPaths.from_environment())
        await store.open()
        try:
            return await store.load_session(session_id)
        finally:
            await store.close()

    session = driver.run(stored_session())
    assert session.status is SessionStatus.CANCELLED
    assert [i.status for i in session.images] == [ImageStatus.COMPLETE] + [ImageStatus.CANCELLED] * 4


def test_closing_an_idle_window_needs_no_confirmation(open_window, driver):
    window = open_window()
    window.close()
    driver.wait(window.closed.is_set)
    assert confirm_close_box(window) is None


def test_a_run_that_ends_in_the_background_notifies(open_window, driver, photo, monkeypatch):
    window = open_window()
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(window.notifier, "notify", lambda title, text: told.append((title, text)) or "alert")
    monkeypatch.setattr(window, "isActiveWindow", lambda: False)
    start_generation(driver, window, photo)
    driver.wait(lambda: bool(told))
    assert told == [("Listing Genie: run finished", "5 of 5 images ready.")]
    assert window.statusBar().currentMessage() == "Run finished: 5 of 5 images ready."


def test_every_control_is_named_for_assistive_technology_and_takes_focus(open_window):
    window = open_window()
    controls = window.findChildren(QAbstractButton) + window.findChildren(QLineEdit)
    controls += window.findChildren(QPlainTextEdit)
    for control in controls:
        if control.metaObject().className() == "QLineEditIconButton":  # Qt's own clear button
            continue
        name = control.accessibleName() or (control.text() if isinstance(control, QAbstractButton) else "")
        assert name, control.objectName()
        assert control.focusPolicy() != Qt.FocusPolicy.NoFocus, control.objectName()


def test_tab_walks_from_the_title_through_the_form(open_window, qtbot):
    window = open_window()
    title = window.findChild(QLineEdit, "titleEdit")
    title.setFocus()
    seen: list[str] = []
    widget: QWidget | None = title
    while len(seen) < 12:
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            seen.append(widget.objectName())
    assert seen[:4] == ["feature1Edit", "compared1Edit", "feature2Edit", "compared2Edit"]
    assert seen[4:7] == ["feature3Edit", "compared3Edit", "audienceEdit"]
    assert seen[7:9] == ["languageCombo", "keywordsEdit"]
    assert seen[9:11] == ["referenceImageEdit", "browseReferenceButton"]


def test_gui_smoke_starts_and_exits_cleanly(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LISTING_GENIE_HOME=str(tmp_path / "smoke"))
    done = subprocess.run(
        [sys.executable, "-m", "listing_genie_desktop", "gui", "--smoke"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("startup_ms=") and done.stdout.strip().split("=")[1].isdigit()
    assert "Traceback" not in done.stderr and "Event loop is closed" not in done.stderr


def test_the_gui_never_imports_the_gemini_sdk_at_start_up(tmp_path):
    code = (
        "import sys, asyncio, qasync\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "async def main():\n"
        "    from listing_genie_desktop.app import create_window\n"
        "    w = create_window(); w.show()\n"
        "    while not w.is_ready: await asyncio.sleep(0.01)\n"
        "    await w.shutdown()\n"
        "    print('genai' if 'google.genai' in sys.modules else 'clean')\n"
        "qasync.run(main())\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LISTING_GENIE_HOME=str(tmp_path / "home"))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert done.stdout.strip() == "clean", done.stderr
