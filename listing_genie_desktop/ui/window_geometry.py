"""Where the window opens: inside the screen's available area, at the size it last had on that screen.

A fixed 1440 x 900 put Settings and Generate off a 1366 x 768 laptop screen, and at twice the scale
no screen held it. Now the window takes the size it had when it last closed on the same screen (by
name and size: a laptop docked to a monitor has two remembered places), but only if that still fits
the available area (panels and docks excluded); otherwise the default size, shrunk to the screen and
centred. The file is the app's own (`window.json` beside settings.json), so `LISTING_GENIE_HOME` keeps
everything the app writes in one folder.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMargins, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

log = logging.getLogger("listing_genie.ui")

DEFAULT_SIZE = QSize(1440, 900)
FRAME = QMargins(8, 32, 8, 8)
"""A window manager's borders and title bar, unknown before the first show: kept free so the
frame, not only the client area, ends up inside the screen."""
FILE_NAME = "window.json"


@dataclass(frozen=True)
class Placement:
    rect: QRect
    """The client area's geometry (what `setGeometry` takes)."""
    maximized: bool = False


def screen_key(screen: QScreen) -> str:
    """One remembered place per screen: its name and its logical size (a changed resolution or
    scale is a different place)."""
    size = screen.geometry().size()
    return f"{screen.name() or 'screen'} {size.width()}x{size.height()}"


def fit(available: QRect, minimum: QSize, saved: Placement | None = None) -> Placement:
    """The saved placement when its frame lies inside `available`, else the default size shrunk
    to `available` (never below `minimum`) and centred on it."""
    if saved is not None and (saved.maximized or available.contains(saved.rect.marginsAdded(FRAME))):
        return saved
    room = available.marginsRemoved(FRAME)
    size = DEFAULT_SIZE.boundedTo(room.size()).expandedTo(minimum)
    # Centred in the room the frame leaves; a window at its minimum that is wider than that room
    # gives up the frame's margin rather than leave the screen.
    left = max(
        available.left(), min(room.left() + (room.width() - size.width()) // 2, available.right() + 1 - size.width())
    )
    top = max(
        available.top(), min(room.top() + (room.height() - size.height()) // 2, available.bottom() + 1 - size.height())
    )
    return Placement(QRect(left, top, size.width(), size.height()))


class WindowPlacement:
    """Reads the remembered places once (a few hundred bytes, before the first frame) and writes
    them when the window closes (in a worker thread)."""

    def __init__(self, config_folder: Path) -> None:
        self.path = config_folder / FILE_NAME
        data = self._read()
        places, last = data.get("screens"), data.get("last")
        self._places: dict[str, object] = places if isinstance(places, dict) else {}
        self._last = last if isinstance(last, str) else ""
        """The screen the window was on when it closed: it opens there again while it is connected."""

    def _read(self) -> dict[str, object]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("window places in %s unusable (%s): default placement", self.path, exc)
            return {}
        return data if isinstance(data, dict) else {}

    def saved(self, key: str) -> Placement | None:
        entry = self._places.get(key)
        try:
            rect = QRect(int(entry["x"]), int(entry["y"]), int(entry["width"]), int(entry["height"]))  # type: ignore[index]
            return Placement(rect, bool(entry.get("maximized", False)))  # type: ignore[union-attr]
        except (TypeError, KeyError, ValueError):
            return None

    def place(self, window: QWidget) -> Placement:
        """Sets `window`'s geometry (before it is shown) for the screen it will open on."""
        screens = {screen_key(s): s for s in QGuiApplication.screens()}
        screen = screens.get(self._last) or window.screen() or QGuiApplication.primaryScreen()
        placement = fit(screen.availableGeometry(), window.minimumSizeHint(), self.saved(screen_key(screen)))
        window.setGeometry(placement.rect)
        if placement.maximized:
            from PySide6.QtCore import Qt  # rarely needed: its enums cost the first frame ~15 ms

            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        return placement

    def keep_inside_soon(self, window: QWidget) -> None:
        """`keep_inside` on the next turn of the loop, once the new panes have their sizes."""
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, window, lambda: self.keep_inside(window))

    def keep_inside(self, window: QWidget) -> None:
        """After the build (the shell's minimum was smaller than the window's), once the new panes
        are laid out: moves the window back onto its screen if growing to its minimum pushed it
        over an edge."""
        screen = window.screen()
        if screen is None or window.isMaximized():
            return
        available, rect = screen.availableGeometry(), window.geometry()
        rect.setSize(rect.size().expandedTo(window.minimumSizeHint()))  # what the layout will grow it to
        rect.moveLeft(max(available.left(), min(rect.left(), available.right() + 1 - rect.width())))
        rect.moveTop(max(available.top(), min(rect.top(), available.bottom() + 1 - rect.height())))
        if rect != window.geometry():
            window.setGeometry(rect)

    def remember(self, window: QWidget) -> None:
        """Records `window`'s current place for its screen (call on the UI thread, then `write`)."""
        screen = window.screen()
        if screen is None:
            return
        rect = window.normalGeometry() if window.isMaximized() else window.geometry()
        self._last = screen_key(screen)
        self._places[self._last] = {
            "x": rect.x(),
            "y": rect.y(),
            "width": rect.width(),
            "height": rect.height(),
            "maximized": window.isMaximized(),
        }

    def write(self) -> None:
        """Blocking: run it in a worker thread. A failure costs only the remembered place."""
        from listing_genie_desktop.storage.files import atomic_write_text

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            data = {"last": self._last, "screens": self._places}
            atomic_write_text(self.path, json.dumps(data, indent=1, sort_keys=True))
        except OSError as exc:
            log.warning("could not remember the window's place in %s: %s", self.path, exc)
