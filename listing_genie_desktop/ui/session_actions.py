"""What the window does with a stored session besides running it: delete, export, copy diagnostics.

Each action runs as a task (blocking work in a worker thread) and ends in a signal; none of them
touches a widget.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from listing_genie_desktop.api_keys import resolve_api_key
from listing_genie_desktop.core.image_types import left_out_sentence
from listing_genie_desktop.core.readiness import export_warning
from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.settings import Settings
from listing_genie_desktop.ui.diagnostics import format_diagnostics, read_log_tail
from listing_genie_desktop.ui.i18n import tr
from listing_genie_desktop.ui.messages import translated
from listing_genie_desktop.ui.session_view import ExportDone, ExportRequest, SessionView
from listing_genie_desktop.ui.tasks import TaskKeeper

if TYPE_CHECKING:
    from listing_genie_desktop.storage.history import HistoryStore

EXPORT_MODULE = "listing_genie_desktop.imaging.export"
"""Pillow's colour management comes with it: imported off the UI thread, before Export."""

log = logging.getLogger("listing_genie.ui")


class SessionActions(QObject):
    warning = Signal(str)
    notice = Signal(str)
    deleted = Signal(str)
    """session_id of a session whose rows and files are gone."""
    exported = Signal(object)
    """ExportDone of an export that wrote its files."""
    exportConflict = Signal(object, list)
    """(ExportRequest, existing paths): nothing was written; ask, then export again with force."""

    def __init__(
        self,
        paths: AppPaths,
        tasks: TaskKeeper,
        store: Callable[[], HistoryStore | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.tasks = tasks
        self._store = store

    def delete_session(self, session_id: str) -> None:
        """Deletes rows and files; the caller has asked the user first (and checked it is not running)."""
        self.tasks.start(self._delete(session_id), name="delete session")

    async def _delete(self, session_id: str) -> None:
        store = self._store()
        if store is None:
            return
        try:
            await store.delete_session(session_id)
        except Exception as error:
            log.exception("could not delete session %s", session_id)
            self.warning.emit(tr("The session could not be deleted: {error}").format(error=translated(str(error))))
            return
        self.notice.emit(tr("Session deleted."))
        self.deleted.emit(session_id)

    def export(self, request: ExportRequest) -> asyncio.Task[None]:
        """Writes the session's complete images with Amazon's names, in a worker thread.

        Ends with `exported` (success), `exportConflict` (files exist and `request.force` is
        False: nothing was written, ask the user, then call again with force) or `warning`."""
        return self.tasks.start(self._export(request), name="export")

    async def _export(self, request: ExportRequest) -> None:
        store = self._store()
        if store is None:
            return
        export = await asyncio.to_thread(importlib.import_module, EXPORT_MODULE)
        from listing_genie_desktop.services import export_images

        try:
            session = await store.load_session(request.session_id)
        except LookupError:
            self.notice.emit(tr("That session no longer exists."))
            return
        images = [(image.image_type, image.path) for image in session.complete if image.path is not None]
        if not images:
            self.warning.emit(tr("This session has no finished image to export yet."))
            return
        try:
            result = await asyncio.to_thread(
                export_images, images, request.folder, request.sku, request.fmt, request.make_zip, request.force
            )
        except export.ExportConflict as conflict:
            self.exportConflict.emit(request, [str(p) for p in conflict.paths])
            return
        except Exception as error:
            log.exception("export failed")
            self.warning.emit(tr("Export failed: {error}").format(error=translated(str(error))))
            return
        zip_path = str(result.zip_path) if result.zip_path else None
        names = {file.image_type: file.path.name for file in result.files}
        left_out = translated(left_out_sentence(result.left_out))
        warning = " ".join(filter(None, (export_warning(session.not_ready(), names, translated), left_out)))
        self.exported.emit(ExportDone(str(request.folder), result.sku, len(result.files), zip_path, warning))

    async def diagnostics(self, shown: SessionView | None, settings: Settings) -> str:
        """The text of "Copy diagnostics" for the session on display (redacted)."""
        session = None
        store = self._store()
        if shown is not None and store is not None:
            try:
                session = await store.load_session(shown.session_id)
            except LookupError:
                session = None
        tail = await asyncio.to_thread(read_log_tail, self.paths.log_file)
        key = resolve_api_key()
        return format_diagnostics(
            session=session,
            settings=settings,
            log_tail=tail,
            key_source=key.source if key else None,
            problem=shown.banner.summary if shown else None,
        )
