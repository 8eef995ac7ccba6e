"""Opens the real window the way `listing-genie gui` does (the staged shell, then the build) on whatever
display `QT_QPA_PLATFORM`/`DISPLAY` name, and prints one JSON line about where it ended up.

    python -m tests.screens.window_probe [--resize W H] [--move X Y]

`--resize`/`--move` act like a user dragging the window before closing it, so a second run shows
whether the place was remembered. Run by tests/screens/test_real_screens.py under Xvfb.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget

from listing_genie_desktop.app import wait_first_paint
from listing_genie_desktop.paths import AppPaths


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def on_screen(widget: QWidget) -> dict[str, object]:
    top_left = widget.mapToGlobal(QPoint(0, 0))
    return {"visible": widget.isVisible(), "rect": rect(QRect(top_left, widget.size()))}


def settle(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--resize", nargs=2, type=int)
    parser.add_argument("--move", nargs=2, type=int)
    args = parser.parse_args()

    app = QApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)
    import asyncio

    import qasync

    from listing_genie_desktop.ui.main_window import MainWindow

    window = MainWindow(AppPaths.from_environment(), staged=True)
    window.show()
    wait_first_paint(app, window)

    async def run() -> dict[str, object]:
        window.finish_build()
        deadline = time.monotonic() + 30
        while not window.is_ready and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        await asyncio.sleep(0.3)  # the window manager's (or Xvfb's) configure events
        screen = window.screen()
        report = {
            "screen": {
                "name": screen.name(),
                "geometry": rect(screen.geometry()),
                "available": rect(screen.availableGeometry()),
            },
            "frame": rect(window.frameGeometry()),
            "geometry": rect(window.geometry()),
            "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
            "generateButton": on_screen(window.generate_button),
            "settingsButton": on_screen(window.settings_button),
            "thumbnail": window.cards[next(iter(window.cards))].thumbnail_size,
            "columns": window.card_grid.columns,
        }
        if args.resize:
            window.resize(*args.resize)
        if args.move:
            window.move(*args.move)
        if args.resize or args.move:
            await asyncio.sleep(0.3)
            report["left_at"] = rect(window.geometry())
        await window.shutdown()
        return report

    report = qasync.run(run())
    print(json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
