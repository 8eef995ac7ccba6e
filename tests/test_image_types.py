"""The image-type registry (issue #12 item 4): every registered type has every part, core's and imaging's;
the default registry is the contract's five; a stored type id always parses, known to this build or not."""

from __future__ import annotations

import copy
import json
import pickle

import pytest

from listing_genie_desktop.core.image_types import (
    DEFAULT_SPECS,
    IMAGE_TYPES,
    REGISTRY,
    ComplianceRules,
    ImageType,
    ImageTypeRegistry,
    ImageTypeSpec,
    registered,
)
from listing_genie_desktop.core.outcome import SessionStatus, session_status, summarize
from listing_genie_desktop.core.product import ProductContext
from listing_genie_desktop.core.prompts import PromptEngine
from listing_genie_desktop.imaging import render
from listing_genie_desktop.imaging.overlay import has_overlay
from tests.fakes.size_chart_type import SIZE_CHART, size_chart, size_chart_registered
from tests.imaging.studio_fixtures import bottle_cutout

__all__ = ["size_chart"]

PRODUCT = ProductContext.create("Steel Bottle", ["Holds 750 ml", "27 cm tall"], "hikers", ["hiking bottle"])


def assert_every_part(image_type: ImageType) -> None:
    spec = REGISTRY.spec(image_type)
    assert spec.label and spec.description, "the window names and describes its card"
    assert spec.code == "MAIN" or spec.code.startswith("PT"), "export names its file by the code"
    prompts = PromptEngine()
    for overlay in (False, True):
        prompt = prompts.render(image_type, PRODUCT, text_overlay=overlay)
        assert "Steel Bottle" in prompt and "{" not in prompt
    layout = render.layout_for(image_type)
    assert layout is not None, "the studio has a layout for it"
    assert has_overlay(image_type) is spec.text_overlay, "an overlaid type has its overlay rule, and only those"
    assert isinstance(spec.compliance, ComplianceRules)
    assert (spec.compliance is ComplianceRules.MAIN) is (image_type is ImageType.MAIN)


def test_every_built_in_type_has_every_part():
    for image_type in registered():
        assert_every_part(image_type)
    codes = [s.code for s in REGISTRY.specs()]
    assert len(set(codes)) == len(codes)


def test_a_type_registered_in_the_tests_has_every_part_and_is_drawn_by_its_layout(size_chart):
    assert registered() == (*IMAGE_TYPES, SIZE_CHART)
    for image_type in registered():
        assert_every_part(image_type)
    drawn = render.render_image(size_chart, bottle_cutout(), PRODUCT)
    assert drawn.image.size == (2000, 2000)
    assert drawn.texts == {"headline": "Steel Bottle", "row_1": "Holds 750 ml", "row_2": "27 cm tall"}
    assert render.render_image(size_chart, bottle_cutout(), PRODUCT, variant=1).variant.endswith("palette")


def test_the_default_registry_is_the_contracts_five_in_order():
    assert [t.value for t in registered()] == ["main", "infographic_1", "infographic_2", "lifestyle", "comparison"]
    assert [s.code for s in DEFAULT_SPECS] == ["MAIN", "PT01", "PT02", "PT03", "PT04"]
    assert [t.label for t in IMAGE_TYPES] == ["Main", "Infographic 1", "Infographic 2", "Lifestyle", "Comparison"]
    with size_chart_registered():
        assert len(registered()) == 6
    assert registered() == IMAGE_TYPES, "unregistered again"


def test_a_stored_id_parses_known_or_not_and_only_a_malformed_one_is_refused():
    assert ImageType("main") is ImageType.MAIN and ImageType(ImageType.MAIN) is ImageType.MAIN
    assert ImageType.MAIN == "main" and f"{ImageType.MAIN}" == "main" and json.dumps([ImageType.MAIN]) == '["main"]'
    assert ImageType.INFOGRAPHIC_1.name == "INFOGRAPHIC_1", "how prompts name it"
    future = ImageType("size_chart")
    assert future is ImageType("size_chart") and not future.known and future.label == "Size chart"
    assert pickle.loads(pickle.dumps(future)) is future and copy.deepcopy(ImageType.MAIN) is ImageType.MAIN
    for malformed in ("", "Main Image", "../x"):
        with pytest.raises(ValueError):
            ImageType(malformed)


def test_the_registry_refuses_a_second_id_or_code_and_codes_amazon_does_not_have():
    registry = ImageTypeRegistry(DEFAULT_SPECS)
    chart = ImageTypeSpec(SIZE_CHART, "Size chart", "d", "PT04", "x.txt", text_overlay=False,
                          compliance=ComplianceRules.SECONDARY)  # fmt: skip
    with pytest.raises(ValueError, match="PT04 belongs to another"):
        registry.register(chart)
    with pytest.raises(ValueError, match="registered already"):
        registry.register(DEFAULT_SPECS[0])
    with pytest.raises(ValueError, match="variant code"):
        ImageTypeSpec(SIZE_CHART, "Size chart", "d", "PT09", "x.txt", text_overlay=False,
                      compliance=ComplianceRules.SECONDARY)  # fmt: skip
    assert registry.ordered([SIZE_CHART, ImageType.COMPARISON, ImageType.MAIN]) == (
        ImageType.MAIN, ImageType.COMPARISON, SIZE_CHART,
    )  # fmt: skip


def test_a_session_is_counted_against_its_own_types():
    older = IMAGE_TYPES[:4]  # a session made when there were four types
    assert session_status(older, cancelled=False, session_types=older) is SessionStatus.COMPLETE
    assert summarize(SessionStatus.COMPLETE, older, {}, session_types=older) == "4 of 4 images ready."
    newer = (*IMAGE_TYPES, SIZE_CHART)
    assert session_status(IMAGE_TYPES, cancelled=False, session_types=newer) is SessionStatus.PARTIAL
    assert session_status(IMAGE_TYPES, cancelled=True, session_types=newer) is SessionStatus.CANCELLED
    assert session_status((), cancelled=False, session_types=newer) is SessionStatus.FAILED
