"""A studio catalogue (issue #16 item 9): N products, each with its own 12-megapixel photo, run by
`catalogue run` as the CLI runs it (products in parallel, one pool of `--concurrency` images at work).

Figures: seconds per product (wall, on this machine), and the process's resident memory sampled after
product 10 and after the last one (target: at most 10 % growth from product 10 to product N).

Run: `.venv/bin/python -m benchmarks.bench_catalogue_studio [--products 100] [--concurrency 2]`.
Prints one JSON object as its last line; `make bench` collects it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.bench_studio import twelve_megapixel_jpeg
from listing_genie_desktop.catalogues import CatalogueRun, ProductOutcome, import_catalogue
from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.runtime_tuning import tune_allocator
from listing_genie_desktop.services import Services


def rss_mb() -> float:
    """Resident memory now (not the peak): read from /proc, where it is."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


async def run(folder: Path, products: int, concurrency: int) -> dict[str, float]:
    home = folder / "home"
    services = await Services.open(AppPaths(data=home, config=home, logs=home / "logs"))
    memory: dict[int, float] = {}
    done = 0

    def product_done(outcome: ProductOutcome) -> None:
        nonlocal done
        done += 1
        if done in (10, products):
            memory[done] = rss_mb()

    try:
        catalogue_id, _read = await import_catalogue(services, folder / "products.csv")
        started = time.perf_counter()
        record = await CatalogueRun(
            services, catalogue_id, {"backend": "studio", "concurrency": concurrency}, on_product=product_done
        ).run()
        elapsed = time.perf_counter() - started
    finally:
        await services.close()
    assert record.counts["complete"] == products, record.counts
    growth = (memory[products] - memory[10]) / memory[10] * 100 if 10 in memory else float("nan")
    return {
        "catalogue_studio_s_per_product": round(elapsed / products, 3),
        "catalogue_studio_rss_at_10_mb": round(memory.get(10, float("nan")), 1),
        "catalogue_studio_rss_at_end_mb": round(memory[products], 1),
        "catalogue_studio_rss_growth_pct": round(growth, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--products", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=2)
    args = parser.parse_args()
    tune_allocator()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        photo = twelve_megapixel_jpeg()
        rows = ["sku,title,feature_1,feature_2,photo"]
        for n in range(args.products):
            (folder / f"p{n}.jpg").write_bytes(photo)
            rows.append(f"P-{n},Steel Bottle {n},Keeps drinks cold 24 h,Leak-proof lid,p{n}.jpg")
        (folder / "products.csv").write_text("\n".join(rows) + "\n")
        result = asyncio.run(run(folder, args.products, args.concurrency))
    print(f"{args.products} products: {result}", file=sys.stderr)
    print(json.dumps(result))


if __name__ == "__main__":
    os.environ.setdefault("LISTING_GENIE_LOG_LEVEL", "WARNING")
    main()
