"""The rules of what a card and the banner say, without Qt (ui/state.py, ui/form_logic.py)."""

from __future__ import annotations

import pytest

from listing_genie_desktop.core.errors import ErrorKind
from listing_genie_desktop.core.events import (
    AttemptFailed,
    AttemptStarted,
    BackoffScheduled,
    ImageCompleted,
    ImageFailed,
)
from listing_genie_desktop.core.outcome import ImageStatus, SessionStatus
from listing_genie_desktop.core.product import IMAGE_TYPES, ImageType
from listing_genie_desktop.core.session_records import AttemptOutcome, Compliance
from listing_genie_desktop.ui.form_logic import FormValues, check_form
from listing_genie_desktop.ui.image_card import countdown_text
from listing_genie_desktop.ui.state import (
    BannerKind,
    CardStatus,
    ImageState,
    apply_event,
    finished_banner,
    fresh_images,
    images_from_record,
)
from tests.core.test_session_records import attempt, image, session

COMP = ImageType.COMPARISON


def same_clock(t: float) -> float:
    return t


def test_a_card_goes_generating_retrying_generating_complete():
    state = ImageState(COMP)
    state = apply_event(state, AttemptStarted("s", COMP, 1, 4, "base"), to_local=same_clock)
    assert (state.status, state.attempt_text) == (CardStatus.GENERATING, "Attempt 1 of 4")
    state = apply_event(
        state, AttemptFailed("s", COMP, 1, 4, ErrorKind.SERVER, "503 UNAVAILABLE", True, 503), to_local=same_clock
    )
    state = apply_event(state, BackoffScheduled("s", COMP, 2, 4, 2.0, 102.0), to_local=lambda t: t - 100)
    assert state.status is CardStatus.RETRYING and state.retry_deadline == 2.0
    assert state.plain_error == "503 UNAVAILABLE."  # retrying by itself: no advice yet
    assert state.detail == "Attempt 1 of 4: server, HTTP 503: 503 UNAVAILABLE"
    state = apply_event(state, AttemptStarted("s", COMP, 2, 4, "clarity"), to_local=same_clock)
    assert state.retry_deadline is None and state.attempt_text == "Attempt 2 of 4"
    state = apply_event(state, ImageCompleted("s", COMP, 2, "/x/comparison-2.png", True), to_local=same_clock)
    assert state.status is CardStatus.COMPLETE and state.plain_error == "" and state.path.endswith("-2.png")


def test_a_cancelled_image_is_cancelled_not_failed():
    state = apply_event(
        ImageState(COMP),
        ImageFailed("s", COMP, ImageStatus.CANCELLED, ErrorKind.CANCELLED, "Cancelled.", 1),
        to_local=same_clock,
    )
    assert state.status is CardStatus.CANCELLED and state.status.is_unfinished


def test_partial_banner_names_the_failure_and_offers_retry_and_export():
    images = {t: ImageState(t, CardStatus.COMPLETE, path=f"/{t}.png") for t in IMAGE_TYPES}
    images[COMP] = ImageState(COMP, CardStatus.FAILED, error="503 UNAVAILABLE", error_kind=ErrorKind.SERVER)
    assert images[COMP].plain_error == f"503 UNAVAILABLE. {ErrorKind.SERVER.advice}"  # gave up: what to do
    banner = finished_banner(SessionStatus.PARTIAL, images)
    assert banner.kind is BannerKind.PARTIAL and banner.can_retry and banner.can_export
    assert banner.summary.startswith("4 of 5 images ready; Comparison failed: 503 UNAVAILABLE (server).")
    assert banner.headline == "4 of 5 images ready" and banner.advice == ErrorKind.SERVER.advice


def test_complete_failure_leads_with_the_fatal_reason():
    images = fresh_images()
    images[ImageType.MAIN] = ImageState(
        ImageType.MAIN, CardStatus.FAILED, error="Stopped: quota", error_kind=ErrorKind.SERVER
    )
    images[COMP] = ImageState(
        COMP, CardStatus.FAILED, error="Daily quota used up", error_kind=ErrorKind.QUOTA_EXHAUSTED
    )
    banner = finished_banner(SessionStatus.FAILED, images)
    assert banner.headline == "No images were generated" and banner.can_copy_diagnostics and not banner.can_export
    assert "Daily quota used up (quota_exhausted)" in banner.detail
    assert banner.advice == ErrorKind.QUOTA_EXHAUSTED.advice


def test_stored_sessions_show_their_attempt_log_and_compliance():
    main = image(
        attempt(1, outcome=AttemptOutcome.FAILED, error_kind=ErrorKind.NO_IMAGE, error="text only"),
        attempt(2),
        compliance=Compliance(False, ("grey halo",)),
    )
    images = images_from_record(session(main))
    main_state = images[ImageType.MAIN]
    assert main_state.attempt_text == "2 attempts" and main_state.compliant is False
    assert main_state.compliance_issues == ("grey halo",)
    assert main_state.detail == "Attempt 1 of 2: no_image: text only"
    assert list(images) == [ImageType.MAIN]  # the session's own images: a card it has none for stays empty


def test_an_interrupted_session_says_so_in_fixed_words_not_parsed_from_its_summary():
    images = {t: ImageState(t, CardStatus.COMPLETE, path=f"/{t}.png") for t in IMAGE_TYPES[:3]}
    images |= {t: ImageState(t, CardStatus.INTERRUPTED) for t in IMAGE_TYPES[3:]}
    banner = finished_banner(SessionStatus.INTERRUPTED, images)
    assert banner.kind is BannerKind.INTERRUPTED and banner.can_retry and banner.can_export
    assert banner.headline == "Interrupted: the app stopped during this run."
    assert banner.advice == "Retry failed finishes it." and banner.detail == "3 of 5 images ready"
    assert banner.summary == "Interrupted: the app stopped during this run. Retry failed finishes it."


def test_form_reports_every_field_and_the_first_message():
    check = check_form(FormValues(features=("x" * 101, "", "")), reference_error="Choose a photo.")
    assert not check.valid
    assert set(check.errors) == {"title", "feature1", "image"}
    assert check.message == "Title is required."
    valid = check_form(FormValues("Bottle", ("Leak-proof", "", ""), keywords="gym bottle=style"))
    assert valid.valid and valid.message == "" and valid.product.keywords[0].intents[0].value == "style"


@pytest.mark.parametrize(
    ("remaining", "shown"),
    [(4.0, "Retrying in 4 s"), (3.2, "Retrying in 4 s"), (0.01, "Retrying in 1 s"), (0.0, "Retrying now…")],
)
def test_the_countdown_rounds_up_to_whole_seconds_then_says_now(remaining, shown):
    """Rounded up: "Retrying in 0 s" would come a second early, and 4 s must read 4, not 3."""
    assert countdown_text(100.0 + remaining, 100.0) == shown


def test_no_deadline_no_countdown():
    assert countdown_text(None, 100.0) == ""


def test_the_forms_compared_with_goes_with_its_feature_row():
    values = FormValues("Cup", ("Thick porcelain", "", "Fits any machine"), compared_with=("", "", "Tall mugs don't"))
    check = check_form(values)
    assert check.valid and check.product is not None and check.product.compared_with == ("", "Tall mugs don't")
    orphan = check_form(FormValues("Cup", ("Thick porcelain", "", ""), compared_with=("", "Thin glass", "")))
    assert orphan.first_field == "compared2" and "Feature 2 is empty" in orphan.message
    shown = FormValues.from_product(check.product)
    assert shown.features[:2] == ("Thick porcelain", "Fits any machine")
    assert shown.compared_with == ("", "Tall mugs don't", "")
