"""What the retry engine costs and how exact its waits are, against the fake Gemini server.

- engine overhead: fixed 1.5 s server latency, 5 images, concurrency 2; session wall time over
  the ideal schedule (3 rounds of 1.5 s). Target <= 1.05.
- retry schedule accuracy: the server fails every image twice; each wait, from an attempt's failure
  to the next attempt's start, against its nominal 1 s / 2 s. Target: within 50 ms. The gap between
  the two requests' arrivals at the server is reported too (it adds the requests' own round trips).
- memory: peak RSS of a fresh process running a 5-image Gemini session with 2000 px answers.
  Target < 400 MB.

Two floors, measured in the same run, say what the machine alone costs: the Gemini backend by itself
(client set-up, SDK request, answer decoding) on the same schedule with a bare semaphore and a bare retry loop, and no
prompts, history, events or post-processing. No engine can beat them; the engine's own cost is the
difference. A third context figure, `machine_idle_retouch_ms`, is the time to read one byte of every
page of 64 MB that is already in memory, right after one second idle (`machine_hot_retouch_ms`: the
same without the idle). On an ordinary machine both are well under a millisecond; on the nested
virtual machine these figures were first taken on, the idle one costs tens of milliseconds, and so does
all the Python code (SDK, engine) that runs right after each 1.5 s wait: see benchmarks/notes.md.

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

import numpy as np
from PIL import Image

from benchmarks.fake_gemini_process import LATENCY_S, fake_gemini

KEY = "AIzaSyBENCHMARK-key-0000000000000000000"


async def run_session(photo: Path, emit=lambda event: None, **options: object) -> float:
    from listing_genie_desktop.core.product import ProductContext
    from listing_genie_desktop.imaging.photo_set import load_reference_async
    from listing_genie_desktop.services import Services
    from listing_genie_desktop.settings import Settings

    services = await Services.open()
    try:
        product = ProductContext.create("Benchmark Bottle", ["Cold 24 h", "Leak-proof", "Steel"], "hikers")
        reference = await load_reference_async(str(photo))
        settings = Settings(backend="gemini", **options)
        session_id, choice = await services.create_session(product, reference, settings)
        started = time.perf_counter()
        outcome = await services.runner(session_id, choice, settings, emit=emit, reference=reference).run()
        elapsed = time.perf_counter() - started
        assert outcome.status.value == "complete", outcome.summary
        return elapsed
    finally:
        await services.close()


async def run_bare(photo: Path, base_url: str, nominal_waits: tuple[float, ...] = ()) -> tuple[float, list[float]]:
    """The floor: the Gemini backend alone on the engine's schedule (5 images, 2 requests at a time).
    With `nominal_waits`, a failed request is repeated after each wait in turn, counted from the failure,
    as the engine does, and the image keeps its place through the waits, as the engine's does. Returns the
    wall time and each retry's lateness (start minus due)."""
    from listing_genie_desktop.backends.gemini import GeminiBackend
    from listing_genie_desktop.core.errors import GenerationError
    from listing_genie_desktop.core.ports import ImageRequest
    from listing_genie_desktop.core.product import IMAGE_TYPES, ImageType, ProductContext
    from listing_genie_desktop.core.prompts import PromptEngine
    from listing_genie_desktop.imaging.photo_set import load_reference_async

    product = ProductContext.create("Benchmark Bottle", ["Cold 24 h", "Leak-proof", "Steel"], "hikers")
    reference = await load_reference_async(str(photo))
    prompts = PromptEngine()
    slots = asyncio.Semaphore(2)
    lateness: list[float] = []

    async def one(image_type: ImageType) -> None:
        request = ImageRequest(image_type, prompts.render(image_type, product), product, reference, "base", 1)
        async with slots:  # held through the backoff waits, as the engine holds an image's slot
            for wait in (*nominal_waits, None):
                try:
                    await backend.generate(request)
                    return
                except GenerationError:
                    if wait is None:
                        raise
                    due = time.monotonic() + wait
                await asyncio.sleep(due - time.monotonic())
                lateness.append(time.monotonic() - due)

    started = time.perf_counter()  # like the engine's figure, building the client counts
    backend = GeminiBackend(KEY, base_url=base_url)
    try:
        await backend.prepare()
        await asyncio.gather(*(one(image_type) for image_type in IMAGE_TYPES))
        return time.perf_counter() - started, lateness
    finally:
        await backend.aclose()


