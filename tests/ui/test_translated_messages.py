"""Sentences made below the window (validation, the engine, backends, imaging, storage, catalogue rows) are English
for the CLI and the session JSON; the window shows them in its own language, with money in the locale's format."""

from __future__ import annotations

import re
import string
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

import listing_genie_desktop
from listing_genie_desktop.core import cost, pipeline, product
from listing_genie_desktop.core.catalogue_pace import PaceReport
from listing_genie_desktop.core.errors import ErrorKind, InvalidInput
from listing_genie_desktop.core.product import ProductContext
from listing_genie_desktop.ui import i18n, messages
from listing_genie_desktop.ui.catalogue_controller import local_time
from listing_genie_desktop.ui.catalogue_model import pace_text
from listing_genie_desktop.ui.history_model import month_text


@pytest.fixture
def language() -> Iterator[object]:
    yield i18n.install_language
    i18n.install_language("en")


def _entries(lang: str) -> dict[str, ET.Element]:
    """Each source of a .ts file to its translation element."""
    tree = ET.parse(i18n.I18N_DIR / f"listing_genie_{lang}.ts")
    return {m.findtext("source") or "": m.find("translation") for m in tree.iter("message")}  # type: ignore[misc]


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("lang", ["de", "ja"])
def test_every_sentence_marked_below_the_window_is_translated_and_known_to_the_window(lang) -> None:
    templates = set(messages._register())
    entries = _entries(lang)
    for template in templates:
        translation = entries[template]
        text = "".join(translation.itertext()).strip()
        assert translation.get("type") != "unfinished" and text, template
        assert _placeholders(text) == _placeholders(template), (template, text)
    package = Path(listing_genie_desktop.__file__).parent
    marking = {
        ".".join(path.relative_to(package.parent).with_suffix("").parts)
        for path in package.rglob("*.py")
        if "core.messages import QT_TR_NOOP" in path.read_text(encoding="utf-8")
    }
    assert marking and marking <= set(sys.modules)  # a module the window does not import would show English


def test_validation_and_run_messages_are_shown_in_german_and_japanese(language) -> None:
    with pytest.raises(InvalidInput) as caught:
        ProductContext.create("x" * 250, ["f"])
    too_long = caught.value.message
    stopped = pipeline.STOPPED.format(message="No answer within the attempt timeout of 180 s.")
    budget = cost.BudgetMeter(10.0, 10.5, lambda usage: 0.0).reached()
    assert budget is not None
    language("de")
    assert messages.translated(too_long) == "Titel hat 250 Zeichen; erlaubt sind höchstens 200."
    assert messages.translated(stopped) == "Gestoppt: Keine Antwort innerhalb des Zeitlimits von 180 s pro Versuch."
    assert messages.translated(ErrorKind.SERVER.advice).startswith("Das Modell war überlastet")
    shown = messages.translated(budget.message).replace("\xa0", " ")
    assert shown.startswith("das Monatsbudget von 10,00 $ ist erreicht (10,50 $ in diesem Monat)")
    assert messages.translated("title: Title is required") == "title: Ein Titel ist erforderlich"  # a catalogue row
    row = "compared_with_2: Feature 2 is empty: say the feature before what the alternative lacks"  # its own colon
    assert messages.translated(row) == (
        "compared_with_2: Merkmal 2 ist leer: Nennen Sie zuerst das Merkmal, dann, was der Alternative fehlt"
    )
    assert messages.translated("503 UNAVAILABLE: overloaded") == "503 UNAVAILABLE: overloaded"  # the server's words
    language("ja")
    assert messages.translated(product.TITLE_REQUIRED) == "タイトルは必須です。"
    assert messages.sentence("sku: SKU 'A1' is also on row 3") == "sku: SKU「A1」は 3 行目にもあります。"
    language("en")
    assert messages.translated(too_long) == too_long


def test_an_intent_name_to_type_stays_as_it_is_typed(language) -> None:
    """The seller types intents by their English names: the German message names them so, not translated."""
    with pytest.raises(InvalidInput) as caught:
        ProductContext.create("Cup", ["f"], keywords=["cup=shiny"])
    language("de")
    shown = messages.translated(caught.value.message)
    assert shown.startswith("Unbekannte Absicht „shiny“ beim Suchbegriff „cup“") and shown.endswith("oder compare.")


def test_money_dates_and_numbers_follow_the_locale(language) -> None:
    moment = "2026-12-03T17:00:00+00:00"
    report = PaceReport(
        products_done=3, products_total=5, images_complete=15, images_failed=1, images_per_minute=1.5, eta_s=5400
    )
    language("de")
    assert i18n.format_cost(0.034).replace("\xa0", " ") == "0,034 $"
    assert month_text(0.0, 0).replace("\xa0", " ") == "Diesen Monat: 0,00 $"
    assert re.search(r"\d\d\.12\.26", local_time(moment))
    assert pace_text(report) == "3/5 Produkte, 15 Bilder, 1 fehlgeschlagen; 1,5 Bilder/min, noch etwa 1 h 30 min"
    language("ja")
    assert month_text(0.0, 0) == "今月: $0.00"
    assert i18n.format_cost(None) == "費用不明"
    assert "2026" in local_time(moment) and "12" in local_time(moment)
    language("en")
    assert month_text(1234.5, 0) == "This month: $1,234.50"
    assert pace_text(report) == "3/5 products, 15 images, 1 failed; 1.5 images/min, about 1 h 30 min left"
    assert local_time(moment).startswith(("Thu", "Fri"))  # the weekday, in the user's own time zone
