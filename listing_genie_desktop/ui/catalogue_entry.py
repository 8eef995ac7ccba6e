"""The main window's one way to the catalogue view: a status-bar button and the view, a window of its own built
on first use. Its controller lives from the start, so that a catalogue paused for the daily quota goes on at
its reset while the window is open, and closing the window can stop a catalogue run as Cancel does."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QPushButton

from listing_genie_desktop.ui.catalogue_controller import CatalogueController
from listing_genie_desktop.ui.i18n import tr

if TYPE_CHECKING:
    from collections.abc import Awaitable

    from listing_genie_desktop.ui.catalogue_view import CatalogueView
    from listing_genie_desktop.ui.session_model import SessionModel


class CatalogueEntry:
    def __init__(
        self,
        window: QMainWindow,
        model: SessionModel,
        ask_over_budget: Callable[[str], Awaitable[bool]],
        show_session: Callable[[str], None],
    ) -> None:
        self._window = window
        self._show_session = show_session
        self.controller = CatalogueController(model.tasks, lambda: model.services, lambda: model.settings, window)
        self.controller.confirm_over_budget = ask_over_budget
        model.readyChanged.connect(lambda _ready: self.controller.refresh_list(resume_paused=True))
        self.view: CatalogueView | None = None
        button = QPushButton(tr("Catalogues…"), objectName="catalogueButton")
        button.setAccessibleName(tr("Open the catalogue view"))
        button.setAccessibleDescription(tr("Many products from one product file"))
        button.clicked.connect(self.open)
        window.statusBar().addPermanentWidget(button)

    def open(self) -> CatalogueView:
        """Shows the view (built on first use) in front."""
        from listing_genie_desktop.ui.catalogue_view import CatalogueView

        if self.view is None:
            self.view = CatalogueView(self.controller, self._window)
            self.view.sessionRequested.connect(self._product_requested)
        self.view.show()
        self.view.raise_()
        self.view.activateWindow()
        return self.view

    def _product_requested(self, session_id: str) -> None:
        """A product's session opened from the table: shown in the main window, brought to the front."""
        self._show_session(session_id)
        self._window.raise_()
        self._window.activateWindow()
