"""The month-to-date cost at scale: 10,000 Gemini sessions of 5 images, each with one attempt that reported
usage, all this month (50,000 attempts), priced at the capability table's prices; and the history's list
of 200 with each row's cost.

Target: the month's total under 150 ms (it is computed on the history thread at each history refresh).
Prints one JSON object; `make bench` collects it.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
import uuid

from listing_genie_desktop.core.clock import utc_now_iso
from listing_genie_desktop.core.cost import month_start
from listing_genie_desktop.core.product import IMAGE_TYPES
from listing_genie_desktop.costs import SettingsPricer
from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.storage import db as schema
from listing_genie_desktop.storage.db import AttemptRow, ImageRow, SessionRow
from listing_genie_desktop.storage.history import HistoryStore

SESSIONS = 10_000
LANGUAGES = ("en", "de", "fr", "es", "it", "ja")


def made_by(i: int) -> dict[str, str | None]:
    """What the attempt records of who made it (schema 5); a tenth of them were made before it recorded that
    (their session says), as in a history that was upgraded this month."""
    if i % 10 == 0:
        return {}
    return {"backend": "gemini", "model": "gemini-nano-banana-2.1", "image_size": ("1K", "4K")[i % 2]}


def populate(paths: AppPaths) -> None:
    """Each session's stored options differ a little (language, size), as real ones do."""
    schema.open_database(paths.database)
    now = utc_now_iso()
    with schema.database.atomic():
        for i in range(SESSIONS):
            sid = str(uuid.UUID(int=i + 1))
            options = {"image_size": ("1K", "4K")[i % 2], "language": LANGUAGES[i % 6], "concurrency": 1 + i % 5}
            SessionRow.insert(
                id=sid,
                title=f"Product {i}",
                features="[]",
                backend="gemini",
                model="gemini-nano-banana-2.1",
                status="complete",
                created_at=now,
                reference_path="/gone.png",
                settings=json.dumps(options),
            ).execute()
            for position, image_type in enumerate(IMAGE_TYPES):
                image = ImageRow.insert(
                    session=sid,
                    image_type=image_type.value,
                    position=position,
                    status="complete",
                    path="/gone.png",
                    attempts=1,
                    updated_at=now,
                ).execute()
                AttemptRow.insert(
                    image=image,
                    n=1,
                    run=1,
                    started_at=now,
                    variation="base",
                    prompt="p",
                    outcome="complete",
                    output_tokens=(1120, 2520)[i % 2],
                    **made_by(i),
                ).execute()
    schema.database.close()


async def measure(paths: AppPaths) -> dict[str, float]:
    store = HistoryStore(paths)
    await store.open()
    store.pricer = SettingsPricer()
    timings: dict[str, list[float]] = {"month_cost_ms": [], "list_200_with_costs_ms": []}
    for _ in range(7):
        started = time.perf_counter()
        await store.spent_since(month_start())
        timings["month_cost_ms"].append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        await store.list_sessions(limit=200)
        timings["list_200_with_costs_ms"].append((time.perf_counter() - started) * 1000)
    await store.close()
    return {name: round(statistics.median(values), 1) for name, values in timings.items()}


def main() -> int:
    with tempfile.TemporaryDirectory() as home:
        os.environ["LISTING_GENIE_HOME"] = home
        paths = AppPaths.from_environment()
        paths.ensure()
        populate(paths)
        result = asyncio.run(measure(paths))
    print(json.dumps({"cost": result}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
