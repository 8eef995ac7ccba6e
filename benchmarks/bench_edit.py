"""Wall time of an edit of an image's texts: the seller changes a headline, the image is drawn again.

Run: `.venv/bin/python benchmarks/bench_edit.py [--repeat 7]`.

A studio session is generated from a 12-megapixel photo in a temporary `LISTING_GENIE_HOME`, then
`TextEditor.edit` (what `listing-genie edit` and the window's Edit texts call) is timed from the call
to the new version recorded in the history: the lease, the history read, the re-draw and PNG
encoding in a worker thread, the file and the new attempt row. Figures (medians of `--repeat`):

- `edit_studio_ms`: an infographic's headline changed, the photo's cut-out already in the editor's
  memory (the window's case after its first edit of a session, and after Edit texts opened: the
  dialog prepares the cut-out while the seller types);
- `edit_studio_cold_ms`: the same with a fresh editor (`listing-genie edit` in a new process: it
  loads the photo and cuts the product out again);
- `edit_overlay_ms`: a model scene's overlay drawn again on its kept clean scene.

Target: `edit_studio_ms` and `edit_overlay_ms` <= 500 on a 2-core machine. The last line of stdout
is one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.bench_studio import PRODUCT, twelve_megapixel_jpeg
from listing_genie_desktop.core.product import ImageType
from listing_genie_desktop.imaging.finish import encode_png
from listing_genie_desktop.runtime_tuning import tune_allocator


async def measure(folder: Path, repeat: int) -> dict[str, float]:
    from PIL import Image

    from listing_genie_desktop.editing import TextEditor
    from listing_genie_desktop.imaging.loading import load_reference
    from listing_genie_desktop.services import Services
    from listing_genie_desktop.settings import Settings
    from listing_genie_desktop.storage.versions import scene_path_for

    photo_path = folder / "photo.jpg"
    photo_path.write_bytes(twelve_megapixel_jpeg())
    services = await Services.open()
    try:
        settings = Settings(backend="studio")
        reference = await asyncio.to_thread(load_reference, photo_path)
        session_id, choice = await services.create_session(PRODUCT, reference, settings)
        await services.runner(session_id, choice, settings, reference=reference).run()
        comparison = (await services.store.load_session(session_id)).image(ImageType.COMPARISON)
        assert comparison is not None and comparison.path is not None
        scene = Image.new("RGB", (2000, 2000), (120, 160, 190))  # a model's clean scene beside its file
        scene_path_for(comparison.path).write_bytes(encode_png(scene))

        async def timed(editor: TextEditor, image_type: ImageType, key: str, n: int) -> float:
            start = time.perf_counter()
            await editor.edit(session_id, image_type, {key: f"Edited headline number {n}"})
            return (time.perf_counter() - start) * 1000

        cold = [await timed(TextEditor(services.store), ImageType.INFOGRAPHIC_1, "headline", n) for n in range(repeat)]
        warm_editor = TextEditor(services.store)
        await timed(warm_editor, ImageType.INFOGRAPHIC_1, "headline", -1)
        warm = [await timed(warm_editor, ImageType.INFOGRAPHIC_1, "headline", n) for n in range(repeat)]
        overlay = [await timed(warm_editor, ImageType.COMPARISON, "heading", n) for n in range(repeat)]
    finally:
        await services.close()
    print("studio, cut-out kept: " + ", ".join(f"{t:.0f}" for t in warm) + " ms")
    print("studio, fresh editor: " + ", ".join(f"{t:.0f}" for t in cold) + " ms")
    print("overlay on a kept scene: " + ", ".join(f"{t:.0f}" for t in overlay) + " ms")
    return {
        "edit_studio_ms": round(statistics.median(warm), 1),
        "edit_studio_cold_ms": round(statistics.median(cold), 1),
        "edit_overlay_ms": round(statistics.median(overlay), 1),
        "edit_studio_worst_ms": round(max(warm), 1),
        "runs": repeat,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    tune_allocator()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["LISTING_GENIE_HOME"] = folder
        figures = asyncio.run(measure(Path(folder), args.repeat))
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
