"""The contract's JSON of sessions (section 3, `--json` of generate, retry, show, edit) and of the history
list, built from the store's typed records here at the CLI's edge and nowhere else.

The key order is the contract's: scripts diff these documents, so it never changes.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from listing_genie_desktop.core.session_records import (
    AttemptRecord,
    Compliance,
    ImageRecord,
    SessionRecord,
    SessionSummary,
)


def session_json(session: SessionRecord) -> dict[str, object]:
    return {
        "session_id": session.session_id,
        "status": session.status.value,
        "backend": session.backend,
        "model": session.model,
        "created_at": stamp(session.created_at),
        "started_at": stamp(session.started_at),
        "finished_at": stamp(session.finished_at),
        "summary": session.summary,
        "product": session.product.to_json(),
        "settings": dict(session.settings),
        "image_size": session.image_size,
        "reference_path": str(session.reference_path),
        "reference_images": [str(p) for p in session.reference_images],
        "images": [image_json(image) for image in session.images],
        "estimated_cost_usd": session.estimated_cost_usd,
        "cost_note": session.cost_note,
        "log_path": str(session.log_path),
        "db_path": str(session.db_path),
    }


def image_json(image: ImageRecord) -> dict[str, object]:
    return {
        "type": image.image_type.value,
        "status": image.status.value,
        "attempts": image.attempts,
        "path": _path(image.path),
        "error_kind": image.error_kind.value if image.error_kind else None,
        "error": image.error,
        "missing_file": _path(image.missing_file),
        "compliance": _compliance(image.compliance),
        "texts": dict(image.texts),
        "estimated_cost_usd": image.estimated_cost_usd,
        "cost_note": image.cost_note,
        "attempt_log": [attempt_json(a) for a in image.attempt_log],
    }


def attempt_json(attempt: AttemptRecord) -> dict[str, object]:
    return {
        "n": attempt.n,
        "run": attempt.run,
        "started_at": stamp(attempt.started_at),
        "ended_at": stamp(attempt.ended_at),
        "delay_before_s": attempt.delay_before_s,
        "variation": attempt.variation,
        "outcome": attempt.outcome.value,
        "error_kind": attempt.error_kind.value if attempt.error_kind else None,
        "error": attempt.error,
        "http_status": attempt.http_status,
        "duration_ms": attempt.duration_ms,
        "path": _path(attempt.path),
        "prompt_tokens": attempt.prompt_tokens,
        "output_tokens": attempt.output_tokens,
        "backend": attempt.backend,
        "model": attempt.model,
        "estimated_cost_usd": attempt.estimated_cost_usd,
    }


def summary_json(summary: SessionSummary) -> dict[str, object]:
    """One entry of `history --json` (contract section 1)."""
    return {
        "session_id": summary.session_id,
        "title": summary.title,
        "status": summary.status.value,
        "created_at": stamp(summary.created_at),
        "images_complete": summary.images_complete,
        "images_total": summary.images_total,
        "thumbnail": _path(summary.thumbnail),
        "estimated_cost_usd": summary.estimated_cost_usd,
    }


def stamp(moment: datetime | None) -> str | None:
    """The contract's timestamps: ISO-8601 with microseconds, as stored (`core.clock.iso`)."""
    return moment.isoformat(timespec="microseconds") if moment is not None else None


def _path(path: Path | None) -> str | None:
    return str(path) if path is not None else None


def _compliance(report: Compliance | None) -> dict[str, object] | None:
    return {"compliant": report.compliant, "issues": list(report.issues)} if report is not None else None
