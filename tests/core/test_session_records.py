"""What a stored session's records derive rather than store: an image's design, its versions and costs,
the session's complete and not Amazon-ready images (core/session_records.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from listing_genie_desktop.core.errors import ErrorKind
from listing_genie_desktop.core.outcome import ImageStatus, SessionStatus
from listing_genie_desktop.core.product import ImageType, ProductContext
from listing_genie_desktop.core.session_records import (
    AttemptOutcome,
    AttemptRecord,
    Compliance,
    ImageRecord,
    SessionRecord,
)

NOW = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)


def attempt(n: int, variation: str = "base", outcome: AttemptOutcome = AttemptOutcome.COMPLETE, **kw) -> AttemptRecord:
    fields = {
        "run": n,
        "started_at": NOW,
        "ended_at": NOW,
        "delay_before_s": 0.0,
        "error_kind": None,
        "error": None,
        "http_status": None,
        "duration_ms": 10,
        "path": Path(f"/s/main-{n}.png") if outcome is AttemptOutcome.COMPLETE else None,
        "prompt_tokens": None,
        "output_tokens": None,
        "backend": "studio",
        "model": None,
        "estimated_cost_usd": 0.0,
    } | kw
    return AttemptRecord(n=n, variation=variation, outcome=outcome, **fields)


def image(*attempts: AttemptRecord, image_type: ImageType = ImageType.MAIN, **kw) -> ImageRecord:
    fields = {
        "status": ImageStatus.COMPLETE,
        "attempts": len(attempts),
        "path": Path("/s/main.png"),
        "error_kind": None,
        "error": None,
        "compliance": Compliance(True),
        "texts": {},
    } | kw
    return ImageRecord(image_type=image_type, attempt_log=attempts, **fields)


def failed_then(*variations: str) -> ImageRecord:
    first = attempt(1, outcome=AttemptOutcome.FAILED, error_kind=ErrorKind.SERVER, error="503")
    return image(first, *(attempt(n, v) for n, v in enumerate(variations, start=2)))


def test_a_first_version_has_the_listing_design_even_after_a_failed_attempt():
    assert failed_then("base").design == 0


def test_a_regenerated_version_has_the_next_design():
    assert image(attempt(1), attempt(2), attempt(3)).design == 2


def test_touch_ups_and_text_edits_keep_the_design_they_replaced():
    assert image(attempt(1), attempt(2), attempt(3, "touch-up")).design == 1
    assert image(attempt(1), attempt(2), attempt(3, "edit"), attempt(4, "touch-up")).design == 1
    assert image(attempt(1), attempt(2, "touch-up"), attempt(3)).design == 2  # a regenerate after it moves on


def test_versions_are_the_delivered_files_oldest_first():
    assert failed_then("base", "edit").versions == (Path("/s/main-2.png"), Path("/s/main-3.png"))


def test_costs_add_up_and_stay_unknown_when_one_part_is():
    known = image(attempt(1, estimated_cost_usd=0.039), attempt(2, estimated_cost_usd=0.039, output_tokens=1290))
    unknown = image(attempt(1, estimated_cost_usd=None), image_type=ImageType.LIFESTYLE)
    assert known.estimated_cost_usd == 0.078 and known.billed
    assert unknown.estimated_cost_usd is None and unknown.billed
    assert not image(attempt(1)).billed  # the studio: nothing was billed, no cost is shown
    assert session(known).estimated_cost_usd == 0.078
    assert session(known, unknown).estimated_cost_usd is None


def test_the_session_names_its_complete_and_not_ready_images():
    halo = image(attempt(1), compliance=Compliance(False, ("grey halo",)))
    gone = image(
        attempt(1),
        image_type=ImageType.COMPARISON,
        status=ImageStatus.FAILED,
        path=None,
        missing_file=Path("/s/comparison.png"),
    )
    stored = session(halo, gone)
    assert [i.image_type for i in stored.complete] == [ImageType.MAIN]
    assert stored.missing_files == (Path("/s/comparison.png"),)
    assert [(n.image_type, n.issues) for n in stored.not_ready()] == [(ImageType.MAIN, ("grey halo",))]
    assert stored.image(ImageType.LIFESTYLE) is None


def session(*images: ImageRecord) -> SessionRecord:
    return SessionRecord(
        session_id="s",
        status=SessionStatus.PARTIAL,
        backend="studio",
        model=None,
        created_at=NOW,
        started_at=NOW,
        finished_at=NOW,
        summary=None,
        product=ProductContext.create("Bottle", ["Cold 24 h"]),
        settings={"language": "de", "image_size": "2K"},
        reference_path=Path("/s/reference.jpg"),
        other_references=(),
        images=images,
        log_path=Path("/log"),
        db_path=Path("/db"),
    )
