"""Desktop entry points: `create_window()` (contract section 6) and `run_gui()` for `listing-genie gui`.

Qt is imported inside the functions so `listing-genie generate` never pays for it, and nothing
here imports google.genai (the Gemini backend is imported on first use only).
"""

from __future__ import annotations

import asyncio
import logging
import sys
import time
from typing import TYPE_CHECKING

from listing_genie_desktop.logging_setup import configure_logging
from listing_genie_desktop.paths import AppPaths

if TYPE_CHECKING:
    from listing_genie_desktop.ui.main_window import MainWindow

log = logging.getLogger("listing_genie.app")


def create_window() -> MainWindow:
    """The main window, not yet shown, wired to the real services of LISTING_GENIE_HOME.

    Uses the asyncio event loop already set (a qasync.QEventLoop). The history opens in the
    background: `window.is_ready` (or `window.model.readyChanged`) tells when runs can start;
    the form is usable at once.
    """
    from listing_genie_desktop.ui.main_window import MainWindow

    return MainWindow(AppPaths.from_environment())


def run_gui(*, smoke: bool = False, process_start: float | None = None) -> int:
    import qasync
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    started = process_start if process_start is not None else time.perf_counter()
    configure_logging(AppPaths.from_environment().log_file)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Listing Genie")
    app.setOrganizationName("ListingGenie")
    # The window closes itself once its shutdown (cancel a run, close the history) is done;
    # Qt must not stop the loop underneath that work when the last window disappears.
    app.setQuitOnLastWindowClosed(False)

    async def main() -> int:
        window = create_window()
        app.aboutToQuit.connect(window.close)
        window.show()
        if smoke:
            shown = asyncio.Event()
            QTimer.singleShot(0, shown.set)
            await shown.wait()
            print(f"startup_ms={round((time.perf_counter() - started) * 1000)}", flush=True)
            await window.shutdown()
            return 0
        await window.closed.wait()
        return 0

    try:
        return qasync.run(main())
    except asyncio.CancelledError:
        return 0
