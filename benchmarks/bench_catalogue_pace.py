"""A catalogue against an images-per-minute cap (issue #16 item 3): 10 products, 50 images, a fake server that
allows 10 requests in any minute and answers 429 past that, with RetryInfo and without. Target: the catalogue
finishes within 1.15x the ideal schedule (the last of 50 requests can start 4 minutes after the first) with at
most a handful of 429s.

The run's clock is 5 times faster than the wall (the server's minute is 12 real seconds), so a "4-minute"
schedule takes about 50 s. Two figures per case: the whole run (until the last image is stored) and the start of
the last accepted request, each against the ideal 4 minutes. Prints one JSON object; `make bench` collects it.
"""

from __future__ import annotations

import asyncio
import json
import math
import os
import sys
import tempfile
from pathlib import Path

from PIL import Image

from listing_genie_desktop.catalogues import CatalogueRun, import_catalogue
from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.services import Services
from tests.fakes.clocks import FastClock
from tests.fakes.gemini_server import FakeGeminiServer
from tests.fakes.rate_limits import PerMinuteCap

PRODUCTS = 10
CAP_PER_MINUTE = 10
SPEEDUP = 5.0
"""Slow enough that post-processing (real CPU time, not sped up) stays a small part of each "minute"."""


async def run_once(folder: Path, server: FakeGeminiServer, hint: bool) -> tuple[float, float, int]:
    home = folder / f"home-{hint}"
    services = await Services.open(AppPaths(data=home, config=home, logs=home / "logs"))
    clock = FastClock(SPEEDUP)
    services.clock = clock
    try:
        catalogue_id, _read = await import_catalogue(services, folder / "products.csv")
        cap = PerMinuteCap(server, CAP_PER_MINUTE, speedup=SPEEDUP, hint=hint)
        server.handler = cap
        started = clock.monotonic()
        record = await CatalogueRun(services, catalogue_id, {"backend": "gemini", "concurrency": 4}).run()
        elapsed = clock.monotonic() - started
        assert record.counts["complete"] == PRODUCTS, record.counts
    finally:
        await services.close()
    last_start = (cap.accepted[-1] - cap.accepted[0]) * SPEEDUP
    return elapsed, last_start, cap.refused


def main() -> None:
    ideal = (math.ceil(PRODUCTS * 5 / CAP_PER_MINUTE) - 1) * 60.0
    result: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp, FakeGeminiServer() as server:
        folder = Path(tmp)
        Image.new("RGB", (800, 600), (120, 90, 40)).save(folder / "p.jpg")
        rows = [f"P-{n},Product {n},Feature {n},p.jpg" for n in range(PRODUCTS)]
        (folder / "products.csv").write_text("\n".join(["sku,title,feature_1,photo", *rows]) + "\n")
        os.environ["GEMINI_API_KEY"] = "AIzaSyBENCH-pace-key-000000000000000000"
        os.environ["GOOGLE_GEMINI_BASE_URL"] = server.base_url
        for hint, name in ((True, "with_hints"), (False, "without_hints")):
            elapsed, last_start, refused = asyncio.run(run_once(folder, server, hint))
            result[f"catalogue_pace_ratio_{name}"] = round(elapsed / ideal, 3)
            result[f"catalogue_last_request_ratio_{name}"] = round(last_start / ideal, 3)
            result[f"catalogue_429s_{name}"] = refused
            print(
                f"{name}: done after {elapsed:.1f} s on the run's clock, last request at {last_start:.1f} s "
                f"(ideal {ideal:.0f} s), {refused} 429s",
                file=sys.stderr,
            )
    print(json.dumps(result))


if __name__ == "__main__":
    os.environ.setdefault("LISTING_GENIE_LOG_LEVEL", "WARNING")
    main()
