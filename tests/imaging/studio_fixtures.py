"""A deterministic product cutout and product text for renderer tests (no isolation involved)."""

from __future__ import annotations

from PIL import Image, ImageDraw

from listing_genie_desktop.core.product import ProductContext
from listing_genie_desktop.imaging.render.cutout import Cutout


def bottle_cutout(width: int = 360, height: int = 900) -> Cutout:
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, int(0.18 * height), width - 1, height - 1), radius=50, fill=(70, 110, 160, 255))
    draw.rounded_rectangle(
        (int(0.3 * width), 0, int(0.7 * width), int(0.2 * height)), radius=20, fill=(30, 30, 36, 255)
    )
    draw.rectangle((0, int(0.45 * height), width - 1, int(0.6 * height)), fill=(230, 230, 236, 255))
    return Cutout(image, True, None)


def bottle_product(**overrides: object) -> ProductContext:
    fields: dict[str, object] = {
        "title": "Insulated Stainless Steel Water Bottle, 750 ml",
        "features": [
            "Keeps drinks cold for 24 hours and hot for 12",
            "Leak-proof lid you can toss in any bag",
            "BPA-free, dishwasher-safe steel",
        ],
        "audience": "hikers, commuters and gym-goers",
        "keywords": ["durable water bottle", "leak proof bottle for travel", "sleek gift for him"],
    }
    fields.update(overrides)
    return ProductContext.create(**fields)  # type: ignore[arg-type]
