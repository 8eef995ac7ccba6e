"""The generation pipeline: five images, each with its own retry loop, sharing one session.

Rules it enforces (see docs/architecture.md):
- at most `concurrency` images at work; an image keeps its slot through its backoff waits and
  gives it back as soon as its answer arrives;
- a rate-limit hint pauses every new request of the session, not only the image that got it;
- a fatal error (auth, not_found, quota_exhausted) stops the whole session at once;
- `cancel()` interrupts requests and waits immediately and keeps what completed;
- an image whose answer has arrived is saved even when the session stops or is cancelled meanwhile:
  the answer is already paid for, and post-processing takes a fraction of a second;
- an image made again (`earlier_versions`) that does not complete keeps its earlier version;
- every attempt is persisted when it starts (alongside its request) and when it ends, its start
  always committed before its end; a completed image's file is written before its row says
  complete (the store does both).
"""

from __future__ import annotations

import asyncio
import functools
import logging
import random
import time
from collections.abc import Awaitable, Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from tenacity import AsyncRetrying, RetryCallState, retry_if_exception_type

from listing_genie_desktop.core.clock import Clock, SystemClock, utc_now_iso
from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.events import (
    AttemptFailed,
    AttemptStarted,
    BackoffScheduled,
    Event,
    ImageCompleted,
    ImageFailed,
    RateLimitPause,
    SessionFinished,
    SessionStarted,
)
from listing_genie_desktop.core.outcome import ImageStatus, SessionStatus, main_reason, session_status, summarize
from listing_genie_desktop.core.ports import (
    AttemptHandle,
    EncodedImage,
    Finisher,
    GeneratedImage,
    ImageBackend,
    ImageRequest,
    ReferencePhoto,
    RunStore,
)
from listing_genie_desktop.core.product import IMAGE_TYPES, ImageType, ProductContext
from listing_genie_desktop.core.prompts import PromptEngine
from listing_genie_desktop.core.retry import RetryPolicy, next_variation

log = logging.getLogger("listing_genie.engine")


@dataclass(frozen=True)
class EngineConfig:
    policy: RetryPolicy = field(default_factory=RetryPolicy)
    concurrency: int = 2
    attempt_timeout_s: float = 180.0
    text_overlay: bool = True

    def __post_init__(self) -> None:
        if not 1 <= self.concurrency <= 5:
            raise ValueError("concurrency must be between 1 and 5")
        if self.attempt_timeout_s <= 0:
            raise ValueError("attempt timeout must be positive")


@dataclass(frozen=True)
class RunOutcome:
    session_id: str
    status: SessionStatus
    completed: frozenset[ImageType]
    failures: dict[ImageType, GenerationError]
    summary: str


class _Stop(Exception):
    """Raised inside an image's loop when the session was stopped by another image's fatal error."""


