"""A seller's product file read into catalogue items, each valid or with every reason it is not.

Three kinds of file are read (contract section 7): the app's own template, Amazon's category listings report or
inventory file, and Shopify's products export. Every row is checked as `generate` checks its flags, and every
problem is reported with its row and column before anything is spent: a seller fixes the file once, not once per
failed product. This module only reads text; where photos are found is the `PhotoFinder`'s business.
"""

from __future__ import annotations

import csv
import html
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from listing_genie_desktop.core.errors import InvalidInput
from listing_genie_desktop.core.messages import QT_TR_NOOP
from listing_genie_desktop.core.product import (
    FEATURE_MAX,
    FEATURES_MAX,
    KEYWORD_MAX,
    KEYWORDS_MAX,
    ProductContext,
)

PHOTOS_MAX = 3
NO_COLUMN = QT_TR_NOOP("The file has no {columns} column (its header is row {row}).")
NO_ROWS = QT_TR_NOOP("The file has a header but no product rows.")
UNREADABLE_ROW = QT_TR_NOOP("Row {row} of the file cannot be read: {reason}.")
EMPTY_FILE = QT_TR_NOOP("The file is empty.")
NOT_A_PRODUCT_FILE = QT_TR_NOOP(
    "This is not a product file Listing Genie reads: the header should have the template's columns "
    "({columns}), Amazon's item_sku and item_name, or Shopify's Handle and Title."
)
SKU_REQUIRED = QT_TR_NOOP("a SKU is required")
SKU_TOO_LONG = QT_TR_NOOP("the SKU is {count} characters; Amazon allows {limit}")
SKU_CHARACTERS = QT_TR_NOOP('the SKU names the image files, so it cannot hold / \\ : * ? " < > | or controls')
SKU_TWICE = QT_TR_NOOP("SKU '{sku}' is also on row {row}")
TOO_MANY_PHOTOS = QT_TR_NOOP("at most {limit} photos, got {count}")
PHOTO_REQUIRED = QT_TR_NOOP("a photo is required")
NO_PHOTO_NAMED = QT_TR_NOOP("no photo named after '{key}' was found")
SKU_MAX = 40
"""Amazon's own limit for a seller SKU; longer ones could not be matched by its uploader anyway."""


class SourceKind(StrEnum):
    TEMPLATE = "template"
    AMAZON = "amazon"
    SHOPIFY = "shopify"


TEMPLATE_COLUMNS = (
    "sku",
    "title",
    "feature_1",
    "feature_2",
    "feature_3",
    "compared_with_1",
    "compared_with_2",
    "compared_with_3",
    "audience",
    "keywords",
    "photo",
    "product_id",
)
"""The app's template, in the order the template file lists them."""


@dataclass(frozen=True)
class RowProblem:
    column: str
    reason: str

    def __str__(self) -> str:
        return f"{self.column}: {self.reason}" if self.column else self.reason


@dataclass(frozen=True)
class PhotoLookup:
    """Photos found for one row, main first, and what was wrong with the ones asked for."""

    paths: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()


class PhotoFinder(Protocol):
    def named(self, specs: Sequence[str]) -> PhotoLookup:
        """The photos a row names by path (the template's `photo` column)."""
        ...

    def matching(self, key: str) -> PhotoLookup:
        """The photos whose file names carry this SKU or handle (Amazon and Shopify files)."""
        ...


@dataclass(frozen=True)
class CatalogueItem:
    row: int
    """The line of the file the row starts on; the header is row 1."""
    sku: str
    product_id: str | None
    title: str
    product: ProductContext | None
    photos: tuple[str, ...]
    problems: tuple[RowProblem, ...]

    @property
    def valid(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class CatalogueFile:
    kind: SourceKind
    items: tuple[CatalogueItem, ...]

    @property
    def valid_items(self) -> tuple[CatalogueItem, ...]:
        return tuple(item for item in self.items if item.valid)

    @property
    def invalid_items(self) -> tuple[CatalogueItem, ...]:
        return tuple(item for item in self.items if not item.valid)


@dataclass(frozen=True)
class _RawRow:
    """One row in the template's terms, whatever file it came from; `photo_key` is set when photos are found by
    name rather than listed."""

    row: int
    sku: str
    title: str
    features: tuple[str, ...]
    audience: str
    keywords: tuple[str, ...]
    photos: tuple[str, ...]
    photo_key: str | None
    product_id: str | None
    compared_with: tuple[str, ...] = ()
    """The template's optional compared_with_1..3, aligned with `features` (ProductContext.compared_with)."""


_HEADER_SEARCH_ROWS = 5
"""Amazon's inventory files put one or two description rows above the real header."""


def read_catalogue(text: str, finder: PhotoFinder) -> CatalogueFile:
    """Every row of the file, checked; raises `InvalidInput` when the file itself cannot be read as a catalogue."""
    records = list(_records(text.removeprefix("\ufeff")))
    header_at, kind = _find_header(records)
    header = [name.strip().casefold() for name in records[header_at][1]]
    missing = _missing_columns(kind, header)
    if missing:
        raise InvalidInput(NO_COLUMN.format(columns=" or ".join(missing), row=records[header_at][0]))
    rows = [(line, dict(zip(header, values, strict=False))) for line, values in records[header_at + 1 :]]
    raw = [r for r in _raw_rows(kind, rows) if r is not None]
    if not raw:
        raise InvalidInput(NO_ROWS)
    return CatalogueFile(kind, tuple(_checked(raw, finder)))


def _records(text: str) -> Iterator[tuple[int, list[str]]]:
    """Non-empty CSV records with the line each starts on, in the delimiter the first line uses."""
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)
    reader = csv.reader(text.splitlines(keepends=True), delimiter=delimiter)
    line = 1
    try:
        for values in reader:
            if any(value.strip() for value in values):
                yield line, values
            line = reader.line_num + 1
    except csv.Error as exc:
        raise InvalidInput(UNREADABLE_ROW.format(row=line, reason=exc)) from exc


