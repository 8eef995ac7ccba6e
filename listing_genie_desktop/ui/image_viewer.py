"""The full-size image viewer inside the window: zoom, the reference photo beside it, every version.

A card's thumbnail is too small to judge a cut-out's edge, and "Open" needed a system viewer that
many machines lack; this dialog shows the file itself. Its versions are the image's completed
attempts (each attempt keeps its own file), read from the stored session; files are decoded in a
worker (`decode_image`) and only the newest request lands, so flipping fast never shows a stale one.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QSplitter, QToolButton, QVBoxLayout, QWidget
from shiboken6 import isValid

from listing_genie_desktop.core.product import ImageType
from listing_genie_desktop.ui.i18n import tr
from listing_genie_desktop.ui.tasks import LatestOnly, TaskKeeper
from listing_genie_desktop.ui.zoom_view import ZOOM_STEP, ZoomView, decode_image

if TYPE_CHECKING:
    from listing_genie_desktop.core.session_records import SessionRecord
    from listing_genie_desktop.ui.session_model import SessionModel


def versions_of(session: SessionRecord, image_type: ImageType) -> list[str]:
    """The files of the image's completed attempts, oldest first, that are still on disk."""
    image = session.image(image_type)
    return [str(p) for p in image.versions if p.is_file()] if image is not None else []


class ImageViewer(QDialog):
    """One listing image full size; `versions` may arrive after it opens (`set_versions`)."""

    def __init__(
        self,
        tasks: TaskKeeper,
        image_type: ImageType,
        path: str,
        reference_path: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, objectName="imageViewer")
        self.setWindowTitle(f"{image_type.label} — full size")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(1100, 760)
        self.image_type = image_type
        self.versions = [path]
        self.index = 0
        self.reference_path = reference_path
        self.shown_path: str | None = None
        """The file whose pixels are on screen (None until decoded)."""
        self._tasks = tasks
        self._loading = LatestOnly(tasks, "decode full-size image")
        self._reference_loading = LatestOnly(tasks, "decode reference photo")

        self.view = ZoomView(self, object_name="viewerImage")
        self.reference_view = ZoomView(self, object_name="viewerReference")
        self.reference_view.hide()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.reference_view)

        self.previous_button = self._tool(
            "previousVersionButton", "◀", tr("Older version"), lambda: self.show_version(-1)
        )
        self.next_button = self._tool("nextVersionButton", "▶", tr("Newer version"), lambda: self.show_version(+1))
        self.version_label = QLabel(objectName="versionLabel")
        self.zoom_out_button = self._tool("zoomOutButton", "−", tr("Zoom out (-)"), self._zoom_out)
        self.zoom_in_button = self._tool("zoomInButton", "+", tr("Zoom in (+)"), lambda: self.view.zoom_by(ZOOM_STEP))
        self.fit_button = self._tool("fitButton", tr("Fit"), tr("Fit to the window (F)"), self.view.fit)
        self.actual_button = self._tool("actualSizeButton", "100 %", tr("Actual pixels (1)"), self.view.actual_size)
        self.zoom_label = QLabel(objectName="zoomLabel")
        self.side_button = self._tool(
            "sideBySideButton", tr("Reference"), tr("Show the reference photo beside it"), None
        )
        self.side_button.setCheckable(True)
        self.side_button.toggled.connect(self.set_side_by_side)
        self.status_label = QLabel(objectName="viewerStatus")
        self.status_label.setProperty("role", "muted")
        self.touch_up_offered = False
        self.extra_actions = QHBoxLayout()
        """Where the cut-out brush puts its button (MAIN of a studio session only)."""

        bar = QHBoxLayout()
        for widget in (self.previous_button, self.version_label, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(16)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button, self.actual_button):
            bar.addWidget(widget)
        bar.addSpacing(16)
        bar.addWidget(self.side_button)
        bar.addLayout(self.extra_actions)
        bar.addStretch(1)
        bar.addWidget(self.status_label)
        close = QPushButton(tr("Close"), objectName="closeViewerButton")
        close.clicked.connect(self.close)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        for keys, action in (
            (("+", "="), lambda: self.view.zoom_by(ZOOM_STEP)),
            (("-",), self._zoom_out),
            (("F",), self.view.fit),
            (("1",), self.view.actual_size),
            (("Left",), lambda: self.show_version(-1)),
            (("Right",), lambda: self.show_version(+1)),
        ):
            for key in keys:
                QShortcut(QKeySequence(key), self, activated=action)
        self.view.zoomChanged.connect(self._zoom_changed)
        self._zoom_changed(self.view.scale_factor)
        self._render_versions()
        self._load(path)

    def _tool(self, name: str, text: str, tip: str, slot: Callable[[], None] | None) -> QToolButton:
        button = QToolButton(self, objectName=name, text=text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        if slot is not None:
            button.clicked.connect(slot)
        return button

    @property
    def current_path(self) -> str:
        return self.versions[self.index]

    def set_versions(self, versions: list[str], *, newest: bool = False) -> None:
        """Every version of the image; the one on screen stays unless `newest` (or it is not among them)."""
        if not versions:
            return
        current = self.current_path
        self.versions = versions
        self.index = versions.index(current) if current in versions and not newest else len(versions) - 1
        self._render_versions()
        if self.current_path != current:
            self._load(self.current_path)

    def show_version(self, step: int) -> None:
        index = max(0, min(len(self.versions) - 1, self.index + step))
        if index != self.index:
            self.index = index
            self._render_versions()
            self._load(self.current_path)

    def _render_versions(self) -> None:
        count = len(self.versions)
        self.version_label.setText(tr("Version {number} of {total}").format(number=self.index + 1, total=count))
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < count - 1)

    def set_side_by_side(self, shown: bool) -> None:
        self.reference_view.setVisible(shown)
        if shown and not self.reference_view.has_picture():
            self._reference_loading.start(self._decode_into(self.reference_view, self.reference_path, None))
        self.view.fit()

    def _load(self, path: str) -> None:
        self.status_label.setText(tr("Loading…"))
        self._loading.start(self._decode_into(self.view, path, path))

    async def _decode_into(self, view: ZoomView, path: str, shown: str | None) -> None:
        image = await decode_image(path)
        if image is None:
            self.status_label.setText(tr("Could not read {name}").format(name=os.path.basename(path)))
            return
        view.set_pixmap(QPixmap.fromImage(image))
        if shown is not None:
            self.shown_path = shown
            self.status_label.setText(f"{image.width()} × {image.height()} px · {os.path.basename(path)}")
            self.setWindowFilePath(path)

    def _zoom_out(self) -> None:
        self.view.zoom_by(1 / ZOOM_STEP)

    def _zoom_changed(self, scale: float) -> None:
        self.zoom_label.setText(f"{round(scale * 100)} %")

    def done(self, result: int) -> None:
        self._loading.supersede()
        self._reference_loading.supersede()
        super().done(result)


