"""The Qt adapter between the engine and the widgets (an observable model, Anki/Krita-AI style).

It owns the services, the run in progress and the session on display, turns every engine
event into fine-grained signals (one `imageChanged` per card, one `bannerChanged`), and offers
the actions the widgets call: generate, cancel, retry failed, regenerate one image, show,
delete, export, copy diagnostics. Widgets never touch the engine, the store or a task.

Everything here runs on the UI thread: engine events are emitted by coroutines on the qasync
loop, which is the Qt thread; blocking work goes to the store's thread or `asyncio.to_thread`.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from listing_genie_desktop.api_keys import resolve_api_key, store_api_key
from listing_genie_desktop.backends.registry import AUTO, BackendSetup, backend_entry, resolve_auto
from listing_genie_desktop.core.clock import Clock, SystemClock
from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.events import (
    Event,
    ImageCompleted,
    RateLimitPause,
    SessionFinished,
    SessionStarted,
)
from listing_genie_desktop.core.product import IMAGE_TYPES, ImageType, ProductContext
from listing_genie_desktop.logging_setup import register_secret
from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.settings import Settings, load_settings, save_settings
from listing_genie_desktop.ui.diagnostics import format_diagnostics, read_log_tail
from listing_genie_desktop.ui.history_model import HistoryListModel
from listing_genie_desktop.ui.images import ThumbnailCache
from listing_genie_desktop.ui.state import (
    IDLE_BANNER,
    BannerState,
    CardStatus,
    ImageState,
    apply_event,
    error_banner,
    finished_banner,
    fresh_images,
    images_from_json,
    running_banner,
)
from listing_genie_desktop.ui.tasks import LatestOnly, TaskKeeper, install_worker_executor

if TYPE_CHECKING:
    from listing_genie_desktop.core.ports import ReferencePhoto
    from listing_genie_desktop.services import Services, SessionRunner
    from listing_genie_desktop.storage.history import HistoryStore

ENGINE_MODULE = "listing_genie_desktop.services"
"""Imported in a worker thread while the window paints: numpy, Pillow, peewee and tenacity
cost several hundred milliseconds that the first frame should not wait for."""
EXPORT_MODULE = "listing_genie_desktop.imaging.export"
"""Pillow's colour management comes with it: also imported off the UI thread, before Export."""

log = logging.getLogger("listing_genie.ui")
SHUTDOWN_GRACE_S = 10.0
CHECK_TIMEOUT_S = 20.0
"""A connection test has no engine and no attempt timeout of its own: it gives up after this."""
"""How long closing waits for a cancelled run to record its end before giving up on it."""


@dataclass
class SessionView:
    """Everything the window shows about one session, kept up to date while it runs."""

    session_id: str
    product: dict[str, Any]
    reference_path: str
    status: str = "pending"
    summary: str | None = None
    images: dict[ImageType, ImageState] = field(default_factory=fresh_images)
    banner: BannerState = IDLE_BANNER
    paused_until: float | None = None

    @property
    def title(self) -> str:
        return str(self.product.get("title", ""))

    @property
    def unfinished(self) -> list[ImageType]:
        return [t for t in IMAGE_TYPES if self.images[t].status.is_unfinished]


@dataclass(frozen=True)
class ExportRequest:
    session_id: str
    folder: Path
    sku: str
    fmt: str = "jpeg"
    make_zip: bool = False
    force: bool = False


@dataclass(frozen=True)
class ExportDone:
    folder: str
    sku: str
    count: int
    zip_path: str | None = None


@dataclass(frozen=True)
class ConnectionResult:
    ok: bool
    message: str
    advice: str = ""


def exportable_images(session: dict[str, Any]) -> list[tuple[ImageType, Path]]:
    """(type, path) of the complete images of a stored session (contract JSON)."""
    return [
        (ImageType(entry["type"]), Path(entry["path"]))
        for entry in session.get("images", ())
        if entry.get("status") == "complete" and entry.get("path")
    ]


