"""The reference photo: a path field, a Browse button and a drop zone with preview, size and warnings.

Setting the path (typing, browsing, dropping, or a test calling `setText`) loads the photo in a
worker thread; a newer path always wins over a slower, older load.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TR_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from listing_genie_desktop.core.errors import InvalidInput
from listing_genie_desktop.ui.i18n import format_bytes, tr
from listing_genie_desktop.ui.images import load_reference_preview
from listing_genie_desktop.ui.messages import translated
from listing_genie_desktop.ui.tasks import LatestOnly, TaskKeeper
from listing_genie_desktop.ui.theme import set_style_property

if TYPE_CHECKING:
    from listing_genie_desktop.core.ports import ReferencePhoto

PREVIEW_SIZE = 132
IMAGE_FILTER = QT_TR_NOOP("Photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.gif);;All files (*)")
NO_PHOTO = QT_TR_NOOP("Choose a reference photo of the product.")
PHOTO_HINT = QT_TR_NOOP("JPEG, PNG or WebP. 1000 px or more on the longest side lets Amazon zoom.")
LOADING = QT_TR_NOOP("Loading the reference photo…")


def dropped_files(event: QDragEnterEvent | QDropEvent) -> list[str]:
    """The local files dragged onto a widget, in the order given."""
    if not event.mimeData().hasUrls():
        return []
    return [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]


class ReferencePicker(QWidget):
    changed = Signal()
    more_dropped = Signal(list)
    """Files dropped with the main photo, after it: the product's other photos."""

    def __init__(self, tasks: TaskKeeper, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.photo: ReferencePhoto | None = None
        self.problem: str | None = tr(NO_PHOTO)
        """Why there is no usable photo (None once one is loaded)."""
        self._latest = LatestOnly(tasks, "load reference")
        self._read_only = False

        self.path_edit = QLineEdit(objectName="referenceImageEdit", placeholderText=tr("Path of the product photo"))
        self.path_edit.setAccessibleName(tr("Reference photo path"))
        self.browse_button = QPushButton(tr("Browse…"), objectName="browseReferenceButton")
        self.browse_button.setAccessibleName(tr("Browse for the reference photo"))
        self.browse_button.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.setSpacing(6)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        self.drop_zone = QFrame(objectName="dropZone")
        self.preview = QLabel(tr("Drop a photo here"), objectName="referencePreview")
        self.preview.setFixedSize(PREVIEW_SIZE, PREVIEW_SIZE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setWordWrap(True)
        self.preview.setProperty("role", "muted")
        self.info = QLabel(f"{tr(NO_PHOTO)}\n{tr(PHOTO_HINT)}", objectName="referenceInfo", wordWrap=True)
        self.info.setProperty("role", "muted")
        self.warnings = QLabel(objectName="referenceWarnings", wordWrap=True)
        self.warnings.setProperty("role", "fieldError")
        self.warnings.hide()
        text_column = QVBoxLayout()
        text_column.addStretch(1)
        text_column.addWidget(self.info)
        text_column.addWidget(self.warnings)
        text_column.addStretch(1)
        zone = QHBoxLayout(self.drop_zone)
        zone.setContentsMargins(10, 10, 10, 10)
        zone.setSpacing(12)
        zone.addWidget(self.preview)
        zone.addLayout(text_column, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(path_row)
        layout.addWidget(self.drop_zone)
        self.setAcceptDrops(True)

        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(self._load_current)
        self.path_edit.textChanged.connect(self._path_edited)

    # --- state ------------------------------------------------------------------------------

    @property
    def path(self) -> str:
        return self.path_edit.text().strip()

    def set_path(self, path: str) -> None:
        self.path_edit.setText(path)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.path_edit.setReadOnly(read_only)
        self.browse_button.setEnabled(not read_only)

    def _path_edited(self, _text: str) -> None:
        self._latest.supersede()
        self.photo = None
        self.problem = tr(LOADING) if self.path else tr(NO_PHOTO)
        self._show_loading()
        self.changed.emit()
        self._debounce.start()

    def _load_current(self) -> None:
        path = self.path
        if not path or self._tasks.closed:
            self._show_empty()
            return
        self._latest.start(self._load(path))

    async def _load(self, path: str) -> None:
        try:
            photo, preview = await asyncio.to_thread(load_reference_preview, path, PREVIEW_SIZE)
        except InvalidInput as error:
            self._show_problem(translated(error.message))
            return
        except Exception as error:  # an unexpected decoder failure is still the photo's problem
            self._show_problem(tr("The photo could not be opened ({kind}).").format(kind=type(error).__name__))
            return
        self.photo, self.problem = photo, None
        self.preview.setPixmap(QPixmap.fromImage(preview))
        width, height = photo.size
        self.info.setText(f"{Path(path).name}\n{width} x {height} px, {format_bytes(len(photo.original_bytes))}")
        self.warnings.setText("\n".join(translated(warning) for warning in photo.warnings))
        self.warnings.setVisible(bool(photo.warnings))
        set_style_property(self.path_edit, "invalid", False)
        self.changed.emit()

    # --- display ----------------------------------------------------------------------------

    def _show_loading(self) -> None:
        self.preview.clear()
        self.preview.setText(tr("Loading…") if self.path else tr("Drop a photo here"))
        self.info.setText(tr(LOADING) if self.path else f"{tr(NO_PHOTO)}\n{tr(PHOTO_HINT)}")
        self.warnings.hide()

    def _show_empty(self) -> None:
        self.preview.clear()
        self.preview.setText(tr("Drop a photo here"))
        self.info.setText(f"{tr(NO_PHOTO)}\n{tr(PHOTO_HINT)}")

    def _show_problem(self, message: str) -> None:
        self.photo, self.problem = None, message
        self.preview.clear()
        self.preview.setText(tr("No preview"))
        self.info.setText("")
        self.warnings.setText(message)
        self.warnings.show()
        set_style_property(self.path_edit, "invalid", True)
        self.changed.emit()

    # --- browse and drop --------------------------------------------------------------------

    def browse(self) -> None:
        """A non-blocking file dialog (`open()`, never `exec()`: tasks keep running meanwhile)."""
        from PySide6.QtWidgets import QFileDialog

        from listing_genie_desktop.ui.desktop import start_folder

        # the photo's folder, else the user's Pictures or home: never the app's working folder
        folder = start_folder(str(Path(self.path).parent) if self.path else "")
        dialog = QFileDialog(self, tr("Choose the reference photo"), folder)
        dialog.setObjectName("referenceChooser")
        dialog.setNameFilter(tr(IMAGE_FILTER))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.set_path)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _dropped_files(self, event: QDragEnterEvent | QDropEvent) -> list[str]:
        return [] if self._read_only else dropped_files(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_files(event):
            event.acceptProposedAction()
            set_style_property(self.drop_zone, "dragging", True)

    def dragLeaveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        set_style_property(self.drop_zone, "dragging", False)

    def dropEvent(self, event: QDropEvent) -> None:
        set_style_property(self.drop_zone, "dragging", False)
        files = self._dropped_files(event)
        if files:
            event.acceptProposedAction()
            self.set_path(files[0])
            if files[1:]:
                self.more_dropped.emit(files[1:])
