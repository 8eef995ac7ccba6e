"""The product a seller describes, validated with messages a seller understands."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from listing_genie_desktop.core import language as language_codes
from listing_genie_desktop.core.errors import InvalidInput
from listing_genie_desktop.core.image_types import IMAGE_TYPES as IMAGE_TYPES  # re-exported: where types were
from listing_genie_desktop.core.image_types import ImageType as ImageType
from listing_genie_desktop.core.messages import QT_TR_NOOP

TITLE = QT_TR_NOOP("Title")
FEATURE = QT_TR_NOOP("Feature {number}")
COMPARED = QT_TR_NOOP("Compared with, feature {number}")
A_COMPARED = QT_TR_NOOP('A "compared with" text')
TOO_MANY_COMPARED = QT_TR_NOOP('{count} "compared with" texts for {features} features: give at most one per feature.')
COMPARED_WITHOUT_FEATURE = QT_TR_NOOP("Feature {number} is empty: say the feature before what the alternative lacks.")
A_FEATURE = QT_TR_NOOP("A key feature")
AUDIENCE = QT_TR_NOOP("Target audience")
KEYWORD = QT_TR_NOOP("Keyword '{phrase}'")
A_KEYWORD = QT_TR_NOOP("A keyword")
TITLE_REQUIRED = QT_TR_NOOP("Title is required.")
FEATURE_REQUIRED = QT_TR_NOOP("At least one key feature is required.")
TOO_MANY_FEATURES = QT_TR_NOOP("At most {limit} key features, got {count}.")
TOO_MANY_KEYWORDS = QT_TR_NOOP("At most {limit} keywords, got {count}.")
INTENTS_WITHOUT_KEYWORD = QT_TR_NOOP("Keyword line '{line}' has intents but no keyword.")
UNKNOWN_INTENT = QT_TR_NOOP("Unknown intent '{intent}' for keyword '{phrase}': use {choices} or {last}.")
CONTROL_CHARACTER = QT_TR_NOOP("{label} contains an invisible control character ({code}).")
INVALID_CHARACTER = QT_TR_NOOP("{label} contains an invalid character.")
TOO_LONG = QT_TR_NOOP("{label} is {count} characters; the limit is {limit}.")



class Intent(StrEnum):
    DURABILITY = "durability"
    USE_CASE = "use_case"
    STYLE = "style"
    PROBLEM_SOLUTION = "problem_solution"
    COMPARISON = "comparison"

    @property
    def label(self) -> str:
        """The word a seller sees (the window's chips, error messages); also accepted after `=`."""
        return _INTENT_LABELS[self]


_INTENT_LABELS = {
    Intent.DURABILITY: "durable",
    Intent.USE_CASE: "use case",
    Intent.STYLE: "style",
    Intent.PROBLEM_SOLUTION: "solves a problem",
    Intent.COMPARISON: "compare",
}


def _intent_key(name: str) -> str:
    return name.strip().casefold().replace("-", "_").replace(" ", "_")


_INTENT_NAMES = {_intent_key(n): i for i in Intent for n in (i.value, i.label)}


TITLE_MAX = 200
FEATURES_MAX = 3
FEATURE_MAX = 100
COMPARED_MAX = 100
AUDIENCE_MAX = 150
KEYWORDS_MAX = 20
KEYWORD_MAX = 80

# Word stems that suggest what a shopper searching this keyword cares about. Deliberately small
# and readable: a seller can always override the result.
_INTENT_RULES: tuple[tuple[Intent, tuple[str, ...]], ...] = (
    (
        Intent.DURABILITY,
        (
            "durab",
            "sturdy",
            "strong",
            "heavy duty",
            "heavy-duty",
            "long lasting",
            "long-lasting",
            "rugged",
            "tough",
            "waterproof",
            "stainless",
            "unbreakable",
            "reinforced",
            "warranty",
        ),
    ),
    (
        Intent.USE_CASE,
        (
            "for ",
            "camping",
            "travel",
            "kitchen",
            "office",
            "gym",
            "outdoor",
            "home",
            "kids",
            "baby",
            "car",
            "garden",
            "workout",
            "hiking",
            "school",
            "daily",
            "everyday",
        ),
    ),
    (
        Intent.STYLE,
        (
            "modern",
            "elegant",
            "stylish",
            "design",
            "color",
            "colour",
            "minimalist",
            "vintage",
            "luxury",
            "aesthetic",
            "cute",
            "sleek",
            "premium",
            "gift",
        ),
    ),
    (
        Intent.PROBLEM_SOLUTION,
        (
            "anti",
            "no more",
            "prevent",
            "relief",
            "fix",
            "easy",
            "quick",
            "leak",
            "spill",
            "pain",
            "stain",
            "odor",
            "odour",
            "noise",
            "mess",
            "proof",
            "free",
        ),
    ),
    (
        Intent.COMPARISON,
        ("best", "vs", "versus", "alternative", "better", "upgrade", "replacement", "compared", "top rated", "cheaper"),
    ),
)


def classify_intents(keyword: str) -> tuple[Intent, ...]:
    """Intents suggested by the keyword's words; `use_case` when nothing matches."""
    text = f" {keyword.casefold()} "
    found = tuple(intent for intent, stems in _INTENT_RULES if any(stem in text for stem in stems))
    return found or (Intent.USE_CASE,)


@dataclass(frozen=True)
class Keyword:
    keyword: str
    intents: tuple[Intent, ...]

    def to_json(self) -> dict[str, object]:
        return {"keyword": self.keyword, "intents": [i.value for i in self.intents]}


@dataclass(frozen=True)
class ProductContext:
    title: str
    features: tuple[str, ...]
    audience: str = ""
    keywords: tuple[Keyword, ...] = field(default_factory=tuple)
    compared_with: tuple[str, ...] = ()
    """Per feature, in the same order, what the seller says a generic alternative lacks ("" where they said
    nothing): the comparison marks the alternative only there, neutrally elsewhere. Empty when none is said."""
    language: str = language_codes.DEFAULT
    """The language of the fixed labels drawn on the images: a run option (stored with the session's
    settings, not in the product JSON), set by `with_language` when a run starts."""

    @classmethod
    def create(
        cls,
        title: str,
        features: Sequence[str],
        audience: str = "",
        keywords: Iterable[str | Keyword] = (),
        compared_with: Sequence[str] = (),
    ) -> ProductContext:
        """Validates and normalises what the user typed; raises `InvalidInput` naming the field.

        `compared_with[i]` goes with `features[i]` as typed (a blank feature's place included, as in the form's
        rows), so it must not be longer than `features` nor given for a blank feature."""
        clean_title = clean_text(title, "title", TITLE)
        if not clean_title:
            raise InvalidInput(TITLE_REQUIRED, field="title")
        check_length(clean_title, TITLE_MAX, TITLE, "title")

        typed = [clean_text(f, "features", A_FEATURE) for f in features]
        compared = _compared(typed, compared_with)
        clean_features = [f for f in typed if f]
        if not clean_features:
            raise InvalidInput(FEATURE_REQUIRED, field="features")
        if len(clean_features) > FEATURES_MAX:
            message = TOO_MANY_FEATURES.format(limit=FEATURES_MAX, count=len(clean_features))
            raise InvalidInput(message, field="features")
        for number, feature in enumerate(clean_features, start=1):
            check_length(feature, FEATURE_MAX, FEATURE.format(number=number), f"feature{number}")

        clean_audience = clean_text(audience, "audience", AUDIENCE)
        check_length(clean_audience, AUDIENCE_MAX, AUDIENCE, "audience")

        maybe = [k if isinstance(k, Keyword) else parse_keyword(k) for k in keywords]
        parsed = [k for k in maybe if k is not None]
        if len(parsed) > KEYWORDS_MAX:
            raise InvalidInput(TOO_MANY_KEYWORDS.format(limit=KEYWORDS_MAX, count=len(parsed)), field="keywords")
        return cls(clean_title, tuple(clean_features), clean_audience, tuple(parsed), compared)

    def with_language(self, choice: str) -> ProductContext:
        """This product with its labels' language: `choice`, or the one its own text is written in."""
        return replace(self, language=language_codes.resolve_language(choice, self.texts()))

    def texts(self) -> tuple[str, ...]:
        """Everything the seller wrote about the product."""
        return (self.title, *self.features, *self.compared_with, self.audience, *(k.keyword for k in self.keywords))

    def compared_for(self, feature_index: int) -> str:
        """What the generic alternative lacks for feature `feature_index` (0-based), "" when not said."""
        return self.compared_with[feature_index] if feature_index < len(self.compared_with) else ""

    @property
    def feature_1(self) -> str:
        return self.features[0]

    @property
    def feature_2(self) -> str:
        return self.features[1] if len(self.features) > 1 else self.features[0]

    @property
    def feature_3(self) -> str:
        return self.features[2] if len(self.features) > 2 else self.feature_2

    @property
    def intents(self) -> tuple[Intent, ...]:
        """Every intent the keywords carry, most frequent first (ties in enum order)."""
        counts = {intent: 0 for intent in Intent}
        for keyword in self.keywords:
            for intent in keyword.intents:
                counts[intent] += 1
        return tuple(i for i, n in sorted(counts.items(), key=lambda kv: -kv[1]) if n)

    def to_json(self) -> dict[str, object]:
        """The session JSON's `product`; `compared_with` (aligned with `features`) only when the seller gave one."""
        data: dict[str, object] = {
            "title": self.title,
            "features": list(self.features),
            "audience": self.audience,
            "keywords": [k.to_json() for k in self.keywords],
        }
        if self.compared_with:
            data["compared_with"] = list(self.compared_with)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ProductContext:
        keywords = [Keyword(k["keyword"], tuple(Intent(i) for i in k["intents"])) for k in data["keywords"]]
        compared = data.get("compared_with") or ()
        return cls.create(data["title"], data["features"], data.get("audience", ""), keywords, compared)


def _compared(features: Sequence[str], compared_with: Sequence[str]) -> tuple[str, ...]:
    """The "compared with" texts aligned with the non-blank `features` (as typed); () when none is given."""
    if len(compared_with) > len(features):
        too_many = TOO_MANY_COMPARED.format(count=len(compared_with), features=len(features))
        raise InvalidInput(too_many, field="compared_with")
    texts = [clean_text(t, "compared_with", A_COMPARED) for t in compared_with]
    texts += [""] * (len(features) - len(texts))
    aligned = []
    for number, (feature, text) in enumerate(zip(features, texts, strict=True), start=1):
        check_length(text, COMPARED_MAX, COMPARED.format(number=number), f"compared{number}")
        if text and not feature:
            raise InvalidInput(COMPARED_WITHOUT_FEATURE.format(number=number), field=f"compared{number}")
        if feature:
            aligned.append(text)
    return tuple(aligned) if any(aligned) else ()


def parse_keyword(line: str) -> Keyword | None:
    """`"phrase"` or `"phrase=intent1,intent2"`; blank lines give None."""
    phrase, sep, intents_text = line.partition("=")
    phrase = clean_text(phrase, "keywords", A_KEYWORD)
    if not phrase:
        if sep:
            raise InvalidInput(INTENTS_WITHOUT_KEYWORD.format(line=line.strip()), field="keywords")
        return None
    check_length(phrase, KEYWORD_MAX, KEYWORD.format(phrase=phrase[:20]), "keywords")
    if not sep:
        return Keyword(phrase, classify_intents(phrase))
    names = [n.strip() for n in intents_text.split(",") if n.strip()]
    unknown = [n for n in names if _intent_key(n) not in _INTENT_NAMES]
    if unknown:
        labels = [i.label for i in Intent]
        raise InvalidInput(
            UNKNOWN_INTENT.format(intent=unknown[0], phrase=phrase, choices=", ".join(labels[:-1]), last=labels[-1]),
            field="keywords",
        )
    intents = tuple(dict.fromkeys(_INTENT_NAMES[_intent_key(n)] for n in names))
    return Keyword(phrase, intents or classify_intents(phrase))


_SPACE_RUN = re.compile(r"\s+")
_INVISIBLE = dict.fromkeys(
    [0x061C, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)
"""Bidi controls, zero-width characters and the BOM: invisible, yet an RLO shows the title reversed."""


def clean_text(value: str | None, field_name: str, label: str) -> str:
    """NFC-normalised, single-spaced text; control characters are refused, not silently dropped."""
    text = unicodedata.normalize("NFC", value or "")
    for char in text:
        category = unicodedata.category(char)
        if category == "Cc" and char not in "\t\n\r":
            code = f"U+{ord(char):04X}"
            raise InvalidInput(CONTROL_CHARACTER.format(label=label, code=code), field=field_name)
        if category == "Cs":
            raise InvalidInput(INVALID_CHARACTER.format(label=label), field=field_name)
    text = _SPACE_RUN.sub(" ", text.translate(_INVISIBLE)).strip()
    # Combining marks with nothing to combine with look empty: such a title is no title.
    return text if any(unicodedata.category(c)[0] not in "MZ" for c in text) else ""


def check_length(text: str, limit: int, label: str, field_name: str) -> None:
    if len(text) > limit:
        raise InvalidInput(TOO_LONG.format(label=label, count=len(text), limit=limit), field=field_name)
