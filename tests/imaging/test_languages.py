"""The seller's language: fixed labels in every supported language, every glyph drawn by a font that has
it (no .notdef boxes), runs of Latin and CJK each in their own face and weight, and line breaks by each
script's rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from listing_genie_desktop.core.language import LANGUAGES
from listing_genie_desktop.core.product import IMAGE_TYPES, ImageType, ProductContext
from listing_genie_desktop.imaging.overlay import has_overlay, overlay_text
from listing_genie_desktop.imaging.render import fonts, render_image, wording
from listing_genie_desktop.imaging.render.linebreak import NO_LINE_END, NO_LINE_START, tokens
from listing_genie_desktop.imaging.render.text import fit_text
from tests.imaging.studio_fixtures import bottle_cutout

PRODUCTS = {
    "en": ("Insulated Steel Bottle, 750 ml", ["Cold for 24 hours", "Leak-proof lid"], "hikers and commuters"),
    "de": ("Isolierte Trinkflasche", ["Hält 24 Stunden kalt", "Auslaufsicherer Deckel"], "Kaffeeliebhaber zu Hause"),
    "fr": ("Gourde isotherme en acier", ["Garde au frais 24 heures", "Bouchon étanche"], "randonneurs et cyclistes"),
    "es": ("Botella térmica de acero", ["Frío durante 24 horas", "Tapa antigoteo"], "excursionistas y ciclistas"),
    "it": ("Borraccia termica in acciaio", ["Fresca per 24 ore", "Tappo a prova di perdite"], "escursionisti"),
    "ja": ("真空断熱 ステンレスボトル 750ml", ["保冷24時間・保温12時間", "食洗機OKのBPAフリー素材"], "通勤をする人"),
}
CJK = fonts.fallback_path() is not None


def product_in(language: str) -> ProductContext:
    title, features, audience = PRODUCTS[language]
    return ProductContext.create(title, features, audience).with_language(language)


@pytest.fixture
def drawn(monkeypatch):
    """Every (string, font) Pillow is asked to draw."""
    seen: list[tuple[str, object]] = []
    original = ImageDraw.ImageDraw.text

    def record(self, xy, text, *args, **kwargs):
        seen.append((text, kwargs.get("font")))
        return original(self, xy, text, *args, **kwargs)

    monkeypatch.setattr(ImageDraw.ImageDraw, "text", record)
    return seen


def assert_every_glyph_exists(drawn) -> None:
    assert drawn
    for text, font in drawn:
        missing = [c for c in text if not c.isspace() and not fonts.has_glyph(Path(font.path), c)]
        assert not missing, f"{text!r}: no glyph for {missing} in {Path(font.path).name}"


def test_products_are_detected_in_their_own_language():
    for language in LANGUAGES:
        title, features, audience = PRODUCTS[language]
        assert ProductContext.create(title, features, audience).with_language("auto").language == language


@pytest.mark.parametrize("language", list(LANGUAGES))
@pytest.mark.parametrize("image_type", [t for t in IMAGE_TYPES if t is not ImageType.MAIN])
def test_every_drawn_text_has_its_glyphs_in_every_language(drawn, language, image_type):
    product = product_in(language)
    rendered = render_image(image_type, bottle_cutout(), product)
    assert_every_glyph_exists(drawn)
    if language != "ja" or CJK:  # without a CJK font, Japanese labels fall back to English: never boxes
        assert wording.labels(language) == wording._label_table()[language]
    shown = "".join(text for text, _ in drawn).replace(" ", "").casefold()
    assert shown == "".join(rendered.texts.values()).replace(" ", "").casefold()


@pytest.mark.parametrize("language", list(LANGUAGES))
@pytest.mark.parametrize("image_type", [t for t in IMAGE_TYPES if has_overlay(t)])
def test_overlays_draw_every_glyph_in_every_language(drawn, language, image_type):
    overlay_text(image_type, Image.new("RGB", (1024, 1024), (90, 120, 100)), product_in(language))
    assert_every_glyph_exists(drawn)


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != "en"])
def test_fixed_labels_are_in_the_listings_language(language):
    if language == "ja" and not CJK:
        pytest.skip("no CJK font installed (fonts-noto-cjk): Japanese labels fall back to English")
    texts = render_image(ImageType.COMPARISON, bottle_cutout(), product_in(language)).texts
    english = wording.labels("en")
    assert texts["heading"] != english["heading"] and texts["ours"] != english["ours"]
    assert texts["theirs"] == wording._label_table()[language]["theirs"]
    caption = render_image(ImageType.LIFESTYLE, bottle_cutout(), product_in(language)).texts["caption"]
    assert PRODUCTS[language][2] in caption and not caption.startswith("For ")


@pytest.mark.skipif(not CJK, reason="no CJK font installed (fonts-noto-cjk)")
def test_japanese_is_set_in_a_cjk_face_of_the_same_weight_as_the_latin_beside_it():
    for bold in (False, True):
        pieces = fonts.runs("保冷24時間 Leak-proof", bold=bold)
        faces = {run.strip(): face for run, face in pieces}
        assert faces["保冷"].path == fonts.fallback_path() or bold
        assert faces["24"].path == fonts.bundled(bold)
        assert faces["時間"].path != fonts.bundled(bold)
        cjk = faces["時間"]
        assert ("Bold" in cjk.path.name or cjk.faux_bold) == bold


def test_without_a_cjk_font_japanese_labels_fall_back_to_english(monkeypatch):
    monkeypatch.setattr(fonts, "fallback_path", lambda: None)
    assert wording.labels("ja") == wording.labels("en")


JAPANESE = "保冷24時間キープ、ぴったり閉まるロック付きキャップでバッグに入れてもこぼれにくいっ「安心」設計です。"


@pytest.mark.skipif(not CJK, reason="no CJK font installed (fonts-noto-cjk)")
@pytest.mark.parametrize("width", range(180, 900, 37))
def test_japanese_lines_never_start_with_small_kana_or_closing_punctuation(width):
    block = fit_text(JAPANESE, width, 2000, max_size=48, min_size=48, bold=True, max_lines=40)
    assert len(block.lines) > 1
    assert "".join(block.lines) == JAPANESE
    for line in block.lines[1:]:
        assert line[0] not in NO_LINE_START, line
    for line in block.lines[:-1]:
        assert line[-1] not in NO_LINE_END, line
    assert any("24" in line for line in block.lines), "digits inside Japanese stay one token"


def test_the_break_rules_glue_what_may_not_start_or_end_a_line():
    pieces = [t.text for t in tokens("キャップっ「安心」です。")]
    assert "プっ" in pieces and "「安" in pieces and "心」" in pieces and "す。" in pieces
    assert [t.text for t in tokens("750mlボトル")][:1] == ["750ml"]


@pytest.mark.parametrize("width", range(340, 1400, 61))
def test_latin_words_are_never_split(width):
    text = "Keeps drinks ice-cold for twenty-four hours with double-wall vacuum insulation"
    block = fit_text(text, width, 2000, max_size=48, min_size=48, max_lines=40)
    assert " ".join(block.lines) == text
