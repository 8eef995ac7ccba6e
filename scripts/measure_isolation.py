"""Measures product isolation on the synthetic photos with known masks (the README's IoU figure).

Run: `.venv/bin/python scripts/measure_isolation.py [--size 360]`. Every shape x colour x
backdrop of `tests/imaging/synthetic.py` (84 photos) at `--size` px, isolated as the studio
backend does and compared with the product's true silhouette (the mask at 50% coverage).
Prints the mean, minimum and white/light-grey IoU, the photos isolation did not trust, the
busy scenes it did trust (there should be none), the worst photos and the median time; the
last line is one JSON object with those figures.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from listing_genie_desktop.imaging.isolation import isolate
from tests.imaging.synthetic import busy_scene, iou, synthetic_set


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=360, help="longer side of the photos (default 360)")
    args = parser.parse_args()

    scores: dict[str, float] = {}
    untrusted, times = [], []
    for photo in synthetic_set(size=args.size):
        start = time.perf_counter()
        result = isolate(np.asarray(photo.image))
        times.append(time.perf_counter() - start)
        scores[photo.name] = iou(result.mask >= 128, photo.mask)
        if not result.trustworthy:
            untrusted.append(photo.name)
    light = [score for name, score in scores.items() if "-white-" in name or "-light_grey-" in name]
    busy_trusted = [seed for seed in range(3) if isolate(np.asarray(busy_scene(args.size, seed))).trustworthy]
    worst = sorted(scores.items(), key=lambda item: item[1])[:5]

    print(f"{len(scores)} synthetic photos at {args.size} px")
    print(f"IoU mean {statistics.mean(scores.values()):.4f}, min {min(scores.values()):.4f}")
    print(f"white and light grey ({len(light)} photos): mean {statistics.mean(light):.4f}, min {min(light):.4f}")
    print(f"not trusted: {', '.join(untrusted) or 'none'}; busy scenes trusted: {busy_trusted or 'none'}")
    print("worst: " + ", ".join(f"{name} {score:.3f}" for name, score in worst))
    print(f"isolate median {statistics.median(times) * 1000:.0f} ms per photo")
    print(
        json.dumps(
            {
                "photos": len(scores),
                "size": args.size,
                "iou_mean": round(statistics.mean(scores.values()), 4),
                "iou_min": round(min(scores.values()), 4),
                "light_iou_mean": round(statistics.mean(light), 4),
                "untrusted": len(untrusted),
                "busy_trusted": len(busy_trusted),
                "isolate_median_ms": round(statistics.median(times) * 1000, 1),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
