"""One image's attempts in a run: tenacity's retry loop (the policy decides stop, wait and the next
prompt variation), each attempt's request under the attempt timeout, its post-processing outside the
request slot, and its history rows.

An attempt's row is written from its start (alongside its request) to its end, its start always
committed before its end is recorded; a completed image's file is written before its row says complete
(the store does both).
"""

from __future__ import annotations

import asyncio
import functools
import logging
import random
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from tenacity import AsyncRetrying, RetryCallState, retry_if_exception_type

from listing_genie_desktop.core.cancel import CancelToken
from listing_genie_desktop.core.clock import Clock, iso
from listing_genie_desktop.core.cost import BudgetMeter
from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.events import (
    AttemptFailed,
    AttemptStarted,
    BackoffScheduled,
    Event,
    ImageCompleted,
    RateLimitPause,
)
from listing_genie_desktop.core.image_run import ImageRun, Phase, RunState
from listing_genie_desktop.core.messages import QT_TR_NOOP
from listing_genie_desktop.core.pacer import RequestPacer
from listing_genie_desktop.core.pixel_budget import PixelBudget
from listing_genie_desktop.core.ports import (
    AttemptHandle,
    EncodedImage,
    Finisher,
    GeneratedImage,
    ImageBackend,
    ImageRequest,
    MadeBy,
    RunStore,
)
from listing_genie_desktop.core.product import ImageType, ProductContext
from listing_genie_desktop.core.prompts import PromptEngine
from listing_genie_desktop.core.rate_gate import RateLimitGate
from listing_genie_desktop.core.retry import RetryPolicy, next_variation

log = logging.getLogger("listing_genie.engine")

TOLD_WHEN = QT_TR_NOOP("{message}; {when}")
CANCELLED_IN_REQUEST = QT_TR_NOOP("Cancelled during the request.")
NO_ANSWER_IN_TIME = QT_TR_NOOP("No answer within the attempt timeout of {seconds} s.")
INTERNAL_ERROR = QT_TR_NOOP("Internal error: {name}")
WAIT_A_DAY = QT_TR_NOOP("the service asks to wait more than a day: try again tomorrow or later")
WAIT = QT_TR_NOOP("the service asks to wait {seconds} s")
WAIT_UNTIL = QT_TR_NOOP("the service asks to wait {seconds} s: try again after {when}")


class Stop(Exception):
    """Raised inside an image's loop when the session was stopped by another image's fatal error."""


class Held(Exception):
    """Raised inside an image's loop when its run was paused before the image's next request: it stays pending."""