def _find_header(records: Sequence[tuple[int, list[str]]]) -> tuple[int, SourceKind]:
    if not records:
        raise InvalidInput(EMPTY_FILE)
    for index, (_line, values) in enumerate(records[:_HEADER_SEARCH_ROWS]):
        names = {value.strip().casefold() for value in values}
        if "item_sku" in names:
            return index, SourceKind.AMAZON
        if "handle" in names or "variant sku" in names:
            return index, SourceKind.SHOPIFY
        if "sku" in names or "title" in names:
            return index, SourceKind.TEMPLATE
    raise InvalidInput(NOT_A_PRODUCT_FILE.format(columns=", ".join(TEMPLATE_COLUMNS)))


def _missing_columns(kind: SourceKind, header: Sequence[str]) -> list[str]:
    required = {
        SourceKind.TEMPLATE: (("sku",), ("title",), ("feature_1", "feature_2", "feature_3"), ("photo",)),
        SourceKind.AMAZON: (("item_sku",), ("item_name",)),
        SourceKind.SHOPIFY: (("handle", "variant sku"), ("title",)),
    }[kind]
    return [" or ".join(names) for names in required if not any(name in header for name in names)]


def _raw_rows(kind: SourceKind, rows: Sequence[tuple[int, dict[str, str]]]) -> Iterator[_RawRow | None]:
    if kind is SourceKind.TEMPLATE:
        yield from (_template_row(line, values) for line, values in rows)
    elif kind is SourceKind.AMAZON:
        yield from (_amazon_row(line, values) for line, values in rows)
    else:
        yield from _shopify_rows(rows)


def _cell(values: dict[str, str], name: str) -> str:
    return (values.get(name) or "").strip()


def _template_row(line: int, values: dict[str, str]) -> _RawRow:
    return _RawRow(
        row=line,
        sku=_cell(values, "sku"),
        title=_cell(values, "title"),
        features=tuple(_cell(values, f"feature_{n}") for n in range(1, FEATURES_MAX + 1)),
        audience=_cell(values, "audience"),
        keywords=_split(_cell(values, "keywords"), ";"),
        photos=_split(_cell(values, "photo"), ";"),
        photo_key=None,
        product_id=_cell(values, "product_id") or None,
        compared_with=tuple(_cell(values, f"compared_with_{n}") for n in range(1, FEATURES_MAX + 1)),
    )


def _amazon_row(line: int, values: dict[str, str]) -> _RawRow:
    sku = _cell(values, "item_sku")
    bullets = [_cell(values, f"bullet_point{n}") for n in range(1, 6)]
    return _RawRow(
        row=line,
        sku=sku,
        title=_cell(values, "item_name"),
        features=tuple(_shortened(b) for b in bullets if b)[:FEATURES_MAX],
        audience=_cell(values, "target_audience_keywords") or _cell(values, "target_audience_base"),
        keywords=_search_terms(_cell(values, "generic_keywords")),
        photos=(),
        photo_key=sku,
        product_id=_cell(values, "external_product_id") or None,
    )


def _shopify_rows(rows: Sequence[tuple[int, dict[str, str]]]) -> Iterator[_RawRow]:
    """One product per handle: Shopify writes a row per variant and per image, and only the first has a title."""
    seen: set[str] = set()
    for line, values in rows:
        handle = _cell(values, "handle")
        sku = _cell(values, "variant sku") or handle
        if handle in seen or (handle and not _cell(values, "title")):
            continue
        seen.add(handle)
        yield _RawRow(
            row=line,
            sku=sku,
            title=_cell(values, "title"),
            features=_features_from_html(_cell(values, "body (html)")),
            audience="",
            keywords=_search_terms(_cell(values, "tags")),
            photos=(),
            photo_key=handle or sku,
            product_id=_cell(values, "variant barcode") or None,
        )


