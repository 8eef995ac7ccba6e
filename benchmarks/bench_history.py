"""History at scale: 10,000 sessions and 50,000 images; list, search by title, open one session.

Target: each under 150 ms. Prints one JSON object; `make bench` collects it.
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
from pathlib import Path

from listing_genie_desktop.core.clock import utc_now_iso
from listing_genie_desktop.core.product import IMAGE_TYPES
from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.storage import db as schema
from listing_genie_desktop.storage.db import AttemptRow, ImageRow, SessionRow
from listing_genie_desktop.storage.history import HistoryStore

SESSIONS = 10_000
WORDS = ["Steel", "Bottle", "Yoga", "Mat", "Baby", "Monitor", "Chef", "Knife", "Lamp", "Desk", "Cable", "Charger"]


def populate(paths: AppPaths) -> None:
    schema.open_database(paths.database)
    now = utc_now_iso()
    with schema.database.atomic():
        for start in range(0, SESSIONS, 500):
            sessions, images = [], []
            for i in range(start, start + 500):
                sid = str(uuid.UUID(int=i + 1))
                title = f"{WORDS[i % 12]} {WORDS[(i // 12) % 12]} model {i}"
                sessions.append(
                    {
                        "id": sid,
                        "title": title,
                        "features": '["a"]',
                        "audience": "",
                        "backend": "studio",
                        "status": "complete",
                        "created_at": f"2026-01-01T00:00:00.{i:06d}+00:00",  # ISO, as the app writes
                        "reference_path": "/x",
                        "settings": "{}",
                    }
                )
                for position, image_type in enumerate(IMAGE_TYPES):
                    images.append(
                        {
                            "session": sid,
                            "image_type": image_type.value,
                            "position": position,
                            "status": "complete",
                            "path": f"/x/{sid}/{image_type.value}.png",
                            "attempts": 1,
                            "updated_at": now,
                        }
                    )
            SessionRow.insert_many(sessions).execute()
            ImageRow.insert_many(images).execute()
        image_ids = [r.id for r in ImageRow.select(ImageRow.id)]
        for start in range(0, len(image_ids), 1000):
            AttemptRow.insert_many(
                [
                    {
                        "image": image_id,
                        "n": 1,
                        "run": 1,
                        "started_at": now,
                        "ended_at": now,
                        "variation": "base",
                        "prompt": "p" * 600,
                        "outcome": "complete",
                    }
                    for image_id in image_ids[start : start + 1000]
                ]
            ).execute()
    schema.database.close()


async def measure(paths: AppPaths) -> dict[str, float]:
    timings: dict[str, list[float]] = {"open_and_list_ms": [], "search_ms": [], "open_session_ms": []}
    for _ in range(5):
        store = HistoryStore(paths)
        started = time.perf_counter()
        await store.open()
        listed = await store.list_sessions(limit=200)
        timings["open_and_list_ms"].append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        await store.list_sessions(query="Yoga Lamp", limit=200)
        timings["search_ms"].append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        await store.load_session(listed[len(listed) // 2].session_id)
        timings["open_session_ms"].append((time.perf_counter() - started) * 1000)
        await store.close()
    return {name: round(statistics.median(values), 1) for name, values in timings.items()}


def main() -> int:
    with tempfile.TemporaryDirectory() as home:
        os.environ["LISTING_GENIE_HOME"] = home
        paths = AppPaths.from_environment()
        paths.ensure()
        started = time.perf_counter()
        populate(paths)
        fill_s = time.perf_counter() - started
        result = asyncio.run(measure(paths))
        result["populate_s"] = round(fill_s, 1)
        result["db_mb"] = round(Path(paths.database).stat().st_size / 1e6, 1)
    print(json.dumps({"history": result}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
