"""Soak: 30 sessions back to back in one process through the app's own `Services` / `SessionRunner`:
the fake Gemini server failing 30% of requests (seeded), every 10th session on the studio backend.
No growth in memory (beyond 10% once each backend has run once: the Gemini SDK's import is a one-time
40 MB), open files or threads; every session's outcome is what the history says.

The process is tuned as `listing-genie` tunes itself at start-up (runtime_tuning.tune_allocator):
without it a studio session's 2000 px buffers moved RSS by -34 to +67 MB from one run to the next."""

from __future__ import annotations

import contextlib
import ctypes
import gc
import os
import random
import threading

from PIL import Image

from listing_genie_desktop import services as services_module
from listing_genie_desktop.cli_json import session_json
from listing_genie_desktop.core.product import ProductContext
from listing_genie_desktop.imaging.photo_set import load_reference_async
from listing_genie_desktop.runtime_tuning import tune_allocator
from listing_genie_desktop.services import Services
from listing_genie_desktop.settings import Settings
from tests.fakes.clocks import FastClock
from tests.fakes.gemini_server import Reply
from tests.reliability.conftest import light_finisher

KEY = "AIzaSySOAK-test-key-0000000000000000000"
SESSIONS = 30


def _trim() -> None:
    """Hands freed heap pages back to the OS (glibc keeps them per thread arena): what stays is live memory,
    so growth measures leaks, not allocator fragmentation from the 2000 px studio renders."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def rss_kb() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def snapshot() -> tuple[int, int, int]:
    gc.collect()
    _trim()
    return rss_kb(), open_fds(), threading.active_count()


async def test_thirty_sessions_leak_nothing(gemini_server, isolated_home, tmp_path, monkeypatch):
    tune_allocator()
    monkeypatch.setenv("GEMINI_API_KEY", KEY)
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", gemini_server.base_url)
    # Post-processing to 2000 px is covered elsewhere; here it would only make 30 sessions take minutes.
    monkeypatch.setattr(services_module, "finish_and_encode", light_finisher)
    rng = random.Random(20261130)
    faults = [Reply.server_error(503), Reply.reset(), Reply.text_only(), Reply.server_error(500)]
    ok = Reply.image(size=(64, 64))
    gemini_server.handler = lambda request: rng.choice(faults) if rng.random() < 0.3 else ok

    photo = tmp_path / "photo.png"
    Image.new("RGB", (320, 320), (200, 60, 20)).save(photo)
    services = await Services.open()
    services.clock = FastClock(100.0)
    reference = await load_reference_async(str(photo))
    product = ProductContext.create("Soak Bottle", ["Cold"], "", [])
    figures = []
    try:
        for n in range(SESSIONS):
            backend = "studio" if n % 10 == 0 else "gemini"
            # The attempt timeout runs on the 100 times faster clock too: 3600 s there is 36 s here.
            settings = Settings(backend=backend, concurrency=3, max_retries=2, attempt_timeout_s=3600)
            session_id, choice = await services.create_session(product, reference, settings)
            outcome = await services.runner(session_id, choice, settings).run()
            stored = session_json(await services.store.load_session(session_id))
            assert stored["status"] == outcome.status.value
            for image in stored["images"]:
                if image["status"] == "complete":
                    assert os.path.exists(image["path"])
                else:
                    assert image["error_kind"] in ("server", "network", "no_image"), image
            assert {i["type"] for i in stored["images"] if i["status"] == "complete"} == {
                t.value for t in outcome.completed
            }
            figures.append(snapshot())
    finally:
        await services.close()

    (rss0, fds0, threads0), (rss_end, fds_end, threads_end) = figures[0], figures[-1]
    rss = [f[0] for f in figures]
    growth = (rss_end - rss[1]) / rss[1]
    # Growth across the Gemini sessions (engine, store, runner, SDK client: everything but the studio renderer).
    stretches = [(start, min(start + 8, SESSIONS - 1)) for start in range(1, SESSIONS, 10)]
    engine_growth = sum(rss[end] - rss[start] for start, end in stretches) / rss[1]
    studio_steps = [rss[n] - rss[n - 1] for n in range(10, SESSIONS, 10)]
    print(
        f"\nsoak: RSS {rss0 / 1024:.0f} -> {rss[1] / 1024:.0f} -> {rss_end / 1024:.0f} MB over {SESSIONS} sessions "
        f"({growth:+.1%} after both backends ran); "
        f"gemini sessions {engine_growth:+.1%}; studio sessions add {[d // 1024 for d in studio_steps]} MB; "
        f"fds {fds0} -> {fds_end}, threads {threads0} -> {threads_end}, "
        f"requests {len(gemini_server.generate_requests)}; RSS MB per session {[r // 1024 for r in rss]}"
    )
    assert growth < 0.10
    assert engine_growth < 0.05
    assert all(step < 10 * 1024 for step in studio_steps), "a studio session's buffers are all given back"
    assert fds_end <= fds0
    assert threads_end <= threads0 + 2, "the default executor may add a worker or two, never one per session"
    assert max(f[2] for f in figures) <= threads0 + 2
    history = await_sessions(isolated_home)
    assert len(history) == SESSIONS


def await_sessions(home):
    import sqlite3

    with sqlite3.connect(home / "history.sqlite3") as db:
        return db.execute("select status from session").fetchall()