def open_viewer(model: SessionModel, image_type: ImageType, path: str, parent: QWidget) -> ImageViewer:
    """Shows `path` at once, then the image's other versions once the session is read."""
    shown = model.shown
    viewer = ImageViewer(model.tasks, image_type, path, shown.reference_path if shown else "", parent)
    viewer.show()
    if shown is not None and model.store is not None:
        model.tasks.start(_fill_versions(viewer, model, shown.session_id), name="read image versions")
    return viewer


async def _fill_versions(viewer: ImageViewer, model: SessionModel, session_id: str, *, newest: bool = False) -> None:
    store = model.store
    if store is None:
        return
    session = await store.load_session(session_id)
    if not isValid(viewer):  # the seller may have closed it meanwhile
        return
    viewer.set_versions(versions_of(session, viewer.image_type), newest=newest)
    if viewer.image_type is ImageType.MAIN and session.backend == "studio" and not viewer.touch_up_offered:
        viewer.touch_up_offered = True
        button = viewer._tool(
            "touchUpButton", tr("Touch up cut-out"), tr("Erase or restore parts of the cut-out"), None
        )
        button.clicked.connect(lambda: _open_brush(viewer, model, session_id))
        viewer.extra_actions.addWidget(button)


def _open_brush(viewer: ImageViewer, model: SessionModel, session_id: str) -> None:
    """The brush on the session's cut-out; once applied, the cards and this viewer show the new versions."""
    from listing_genie_desktop.ui.cutout_editor import CutoutEditor

    editor = CutoutEditor(model.tasks, lambda: model.services, session_id, viewer)

    def applied(_: list[ImageType]) -> None:
        model.show_session(session_id)
        if isValid(viewer):
            model.tasks.start(_fill_versions(viewer, model, session_id, newest=True), name="read image versions")

    editor.applied.connect(applied)
    editor.show()
