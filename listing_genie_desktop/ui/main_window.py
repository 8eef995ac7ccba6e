"""The main window."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from listing_genie_desktop.paths import AppPaths


class MainWindow(QMainWindow):
    def __init__(self, paths: AppPaths) -> None:
        super().__init__()
        self.paths = paths
        self.setWindowTitle("Listing Genie")
        self.setCentralWidget(QLabel("Listing Genie"))
        self.resize(1200, 800)
