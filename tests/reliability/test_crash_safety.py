"""A `generate` process killed with SIGKILL mid-run loses nothing that completed, and `retry`
finishes only what is missing."""

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from PIL import Image

from tests.fakes.gemini_server import Reply

KEY = "AIzaSyCRASH-test-key-000000000000000000"
pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL semantics")


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "photo.png"
    Image.new("RGB", (700, 700), (200, 60, 20)).save(path)
    return path


def cli_env(home, server):
    env = dict(
        os.environ,
        LISTING_GENIE_HOME=str(home),
        GEMINI_API_KEY=KEY,
        GOOGLE_GEMINI_BASE_URL=server.base_url,
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def complete_count(db_path):
    if not db_path.exists():
        return 0
    with sqlite3.connect(db_path, timeout=5) as db:
        try:
            return db.execute("select count(*) from image where status = 'complete'").fetchone()[0]
        except sqlite3.OperationalError:
            return 0


def attempt_outcomes(db_path, image_type):
    """The outcomes of an image's attempts, in order, as the history has committed them."""
    with sqlite3.connect(db_path, timeout=5) as db:
        rows = db.execute(
            "select a.outcome from attempt a join image i on a.image_id = i.id where i.image_type = ? order by a.n",
            (image_type,),
        )
        return [outcome for (outcome,) in rows]


def wait_until(predicate, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError("condition not reached in time")


def run_cli(env, *args):
    return subprocess.run(
        [sys.executable, "-m", "listing_genie_desktop", *args], env=env, capture_output=True, text=True, timeout=120
    )


def start_generate(env, photo, *extra):
    """A `generate --backend gemini` run in its own process, to be killed or signalled."""
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "listing_genie_desktop",
            "generate",
            "--backend",
            "gemini",
            "--title",
            "Bottle",
            "--feature",
            "Cold",
            "--image",
            str(photo),
            *extra,
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_sigkill_during_requests_and_backoff_loses_nothing(gemini_server, photo, isolated_home):
    gemini_server.script_for("LIFESTYLE", Reply.hang(60))
    # an outage that asks for 30 s (Retry-After): the kill lands in COMPARISON's backoff
    outage = Reply.error(503, "UNAVAILABLE", "The model is overloaded.", headers={"Retry-After": "30"})
    gemini_server.script_for("COMPARISON", outage)
    env = cli_env(isolated_home, gemini_server)
    process = start_generate(env, photo, "--concurrency", "5")
    db_path = isolated_home / "history.sqlite3"
    try:
        wait_until(lambda: complete_count(db_path) == 3 and len(gemini_server.generate_requests) >= 5)
        # The moment to kill: COMPARISON's failure is committed (it is in its 30 s backoff) and LIFESTYLE's
        # attempt row is (its request hangs).
        wait_until(
            lambda: (
                attempt_outcomes(db_path, "comparison") == ["failed"]
                and attempt_outcomes(db_path, "lifestyle") == ["processing"]
            )
        )
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)

    with sqlite3.connect(db_path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = dict(db.execute("select image_type, path from image where status = 'complete'"))
    assert set(rows) == {"main", "infographic_1", "infographic_2"}
    for path in rows.values():
        with Image.open(path) as image:
            image.load()

    history = json.loads(run_cli(env, "history", "--json").stdout)
    assert history[0]["status"] == "interrupted" and history[0]["images_complete"] == 3
    session_id = history[0]["session_id"]

    before = len(gemini_server.generate_requests)
    retried = run_cli(env, "retry", session_id, "--json")
    assert retried.returncode == 0, retried.stderr
    new_types = sorted(r.image_type for r in gemini_server.generate_requests[before:])
    assert new_types == ["COMPARISON", "LIFESTYLE"], "completed images are never requested again"
    session = json.loads(retried.stdout)
    assert session["status"] == "complete"
    assert {i["type"]: i["path"] for i in session["images"] if i["type"] in rows} == rows
    attempts = {i["type"]: [a["outcome"] for a in i["attempt_log"]] for i in session["images"]}
    assert attempts["lifestyle"] == ["interrupted", "complete"]
    assert attempts["comparison"] == ["failed", "complete"], "killed in its backoff, it goes on from there"
    assert KEY not in retried.stdout + retried.stderr


def test_sigterm_cancels_cleanly_with_exit_5(gemini_server, photo, isolated_home):
    gemini_server.default = Reply.hang(60)
    gemini_server.script_for("MAIN", Reply.image())
    env = cli_env(isolated_home, gemini_server)
    process = start_generate(env, photo, "--concurrency", "5", "--json")
    db_path = isolated_home / "history.sqlite3"
    try:
        wait_until(lambda: complete_count(db_path) == 1 and len(gemini_server.generate_requests) >= 5)
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 5, err
    assert "Traceback" not in err
    session = json.loads(out)
    assert session["status"] == "cancelled"
    statuses = {i["type"]: i["status"] for i in session["images"]}
    assert statuses.pop("main") == "complete"
    assert set(statuses.values()) == {"cancelled"}


STALL_FIRST_IMAGE_FSYNC = """
import os, pathlib, runpy, sys, time
flag = pathlib.Path(sys.argv[1])
real_fsync = os.fsync
def stalling_fsync(fd):
    target = os.readlink(f"/proc/self/fd/{fd}")
    if target.endswith(".tmp") and ".png." in target and not flag.exists():
        flag.write_text(target)
        time.sleep(600)
    return real_fsync(fd)
os.fsync = stalling_fsync
sys.argv = ["listing-genie", *sys.argv[2:]]
runpy.run_module("listing_genie_desktop", run_name="__main__")
"""


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc to name the file being synced")
def test_sigkill_during_an_image_write_leaves_no_half_image(isolated_home, tmp_path):
    """The test (never the product) makes the first image file's fsync hang, then kills the process."""
    from listing_genie_desktop.resources import resource_path

    photo = next(resource_path("samples").glob("*.jpg"))
    flag = tmp_path / "stalled"
    env = dict(os.environ, LISTING_GENIE_HOME=str(isolated_home), QT_QPA_PLATFORM="offscreen")
    output = (tmp_path / "output.txt").open("wb")  # a file, not a pipe nobody reads while the run goes on
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            STALL_FIRST_IMAGE_FSYNC,
            str(flag),
            "generate",
            "--backend",
            "studio",
            "--title",
            "Bottle",
            "--feature",
            "Cold",
            "--image",
            str(photo),
            "--concurrency",
            "5",
        ],
        env=env,
        stdout=output,
        stderr=subprocess.STDOUT,
    )
    db_path = isolated_home / "history.sqlite3"
    try:
        with contextlib.suppress(AssertionError):  # told below, with what the run printed
            wait_until(lambda: process.poll() is not None or (flag.exists() and complete_count(db_path) == 4), 120)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        output.close()
    said = (tmp_path / "output.txt").read_text(errors="replace")[-3000:]
    assert process.returncode == -signal.SIGKILL, f"the run ended by itself:\n{said}"
    assert flag.exists() and complete_count(db_path) == 4, f"stalled: {flag.exists()}, output:\n{said}"

    half_written = flag.read_text()
    stalled_type = os.path.basename(half_written).lstrip(".").split("-")[0]
    with sqlite3.connect(db_path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = dict(db.execute("select image_type, status from image"))
        paths = [p for (p,) in db.execute("select path from image where status = 'complete'")]
    assert rows.pop(stalled_type) != "complete"
    assert set(rows.values()) == {"complete"}
    for path in paths:
        with Image.open(path) as image:
            image.load()

    history = json.loads(run_cli(env, "history", "--json").stdout)
    assert history[0]["status"] == "interrupted"
    assert not os.path.exists(half_written), "recovery removes the orphaned temporary file"
    retried = run_cli(env, "retry", history[0]["session_id"], "--json")
    assert retried.returncode == 0, retried.stderr
    session = json.loads(retried.stdout)
    assert {i["type"]: i["attempts"] for i in session["images"]}[stalled_type] == 2
    assert session["status"] == "complete"