def retouch_ms(idle_s: float, buffer: np.ndarray, repeats: int = 5) -> float:
    """Median time to read one byte of every 4 KB page of `buffer` (already resident) after `idle_s` asleep."""
    pages = np.arange(0, buffer.size, 4096)
    times = []
    for _ in range(repeats):
        time.sleep(idle_s)
        started = time.perf_counter()
        int(buffer[pages].sum())
        times.append(time.perf_counter() - started)
    return round(sorted(times)[repeats // 2] * 1000, 2)


def machine_state() -> dict[str, float]:
    buffer = np.ones(64 * 1024 * 1024, dtype=np.uint8)
    return {"machine_hot_retouch_ms": retouch_ms(0.0, buffer), "machine_idle_retouch_ms": retouch_ms(1.0, buffer)}


def configure(home: str, base_url: str) -> None:
    os.environ.update(LISTING_GENIE_HOME=home, GEMINI_API_KEY=KEY, GOOGLE_GEMINI_BASE_URL=base_url)


def sample_photo(folder: Path) -> Path:
    path = folder / "photo.png"
    Image.new("RGB", (1200, 1200), (40, 110, 180)).save(path)
    return path


def engine_overhead() -> dict[str, float]:
    """Best of three for the engine and for the bare backend, taken in turns so both meet the same machine."""
    walls: list[float] = []
    floors: list[float] = []
    with tempfile.TemporaryDirectory() as home, fake_gemini("latency") as (base_url, _):
        configure(home, base_url)
        photo = sample_photo(Path(home))
        asyncio.run(run_session(photo, concurrency=2))  # warm-up: SDK import and client creation
        for _ in range(3):
            floors.append(asyncio.run(run_bare(photo, base_url))[0])
            walls.append(asyncio.run(run_session(photo, concurrency=2)))
    ideal = 3 * LATENCY_S
    wall, floor = min(walls), min(floors)
    return {
        "engine_wall_s": round(wall, 3),
        "engine_overhead_ratio": round(wall / ideal, 3),
        "engine_backend_floor_ratio": round(floor / ideal, 3),
        "engine_over_floor_ms": round((wall - floor) * 1000, 1),
    }


def retry_accuracy() -> dict[str, float]:
    """Each wait, from the failure the engine stamped (`BackoffScheduled.ends_at` is that moment plus the
    wait) to the next attempt's start, against its nominal 1 s / 2 s; the same for the bare retry loop;
    and, for transparency, the gap between the server-side arrivals of the two requests (which adds the
    failed request's round trip and the next upload)."""
    from listing_genie_desktop.core.events import AttemptStarted, BackoffScheduled

    types = ("MAIN", "INFOGRAPHIC_1", "INFOGRAPHIC_2", "LIFESTYLE", "COMPARISON")
    moments: list[tuple[float, object]] = []
    with tempfile.TemporaryDirectory() as home:
        photo = sample_photo(Path(home))
        with fake_gemini("fail-twice") as (base_url, _):
            configure(home, base_url)
            bare_lateness = asyncio.run(run_bare(photo, base_url, nominal_waits=(1.0, 2.0)))[1]
        with fake_gemini("fail-twice") as (base_url, arrivals):
            configure(home, base_url)
            record = lambda event: moments.append((time.monotonic(), event))  # noqa: E731
            asyncio.run(run_session(photo, emit=record, concurrency=2))
    gap_errors = []
    for image_type in types:
        for (a, b), nominal in zip(itertools.pairwise(arrivals[image_type]), (1.0, 2.0), strict=True):
            gap_errors.append((b - a) - nominal)
    due: dict[str, float] = {}
    lateness = []
    for at, event in moments:
        if isinstance(event, BackoffScheduled):
            due[event.image_type] = event.ends_at
        elif isinstance(event, AttemptStarted) and event.attempt > 1:
            lateness.append(at - due.pop(event.image_type))
    return {
        "retry_wait_error_max_ms": round(max(abs(e) for e in lateness) * 1000, 1),
        "retry_wait_error_mean_ms": round(sum(lateness) / len(lateness) * 1000, 1),
        "retry_floor_error_max_ms": round(max(abs(e) for e in bare_lateness) * 1000, 1),
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
    figures = {**machine_state(), **engine_overhead(), **retry_accuracy(), **peak_memory()}
    print(json.dumps({"engine": figures}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
