"""Models found at run time: `listing-genie models`, the default model, retired models and output sizes,
through the CLI against the fake Gemini server (the real google-genai client, real HTTP)."""

from __future__ import annotations

import json

import pytest
from PIL import Image

from listing_genie_desktop.cli import main
from tests.fakes.gemini_server import TODAYS_IMAGE_MODELS, Reply

KEY = "AIzaSyFAKE-key-for-tests-0000000000000"
RETIRED = "gemini-2.5-flash-image"


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "photo.png"
    Image.new("RGB", (800, 800), (20, 120, 200)).save(path)
    return path


@pytest.fixture
def todays_api(gemini_server, monkeypatch):
    """An API that serves and lists only today's image models (and a text model), as in December 2026."""
    monkeypatch.setenv("GEMINI_API_KEY", KEY)
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", gemini_server.base_url)
    gemini_server.models = set(TODAYS_IMAGE_MODELS)
    gemini_server.listed = [*TODAYS_IMAGE_MODELS, "gemini-3-flash"]
    return gemini_server


@pytest.fixture
def run(capsys):
    def run(*argv):
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def generate(run, photo, *extra):
    code, out, err = run(
        "generate", "--title", "Insulated Bottle", "--feature", "Cold 24 h", "--image", str(photo),
        "--backend", "gemini", "--json", *extra,
    )  # fmt: skip
    return code, json.loads(out) if out.strip() else None, err


def test_models_json_lists_the_image_models_only_with_one_recommended(run, todays_api, isolated_home):
    code, out, err = run("models", "--json")
    assert code == 0, err
    models = json.loads(out)
    assert sorted(m["name"] for m in models) == sorted(TODAYS_IMAGE_MODELS), "no text model is listed"
    assert [m["recommended"] for m in models].count(True) == 1
    for model in models:
        assert set(model) >= {"name", "sizes", "max_reference_images", "recommended"}
        assert all(size in ("1K", "2K", "4K") for size in model["sizes"])
    assert (isolated_home / "models.json").is_file(), "the list is kept for the next runs"


def test_models_pages_through_a_long_list(run, todays_api):
    todays_api.listed = [f"gemini-x{n}-image" for n in range(150)]
    code, out, _ = run("models", "--json")
    assert code == 0 and len(json.loads(out)) == 150
    assert len(todays_api.list_requests) == 2


def test_models_text_marks_the_recommended_model(run, todays_api):
    code, out, _ = run("models")
    recommended = [line for line in out.splitlines() if line.endswith("recommended")]
    assert code == 0 and len(recommended) == 1 and recommended[0].split()[0] in TODAYS_IMAGE_MODELS


def test_models_without_a_key_is_one_line_and_exit_2(run):
    code, out, err = run("models")
    assert (code, out) == (2, "")
    assert len(err.strip().splitlines()) == 1 and "API key" in err


def test_models_without_network_is_one_line_and_exit_4(run, monkeypatch, todays_api):
    todays_api.list_reply = Reply.reset()
    code, out, err = run("models", "--json")
    assert (code, out) == (4, "")
    assert err.count("\n") == 1 and "could not list" in err and "Network error" in err


def test_generate_without_model_uses_the_recommended_listed_model_and_the_size(run, photo, todays_api):
    code, session, err = generate(run, photo)
    assert code == 0, err
    recommended = json.loads(run("models", "--json")[1])
    best = next(m for m in recommended if m["recommended"])
    assert session["model"] == best["name"]
    assert {r.model for r in todays_api.generate_requests} == {best["name"]}
    assert {r.image_size for r in todays_api.generate_requests} == {"2K"}
    assert session["image_size"] == "2K"


def test_generate_asks_4k_of_a_model_that_takes_sizes(run, photo, todays_api):
    code, session, _ = generate(run, photo, "--model", "gemini-3-pro-image", "--size", "4K")
    assert code == 0
    assert {r.image_size for r in todays_api.generate_requests} == {"4K"}
    assert session["image_size"] == "4K"


def test_no_size_is_sent_to_a_model_with_one_size(run, photo, todays_api):
    code, session, _ = generate(run, photo, "--model", "gemini-3.1-flash-lite-image", "--size", "4K")
    assert code == 0
    assert {r.image_size for r in todays_api.generate_requests} == {None}
    assert session["image_size"] is None, "no size was asked"


