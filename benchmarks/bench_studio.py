"""Wall time of the studio backend for all five images from a 12-megapixel photo.

Run: `.venv/bin/python benchmarks/bench_studio.py [--concurrency 2] [--repeat 3]`.
Measures what the engine does: five `generate()` calls through asyncio (two at a time by
default, the engine's default concurrency) on a fresh backend, so isolation is computed once
and shared. Prints the photo load time separately (the engine loads the photo before
generating). Target: <= 1.5 s for the five renders on a 2-core machine.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import io
import sys
import time
from pathlib import Path

from listing_genie_desktop.backends.base import ImageRequest
from listing_genie_desktop.backends.studio import StudioBackend
from listing_genie_desktop.core.product import IMAGE_TYPES, ProductContext
from listing_genie_desktop.imaging.loading import load_reference_bytes

ROOT = Path(__file__).resolve().parents[1]
PRODUCT = ProductContext.create(
    "Insulated Stainless Steel Water Bottle, 750 ml",
    ["Keeps drinks cold for 24 hours and hot for 12", "Leak-proof lid you can toss in any bag", "BPA-free steel"],
    "hikers, commuters and gym-goers",
    ["durable water bottle", "leak proof bottle for travel", "sleek gift for him"],
)


def twelve_megapixel_jpeg() -> bytes:
    spec = importlib.util.spec_from_file_location("make_sample_photo", ROOT / "scripts" / "make_sample_photo.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    buffer = io.BytesIO()
    module.make_sample_photo(4000, 3000).save(buffer, "JPEG", quality=92)
    return buffer.getvalue()


async def render_all(photo, concurrency: int) -> float:
    backend = StudioBackend()
    gate = asyncio.Semaphore(concurrency)

    async def one(image_type):
        async with gate:
            return await backend.generate(ImageRequest(image_type, "", PRODUCT, photo, "base", 1))

    start = time.perf_counter()
    await asyncio.gather(*(one(t) for t in IMAGE_TYPES))
    elapsed = time.perf_counter() - start
    await backend.aclose()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--concurrency", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    data = twelve_megapixel_jpeg()
    start = time.perf_counter()
    photo = load_reference_bytes(data)
    load = time.perf_counter() - start
    print(f"photo {photo.size[0]}x{photo.size[1]} ({len(data) / 1e6:.1f} MB JPEG), load {load:.2f} s")
    times = [asyncio.run(render_all(photo, args.concurrency)) for _ in range(args.repeat)]
    print(f"five studio images, concurrency {args.concurrency}: " + ", ".join(f"{t:.2f} s" for t in times))
    print(f"best {min(times):.2f} s, median {sorted(times)[len(times) // 2]:.2f} s (target <= 1.50 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
