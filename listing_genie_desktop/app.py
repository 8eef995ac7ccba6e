"""Desktop entry points: `create_window()` (contract section 6) and `run_gui()` for `listing-genie gui`."""

from __future__ import annotations

import asyncio
import logging
import sys
import time

from listing_genie_desktop.logging_setup import configure_logging
from listing_genie_desktop.paths import AppPaths

log = logging.getLogger("listing_genie.app")


def create_window():  # -> ui.main_window.MainWindow; Qt is imported lazily to keep the CLI fast
    """The main window, not yet shown, wired to the real services of LISTING_GENIE_HOME.

    Uses the asyncio event loop already set (a qasync.QEventLoop).
    """
    from listing_genie_desktop.ui.main_window import MainWindow

    paths = AppPaths.from_environment()
    return MainWindow(paths)


def run_gui(*, smoke: bool = False, process_start: float | None = None) -> int:
    import qasync
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    started = process_start if process_start is not None else time.perf_counter()
    configure_logging(AppPaths.from_environment().log_file)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Listing Genie")
    app.setOrganizationName("ListingGenie")

    async def main() -> int:
        closed = asyncio.Event()
        app.aboutToQuit.connect(closed.set)
        window = create_window()
        window.show()
        if smoke:
            shown = asyncio.Event()
            QTimer.singleShot(0, shown.set)
            await shown.wait()
            print(f"startup_ms={round((time.perf_counter() - started) * 1000)}", flush=True)
            window.close()
            return 0
        await closed.wait()
        return 0

    try:
        return qasync.run(main())
    except asyncio.CancelledError:
        return 0
