"""Post-processing and compliance for any backend's output."""

from __future__ import annotations

import json

import numpy as np
from PIL import Image, ImageDraw

from listing_genie_desktop.core.ports import GeneratedImage
from listing_genie_desktop.core.product import ImageType
from listing_genie_desktop.imaging.compliance import check_compliance
from listing_genie_desktop.imaging.measure import fill_ratio
from listing_genie_desktop.imaging.postprocess import finish_image
from tests.imaging.studio_fixtures import bottle_product


def model_main(size=(1024, 1024), background=(246, 246, 244), fill=0.85) -> Image.Image:
    """What an image model typically returns: off-white background, a product, a little shadow."""
    image = Image.new("RGB", size, background)
    side = round(fill * min(size))
    left, top = (size[0] - side // 2) // 2, (size[1] - side) // 2
    draw = ImageDraw.Draw(image)
    draw.ellipse((left - 20, top + side - 20, left + side // 2 + 20, top + side + 10), fill=(236, 236, 234))
    draw.rectangle((left, top, left + side // 2, top + side), fill=(40, 90, 160))
    return image


def finish(image_type, image, *, isolation_warning=None, clean=False, **kwargs):
    options = {"backend_renders_text": False, "text_overlay": False} | kwargs
    generated = GeneratedImage(image, warning=isolation_warning, clean=clean)
    return finish_image(image_type, generated, bottle_product(), **options)


def test_small_model_main_becomes_2000_pure_white_compliant():
    result = finish(ImageType.MAIN, model_main())
    assert result.image.size == (2000, 2000) and result.image.mode == "RGB"
    pixels = np.asarray(result.image)
    assert (pixels[:10] == 255).all() and (pixels[:, :10] == 255).all()
    assert result.compliance.compliant, result.compliance.issues


def test_non_square_main_is_padded_on_white():
    result = finish(ImageType.MAIN, model_main(size=(800, 1200)))
    assert result.image.size == (2000, 2000)
    assert result.compliance.compliant, result.compliance.issues


def test_main_with_a_small_product_is_reframed_to_85_percent():
    result = finish(ImageType.MAIN, model_main(fill=0.5))
    assert 0.83 <= fill_ratio(result.image) <= 0.87


def test_grey_bordered_main_is_flagged():
    grey = Image.new("RGB", (2000, 2000), (200, 200, 200))
    ImageDraw.Draw(grey).rectangle((150, 150, 1850, 1850), fill=(40, 90, 160))
    report = check_compliance(ImageType.MAIN, grey)
    assert not report.compliant
    assert any("pure white" in issue for issue in report.issues)
    assert json.loads(json.dumps(report.to_json())) == {"compliant": False, "issues": list(report.issues)}


def test_untrustworthy_isolation_is_reported_on_main_only():
    warning = "The background is busy: photograph the product alone on a plain, light background."
    main = finish(ImageType.MAIN, model_main(), isolation_warning=warning)
    assert not main.compliance.compliant
    assert any("busy" in issue and "transparent" in issue for issue in main.compliance.issues)
    other = finish(ImageType.LIFESTYLE, Image.new("RGB", (2000, 2000), "tan"), isolation_warning=warning)
    assert other.compliance.compliant


def test_small_and_wrong_mode_images_are_flagged():
    report = check_compliance(ImageType.LIFESTYLE, Image.new("RGBA", (800, 600)))
    assert not report.compliant and len(report.issues) == 2


def test_overlay_only_when_asked_and_backend_has_no_text():
    scene = Image.new("RGB", (2000, 2000), (90, 120, 100))
    plain = finish(ImageType.INFOGRAPHIC_1, scene, backend_renders_text=True, text_overlay=True)
    assert (np.asarray(plain.image) == (90, 120, 100)).all()
    drawn = finish(ImageType.INFOGRAPHIC_1, scene, text_overlay=True)
    assert not (np.asarray(drawn.image) == (90, 120, 100)).all()


def test_white_product_edges_survive_whitening():
    image = Image.new("RGB", (2000, 2000), (250, 250, 250))
    draw = ImageDraw.Draw(image)
    draw.rectangle((300, 150, 1700, 1850), fill=(205, 205, 210))
    draw.rectangle((320, 170, 1680, 1830), fill=(244, 244, 244))  # white product inside a grey rim
    result = finish(ImageType.MAIN, image).image
    assert np.asarray(result)[1000, 1000].tolist() == [244, 244, 244]


def test_clean_main_is_not_whitened_so_its_soft_shadow_survives():
    image = Image.new("RGB", (2000, 2000), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.rectangle((700, 150, 1300, 1850), fill=(40, 90, 160))
    draw.rectangle((650, 1850, 1350, 1870), fill=(246, 246, 246))  # the faint tail of a contact shadow
    assert np.asarray(finish(ImageType.MAIN, image).image)[1860, 1000].tolist() == [255, 255, 255]
    kept = finish(ImageType.MAIN, image, clean=True)
    assert np.asarray(kept.image)[1860, 1000].tolist() == [246, 246, 246]
    assert kept.compliance.compliant, kept.compliance.issues
