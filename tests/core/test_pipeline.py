"""The engine's behaviour with a scripted backend, a fake clock and the real history store."""

import asyncio
import itertools
import json
import math
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from listing_genie_desktop.cli_json import session_json
from listing_genie_desktop.core.cancel import CancelToken
from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.events import (
    AttemptFailed,
    AttemptStarted,
    BackoffScheduled,
    ImageCompleted,
    ImageFailed,
    RateLimitPause,
    SessionFinished,
)
from listing_genie_desktop.core.outcome import SessionStatus
from listing_genie_desktop.core.pipeline import EngineConfig, GenerationEngine
from listing_genie_desktop.core.product import IMAGE_TYPES
from listing_genie_desktop.core.prompts import PromptEngine
from listing_genie_desktop.core.retry import RetryPolicy
from listing_genie_desktop.imaging.finish import finish_and_encode
from tests.fakes.scripted_backend import HANG, ScriptedBackend, Slow, fail

MAIN, INFO1, INFO2, LIFE, COMP = IMAGE_TYPES


@pytest.fixture
def harness(store, product, reference, clock):
    class Harness:
        def __init__(self):
            self.backend = ScriptedBackend(clock)
            self.events = []
            self.engine = None
            self.finisher = finish_and_encode
            self.emit = self.events.append

        async def run(self, config=None, cancel=None, **kwargs):
            session_id = await store.create_session(product, reference, backend="scripted", model=None, settings={})
            self.engine = GenerationEngine(
                self.backend,
                store,
                PromptEngine(),
                self.finisher,
                config=config or EngineConfig(),
                clock=clock,
                emit=self.emit,
                cancel=cancel,
            )
            outcome = await self.engine.run(session_id, product, reference, **kwargs)
            self.session = session_json(await store.load_session(session_id))
            return outcome

        def image(self, image_type):
            return next(i for i in self.session["images"] if i["type"] == image_type.value)

        def of(self, event_type, image_type=None):
            return [
                e
                for e in self.events
                if isinstance(e, event_type) and (image_type is None or e.image_type is image_type)
            ]

    return Harness()


async def test_all_five_complete_on_first_attempt(harness):
    outcome = await harness.run()
    assert outcome.status is SessionStatus.COMPLETE
    assert harness.session["status"] == "complete"
    assert [i["type"] for i in harness.session["images"]] == [t.value for t in IMAGE_TYPES]
    for image in harness.session["images"]:
        assert image["status"] == "complete" and image["attempts"] == 1
        assert Path(image["path"]).is_file()
        assert image["attempt_log"][0]["variation"] == "base"
    assert outcome.summary == "5 of 5 images ready."
    assert isinstance(harness.events[-1], SessionFinished)


async def test_server_errors_are_retried_with_one_two_four_second_waits(harness, clock):
    harness.backend.script[COMP] = [fail(ErrorKind.SERVER, "503 UNAVAILABLE", status=503)] * 3
    outcome = await harness.run()
    assert outcome.status is SessionStatus.COMPLETE
    calls = harness.backend.calls_for(COMP)
    assert [c.attempt for c in calls] == [1, 2, 3, 4]
    assert [round(b.at - a.at, 6) for a, b in itertools.pairwise(calls)] == [1.0, 2.0, 4.0]
    assert [c.variation for c in calls] == ["base", "clarity", "simplified", "detailed"]
    assert len({c.prompt for c in calls}) == 4
    log = harness.image(COMP)["attempt_log"]
    assert [a["delay_before_s"] for a in log] == [0.0, 1.0, 2.0, 4.0]
    assert [a["outcome"] for a in log] == ["failed", "failed", "failed", "complete"]
    assert log[0]["error_kind"] == "server" and log[0]["http_status"] == 503
    backoffs = harness.of(BackoffScheduled, COMP)
    assert [(b.next_attempt, b.delay_s) for b in backoffs] == [(2, 1.0), (3, 2.0), (4, 4.0)]
    assert [e.will_retry for e in harness.of(AttemptFailed, COMP)] == [True, True, True]


