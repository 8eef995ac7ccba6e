"""The erase/restore brush on MAIN's cut-out: the seller fixes what isolation got wrong.

Isolation can keep a piece of the table or drop part of the product; the seller sees it in the
viewer and paints the cut-out's alpha mask here: Erase removes what is kept, Restore brings back the
photo's own pixels. Every stroke is one QUndoStack command (the patch of the mask it changed, before
and after), so Undo/Redo are exact and cheap. Apply hands the mask to `services.touch_up`, which
re-draws every image of the session from the corrected cut-out in a worker, without any request.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np
from PIL import Image
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QMouseEvent, QPainter, QPixmap, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from listing_genie_desktop.core.product import ImageType
from listing_genie_desktop.ui.i18n import tr
from listing_genie_desktop.ui.tasks import TaskKeeper
from listing_genie_desktop.ui.zoom_view import ZoomView

if TYPE_CHECKING:
    from listing_genie_desktop.backends.studio import PreparedCut
    from listing_genie_desktop.services import Services

ERASE, RESTORE = 0, 255
"""The alpha each brush paints."""
DEFAULT_RADIUS = 24
"""The brush's radius in cut-out pixels (the cut-out is up to 1760 px)."""
CHECKER = 16


def _checkerboard() -> QBrush:
    """Transparent parts show as the usual grey checks, so an erased area is seen as erased."""
    tile = QPixmap(2 * CHECKER, 2 * CHECKER)
    tile.fill(QColor(236, 236, 236))
    painter = QPainter(tile)
    painter.fillRect(0, 0, CHECKER, CHECKER, QColor(200, 200, 200))
    painter.fillRect(CHECKER, CHECKER, CHECKER, CHECKER, QColor(200, 200, 200))
    painter.end()
    return QBrush(tile)


class MaskStroke(QUndoCommand):
    """One stroke: the rectangle of the mask it changed, as it was before and after."""

    def __init__(self, editor: CutoutEditor, box: tuple[int, int, int, int], before: np.ndarray, after: np.ndarray):
        super().__init__("Erase" if editor.value == ERASE else "Restore")
        self._editor, self._box, self._before, self._after = editor, box, before, after
        self._done = True  # pushed after it was painted: the first redo() has nothing to do

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._editor.put_mask(self._box, self._after)

    def undo(self) -> None:
        self._editor.put_mask(self._box, self._before)


class BrushView(ZoomView):
    """The cut-out over a checkerboard; the left button paints, the wheel zooms, scroll bars pan."""

    painted = Signal(QPointF)
    strokeEnded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, object_name="brushView")
        self.setDragMode(ZoomView.DragMode.NoDrag)
        self.setBackgroundBrush(_checkerboard())
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._painting = False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.has_picture():
            self._painting = True
            self.painted.emit(self.mapToScene(event.position().toPoint()))
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._painting:
            self.painted.emit(self.mapToScene(event.position().toPoint()))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._painting and event.button() == Qt.MouseButton.LeftButton:
            self._painting = False
            self.strokeEnded.emit()
        event.accept()


