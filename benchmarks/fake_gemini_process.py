"""The fake Gemini server in a process of its own, so that benchmarks measure the app and not
the fake: in-process, its request parsing and PNG encoding competed with the engine for the GIL
and its buffers counted in the app's peak memory.

`python -m benchmarks.fake_gemini_process MODE` prints the base URL, serves until its standard
input closes, then prints one JSON line: {image_type: [arrival times]} (monotonic clock,
comparable across processes on one machine).
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from subprocess import PIPE, Popen

from tests.fakes.gemini_server import FakeGeminiServer, Reply

IMAGE_TYPES = ("MAIN", "INFOGRAPHIC_1", "INFOGRAPHIC_2", "LIFESTYLE", "COMPARISON")
LATENCY_S = 1.5
FOUR_K_LATENCY_S = 0.5
"""Long enough that five 4K answers overlap the way a real run's do, short enough to keep the run brisk."""


def configure(server: FakeGeminiServer, mode: str) -> None:
    if mode == "latency":
        server.default = Reply.image(size=(1024, 1024)).after(LATENCY_S)
    elif mode == "fail-twice":
        for image_type in IMAGE_TYPES:
            server.script_for(image_type, Reply.server_error(503), Reply.server_error(503))
    elif mode == "large":
        server.default = Reply.image(size=(2000, 2000))
    elif mode == "4k":
        server.default = Reply.image_bytes(four_k_png()).after(FOUR_K_LATENCY_S)
    else:
        raise SystemExit(f"unknown mode {mode!r}")


def four_k_png(side: int = 4096, noisy_rows: int = 3850) -> bytes:
    """A 4096 px PNG of about 28 MB, the size of a real 4K answer: a flat colour compresses to almost
    nothing, so most rows carry low-amplitude noise (what a photo's detail costs the PNG encoder)."""
    import numpy as np
    from PIL import Image

    pixels = np.full((side, side, 3), 128, dtype=np.uint8)
    noise = np.random.default_rng(4096).integers(0, 16, (noisy_rows, side, 3), dtype=np.uint8)
    pixels[:noisy_rows] = 120 + noise
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, format="PNG")
    return buffer.getvalue()


def serve(mode: str) -> None:
    with FakeGeminiServer() as server:
        configure(server, mode)
        print(server.base_url, flush=True)
        sys.stdin.read()
        arrivals = {t: [r.arrived_at for r in server.requests_for(t)] for t in IMAGE_TYPES}
    print(json.dumps(arrivals), flush=True)


@contextmanager
def fake_gemini(mode: str) -> Iterator[tuple[str, dict[str, list[float]]]]:
    """Starts the server process; yields its base URL and a dict filled with the arrivals at exit."""
    process = Popen([sys.executable, "-m", "benchmarks.fake_gemini_process", mode], stdin=PIPE, stdout=PIPE, text=True)
    assert process.stdout is not None and process.stdin is not None
    arrivals: dict[str, list[float]] = {}
    try:
        yield process.stdout.readline().strip(), arrivals
    finally:
        process.stdin.close()
        arrivals.update(json.loads(process.stdout.readline() or "{}"))
        process.wait(timeout=30)


if __name__ == "__main__":
    serve(sys.argv[1])