class RateLimitGate:
    """A session-wide pause: no new request starts before `paused_until`."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.paused_until = 0.0

    def pause(self, seconds: float) -> float:
        self.paused_until = max(self.paused_until, self.clock.monotonic() + seconds)
        return self.paused_until

    async def wait(self) -> None:
        while (remaining := self.paused_until - self.clock.monotonic()) > 0:
            await self.clock.sleep(remaining)


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
    ) -> None:
        self.backend = backend
        self.store = store
        self.prompts = prompts
        self.finisher = finisher
        self.config = config or EngineConfig()
        self.clock = clock or SystemClock()
        self._emit = emit
        self._rng = rng or random.Random()
        self._slots = asyncio.Semaphore(self.config.concurrency)
        self._gate = RateLimitGate(self.clock)
        self._tasks: dict[ImageType, asyncio.Task[None]] = {}
        self._fatal: GenerationError | None = None
        self._cancel_requested = False
        self._failures: dict[ImageType, GenerationError] = {}
        self._completed: set[ImageType] = set()
        self._ending: set[ImageType] = set()
        self._saving: set[ImageType] = set()
        """Images whose answer has arrived and is being finished and stored: a stop or cancel spares them."""
        self._earlier_versions: frozenset[ImageType] = frozenset()
        self._versions_made: dict[ImageType, int] = {}

    @property
    def policy(self) -> RetryPolicy:
        return self.config.policy

    def cancel(self) -> None:
        """Stops every request and wait now; completed images are kept."""
        self._cancel_requested = True
        self._cancel_running()

    async def run(
        self,
        session_id: str,
        product: ProductContext,
        reference: ReferencePhoto,
        image_types: Sequence[ImageType] = IMAGE_TYPES,
        *,
        already_complete: Collection[ImageType] = (),
        earlier_versions: Collection[ImageType] = (),
        versions_made: Mapping[ImageType, int] | None = None,
    ) -> RunOutcome:
        """`already_complete` images are skipped; `earlier_versions` are made again, and keep the version they
        have if this run does not complete them (the store keeps their file and shows it as complete).
        `versions_made` counts the versions each of them has: the backend is told (`ImageRequest.remake`),
        so the studio draws the next alternative design instead of the same picture."""
        self._completed = set(already_complete)
        self._earlier_versions = frozenset(earlier_versions)
        self._versions_made = {t: max(1, (versions_made or {}).get(t, 1)) for t in self._earlier_versions}
        todo = tuple(t for t in IMAGE_TYPES if t in image_types and t not in self._completed)
        run = await self.store.begin_run(session_id, todo)
        self._emit(SessionStarted(session_id, todo, self.backend.name, self.backend.model))
        log.info("session %s run %d: %s with %s", session_id, run, ",".join(todo), self.backend.name)
        context = _RunContext(session_id, run, product, reference)
        self._tasks = {t: asyncio.create_task(self._image(context, t), name=f"image-{t}") for t in todo}
        if self._cancel_requested:
            self.cancel()
        try:
            await asyncio.gather(*self._tasks.values())
        except asyncio.CancelledError:
            self.cancel()
            await asyncio.gather(*self._tasks.values(), return_exceptions=True)
            await asyncio.shield(self._finish(session_id))
            raise
        return await self._finish(session_id)

    async def _finish(self, session_id: str) -> RunOutcome:
        status = session_status(self._completed, cancelled=self._cancel_requested)
        kept = self._earlier_versions & self._failures.keys()  # made again, failed: the earlier version stands
        summary = summarize(status, self._completed, self._failures, kept=kept)
        reason = main_reason(self._failures) if status in (SessionStatus.FAILED, SessionStatus.PARTIAL) else None
        error_kind = reason.kind if reason else None
        await self._record(
            "finish", self.store.finish_session(session_id, status=status, error_kind=error_kind, summary=summary)
        )
        log.info("session %s finished: %s (%s)", session_id, status.value, summary)
        self._emit(
            SessionFinished(session_id, status.value, tuple(sorted(self._completed, key=IMAGE_TYPES.index)), summary)
        )
        return RunOutcome(session_id, status, frozenset(self._completed), dict(self._failures), summary)

    async def _image(self, context: _RunContext, image_type: ImageType) -> None:
        """One image's whole life; records its end state and never raises (but for outside cancellation)."""
        external_cancel = False
        slot = _Slot(self._slots)
        try:
            await self._retry_loop(context, image_type, slot)
            return
        except asyncio.CancelledError:
            external_cancel = not self._cancel_requested and self._fatal is None
            if self._fatal is not None:
                status, error = ImageStatus.FAILED, _stopped_error(self._fatal)
            else:
                status, error = (
                    ImageStatus.CANCELLED,
                    GenerationError(ErrorKind.CANCELLED, "Cancelled before completion."),
                )
        except _Stop:
            assert self._fatal is not None
            status, error = ImageStatus.FAILED, _stopped_error(self._fatal)
        except GenerationError as failure:
            status, error = ImageStatus.FAILED, failure
        except Exception as exc:  # a bug in one image (or its store) must not take the others down
            status, error = ImageStatus.FAILED, _internal_error(image_type, exc)
        finally:
            slot.give_back()
        self._ending.add(image_type)
        await self._image_ended(context, image_type, status, error)
        if error is self._fatal:
            log.error("session %s stopped: %s (%s)", context.session_id, error.message, error.kind.value)
            self._cancel_running()
        if external_cancel:
            raise asyncio.CancelledError

    def _cancel_running(self) -> None:
        """Cancels the images still at work; those saving an answer or recording their end are left to finish."""
        for image_type, task in self._tasks.items():
            if image_type not in self._ending and image_type not in self._saving:
                task.cancel()

    async def _image_ended(
        self, context: _RunContext, image_type: ImageType, status: ImageStatus, error: GenerationError
    ) -> None:
        self._failures[image_type] = error
        if image_type in self._earlier_versions:
            self._completed.add(image_type)
        await self._record(
            f"end of {image_type}",
            asyncio.shield(self.store.image_ended(context.session_id, image_type, status=status, error=error)),
        )
        attempts = context.attempts.get(image_type, 0)
        self._emit(ImageFailed(context.session_id, image_type, status.value, error.kind, error.message, attempts))

    async def _retry_loop(self, context: _RunContext, image_type: ImageType, slot: _Slot) -> int:
        """Tenacity drives the loop; the policy decides stop, wait and the next variation."""
        last_error: GenerationError | None = None
        tried: list[str] = []
        delay_before = 0.0

        def stop(state: RetryCallState) -> bool:
            return not self.policy.will_retry(_error_of(state), state.attempt_number)

        def wait(state: RetryCallState) -> float:
            return self.policy.delay_before(state.attempt_number, _error_of(state), self._rng)

        def before_sleep(state: RetryCallState) -> None:
            nonlocal delay_before
            delay_before = state.upcoming_sleep
            ends_at = context.failed_at[image_type] + delay_before
            self._emit(
                BackoffScheduled(
                    context.session_id,
                    image_type,
                    state.attempt_number + 1,
                    self.policy.max_attempts,
                    delay_before,
                    ends_at,
                )
            )

        async def sleep_until_due(delay: float) -> None:
            """The wait counts from the moment the failure arrived, so the bookkeeping after it
            (history write, log, events) does not lengthen it."""
            await self.clock.sleep(max(0.0, context.failed_at[image_type] + delay - self.clock.monotonic()))

        retrying = AsyncRetrying(
            stop=stop,
            wait=wait,
            retry=retry_if_exception_type(GenerationError),
            before_sleep=before_sleep,
            sleep=sleep_until_due,
            reraise=True,
        )
        async for attempt in retrying:
            with attempt:
                number = attempt.retry_state.attempt_number
                variation = next_variation(last_error, tried)
                tried.append(variation)
                try:
                    await self._attempt(context, image_type, slot, number, variation, delay_before)
                except GenerationError as error:
                    last_error = error
                    raise
                return number
        raise AssertionError("unreachable: tenacity either returns or re-raises")

    async def _attempt(
        self,
        context: _RunContext,
        image_type: ImageType,
        slot: _Slot,
        number: int,
        variation: str,
        delay_before: float,
    ) -> None:
        if self._fatal is not None:
            raise _Stop
        await self._gate.wait()
        await slot.take()
        if self._fatal is not None:
            raise _Stop
        await self._gate.wait()
        prompt = self.prompts.render(image_type, context.product, variation, text_overlay=self.config.text_overlay)
        # The attempt's row is written while its request is already on the way: waiting for the commit
        # first delayed every request (and every retry's start) by a database round trip. The row is
        # awaited before the attempt's outcome is recorded, so the history never shows an outcome
        # without its attempt.
        row = asyncio.ensure_future(
            self.store.attempt_started(
                context.session_id,
                image_type,
                run=context.run,
                started_at=utc_now_iso(),
                delay_before_s=delay_before,
                variation=variation,
                prompt=prompt,
            )
        )
        context.attempts[image_type] = context.attempts.get(image_type, 0) + 1
        self._emit(AttemptStarted(context.session_id, image_type, number, self.policy.max_attempts, variation))
        started = time.perf_counter()
        try:
            generated = await self._request(context, image_type, number, variation, prompt)
            self._saving.add(image_type)
            try:
                handle = await asyncio.shield(row)
                slot.give_back()
                finished = await self._finish_image(image_type, generated, context.product)
                path = await self.store.image_completed(
                    context.session_id,
                    image_type,
                    handle,
                    ended_at=utc_now_iso(),
                    duration_ms=_ms_since(started),
                    finished=finished,
                )
            finally:
                self._saving.discard(image_type)
        except asyncio.CancelledError:
            await self._record(
                f"cancelled attempt of {image_type}", asyncio.shield(self._attempt_cancelled(row, started))
            )
            raise
        except GenerationError as error:
            context.failed_at[image_type] = self.clock.monotonic()
            if (error.is_fatal or self._asks_too_long_a_wait(error)) and self._fatal is None:
                self._fatal = error  # set before any slot is given back: no other request may start
            if row.done() and not row.cancelled() and row.exception() is error:
                raise  # the attempt could not even be recorded: its storage error ends the image
            handle = await asyncio.shield(row)
            await self._attempt_failed(context, image_type, number, handle, started, error)
            self._end_if_stopped(error)
            raise
        self._completed.add(image_type)
        self._emit(
            ImageCompleted(
                context.session_id,
                image_type,
                number,
                path,
                bool(finished.compliance.get("compliant", False)),
                finished.variant,
            )
        )

    def _asks_too_long_a_wait(self, error: GenerationError) -> bool:
        """A retryable failure whose server asks for a longer pause than the policy waits: the same answer
        awaits every other request of the session (five requests told to wait 100 s each), so it stops the
        session like a fatal error, saying when to try again."""
        return error.is_retryable and self.policy.hint_too_long(error)

    def _end_if_stopped(self, error: GenerationError) -> None:
        """After a failed attempt, no retry once the session has been stopped or cancelled (an image that was
        saving when that happened was spared, and its saving may have failed)."""
        if self._cancel_requested:
            raise asyncio.CancelledError
        if self._fatal is not None and error is not self._fatal:
            raise _Stop

    async def _attempt_cancelled(self, row: Awaitable[AttemptHandle], started: float) -> None:
        handle = await row
        cancelled = GenerationError(ErrorKind.CANCELLED, "Cancelled during the request.")
        await self.store.attempt_failed(handle, ended_at=utc_now_iso(), duration_ms=_ms_since(started), error=cancelled)

    async def _request(
        self, context: _RunContext, image_type: ImageType, number: int, variation: str, prompt: str
    ) -> GeneratedImage:
        remake = self._versions_made.get(image_type, 0)
        request = ImageRequest(image_type, prompt, context.product, context.reference, variation, number, remake)
        timeout = self.config.attempt_timeout_s
        try:
            await self.backend.prepare()  # set-up is not part of the attempt: see ImageBackend.prepare
            async with asyncio.timeout(timeout):
                return await self.backend.generate(request)
        except TimeoutError as exc:
            raise GenerationError(ErrorKind.TIMEOUT, f"No answer within the attempt timeout of {timeout:g} s.") from exc
        except GenerationError:
            raise
        except Exception as exc:
            raise _internal_error(image_type, exc) from exc

    async def _finish_image(
        self, image_type: ImageType, generated: GeneratedImage, product: ProductContext
    ) -> EncodedImage:
        """Post-processing runs off the event loop and outside the request slot."""
        try:
            return await asyncio.to_thread(
                functools.partial(
                    self.finisher,
                    image_type,
                    generated,
                    product,
                    backend_renders_text=self.backend.renders_text,
                    text_overlay=self.config.text_overlay,
                )
            )
        except GenerationError:
            raise
        except Exception as exc:
            raise _internal_error(image_type, exc) from exc

    async def _record(self, what: str, write: Awaitable[None]) -> None:
        """A history write about something that already happened: if the disk refuses it, the run goes on
        (the failure is logged and the image's own outcome stands) rather than crashing every image."""
        try:
            await write
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            kind = exc.kind.value if isinstance(exc, GenerationError) else "internal"
            log.error("could not record the %s in the history (%s): %s", what, kind, exc)

    async def _attempt_failed(
        self,
        context: _RunContext,
        image_type: ImageType,
        number: int,
        handle: AttemptHandle,
        started: float,
        error: GenerationError,
    ) -> None:
        duration_ms = _ms_since(started)
        if self._asks_too_long_a_wait(error):
            error.message = f"{error.message}; {_try_again_after(error.retry_after or 0.0)}"
        elif error.kind is ErrorKind.RATE_LIMITED and error.retry_after:
            ends_at = self._gate.pause(error.retry_after)
            self._emit(RateLimitPause(context.session_id, error.retry_after, ends_at))
        will_retry = self.policy.will_retry(error, number)
        await self._record(
            f"failed attempt of {image_type}",
            self.store.attempt_failed(handle, ended_at=utc_now_iso(), duration_ms=duration_ms, error=error),
        )
        log.warning(
            "session %s %s attempt %d/%d failed after %d ms: %s (kind=%s, http=%s)%s",
            context.session_id,
            image_type,
            number,
            self.policy.max_attempts,
            duration_ms,
            error.message,
            error.kind.value,
            error.http_status,
            "; retrying" if will_retry else "",
        )
        if error.detail:
            log.debug("session %s %s attempt %d detail: %s", context.session_id, image_type, number, error.detail)
        self._emit(
            AttemptFailed(
                context.session_id,
                image_type,
                number,
                self.policy.max_attempts,
                error.kind,
                error.message,
                will_retry,
                error.http_status,
            )
        )


