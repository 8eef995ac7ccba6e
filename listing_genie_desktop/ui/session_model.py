"""The window's model (Anki/Krita-AI style): it opens the services, keeps the session on display, and
composes the small controllers the widgets bind to:

- `runs` (ui/run_controller.py): generate, retry failed, regenerate, cancel; engine events -> cards;
- `actions` (ui/session_actions.py): delete, export, diagnostics;
- `preferences` (ui/settings_model.py): settings, the API key, the connection test.

Its own signals say what the screen shows: one `imageChanged` per card, one `bannerChanged`, the
session shown. Widgets never touch the engine, the store or a task. Everything here runs on the UI
thread; blocking work goes to the store's thread or `asyncio.to_thread`.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from listing_genie_desktop.api_keys import resolve_api_key
from listing_genie_desktop.core.image_types import registered
from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.settings import Settings
from listing_genie_desktop.ui.history_model import HistoryListModel
from listing_genie_desktop.ui.i18n import tr
from listing_genie_desktop.ui.images import ThumbnailCache
from listing_genie_desktop.ui.run_controller import RunController
from listing_genie_desktop.ui.session_actions import EXPORT_MODULE, SessionActions
from listing_genie_desktop.ui.session_view import SessionView
from listing_genie_desktop.ui.settings_model import SettingsModel
from listing_genie_desktop.ui.state import (
    IDLE_BANNER,
    BannerState,
    CardStatus,
    ImageState,
    finished_banner,
    images_from_record,
)
from listing_genie_desktop.ui.tasks import LatestOnly, TaskKeeper, install_worker_executor

if TYPE_CHECKING:
    from listing_genie_desktop.core.session_records import SessionRecord
    from listing_genie_desktop.services import Services
    from listing_genie_desktop.storage.history import HistoryStore

ENGINE_MODULE = "listing_genie_desktop.services"
"""Imported in a worker thread while the window paints: numpy, Pillow, peewee and tenacity
cost several hundred milliseconds that the first frame should not wait for."""
SHUTDOWN_GRACE_S = 10.0
"""How long closing waits for a cancelled run to record its end before giving up on it."""

log = logging.getLogger("listing_genie.ui")


class SessionModel(QObject):
    readyChanged = Signal(bool)
    sessionShown = Signal(object, bool)
    """(SessionView or None for a new, empty session; True when opened from the history)."""
    imageChanged = Signal(object)
    """ImageState of a card of the session on display."""
    bannerChanged = Signal(object)
    warning = Signal(str)
    """Something the user must read (a corrupt database moved aside, a failed delete)."""
    notice = Signal(str)
    """Transient information for the status bar."""
    failed = Signal(object, str)
    """An unexpected exception ended a UI task (error, task name): a bug, already logged."""

    def __init__(
        self,
        paths: AppPaths,
        *,
        opener: Callable[[AppPaths], Awaitable[Services]] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self._opener = opener
        self.tasks = TaskKeeper(on_error=self._task_failed)
        self._showing = LatestOnly(self.tasks, "show session")
        self.services: Services | None = None
        self.thumbnails = ThumbnailCache(self.tasks, parent=self)
        self.history = HistoryListModel(self.tasks, self.thumbnails, lambda: self.store, parent=self)
        self._views: dict[str, SessionView] = {}
        self._shown: SessionView | None = None
        self.preferences = SettingsModel(paths, self.tasks, parent=self)
        self.preferences.notice.connect(self.notice)
        self.runs = RunController(
            self.tasks,
            lambda: self.services,
            self,
            self.history,
            parent=self,
            budget=lambda: self.preferences.settings.monthly_budget_usd,
        )
        self.runs.notice.connect(self.notice)
        self.actions = SessionActions(paths, self.tasks, lambda: self.store, parent=self)
        self.actions.warning.connect(self.warning)
        self.actions.notice.connect(self.notice)
        self.actions.deleted.connect(self._deleted)

    # --- lifecycle --------------------------------------------------------------------------

    def start(self) -> None:
        """Opens the history in the background; `readyChanged(True)` when actions are possible."""
        install_worker_executor(asyncio.get_event_loop())
        for problem in self.preferences.problems:  # said once, now that the window listens
            self.warning.emit(problem)
        self.preferences.problems.clear()
        self.tasks.start(self._open(), name="open services")

    def _price_with_settings(self, services: Services) -> None:
        """Costs everywhere in the window at the user's own prices, as soon as Settings saves them."""
        from listing_genie_desktop.costs import SettingsPricer

        services.store.pricer = SettingsPricer(self.preferences.settings.price_overrides)
        self.history.refresh()

    async def _open(self) -> None:
        engine = await asyncio.to_thread(importlib.import_module, ENGINE_MODULE)
        from listing_genie_desktop.storage.history import HistoryUnavailable  # loaded with the engine just now

        opener = self._opener or engine.Services.open
        try:
            services = await opener(self.paths)
        except HistoryUnavailable as exc:
            self.warning.emit(str(exc))  # the window stays without actions: there is nowhere to keep results
            return
        try:
            # keyring's first use discovers its backends (entry points, ctypes probing): hundreds
            # of ms that must not land on the UI thread at the first Generate.
            await asyncio.to_thread(resolve_api_key)
            await asyncio.to_thread(importlib.import_module, EXPORT_MODULE)
        except BaseException:
            await services.close()
            raise
        self.preferences.refresh_models()  # in the background: the key's models, listed again if old
        self.preferences.warm_up_backend()  # again whenever the backend, its size or the key changes
        self.preferences.changed.connect(self.preferences.warm_up_backend)
        self.preferences.keyChanged.connect(self.preferences.warm_up_backend)
        self._price_with_settings(services)
        self.preferences.changed.connect(lambda: self._price_with_settings(services))
        # Ready exactly when readyChanged says so (is_ready is `services is not None`).
        self.services = services
        self.readyChanged.emit(True)
        moved = self.services.store.moved_aside
        if moved is not None:
            self.warning.emit(
                tr(
                    "The history database could not be read, so it was moved aside to {moved} and a new, "
                    "empty history was started. Your image files are untouched."
                ).format(moved=moved)
            )
        self.history.refresh()

    @property
    def is_ready(self) -> bool:
        return self.services is not None

    @property
    def store(self) -> HistoryStore | None:
        return self.services.store if self.services else None

    @property
    def settings(self) -> Settings:
        return self.preferences.settings

    async def shutdown(self) -> None:
        """Cancels a run (keeping what completed), waits for it to record its end, closes the store."""
        self.runs.cancel()
        task = self.runs.task
        if task is not None and not task.done():
            await asyncio.wait([task], timeout=SHUTDOWN_GRACE_S)
        await self.tasks.shutdown()
        if self.services is not None:
            services, self.services = self.services, None
            await services.close()

    def _task_failed(self, error: BaseException, name: str) -> None:
        self.failed.emit(error, name)

    # --- the session on display (the runs' SessionDisplay) -----------------------------------

    @property
    def shown(self) -> SessionView | None:
        return self._shown

    @property
    def running(self) -> bool:
        return self.runs.running

    def _show(self, view: SessionView | None, *, from_history: bool) -> None:
        self._shown = view
        self.sessionShown.emit(view, from_history)
        for state in view.images.values() if view else (ImageState(t) for t in registered()):
            self.imageChanged.emit(state)
        self.bannerChanged.emit(view.banner if view else IDLE_BANNER)

    def new_session(self) -> None:
        """An empty, editable form (a run in progress carries on and stays in the history)."""
        self._showing.supersede()
        self._show(None, from_history=False)

    def show_session(self, session_id: str) -> None:
        """Displays a stored session (or the one running) read-only."""
        view = self._views.get(session_id)
        if view is not None and session_id == self.runs.running_session_id:
            self._showing.supersede()
            self._show(view, from_history=True)
            return
        self._showing.start(self._load_and_show(session_id))

    async def _load_and_show(self, session_id: str) -> None:
        view = await self.reload(session_id)
        if view is not None:
            self._show(view, from_history=True)

    async def reload(self, session_id: str) -> SessionView | None:
        if self.store is None:
            return None
        try:
            session = await self.store.load_session(session_id)
        except LookupError:
            self.notice.emit(tr("That session no longer exists."))
            self.history.refresh()
            return None
        images = images_from_record(session)
        instead = await self._model_instead(session)
        view = SessionView(
            session_id,
            session.product,
            str(session.reference_path),
            status=session.status,
            images=images,
            banner=finished_banner(session.status, images, instead),
            language=session.language,
            other_reference_paths=tuple(str(p) for p in session.other_references),
        )
        if session_id in self._views and session_id == self.runs.running_session_id:
            return view  # the run's own view stays the one its events update
        self._views[session_id] = view
        return view

    async def _model_instead(self, session: SessionRecord) -> tuple[str, str] | None:
        """(the session's model, the one a retry would use) when its model is no longer served."""
        model, services = session.model, self.services
        if model is None or services is None:
            return None
        instead = await services.model_instead(session.backend, model)
        return (model, instead) if instead else None

    def present(self, view: SessionView) -> None:
        self._views[view.session_id] = view
        self._showing.supersede()  # a history entry clicked just before Generate must not replace the run
        self._show(view, from_history=False)

    def set_image(self, view: SessionView, state: ImageState) -> None:
        view.images[state.image_type] = state
        if view is self._shown:
            self.imageChanged.emit(state)

    def set_banner(self, view: SessionView | None, banner: BannerState) -> None:
        if view is None:  # a run's problem: on its session if that is on screen, on the banner anyway
            shown = self._shown
            if shown is not None and shown.session_id == self.runs.running_session_id:
                shown.banner = banner
            self.bannerChanged.emit(banner)
            return
        view.banner = banner
        if view is self._shown:
            self.bannerChanged.emit(banner)

    def _deleted(self, session_id: str) -> None:
        self._views.pop(session_id, None)
        if self._shown is not None and self._shown.session_id == session_id:
            self.new_session()
        self.history.refresh()

    def delete_session(self, session_id: str) -> None:
        """Deletes rows and files; the caller has asked the user first."""
        if session_id == self.runs.running_session_id:
            self.warning.emit(tr("This session is generating: cancel it before deleting it."))
            return
        self.actions.delete_session(session_id)

    def can_export(self) -> bool:
        return self._shown is not None and any(s.status is CardStatus.COMPLETE for s in self._shown.images.values())
