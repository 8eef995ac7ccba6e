"""The app's PNG encoder against Pillow's one-liner, on the five finished 2000 px studio images (issue #12
item 8): `imaging.finish.encode_png` (every row "Up"-filtered in numpy, zlib level 1) against
`Image.save(..., "PNG", compress_level=1)` (a filter chosen per row). Also the Lanczos upscale of a 1024 px
answer to 2000 px, which every Gemini 2.5 answer goes through (Pillow's `resize`: context, no alternative).

Each is timed for one image on its own (what a single session's last image waits for) and for two
at once on two threads (a catalogue run works on two products in parallel, so both cores are busy).
Medians of `--repeat` runs, in ms; `*_cpu_ms` is the process's CPU time for the same work, the steadier
figure on a shared machine. Sizes of the five PNGs in MB.

Run from the repository root: `.venv/bin/python -m benchmarks.bench_imaging [--repeat 7]`. The last
stdout line is one JSON object.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import statistics
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from PIL import Image

from benchmarks.bench_studio import PRODUCT, twelve_megapixel_jpeg
from listing_genie_desktop.backends.studio import StudioBackend
from listing_genie_desktop.core.ports import ImageRequest
from listing_genie_desktop.core.product import IMAGE_TYPES
from listing_genie_desktop.imaging.finish import encode_png
from listing_genie_desktop.imaging.loading import load_reference_bytes
from listing_genie_desktop.imaging.postprocess import finish_image

SIDE = 2000


def pillow_png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=1)
    return buffer.getvalue()


def pillow_upscale(image: Image.Image) -> Image.Image:
    return image.resize((SIDE, SIDE), Image.Resampling.LANCZOS)


def studio_images() -> list[Image.Image]:
    """The five finished 2000 px studio images, as the finisher hands them to the encoder."""
    photo = load_reference_bytes(twelve_megapixel_jpeg())
    backend = StudioBackend()

    async def render() -> list[Image.Image]:
        images = []
        for image_type in IMAGE_TYPES:
            generated = await backend.generate(ImageRequest(image_type, "", PRODUCT, photo, "base", 1))
            options = {"backend_renders_text": True, "text_overlay": True, "clean": generated.clean}
            finished = finish_image(image_type, generated.image, PRODUCT, **options)
            images.append(finished.image)
        return images

    return asyncio.run(render())


def median_ms(work: Callable[[], object], repeat: int) -> tuple[float, float]:
    """(median wall ms, median CPU ms of the whole process) of `work`."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        work()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return round(statistics.median(walls), 1), round(statistics.median(cpus), 1)


def two_at_once(work: Callable[[], object]) -> Callable[[], None]:
    def both() -> None:
        with ThreadPoolExecutor(2) as pool:
            list(pool.map(lambda _: work(), range(2)))

    return both


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    repeat = parser.parse_args().repeat

    images = studio_images()
    answer = images[0].resize((1024, 1024), Image.Resampling.BICUBIC)  # a Gemini 2.5 answer's size
    answer.load()

    def encode_all(encoder: Callable[[Image.Image], bytes]) -> Callable[[], list[bytes]]:
        return lambda: [encoder(image) for image in images]

    timed = {
        "png_app_five": encode_all(encode_png),
        "png_pillow_five": encode_all(pillow_png),
        "png_app_one": lambda: encode_png(images[3]),
        "png_pillow_one": lambda: pillow_png(images[3]),
        "png_app_two_at_once": two_at_once(encode_all(encode_png)),
        "png_pillow_two_at_once": two_at_once(encode_all(pillow_png)),
        "upscale_one": lambda: pillow_upscale(answer),
        "upscale_two_at_once": two_at_once(lambda: pillow_upscale(answer)),
    }
    figures: dict[str, float] = {}
    for name, work in timed.items():
        figures[f"{name}_ms"], figures[f"{name}_cpu_ms"] = median_ms(work, repeat)
    figures["png_app_five_mb"] = round(sum(len(encode_png(i)) for i in images) / 1e6, 2)
    figures["png_pillow_five_mb"] = round(sum(len(pillow_png(i)) for i in images) / 1e6, 2)
    for name, value in figures.items():
        print(f"{name:32} {value}")
    print(json.dumps({"imaging": figures}))


if __name__ == "__main__":
    main()