async def test_an_image_that_always_fails_gives_a_partial_session(harness):
    harness.backend.script[COMP] = [fail(ErrorKind.SERVER, "500 INTERNAL", status=500)] * 10
    outcome = await harness.run()
    assert outcome.status is SessionStatus.PARTIAL
    assert len(harness.backend.calls_for(COMP)) == 4
    image = harness.image(COMP)
    assert image["status"] == "failed" and image["error_kind"] == "server" and image["attempts"] == 4
    assert harness.of(AttemptFailed, COMP)[-1].will_retry is False
    assert outcome.summary.startswith("4 of 5 images ready; Comparison failed: 500 INTERNAL (server).")
    assert harness.session["status"] == "partial"


async def test_safety_and_missing_image_retries_use_targeted_variations(harness):
    harness.backend.script[LIFE] = [fail(ErrorKind.SAFETY), fail(ErrorKind.NO_IMAGE)]
    await harness.run()
    assert [c.variation for c in harness.backend.calls_for(LIFE)] == ["base", "conservative", "explicit_image"]


async def test_bad_request_is_not_retried(harness):
    harness.backend.script[MAIN] = [fail(ErrorKind.BAD_REQUEST, "400 INVALID_ARGUMENT", status=400)]
    outcome = await harness.run()
    assert len(harness.backend.calls_for(MAIN)) == 1
    assert outcome.status is SessionStatus.PARTIAL


@pytest.mark.parametrize("kind", [ErrorKind.AUTH, ErrorKind.NOT_FOUND, ErrorKind.QUOTA_EXHAUSTED])
async def test_fatal_error_stops_the_whole_session_at_once(harness, kind):
    harness.backend.script[MAIN] = [fail(kind, "rejected", status=400)]
    harness.backend.script[INFO1] = [HANG]
    outcome = await harness.run(EngineConfig(concurrency=2))
    assert outcome.status is SessionStatus.FAILED
    assert len(harness.backend.calls) == 2, "no request may start after a fatal error"
    assert {i["status"] for i in harness.session["images"]} == {"failed"}
    assert {i["error_kind"] for i in harness.session["images"]} == {kind.value}
    assert kind.advice in outcome.summary
    assert harness.image(INFO1)["attempt_log"][0]["outcome"] == "cancelled"


async def test_a_permanent_failure_stops_the_session_like_a_fatal_kind(harness):
    """A certificate the client refuses would refuse every request: one attempt, and the session stops."""
    refused = GenerationError(ErrorKind.NETWORK, "the server's certificate is not trusted", permanent=True)
    harness.backend.script[MAIN] = [refused]
    harness.backend.script[INFO1] = [HANG]
    outcome = await harness.run(EngineConfig(concurrency=2))
    assert outcome.status is SessionStatus.FAILED
    assert len(harness.backend.calls) == 2, "no retry and no new request after a permanent failure"
    assert {i["error_kind"] for i in harness.session["images"]} == {"network"}
    assert harness.image(INFO1)["error"].startswith("Stopped: the server's certificate is not trusted")
    assert "certificate is not trusted" in outcome.summary


async def test_rate_limit_hint_is_honoured_and_pauses_other_images(harness, clock):
    harness.backend.script[MAIN] = [fail(ErrorKind.RATE_LIMITED, "429 RESOURCE_EXHAUSTED", status=429, retry_after=7)]
    outcome = await harness.run(EngineConfig(concurrency=1))
    assert outcome.status is SessionStatus.COMPLETE
    main_calls = harness.backend.calls_for(MAIN)
    assert main_calls[1].at - main_calls[0].at == 7.0
    assert harness.image(MAIN)["attempt_log"][1]["delay_before_s"] == 7.0
    later = [c for c in harness.backend.calls if c.image_type is not MAIN]
    assert all(c.at >= main_calls[0].at + 7.0 for c in later), "other images must wait out the pause"
    assert [e.delay_s for e in harness.of(RateLimitPause)] == [7]


async def test_a_hint_beyond_the_maximum_wait_ends_the_image_saying_when(harness, clock):
    told = fail(ErrorKind.RATE_LIMITED, "429", status=429, retry_after=3600)
    harness.backend.script[MAIN] = [told]
    await harness.run(EngineConfig(policy=RetryPolicy(max_hint_wait=60)))
    assert len(harness.backend.calls_for(MAIN)) == 1
    then = (clock.wall_start + timedelta(seconds=3600)).astimezone().strftime("%H:%M")
    assert harness.image(MAIN)["error"] == f"429; the service asks to wait 3600 s: try again after {then}"
    assert told.message == "429", "the backend's error is told in other words, not rewritten"


