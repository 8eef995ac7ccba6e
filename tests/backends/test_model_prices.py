"""Every answer gets a number: the model's own price where the table (or the user) knows it, else an estimate
that never understates, with the words saying how it was made."""

from __future__ import annotations

import pytest

from listing_genie_desktop.backends.model_catalogue import CapabilityTable
from listing_genie_desktop.backends.model_prices import quote

TABLE = {
    "unknown": {"sizes": [], "status": "unknown", "rank": 900},
    "models": [
        {
            "name": "alpha-image",
            "status": "current",
            "rank": 10,
            "sizes": ["1K", "2K", "4K"],
            "price_usd_per_image": {"1K": 0.03, "2K": None, "4K": 0.1},
        },
        {
            "name": "pro-image",
            "status": "current",
            "rank": 20,
            "sizes": ["1K", "2K", "4K"],
            "price_usd_per_image": {"1K": 0.13, "2K": 0.13, "4K": 0.24},
            "price_usd_per_million_output_tokens": 120.0,
        },
        {"name": "old-image", "status": "retired", "rank": 990, "price_usd_per_million_output_tokens": 500.0},
        {"family": "*-image-preview", "status": "preview", "rank": 800},
    ],
}


@pytest.fixture
def table() -> CapabilityTable:
    return CapabilityTable(TABLE)


def test_known_prices_are_the_models_own_with_nothing_to_say(table):
    alpha, pro = table.describe("alpha-image"), table.describe("pro-image")
    assert quote(table, alpha, "4K", 1290).usd == 0.1 and quote(table, alpha, "4K", 1290).basis is None
    assert quote(table, pro, "1K", 1500).usd == pytest.approx(1500 * 120 / 1e6)
    assert quote(table, pro, "4K", None).usd == 0.24, "before a run: the price per image"


def test_an_error_without_usage_costs_nothing(table):
    assert quote(table, table.describe("mystery-image"), None, None, delivered=False).usd == 0.0


def test_a_size_without_a_price_takes_the_models_next_larger_one(table):
    at_2k = quote(table, table.describe("alpha-image"), "2K", 1680)
    assert at_2k.usd == 0.1
    assert at_2k.basis == "alpha-image has no known price at 2K: estimated at its 4K price"


def test_an_unknown_model_is_priced_at_the_dearest_known_rate_of_what_it_reported(table):
    """A retired model's price is not a current one: only models one can use today set the dearest."""
    unknown = quote(table, table.describe("models/zeta-image-preview"), None, 2000)
    assert unknown.usd == pytest.approx(2000 * 120 / 1e6)
    assert unknown.basis == (
        "the price of zeta-image-preview is unknown: estimated at $120 per million output tokens "
        "(pro-image's, the dearest known)"
    )


def test_without_tokens_an_unknown_model_is_priced_at_the_dearest_image_at_its_size(table):
    mystery = table.describe("mystery-image")
    assert quote(table, mystery, "2K", None).usd == 0.13
    assert quote(table, mystery, None, None).usd == 0.24, "no size asked: the dearest at any size"
    assert "pro-image's 4K price ($0.24), the dearest known" in str(quote(table, mystery, None, None).basis)


def test_a_table_without_any_price_says_so(table):
    bare = CapabilityTable({"models": [{"name": "a-image", "status": "current"}]})
    assert quote(bare, bare.describe("a-image"), None, 100) == quote(bare, bare.describe("a-image"), "1K", None)
    assert (
        quote(bare, bare.describe("a-image"), None, 100).basis
        == "the price of a-image is unknown and no price is known"
    )
