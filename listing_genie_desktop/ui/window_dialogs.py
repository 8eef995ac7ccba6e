"""The window's dialogs: every one opened with `open()` and kept until it closes, questions with
their answers as callbacks, and the Export flow (one dialog, starting in a sensible folder).

`exec()` is never used: its nested event loop would stall every running task meanwhile.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from listing_genie_desktop.ui.desktop import start_folder
from listing_genie_desktop.ui.i18n import tr
from listing_genie_desktop.ui.messages import translated

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from listing_genie_desktop.ui.export_dialog import ExportDialog
    from listing_genie_desktop.ui.session_model import SessionModel
    from listing_genie_desktop.ui.session_view import ExportDone, ExportRequest

Answer = tuple[str, Callable[[], None] | None]
"""A button's text and what clicking it does (None: only closes the box)."""


class DialogKeeper:
    """Keeps a strong reference to each open dialog (PySide6 would collect it) and closes them all
    when the window shuts down."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self._open: list[QWidget] = []

    def open(self, dialog: QWidget) -> None:
        from listing_genie_desktop.ui.accessibility import label_controls

        label_controls(dialog)  # every control of every dialog is named for a screen reader
        self._open.append(dialog)
        dialog.finished.connect(lambda _r: self._closed(dialog))  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    def _closed(self, dialog: QWidget) -> None:
        if dialog in self._open:
            self._open.remove(dialog)
        dialog.deleteLater()

    def close_all(self) -> None:
        for dialog in list(self._open):
            dialog.close()

    def ask(
        self,
        name: str,
        title: str,
        text: str,
        actions: list[Answer],
        *,
        question: bool = True,
        warning: bool = False,
        informative: str = "",
        otherwise: Callable[[], None] | None = None,
        standard: str = "",
    ) -> QMessageBox:
        """A non-blocking message box: `actions` are its buttons (one without a handler is what
        Escape does), `standard` ("Cancel", "Ok") adds that standard button as the default;
        `otherwise` runs when it closes any other way."""
        from PySide6.QtWidgets import QMessageBox

        icon = (
            QMessageBox.Icon.Warning
            if warning
            else QMessageBox.Icon.Question
            if question
            else QMessageBox.Icon.Information
        )
        buttons = getattr(QMessageBox.StandardButton, standard or "NoButton")
        box = QMessageBox(icon, title, text, buttons, self._parent)
        box.setObjectName(name)
        if informative:
            box.setInformativeText(informative)
        handlers = {}
        for label, handler in actions:
            role = QMessageBox.ButtonRole.AcceptRole if handler else QMessageBox.ButtonRole.RejectRole
            button = box.addButton(label, role)
            handlers[button] = handler
        if standard:
            box.setDefaultButton(buttons)

        def finished(_result: int) -> None:
            handler = handlers.get(box.clickedButton(), otherwise)  # type: ignore[call-overload]
            if handler is not None:
                handler()

        box.finished.connect(finished)
        self.open(box)
        return box

    def ask_over_budget(self, text: str) -> asyncio.Future[bool]:
        """ "Start anyway?" for a run whose estimate would pass the monthly budget; never blocks the loop."""
        answer: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

        def say(start: bool) -> None:
            if not answer.done():
                answer.set_result(start)

        self.ask(
            "budgetBox",
            tr("Monthly budget"),
            text,
            [(tr("Start anyway"), lambda: say(True))],
            warning=True,
            informative=tr("The estimate is images x the model's price per image; Settings holds the budget."),
            otherwise=lambda: say(False),
            standard="Cancel",
        )
        return answer

    def warn(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning, tr("Listing Genie"), text, QMessageBox.StandardButton.Ok, self._parent
        )
        box.setObjectName("warningBox")
        self.open(box)


class ExportFlow(QObject):
    """Export…: one dialog (folder, SKU, format, ZIP) that starts in the folder exported to last
    (this run), else the user's Pictures or home; a conflict asks before anything is replaced."""

    def __init__(
        self,
        model: SessionModel,
        dialogs: DialogKeeper,
        status: Callable[[str, int], None],
        open_folder: Callable[[str], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._dialogs = dialogs
        self._status = status
        self._open_folder = open_folder
        self._parent = parent
        self.folder = ""
        """The last folder exported to (this run): the next Export starts there."""
        self.last_message = ""
        model.actions.exported.connect(self._exported)
        model.actions.exportConflict.connect(self._conflict)

    def start(self) -> ExportDialog | None:
        from listing_genie_desktop.core.readiness import export_warning
        from listing_genie_desktop.ui.export_dialog import ExportDialog
        from listing_genie_desktop.ui.state import CardStatus, not_ready_images

        shown = self._model.shown
        if shown is None:
            return None
        count = sum(1 for s in shown.images.values() if s.status is CardStatus.COMPLETE)
        dialog = ExportDialog(
            shown.session_id,
            shown.title,
            folder=start_folder(self.folder),
            fmt=self._model.settings.export_format,
            count=count,
            warning=export_warning(not_ready_images(shown.images), say=translated),
            parent=self._parent,
        )
        dialog.requested.connect(self._requested)
        self._dialogs.open(dialog)
        return dialog

    def _requested(self, request: ExportRequest) -> None:
        self.folder = str(request.folder)
        self._status(tr("Exporting to {folder}…").format(folder=request.folder), 0)
        self._model.actions.export(request)

    def _conflict(self, request: ExportRequest, paths: list[str]) -> None:
        """Files exist: nothing was written. Ask, and export again with force if told to."""
        self._status("", 0)
        names = [Path(p).name for p in paths]
        more = tr(" and {count} more").format(count=len(names) - 6) if len(names) > 6 else ""
        listed = ", ".join(names[:6]) + more
        box = self._dialogs.ask(
            "confirmOverwriteBox",
            tr("Replace existing files?"),
            tr("%n file(s) already exist in {folder}: {listed}.", None, len(names)).format(
                folder=request.folder, listed=listed
            )
            + "\n\n"
            + tr(
                "Replace them with this export? Files of an earlier export of this SKU that this one does not "
                "include are removed too, so the folder never mixes two exports."
            ),
            [(tr("Replace"), lambda: self._requested(dataclasses.replace(request, force=True)))],
            otherwise=lambda: self._status(tr("Export cancelled: the existing files were left as they were."), 8000),
            standard="Cancel",
        )
        for button in box.buttons():
            if button.text() == tr("Replace"):
                button.setObjectName("overwriteButton")

    def _exported(self, done: ExportDone) -> None:
        text = tr("Exported %n image(s) to {folder}", None, done.count).format(folder=done.folder)
        self._status(text, 10000)
        self.last_message = text
        details = (
            tr("Files {sku}.MAIN … with manifest.json and a ZIP.")
            if done.zip_path
            else tr("Files {sku}.MAIN … with manifest.json.")
        ).format(sku=done.sku)
        folder = done.folder
        self._dialogs.ask(
            "exportDoneBox",
            tr("Export finished"),
            f"{text}.",
            [(tr("Show folder"), lambda: self._open_folder(folder))],
            standard="Ok",
            question=False,
            warning=bool(done.warning),
            informative=f"{details}\n\n{done.warning}" if done.warning else details,
        )