class ImageAttempts:
    """Runs the attempts of the images of one run; the engine owns their start, their end and the run."""

    def __init__(
        self,
        backend: ImageBackend,
        store: RunStore,
        prompts: PromptEngine,
        finisher: Finisher,
        *,
        policy: RetryPolicy,
        attempt_timeout_s: float,
        text_overlay: bool,
        clock: Clock,
        emit: Callable[[Event], None],
        rng: random.Random,
        pacer: RequestPacer | None = None,
        budget: BudgetMeter | None = None,
        made_by: MadeBy | None = None,
        hold: CancelToken | None = None,
    ) -> None:
        self.backend = backend
        self.made_by = made_by or MadeBy(backend.name, backend.model)
        """Recorded with every attempt: what it is priced by."""
        self.store = store
        self.prompts = prompts
        self.finisher = finisher
        self._finishing = PixelBudget()
        self.policy = policy
        self.attempt_timeout_s = attempt_timeout_s
        self.text_overlay = text_overlay
        self.clock = clock
        self._emit = emit
        self._rng = rng
        self.gate = RateLimitGate(clock)
        self.pacer = pacer
        """The pace shared with the other runs of a catalogue, when there are any."""
        self.budget = budget
        """The month's budget, when the user set one: reached, it lets no new request start."""
        self.hold = hold
        """Set when a catalogue is paused: no new request starts, the ones on their way finish."""

    async def until_done(self, state: RunState, image: ImageRun) -> None:
        """Attempts `image` until one completes it (returns) or the policy gives up (raises its last error)."""

        def counted(retry: RetryCallState) -> int:
            return self.policy.counted_attempt(retry.attempt_number, image.rate_limited)

        def stop(retry: RetryCallState) -> bool:
            return not self.policy.will_retry(_error_of(retry), counted(retry))

        def wait(retry: RetryCallState) -> float:
            return self.policy.delay_before(max(1, counted(retry)), _error_of(retry), self._rng)

        def before_sleep(retry: RetryCallState) -> None:
            image.delay_before = retry.upcoming_sleep
            ends_at = image.failed_at + image.delay_before
            next_attempt, most = retry.attempt_number + 1, self.policy.max_attempts
            self._emit(
                BackoffScheduled(state.session_id, image.image_type, next_attempt, most, image.delay_before, ends_at)
            )

        async def sleep_until_due(delay: float) -> None:
            """The wait counts from the moment the failure arrived, so the bookkeeping after it
            (history write, log, events) does not lengthen it."""
            await self.clock.sleep(max(0.0, image.failed_at + delay - self.clock.monotonic()))

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
                variation = next_variation(image.last_error, image.tried)
                image.tried.append(variation)
                try:
                    await self._attempt(state, image, attempt.retry_state.attempt_number, variation)
                except GenerationError as error:
                    image.last_error = error
                    raise

    async def _attempt(self, state: RunState, image: ImageRun, number: int, variation: str) -> None:
        slot = image.slot
        if state.fatal is not None:
            raise Stop
        self._check_held()
        await self.gate.wait()
        await slot.take()
        if state.fatal is not None:
            raise Stop
        await self.gate.wait()
        if self.budget is not None and (spent := self.budget.reached()) is not None:
            state.fatal = state.fatal or spent  # the images already waiting for an answer finish
            raise Stop
        if self.pacer is not None:
            await self.pacer.before_request()
        self._check_held()  # no await from here to `sending`: a pause either holds this request or lets it go
        image.sending = True
        try:
            await self._send(state, image, number, variation)
        finally:
            image.sending = False

    def _check_held(self) -> None:
        if self.hold is not None and self.hold.cancelled:
            raise Held

    async def _send(self, state: RunState, image: ImageRun, number: int, variation: str) -> None:
        """One attempt's request and its outcome, recorded."""
        image_type, slot = image.image_type, image.slot
        prompt = self.prompts.render(image_type, state.product, variation, text_overlay=self.text_overlay)
        # The attempt's row is written while its request is already on the way: waiting for the commit
        # first delayed every request (and every retry's start) by a database round trip. The row is
        # awaited before the attempt's outcome is recorded, so the history never shows an outcome
        # without its attempt.
        row = asyncio.ensure_future(
            self.store.attempt_started(
                state.session_id,
                image_type,
                run=state.run,
                started_at=self._timestamp(),
                delay_before_s=image.delay_before,
                variation=variation,
                prompt=prompt,
                made_by=self.made_by,
            )
        )
        image.attempts += 1
        self._emit(AttemptStarted(state.session_id, image_type, number, self.policy.max_attempts, variation))
        image.attempt_started = self.clock.monotonic()
        try:
            generated = await self._request(state, image_type, number, variation, prompt)
            if self.budget is not None:
                self.budget.add(generated.usage)
            if self.pacer is not None:
                self.pacer.succeeded()
            image.phase = Phase.SAVING
            try:
                handle = await asyncio.shield(row)
                slot.give_back()
                finished = await self._finish_image(image_type, generated, state.product)
                path = await self.store.image_completed(
                    state.session_id,
                    image_type,
                    handle,
                    ended_at=self._timestamp(),
                    duration_ms=self._duration_ms(image),
                    finished=finished,
                    usage=generated.usage,
                )
            finally:
                image.phase = Phase.WORKING
        except asyncio.CancelledError:
            await record(f"cancelled attempt of {image_type}", asyncio.shield(self._attempt_cancelled(row, image)))
            raise
        except GenerationError as failure:
            image.failed_at = self.clock.monotonic()
            error = self._told(failure)
            if (error.is_fatal or self._asks_too_long_a_wait(error)) and state.fatal is None:
                state.fatal = error  # set before any slot is given back: no other request may start
            if row.done() and not row.cancelled() and row.exception() is failure:
                raise  # the attempt could not even be recorded: its storage error ends the image
            handle = await asyncio.shield(row)
            await self._attempt_failed(state, image, number, handle, error)
            self._end_if_stopped(state, error)
            if self.policy.will_retry(error, self.policy.counted_attempt(number, image.rate_limited)):
                self._check_held()  # paused while this attempt was on its way: its retry waits for the run to go on
            raise error from None
        image.completed = True
        compliant = bool(finished.compliance.get("compliant", False))
        self._emit(ImageCompleted(state.session_id, image_type, number, path, compliant, finished.variant))

    def _timestamp(self) -> str:
        return iso(self.clock.wall())

    def _duration_ms(self, image: ImageRun) -> int:
        """The attempt under way so far, on the run's clock."""
        return round((self.clock.monotonic() - image.attempt_started) * 1000)

    def _told(self, error: GenerationError) -> GenerationError:
        """The failure as the user is told it: a wait too long to make adds when to try again."""
        if not self._asks_too_long_a_wait(error):
            return error
        when = _try_again_after(error.retry_after or 0.0, self.clock.wall())
        return error.with_text(TOLD_WHEN.format(message=error.message, when=when), error.detail)

    def _asks_too_long_a_wait(self, error: GenerationError) -> bool:
        """A retryable failure whose server asks for a longer pause than the policy waits: the same answer
        awaits every other request of the session (five requests told to wait 100 s each), so it stops the
        session like a fatal error, saying when to try again."""
        return error.is_retryable and self.policy.hint_too_long(error)

    def _end_if_stopped(self, state: RunState, error: GenerationError) -> None:
        """After a failed attempt, no retry once the session has been stopped or cancelled (an image that was
        saving when that happened was spared, and its saving may have failed)."""
        if state.cancel.cancelled:
            raise asyncio.CancelledError
        if state.fatal is not None and error is not state.fatal:
            raise Stop

    async def _attempt_cancelled(self, row: Awaitable[AttemptHandle], image: ImageRun) -> None:
        handle = await row
        cancelled = GenerationError(ErrorKind.CANCELLED, CANCELLED_IN_REQUEST)
        duration_ms = self._duration_ms(image)
        await self.store.attempt_failed(handle, ended_at=self._timestamp(), duration_ms=duration_ms, error=cancelled)

    async def _request(
        self, state: RunState, image_type: ImageType, number: int, variation: str, prompt: str
    ) -> GeneratedImage:
        remake = state.images[image_type].remake
        request = ImageRequest(
            image_type, prompt, state.product, state.reference, variation, number, remake, others=state.others
        )
        timeout = self.attempt_timeout_s
        try:
            await self.backend.prepare()  # set-up is not part of the attempt: see ImageBackend.prepare
            async with self.clock.timeout(timeout):  # the one attempt timeout that decides: see BackendSetup
                return await self.backend.generate(request)
        except TimeoutError as exc:
            raise GenerationError(ErrorKind.TIMEOUT, NO_ANSWER_IN_TIME.format(seconds=f"{timeout:g}")) from exc
        except GenerationError:
            raise
        except Exception as exc:
            raise internal_error(image_type, exc) from exc

    async def _finish_image(
        self, image_type: ImageType, generated: GeneratedImage, product: ProductContext
    ) -> EncodedImage:
        """Post-processing runs off the event loop and outside the request slot, within the pixel budget."""
        width, height = generated.image.size
        try:
            async with self._finishing.held(width * height):
                return await asyncio.to_thread(
                    functools.partial(
                        self.finisher,
                        image_type,
                        generated,
                        product,
                        backend_renders_text=self.backend.renders_text,
                        text_overlay=self.text_overlay,
                    )
                )
        except GenerationError:
            raise
        except Exception as exc:
            raise internal_error(image_type, exc) from exc

    async def _attempt_failed(
        self, state: RunState, image: ImageRun, number: int, handle: AttemptHandle, error: GenerationError
    ) -> None:
        duration_ms = self._duration_ms(image)
        if error.kind is ErrorKind.RATE_LIMITED:
            image.rate_limited += 1
            if self.pacer is not None:
                self.pacer.rate_limited(error.retry_after)
        if error.kind is ErrorKind.RATE_LIMITED and error.retry_after and not self._asks_too_long_a_wait(error):
            ends_at = self.gate.pause(error.retry_after)
            self._emit(RateLimitPause(state.session_id, error.retry_after, ends_at))
        will_retry = self.policy.will_retry(error, self.policy.counted_attempt(number, image.rate_limited))
        await record(
            f"failed attempt of {image.image_type}",
            self.store.attempt_failed(handle, ended_at=self._timestamp(), duration_ms=duration_ms, error=error),
        )
        log.warning(
            "session %s %s attempt %d/%d failed after %d ms: %s (kind=%s, http=%s)%s",
            state.session_id,
            image.image_type,
            number,
            self.policy.max_attempts,
            duration_ms,
            error.message,
            error.kind.value,
            error.http_status,
            "; retrying" if will_retry else "",
        )
        if error.detail:
            log.debug("session %s %s attempt %d detail: %s", state.session_id, image.image_type, number, error.detail)
        self._emit(
            AttemptFailed(
                state.session_id,
                image.image_type,
                number,
                self.policy.max_attempts,
                error.kind,
                error.message,
                will_retry,
                error.http_status,
            )
        )


