"""An unexpected error inside the window: said once, in a dialog that does not block the window.

Two ways a bug surfaces in a Qt app: an exception escaping a slot (PySide6 hands it to
`sys.excepthook` and carries on) and an exception ending a UI task (`TaskKeeper` logs "UI task
... failed"). Both come here. The user gets a non-modal dialog saying what happened, with "Copy
details" (the traceback, redacted like the log, plus the app, Qt and Python versions) for a bug
report; the window stays usable. A burst of errors (a failing slot called on every tick) is one
dialog that counts the rest, and after it is closed the next minute's errors only reach the
status bar and the log, so the user is never buried under fifty boxes.
"""

from __future__ import annotations

import logging
import platform
import sys
import time
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from listing_genie_desktop.logging_setup import redact
from listing_genie_desktop.ui.i18n import tr

log = logging.getLogger("listing_genie.ui")
QUIET_S = 60.0
"""After the dialog is closed, errors within this long are only logged and shown in the status bar."""
ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def versions() -> str:
    import PySide6
    from PySide6.QtCore import qVersion

    from listing_genie_desktop import __version__

    return (
        f"Listing Genie {__version__}; Qt {qVersion()} (PySide6 {PySide6.__version__}); "
        f"Python {platform.python_version()}; {platform.platform()}"
    )


def details_text(error: BaseException, where: str) -> str:
    """What "Copy details" puts on the clipboard: never the API key (redacted as the log is)."""
    trace = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    return redact(f"{versions()}\nWhere: {where}\n\n{trace}")


class ErrorDialog(QDialog):
    def __init__(self, summary: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="errorDialog")
        self.setWindowTitle(tr("Listing Genie: unexpected error"))
        self.setWindowModality(Qt.WindowModality.NonModal)  # the window stays usable behind it
        self.summary_label = QLabel(summary, objectName="errorSummaryLabel", wordWrap=True)
        self.more_label = QLabel(objectName="errorMoreLabel", wordWrap=True)
        self.more_label.hide()
        self.details_edit = QPlainTextEdit(details, objectName="errorDetailsEdit", readOnly=True)
        self.details_edit.setAccessibleName(tr("Technical details of the error"))
        self.details_edit.setAccessibleDescription(tr("The traceback and versions, without the API key"))
        self.copy_button = QPushButton(tr("Copy details"), objectName="copyErrorDetailsButton")
        self.copy_button.setAccessibleName(tr("Copy the error's details to the clipboard"))
        self.copy_button.clicked.connect(self.copy_details)
        close = QPushButton(tr("Close"), objectName="closeErrorButton")
        close.setAccessibleName(tr("Close this message"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.more_label)
        layout.addWidget(self.details_edit, 1)
        layout.addLayout(buttons)
        self.resize(560, 340)

    def count_more(self, more: int) -> None:
        self.more_label.setText(tr("%n more unexpected error(s) since; the log has them all.", None, more))
        self.more_label.setVisible(more > 0)

    def copy_details(self) -> None:
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.clipboard().setText(self.details_edit.toPlainText())


class ErrorReporter(QObject):
    """Turns unexpected errors into at most one dialog at a time (see the module's docstring)."""

    def __init__(
        self,
        parent: QWidget,
        status: Callable[[str, int], None],
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._window = parent
        self._status = status
        self.monotonic = monotonic
        self.dialog: ErrorDialog | None = None
        self._more = 0
        self._quiet_until = 0.0
        self._previous_hook: ExceptHook | None = None
        self._active = False
        self.reported = 0
        """How many unexpected errors this window has seen (dialog or not)."""

    def install(self) -> None:
        """Exceptions escaping slots come here from now on (`uninstall` restores the hook before)."""
        if self._previous_hook is None:
            self._previous_hook = sys.excepthook
            sys.excepthook = self._excepthook
            self._active = True

    def uninstall(self) -> None:
        """A hook that another window installed on top of this one stays in the chain, but only
        passes errors on from now on (a closed window shows nothing)."""
        self._active = False
        if self._previous_hook is not None and sys.excepthook == self._excepthook:
            sys.excepthook = self._previous_hook
            self._previous_hook = None

    def _excepthook(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        from shiboken6 import isValid

        ours = self._active and isValid(self._window) and not issubclass(kind, (KeyboardInterrupt, SystemExit))
        if not ours:
            (self._previous_hook or sys.__excepthook__)(kind, error, trace)
            return
        log.error("Unexpected error in the window", exc_info=(kind, error, trace))
        if self._previous_hook not in (None, sys.__excepthook__):
            self._previous_hook(kind, error, trace)  # type: ignore[misc]  # a debugger's or a test runner's hook
        self.report(error, tr("an action of the window"))

    def report(self, error: BaseException, where: str) -> None:
        """Shows `error` (already logged by whoever caught it) without ever blocking the window."""
        self.reported += 1
        summary = tr("Something went wrong inside Listing Genie ({kind} in {where}): {message}").format(
            kind=type(error).__name__, where=where, message=redact(str(error))[:300] or "-"
        )
        if self.dialog is not None:
            self._more += 1
            self.dialog.count_more(self._more)
            return
        if self.monotonic() < self._quiet_until:
            self._status(summary, 10_000)
            return
        self._more = 0
        self.dialog = ErrorDialog(
            summary + "\n" + tr("The window still works; finished images are kept."),
            details_text(error, where),
            self._window,
        )
        self.dialog.finished.connect(self._closed)
        self.dialog.show()

    def _closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self._quiet_until = self.monotonic() + QUIET_S