async def test_concurrency_runs_exactly_that_many_requests_at_once(harness):
    """Two at once, never three: a request is held until a second one is in flight with it, so a run that
    went one at a time would fail (the first request would wait alone), as would one with no limit."""
    in_flight = peak = 0
    two_at_once = asyncio.Event()
    answer = harness.backend.generate

    async def held(request):
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        if in_flight == 2:
            two_at_once.set()
        try:
            await asyncio.wait_for(two_at_once.wait(), timeout=5)
            return await answer(request)
        finally:
            in_flight -= 1

    harness.backend.generate = held
    outcome = await harness.run(EngineConfig(concurrency=2))
    assert outcome.status is SessionStatus.COMPLETE
    assert peak == 2


async def test_cancel_stops_requests_and_waits_and_keeps_completed_images(harness, store, product, reference, clock):
    for image_type in (INFO1, INFO2, LIFE):
        harness.backend.script[image_type] = [HANG]
    harness.backend.script[COMP] = [fail(ErrorKind.SERVER), HANG]

    def cancel_once_main_is_done(event):
        harness.events.append(event)
        if isinstance(event, ImageCompleted):
            asyncio.get_running_loop().call_soon(harness.engine.cancel)

    session_id = await store.create_session(product, reference, backend="scripted", model=None, settings={})
    harness.engine = GenerationEngine(
        harness.backend,
        store,
        PromptEngine(),
        finish_and_encode,
        config=EngineConfig(concurrency=5),
        clock=clock,
        emit=cancel_once_main_is_done,
    )
    outcome = await asyncio.wait_for(harness.engine.run(session_id, product, reference), timeout=30)
    session = session_json(await store.load_session(session_id))
    statuses = {i["type"]: i["status"] for i in session["images"]}
    assert outcome.status is SessionStatus.CANCELLED
    assert session["status"] == "cancelled"
    assert statuses == {
        "main": "complete",
        "infographic_1": "cancelled",
        "infographic_2": "cancelled",
        "lifestyle": "cancelled",
        "comparison": "cancelled",
    }
    assert outcome.summary.startswith("Cancelled: 1 of 5 images ready")


async def test_a_run_cancelled_before_it_starts_sends_nothing_and_ends_every_image_cancelled(harness):
    """The Cancel button pressed while the session is still being created: one token carries it to the engine,
    which sends no request, records every image as cancelled and returns (no stray CancelledError)."""
    token = CancelToken()
    token.cancel()
    outcome = await harness.run(cancel=token)
    assert outcome.status is SessionStatus.CANCELLED and harness.session["status"] == "cancelled"
    assert harness.backend.calls == []
    assert {i["status"] for i in harness.session["images"]} == {"cancelled"}
    assert outcome.summary.startswith("Cancelled: 0 of 5 images ready")


def finisher_that_waits(until: threading.Event):
    """Post-processing that holds on (in its worker thread) until `until` is set."""

    def finish(*args, **kwargs):
        assert until.wait(timeout=10), "the test never let post-processing go on"
        return finish_and_encode(*args, **kwargs)

    return finish


async def test_an_answer_being_saved_when_a_fatal_error_stops_the_session_is_kept(harness):
    """The answer has arrived (and is paid for): the stop must not throw it away."""
    harness.backend.script[INFO1] = [fail(ErrorKind.AUTH, "API key not valid")]
    stop_handled = threading.Event()
    harness.finisher = finisher_that_waits(stop_handled)

    def emit(event):
        harness.events.append(event)
        if isinstance(event, ImageFailed) and event.image_type is INFO1:
            asyncio.get_running_loop().call_soon(stop_handled.set)  # after the stop has cancelled the others

    harness.emit = emit
    outcome = await harness.run(EngineConfig(concurrency=2))
    assert outcome.completed == {MAIN}
    assert harness.image(MAIN)["status"] == "complete" and Path(harness.image(MAIN)["path"]).is_file()
    assert harness.image(INFO1)["error_kind"] == "auth"
    assert all(harness.image(t)["error"].startswith("Stopped:") for t in (INFO2, LIFE, COMP))
    assert len(harness.backend.calls) == 2, "no request may start after a fatal error"