async def record(what: str, write: Awaitable[None]) -> None:
    """A history write about something that already happened: if the disk refuses it, the run goes on
    (the failure is logged and the image's own outcome stands) rather than crashing every image."""
    try:
        await write
    except asyncio.CancelledError:
        raise
    except Exception as exc:
        kind = exc.kind.value if isinstance(exc, GenerationError) else "internal"
        log.error("could not record the %s in the history (%s): %s", what, kind, exc)


def internal_error(image_type: ImageType, exc: Exception) -> GenerationError:
    log.exception("bug while generating %s", image_type)
    return GenerationError(ErrorKind.INTERNAL, INTERNAL_ERROR.format(name=type(exc).__name__), detail=repr(exc))


def _error_of(state: RetryCallState) -> GenerationError:
    assert state.outcome is not None
    error = state.outcome.exception()
    assert isinstance(error, GenerationError)
    return error


_LONGEST_SHOWN_WAIT_S = 86_400.0
"""Beyond a day, "try again after HH:MM" would name the wrong day, and an absurd hint (a date in year 9999,
`inf`) would overflow the date arithmetic and crash the image: such waits are told as "tomorrow or later"."""


def _try_again_after(seconds: float, now: datetime) -> str:
    """ "the service asks to wait 100 s: try again after 14:05" (local time), for any hint, never raising."""
    if not seconds < _LONGEST_SHOWN_WAIT_S:  # also NaN and inf
        return WAIT_A_DAY
    try:
        when = (now + timedelta(seconds=seconds)).astimezone().strftime("%H:%M")
    except (OverflowError, ValueError, OSError):  # a clock at the end of the calendar
        return WAIT.format(seconds=f"{seconds:.0f}")
    return WAIT_UNTIL.format(seconds=f"{seconds:.0f}", when=when)
