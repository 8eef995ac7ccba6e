"""The words each studio layout shows, derived only from what the seller typed.

Nothing here invents a product claim: headlines and rows are the seller's features verbatim
(tidied: capital first letter, no trailing full stop); where a layout needs more lines than
the seller gave, it uses neutral benefit labels tied to the keyword intents.
"""

from __future__ import annotations

from dataclasses import dataclass

from listing_genie_desktop.core.product import Intent, ProductContext

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


def tidy(text: str) -> str:
    text = text.strip().rstrip(".").strip()
    return text[:1].upper() + text[1:] if text else text


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
    return tidy(product.feature_1)


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
    if not audience:
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
