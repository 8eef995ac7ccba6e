"""The capability table and its merge with the API's list: which models are offered, which is the default,
what a retired or unknown one becomes, which size is asked."""

from __future__ import annotations

import pytest

from listing_genie_desktop.backends.model_catalogue import CapabilityTable, ModelInfo, capability_table

TABLE = {
    "image_model_patterns": ["*-image", "*-image-*"],
    "unknown": {"sizes": [], "max_reference_images": 1, "status": "unknown", "rank": 900},
    "models": [
        {
            "name": "alpha-image",
            "status": "current",
            "rank": 10,
            "sizes": ["1K", "2K", "4K"],
            "max_reference_images": 14,
            "price_usd_per_image": {"1K": 0.03, "2K": None, "4K": 0.1},
        },
        {"name": "beta-image", "status": "current", "rank": 20, "sizes": ["1K", "2K"]},
        {"name": "lite-image", "status": "current", "rank": 30, "sizes": ["1K"]},
        {"name": "old-image", "status": "retired", "rank": 990, "replacement": "alpha-image"},
        {"family": "*-image-preview", "status": "preview", "rank": 800},
    ],
}


@pytest.fixture
def table() -> CapabilityTable:
    return CapabilityTable(TABLE)


def test_only_image_models_are_kept_best_first(table):
    listed = table.merge(["models/text-pro", "models/lite-image", "models/alpha-image", "models/new-image-x"], "t")
    assert [m.name for m in listed.models] == ["alpha-image", "lite-image", "new-image-x"]
    assert listed.recommended is not None and listed.recommended.name == "alpha-image"
    assert listed.listed


def test_the_default_skips_a_retired_model_the_api_still_lists(table):
    listed = table.merge(["models/old-image", "models/lite-image"], "t")
    assert listed.recommended is not None and listed.recommended.name == "lite-image"
    assert listed.instead() == "lite-image (recommended)"


def test_an_unknown_model_gets_the_safe_defaults_and_a_family_its_entry(table):
    unknown = table.describe("models/gemini-9-image")
    assert (unknown.sizes, unknown.max_reference_images, unknown.known, unknown.price(None)) == ((), 1, False, None)
    assert unknown.size_for("4K") is None
    preview = table.describe("zeta-image-preview")
    assert (preview.name, preview.status, preview.rank) == ("zeta-image-preview", "preview", 800)


def test_replacement_is_the_named_one_else_the_best_current(table):
    assert table.replacement_for("old-image") == "alpha-image"
    assert table.replacement_for("mystery-image") == "alpha-image"


@pytest.mark.parametrize(
    ("sizes", "requested", "sent"),
    [
        (("1K", "2K", "4K"), "4K", "4K"),
        (("1K", "2K"), "4K", "2K"),
        (("2K", "4K"), "1K", "2K"),
        (("1K",), "2K", None),
        ((), "2K", None),
    ],
)
def test_a_size_is_sent_only_to_models_that_take_one(sizes, requested, sent):
    assert ModelInfo("m", sizes=sizes).size_for(requested) == sent


def test_models_json_marks_exactly_one_recommended(table):
    rows = table.merge(["models/beta-image", "models/alpha-image"], "t").to_json()
    assert [(r["name"], r["recommended"]) for r in rows] == [("alpha-image", True), ("beta-image", False)]
    assert rows[0]["sizes"] == ["1K", "2K", "4K"] and rows[0]["max_reference_images"] == 14
    assert ModelInfo.from_json(rows[0]) == table.describe("alpha-image")


def test_the_shipped_table_knows_todays_models_and_retires_the_old_default():
    gemini = capability_table("gemini")
    current = gemini.current()
    assert current.recommended is not None and not current.recommended.retired
    assert all(m.status == "current" for m in current.models)
    retired = gemini.describe("gemini-2.5-flash-image")
    assert retired.retired and gemini.describe(retired.replacement or "").status == "current"
