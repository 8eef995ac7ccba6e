"""What a second and third photo of the product cost: decoding them, and the studio's five images.

Run: `.venv/bin/python benchmarks/bench_several_photos.py [--repeat 5]`.

`photos_load_1_s` / `photos_load_3_s`: `load_references` of one and of three 12-megapixel JPEGs (decoded side by
side in worker threads, as `generate --image A --image B --image C` and the window do). `studio_render_1_s` /
`studio_render_3_s`: the five finished studio images from one photo and from three (MAIN then isolates all three
to draw from the one that isolates best), measured as `bench_studio.py` does, concurrency 2. Medians of
`--repeat` runs; the last stdout line is one JSON object. No target: the figures say what the choice costs.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import statistics
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageOps

from benchmarks.bench_studio import clear_render_caches, twelve_megapixel_jpeg
from listing_genie_desktop.backends.studio import StudioBackend
from listing_genie_desktop.core.ports import ImageRequest, ReferencePhoto
from listing_genie_desktop.core.product import IMAGE_TYPES, ProductContext
from listing_genie_desktop.imaging.finish import finish_and_encode
from listing_genie_desktop.imaging.photo_set import load_references
from listing_genie_desktop.runtime_tuning import tune_allocator

PRODUCT = ProductContext.create("Insulated Steel Bottle", ["Cold 24 hours", "Leak-proof lid"], "hikers", ["bottle"])


def three_photos(folder: Path) -> list[Path]:
    """The 12-MP sample and two variants of it (mirrored, turned): three different files of one product."""
    data = twelve_megapixel_jpeg()
    base = Image.open(io.BytesIO(data)).convert("RGB")
    paths = []
    for n, image in enumerate((base, ImageOps.mirror(base), base.rotate(3, fillcolor=(245, 245, 245)))):
        path = folder / f"photo-{n + 1}.jpg"
        image.save(path, "JPEG", quality=92)
        paths.append(path)
    return paths


async def render_all(photos: list[ReferencePhoto]) -> float:
    backend = StudioBackend()
    slots = asyncio.Semaphore(2)
    main, *others = photos

    async def one(image_type):
        async with slots:
            request = ImageRequest(image_type, "", PRODUCT, main, "base", 1, others=tuple(others))
            generated = await backend.generate(request)
        await asyncio.to_thread(
            finish_and_encode, image_type, generated, PRODUCT, backend_renders_text=True, text_overlay=True
        )

    start = time.perf_counter()
    await asyncio.gather(*(one(t) for t in IMAGE_TYPES))
    elapsed = time.perf_counter() - start
    await backend.aclose()
    return elapsed


def median_of(repeat: int, measure) -> float:  # type: ignore[no-untyped-def]
    return round(statistics.median(measure() for _ in range(repeat)), 3)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    tune_allocator()
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        paths = three_photos(Path(folder))
        photos: list[ReferencePhoto] = []
        for count in (1, 3):

            def load(count: int = count) -> float:
                start = time.perf_counter()
                photos[:] = asyncio.run(load_references(paths[:count]))
                return time.perf_counter() - start

            figures[f"photos_load_{count}_s"] = median_of(args.repeat, load)
            loaded = list(photos)

            def render(loaded: list[ReferencePhoto] = loaded) -> float:
                clear_render_caches()
                return asyncio.run(render_all(loaded))

            figures[f"studio_render_{count}_s"] = median_of(args.repeat, render)
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
