"""`listing-genie generate --backend gemini` end to end: the real google-genai client against a
fake Gemini server on 127.0.0.1, on a clock 20 times faster than the wall (the policy stays 1 s/2 s/4 s).

Each test asserts the exit code, attempt counts, delays between attempts, statuses in the
database and files on disk.
"""

import itertools
import json
import sqlite3
from pathlib import Path

import pytest
from PIL import Image

from listing_genie_desktop.cli import main
from tests.fakes.gemini_server import Reply

KEY = "AIzaSyFAKE-key-for-tests-0000000000000"
TYPES = ["main", "infographic_1", "infographic_2", "lifestyle", "comparison"]


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "photo.png"
    Image.new("RGB", (800, 800), (20, 120, 200)).save(path)
    return path


@pytest.fixture
def cli(gemini_server, photo, monkeypatch, capsys, isolated_home, fast_clock):
    monkeypatch.setenv("GEMINI_API_KEY", KEY)
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", gemini_server.base_url)

    def run(*extra):
        argv = [
            "generate",
            "--title",
            "Insulated Bottle",
            "--feature",
            "Cold 24 h",
            "--feature",
            "Leak-proof",
            "--image",
            str(photo),
            "--backend",
            "gemini",
            "--json",
            *extra,
        ]
        code = main(argv)
        out, err = capsys.readouterr()
        session = json.loads(out) if out.strip() else None
        return code, session, err

    return run


def image(session, image_type):
    return next(i for i in session["images"] if i["type"] == image_type)


def gaps(requests):
    return [b.arrived_at - a.arrived_at for a, b in itertools.pairwise(requests)]


def assert_waits(requests, nominal, speedup=20.0):
    """Each wait lasts at least its nominal length. Upper bounds are not asserted here: a loaded
    2-core machine stretches them; exact delays are asserted with a fake clock in tests/core and
    through `delay_before_s` below, and accuracy is measured in benchmarks/."""
    measured = gaps(requests)
    assert len(measured) == len(nominal)
    for got, expected in zip(measured, nominal, strict=True):
        assert got >= expected / speedup - 0.01


def db_statuses(session):
    with sqlite3.connect(session["db_path"]) as db:
        return dict(db.execute("select image_type, status from image where session_id = ?", (session["session_id"],)))


def test_success_gives_five_files_and_exit_0(cli, gemini_server):
    code, session, err = cli()
    assert code == 0
    assert session["status"] == "complete" and session["backend"] == "gemini"
    assert len(gemini_server.generate_requests) == 5
    for entry in session["images"]:
        assert entry["attempts"] == 1
        with Image.open(entry["path"]) as delivered:
            assert delivered.size == (2000, 2000)
    assert db_statuses(session) == dict.fromkeys(TYPES, "complete")
    first = gemini_server.generate_requests[0]
    assert first.api_version == "v1beta" and first.images, "the reference photo goes with the prompt"
    assert "[main] attempt 1/4" in err


def test_503_twice_then_success_waits_1x_then_2x_the_base(cli, gemini_server):
    gemini_server.script_for("MAIN", Reply.server_error(503), Reply.server_error(503))
    code, session, err = cli()
    assert code == 0
    requests = gemini_server.requests_for("MAIN")
    assert len(requests) == 3
    assert_waits(requests, [1.0, 2.0])
    log = image(session, "main")["attempt_log"]
    assert [a["delay_before_s"] for a in log] == [0.0, 1.0, 2.0]
    assert [a["outcome"] for a in log] == ["failed", "failed", "complete"]
    assert log[0]["error_kind"] == "server" and log[0]["http_status"] == 503
    assert "[main] attempt 1/4 failed: 503 UNAVAILABLE" in err and "retrying in 1 s" in err


def test_always_500_gives_four_attempts_and_a_partial_session(cli, gemini_server):
    gemini_server.script_for("COMPARISON", *[Reply.server_error(500)] * 4)
    code, session, _ = cli()
    assert code == 3
    assert len(gemini_server.requests_for("COMPARISON")) == 4
    assert_waits(gemini_server.requests_for("COMPARISON"), [1.0, 2.0, 4.0])
    failed = image(session, "comparison")
    assert failed["status"] == "failed" and failed["error_kind"] == "server" and failed["path"] is None
    assert session["status"] == "partial"
    assert "Comparison failed" in session["summary"]
    assert db_statuses(session)["comparison"] == "failed"
    assert sum(1 for i in session["images"] if i["path"] and Path(i["path"]).is_file()) == 4


def test_429_retry_delay_is_honoured_and_pauses_other_images(cli, gemini_server):
    gemini_server.script_for("MAIN", Reply.rate_limited("12s"))  # 0.6 s on the test's clock
    code, session, _ = cli("--concurrency", "2")
    assert code == 0
    main_requests = gemini_server.requests_for("MAIN")
    assert gaps(main_requests)[0] >= 0.6
    first_429 = main_requests[0].arrived_at
    offsets = [r.arrived_at - first_429 for r in gemini_server.generate_requests if r.image_type != "MAIN"]
    assert not [o for o in offsets if 0.15 < o < 0.55], "no new request may start during the pause"
    assert len([o for o in offsets if o >= 0.55]) >= 3, "the other images ran after the pause"
    assert image(session, "main")["attempt_log"][1]["delay_before_s"] == pytest.approx(12.0)


