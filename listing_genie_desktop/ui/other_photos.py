"""The product's other photos (a back with the label, a detail): up to two more after the main one.

The main photo stays in the reference picker (`referenceImageEdit` holds its path, contract section 6); this
list holds the others, each with a small preview decoded in a worker thread. "Up" on the first of them swaps
it with the main photo, so the three can be put in any order; photos dropped here, or several dropped on the
picker, are added while there is room.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from listing_genie_desktop.core.errors import InvalidInput
from listing_genie_desktop.core.ports import MAX_REFERENCE_PHOTOS
from listing_genie_desktop.ui.i18n import tr
from listing_genie_desktop.ui.images import load_reference_preview
from listing_genie_desktop.ui.messages import translated
from listing_genie_desktop.ui.reference_picker import IMAGE_FILTER, ReferencePicker, dropped_files
from listing_genie_desktop.ui.tasks import LatestOnly, TaskKeeper

if TYPE_CHECKING:
    from listing_genie_desktop.core.ports import ReferencePhoto

THUMB_SIZE = 56
MAX_OTHERS = MAX_REFERENCE_PHOTOS - 1
HINT = QT_TR_NOOP(
    "More photos (optional): the back with its label, a detail. Gemini sees them all (as many as the model "
    "takes, the main one first); the studio draws MAIN from the one it can cut out best."
)


@dataclass(frozen=True)
class _Shown:
    """What one row shows, to move it to another row."""

    path: str
    photo: ReferencePhoto | None
    problem: str | None
    pixmap: QPixmap | None
    info: str
    loading: bool


class OtherPhoto(QFrame):
    """One of the other photos: preview, name and size (or its problem), Up and Remove."""

    changed = Signal()

    def __init__(self, tasks: TaskKeeper, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName=f"otherPhoto_{number}")
        self._tasks = tasks
        self._latest = LatestOnly(tasks, f"load photo {number + 1}")
        self.path = ""
        self.photo: ReferencePhoto | None = None
        self.problem: str | None = None
        self.loading = False
        self.preview = QLabel(objectName=f"otherPhotoPreview_{number}")
        self.preview.setFixedSize(THUMB_SIZE, THUMB_SIZE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.info = QLabel(objectName=f"otherPhotoInfo_{number}", wordWrap=True)
        self.up_button = QPushButton(tr("Up"), objectName=f"otherPhotoUp_{number}")
        self.up_button.setAccessibleName(tr("Move photo {n} up").format(n=number + 1))
        self.remove_button = QPushButton(tr("Remove"), objectName=f"otherPhotoRemove_{number}")
        self.remove_button.setAccessibleName(tr("Remove photo {n}").format(n=number + 1))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.addWidget(self.preview)
        row.addWidget(self.info, 1)
        row.addWidget(self.up_button)
        row.addWidget(self.remove_button)

    def set_path(self, path: str) -> None:
        """Shows `path` (loading it in a worker thread; a newer path always wins)."""
        self.path = path
        self.photo, self.problem = None, tr("Loading {name}…").format(name=Path(path).name)
        self.preview.clear()
        self.preview.setText("…")
        self.info.setText(self.problem)
        if not self._tasks.closed:  # the window is closing: nothing is loaded any more
            self.loading = True
            self._latest.start(self._load(path))

    def shown(self) -> _Shown:
        pixmap = self.preview.pixmap()
        kept = None if pixmap.isNull() else pixmap
        return _Shown(self.path, self.photo, self.problem, kept, self.info.text(), self.loading)

    def display(self, shown: _Shown) -> None:
        """Shows what another row showed, already decoded (reordering needs no new decode); one still
        loading there loads here instead."""
        if shown.loading:
            self.set_path(shown.path)
            return
        self.cancel()
        self.path, self.photo, self.problem = shown.path, shown.photo, shown.problem
        if shown.pixmap is not None:
            self.preview.setPixmap(shown.pixmap)
        else:
            self.preview.setText(tr("No preview"))
        self.info.setText(shown.info)

    async def _load(self, path: str) -> None:
        name = Path(path).name
        try:
            photo, preview = await asyncio.to_thread(load_reference_preview, path, THUMB_SIZE)
        except InvalidInput as error:
            self._failed(f"{translated(error.message)} ({name})")
            return
        except Exception as error:  # an unexpected decoder failure is still the photo's problem
            self._failed(
                tr("The photo could not be opened ({kind}, {name}).").format(kind=type(error).__name__, name=name)
            )
            return
        self.photo, self.problem, self.loading = photo, None, False
        self.preview.setPixmap(QPixmap.fromImage(preview))
        width, height = photo.size
        self.info.setText(f"{name}\n{width} x {height} px")
        self.changed.emit()

    def _failed(self, message: str) -> None:
        self.photo, self.problem, self.loading = None, message, False
        self.preview.setText(tr("No preview"))
        self.info.setText(message)
        self.changed.emit()

    def cancel(self) -> None:
        self._latest.supersede()
        self.loading = False


class OtherPhotos(QWidget):
    """Up to `MAX_OTHERS` photos after the main one; `changed` fires when any of them changes."""

    changed = Signal()

    def __init__(self, tasks: TaskKeeper, picker: ReferencePicker, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="otherPhotos")
        self._tasks = tasks
        self._picker = picker
        self._read_only = False
        self.rows = [OtherPhoto(tasks, n) for n in range(1, MAX_OTHERS + 1)]
        self._count = 0
        self.hint = QLabel(tr(HINT), wordWrap=True)
        self.hint.setProperty("role", "muted")
        self.add_button = QPushButton(tr("Add a photo…"), objectName="addPhotoButton")
        self.add_button.setAccessibleName(tr("Add another photo of the product"))
        self.add_button.clicked.connect(self.browse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.hint)
        for index, row in enumerate(self.rows):
            row.up_button.clicked.connect(lambda _=False, i=index: self.move_up(i))
            row.remove_button.clicked.connect(lambda _=False, i=index: self.remove(i))
            row.changed.connect(self.changed)
            layout.addWidget(row)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        picker.more_dropped.connect(self.add_paths)
        self.setAcceptDrops(True)
        self._show()

    # --- state ------------------------------------------------------------------------------

    @property
    def paths(self) -> list[str]:
        return [row.path for row in self.rows[: self._count]]

    @property
    def photos(self) -> list[ReferencePhoto]:
        """The other photos that are loaded, in order (the run's `others`)."""
        return [row.photo for row in self.rows[: self._count] if row.photo is not None]

    @property
    def problem(self) -> str | None:
        """The first other photo that is not usable (yet), in words; None when all are."""
        return next((row.problem for row in self.rows[: self._count] if row.problem), None)

    def set_paths(self, paths: Iterable[str]) -> None:
        """Replaces the list (a stored session, Duplicate as new)."""
        for row in self.rows:
            row.cancel()
        self._count = 0
        self._append([p for p in paths if p])

    def add_paths(self, paths: Iterable[str]) -> None:
        """Adds photos while there is room; with no main photo yet, the first one becomes it."""
        pending = [p for p in paths if p]
        if pending and not self._picker.path:
            self._picker.set_path(pending.pop(0))
        self._append(pending)

    def _append(self, paths: list[str]) -> None:
        for path in paths[: MAX_OTHERS - self._count]:
            self.rows[self._count].set_path(path)
            self._count += 1
        self._show()
        self.changed.emit()

    def remove(self, index: int) -> None:
        shown = [row.shown() for row in self.rows[index + 1 : self._count]]
        for row, moved in zip(self.rows[index:], shown, strict=False):
            row.display(moved)
        self._count -= 1
        self.rows[self._count].cancel()
        self._show()
        self.changed.emit()

    def move_up(self, index: int) -> None:
        """The first other photo changes place with the main one (both load again); a later one with the
        one above it."""
        if index == 0:
            main = self._picker.path
            self._picker.set_path(self.rows[0].path)
            self.rows[0].set_path(main)
        else:
            above, row = self.rows[index - 1], self.rows[index]
            was_above, was_row = above.shown(), row.shown()
            above.display(was_row)
            row.display(was_above)
        self._show()
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._show()

    def _show(self) -> None:
        for index, row in enumerate(self.rows):
            row.setVisible(index < self._count)
            row.up_button.setVisible(not self._read_only)
            row.remove_button.setVisible(not self._read_only)
        self.add_button.setVisible(not self._read_only)
        self.add_button.setEnabled(self._count < MAX_OTHERS)
        self.hint.setVisible(not self._read_only or self._count > 0)

    # --- browse and drop --------------------------------------------------------------------

    def browse(self) -> None:
        """A non-blocking file dialog (`open()`, never `exec()`); several files may be chosen at once."""
        from PySide6.QtWidgets import QFileDialog

        from listing_genie_desktop.ui.desktop import start_folder

        main = self._picker.path
        folder = start_folder(str(Path(main).parent) if main else "")
        dialog = QFileDialog(self, tr("Add photos of the product"), folder)
        dialog.setObjectName("otherPhotoChooser")
        dialog.setNameFilter(IMAGE_FILTER)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(self.add_paths)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self._read_only and dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [] if self._read_only else dropped_files(event)
        if files:
            event.acceptProposedAction()
            self.add_paths(files)
