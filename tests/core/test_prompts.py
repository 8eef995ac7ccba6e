import shutil

import pytest

from listing_genie_desktop.core.product import IMAGE_TYPES, ImageType, ProductContext
from listing_genie_desktop.core.prompts import PromptEngine, TemplateError
from listing_genie_desktop.resources import resource_path


@pytest.fixture
def product():
    return ProductContext.create(
        "Steel Bottle {x}", ["Cold 24 h", "Leak-proof", "BPA free"], "hikers", ["heavy duty bottle"]
    )


@pytest.fixture
def prompt_folder(tmp_path):
    folder = tmp_path / "prompts"
    shutil.copytree(resource_path("prompts"), folder)
    return folder


def test_every_type_names_itself_and_uses_the_product(product):
    engine = PromptEngine()
    for image_type in IMAGE_TYPES:
        prompt = engine.render(image_type, product)
        assert f"Listing image: {image_type.name}" in prompt
        assert "Steel Bottle {x}" in prompt, "user text with braces must be inserted verbatim"


def test_main_asks_for_pure_white_and_no_text(product):
    prompt = PromptEngine().render(ImageType.MAIN, product)
    assert "#FFFFFF" in prompt and "85%" in prompt and "No text" in prompt


def test_comparison_never_names_a_competitor_and_uses_features_2_and_3(product):
    prompt = PromptEngine().render(ImageType.COMPARISON, product)
    assert "Leak-proof" in prompt and "BPA free" in prompt and "Never name" in prompt


def test_keyword_intents_steer_the_templates(product):
    prompt = PromptEngine().render(ImageType.INFOGRAPHIC_1, product)
    assert "materials and construction" in prompt


INVENTED = ("build quality", "toughness", "long life", "wear resistance", "premium feel", "benefit tiles", "crosses")


@pytest.mark.parametrize("overlay", [False, True])
def test_prompts_ask_for_the_sellers_words_only(product, overlay):
    """No template or fragment asks the model for a claim the seller never made; the comparison marks
    the alternative neutrally and every text image lists exactly the seller's features."""
    engine = PromptEngine()
    for image_type in IMAGE_TYPES:
        for variation in engine.variations:
            prompt = engine.render(image_type, product, variation, text_overlay=overlay).casefold()
            assert not [claim for claim in INVENTED if claim in prompt], image_type
    one = ProductContext.create("Steel Bottle", ["Cold 24 h"], "hikers")
    comparison = engine.render(ImageType.COMPARISON, one)
    assert "Cold 24 h." in comparison and "never a cross" in comparison
    assert "(none)" in engine.render(ImageType.INFOGRAPHIC_1, one)


def test_text_overlay_asks_for_room_and_no_text(product):
    engine = PromptEngine()
    assert "do not render any text" in engine.render(ImageType.COMPARISON, product, text_overlay=True)
    assert "correctly spelled" in engine.render(ImageType.COMPARISON, product, text_overlay=False)


def test_each_variation_changes_the_prompt(product):
    engine = PromptEngine()
    prompts = {engine.render(ImageType.LIFESTYLE, product, v) for v in engine.variations}
    assert len(prompts) == len(engine.variations)


def test_a_template_typo_names_the_file_and_placeholder(prompt_folder):
    path = prompt_folder / "lifestyle.txt"
    path.write_text(path.read_text() + "\nFor {audiance}.")
    with pytest.raises(TemplateError, match=r"lifestyle\.txt uses unknown placeholder \{audiance\}"):
        PromptEngine(prompt_folder)


def test_an_unbalanced_brace_names_the_file(prompt_folder):
    (prompt_folder / "main.txt").write_text("Listing {title")
    with pytest.raises(TemplateError, match=r"main\.txt is malformed"):
        PromptEngine(prompt_folder)


def test_a_missing_template_is_reported(prompt_folder):
    (prompt_folder / "comparison.txt").unlink()
    with pytest.raises(TemplateError, match=r"comparison\.txt cannot be read"):
        PromptEngine(prompt_folder)


def test_labels_the_model_draws_itself_are_asked_in_the_listings_language():
    german = ProductContext.create("Trinkflasche", ["Hält 24 Stunden kalt"], "Pendler").with_language("auto")
    assert "in German" in PromptEngine().render(ImageType.COMPARISON, german, text_overlay=False)
    english = ProductContext.create("Steel Bottle", ["Cold 24 h"])
    assert "in English" in PromptEngine().render(ImageType.COMPARISON, english, text_overlay=False)


def test_the_comparison_prompt_marks_the_alternative_only_where_the_seller_said_so():
    engine = PromptEngine()
    said = ProductContext.create("Cup", ["Thick porcelain", "Fits any machine"], "", [], ["Thin glass cools fast"])
    prompt = engine.render(ImageType.COMPARISON, said)
    assert '"Thick porcelain": "Thin glass cools fast"' in prompt and "Fits any machine" in prompt
    assert "never a cross" in prompt
    silent = engine.render(ImageType.COMPARISON, ProductContext.create("Cup", ["Thick porcelain"]))
    assert "exactly as given: no row." in silent
