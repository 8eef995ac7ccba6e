"""The window's runs: generate, retry what failed, regenerate one image, cancel; and the translation of
the engine's events into the cards and the banner of the session they belong to.

One run at a time. Everything here runs on the UI thread (the engine's coroutines run on the qasync
loop, which is the Qt thread); what the run shows goes through a `SessionDisplay`, which decides
whether the session is on screen.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine, Mapping, Sequence
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Signal

from listing_genie_desktop.backends.registry import backend_entry
from listing_genie_desktop.core.cancel import CancelToken
from listing_genie_desktop.core.clock import Clock
from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.events import Event, ImageCompleted, RateLimitPause, SessionFinished, SessionStarted
from listing_genie_desktop.core.image_types import registered
from listing_genie_desktop.core.outcome import SessionStatus
from listing_genie_desktop.core.product import ImageType, ProductContext
from listing_genie_desktop.settings import Settings
from listing_genie_desktop.ui.history_model import HistoryListModel
from listing_genie_desktop.ui.i18n import tr
from listing_genie_desktop.ui.messages import sentence, translated
from listing_genie_desktop.ui.session_view import RunEnded, SessionView
from listing_genie_desktop.ui.state import (
    BannerState,
    ImageState,
    apply_event,
    error_banner,
    finished_banner,
    running_banner,
)
from listing_genie_desktop.ui.tasks import TaskKeeper

if TYPE_CHECKING:
    from listing_genie_desktop.core.ports import ReferencePhoto
    from listing_genie_desktop.run_choice import BackendChoice
    from listing_genie_desktop.services import Services, SessionRunner

log = logging.getLogger("listing_genie.ui")


class SessionDisplay(Protocol):
    """The part of the window's model that knows which session is on screen."""

    def present(self, view: SessionView) -> None:
        """Shows a run's view now (a load in flight must not replace it)."""

    def set_image(self, view: SessionView, state: ImageState) -> None: ...

    def set_banner(self, view: SessionView | None, banner: BannerState) -> None:
        """`view`'s banner; None: the problem of a run that has no session yet, shown anyway."""

    async def reload(self, session_id: str) -> SessionView | None:
        """The session as stored now (None when it no longer exists)."""


async def start_over_budget(
    over: str | None, confirm: Callable[[str], Awaitable[bool]] | None, tell: Callable[[str], None]
) -> bool | None:
    """What to do with a run (a session's or a catalogue's) whose estimate would pass the monthly budget, as
    `over` says: None when it would not; else the user's answer to `confirm` (True: start anyway, past the
    budget), False without one, the refusal then said through `tell`."""
    if over is None:
        return None
    shown = sentence(over)
    if confirm is not None and await confirm(f"{shown[0].upper()}{shown[1:]}"):
        return True
    tell(tr("Not started: {reason}.").format(reason=translated(over)))
    return False


