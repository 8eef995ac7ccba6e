"""The kept list of the key's models: used while fresh, fetched again when old, kept when the API cannot be
reached, fetched again when the file is damaged; written atomically."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from listing_genie_desktop.backends.registry import backend_entry
from listing_genie_desktop.model_directory import REFRESH_AFTER_S, ModelDirectory
from listing_genie_desktop.paths import AppPaths
from tests.fakes.gemini_server import TODAYS_IMAGE_MODELS, Reply

KEY = "AIzaSyFAKE-key-for-tests-0000000000000"


@pytest.fixture
def gemini(gemini_server, monkeypatch):
    monkeypatch.setenv("GEMINI_API_KEY", KEY)
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", gemini_server.base_url)
    return backend_entry("gemini")


def directory(days_later: float = 0.0) -> ModelDirectory:
    later = datetime.now(UTC) + timedelta(days=days_later)
    return ModelDirectory(AppPaths.from_environment(), now=lambda: later)


async def test_a_fresh_list_is_used_without_asking_again(gemini, gemini_server):
    first = await directory().known(gemini)
    again = await directory(days_later=0.5).known(gemini)
    assert first.models is not None and again.models == first.models
    assert len(gemini_server.list_requests) == 1
    assert {m.name for m in first.models.models} == set(TODAYS_IMAGE_MODELS)


async def test_an_old_list_is_fetched_again(gemini, gemini_server):
    await directory().known(gemini)
    gemini_server.listed = ["gemini-3-pro-image"]
    known = await directory(days_later=REFRESH_AFTER_S / 86400 + 0.1).known(gemini)
    assert [m.name for m in known.models.models] == ["gemini-3-pro-image"]
    assert len(gemini_server.list_requests) == 2


async def test_an_old_list_is_kept_when_the_api_cannot_be_reached(gemini, gemini_server):
    kept = (await directory().known(gemini)).models
    gemini_server.list_reply = Reply.server_error(503)
    known = await directory(days_later=3).known(gemini)
    assert known.models == kept
    assert known.problem is not None and known.problem.kind.value == "server"


async def test_never_listed_and_unreachable_is_no_list(gemini, gemini_server):
    gemini_server.list_reply = Reply.reset()
    known = await directory().known(gemini)
    assert known.models is None and known.problem is not None and known.problem.kind.value == "network"


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"gemini": {"models": "x"}}', ""])
async def test_a_damaged_file_is_fetched_again_and_replaced(gemini, gemini_server, isolated_home, content):
    isolated_home.mkdir(parents=True, exist_ok=True)
    (isolated_home / "models.json").write_text(content)
    known = await directory().known(gemini)
    assert known.models is not None and len(gemini_server.list_requests) == 1
    kept = json.loads((isolated_home / "models.json").read_text())
    assert {m["name"] for m in kept["gemini"]["models"]} == set(TODAYS_IMAGE_MODELS)
    assert not list(isolated_home.glob(".models.json.*")), "no temporary file is left behind"


async def test_the_key_never_reaches_the_kept_file(gemini, isolated_home):
    await directory().known(gemini)
    assert KEY not in (isolated_home / "models.json").read_text()
