"""The words each studio layout and text overlay draws: the seller's own, and nothing else.

Every text on an image is either a field the seller typed (title, features, audience) tidied
(capital first letter, no trailing full stop), or one of a layout's few fixed labels ("How it
compares", "Ours", "For {audience}"), which come from `resources/labels.json` in the listing's
language. Nothing here invents a benefit or a quality claim: a layout with fewer features shows
fewer cards, rows or tiles, never filler. Words no installed font can draw (CJK without a CJK
font) count as not given when they are most of the line, so a layout leaves that text out
rather than drawing empty boxes.

Each type's studio layout names its function here (`render.plan(image_type, product)` calls it):
the image's texts as data, KEY -> text (the contract's `texts`); the layouts draw exactly those.
"""

from __future__ import annotations

import functools
import json

from listing_genie_desktop.core import language as language_codes
from listing_genie_desktop.core.product import Intent, ProductContext, classify_intents
from listing_genie_desktop.imaging.render.text import renderable
from listing_genie_desktop.resources import resource_path

Texts = dict[str, str]
DEFAULT_LANGUAGE = language_codes.DEFAULT
DRAWABLE_SHARE = 0.6
"""A line that loses more than 40% of its characters to missing glyphs is not shown."""


@functools.cache
def _label_table() -> dict[str, dict[str, str]]:
    data = json.loads(resource_path("labels.json").read_text(encoding="utf-8"))
    return {code: labels for code, labels in data.items() if not code.startswith("_")}


def label_languages() -> tuple[str, ...]:
    """The languages the fixed labels are written in."""
    return tuple(_label_table())


def labels(language: str) -> dict[str, str]:
    """The fixed labels in `language`; English when the language is unknown or its labels cannot be
    drawn with the installed fonts (Japanese on a machine without a CJK font)."""
    table = _label_table()
    chosen = table.get(language, table[DEFAULT_LANGUAGE])
    if not all(drawable(text.replace("{audience}", "")) for text in chosen.values()):
        return table[DEFAULT_LANGUAGE]
    return chosen


def fixed_labels(language: str) -> frozenset[str]:
    """Every fixed label a layout may draw in `language` (the audience label without its audience)."""
    return frozenset(labels(language).values())


def tidy(text: str) -> str:
    """Capital first letter, no trailing full stop; "" when no font can draw most of it."""
    text = text.strip().rstrip(".").strip()
    if not drawable(text):
        return ""
    return text[:1].upper() + text[1:] if text else text


def drawable(text: str) -> bool:
    """True when the fonts can draw at least DRAWABLE_SHARE of the text's characters."""
    wanted = len("".join(text.split()))
    return wanted > 0 and len("".join(renderable(text).split())) >= DRAWABLE_SHARE * wanted


def distinct(items: list[str]) -> list[str]:
    """The non-empty items, first occurrence of each (ignoring case)."""
    seen: set[str] = set()
    result = []
    for item in items:
        key = item.casefold()
        if item and key not in seen:
            seen.add(key)
            result.append(item)
    return result


def features(product: ProductContext) -> list[str]:
    """The seller's features that can be drawn, tidied, each once."""
    return distinct([tidy(f) for f in product.features])


def compared_rows(product: ProductContext) -> list[tuple[str, str]]:
    """The comparison's rows: each drawable feature once (as `features`), with what the seller said a
    generic alternative lacks for it ("" where they said nothing)."""
    rows: dict[str, tuple[str, str]] = {}
    for index, feature in enumerate(product.features):
        text = tidy(feature)
        if text and text.casefold() not in rows:
            rows[text.casefold()] = (text, tidy(product.compared_for(index)))
    return list(rows.values())


def feature_icon(feature: str) -> str:
    """The icon of a feature's tile: the intent its own words suggest (an icon is not a claim)."""
    found = classify_intents(feature)
    return (found[0] if found else Intent.USE_CASE).value


def audience_line(product: ProductContext, language: str = DEFAULT_LANGUAGE) -> str:
    """ "For hikers" in the listing's language; "" when the seller gave no audience."""
    audience = product.audience.strip()
    if not drawable(audience):
        return ""
    template = labels(language)["audience"]
    prefix = template.split("{audience}")[0].strip().casefold()
    if prefix and audience.casefold().startswith(prefix):
        return tidy(audience)
    return template.replace("{audience}", audience)


def _numbered(prefix: str, lines: list[str]) -> Texts:
    return {f"{prefix}_{number}": line for number, line in enumerate(lines, start=1)}


def infographic_texts(product: ProductContext) -> Texts:
    """INFOGRAPHIC_1: the title as kicker, feature 1 as headline, the other features as callouts."""
    title, stated = tidy(product.title), features(product)
    headline = stated[0] if stated else title
    callouts = [f for f in stated if f != headline]
    return {"kicker": title if title != headline else "", "headline": headline, **_numbered("callout", callouts)}


def benefits_texts(product: ProductContext) -> Texts:
    """INFOGRAPHIC_2: the title as headline, the audience as kicker, one tile per feature."""
    kicker = audience_line(product, product.language)
    return {"kicker": kicker, "headline": tidy(product.title), **_numbered("feature", features(product))}


def lifestyle_texts(product: ProductContext) -> Texts:
    """LIFESTYLE: the audience as caption."""
    return {"caption": audience_line(product, product.language)}


def comparison_texts(product: ProductContext) -> Texts:
    """COMPARISON: the title, the fixed heading and column labels, one row per feature, and `lacks_N` beside
    row N where the seller said what a generic alternative lacks (ProductContext.compared_with)."""
    fixed = labels(product.language)
    rows = compared_rows(product)
    return {
        "kicker": tidy(product.title),
        "heading": fixed["heading"],
        "ours": fixed["ours"],
        "theirs": fixed["theirs"],
        **{
            key: text
            for n, (row, lacks) in enumerate(rows, 1)
            for key, text in ((f"row_{n}", row), (f"lacks_{n}", lacks))
        },
    }


def no_texts(product: ProductContext) -> Texts:
    """MAIN: nothing (Amazon allows no text on it)."""
    return {}


def given(texts: Texts) -> Texts:
    """The texts in drawing order, empty entries left out."""
    return {key: value for key, value in texts.items() if value}


def numbered(texts: Texts, prefix: str) -> list[str]:
    """The values of `prefix_1`, `prefix_2`, ... in order (callouts, tiles, rows)."""
    return [texts[key] for key in sorted((k for k in texts if k.startswith(f"{prefix}_")), key=_number)]


def _number(key: str) -> int:
    return int(key.rsplit("_", 1)[1])
