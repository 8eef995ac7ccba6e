"""Closing the main window while work runs: ask first ("Stop generating?"), then cancel the session and
catalogue runs (what completed is kept and resumable), remember the geometry, close the history, and only then
close the window. The question goes away by itself when the run ends while it is open."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from listing_genie_desktop.ui.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from listing_genie_desktop.ui.main_window import MainWindow


class CloseFlow:
    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._box: QWidget | None = None
        self._task: asyncio.Task[None] | None = None
        self.closed = asyncio.Event()
        """Set once the window has shut down cleanly (run_gui waits on it)."""

    def requested(self) -> None:
        """The user asked to close a built window that is not shut down yet (the close event is ignored)."""
        window = self._window
        if self._task is not None:
            return
        if not window.model.running and not window.catalogues.running:
            self.start()
            return
        self._box = window.dialogs.ask(
            "confirmCloseBox",
            tr("Stop generating?"),
            tr(
                "Images are still being generated. Stop now and close? Finished images are kept, and "
                "Retry failed finishes the rest later."
            ),
            [(tr("Stop and close"), self.start), (tr("Keep generating"), None)],
        )

    def run_ended(self) -> None:
        """Nothing is left to stop: the question is moot."""
        from shiboken6 import isValid

        if self._box is not None and isValid(self._box):
            self._box.done(0)  # type: ignore[attr-defined]
        self._box = None

    def start(self) -> None:
        self._window.statusBar().showMessage(tr("Closing…"))
        self._window.setEnabled(False)
        self._task = asyncio.ensure_future(self._window.shutdown())

    async def shut_down(self) -> None:
        """Cancels any run (what completed is kept), closes the history; the window closes after it."""
        window = self._window
        window.dialogs.close_all()
        window.errors.uninstall()
        window.placement.remember(window)
        await asyncio.to_thread(window.placement.write)
        await window.catalogues.shutdown()  # a catalogue run stops as Cancel stops it: resumable
        await window.model.shutdown()
