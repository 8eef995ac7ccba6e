"""Wall time of the studio backend for all five finished images from a 12-megapixel photo.

Run: `.venv/bin/python benchmarks/bench_studio.py [--concurrency 2] [--repeat 7]`.

`studio_render_s` measures what the engine does once it holds the loaded `ReferencePhoto`:
for each of the five image types, `StudioBackend.generate()` inside one of `concurrency`
slots (a fresh backend per run, so isolation and the cutout are computed once per run and
shared), then `finish_and_encode` (post-processing, compliance, PNG encoding) in a worker
thread outside the slot, exactly as `GenerationEngine` schedules them; the clock stops when
the fifth PNG is encoded. Per-process caches that depend only on the palette (the drawn
lifestyle scene) are cleared before every run unless `--warm`, so each run costs what the
first generation after starting the app costs.

`photo_load_s` is `load_reference` of a 12-megapixel JPEG file (read, decode, orient,
convert, the copy for image models), which the engine does before generating.

Both are medians of `--repeat` runs; `*_best_s` are the minima. `studio_render_cpu_s` is the
median CPU time of the process (all threads) per render run: on a shared machine it is the
steadier figure, and wall time cannot be below half of it on two cores. The last line of
stdout is one JSON object with those figures. Target: `studio_render_s` <= 1.5 on a 2-core machine.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import io
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from listing_genie_desktop.backends.studio import StudioBackend
from listing_genie_desktop.core.ports import ImageRequest
from listing_genie_desktop.core.product import IMAGE_TYPES, ProductContext
from listing_genie_desktop.imaging.finish import finish_and_encode
from listing_genie_desktop.imaging.loading import load_reference
from listing_genie_desktop.imaging.render import canvas, scenes
from listing_genie_desktop.runtime_tuning import tune_allocator

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


async def render_all(photo, concurrency: int) -> tuple[float, list[int]]:
    """Seconds from the loaded photo to five encoded PNGs, and the PNG sizes."""
    backend = StudioBackend()
    slots = asyncio.Semaphore(concurrency)

    async def one(image_type):
        async with slots:
            generated = await backend.generate(ImageRequest(image_type, "", PRODUCT, photo, "base", 1))
        encoded = await asyncio.to_thread(
            finish_and_encode, image_type, generated, PRODUCT, backend_renders_text=True, text_overlay=True
        )
        return len(encoded.png)

    start = time.perf_counter()
    sizes = await asyncio.gather(*(one(t) for t in IMAGE_TYPES))
    elapsed = time.perf_counter() - start
    await backend.aclose()
    return elapsed, sizes


def clear_render_caches() -> None:
    """Forget what the renderer keeps per process (drawn scenes, disc masks): a cold first run."""
    scenes._cached_scene.cache_clear()
    canvas.disc_mask.cache_clear()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--concurrency", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--warm", action="store_true", help="keep the per-process scene cache between runs")
    args = parser.parse_args()
    tune_allocator()  # as `listing-genie` does at start-up

    data = twelve_megapixel_jpeg()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "photo.jpg"
        path.write_bytes(data)
        loads = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            photo = load_reference(path)
            loads.append(time.perf_counter() - start)
    print(f"photo 4000x3000 ({len(data) / 1e6:.1f} MB JPEG) loaded as {photo.size[0]}x{photo.size[1]}")
    print("photo load: " + ", ".join(f"{t:.2f}" for t in loads) + " s")

    renders, cpus = [], []
    for _ in range(args.repeat):
        if not args.warm:
            clear_render_caches()
        cpu = time.process_time()
        elapsed, sizes = asyncio.run(render_all(photo, args.concurrency))
        cpus.append(time.process_time() - cpu)
        renders.append(elapsed)
    print(f"five finished studio images, concurrency {args.concurrency}: " + ", ".join(f"{t:.2f}" for t in renders))
    print("CPU time per run: " + ", ".join(f"{t:.2f}" for t in cpus) + " s")
    print(f"PNG sizes: {', '.join(f'{s / 1e6:.2f} MB' for s in sizes)}")
    print(
        f"render median {statistics.median(renders):.2f} s, best {min(renders):.2f} s (target <= 1.50 s); "
        f"photo load median {statistics.median(loads):.2f} s, best {min(loads):.2f} s"
    )
    print(
        json.dumps(
            {
                "studio_render_s": round(statistics.median(renders), 3),
                "photo_load_s": round(statistics.median(loads), 3),
                "studio_render_best_s": round(min(renders), 3),
                "photo_load_best_s": round(min(loads), 3),
                "studio_render_cpu_s": round(statistics.median(cpus), 3),
                "runs": args.repeat,
                "concurrency": args.concurrency,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