def cancel_while_main_is_saving(harness) -> threading.Event:
    """The other images hang; the user cancels as soon as MAIN's answer is in (its slot goes to INFO1).
    The event is set right after the cancel: MAIN's post-processing can wait for it."""
    for image_type in (INFO1, INFO2, LIFE, COMP):
        harness.backend.script[image_type] = [HANG]
    cancelled = threading.Event()

    def emit(event):
        harness.events.append(event)
        if isinstance(event, AttemptStarted) and event.image_type is INFO1:
            loop = asyncio.get_running_loop()
            loop.call_soon(harness.engine.cancel)
            loop.call_soon(cancelled.set)

    harness.emit = emit
    return cancelled


async def test_an_answer_being_saved_when_the_user_cancels_is_kept(harness):
    harness.finisher = finisher_that_waits(cancel_while_main_is_saving(harness))
    outcome = await asyncio.wait_for(harness.run(EngineConfig(concurrency=2)), timeout=30)
    assert outcome.status is SessionStatus.CANCELLED
    assert outcome.completed == {MAIN}
    assert harness.image(MAIN)["status"] == "complete" and Path(harness.image(MAIN)["path"]).is_file()
    assert outcome.summary.startswith("Cancelled: 1 of 5 images ready")


async def test_an_answer_that_cannot_be_saved_after_a_cancel_is_not_retried(harness):
    """Spared by the cancel, but its saving failed: it ends there, with no backoff and no new request."""
    cancelled = cancel_while_main_is_saving(harness)

    def unsavable(*args, **kwargs):
        assert cancelled.wait(timeout=10)
        raise GenerationError(ErrorKind.STORAGE, "The disk is full.")

    harness.finisher = unsavable
    outcome = await asyncio.wait_for(harness.run(EngineConfig(concurrency=2)), timeout=30)
    assert outcome.status is SessionStatus.CANCELLED and not outcome.completed
    assert len(harness.backend.calls_for(MAIN)) == 1
    assert not harness.of(BackoffScheduled)
    assert harness.image(MAIN)["status"] == "cancelled"
    assert [a["error_kind"] for a in harness.image(MAIN)["attempt_log"]] == ["storage"]


async def test_a_new_version_that_fails_keeps_the_earlier_one(store, product, reference, clock):
    """Regenerate MAIN, and every attempt fails: the seller still has the MAIN they had, in the card, the
    history and the export, and the summary says the new one could not be made."""
    backend = ScriptedBackend(clock)
    session_id = await store.create_session(product, reference, backend="scripted", model=None, settings={})

    def engine():
        return GenerationEngine(backend, store, PromptEngine(), finish_and_encode, config=EngineConfig(), clock=clock)

    await engine().run(session_id, product, reference)
    earlier = next(i for i in (session_json(await store.load_session(session_id)))["images"] if i["type"] == "main")
    backend.script[MAIN] = [fail(ErrorKind.SERVER, "503 UNAVAILABLE")] * 4

    outcome = await engine().run(
        session_id, product, reference, (MAIN,), already_complete=set(IMAGE_TYPES) - {MAIN}, earlier_versions={MAIN}
    )

    session = session_json(await store.load_session(session_id))
    main = next(i for i in session["images"] if i["type"] == "main")
    assert main["status"] == "complete" and main["path"] == earlier["path"] and Path(main["path"]).is_file()
    assert [a["outcome"] for a in main["attempt_log"]][-4:] == ["failed"] * 4
    assert outcome.status is SessionStatus.COMPLETE and session["status"] == "complete"
    assert outcome.summary == (
        "5 of 5 images ready. A new Main image could not be made: 503 UNAVAILABLE; the earlier one is kept."
    )


async def test_an_image_made_again_when_the_app_died_keeps_its_earlier_version(store, product, reference, clock):
    backend = ScriptedBackend(clock)
    session_id = await store.create_session(product, reference, backend="scripted", model=None, settings={})
    engine = GenerationEngine(backend, store, PromptEngine(), finish_and_encode, config=EngineConfig(), clock=clock)
    await engine.run(session_id, product, reference)
    await store.begin_run(session_id, (MAIN, INFO1))  # a regenerate of MAIN, then the process dies

    assert await store.recover_interrupted() == [session_id]

    statuses = {i["type"]: i["status"] for i in (session_json(await store.load_session(session_id)))["images"]}
    assert statuses == {t.value: "complete" for t in IMAGE_TYPES}


