"""Decoding images for display, always in a worker thread.

A QImage may be built in any thread (QPixmap may not): workers return QImages and the UI thread
turns them into pixmaps. `ThumbnailCache` makes each (path, size) decode at most once, even when the
file cannot be read (moved or deleted): views ask on every paint.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap

from listing_genie_desktop.ui.tasks import TaskKeeper

if TYPE_CHECKING:  # Pillow and numpy load in worker threads, never on the start-up path
    from PIL import Image

    from listing_genie_desktop.core.ports import ReferencePhoto


def decode_scaled(path: str, size: int) -> QImage:
    """Blocking: the image at `path` fitted in size x size (empty QImage when unreadable), read from the
    preview kept beside it when that is large enough: a 4096 px PNG costs half a second of CPU, which
    five decodes at a run's end took from the window's thread on a two-core machine."""
    reader = _reader(path, size)
    reader.setAutoTransform(True)
    original = reader.size()
    if original.isValid():
        reader.setScaledSize(original.scaled(QSize(size, size), Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


def _reader(path: str, size: int) -> QImageReader:
    from listing_genie_desktop.storage.siblings import current_preview

    preview = current_preview(Path(path))
    if preview is not None:
        reader = QImageReader(str(preview))
        side = reader.size()
        if side.isValid() and max(side.width(), side.height()) >= size:
            return reader
    return QImageReader(path)


def pil_to_qimage(image: Image.Image, size: int) -> QImage:
    """Blocking: an RGB PIL image scaled to fit size x size, as a QImage that owns its pixels."""
    from PIL import Image

    copy = image.convert("RGB")
    copy.thumbnail((size, size), Image.Resampling.LANCZOS)
    data = copy.tobytes("raw", "RGB")
    return QImage(data, copy.width, copy.height, 3 * copy.width, QImage.Format.Format_RGB888).copy()


def load_reference_preview(path: str, size: int) -> tuple[ReferencePhoto, QImage]:
    """Blocking: the validated reference photo and its preview, in one worker-thread hop."""
    from listing_genie_desktop.imaging.loading import load_reference

    photo = load_reference(path)
    return photo, pil_to_qimage(photo.image, size)


class ThumbnailCache(QObject):
    """Pixmaps of finished images, decoded off the UI thread; `loaded` fires when a decode ends, with a
    pixmap or, for a file that cannot be read, without one (`is_unreadable` then says so)."""

    loaded = Signal(str, int)

    def __init__(self, tasks: TaskKeeper, capacity: int = 200, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._capacity = capacity
        self._pixmaps: OrderedDict[tuple[str, int], QPixmap | None] = OrderedDict()
        """None: the file could not be read."""
        self._pending: set[tuple[str, int]] = set()

    def get(self, path: str, size: int) -> QPixmap | None:
        """The cached pixmap, or None after starting its decode (watch `loaded`)."""
        key = (path, size)
        if key in self._pixmaps:
            self._pixmaps.move_to_end(key)
            return self._pixmaps[key]
        if key not in self._pending and not self._tasks.closed:
            self._pending.add(key)
            self._tasks.start(self._load(key), name=f"thumbnail {size}")
        return None

    def is_unreadable(self, path: str, size: int) -> bool:
        """Whether the file's decode ended without an image (moved, deleted or damaged)."""
        key = (path, size)
        return key in self._pixmaps and self._pixmaps[key] is None

    async def _load(self, key: tuple[str, int]) -> None:
        try:
            image = await asyncio.to_thread(decode_scaled, *key)
        finally:
            self._pending.discard(key)
        self._pixmaps[key] = None if image.isNull() else QPixmap.fromImage(image)
        while len(self._pixmaps) > self._capacity:
            self._pixmaps.popitem(last=False)
        self.loaded.emit(*key)