class CutoutEditor(QDialog):
    """The brush dialog of one studio session's cut-out; `applied` carries the images re-drawn."""

    applied = Signal(list)

    def __init__(
        self, tasks: TaskKeeper, services: Callable[[], Services | None], session_id: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent, objectName="cutoutEditor")
        self.setWindowTitle(tr("Touch up the cut-out"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(980, 760)
        self._tasks, self._services, self.session_id = tasks, services, session_id
        self.rgba: np.ndarray | None = None
        self.cut: PreparedCut | None = None
        """The cut-out shown (touch_up.studio_cut): Apply tells where in the photo the painted mask belongs."""
        """The cut-out's pixels, H x W x 4; its alpha plane is the mask the brush paints."""
        self._image: QImage | None = None
        self._stroke_before: np.ndarray | None = None
        self._stroke_box: list[int] | None = None
        self._last: tuple[float, float] | None = None
        self.value = ERASE
        self.undo_stack = QUndoStack(self)

        self.view = BrushView(self)
        self.view.painted.connect(self._paint_to)
        self.view.strokeEnded.connect(self._end_stroke)
        self.erase_button = self._mode("eraseButton", "Erase", ERASE)
        self.restore_button = self._mode("restoreButton", "Restore", RESTORE)
        self.erase_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.erase_button)
        group.addButton(self.restore_button)
        self.size_spin = QSpinBox(self, objectName="brushSizeSpin", minimum=2, maximum=400, value=DEFAULT_RADIUS)
        self.size_spin.setToolTip(tr("Brush radius, in the cut-out's pixels"))
        self.size_spin.setAccessibleName(tr("Brush radius"))
        self.undo_button = QToolButton(self, objectName="undoButton", text="Undo", enabled=False)
        self.redo_button = QToolButton(self, objectName="redoButton", text="Redo", enabled=False)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_stack.cleanChanged.connect(self._render_apply)
        self.status_label = QLabel(tr("Loading the cut-out…"), objectName="brushStatus")
        self.status_label.setProperty("role", "muted")
        self.apply_button = QPushButton(tr("Apply to all images"), objectName="applyTouchUpButton", enabled=False)
        self.apply_button.setToolTip(tr("Draw every image again from the corrected cut-out, as new versions"))
        self.apply_button.clicked.connect(self.apply)

        bar = QHBoxLayout()
        for widget in (self.erase_button, self.restore_button, QLabel(tr("Size")), self.size_spin):
            bar.addWidget(widget)
        bar.addSpacing(16)
        bar.addWidget(self.undo_button)
        bar.addWidget(self.redo_button)
        bar.addStretch(1)
        bar.addWidget(self.status_label)
        bar.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._loading = tasks.start(self._load(), name="load the cut-out")

    def _mode(self, name: str, text: str, value: int) -> QToolButton:
        button = QToolButton(self, objectName=name, text=text, checkable=True)
        button.toggled.connect(lambda on: on and setattr(self, "value", value))
        return button

    # --- the cut-out --------------------------------------------------------------------------

    async def _load(self) -> None:
        from listing_genie_desktop.touch_up import studio_cut

        services = self._services()
        if services is None:
            return
        cut = await studio_cut(services, self.session_id)
        if not isValid(self):
            return
        self.cut = cut
        self.rgba = np.array(cut.cutout.image.convert("RGBA"), dtype=np.uint8, order="C")
        height, width = self.rgba.shape[:2]
        self._image = QImage(self.rgba.data, width, height, 4 * width, QImage.Format.Format_RGBA8888)
        self._refresh()
        self.status_label.setText(tr("Paint over what should go (Erase) or come back (Restore)."))

    @property
    def mask(self) -> np.ndarray:
        """The alpha plane the brush paints (a view into `rgba`)."""
        assert self.rgba is not None
        return self.rgba[..., 3]

    def put_mask(self, box: tuple[int, int, int, int], patch: np.ndarray) -> None:
        left, top, right, bottom = box
        self.mask[top:bottom, left:right] = patch
        self._refresh()

    def _refresh(self) -> None:
        if self._image is not None:
            self.view.set_pixmap(QPixmap.fromImage(self._image))

    # --- strokes --------------------------------------------------------------------------------

    def _paint_to(self, point: QPointF) -> None:
        if self.rgba is None:
            return
        if self._stroke_before is None:
            self._stroke_before = self.mask.copy()
            self._last = None
        start = self._last or (point.x(), point.y())
        radius = self.size_spin.value()
        steps = max(1, math.ceil(math.dist(start, (point.x(), point.y())) / max(1.0, radius / 2)))
        for i in range(1, steps + 1):
            t = i / steps
            self._dab(start[0] + t * (point.x() - start[0]), start[1] + t * (point.y() - start[1]), radius)
        self._last = (point.x(), point.y())
        self._refresh()

    def _dab(self, x: float, y: float, radius: int) -> None:
        height, width = self.mask.shape
        left, top = max(0, math.floor(x - radius)), max(0, math.floor(y - radius))
        right, bottom = min(width, math.ceil(x + radius) + 1), min(height, math.ceil(y + radius) + 1)
        if left >= right or top >= bottom:
            return
        ys, xs = np.ogrid[top:bottom, left:right]
        disc = (xs - x) ** 2 + (ys - y) ** 2 <= radius**2
        self.mask[top:bottom, left:right][disc] = self.value
        box = self._stroke_box
        self._stroke_box = (
            [left, top, right, bottom]
            if box is None
            else [min(box[0], left), min(box[1], top), max(box[2], right), max(box[3], bottom)]
        )

    def _end_stroke(self) -> None:
        before, box = self._stroke_before, self._stroke_box
        self._stroke_before, self._stroke_box, self._last = None, None, None
        if before is None or box is None:
            return
        left, top, right, bottom = box
        patch_before = before[top:bottom, left:right].copy()
        patch_after = self.mask[top:bottom, left:right].copy()
        if np.array_equal(patch_before, patch_after):
            return
        self.undo_stack.push(MaskStroke(self, (left, top, right, bottom), patch_before, patch_after))

    # --- apply ----------------------------------------------------------------------------------

    def _render_apply(self) -> None:
        self.apply_button.setEnabled(self.rgba is not None and not self.undo_stack.isClean())

    def apply(self) -> None:
        if self.rgba is None or self.undo_stack.isClean():
            return
        self.apply_button.setEnabled(False)
        self.status_label.setText(tr("Drawing the images again from the corrected cut-out…"))
        self._tasks.start(self._apply(Image.fromarray(self.mask.copy(), "L")), name="touch up the cut-out")

    async def _apply(self, alpha: Image.Image) -> None:
        from listing_genie_desktop.core.errors import InvalidInput
        from listing_genie_desktop.touch_up import touch_up

        services = self._services()
        if services is None:
            return
        try:
            done: list[ImageType] = await touch_up(services, self.session_id, alpha, self.cut)
        except InvalidInput as refused:
            if isValid(self):
                self.status_label.setText(str(refused))
                self._render_apply()
            return
        if not isValid(self):
            return
        self.undo_stack.setClean()
        self.status_label.setText(f"{len(done)} images drawn again as new versions.")
        self.applied.emit(done)
