"""Product category and the colour palette each studio layout uses.

The category is guessed from the seller's own words (title, features, keywords): a short list
of stems per category, first category with the most hits wins, `default` otherwise. The
palette is what a designer would pick for that aisle: calm, high-contrast text, one accent.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from listing_genie_desktop.core.product import ProductContext

RGB = tuple[int, int, int]


class Category(StrEnum):
    KITCHEN = "kitchen"
    FITNESS = "fitness"
    BABY = "baby"
    ELECTRONICS = "electronics"
    HEALTH = "health"
    DEFAULT = "default"


# fmt: off
_STEMS: dict[Category, tuple[str, ...]] = {
    Category.KITCHEN: (
        "kitchen", "cook", "bak", "knife", "pan", "pot ", "skillet", "utensil", "cutting board", "spatula",
        "coffee", "tea", "mug", "cup", "bottle", "tumbler", "food", "lunch", "container", "blender", "dish",
    ),
    Category.FITNESS: (
        "fitness", "gym", "workout", "yoga", "dumbbell", "kettlebell", "resistance", "exercise", "running",
        "sport", "training", "protein", "shaker", "mat", "muscle", "athlet", "hiking", "cycling",
    ),
    Category.BABY: (
        "baby", "infant", "toddler", "newborn", "nursery", "diaper", "stroller", "pacifier", "crib",
        "kids", "child", "teether", "bib", "maternity",
    ),
    Category.ELECTRONICS: (
        "usb", "charger", "cable", "wireless", "bluetooth", "battery", "headphone", "earbud", "speaker",
        "laptop", "phone", "tablet", "smart", "led", "hdmi", "power bank", "camera", "keyboard", "mouse",
    ),
    Category.HEALTH: (
        "health", "vitamin", "supplement", "organic", "natural", "skin", "care", "massage", "sleep",
        "wellness", "posture", "pain relief", "first aid", "essential oil", "herbal", "dental", "hygiene",
    ),
}
# fmt: on


@dataclass(frozen=True)
class Palette:
    category: Category
    background: RGB
    """Page colour of infographics: a light tint, never pure white (that is MAIN's)."""
    background_2: RGB
    """Second stop of the page gradient."""
    accent: RGB
    """Headline bands, icons, check marks."""
    on_accent: RGB
    text: RGB
    muted: RGB
    card: RGB
    wall: RGB
    """Lifestyle backdrop."""
    surface: RGB
    """Lifestyle table or counter top."""
    surface_edge: RGB


# fmt: off
_PALETTES: dict[Category, Palette] = {
    Category.KITCHEN: Palette(
        Category.KITCHEN, (250, 246, 240), (240, 231, 218), (196, 92, 52), (255, 255, 255), (46, 38, 33),
        (118, 104, 94), (255, 255, 255), (236, 226, 212), (196, 160, 122), (150, 116, 84),
    ),
    Category.FITNESS: Palette(
        Category.FITNESS, (241, 246, 248), (220, 232, 238), (0, 140, 140), (255, 255, 255), (22, 34, 44),
        (86, 104, 116), (255, 255, 255), (214, 224, 230), (120, 130, 138), (78, 86, 94),
    ),
    Category.BABY: Palette(
        Category.BABY, (252, 246, 246), (236, 240, 250), (226, 120, 140), (255, 255, 255), (60, 52, 70),
        (126, 116, 136), (255, 255, 255), (246, 232, 234), (238, 226, 214), (208, 190, 176),
    ),
    Category.ELECTRONICS: Palette(
        Category.ELECTRONICS, (240, 243, 248), (216, 224, 236), (32, 102, 220), (255, 255, 255), (18, 24, 38),
        (88, 98, 118), (255, 255, 255), (52, 58, 72), (92, 98, 110), (60, 64, 74),
    ),
    Category.HEALTH: Palette(
        Category.HEALTH, (244, 249, 244), (224, 238, 226), (46, 140, 92), (255, 255, 255), (26, 46, 36),
        (92, 116, 102), (255, 255, 255), (226, 236, 226), (224, 214, 196), (182, 168, 146),
    ),
    Category.DEFAULT: Palette(
        Category.DEFAULT, (245, 246, 249), (226, 230, 238), (36, 72, 140), (255, 255, 255), (24, 30, 44),
        (96, 104, 120), (255, 255, 255), (228, 226, 222), (188, 170, 150), (140, 124, 108),
    ),
}
# fmt: on


def detect_category(product: ProductContext) -> Category:
    """The category whose stems appear most often in what the seller wrote."""
    text = " " + " ".join([product.title, *product.features, *(k.keyword for k in product.keywords)]).casefold() + " "
    scores = {category: sum(text.count(stem) for stem in stems) for category, stems in _STEMS.items()}
    best = max(scores, key=lambda c: scores[c])
    return best if scores[best] > 0 else Category.DEFAULT


PALETTE_NAMES: dict[Category, str] = {
    Category.KITCHEN: "terracotta",
    Category.FITNESS: "teal",
    Category.BABY: "rose",
    Category.ELECTRONICS: "blue",
    Category.HEALTH: "green",
    Category.DEFAULT: "navy",
}
"""What the seller is told an alternative palette is called (Regenerate names it)."""
_CYCLE = tuple(Category)


def palette_for(product: ProductContext, variant: int = 0) -> Palette:
    """The palette of the product's category; alternative `variant` n moves n steps along the other
    categories' palettes (each a complete, tested design), back to the product's own after all six."""
    own = detect_category(product)
    return _PALETTES[_CYCLE[(_CYCLE.index(own) + variant) % len(_CYCLE)]]


def palette_count() -> int:
    return len(_CYCLE)


def mix(a: RGB, b: RGB, t: float) -> RGB:
    """`a` moved a share `t` of the way to `b`."""
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))  # type: ignore[return-value]
