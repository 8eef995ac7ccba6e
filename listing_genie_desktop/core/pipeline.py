"""The generation engine: five images, each with its own retry loop, sharing one session.

Rules it enforces (see docs/architecture.md):
- at most `concurrency` images at work; an image keeps its slot through its backoff waits and
  gives it back as soon as its answer arrives;
- a rate-limit hint pauses every new request of the session, not only the image that got it
  (`rate_gate.py`);
- a fatal error (auth, not_found, quota_exhausted) stops the whole session at once;
- the run's one `CancelToken` interrupts requests and waits immediately, even when it was cancelled
  before the run began, and keeps what completed;
- an image whose answer has arrived is saved even when the session stops or is cancelled meanwhile:
  the answer is already paid for, and post-processing takes a fraction of a second;
- an image made again (`earlier_versions`) that does not complete keeps its earlier version;
- a catalogue's pause (`SharedLimits.hold`) lets the requests on their way finish and starts no new one: the
  images still to request stay pending and the session is `interrupted` (resumable), its summary saying so.

Each image's state is one `ImageRun` (`image_run.py`); its attempts are `attempts.py`'s.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field

from listing_genie_desktop.core.attempts import Held, ImageAttempts, Stop, internal_error, record
from listing_genie_desktop.core.cancel import CancelToken
from listing_genie_desktop.core.clock import Clock, SystemClock
from listing_genie_desktop.core.cost import BudgetMeter
from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.events import Event, ImageFailed, ImageHeld, SessionFinished, SessionStarted
from listing_genie_desktop.core.image_run import ImageRun, Phase, RunState, Slot
from listing_genie_desktop.core.image_types import registered
from listing_genie_desktop.core.messages import QT_TR_NOOP
from listing_genie_desktop.core.outcome import ImageStatus, SessionStatus, main_reason, session_status, summarize
from listing_genie_desktop.core.pacer import RequestPacer
from listing_genie_desktop.core.ports import Finisher, ImageBackend, MadeBy, ReferencePhoto, RunStore
from listing_genie_desktop.core.product import ImageType, ProductContext
from listing_genie_desktop.core.prompts import PromptEngine
from listing_genie_desktop.core.retry import RetryPolicy

log = logging.getLogger("listing_genie.engine")

CANCELLED_BEFORE_COMPLETION = QT_TR_NOOP("Cancelled before completion.")
STOPPED = QT_TR_NOOP("Stopped: {message}")


@dataclass(frozen=True)
class EngineConfig:
    policy: RetryPolicy = field(default_factory=RetryPolicy)
    concurrency: int = 2
    attempt_timeout_s: float = 180.0
    text_overlay: bool = True
    image_size: str | None = None
    """The output size asked of the model (None: it takes none), recorded with each attempt: its price."""

    def __post_init__(self) -> None:
        if not 1 <= self.concurrency <= 5:
            raise ValueError("concurrency must be between 1 and 5")
        if self.attempt_timeout_s <= 0:
            raise ValueError("attempt timeout must be positive")


@dataclass(frozen=True)
class SharedLimits:
    """What the runs of one catalogue share: `slots` bound the images at work across all of them (the
    catalogue's `--concurrency`), `pacer` spaces every request to the pace the API allows, and `hold`, once
    set (the user paused the catalogue), lets no new request of any of them start."""

    slots: asyncio.Semaphore
    pacer: RequestPacer
    hold: CancelToken = field(default_factory=CancelToken)


@dataclass(frozen=True)
class RunOutcome:
    session_id: str
    status: SessionStatus
    completed: frozenset[ImageType]
    failures: dict[ImageType, GenerationError]
    summary: str


class GenerationEngine:
    """Runs one session (or one retry run of it). Create a new engine per run."""

    def __init__(
        self,
        backend: ImageBackend,
        store: RunStore,
        prompts: PromptEngine,
        finisher: Finisher,
        *,
        config: EngineConfig | None = None,
        clock: Clock | None = None,
        emit: Callable[[Event], None] = lambda event: None,
        rng: random.Random | None = None,
        cancel: CancelToken | None = None,
        shared: SharedLimits | None = None,
        budget: BudgetMeter | None = None,
    ) -> None:
        """`budget`, when the user set a monthly one, stops the run's new requests once it is spent."""
        self.backend = backend
        self.store = store
        self.config = config or EngineConfig()
        self.clock = clock or SystemClock()
        self.cancel_token = cancel or CancelToken()
        """The run's one cancel token: the caller may hold it (and cancel it before the run starts)."""
        self._emit = emit
        self._slots = shared.slots if shared else asyncio.Semaphore(self.config.concurrency)
        self._attempts = ImageAttempts(
            backend,
            store,
            prompts,
            finisher,
            policy=self.config.policy,
            attempt_timeout_s=self.config.attempt_timeout_s,
            text_overlay=self.config.text_overlay,
            clock=self.clock,
            emit=emit,
            rng=rng or random.Random(),
            pacer=shared.pacer if shared else None,
            budget=budget,
            made_by=MadeBy(backend.name, backend.model, self.config.image_size),
            hold=shared.hold if shared else None,
        )
        self._hold = shared.hold if shared else CancelToken()

    @property
    def policy(self) -> RetryPolicy:
        return self.config.policy

    def cancel(self) -> None:
        """Stops every request and wait now; completed images are kept."""
        self.cancel_token.cancel()

    async def run(
        self,
        session_id: str,
        product: ProductContext,
        reference: ReferencePhoto,
        image_types: Sequence[ImageType] | None = None,
        *,
        session_types: Sequence[ImageType] | None = None,
        already_complete: Collection[ImageType] = (),
        earlier_versions: Collection[ImageType] = (),
        versions_made: Mapping[ImageType, int] | None = None,
        others: Sequence[ReferencePhoto] = (),
    ) -> RunOutcome:
        """`already_complete` images are skipped; `earlier_versions` are made again, and keep the version they
        have if this run does not complete them (the store keeps their file and shows it as complete).
        `versions_made` counts the versions each of them has: the backend is told (`ImageRequest.remake`),
        so the studio draws the next alternative design instead of the same picture. `others` are the
        product's other photos, given to every request after `reference`, the main one.

        `session_types` are the session's own images, in order (default: the registry's, as a new session
        has): the outcome counts them; `image_types` (default: all of them) are those to make. A type this
        build does not know (a session of another version) is left as it is: it has no prompt or layout."""
        own = tuple(session_types) if session_types is not None else registered()
        wanted = own if image_types is None else image_types
        done = frozenset(already_complete)
        todo = tuple(t for t in own if t in wanted and t not in done and t.known)
        run = await self.store.begin_run(session_id, todo)
        self._emit(SessionStarted(session_id, todo, self.backend.name, self.backend.model))
        log.info("session %s run %d: %s with %s", session_id, run, ",".join(todo), self.backend.name)
        made = versions_made or {}
        images = {
            t: ImageRun(
                t,
                Slot(self._slots),
                earlier_version=t in earlier_versions,
                remake=max(1, made.get(t, 1)) if t in earlier_versions else 0,
            )
            for t in todo
        }
        state = RunState(
            session_id,
            run,
            product,
            reference,
            self.cancel_token,
            images,
            done,
            others=tuple(others),
            session_types=own,
        )
        tasks = []
        for image in images.values():
            image.task = asyncio.create_task(self._image(state, image), name=f"image-{image.image_type}")
            tasks.append(image.task)
        unsubscribe = self.cancel_token.subscribe(state.interrupt_working)
        unsubscribe_hold = self._hold.subscribe(state.interrupt_waiting)
        try:
            await asyncio.gather(*tasks)
        except asyncio.CancelledError:
            self.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await asyncio.shield(self._finish(state))
            raise
        finally:
            unsubscribe()
            unsubscribe_hold()
        return await self._finish(state)

    async def _finish(self, state: RunState) -> RunOutcome:
        state.vanished = await self.store.vanished(state.session_id, state.completed())
        session_id, completed, failures, held = state.session_id, state.completed(), state.failures(), state.held()
        own = state.session_types
        status = session_status(completed, cancelled=self.cancel_token.cancelled, session_types=own, held=bool(held))
        summary = summarize(status, completed, failures, kept=state.kept(), session_types=own, held=held)
        reason = main_reason(failures) if status in (SessionStatus.FAILED, SessionStatus.PARTIAL) else None
        error_kind = reason.kind if reason else None
        finished = self.store.finish_session(session_id, status=status, error_kind=error_kind, summary=summary)
        await record("finish", finished)
        log.info("session %s finished: %s (%s)", session_id, status.value, summary)
        self._emit(SessionFinished(session_id, status, state.completed_in_order(), summary))
        return RunOutcome(session_id, status, completed, failures, summary)

    async def _image(self, state: RunState, image: ImageRun) -> None:
        """One image's whole life; records its end state and never raises (but for outside cancellation)."""
        external_cancel = False
        try:
            image.phase = Phase.WORKING
            if state.cancel.cancelled:  # before this image began: it ends cancelled like the others
                raise asyncio.CancelledError
            await self._attempts.until_done(state, image)
            return
        except asyncio.CancelledError:
            held = self._hold.cancelled and not state.cancel.cancelled and state.fatal is None
            external_cancel = not state.cancel.cancelled and state.fatal is None and not held
            if state.fatal is not None:
                status, error = ImageStatus.FAILED, _stopped_error(state.fatal)
            elif held:  # paused while it waited for its next request
                status, error = ImageStatus.PENDING, None
            else:
                status, error = (
                    ImageStatus.CANCELLED,
                    GenerationError(ErrorKind.CANCELLED, CANCELLED_BEFORE_COMPLETION),
                )
        except Stop:
            assert state.fatal is not None
            status, error = ImageStatus.FAILED, _stopped_error(state.fatal)
        except Held:
            status, error = ImageStatus.PENDING, None
        except GenerationError as failure:
            status, error = ImageStatus.FAILED, failure
        except Exception as exc:  # a bug in one image (or its store) must not take the others down
            status, error = ImageStatus.FAILED, internal_error(image.image_type, exc)
        finally:
            image.slot.give_back()
        image.phase = Phase.ENDING
        state.ended(image, status, error)
        await self._image_ended(state, image)
        if error is not None and error is state.fatal:
            log.error("session %s stopped: %s (%s)", state.session_id, error.message, error.kind.value)
            state.interrupt_working()
        if external_cancel:
            raise asyncio.CancelledError

    async def _image_ended(self, state: RunState, image: ImageRun) -> None:
        """Records and tells how an image ended without completing (its `status` and `failure`)."""
        status, error = image.status, image.failure
        assert status is not None
        ended = self.store.image_ended(state.session_id, image.image_type, status=status, error=error)
        await record(f"end of {image.image_type}", asyncio.shield(ended))
        if error is None:
            self._emit(ImageHeld(state.session_id, image.image_type, image.attempts))
            return
        self._emit(ImageFailed(state.session_id, image.image_type, status, error.kind, error.message, image.attempts))


def _stopped_error(fatal: GenerationError) -> GenerationError:
    return fatal.with_text(STOPPED.format(message=fatal.message))