@pytest.mark.parametrize(
    ("reply", "kind"),
    [
        (Reply.daily_quota(), "quota_exhausted"),
        (Reply.invalid_key(), "auth"),
        (Reply.forbidden(), "auth"),
        (Reply.model_not_found(), "not_found"),
    ],
    ids=["daily-quota", "invalid-key", "403", "404"],
)
def test_fatal_answers_stop_everything_at_once(cli, gemini_server, reply, kind):
    gemini_server.default = reply
    code, session, err = cli("--concurrency", "1")
    assert code == 4
    assert len(gemini_server.generate_requests) == 1, "no retry and no further request after a fatal error"
    assert session["status"] == "failed"
    assert {i["error_kind"] for i in session["images"]} == {kind}
    assert set(db_statuses(session).values()) == {"failed"}
    assert KEY not in err and KEY not in json.dumps(session)


@pytest.mark.parametrize(
    ("reply", "kind", "next_variation"),
    [
        (Reply.finish("IMAGE_SAFETY"), "safety", "conservative"),
        (Reply.blocked_prompt(), "safety", "conservative"),
        (Reply.text_only(), "no_image", "explicit_image"),
        (Reply.malformed_json(), "no_image", "explicit_image"),
        (Reply.image_bytes(b"\x89PNG\r\n\x1a\n not really"), "no_image", "explicit_image"),
        (Reply.reset(), "network", "clarity"),
        (Reply.bad_request(), "bad_request", None),
    ],
    ids=["image-safety", "prompt-blocked", "text-only", "malformed-json", "undecodable", "reset", "bad-request"],
)
def test_failed_answers_are_classified_and_retried_with_a_fitting_variation(
    cli, gemini_server, reply, kind, next_variation
):
    gemini_server.script_for("LIFESTYLE", reply)
    code, session, _ = cli()
    log = image(session, "lifestyle")["attempt_log"]
    assert log[0]["error_kind"] == kind
    if next_variation is None:
        assert code == 3 and len(log) == 1
        assert image(session, "lifestyle")["status"] == "failed"
    else:
        assert code == 0 and [a["variation"] for a in log] == ["base", next_variation]
        assert Path(image(session, "lifestyle")["path"]).is_file()


def test_a_hanging_request_ends_at_the_attempt_timeout_and_is_retried(cli, gemini_server):
    """The engine's timeout decides (its message, on the run's clock: 20 s there is 1 s here), not the backend's
    safety net behind it."""
    gemini_server.script_for("INFOGRAPHIC_2", Reply.hang(10))
    code, session, _ = cli("--attempt-timeout", "20")
    log = image(session, "infographic_2")["attempt_log"]
    assert code == 0
    assert log[0]["error_kind"] == "timeout" and 20_000 <= log[0]["duration_ms"] < 30_000
    assert log[0]["error"] == "No answer within the attempt timeout of 20 s."
    assert log[1]["outcome"] == "complete"


def test_show_and_history_report_the_stored_session(cli, gemini_server, capsys):
    gemini_server.script_for("COMPARISON", *[Reply.server_error(503)] * 4)
    _, session, _ = cli("--max-retries", "1")
    assert main(["show", session["session_id"][:8], "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["images"] == session["images"]
    assert main(["history", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["session_id"] == session["session_id"] and row["images_complete"] == 4 and row["status"] == "partial"


def test_retry_finishes_only_what_failed(cli, gemini_server, capsys):
    gemini_server.script_for("COMPARISON", *[Reply.server_error(503)] * 2)
    code, session, _ = cli("--max-retries", "1")
    assert code == 3
    before = len(gemini_server.generate_requests)
    assert main(["retry", session["session_id"], "--json"]) == 0
    retried = json.loads(capsys.readouterr().out)
    new_requests = gemini_server.generate_requests[before:]
    assert [r.image_type for r in new_requests] == ["COMPARISON"]
    comparison = image(retried, "comparison")
    assert comparison["status"] == "complete" and comparison["attempts"] == 3
    assert [a["n"] for a in comparison["attempt_log"]] == [1, 2, 3]
    assert [a["run"] for a in comparison["attempt_log"]] == [1, 1, 2]
    assert image(retried, "main")["path"] == image(session, "main")["path"]
    assert retried["status"] == "complete"


_DISABLED = (
    "Generative Language API has not been used in project 123 before or it is disabled. Enable it by visiting "
    "https://console.developers.google.com/apis/api/generativelanguage.googleapis.com/overview?project=123 then retry."
)
PERMANENT = {
    "location": (
        Reply.error(400, "FAILED_PRECONDITION", "User location is not supported for the API use."),
        "auth",
        "where this computer connects from",
    ),
    "key-without-errorinfo": (
        Reply.error(400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key."),
        "auth",
        "Set a valid key",
    ),
    "service-disabled": (
        Reply.error(
            403,
            "PERMISSION_DENIED",
            _DISABLED,
            [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "SERVICE_DISABLED"}],
        ),
        "auth",
        "https://console.developers.google.com/apis/api/generativelanguage.googleapis.com/overview?project=123",
    ),
    "redirect": (
        Reply(status=301, headers=(("Location", "https://example.com/"),)),
        "network",
        "GOOGLE_GEMINI_BASE_URL",
    ),
}


@pytest.mark.parametrize("name", list(PERMANENT))
def test_permanent_refusals_stop_at_once_with_their_own_advice(cli, gemini_server, name):
    reply, kind, advice = PERMANENT[name]
    gemini_server.default = reply
    code, session, _ = cli("--concurrency", "1")
    assert code == 4
    assert len(gemini_server.generate_requests) == 1, "fatal: no retry and no further request"
    assert image(session, "main")["error_kind"] == kind
    assert advice in image(session, "main")["error"]
    assert "check the product text" not in session["summary"] and "check your connection" not in session["summary"]


def test_499_cancelled_is_retried(cli, gemini_server):
    gemini_server.script_for("MAIN", Reply.error(499, "CANCELLED", "The operation was cancelled."))
    code, session, _ = cli()
    assert code == 0
    assert len(gemini_server.requests_for("MAIN")) == 2
    assert image(session, "main")["attempt_log"][0]["error_kind"] == "server"
