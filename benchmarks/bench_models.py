"""What finding the key's models costs: `listing-genie models --json` as a user runs it (its own process,
against the fake Gemini server on 127.0.0.1), and what a run pays before its first request to list the
models when no fresh list is kept (cold: the SDK is imported too; warm: one GET) or to read the kept list.

Prints one JSON line of figures in milliseconds (medians). No targets: context for issue #14.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.fakes.gemini_server import FakeGeminiServer

KEY = "AIzaSyFAKE-key-for-benchmarks-000000000"
RUNS = 5


def cli_models_ms(base_url: str, home: Path) -> float:
    env = {**os.environ, "GEMINI_API_KEY": KEY, "GOOGLE_GEMINI_BASE_URL": base_url, "LISTING_GENIE_HOME": str(home)}
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "listing_genie_desktop", "models", "--json"],
            env=env,
            check=True,
            capture_output=True,
        )
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


async def in_process_ms(home: Path) -> dict[str, float]:
    from listing_genie_desktop.backends.registry import backend_entry
    from listing_genie_desktop.model_directory import ModelDirectory
    from listing_genie_desktop.paths import AppPaths

    directory = ModelDirectory(AppPaths.from_environment())
    entry = backend_entry("gemini")
    started = time.perf_counter()
    await directory.refresh(entry, KEY)
    cold = (time.perf_counter() - started) * 1000
    warm, kept = [], []
    for _ in range(RUNS):
        started = time.perf_counter()
        await directory.refresh(entry, KEY)
        warm.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        await directory.known(entry)
        kept.append((time.perf_counter() - started) * 1000)
    return {
        "models_list_cold_ms": round(cold, 1),
        "models_list_warm_ms": round(statistics.median(warm), 1),
        "models_kept_read_ms": round(statistics.median(kept), 2),
    }


def main() -> None:
    with FakeGeminiServer() as server, tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        os.environ.update(LISTING_GENIE_HOME=str(home), GOOGLE_GEMINI_BASE_URL=server.base_url)
        figures = {"models_cli_ms": round(cli_models_ms(server.base_url, home / "cli"), 1)}
        figures.update(asyncio.run(in_process_ms(home)))
    print(json.dumps({"models": figures}))


if __name__ == "__main__":
    main()
