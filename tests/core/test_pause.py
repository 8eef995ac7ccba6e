"""A catalogue's pause as one product's engine sees it (issue #16 item 6): the requests on their way finish, no new
one starts, the images not requested stay pending (not failed, not cancelled), and the next run makes exactly
those. Scripted backend, fake clock, the real history store."""

from __future__ import annotations

import asyncio

import pytest

from listing_genie_desktop.cli_json import session_json
from listing_genie_desktop.core.errors import ErrorKind
from listing_genie_desktop.core.events import BackoffScheduled, ImageFailed, ImageHeld
from listing_genie_desktop.core.outcome import SessionStatus
from listing_genie_desktop.core.pacer import RequestPacer
from listing_genie_desktop.core.pipeline import EngineConfig, GenerationEngine, SharedLimits
from listing_genie_desktop.core.product import IMAGE_TYPES
from listing_genie_desktop.core.prompts import PromptEngine
from listing_genie_desktop.imaging.finish import finish_and_encode
from tests.fakes.scripted_backend import ScriptedBackend, fail

MAIN, INFO1, INFO2, LIFE, COMP = IMAGE_TYPES


@pytest.fixture
def harness(store, product, reference, clock):
    class Harness:
        def __init__(self) -> None:
            self.backend = ScriptedBackend(clock)
            self.events: list[object] = []
            self.session_id: str | None = None
            self.shared: SharedLimits | None = None
            """The run's limits, made by `run()` (None again: the next run, a Resume, is not paused)."""
            self.on_event = lambda event: None

        def emit(self, event: object) -> None:
            self.events.append(event)
            self.on_event(event)

        @staticmethod
        def limits(concurrency: int = 2) -> SharedLimits:
            return SharedLimits(asyncio.Semaphore(concurrency), RequestPacer(clock))

        def pause(self) -> None:
            assert self.shared is not None
            self.shared.hold.cancel()

        async def run(self, concurrency: int = 2, **kwargs):
            self.shared = self.shared or self.limits(concurrency)
            if self.session_id is None:
                self.session_id = await store.create_session(
                    product, reference, backend="scripted", model=None, settings={}
                )
            engine = GenerationEngine(
                self.backend,
                store,
                PromptEngine(),
                finish_and_encode,
                config=EngineConfig(concurrency=concurrency),
                clock=clock,
                emit=self.emit,
                shared=self.shared,
            )
            outcome = await engine.run(self.session_id, product, reference, **kwargs)
            self.session = session_json(await store.load_session(self.session_id))
            return outcome

        def images(self) -> dict[str, dict]:
            return {i["type"]: i for i in self.session["images"]}

    return Harness()


async def test_a_pause_lets_the_requests_on_their_way_finish_and_starts_no_other(harness) -> None:
    harness.backend.on_call = lambda call: harness.pause() if len(harness.backend.calls) == 2 else None

    outcome = await harness.run(concurrency=2)

    assert [c.image_type for c in harness.backend.calls] == [MAIN, INFO1]  # the two on their way, and no more
    images = harness.images()
    assert images["main"]["status"] == images["infographic_1"]["status"] == "complete"
    for name in ("infographic_2", "lifestyle", "comparison"):
        assert images[name]["status"] == "pending", name  # neither failed nor cancelled
        assert images[name]["attempts"] == 0 and images[name]["error"] is None and images[name]["error_kind"] is None
    assert outcome.status is SessionStatus.INTERRUPTED and harness.session["status"] == "interrupted"
    assert outcome.summary == (
        "Paused with its catalogue: 2 of 5 images ready. Resume the catalogue (or Retry failed) to make "
        "Infographic 2, Lifestyle, Comparison."
    )
    assert {e.image_type for e in harness.events if isinstance(e, ImageHeld)} == {INFO2, LIFE, COMP}
    assert not [e for e in harness.events if isinstance(e, ImageFailed)]

    harness.shared = None  # the next run (Resume) has its own limits, not paused
    resumed = await harness.run(already_complete={MAIN, INFO1})
    assert resumed.status is SessionStatus.COMPLETE
    assert [c.image_type for c in harness.backend.calls[2:]] == [INFO2, LIFE, COMP]  # exactly the held ones


async def test_a_request_that_fails_after_the_pause_is_not_retried_until_the_run_goes_on(harness) -> None:
    harness.backend.script[MAIN] = [fail(ErrorKind.SERVER, "503 UNAVAILABLE", status=503)]
    harness.backend.on_call = lambda call: harness.pause() if len(harness.backend.calls) == 1 else None

    outcome = await harness.run(concurrency=1)

    assert len(harness.backend.calls) == 1
    main = harness.images()["main"]
    assert main["status"] == "pending" and main["error"] is None
    assert [(a["outcome"], a["error_kind"]) for a in main["attempt_log"]] == [("failed", "server")]
    assert outcome.status is SessionStatus.INTERRUPTED
    assert not [e for e in harness.events if isinstance(e, BackoffScheduled)], "no retry was scheduled"

    harness.shared = None
    resumed = await harness.run(concurrency=1)
    assert resumed.status is SessionStatus.COMPLETE
    assert harness.images()["main"]["attempts"] == 2  # its next attempt, with a fresh retry budget


async def test_a_pause_during_a_backoff_ends_the_wait_and_the_image_stays_pending(harness) -> None:
    harness.backend.script[MAIN] = [fail(ErrorKind.SERVER, "503 UNAVAILABLE", status=503)]
    harness.on_event = lambda event: harness.pause() if isinstance(event, BackoffScheduled) else None

    outcome = await harness.run(concurrency=1)

    assert [(c.image_type, c.attempt) for c in harness.backend.calls] == [(MAIN, 1)], "no retry, nothing else"
    assert {i["status"] for i in harness.session["images"]} == {"pending"}
    assert outcome.status is SessionStatus.INTERRUPTED


async def test_a_failure_that_would_not_be_retried_stays_a_failure_after_the_pause(harness) -> None:
    harness.backend.script[MAIN] = [fail(ErrorKind.BAD_REQUEST, "400 INVALID_ARGUMENT", status=400)]
    harness.backend.on_call = lambda call: harness.pause()

    outcome = await harness.run(concurrency=1)

    images = harness.images()
    assert images["main"]["status"] == "failed" and images["main"]["error_kind"] == "bad_request"
    assert {images[t.value]["status"] for t in (INFO1, INFO2, LIFE, COMP)} == {"pending"}
    assert outcome.status is SessionStatus.INTERRUPTED
    assert "Main failed: 400 INVALID_ARGUMENT (bad_request)." in outcome.summary
