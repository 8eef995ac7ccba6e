"""What MAIN's compliance check costs on a 2000 px MAIN, now that it examines the cut-out itself.

Run: `.venv/bin/python -m benchmarks.bench_compliance [--repeat 15]`.

- `compliance_output_rules_ms`: `check_compliance` of a finished 2000 px MAIN whose backend has
  already examined its cut (colour mode, size, real resolution, pure-white border, fill): the
  check as it was before it looked at the cut, plus the resolution rule.
- `compliance_model_main_ms`: the same for a MAIN from an image model, which has no cut of the
  studio's: the finished image's product shape is examined too (holes, fragments, outline,
  frame), at `cut_check.ANALYSIS_SIDE`.
- `compliance_cut_examination_ms`: `examine_cut` of the studio's isolation of a 12-megapixel
  photo (backdrop left inside the cut, then the shape checks), once per photo and shared by the
  session's five images; `..._wood_ms` is the same on a cup photographed on wood, where the
  backdrop check finds leftover pieces and does the most work.

All are medians of `--repeat` runs in one thread, wall time and (`*_cpu_ms`) CPU time; the last
line of stdout is one JSON object.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from listing_genie_desktop.core.product import ImageType
from listing_genie_desktop.imaging.compliance import Provenance, check_compliance
from listing_genie_desktop.imaging.cut_check import examine_cut
from listing_genie_desktop.imaging.isolation import isolate
from tests.imaging import cut_scenes

ROOT = Path(__file__).resolve().parents[1]


def median_ms(work: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median wall and CPU milliseconds of `work` (CPU time is the steadier figure on a shared machine)."""
    work()  # warm caches (lookup tables, imports)
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        work()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return round(statistics.median(walls) * 1000, 2), round(statistics.median(cpus) * 1000, 2)


def model_main() -> Image.Image:
    """A 2000 px MAIN as post-processing leaves a model's answer: pure white around a product at 85%."""
    image = Image.new("RGB", (2000, 2000), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((650, 150, 1350, 1850), radius=120, fill=(40, 86, 170))
    draw.ellipse((560, 1800, 1440, 1860), fill=(236, 236, 236))
    return image


def sample_photo() -> np.ndarray:
    spec = importlib.util.spec_from_file_location("make_sample_photo", ROOT / "scripts" / "make_sample_photo.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return np.asarray(module.make_sample_photo(4000, 3000).convert("RGB"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()

    main_image = model_main()
    studio = Provenance(answer_size=(2000, 2000), cut_issues=(), photo_size=(4000, 3000), product_px=2400)
    twelve_mp = isolate(sample_photo())
    wood, _ = cut_scenes.espresso_cup(1800, 1200)
    on_wood = isolate(np.asarray(wood))
    assert twelve_mp.trustworthy and on_wood.trustworthy
    model = Provenance(answer_size=(1024, 1024))
    works: dict[str, Callable[[], object]] = {
        "compliance_output_rules": lambda: check_compliance(ImageType.MAIN, main_image, studio),
        "compliance_model_main": lambda: check_compliance(ImageType.MAIN, main_image, model),
        "compliance_cut_examination": lambda: examine_cut(twelve_mp),
        "compliance_cut_examination_wood": lambda: examine_cut(on_wood),
    }
    figures = {}
    for name, work in works.items():
        figures[f"{name}_ms"], figures[f"{name}_cpu_ms"] = median_ms(work, args.repeat)
    print(json.dumps({"compliance": figures}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
