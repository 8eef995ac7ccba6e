"""The words each studio layout shows, derived only from what the seller typed.

Nothing here invents a product claim: headlines and rows are the seller's features verbatim
(tidied: capital first letter, no trailing full stop); where a layout needs more lines than
the seller gave, it uses neutral benefit labels tied to the keyword intents. Words no
installed font can draw (CJK without a CJK font) count as not given when they are most of
the line, so a layout shows a neutral line rather than an empty box, a dangling "Made for"
or a stray "24" left of "保冷 24時間".
"""

from __future__ import annotations

from dataclasses import dataclass

from listing_genie_desktop.core.product import Intent, ProductContext
from listing_genie_desktop.imaging.render.text import renderable

INTENT_LABELS: dict[Intent, tuple[str, str]] = {
    Intent.DURABILITY: ("Built to last", "Sturdy materials made for daily use"),
    Intent.USE_CASE: ("Made for real life", "At home, at work and on the go"),
    Intent.STYLE: ("Looks as good as it works", "A clean design that fits in anywhere"),
    Intent.PROBLEM_SOLUTION: ("Solves the everyday hassle", "Less fuss, more of what you need"),
    Intent.COMPARISON: ("The smarter choice", "Thoughtful details, honest quality"),
}
FILL_INTENTS = (Intent.DURABILITY, Intent.USE_CASE, Intent.STYLE, Intent.PROBLEM_SOLUTION)
OURS = "Ours"
THEIRS = "Typical alternative"
QUALITY_ROW = "Quality materials, carefully finished"
DRAWABLE_SHARE = 0.6
"""A line that loses more than 40% of its characters to missing glyphs is not shown."""


def tidy(text: str) -> str:
    """Capital first letter, no trailing full stop; "" when no font can draw any of it."""
    text = text.strip().rstrip(".").strip()
    if not drawable(text):
        return ""
    return text[:1].upper() + text[1:] if text else text


def drawable(text: str) -> bool:
    """True when the fonts can draw at least DRAWABLE_SHARE of the text's characters."""
    wanted = len("".join(text.split()))
    return wanted > 0 and len("".join(renderable(text).split())) >= DRAWABLE_SHARE * wanted


def distinct(items: list[str]) -> list[str]:
    seen: set[str] = set()
    result = []
    for item in items:
        key = item.casefold()
        if item and key not in seen:
            seen.add(key)
            result.append(item)
    return result


def headline(product: ProductContext) -> str:
    """Feature 1; the title, then a neutral label, if it cannot be drawn."""
    first_intent = (*product.intents, *FILL_INTENTS)[0]
    return tidy(product.feature_1) or tidy(product.title) or INTENT_LABELS[first_intent][0]


def second_headline(product: ProductContext) -> str:
    """Feature 2 (INFOGRAPHIC_2's band); the first headline if it cannot be drawn."""
    return tidy(product.feature_2) or headline(product)


def callouts(product: ProductContext) -> list[str]:
    """2 or 3 short lines for INFOGRAPHIC_1: the other features, then intent labels."""
    lines = distinct([tidy(f) for f in product.features[1:]])
    for intent in (*product.intents, *FILL_INTENTS):
        if len(lines) >= 3 or (len(lines) >= 2 and len(product.features) >= 3):
            break
        lines = distinct([*lines, INTENT_LABELS[intent][0]])
    return lines[:3]


@dataclass(frozen=True)
class Benefit:
    icon: str
    label: str
    detail: str


def benefits(product: ProductContext, count: int = 4) -> list[Benefit]:
    """One tile per keyword intent (most frequent first), topped up with neutral ones."""
    intents = list(dict.fromkeys([*product.intents, *FILL_INTENTS]))[:count]
    tiles = []
    used: set[str] = set()
    for intent in intents:
        keyword = next((k.keyword for k in product.keywords if intent in k.intents and k.keyword not in used), None)
        if keyword:
            used.add(keyword)
        label, detail = INTENT_LABELS[intent]
        tiles.append(Benefit(intent.value, label, tidy(keyword) if keyword else detail))
    return tiles


def audience_line(product: ProductContext) -> str:
    audience = product.audience.strip()
    if not drawable(audience):
        return "Made for everyday life"
    if audience.casefold().startswith(("for ", "made for")):
        return tidy(audience)
    return f"Made for {audience}"


def comparison_rows(product: ProductContext) -> list[str]:
    """3 or 4 rows: features 2 and 3, quality, then an intent label if still short."""
    rows = distinct([tidy(product.feature_2), tidy(product.feature_3), QUALITY_ROW])
    for intent in (*product.intents, *FILL_INTENTS):
        if len(rows) >= 3:
            break
        rows = distinct([*rows, INTENT_LABELS[intent][0]])
    return rows[:4]
