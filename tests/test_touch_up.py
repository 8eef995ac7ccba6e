"""Which studio design a touch-up draws: the one of the version it replaces."""

from __future__ import annotations

from listing_genie_desktop.touch_up import _design_of


def _image(*variations: str, failed_first: bool = False) -> dict[str, object]:
    log = [{"variation": "base", "outcome": "failed"}] if failed_first else []
    log += [{"variation": v, "outcome": "complete"} for v in variations]
    return {"attempt_log": log}


def test_a_first_version_has_the_listing_design_even_after_a_failed_attempt():
    assert _design_of(_image("base", failed_first=True)) == 0


def test_a_regenerated_version_has_the_next_design():
    assert _design_of(_image("base", "base", "base")) == 2


def test_touch_ups_and_text_edits_keep_the_design_they_replaced():
    assert _design_of(_image("base", "base", "touch-up")) == 1
    assert _design_of(_image("base", "base", "edit", "touch-up")) == 1
    assert _design_of(_image("base", "touch-up", "base")) == 2  # a regenerate after it moves on
