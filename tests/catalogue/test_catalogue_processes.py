"""A catalogue run in its own process, two products at once: `status` from another process sees it running;
SIGTERM cancels it (exit 5); SIGKILL loses nothing completed; a second `run` goes on where it stopped and never
runs a product twice at once (issue #16 items 5, 6, 7)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from tests.fakes.gemini_server import Reply

KEY = "AIzaSyCATALOGUE-proc-key-0000000000000000"
pytestmark = pytest.mark.skipif(os.name != "posix", reason="signal semantics")
HEADER = "sku,title,feature_1,photo"


@pytest.fixture
def env(isolated_home, gemini_server):
    return dict(
        os.environ,
        LISTING_GENIE_HOME=str(isolated_home),
        GEMINI_API_KEY=KEY,
        GOOGLE_GEMINI_BASE_URL=gemini_server.base_url,
    )


@pytest.fixture
def catalogue_id(tmp_path, write_file, make_photo, env) -> str:
    for name in ("a.jpg", "b.jpg"):
        make_photo(tmp_path / name)
    path = write_file("products.csv", [HEADER, "A-1,Cup,Holds 90 ml,a.jpg", "B-1,Lamp,Warm light,b.jpg"])
    return cli(env, "catalogue", "import", str(path)).stdout.strip()


def cli(env, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "listing_genie_desktop", *args], env=env, capture_output=True, text=True, timeout=120
    )


def start_run(env, catalogue_id: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "listing_genie_desktop", "catalogue", "run", catalogue_id, "--backend", "gemini"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def status(env, catalogue_id: str) -> dict:
    done = cli(env, "catalogue", "status", catalogue_id, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def wait_until(predicate, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError("condition not reached in time")


def finish_and_check(env, catalogue_id: str, gemini_server) -> None:
    """A second run with the server answering again: both products complete, and the one that was complete
    (and each image that was) is not asked again."""
    gemini_server.handler = None
    finished = cli(env, "catalogue", "run", catalogue_id, "--json")
    assert finished.returncode == 0, finished.stderr
    products = json.loads(finished.stdout)["products"]
    assert [(p["status"], p["images_complete"]) for p in products] == [("complete", 5), ("complete", 5)]
    assert "row 3 B-1" not in finished.stderr, "the complete product is not run again"
    mains = [r for r in gemini_server.generate_requests if r.image_type == "MAIN"]
    assert len(mains) == 2, "each product's MAIN was asked once: nothing completed is asked again"


def hang_first_products_lifestyle(gemini_server) -> None:
    """The first product's (the cup's) LIFESTYLE request never answers; everything else is drawn at once."""
    hung: list[bool] = []

    def answer(request):
        if request.image_type == "LIFESTYLE" and "Cup" in request.prompt and not hung:
            hung.append(True)
            return Reply.hang(60)
        return Reply.image()

    gemini_server.handler = answer


def test_sigterm_cancels_the_catalogue_and_status_from_another_process_sees_it_run(
    env, catalogue_id, gemini_server
) -> None:
    hang_first_products_lifestyle(gemini_server)
    process = start_run(env, catalogue_id)
    try:
        wait_until(lambda: [p["images_complete"] for p in status(env, catalogue_id)["products"]] == [4, 5])
        running = status(env, catalogue_id)
        assert running["status"] == "running"
        assert [p["status"] for p in running["products"]] == ["processing", "complete"]

        again = cli(env, "catalogue", "run", catalogue_id, "--backend", "gemini")
        assert again.returncode == 2 and "being run by another" in again.stderr
    finally:
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=30)

    assert process.returncode == 5, err
    cancelled = status(env, catalogue_id)
    assert cancelled["status"] == "cancelled"
    assert [p["status"] for p in cancelled["products"]] == ["cancelled", "complete"]
    assert cancelled["products"][0]["images_complete"] == 4

    finish_and_check(env, catalogue_id, gemini_server)


def test_sigkill_mid_catalogue_loses_nothing_and_the_next_run_finishes_it(env, catalogue_id, gemini_server) -> None:
    hang_first_products_lifestyle(gemini_server)
    process = start_run(env, catalogue_id)
    try:
        wait_until(lambda: [p["images_complete"] for p in status(env, catalogue_id)["products"]] == [4, 5])
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)

    after = status(env, catalogue_id)
    assert after["status"] == "interrupted"
    assert [p["status"] for p in after["products"]] == ["interrupted", "complete"]
    assert after["products"][0]["images_complete"] == 4

    finish_and_check(env, catalogue_id, gemini_server)
