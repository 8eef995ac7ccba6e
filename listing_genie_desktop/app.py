"""Desktop entry points: `create_window()` (contract section 6) and `run_gui()` for `listing-genie gui`.

Qt is imported inside the functions so `listing-genie generate` never pays for it, and nothing
here imports google.genai (the Gemini backend is imported on first use only).

`run_gui` shows the window's shell first: the columns and headings in the final theme, painted
before asyncio, qasync, the widgets and the model are even imported. The rest is built right
after that first frame (`MainWindow.finish_build`), and the history opens in the background.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

from listing_genie_desktop.paths import AppPaths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from listing_genie_desktop.ui.main_window import MainWindow

FIRST_PAINT_TIMEOUT_S = 2.0


def create_window() -> MainWindow:
    """The main window, not yet shown, wired to the real services of LISTING_GENIE_HOME.

    Uses the asyncio event loop already set (a qasync.QEventLoop). The history opens in the
    background: `window.is_ready` (or `window.model.readyChanged`) tells when runs can start;
    the form is usable at once.
    """
    from listing_genie_desktop.ui.main_window import MainWindow

    return MainWindow(AppPaths.from_environment())


def wait_first_paint(app: QApplication, window: QWidget, timeout_s: float = FIRST_PAINT_TIMEOUT_S) -> bool:
    """Processes events until `window` has received its first paint event (True), or the timeout passes.

    An event filter watches for it and is removed at once: a Python `paintEvent` override would
    make every later repaint wait for the GIL, which worker threads hold while they render."""
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    spy = FirstPaint()
    window.installEventFilter(spy)
    deadline = time.perf_counter() + timeout_s
    try:
        while not spy.painted and time.perf_counter() < deadline:
            app.processEvents()
            if not spy.painted:
                time.sleep(0.001)
    finally:
        window.removeEventFilter(spy)
    return spy.painted


def run_gui(*, smoke: bool = False, process_start: float | None = None) -> int:
    started = process_start if process_start is not None else time.perf_counter()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Listing Genie")
    app.setOrganizationName("ListingGenie")
    # The window closes itself once its shutdown (cancel a run, close the history) is done;
    # Qt must not stop the loop underneath that work when the last window disappears.
    app.setQuitOnLastWindowClosed(False)

    from listing_genie_desktop.ui.main_window import MainWindow

    paths = AppPaths.from_environment()
    window = MainWindow(paths, staged=True)
    window.show()
    wait_first_paint(app, window)  # type: ignore[arg-type]  # the first frame is on screen
    if smoke:
        print(f"startup_ms={round((time.perf_counter() - started) * 1000)}", flush=True)

    # Everything below happens while the user already sees the window.
    import asyncio

    import qasync

    from listing_genie_desktop.logging_setup import configure_logging
    from listing_genie_desktop.runtime_tuning import freeze_startup_heap, tune_allocator

    tune_allocator()  # before any worker thread starts (see runtime_tuning)
    configure_logging(paths.log_file)

    async def main() -> int:
        if window.shut_down:  # closed before it was even built
            return 0
        window.finish_build()
        # Once the history is open (its modules imported in a worker), full collections stop walking the
        # start-up's objects (runtime_tuning).
        window.model.readyChanged.connect(lambda ready: freeze_startup_heap() if ready else None)
        app.aboutToQuit.connect(window.close)
        if smoke:
            # stdout carries the contract's one line; this figure is for benchmarks/bench_startup.py
            print(f"built_ms={round((time.perf_counter() - started) * 1000)}", file=sys.stderr, flush=True)
            await window.shutdown()
            return 0
        await window.closed.wait()
        return 0

    try:
        return qasync.run(main())
    except asyncio.CancelledError:
        return 0
