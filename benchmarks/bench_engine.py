"""What the retry engine costs and how exact its waits are, against the fake Gemini server.

- engine overhead: fixed 1.5 s server latency, 5 images, concurrency 2; session wall time over
  the ideal schedule (3 rounds of 1.5 s). Target <= 1.05.
- retry schedule accuracy: the server fails every image twice; each wait, from an attempt's failure
  to the next attempt's start, against its nominal 1 s / 2 s. Target: within 50 ms. The gap between
  the two requests' arrivals at the server is reported too (it adds the requests' own round trips).
- memory: peak RSS of a fresh process running a 5-image Gemini session with 2000 px answers.
  Target < 400 MB.

Run from the repository root: `.venv/bin/python -m benchmarks.bench_engine`. The fake server runs
in a process of its own (benchmarks/fake_gemini_process.py). The last stdout line is one JSON object.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

from benchmarks.fake_gemini_process import LATENCY_S, fake_gemini

KEY = "AIzaSyBENCHMARK-key-0000000000000000000"


async def run_session(photo: Path, emit=lambda event: None, **options: object) -> float:
    from listing_genie_desktop.core.product import ProductContext
    from listing_genie_desktop.services import RunOptions, Services, load_reference_async

    services = await Services.open()
    try:
        product = ProductContext.create("Benchmark Bottle", ["Cold 24 h", "Leak-proof", "Steel"], "hikers")
        reference = await load_reference_async(str(photo))
        run_options = RunOptions(backend="gemini", **options)
        session_id, choice = await services.create_session(product, reference, run_options)
        started = time.perf_counter()
        outcome = await services.runner(session_id, choice, run_options, emit=emit, reference=reference).run()
        elapsed = time.perf_counter() - started
        assert outcome.status.value == "complete", outcome.summary
        return elapsed
    finally:
        await services.close()


def configure(home: str, base_url: str) -> None:
    os.environ.update(LISTING_GENIE_HOME=home, GEMINI_API_KEY=KEY, GOOGLE_GEMINI_BASE_URL=base_url)


def sample_photo(folder: Path) -> Path:
    path = folder / "photo.png"
    Image.new("RGB", (1200, 1200), (40, 110, 180)).save(path)
    return path


def engine_overhead() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as home, fake_gemini("latency") as (base_url, _):
        configure(home, base_url)
        photo = sample_photo(Path(home))
        asyncio.run(run_session(photo, concurrency=2))  # warm-up: SDK import and client creation
        wall = min(asyncio.run(run_session(photo, concurrency=2)) for _ in range(3))
    ideal = 3 * LATENCY_S
    return {"engine_wall_s": round(wall, 3), "engine_overhead_ratio": round(wall / ideal, 3)}


def retry_accuracy() -> dict[str, float]:
    """Each wait measured by the engine's clock, from an attempt's failure to the next attempt's
    start, against its nominal 1 s / 2 s; and, for transparency, the gap between the server-side
    arrivals of the two requests (which adds the failed request's round trip and the next upload)."""
    from listing_genie_desktop.core.events import AttemptFailed, AttemptStarted

    types = ("MAIN", "INFOGRAPHIC_1", "INFOGRAPHIC_2", "LIFESTYLE", "COMPARISON")
    moments: list[tuple[float, object]] = []
    with tempfile.TemporaryDirectory() as home, fake_gemini("fail-twice") as (base_url, arrivals):
        configure(home, base_url)
        record = lambda event: moments.append((time.monotonic(), event))  # noqa: E731
        asyncio.run(run_session(sample_photo(Path(home)), emit=record, concurrency=2))
    gap_errors = []
    for image_type in types:
        for (a, b), nominal in zip(itertools.pairwise(arrivals[image_type]), (1.0, 2.0), strict=True):
            gap_errors.append((b - a) - nominal)
    wait_errors = []
    failed_at: dict[str, float] = {}
    for at, event in moments:
        if isinstance(event, AttemptFailed) and event.will_retry:
            failed_at[event.image_type] = at
        elif isinstance(event, AttemptStarted) and event.attempt > 1:
            wait_errors.append(at - failed_at.pop(event.image_type) - (1.0 if event.attempt == 2 else 2.0))
    return {
        "retry_wait_error_max_ms": round(max(abs(e) for e in wait_errors) * 1000, 1),
        "retry_wait_error_mean_ms": round(sum(wait_errors) / len(wait_errors) * 1000, 1),
        "retry_request_gap_error_max_ms": round(max(abs(e) for e in gap_errors) * 1000, 1),
    }


def memory_child() -> None:
    """Runs in a fresh process: one 5-image session with 2000 px answers; prints peak RSS in MB."""
    from listing_genie_desktop.runtime_tuning import tune_allocator

    tune_allocator()  # as `listing-genie` does at start-up
    with tempfile.TemporaryDirectory() as home, fake_gemini("large") as (base_url, _):
        configure(home, base_url)
        asyncio.run(run_session(sample_photo(Path(home)), concurrency=2))
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def peak_memory() -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_engine", "--memory-child"],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    return {"gemini_run_peak_rss_mb": round(float(result.stdout.strip().splitlines()[-1]), 1)}


def main() -> int:
    if "--memory-child" in sys.argv:
        memory_child()
        return 0
    figures = {**engine_overhead(), **retry_accuracy(), **peak_memory()}
    print(json.dumps({"engine": figures}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
