"""A picture the seller can zoom: wheel, +/-, fit to the window, 100 %.

Shared by the image viewer (a listing image, its reference photo) and the cut-out brush. Decoding
a 2000 px PNG or a 12-megapixel photo takes tens of milliseconds, so `decode_image` builds the QImage
in a worker thread (QImage, unlike QPixmap, may be made off the UI thread); only the cheap
QPixmap conversion happens on the UI thread.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QWidget

ZOOM_STEP = 1.25
"""One wheel notch or one +/- press."""
MIN_SCALE, MAX_SCALE = 0.02, 16.0
"""Beyond these the picture is a dot or a single pixel: no use for checking a cut."""


def _read(path: str) -> QImage | None:
    image = QImage(path)
    return None if image.isNull() else image


async def decode_image(path: str) -> QImage | None:
    """The file's pixels, decoded in a worker thread; None when it is missing or unreadable."""
    return await asyncio.to_thread(_read, path)


class ZoomView(QGraphicsView):
    """One picture in a scene; it keeps fitting the view until the seller picks a zoom of their own."""

    zoomChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None, *, object_name: str = "zoomView") -> None:
        super().__init__(parent, objectName=object_name)
        self.setScene(QGraphicsScene(self))
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.item)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QColor(128, 128, 128))
        self.fitting = True
        """Whether the picture follows the view's size (Fit), until a zoom of the seller's own."""

    @property
    def scale_factor(self) -> float:
        """Screen pixels per image pixel (1.0 is 100 %)."""
        return self.transform().m11()

    def set_pixmap(self, pixmap: QPixmap) -> None:
        self.item.setPixmap(pixmap)
        self.scene().setSceneRect(self.item.boundingRect())
        if self.fitting:
            self.fit()

    def has_picture(self) -> bool:
        return not self.item.pixmap().isNull()

    def fit(self) -> None:
        self.fitting = True
        if self.has_picture():
            self.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)
        self.zoomChanged.emit(self.scale_factor)

    def actual_size(self) -> None:
        self.set_scale(1.0)

    def zoom_by(self, factor: float) -> None:
        self.set_scale(self.scale_factor * factor)

    def set_scale(self, scale: float) -> None:
        self.fitting = False
        scale = max(MIN_SCALE, min(MAX_SCALE, scale))
        self.resetTransform()
        self.scale(scale, scale)
        self.zoomChanged.emit(self.scale_factor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        notches = event.angleDelta().y() / 120
        if notches:
            self.zoom_by(ZOOM_STEP**notches)
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitting:
            self.fit()
