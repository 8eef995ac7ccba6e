import pytest

from listing_genie_desktop.core.errors import ErrorKind, InvalidInput
from listing_genie_desktop.core.product import Intent, ProductContext, classify_intents, parse_keyword


def make(**overrides):
    args = {"title": "Steel Water Bottle", "features": ["Keeps drinks cold 24 h"], "audience": "hikers"}
    args.update(overrides)
    return ProductContext.create(**args)


def test_valid_product_is_normalised():
    product = make(title="  Steel   Water\tBottle ", features=["a", "", "b"])
    assert product.title == "Steel Water Bottle"
    assert product.features == ("a", "b")


@pytest.mark.parametrize(
    ("overrides", "field", "fragment"),
    [
        ({"title": ""}, "title", "Title is required"),
        ({"title": "x" * 10_000}, "title", "10000 characters; the limit is 200"),
        ({"features": []}, "features", "At least one key feature"),
        ({"features": ["a", "b", "c", "d"]}, "features", "At most 3"),
        ({"features": ["ok", "y" * 101]}, "feature2", "Feature 2 is 101 characters"),
        ({"audience": "z" * 151}, "audience", "limit is 150"),
        ({"title": "Bottle\x00"}, "title", "control character"),
    ],
)
def test_invalid_product_names_the_field(overrides, field, fragment):
    with pytest.raises(InvalidInput) as info:
        make(**overrides)
    assert info.value.kind is ErrorKind.INVALID_INPUT
    assert info.value.field == field
    assert fragment in info.value.message


def test_emoji_and_non_latin_text_are_kept():
    product = make(title="保温ボトル 🚰 Ελληνικά", features=["شرب بارد"])
    assert product.title == "保温ボトル 🚰 Ελληνικά"
    assert product.features == ("شرب بارد",)


def test_more_than_twenty_keywords_is_refused():
    with pytest.raises(InvalidInput, match="At most 20 keywords"):
        make(keywords=[f"kw {i}" for i in range(21)])


def test_keyword_intents_are_classified_and_overridable():
    assert classify_intents("heavy duty water bottle") == (Intent.DURABILITY,)
    assert classify_intents("bottle") == (Intent.USE_CASE,)
    assert parse_keyword("bottle=style, comparison").intents == (Intent.STYLE, Intent.COMPARISON)
    with pytest.raises(InvalidInput, match="Unknown intent 'shiny'"):
        parse_keyword("bottle=shiny")


def test_json_round_trip_keeps_explicit_intents():
    product = make(keywords=["best bottle=durability"])
    assert ProductContext.from_json(product.to_json()) == product


def test_compared_with_goes_with_the_feature_typed_beside_it():
    features = ["Thick porcelain", "", "Fits any machine"]
    product = ProductContext.create("Cup", features, "", [], ["", "", " Tall mugs  don't"])
    assert product.features == ("Thick porcelain", "Fits any machine")
    assert product.compared_with == ("", "Tall mugs don't")
    assert product.compared_for(1) == "Tall mugs don't" and product.compared_for(0) == ""
    assert ProductContext.from_json(product.to_json()) == product
    plain = ProductContext.create("Cup", ["Thick porcelain"], "", [], ["  "])
    assert plain.compared_with == () and "compared_with" not in plain.to_json()


@pytest.mark.parametrize(
    ("features", "compared", "field", "fragment"),
    [
        (["A", ""], ["", "x"], "compared2", "Feature 2 is empty"),
        (["A"], ["x", "y"], "compared_with", "at most one per feature"),
        (["A"], ["x" * 101], "compared1", "limit is 100"),
        (["A"], ["bad\x07"], "compared_with", "control character"),
    ],
)
def test_a_bad_compared_with_names_its_field(features, compared, field, fragment):
    with pytest.raises(InvalidInput) as caught:
        ProductContext.create("Cup", features, "", [], compared)
    assert caught.value.field == field and fragment in caught.value.message