@dataclass
class _RunContext:
    session_id: str
    run: int
    product: ProductContext
    reference: ReferencePhoto
    attempts: dict[ImageType, int] = field(default_factory=dict)
    failed_at: dict[ImageType, float] = field(default_factory=dict)
    """Clock time at which each image's last failed attempt ended: its backoff counts from there."""


class _Slot:
    """An image's place among the `concurrency` images at work.

    Taken before its first request and kept through its backoff waits, so each wait is exactly
    the policy's; given back as soon as an answer arrives (post-processing needs no slot) or the
    image ends.
    """

    def __init__(self, semaphore: asyncio.Semaphore) -> None:
        self._semaphore = semaphore
        self._held = False

    async def take(self) -> None:
        if not self._held:
            await self._semaphore.acquire()
            self._held = True

    def give_back(self) -> None:
        if self._held:
            self._semaphore.release()
            self._held = False


def _internal_error(image_type: ImageType, exc: Exception) -> GenerationError:
    log.exception("bug while generating %s", image_type)
    return GenerationError(ErrorKind.INTERNAL, f"Internal error: {type(exc).__name__}", detail=repr(exc))


def _stopped_error(fatal: GenerationError) -> GenerationError:
    return fatal.with_text(f"Stopped: {fatal.message}")


def _error_of(state: RetryCallState) -> GenerationError:
    assert state.outcome is not None
    error = state.outcome.exception()
    assert isinstance(error, GenerationError)
    return error


def _ms_since(started: float) -> int:
    return int((time.perf_counter() - started) * 1000)


_LONGEST_SHOWN_WAIT_S = 86_400.0
"""Beyond a day, "try again after HH:MM" would name the wrong day, and an absurd hint (a date in year 9999,
`inf`) would overflow the date arithmetic and crash the image: such waits are told as "tomorrow or later"."""


def _try_again_after(seconds: float) -> str:
    """ "the service asks to wait 100 s: try again after 14:05" (local time), for any hint, never raising."""
    if not seconds < _LONGEST_SHOWN_WAIT_S:  # also NaN and inf
        return "the service asks to wait more than a day: try again tomorrow or later"
    try:
        when = (datetime.now(UTC) + timedelta(seconds=seconds)).astimezone().strftime("%H:%M")
    except (OverflowError, ValueError, OSError):  # a clock at the end of the calendar
        return f"the service asks to wait {seconds:.0f} s"
    return f"the service asks to wait {seconds:.0f} s: try again after {when}"
