"""Handing files to the desktop: open an image full size, show it in its folder, tell the user
a background run ended."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSystemTrayIcon, QWidget

# Qt classes are imported on first use: this module is on the start-up path, its features are not.


def open_file(path: str) -> bool:
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def reveal_in_folder(path: str) -> bool:
    """Selects the file in Explorer/Finder; elsewhere opens its folder (no portable "select")."""
    from PySide6.QtCore import QProcess
    from PySide6.QtGui import QDesktopServices

    native = str(Path(path))
    if sys.platform == "win32":
        return QProcess.startDetached("explorer", [f"/select,{native}"])[0]
    if sys.platform == "darwin":
        return QProcess.startDetached("open", ["-R", native])[0]
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))


def start_folder(last: str = "") -> str:
    """Where a file dialog starts: the folder used last, else the user's Pictures, else their home;
    never the app's working folder."""
    if last and Path(last).is_dir():
        return last
    from PySide6.QtCore import QStandardPaths

    pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    return pictures if pictures and Path(pictures).is_dir() else str(Path.home())


class Notifier:
    """A system notification when the tray exists, else the taskbar/dock alert."""

    def __init__(self, window: QWidget) -> None:
        self._window = window
        self._tray: QSystemTrayIcon | None = None

    def notify(self, title: str, message: str) -> str:
        """Returns how the user was told ("tray" or "alert"), which tests can check."""
        from PySide6.QtGui import QIcon
        from PySide6.QtWidgets import QApplication, QSystemTrayIcon

        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            if self._tray is None:
                icon = self._window.windowIcon()
                self._tray = QSystemTrayIcon(icon if not icon.isNull() else QIcon(), self._window)
                self._tray.messageClicked.connect(self._raise)
            self._tray.show()
            self._tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 8000)
            return "tray"
        QApplication.alert(self._window)
        return "alert"

    def _raise(self) -> None:
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()
