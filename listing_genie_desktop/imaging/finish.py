"""Post-processing every delivered image goes through before it is saved."""

from __future__ import annotations

import io

from PIL import Image

from listing_genie_desktop.core.pipeline import FinishedImage
from listing_genie_desktop.core.product import ImageType, ProductContext

DELIVERED_SIZE = 2000
MIN_SIZE = 1000


def finish_image(
    image_type: ImageType, image: Image.Image, product: ProductContext, backend_renders_text: bool
) -> FinishedImage:
    """Upscales to the delivered size, checks size and colour mode, and encodes PNG."""
    rgb = image.convert("RGB")
    if rgb.size != (DELIVERED_SIZE, DELIVERED_SIZE):
        rgb = rgb.resize((DELIVERED_SIZE, DELIVERED_SIZE), Image.Resampling.LANCZOS)
    issues = []
    if min(image.size) < MIN_SIZE:
        issues.append(f"generated at {image.width} x {image.height} px, upscaled to {DELIVERED_SIZE} px")
    buffer = io.BytesIO()
    rgb.save(buffer, format="PNG", compress_level=3)
    return FinishedImage(buffer.getvalue(), {"compliant": not issues, "issues": issues})
