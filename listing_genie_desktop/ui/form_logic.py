"""Validation of the product form, without Qt: field values in, a product (or per-field errors) out.

Every field is checked on its own so several fields can show their message at once; the final
word is `ProductContext.create`, the same validation the CLI uses, so the window can never
accept what the engine would refuse.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from listing_genie_desktop.core import language as language_codes
from listing_genie_desktop.core.errors import InvalidInput
from listing_genie_desktop.core.product import (
    AUDIENCE,
    AUDIENCE_MAX,
    COMPARED,
    COMPARED_MAX,
    FEATURE,
    FEATURE_MAX,
    FEATURE_REQUIRED,
    KEYWORDS_MAX,
    TITLE,
    TITLE_MAX,
    TITLE_REQUIRED,
    TOO_MANY_KEYWORDS,
    Intent,
    Keyword,
    ProductContext,
    check_length,
    classify_intents,
    clean_text,
    parse_keyword,
)

FIELD_ORDER = (
    "title",
    "feature1",
    "compared1",
    "feature2",
    "compared2",
    "feature3",
    "compared3",
    "audience",
    "keywords",
    "image",
)
LIMITS = {
    "title": TITLE_MAX,
    **{f"feature{n}": FEATURE_MAX for n in (1, 2, 3)},
    **{f"compared{n}": COMPARED_MAX for n in (1, 2, 3)},
    "audience": AUDIENCE_MAX,
}


class ShownSession(Protocol):
    """What the form needs of a session the window shows (ui.session_view.SessionView)."""

    product: ProductContext
    reference_path: str
    language: str
    other_reference_paths: tuple[str, ...]


@dataclass(frozen=True)
class FormValues:
    title: str = ""
    features: tuple[str, str, str] = ("", "", "")
    audience: str = ""
    compared_with: tuple[str, str, str] = ("", "", "")
    """Per feature row, what a typical alternative lacks ("" where nothing is said)."""
    keywords: str = ""
    """One keyword a line, optionally `phrase=intent,intent`."""
    reference_path: str = ""
    other_reference_paths: tuple[str, ...] = ()
    """The product's other photos, after the main one (`reference_path`)."""
    language: str = language_codes.AUTO
    """The labels' language: a code of `core.language.LANGUAGES`, or `auto`."""

    @classmethod
    def of_session(cls, view: ShownSession) -> FormValues:
        """The form showing a session of the window (history, Duplicate as new): product, photos, language."""
        return cls.from_product(view.product, view.reference_path, view.language, view.other_reference_paths)

    @classmethod
    def from_product(
        cls,
        product: ProductContext,
        reference_path: str = "",
        language: str = language_codes.AUTO,
        others: Sequence[str] = (),
    ) -> FormValues:
        """The form showing a stored session's product, its photos (the main one, then `others`) and its
        labels' language."""
        features = [*product.features, "", "", ""][:3]
        compared = [*product.compared_with, "", "", ""][:3]
        lines = [_stored_keyword_line(k.keyword, k.intents) for k in product.keywords]
        return cls(
            title=product.title,
            features=(features[0], features[1], features[2]),
            audience=product.audience,
            compared_with=(compared[0], compared[1], compared[2]),
            keywords="\n".join(lines),
            reference_path=reference_path,
            other_reference_paths=tuple(others),
            language=language,
        )


@dataclass(frozen=True)
class FormCheck:
    product: ProductContext | None
    errors: dict[str, str] = field(default_factory=dict)
    """Field name (see FIELD_ORDER) to its message."""

    @property
    def first_field(self) -> str | None:
        """The first field with an error, in form order (None when valid)."""
        return next((name for name in FIELD_ORDER if name in self.errors), None)

    @property
    def message(self) -> str:
        """The first error in form order: what `formErrorLabel` holds ("" when valid)."""
        first = self.first_field
        return self.errors[first] if first else ""

    @property
    def valid(self) -> bool:
        return self.product is not None and not self.errors


def _check(errors: dict[str, str], name: str, fn) -> None:  # type: ignore[no-untyped-def]
    try:
        fn()
    except InvalidInput as exc:
        errors.setdefault(name, exc.message)


def parse_keyword_lines(text: str) -> list[Keyword]:
    """Keywords of the text box (blank lines skipped); raises InvalidInput on the first bad line."""
    parsed = [parse_keyword(line) for line in text.splitlines()]
    return [k for k in parsed if k is not None]


def check_form(values: FormValues, *, reference_error: str | None = None) -> FormCheck:
    """`reference_error` is the photo's state as the picker knows it (None when a photo is loaded)."""
    errors: dict[str, str] = {}
    labels = {"title": TITLE, "audience": AUDIENCE}

    def length(name: str, text: str, label: str) -> None:
        check_length(clean_text(text, name, label), LIMITS[name], label, name)

    _check(errors, "title", lambda: length("title", values.title, labels["title"]))
    if "title" not in errors and not clean_text(values.title, "title", TITLE):
        errors["title"] = TITLE_REQUIRED
    for number, text in enumerate(values.features, start=1):
        _check(errors, f"feature{number}", lambda t=text, n=number: length(f"feature{n}", t, FEATURE.format(number=n)))
    if "feature1" not in errors and not any(f.strip() for f in values.features):
        errors["feature1"] = FEATURE_REQUIRED
    for number, text in enumerate(values.compared_with, start=1):
        name = f"compared{number}"
        _check(errors, name, lambda t=text, n=name, k=number: length(n, t, COMPARED.format(number=k)))
    _check(errors, "audience", lambda: length("audience", values.audience, labels["audience"]))

    keywords: list[Keyword] = []
    try:
        keywords = parse_keyword_lines(values.keywords)
        if len(keywords) > KEYWORDS_MAX:
            errors["keywords"] = TOO_MANY_KEYWORDS.format(limit=KEYWORDS_MAX, count=len(keywords))
    except InvalidInput as exc:
        errors["keywords"] = exc.message
    if reference_error:
        errors["image"] = reference_error
    if errors:
        return FormCheck(None, errors)
    try:
        product = ProductContext.create(values.title, values.features, values.audience, keywords, values.compared_with)
    except InvalidInput as exc:  # the engine's own rules have the last word
        return FormCheck(None, {_field_name(exc.field): exc.message})
    return FormCheck(product, {})


def _field_name(engine_field: str | None) -> str:
    if engine_field == "features":
        return "feature1"
    return engine_field if engine_field in FIELD_ORDER else "title"


def _stored_keyword_line(keyword: str, intents: tuple[Intent, ...]) -> str:
    """A stored keyword as the seller typed it: intents that classification gives anyway are not
    spelled out (the seller typed "espresso cup", not "espresso cup=use_case")."""
    if classify_intents(keyword) == intents:
        return keyword
    return keyword_line(keyword, intents)


def keyword_line(keyword: str, intents: tuple[Intent, ...]) -> str:
    """The text-box line for a keyword whose intents the user set explicitly (chip toggles)."""
    return f"{keyword}={','.join(i.value for i in intents)}" if intents else keyword