def _split(text: str, separator: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(separator) if part.strip())


def _search_terms(text: str) -> tuple[str, ...]:
    """Keywords from a marketplace's search-term field: comma or semicolon separated; a run longer than a keyword
    may be is split into its words. At most the first KEYWORDS_MAX are kept: the seller did not write these for us,
    and refusing the whole product for a long search-term field would help no one."""
    terms: list[str] = []
    for part in re.split(r"[,;]", text):
        part = part.strip()
        terms.extend(part.split() if len(part) > KEYWORD_MAX else [part] if part else [])
    return tuple(dict.fromkeys(term.replace("=", " ") for term in terms))[:KEYWORDS_MAX]


_LIST_ITEM = re.compile(r"<li[^>]*>(.*?)</li>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _features_from_html(body: str) -> tuple[str, ...]:
    """The description's bullet list, else its first sentences: the seller's own words, only shortened."""
    items = [_plain(item) for item in _LIST_ITEM.findall(body)]
    if not items:
        items = _SENTENCE_END.split(_plain(body))
    return tuple(_shortened(item) for item in items if item.strip())[:FEATURES_MAX]


def _plain(fragment: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", fragment)).split())


def _shortened(text: str) -> str:
    """A marketplace bullet cut to a feature's length: up to its first colon or dash when that leaves a heading
    ("WATERPROOF: ..."), else at the last whole word that fits."""
    text = " ".join(text.split())
    if len(text) <= FEATURE_MAX:
        return text
    heading = re.split(r"\s*(?::|\s-\s|\s–\s)", text, maxsplit=1)[0]
    if 3 <= len(heading) <= FEATURE_MAX:
        return heading
    return text[: FEATURE_MAX + 1].rsplit(" ", 1)[0].rstrip(",;:")


def _checked(raw_rows: Sequence[_RawRow], finder: PhotoFinder) -> Iterator[CatalogueItem]:
    first_row_of: dict[str, int] = {}
    for raw in raw_rows:
        problems = list(_sku_problems(raw, first_row_of))
        product = _product(raw, problems)
        lookup = finder.matching(raw.photo_key) if raw.photo_key is not None else finder.named(raw.photos)
        problems.extend(_photo_problems(raw, lookup))
        yield CatalogueItem(
            row=raw.row,
            sku=raw.sku,
            product_id=raw.product_id,
            title=product.title if product else raw.title,
            product=product,
            photos=lookup.paths[:PHOTOS_MAX],
            problems=tuple(problems),
        )


def _sku_problems(raw: _RawRow, first_row_of: dict[str, int]) -> Iterator[RowProblem]:
    if not raw.sku:
        yield RowProblem("sku", SKU_REQUIRED)
        return
    if len(raw.sku) > SKU_MAX:
        yield RowProblem("sku", SKU_TOO_LONG.format(count=len(raw.sku), limit=SKU_MAX))
    if any(char in raw.sku for char in '/\\:*?"<>|') or not raw.sku.isprintable():
        yield RowProblem("sku", SKU_CHARACTERS)
    key = raw.sku.casefold()
    if key in first_row_of:
        yield RowProblem("sku", SKU_TWICE.format(sku=raw.sku, row=first_row_of[key]))
    else:
        first_row_of[key] = raw.row


def _product(raw: _RawRow, problems: list[RowProblem]) -> ProductContext | None:
    try:
        return ProductContext.create(raw.title, raw.features, raw.audience, raw.keywords, raw.compared_with)
    except InvalidInput as exc:
        problems.append(RowProblem(_column_of(exc.field), str(exc).rstrip(".")))
        return None


_COLUMNS = {"title": "title", "features": "feature_1", "audience": "audience", "keywords": "keywords"}


def _column_of(field_name: str | None) -> str:
    if field_name and field_name.startswith("feature") and field_name[-1].isdigit():
        return f"feature_{field_name[-1]}"
    if field_name and field_name.startswith("compared") and field_name[-1].isdigit():
        return f"compared_with_{field_name[-1]}"
    return _COLUMNS.get(field_name or "", field_name or "")


def _photo_problems(raw: _RawRow, lookup: PhotoLookup) -> Iterator[RowProblem]:
    column = "photo"
    if raw.photo_key == "":
        return  # no SKU to find photos by: the row's SKU problem says so
    yield from (RowProblem(column, reason) for reason in lookup.problems)
    if raw.photo_key is None and len(raw.photos) > PHOTOS_MAX:
        yield RowProblem(column, TOO_MANY_PHOTOS.format(limit=PHOTOS_MAX, count=len(raw.photos)))
    if not lookup.paths and not lookup.problems:
        yield RowProblem(
            column,
            PHOTO_REQUIRED if raw.photo_key is None else NO_PHOTO_NAMED.format(key=raw.photo_key),
        )
