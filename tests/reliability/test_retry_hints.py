"""Issue #13 items 3 to 6, through the real google-genai client against the fake Gemini server: the engine's
clock is fake, so every wait is asserted exactly and none is really waited."""

from __future__ import annotations

import time

import pytest

from listing_genie_desktop.backends.gemini import GeminiBackend
from listing_genie_desktop.cli_json import session_json
from listing_genie_desktop.core.pipeline import EngineConfig, GenerationEngine
from listing_genie_desktop.core.product import IMAGE_TYPES, ImageType
from listing_genie_desktop.core.prompts import PromptEngine
from listing_genie_desktop.core.retry import RetryPolicy
from tests.fakes.clocks import FakeClock
from tests.fakes.gemini_server import Reply
from tests.reliability.conftest import light_finisher

KEY = "AIzaSyRETRY-hints-key-0000000000000000000"
RETRY_INFO = "type.googleapis.com/google.rpc.RetryInfo"


async def run(store, product, reference, server, image_types=(ImageType.MAIN,), concurrency=1):
    clock = FakeClock()
    backend = GeminiBackend(KEY, attempt_timeout_s=5.0, base_url=server.base_url)
    config = EngineConfig(policy=RetryPolicy(max_retries=3), concurrency=concurrency, attempt_timeout_s=5.0)
    engine = GenerationEngine(backend, store, PromptEngine(), light_finisher, config=config, clock=clock)
    session_id = await store.create_session(product, reference, backend="gemini", model=backend.model, settings={})
    try:
        outcome = await engine.run(session_id, product, reference, image_types)
    finally:
        await backend.aclose()
    return outcome, session_json(await store.load_session(session_id))


@pytest.mark.parametrize(
    ("fault", "ladder"),
    [
        (Reply.finish("IMAGE_SAFETY"), ["base", "conservative", "conservative_strict", "conservative_minimal"]),
        (Reply.text_only(), ["base", "explicit_image", "explicit_image_strict", "explicit_image_minimal"]),
    ],
    ids=["safety", "no_image"],
)
async def test_every_retry_after_a_block_or_a_text_answer_sends_a_new_prompt(
    fault, ladder, gemini_server, store, product, reference
):
    """Item 3: graded, distinct steps; the targeted variation is not repeated on attempts 2, 3 and 4."""
    gemini_server.script(fault, fault, fault, fault)
    _outcome, session = await run(store, product, reference, gemini_server)
    image = session["images"][0]
    assert [a["variation"] for a in image["attempt_log"]] == ladder
    prompts = [r.prompt for r in gemini_server.generate_requests]
    assert len(prompts) == 4 and len(set(prompts)) == 4, "each attempt sent a prompt no earlier one sent"


async def test_a_503_with_retry_after_waits_as_the_server_says(gemini_server, store, product, reference):
    """Item 4: an outage of 10 s is waited out (10, 10 s), not retried at 1 and 2 s into it."""
    outage = Reply.error(503, "UNAVAILABLE", "The model is overloaded.", headers={"Retry-After": "10"})
    gemini_server.script(outage, outage)
    outcome, session = await run(store, product, reference, gemini_server)
    assert outcome.completed == {ImageType.MAIN}, outcome.failures
    assert [a["delay_before_s"] for a in session["images"][0]["attempt_log"]] == [0.0, 10.0, 10.0]


async def test_disagreeing_hints_wait_for_the_longest(gemini_server, store, product, reference):
    """Item 4: RetryInfo 3 s, Retry-After 6 s, "retry in 3.5s" in the message: 6 s, on a 503 and on a 429."""
    details = [{"@type": RETRY_INFO, "retryDelay": "3s"}]
    busy = Reply.error(503, "UNAVAILABLE", "Overloaded. Please retry in 3.5s.", details, headers={"Retry-After": "6"})
    limited = Reply.error(
        429, "RESOURCE_EXHAUSTED", "Slow down. Please retry in 3.5s.", details, headers={"Retry-After": "6"}
    )
    gemini_server.script(busy, limited)
    outcome, session = await run(store, product, reference, gemini_server)
    assert outcome.completed == {ImageType.MAIN}, outcome.failures
    assert [a["delay_before_s"] for a in session["images"][0]["attempt_log"]] == [0.0, 6.0, 6.0]


@pytest.fixture
def tokyo(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


ABSURD = {
    "huge-retry-after": Reply.rate_limited(None, retry_after_header="1000000000000"),
    "inf-retry-after": Reply.rate_limited(None, retry_after_header="inf"),
    "year-9999": Reply.rate_limited(None, retry_after_header="Fri, 31 Dec 9999 23:59:59 GMT"),
    "retryinfo-inf": Reply.error(
        429, "RESOURCE_EXHAUSTED", "Slow down.", [{"@type": RETRY_INFO, "retryDelay": {"seconds": "inf"}}]
    ),
}


@pytest.mark.parametrize("name", list(ABSURD))
async def test_an_absurd_hint_ends_the_image_as_rate_limited_with_its_attempt_closed(
    name, tokyo, gemini_server, store, product, reference
):
    """Item 5: no overflow, no `internal`, no attempt row left `processing` in a finished session."""
    gemini_server.default = ABSURD[name]
    _outcome, session = await run(store, product, reference, gemini_server)
    image = session["images"][0]
    assert image["status"] == "failed" and image["error_kind"] == "rate_limited", image["error"]
    assert "try again tomorrow or later" in image["error"]
    assert [(a["outcome"], a["ended_at"] is not None) for a in image["attempt_log"]] == [("failed", True)]
    assert session["status"] == "failed"


async def test_a_long_rate_limit_hint_stops_every_new_request_of_the_session(gemini_server, store, product, reference):
    """Item 6: after the first answer asking for 100 s, no further request starts; every image says when."""
    gemini_server.default = Reply.rate_limited("100s")
    outcome, session = await run(store, product, reference, gemini_server, IMAGE_TYPES, concurrency=1)
    assert len(gemini_server.generate_requests) == 1
    assert {i["status"] for i in session["images"]} == {"failed"}
    assert {i["error_kind"] for i in session["images"]} == {"rate_limited"}
    assert all("try again after" in i["error"] for i in session["images"])
    assert "try again after" in outcome.summary
    assert all(a["ended_at"] is not None for i in session["images"] for a in i["attempt_log"])
