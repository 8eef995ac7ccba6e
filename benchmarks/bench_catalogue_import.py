"""Importing a catalogue of 1,000 rows, each with its own photo: read and check every row and every photo's
header, then store the catalogue (issue #16 item 1: <= 2 s).

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
from pathlib import Path

from PIL import Image

from listing_genie_desktop.catalogues import import_catalogue
from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.services import Services

ROWS = 1_000
RUNS = 3


def write_catalogue(folder: Path) -> Path:
    photos = folder / "photos"
    photos.mkdir()
    for n in range(ROWS):
        Image.new("RGB", (800, 600), (n % 256, 90, 40)).save(photos / f"p{n}.jpg", quality=80)
    lines = ["sku,title,feature_1,feature_2,feature_3,audience,keywords,photo,product_id"]
    lines += [
        f"SKU-{n},Steel Bottle {n},Keeps drinks cold 24 h,Leak-proof lid,BPA free,Hikers,"
        f"water bottle;gym bottle=use_case,photos/p{n}.jpg,"
        for n in range(ROWS)
    ]
    path = folder / "products.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


async def import_once(path: Path, home: Path) -> float:
    services = await Services.open(AppPaths(data=home, config=home, logs=home / "logs"))
    try:
        started = time.perf_counter()
        _catalogue_id, read = await import_catalogue(services, path)
        elapsed = time.perf_counter() - started
    finally:
        await services.close()
    assert len(read.valid_items) == ROWS, read.invalid_items[:1]
    return elapsed


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = write_catalogue(folder)
        times = [asyncio.run(import_once(path, folder / f"home{n}")) for n in range(RUNS)]
    result = {"catalogue_import_1000_s": round(statistics.median(times), 3)}
    print(f"import of {ROWS} rows: {', '.join(f'{t:.3f}' for t in times)} s", file=sys.stderr)
    print(json.dumps(result))


if __name__ == "__main__":
    os.environ.setdefault("LISTING_GENIE_LOG_LEVEL", "WARNING")
    main()