class SessionModel(QObject):
    readyChanged = Signal(bool)
    sessionShown = Signal(object, bool)
    """(SessionView or None for a new, empty session; True when opened from the history)."""
    imageChanged = Signal(object)
    """ImageState of a card of the session on display."""
    bannerChanged = Signal(object)
    runningChanged = Signal(bool)
    runFinished = Signal(str, str, str)
    """(session_id, status, summary) of a run that ended."""
    warning = Signal(str)
    """Something the user must read (a corrupt database moved aside, a failed delete)."""
    notice = Signal(str)
    """Transient information for the status bar."""
    exported = Signal(object)
    """ExportDone of an export that wrote its files."""
    exportConflict = Signal(object, list)
    """(ExportRequest, existing paths): nothing was written; ask, then export again with force."""

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
        self._settings_problems: list[str] = []
        self.settings: Settings = load_settings(paths.settings_file, self._settings_problems.append)
        self.thumbnails = ThumbnailCache(self.tasks, parent=self)
        self.history = HistoryListModel(self.tasks, self.thumbnails, lambda: self.store, parent=self)
        self._views: dict[str, SessionView] = {}
        self._shown: SessionView | None = None
        self._runner: SessionRunner | None = None
        self._run_task: asyncio.Task[None] | None = None
        self._running_id: str | None = None
        self._cancel_requested = False

    # --- lifecycle --------------------------------------------------------------------------

    def start(self) -> None:
        """Opens the history in the background; `readyChanged(True)` when actions are possible."""
        install_worker_executor(asyncio.get_event_loop())
        for problem in self._settings_problems:  # said once, now that the window listens
            self.warning.emit(problem)
        self._settings_problems.clear()
        self.tasks.start(self._open(), name="open services")

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
        # Ready exactly when readyChanged says so (is_ready is `services is not None`).
        self.services = services
        self.readyChanged.emit(True)
        moved = self.services.store.moved_aside
        if moved is not None:
            self.warning.emit(
                f"The history database could not be read, so it was moved aside to {moved} and a new, "
                "empty history was started. Your image files are untouched."
            )
        self.history.refresh()

    @property
    def is_ready(self) -> bool:
        return self.services is not None

    @property
    def store(self) -> HistoryStore | None:
        return self.services.store if self.services else None

    async def shutdown(self) -> None:
        """Cancels a run (keeping what completed), waits for it to record its end, closes the store."""
        self.cancel()
        if self._run_task is not None and not self._run_task.done():
            await asyncio.wait([self._run_task], timeout=SHUTDOWN_GRACE_S)
        await self.tasks.shutdown()
        if self.services is not None:
            services, self.services = self.services, None
            await services.close()

    def _task_failed(self, error: BaseException) -> None:
        self.warning.emit(f"Something went wrong inside Listing Genie: {type(error).__name__}. Details are in the log.")

    # --- state on display -------------------------------------------------------------------

    @property
    def shown(self) -> SessionView | None:
        return self._shown

    @property
    def running(self) -> bool:
        return self._run_task is not None

    @property
    def running_session_id(self) -> str | None:
        return self._running_id

    def _show(self, view: SessionView | None, *, from_history: bool) -> None:
        self._shown = view
        self.sessionShown.emit(view, from_history)
        for image_type in IMAGE_TYPES:
            self.imageChanged.emit(view.images[image_type] if view else ImageState(image_type))
        self.bannerChanged.emit(view.banner if view else IDLE_BANNER)

    def new_session(self) -> None:
        """An empty, editable form (a run in progress carries on and stays in the history)."""
        self._showing.supersede()
        self._show(None, from_history=False)

    def show_session(self, session_id: str) -> None:
        """Displays a stored session (or the one running) read-only."""
        view = self._views.get(session_id)
        if view is not None and session_id == self._running_id:
            self._showing.supersede()
            self._show(view, from_history=True)
            return
        self._showing.start(self._load_and_show(session_id))

    async def _load_and_show(self, session_id: str) -> None:
        view = await self._load_view(session_id)
        if view is not None:
            self._show(view, from_history=True)

    async def _load_view(self, session_id: str) -> SessionView | None:
        if self.store is None:
            return None
        try:
            data = await self.store.load_session_json(session_id)
        except LookupError:
            self.notice.emit("That session no longer exists.")
            self.history.refresh()
            return None
        images = images_from_json(data)
        status = str(data["status"])
        view = SessionView(
            session_id,
            dict(data["product"]),  # type: ignore[call-overload]
            str(data.get("reference_path") or ""),
            status=status,
            summary=data.get("summary"),  # type: ignore[arg-type]
            images=images,
            banner=finished_banner(status, images, data.get("summary")),  # type: ignore[arg-type]
        )
        self._views[session_id] = view
        return view

    # --- engine events ----------------------------------------------------------------------

    def _engine_clock(self) -> Clock:
        return self.services.clock if self.services else SystemClock()

    def _on_event(self, view: SessionView, event: Event) -> None:
        """Called by the engine on the loop (UI) thread for every event of `view`'s run."""
        clock = self._engine_clock()

        def to_local(engine_time: float) -> float:
            return time.monotonic() + (engine_time - clock.monotonic())

        match event:
            case SessionStarted(image_types=types):
                view.status = "processing"
                for image_type in types:
                    self._set_image(view, ImageState(image_type))
                self.history.refresh_soon()
            case ImageCompleted():
                self._set_image(view, apply_event(view.images[event.image_type], event, to_local=to_local))
                self.history.refresh_soon()  # the row's count and thumbnail
            case RateLimitPause(ends_at=ends_at):
                view.paused_until = to_local(ends_at)
            case SessionFinished(status=status, summary=summary):
                view.status, view.summary, view.paused_until = status, summary, None
                view.banner = finished_banner(status, view.images, summary)
                self._emit_banner(view)
                return
            case _:
                image_type = getattr(event, "image_type", None)
                if image_type is not None:
                    self._set_image(view, apply_event(view.images[image_type], event, to_local=to_local))
        if view.status == "processing":
            paused = view.paused_until - time.monotonic() if view.paused_until else None
            view.banner = running_banner(view.images, paused_for=paused if paused and paused > 0 else None)
            self._emit_banner(view)

    def _set_image(self, view: SessionView, state: ImageState) -> None:
        view.images[state.image_type] = state
        if view is self._shown:
            self.imageChanged.emit(state)

    def _emit_banner(self, view: SessionView) -> None:
        if view is self._shown:
            self.bannerChanged.emit(view.banner)

    # --- runs -------------------------------------------------------------------------------

    @property
    def can_start(self) -> bool:
        return self.is_ready and not self.running

    def _begin(self, work: Coroutine[Any, Any, None], name: str) -> None:
        if not self.can_start:
            work.close()
            return
        self._cancel_requested = False
        self._run_task = self.tasks.start(self._guarded(work), name=name)
        self.runningChanged.emit(True)

    async def _guarded(self, work: Coroutine[Any, Any, None]) -> None:
        """Any run's outer shell: errors become a banner, and the window always leaves "running"."""
        try:
            await work
        except GenerationError as error:
            self._show_problem(error)
        except Exception as error:
            log.exception("run failed inside the window")
            self._show_problem(GenerationError(ErrorKind.INTERNAL, f"Internal error: {type(error).__name__}"))
        finally:
            self._runner = None
            self._run_task = None
            self._running_id = None
            self.runningChanged.emit(False)
            self.history.refresh()

    def _show_problem(self, error: GenerationError) -> None:
        banner = error_banner(error)
        if self._shown is not None and self._shown.session_id == self._running_id:
            self._shown.banner = banner
        self.bannerChanged.emit(banner)

    def generate(self, product: ProductContext, reference: ReferencePhoto) -> None:
        self._begin(self._generate(product, reference, self.settings), "generate")

    async def _generate(self, product: ProductContext, reference: ReferencePhoto, settings: Settings) -> None:
        assert self.services is not None
        session_id, choice = await self.services.create_session(product, reference, settings)
        stored = await self.services.store.load_stored(session_id)
        view = SessionView(session_id, product.to_json(), str(stored.reference_path), status="pending")
        view.banner = running_banner(view.images)
        self._views[session_id] = view
        self._showing.supersede()  # a history entry clicked just before Generate must not replace the run
        self._show(view, from_history=False)
        self.history.refresh()
        runner = self.services.runner(
            session_id, choice, settings, emit=partial(self._on_event, view), reference=reference
        )
        await self._execute(view, runner)

    def retry_failed(self) -> None:
        """Runs the images of the session on display that are not complete, each with a fresh budget."""
        if self._shown is not None:
            self._begin(self._rerun(self._shown, IMAGE_TYPES, regenerate=False), "retry failed")

    def regenerate(self, image_type: ImageType) -> None:
        """A new version of one image (the old file stays on disk)."""
        if self._shown is not None:
            self._begin(self._rerun(self._shown, (image_type,), regenerate=True), f"regenerate {image_type}")

    async def _rerun(self, view: SessionView, image_types: Sequence[ImageType], *, regenerate: bool) -> None:
        assert self.services is not None
        from listing_genie_desktop.services import choose_backend, retry_settings

        stored = await self.services.store.load_stored(view.session_id)
        settings = retry_settings(stored, {})  # the session's own options: one listing, one text style
        choice = choose_backend(settings.backend, settings.model or None)
        self._views[view.session_id] = view
        runner = self.services.runner(
            view.session_id,
            choice,
            settings,
            emit=partial(self._on_event, view),
            image_types=image_types,
            regenerate=regenerate,
        )
        await self._execute(view, runner)

    async def _execute(self, view: SessionView, runner: SessionRunner) -> None:
        self._runner, self._running_id = runner, view.session_id
        self.runningChanged.emit(True)  # again, now that the running session is known (Delete is off for it)
        await asyncio.to_thread(backend_entry(runner.choice.name).load)
        if self._cancel_requested:
            runner.cancel()
        outcome = await runner.run()
        await self._refresh_finished(view)
        self.runFinished.emit(view.session_id, outcome.status.value, outcome.summary)

    async def _refresh_finished(self, view: SessionView) -> None:
        """Adds what only the store knows (compliance issues) to the cards of a finished run,
        keeping the live attempt counters the user just watched."""
        stored = await self._load_view(view.session_id)
        if stored is None:
            return
        for image_type in IMAGE_TYPES:
            live, saved = view.images[image_type], stored.images[image_type]
            merged = replace(saved, attempt=live.attempt, max_attempts=live.max_attempts, log=live.log or saved.log)
            self._set_image(view, merged)
        view.status, view.summary = stored.status, stored.summary
        view.banner = finished_banner(view.status, view.images, view.summary)
        self._views[view.session_id] = view
        self._emit_banner(view)

    def cancel(self) -> None:
        """Stops every request and wait at once; completed images are kept."""
        self._cancel_requested = True
        if self._runner is not None:
            self._runner.cancel()

    # --- other actions ----------------------------------------------------------------------

    def delete_session(self, session_id: str) -> None:
        """Deletes rows and files; the caller has asked the user first."""
        if session_id == self._running_id:
            self.warning.emit("This session is generating: cancel it before deleting it.")
            return
        self.tasks.start(self._delete(session_id), name="delete session")

    async def _delete(self, session_id: str) -> None:
        assert self.store is not None
        try:
            await self.store.delete_session(session_id)
        except Exception as error:
            log.exception("could not delete session %s", session_id)
            self.warning.emit(f"The session could not be deleted: {error}")
            return
        self._views.pop(session_id, None)
        if self._shown is not None and self._shown.session_id == session_id:
            self.new_session()
        self.notice.emit("Session deleted.")
        self.history.refresh()

    def export(self, request: ExportRequest) -> asyncio.Task[None]:
        """Writes the session's complete images with Amazon's names, in a worker thread.

        Ends with `exported` (success), `exportConflict` (files exist and `request.force` is
        False: nothing was written, ask the user, then call again with force) or `warning`."""
        return self.tasks.start(self._export(request), name="export")

    async def _export(self, request: ExportRequest) -> None:
        if self.store is None:
            return
        export = await asyncio.to_thread(importlib.import_module, EXPORT_MODULE)
        from listing_genie_desktop.services import export_images

        try:
            session = await self.store.load_session_json(request.session_id)
        except LookupError:
            self.notice.emit("That session no longer exists.")
            return
        images = exportable_images(session)
        if not images:
            self.warning.emit("This session has no finished image to export yet.")
            return
        try:
            result = await asyncio.to_thread(
                export_images,
                images,
                request.folder,
                request.sku,
                request.fmt,
                request.make_zip,
                request.force,
            )
        except export.ExportConflict as conflict:
            self.exportConflict.emit(request, [str(p) for p in conflict.paths])
            return
        except Exception as error:
            log.exception("export failed")
            self.warning.emit(f"Export failed: {error}")
            return
        self.exported.emit(
            ExportDone(
                folder=str(request.folder),
                sku=result.sku,
                count=len(result.files),
                zip_path=str(result.zip_path) if result.zip_path else None,
            )
        )

    async def diagnostics(self) -> str:
        """The text of "Copy diagnostics" for the session on display (redacted)."""
        session = None
        if self._shown is not None and self.store is not None:
            try:
                session = await self.store.load_session_json(self._shown.session_id)
            except LookupError:
                session = None
        tail = await asyncio.to_thread(read_log_tail, self.paths.log_file)
        key = resolve_api_key()
        banner = self._shown.banner if self._shown else None
        return format_diagnostics(
            session=session,
            settings=self.settings,
            log_tail=tail,
            key_source=key.source if key else None,
            problem=banner.summary if banner else None,
        )

    def update_settings(self, settings: Settings) -> None:
        """Applies at once (the next run uses them) and persists in the background."""
        self.settings = settings.validated()
        self.tasks.start(asyncio.to_thread(save_settings, self.paths.settings_file, self.settings), name="save")

    # --- API key and connection test -------------------------------------------------------

    @staticmethod
    def key_status() -> str:
        """Where the key in use comes from, in words (never the key itself)."""
        key = resolve_api_key()
        if key is None:
            return "No key saved: the offline Studio renderer is used."
        return {
            "keyring": "A key is saved in the system keyring.",
            "session": "No system keyring is available: the key is kept for this run only.",
        }.get(key.source, f"Using the key from the {key.source} environment variable (it overrides Settings).")

    def save_api_key(self, value: str) -> asyncio.Task[bool]:
        """Stores the key in the OS keyring off the UI thread (keyring backends may block on D-Bus)."""
        return self.tasks.start(self._save_api_key(value), name="save key")

    async def _save_api_key(self, value: str) -> bool:
        stored = await asyncio.to_thread(store_api_key, value)
        if not stored and value.strip():
            self.notice.emit("No system keyring is available: the API key is kept for this run only.")
        return stored

    def test_connection(
        self, backend: str, model: str, api_key: str | None = None
    ) -> asyncio.Task[ConnectionResult]:
        """Asks `backend` (with `api_key`, one typed but not saved yet, else the key in use) whether a run
        with `model` would work, without generating anything."""
        return self.tasks.start(self._test_connection(backend, model, api_key), name="test connection")

    async def _test_connection(self, backend: str, model: str, api_key: str | None) -> ConnectionResult:
        if api_key is None:
            key = await asyncio.to_thread(resolve_api_key)
            api_key = key.value if key else None
        else:
            register_secret(api_key)
        # "auto" with a key to test means the backend that key is for
        entry = resolve_auto(has_key=True) if backend == AUTO else backend_entry(backend)
        if entry.needs_key and api_key is None:
            return ConnectionResult(False, "No API key: paste one above first.")
        model = model or entry.default_model() or ""
        try:
            # the backend's module may be slow to import (google.genai: about a second): never on the UI thread
            await asyncio.to_thread(entry.load)
            instance = entry.create(BackendSetup(model or None, api_key, CHECK_TIMEOUT_S))
            try:
                error = await instance.check()
            finally:
                await instance.aclose()
        except Exception as exc:  # check() classifies errors itself: this is a bug or a missing SDK
            log.warning("connection test failed: %s", type(exc).__name__)
            return ConnectionResult(False, f"The test could not run ({type(exc).__name__}). Details are in the log.")
        if error is not None:
            return ConnectionResult(
                False, f"Failed ({error.kind.value}): {error.message.rstrip('.')}.", error.kind.advice
            )
        if entry.needs_key:
            return ConnectionResult(True, f"Connected: the key works with {model}.")
        return ConnectionResult(True, f"{entry.label}: ready, no key needed.")

    def can_export(self) -> bool:
        return self._shown is not None and any(s.status is CardStatus.COMPLETE for s in self._shown.images.values())
