"""Text always fits its box and survives any characters a seller can type."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from listing_genie_desktop.core.product import IMAGE_TYPES, ImageType
from listing_genie_desktop.imaging.overlay import overlay_text
from listing_genie_desktop.imaging.render import plan as render_plan
from listing_genie_desktop.imaging.render import render_image
from listing_genie_desktop.imaging.render.text import fit_text, is_rtl, renderable, text_in_box
from tests.imaging.studio_fixtures import bottle_cutout, bottle_product

LONG = "Keeps drinks ice-cold for twenty-four hours and piping hot for twelve with double-wall vacuum insulation " * 3
SAMPLES = {
    "long": LONG,
    "monster-word": "Supercalifragilisticexpialidocious" * 4,
    "emoji": "Leak-proof 💧🚀 lid 👍🏽 for every bag 🎒",
    "cjk": "保温保冷 ステンレスボトル 750ml 大容量で一日中使える",
    "rtl": "زجاجة ماء معزولة تحافظ على برودة المشروبات",
    "hebrew": "בקבוק מים מבודד שומר על קור",
    "mixed": "Bottle — Flasche — бутылка — μπουκάλι — 瓶",
}


@pytest.mark.parametrize("name", SAMPLES)
@pytest.mark.parametrize("box", [(900, 300), (400, 120), (200, 60)])
def test_text_fits_its_box(name, box):
    width, height = box
    block = fit_text(SAMPLES[name], width, height, max_size=120, min_size=20, bold=True)
    assert block.width() <= width
    assert block.height <= height or len(block.lines) == 1


def test_long_text_shrinks_before_it_is_cut():
    short = fit_text("Cold for 24 hours", 900, 300, max_size=120)
    long = fit_text(LONG, 900, 300, max_size=120)
    assert short.size == 120
    assert long.size < 60
    assert long.lines[-1].endswith("…")


def test_headline_lines_are_balanced():
    block = fit_text("Leak-proof lid you can toss in any bag", 1780, 400, max_size=112, bold=True, max_lines=2)
    assert len(block.lines) == 2
    lengths = [len(line) for line in block.lines]
    assert min(lengths) >= 0.5 * max(lengths)


def test_characters_no_font_has_are_dropped_not_drawn_as_boxes():
    assert "\U000f0000" not in renderable("ok \U000f0000 ok")  # private use: no font has it
    assert renderable("ok \U000f0000 ok") == "ok ok"


def test_rtl_detection():
    assert is_rtl(SAMPLES["rtl"]) and is_rtl(SAMPLES["hebrew"]) and not is_rtl("Bottle")


@pytest.mark.parametrize("names", [("emoji", "cjk"), ("rtl", "long")])
def test_layouts_render_any_text(names):
    text = " ".join(SAMPLES[n][:47] for n in names)
    product = bottle_product(title=text, features=[text, text, text], audience=text[:140], keywords=[text[:70]])
    cutout = bottle_cutout(120, 300)
    for image_type in IMAGE_TYPES:
        image = render_image(image_type, cutout, product).image
        assert image.size == (2000, 2000)


def test_draws_inside_the_box_only():
    image = Image.new("RGB", (1000, 600), "white")
    text_in_box(image, LONG, (100, 100, 600, 300), fill=(0, 0, 0), max_size=90)
    ink = np.asarray(image).min(axis=2) < 128
    ys, xs = np.nonzero(ink)
    assert xs.min() >= 100 and xs.max() < 600 and ys.min() >= 95 and ys.max() < 310


@pytest.mark.parametrize("image_type", [ImageType.INFOGRAPHIC_1, ImageType.INFOGRAPHIC_2, ImageType.COMPARISON])
def test_overlay_draws_the_exact_words_on_any_scene(image_type):
    scene = Image.new("RGB", (1024, 1024), (90, 120, 100))
    result, _ = overlay_text(image_type, scene, bottle_product())
    assert result.size == (2000, 2000) and result.mode == "RGB"
    assert np.abs(np.asarray(result, np.int16) - np.array([90, 120, 100])).mean() > 10


def test_overlay_refuses_main():
    with pytest.raises(ValueError):
        overlay_text(ImageType.MAIN, Image.new("RGB", (100, 100)), bottle_product())


def _relative_luminance(value: float) -> float:
    channel = value / 255
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


@pytest.mark.parametrize("image_type", [ImageType.INFOGRAPHIC_1, ImageType.INFOGRAPHIC_2, ImageType.COMPARISON])
@pytest.mark.parametrize("brightness", ["noisy", "dark-noisy"])
def test_overlay_text_keeps_its_contrast_over_a_busy_scene(image_type, brightness):
    """Random colour noise everywhere (a scene that ignored "keep the top and bottom calm"):
    in the headline's and chips' boxes the background stays calm and the words contrast with it
    at least 7:1 (WCAG AAA)."""
    rng = np.random.default_rng(5)
    high = 256 if brightness == "noisy" else 90
    noise = rng.integers(0, high, (400, 400, 3), dtype=np.uint8)
    scene = Image.fromarray(noise).resize((1024, 1024), Image.Resampling.NEAREST)
    luminance = np.asarray(overlay_text(image_type, scene, bottle_product())[0].convert("L"), np.float32)
    boxes = {"headline": (150, 150, 1850, 320)}
    if image_type is not ImageType.COMPARISON:
        boxes["chips"] = (250, 1720, 1800, 1880)
    for name, (left, top, right, bottom) in boxes.items():
        region = luminance[top:bottom, left:right]
        background = region[region >= np.percentile(region, 60)]
        text = np.percentile(region, 2)
        ratio = (_relative_luminance(float(np.median(background))) + 0.05) / (_relative_luminance(text) + 0.05)
        assert ratio >= 7, (name, ratio)
        assert background.std() < 3, (name, background.std())


def test_without_a_cjk_font_dropped_words_leave_no_dangling_separators(monkeypatch):
    from listing_genie_desktop.imaging.render import fonts

    monkeypatch.setattr(fonts, "fallback_path", lambda: None)
    assert renderable("Bottle — Flasche — 瓶") == "Bottle — Flasche"
    assert renderable("瓶 / Bottle, 750 ml") == "Bottle, 750 ml"
    assert renderable("Bottle — steel") == "Bottle — steel"  # nothing dropped: the seller's words stay
    block = fit_text("保温保冷 ステンレスボトル", 900, 300, max_size=90)
    assert block.lines == ()
    product = bottle_product(title="保温保冷 ステンレスボトル", features=["大容量", "保冷", "軽量"], audience="登山")
    for image_type in IMAGE_TYPES:
        assert render_image(image_type, bottle_cutout(120, 300), product).image.size == (2000, 2000)


def test_cjk_fallback_is_the_first_candidate_that_really_draws_cjk(monkeypatch, tmp_path):
    from listing_genie_desktop.imaging.render import fonts as text

    dejavu = text.bundled(False)
    broken = tmp_path / "broken.ttc"
    broken.write_bytes(b"not a font")
    monkeypatch.setattr(text, "_candidates", lambda: iter([tmp_path / "missing.ttc", broken, dejavu]))
    assert text.fallback_path.__wrapped__() is None  # DejaVu has no CJK glyph: not a fallback
    monkeypatch.setattr(text, "_CJK_PROBE", "A")  # pretend DejaVu were a CJK font
    assert text.fallback_path.__wrapped__() == dejavu


def test_fontconfig_candidates_prefer_sans_regular(monkeypatch):
    import subprocess
    import sys

    from listing_genie_desktop.imaging.render import fonts as text

    listed = "/f/NotoSerifCJK-Regular.ttc\n/f/NotoSansCJK-Bold.ttc\n/f/NotoSansCJK-Regular.ttc\n"
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(subprocess, "run", lambda *a, **k: subprocess.CompletedProcess(a, 0, listed, ""))
    assert [p.name for p in text._fontconfig_cjk()] == [
        "NotoSansCJK-Regular.ttc",
        "NotoSansCJK-Bold.ttc",
        "NotoSerifCJK-Regular.ttc",
    ]

    def missing(*args, **kwargs):
        raise FileNotFoundError("fc-list")

    monkeypatch.setattr(subprocess, "run", missing)
    assert text._fontconfig_cjk() == []


def test_words_no_font_can_draw_count_as_not_given(monkeypatch):
    """Without a CJK font, Japanese words are left out, and nothing takes their place."""
    from listing_genie_desktop.imaging.render import fonts, wording

    monkeypatch.setattr(fonts, "fallback_path", lambda: None)
    product = bottle_product(title="Steel bottle", features=["保冷 24時間", "軽量"], audience="登山")
    assert render_plan(ImageType.INFOGRAPHIC_1, product) == {"headline": "Steel bottle"}
    assert render_plan(ImageType.LIFESTYLE, product) == {}
    assert wording.tidy("leak-proof 💧🚀 lid 👍🏽 for every bag 🎒").startswith("Leak-proof")  # emoji alone: kept
