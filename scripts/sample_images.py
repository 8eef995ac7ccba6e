"""Makes the README's sample listing: the five studio images of the bundled sample photo.

Run: `.venv/bin/python scripts/sample_images.py` (or `make sample-images`). Writes 640 px JPEG
previews to docs/sample/ by driving the real CLI in a throw-away data folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

from listing_genie_desktop.resources import resource_path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "sample"
PREVIEW = 640


def main() -> int:
    photo = next(resource_path("samples").glob("*.jpg"))
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "LISTING_GENIE_HOME": home}
        env.pop("GEMINI_API_KEY", None)
        env.pop("GOOGLE_API_KEY", None)
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "listing_genie_desktop",
                "generate",
                "--backend",
                "studio",
                "--title",
                "Insulated Stainless Steel Water Bottle, 750 ml",
                "--feature",
                "Keeps drinks cold for 24 hours",
                "--feature",
                "Leak-proof lid for any bag",
                "--feature",
                "BPA-free food-grade steel",
                "--compared-with",
                "",
                "--compared-with",
                "Snap lids leak when tipped over",
                "--audience",
                "hikers, commuters and gym-goers",
                "--keyword",
                "durable water bottle",
                "--keyword",
                "leak proof bottle for travel",
                "--keyword",
                "sleek gift for him",
                "--image",
                str(photo),
                "--json",
            ],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        session = json.loads(result.stdout)
        OUT.mkdir(parents=True, exist_ok=True)
        for image in session["images"]:
            with Image.open(image["path"]) as full:
                preview = full.convert("RGB").resize((PREVIEW, PREVIEW), Image.Resampling.LANCZOS)
            target = OUT / f"{image['type']}.jpg"
            preview.save(target, "JPEG", quality=85)
            print(target.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