class RunController(QObject):
    runningChanged = Signal(bool)
    runFinished = Signal(object)
    """The `RunEnded` of a run that ended."""
    notice = Signal(str)
    """Transient information for the status bar (a retired model replaced by the recommended one)."""

    def __init__(
        self,
        tasks: TaskKeeper,
        services: Callable[[], Services | None],
        display: SessionDisplay,
        history: HistoryListModel,
        parent: QObject | None = None,
        *,
        budget: Callable[[], float] = lambda: 0.0,
    ) -> None:
        """`budget` is the user's monthly budget now (a retry's stored options do not hold it)."""
        super().__init__(parent)
        self.tasks = tasks
        self._budget = budget
        self.confirm_over_budget: Callable[[str], Awaitable[bool]] | None = None
        """Asks whether to start a run whose estimate would pass the monthly budget (the window sets it);
        without it, such a run is not started."""
        self._services = services
        self._display = display
        self._history = history
        self._task: asyncio.Task[None] | None = None
        self._running_id: str | None = None
        self._cancel = CancelToken()
        """The current run's one cancel token (a new one per run): a cancel before the engine exists holds."""

    @property
    def running(self) -> bool:
        return self._task is not None

    @property
    def running_session_id(self) -> str | None:
        return self._running_id

    @property
    def task(self) -> asyncio.Task[None] | None:
        return self._task

    @property
    def can_start(self) -> bool:
        return self._services() is not None and not self.running

    def cancel(self) -> None:
        """Stops every request and wait at once; completed images are kept."""
        self._cancel.cancel()

    def generate(
        self,
        product: ProductContext,
        reference: ReferencePhoto,
        settings: Settings,
        others: Sequence[ReferencePhoto] = (),
    ) -> None:
        """`reference` is the main photo, `others` the product's other photos (decoded already)."""
        self._begin(self._generate(product, reference, settings, tuple(others)), "generate")

    def retry_failed(self, view: SessionView, backend: str | None = None) -> None:
        """Runs the images of `view` that are not complete, each with a fresh budget, on `backend` when the
        user chose one (the studio for a session whose Gemini cannot be reached), else the session's own."""
        overrides = {} if backend is None else {"backend": backend}
        self._begin(self._rerun(view, tuple(view.images), regenerate=False, overrides=overrides), "retry failed")

    def regenerate(self, view: SessionView, image_type: ImageType) -> None:
        """A new version of one image (the old file stays on disk)."""
        self._begin(self._rerun(view, (image_type,), regenerate=True), f"regenerate {image_type}")

    def _begin(self, work: Coroutine[Any, Any, None], name: str) -> None:
        if not self.can_start:
            work.close()
            return
        self._cancel = CancelToken()
        self._task = self.tasks.start(self._guarded(work), name=name)
        self.runningChanged.emit(True)

    async def _guarded(self, work: Coroutine[Any, Any, None]) -> None:
        """Any run's outer shell: errors become a banner, and the window always leaves "running"."""
        try:
            await work
        except GenerationError as error:
            self._display.set_banner(None, error_banner(error))
        except Exception as error:
            log.exception("run failed inside the window")
            from listing_genie_desktop.core.attempts import INTERNAL_ERROR  # the engine's words, translated

            problem = GenerationError(ErrorKind.INTERNAL, INTERNAL_ERROR.format(name=type(error).__name__))
            self._display.set_banner(None, error_banner(problem))
        finally:
            self._task = None
            self._running_id = None
            self.runningChanged.emit(False)
            self._history.refresh()

    async def _generate(
        self, product: ProductContext, reference: ReferencePhoto, settings: Settings, others: tuple[ReferencePhoto, ...]
    ) -> None:
        services = self._require_services()
        choice = await services.choose_run(settings)
        allowed = await self._within_budget(services, settings, choice, len(registered()))
        if allowed is None:
            return
        settings = allowed
        session_id, choice = await services.create_session(product, reference, settings, choice, others=others)
        if choice.notice:  # Automatic fell back to the studio, or a model was replaced
            self.notice.emit(choice.notice)
        stored = await services.store.load_stored(session_id)
        language = str(stored.settings.get("language", "auto"))
        others_kept = tuple(str(p) for p in stored.other_references)
        view = SessionView(
            session_id,
            product,
            str(stored.reference_path),
            SessionStatus.PENDING,
            language=language,
            other_reference_paths=others_kept,
        )
        view.banner = running_banner(view.images)
        self._display.present(view)
        self._history.refresh()
        runner = services.runner(
            session_id,
            choice,
            settings,
            emit=partial(self._on_event, view),
            reference=reference,
            others=others,
            cancel=self._cancel,
        )
        await self._execute(view, runner)

    async def _rerun(
        self,
        view: SessionView,
        image_types: Sequence[ImageType],
        *,
        regenerate: bool,
        overrides: Mapping[str, object] | None = None,
    ) -> None:
        services = self._require_services()
        from listing_genie_desktop.services import retry_settings

        stored = await services.store.load_stored(view.session_id)
        settings = retry_settings(stored, overrides or {})  # the session's own options: one listing, one text style
        settings = replace(settings, monthly_budget_usd=self._budget())
        choice = await services.choose_run(settings, replace_unlisted=True)  # a model retired since: the default
        if choice.notice:
            self.notice.emit(choice.notice)
        images = len(image_types) if regenerate else len(set(image_types) - stored.complete)
        allowed = await self._within_budget(services, settings, choice, images)
        if allowed is None:
            return
        settings = allowed
        runner = services.runner(
            view.session_id,
            choice,
            settings,
            emit=partial(self._on_event, view),
            image_types=image_types,
            regenerate=regenerate,
            cancel=self._cancel,
        )
        await self._execute(view, runner)

    async def _within_budget(
        self, services: Services, settings: Settings, choice: BackendChoice, images: int
    ) -> Settings | None:
        """The settings to run with, or None when the run is not to start: a run whose estimate would pass the
        monthly budget starts only when the user says so, and then the budget does not stop it midway."""
        over = (await services.check_budget(settings, choice, images)).over
        start = await start_over_budget(over, self.confirm_over_budget, self.notice.emit)
        if start is None:
            return settings
        return replace(settings, monthly_budget_usd=0.0) if start else None

    def _require_services(self) -> Services:
        services = self._services()
        assert services is not None, "runs start only once the services are open"
        return services

    async def _execute(self, view: SessionView, runner: SessionRunner) -> None:
        self._running_id = view.session_id
        self.runningChanged.emit(True)  # again, now that the running session is known (Delete is off for it)
        await asyncio.to_thread(backend_entry(runner.choice.name).load)
        outcome = await runner.run()
        await self._refresh_finished(view)
        total = len(view.images)
        self.runFinished.emit(RunEnded(view.session_id, outcome.status, len(outcome.completed), total, outcome.summary))

    async def _refresh_finished(self, view: SessionView) -> None:
        """Adds what only the store knows (compliance issues) to the cards of a finished run,
        keeping the live attempt counters the user just watched."""
        stored = await self._display.reload(view.session_id)
        if stored is None:
            return
        for image_type, saved in stored.images.items():
            live = view.images.get(image_type, saved)
            merged = replace(saved, attempt=live.attempt, max_attempts=live.max_attempts, log=live.log or saved.log)
            self._display.set_image(view, merged)
        view.status = stored.status
        instead = stored.banner.model_instead  # a run that met a model retired since offers its replacement
        self._display.set_banner(view, finished_banner(view.status, view.images, instead))

    def _on_event(self, view: SessionView, event: Event) -> None:
        """Called by the engine on the loop (UI) thread for every event of `view`'s run."""
        services = self._services()
        clock: Clock | None = services.clock if services else None

        def to_local(engine_time: float) -> float:
            return time.monotonic() + (engine_time - clock.monotonic()) if clock else engine_time

        match event:
            case SessionStarted(image_types=types):
                view.status = SessionStatus.PROCESSING
                for image_type in types:
                    self._display.set_image(view, ImageState(image_type))
                self._history.refresh_soon()
            case ImageCompleted():
                self._display.set_image(view, apply_event(view.images[event.image_type], event, to_local=to_local))
                self._history.refresh_soon()  # the row's count and thumbnail
            case RateLimitPause(ends_at=ends_at):
                view.paused_until = to_local(ends_at)
            case SessionFinished(status=status):
                view.status, view.paused_until = status, None
                self._display.set_banner(view, finished_banner(status, view.images))
                return
            case _:
                image_type = getattr(event, "image_type", None)
                if image_type is not None:
                    self._display.set_image(view, apply_event(view.images[image_type], event, to_local=to_local))
        if view.status is SessionStatus.PROCESSING:
            paused = view.paused_until - time.monotonic() if view.paused_until else None
            banner = running_banner(view.images, paused_for=paused if paused and paused > 0 else None)
            self._display.set_banner(view, banner)
