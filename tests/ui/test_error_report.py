"""An unexpected error in the window (a failing UI task, a failing slot) is one non-blocking dialog
with "Copy details" (redacted, with versions), and the window carries on."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from listing_genie_desktop.ui.error_report import ErrorDialog
from tests.fakes.clocks import FakeClock
from tests.ui.conftest import start_generation

FAKE_KEY = "AIza" + "X" * 35


async def _broken_task() -> None:
    raise RuntimeError(f"the thumbnail cache lost its mind (key={FAKE_KEY})")


def _dialogs(window) -> list[ErrorDialog]:  # type: ignore[no-untyped-def]
    return [d for d in window.findChildren(ErrorDialog, "errorDialog") if d.isVisible()]


def test_a_failing_task_shows_one_dialog_with_redacted_details(open_window, driver, photo) -> None:
    window = open_window()
    for _ in range(50):
        window.model.tasks.start(_broken_task(), name="load thumbnail")
    driver.wait(lambda: window.errors.reported == 50)
    dialogs = _dialogs(window)
    assert len(dialogs) == 1  # one dialog, not fifty
    dialog = dialogs[0]
    assert "RuntimeError" in dialog.summary_label.text() and "load thumbnail" in dialog.summary_label.text()
    assert "49 more" in dialog.more_label.text()
    assert not dialog.isModal()
    dialog.findChild(QPushButton, "copyErrorDetailsButton").click()
    copied = QGuiApplication.clipboard().text()
    assert "_broken_task" in copied and "Traceback" in copied
    assert "Python 3." in copied and "Qt 6." in copied and "Listing Genie" in copied
    assert FAKE_KEY not in copied and FAKE_KEY not in dialog.summary_label.text()
    # The window is still usable with the dialog open: a whole run goes through.
    start_generation(driver, window, photo)
    driver.wait(lambda: not window.model.running, 20_000)
    assert window.model.shown is not None and window.model.shown.status == "complete"


@pytest.mark.qt_no_exception_capture
def test_a_failing_slot_shows_the_dialog_once_per_quiet_period(open_window, driver) -> None:
    clock = FakeClock()
    window = open_window()
    window.errors.monotonic = clock.monotonic  # the quiet period on a clock the test moves

    def broken_slot() -> None:
        raise ValueError("a slot fell over")

    trap = QPushButton("Trap", window)
    trap.clicked.connect(broken_slot)
    trap.click()
    driver.wait(lambda: _dialogs(window))
    first = _dialogs(window)[0]
    assert "ValueError" in first.summary_label.text()
    assert "broken_slot" in first.details_edit.toPlainText()
    first.accept()
    driver.wait(lambda: not _dialogs(window))
    trap.click()  # right after: the status bar says it, no second box
    assert window.errors.reported == 2 and not _dialogs(window)
    assert "ValueError" in window.statusBar().currentMessage()
    clock.now += 61
    trap.click()
    driver.wait(lambda: _dialogs(window))
    assert window.settings_button.isEnabled()
