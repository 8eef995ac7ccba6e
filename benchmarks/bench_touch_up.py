"""Wall time of the cut-out touch-up and of the viewer's decode, on a 12-megapixel photo.

Run: `PYTHONPATH=. .venv/bin/python benchmarks/bench_touch_up.py [--repeat 3]`.

`cut_s`: `prepare_cut` (isolation and the cut-out) of the loaded photo, which opening the brush does in
a worker. `apply_cut_s`: what Apply does before drawing: the painted mask put back at the photo's size
(`photo_mask`), encoded as the PNG kept with the session (`mask_png`), and the cut made from it
(`prepare_cut` of the photo with that mask as its transparency). `redraw_s`: the five images drawn
again from the corrected cut-out and finished (`draw_from_cut` + `finish_and_encode`, one after the
other, as `touch_up.touch_up` does), storage excluded. `viewer_decode_s`: `QImage` of one finished
2000 px PNG, what the viewer decodes in a worker per version shown. Medians of `--repeat` runs; the
last stdout line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
from PIL import Image

from benchmarks.bench_studio import PRODUCT, twelve_megapixel_jpeg
from listing_genie_desktop.backends.studio import draw_from_cut, photo_mask, prepare_cut
from listing_genie_desktop.core.product import IMAGE_TYPES
from listing_genie_desktop.imaging.finish import finish_and_encode
from listing_genie_desktop.imaging.loading import load_reference
from listing_genie_desktop.imaging.photo_set import mask_png


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    repeat = parser.parse_args().repeat
    from PySide6.QtGui import QImage

    with tempfile.TemporaryDirectory() as folder:
        photo_path = Path(folder) / "photo.jpg"
        photo_path.write_bytes(twelve_megapixel_jpeg())
        photo = load_reference(str(photo_path))
        cut_s, apply_s, redraw_s, decode_s = [], [], [], []
        png = Path(folder) / "main.png"
        for _ in range(repeat):
            start = time.perf_counter()
            cut = prepare_cut(photo)
            cut_s.append(time.perf_counter() - start)
            alpha = np.array(cut.cutout.alpha())
            h, w = alpha.shape
            alpha[h // 3 : h // 2, w // 3 : w // 2] = 0
            start = time.perf_counter()
            full = photo_mask(cut, Image.fromarray(alpha, "L"))
            mask_png(full)
            corrected = prepare_cut(replace(photo, alpha=full))
            apply_s.append(time.perf_counter() - start)
            start = time.perf_counter()
            for image_type in IMAGE_TYPES:
                generated = draw_from_cut(image_type, corrected, PRODUCT, 0)
                encoded = finish_and_encode(
                    image_type, generated, PRODUCT, backend_renders_text=True, text_overlay=False
                )
                if image_type is IMAGE_TYPES[0]:
                    png.write_bytes(encoded.png)
            redraw_s.append(time.perf_counter() - start)
            start = time.perf_counter()
            assert not QImage(str(png)).isNull()
            decode_s.append(time.perf_counter() - start)
    figures = {
        "cut_s": round(statistics.median(cut_s), 3),
        "apply_cut_s": round(statistics.median(apply_s), 3),
        "redraw_s": round(statistics.median(redraw_s), 3),
        "viewer_decode_s": round(statistics.median(decode_s), 4),
    }
    print(json.dumps({"touch_up": figures}))


if __name__ == "__main__":
    main()