def test_a_retired_model_is_refused_before_any_request(run, photo, todays_api, isolated_home):
    code, session, err = generate(run, photo, "--model", RETIRED)
    assert (code, session) == (2, None)
    assert todays_api.generate_requests == []
    assert len(err.strip().splitlines()) == 1
    assert RETIRED in err and "retired" in err and all(name in err for name in TODAYS_IMAGE_MODELS)
    assert json.loads(run("history", "--json")[1]) == [], "no session was created"


def test_without_a_list_a_retired_model_stops_the_session_after_one_request(run, photo, todays_api):
    todays_api.list_reply = Reply.server_error(503)
    code, session, err = generate(run, photo, "--model", RETIRED, "--concurrency", "5")
    assert code == 4
    assert "could not be listed (503 UNAVAILABLE" in err and f"{RETIRED} is checked before the first image" in err
    probes = [r for r in todays_api.requests if r.model == RETIRED]
    assert len(probes) == 1, "one request to the retired model, then the session stops"
    assert todays_api.generate_requests == []
    assert {i["error_kind"] for i in session["images"]} == {"not_found"}
    assert all("use gemini-nano-banana-2.1 instead" in i["error"] for i in session["images"])


def test_a_kept_list_is_used_without_asking_again(run, photo, todays_api):
    assert run("models")[0] == 0
    code, _, _ = generate(run, photo)
    assert code == 0 and len(todays_api.list_requests) == 1


def test_retrying_a_session_of_a_model_retired_since_uses_the_default_and_says_so(
    run, photo, todays_api, isolated_home
):
    todays_api.models = {*TODAYS_IMAGE_MODELS, RETIRED}
    todays_api.listed = [*TODAYS_IMAGE_MODELS, RETIRED]
    todays_api.script_for("MAIN", *[Reply.server_error(500)] * 4)
    code, session, _ = generate(run, photo, "--model", RETIRED)
    assert code == 3
    todays_api.models, todays_api.listed = set(TODAYS_IMAGE_MODELS), None  # Google retires it
    (isolated_home / "models.json").unlink()  # as if the kept list were a day old
    code, out, err = run("retry", session["session_id"], "--json")
    assert code == 0, err
    assert RETIRED in err and "--model" in err
    assert json.loads(out)["images"][0]["status"] == "complete"


def test_without_a_list_a_session_of_a_model_the_table_knows_retired_retries_with_its_replacement(
    run, photo, todays_api, isolated_home
):
    """The API cannot list the key's models now, but the shipped table knows the session's model was shut
    down: the retry says so, names --model, and uses the replacement instead of spending a request on a 404."""
    todays_api.models = {*TODAYS_IMAGE_MODELS, RETIRED}
    todays_api.listed = [*TODAYS_IMAGE_MODELS, RETIRED]
    todays_api.script_for("MAIN", *[Reply.server_error(500)] * 4)
    code, session, _ = generate(run, photo, "--model", RETIRED)
    assert code == 3
    todays_api.models = set(TODAYS_IMAGE_MODELS)
    todays_api.list_reply = Reply.server_error(503)  # the list cannot be had now
    (isolated_home / "models.json").unlink()
    asked_before = len(todays_api.requests)
    code, out, err = run("retry", session["session_id"], "--json")
    assert code == 0, err
    warning = next(line for line in err.splitlines() if RETIRED in line)
    assert "retired" in warning and "gemini-nano-banana-2.1" in warning and "--model" in warning
    assert json.loads(out)["images"][0]["attempt_log"][-1]["model"] == "gemini-nano-banana-2.1"
    assert all(r.model != RETIRED for r in todays_api.requests[asked_before:]), "no request spent on a 404"


def test_the_studio_backend_asks_no_size(run, photo):
    code, out, _ = run(
        "generate", "--title", "Insulated Bottle", "--feature", "Cold 24 h", "--image", str(photo),
        "--backend", "studio", "--size", "4K", "--json",
    )  # fmt: skip
    assert code == 0 and json.loads(out)["image_size"] is None