async def test_already_complete_images_are_never_regenerated(harness):
    outcome = await harness.run(already_complete=[MAIN, INFO1])
    assert {c.image_type for c in harness.backend.calls} == {INFO2, LIFE, COMP}
    assert outcome.status is SessionStatus.COMPLETE


async def test_attempt_events_carry_number_and_maximum(harness):
    harness.backend.script[MAIN] = [fail(ErrorKind.TIMEOUT)]
    await harness.run()
    started = harness.of(AttemptStarted, MAIN)
    assert [(e.attempt, e.max_attempts) for e in started] == [(1, 4), (2, 4)]


def when(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp)


async def test_a_hanging_backend_times_out_at_exactly_the_attempt_timeout_on_the_runs_clock(harness, clock):
    """The engine's timeout decides, on the injected clock: the attempt lasts exactly 180 s, its row says so in
    its duration and timestamps, and the retry starts exactly 1 s later."""
    harness.backend.script[MAIN] = [Slow(math.inf)]
    outcome = await harness.run(EngineConfig(concurrency=1))
    first, second = harness.image(MAIN)["attempt_log"]
    assert first["error_kind"] == "timeout" and first["error"] == "No answer within the attempt timeout of 180 s."
    assert first["duration_ms"] == 180_000
    assert when(first["started_at"]) == clock.wall_start
    assert when(first["ended_at"]) == clock.wall_start + timedelta(seconds=180)
    assert when(second["started_at"]) == clock.wall_start + timedelta(seconds=181)
    assert second["outcome"] == "complete" and outcome.status is SessionStatus.COMPLETE


async def test_durations_and_timestamps_come_from_the_runs_clock(harness, clock):
    """A 2.5 s answer after a 0.75 s failure: each row's duration and its start and end are exact."""
    harness.backend.script[MAIN] = [Slow(0.75, fail(ErrorKind.SERVER)), Slow(2.5)]
    await harness.run(EngineConfig(concurrency=1))
    first, second = harness.image(MAIN)["attempt_log"]
    assert (first["duration_ms"], second["duration_ms"]) == (750, 2500)
    start = clock.wall_start
    assert [when(first["started_at"]), when(first["ended_at"])] == [start, start + timedelta(seconds=0.75)]
    assert when(second["started_at"]) == start + timedelta(seconds=1.75)
    assert when(second["ended_at"]) == start + timedelta(seconds=4.25)


async def test_compliance_is_stored_for_main(harness):
    await harness.run()
    compliance = harness.image(MAIN)["compliance"]
    assert set(compliance) == {"compliant", "issues"}
    assert json.dumps(compliance)


async def test_requests_do_not_wait_for_the_attempt_row_but_outcomes_are_recorded_after_it(harness, store, monkeypatch):
    """A busy database (its writes queue behind other images') must not delay requests or retries; the
    attempt's outcome is still recorded against its row, which must exist first."""
    harness.backend.script[MAIN] = [fail(ErrorKind.SERVER)]
    requested = {image_type: asyncio.Event() for image_type in IMAGE_TYPES}
    harness.backend.on_call = lambda call: requested[call.image_type].set()
    write_row = store.attempt_started

    async def attempt_started_once_requested(session_id, image_type, **row):
        await asyncio.wait_for(requested[image_type].wait(), timeout=5)
        requested[image_type].clear()
        return await write_row(session_id, image_type, **row)

    monkeypatch.setattr(store, "attempt_started", attempt_started_once_requested)
    outcome = await harness.run(config=EngineConfig(concurrency=5))

    assert outcome.status is SessionStatus.COMPLETE
    assert [a["outcome"] for a in harness.image(MAIN)["attempt_log"]] == ["failed", "complete"]
    assert harness.image(MAIN)["attempt_log"][0]["error_kind"] == "server"
    assert {len(harness.image(t)["attempt_log"]) for t in (INFO1, INFO2, LIFE, COMP)} == {1}
