"""The history's reads, run on the store's database thread: they never write, so a full or read-only
disk still shows the history."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from listing_genie_desktop.core.cost import BilledAttempt, Pricer
from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.messages import QT_TR_NOOP
from listing_genie_desktop.core.outcome import ImageStatus, SessionStatus, session_status, summarize
from listing_genie_desktop.core.product import ImageType
from listing_genie_desktop.core.session_records import (
    AttemptOutcome,
    AttemptRecord,
    Compliance,
    ImageRecord,
    SessionRecord,
    SessionSummary,
)
from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.storage import spending, stops
from listing_genie_desktop.storage.db import AttemptRow, ImageRow, SessionRow
from listing_genie_desktop.storage.records import (
    UNFINISHED,
    SessionNotFound,
    StoredSession,
    cutout_mask_path,
    file_missing,
    other_references,
    product_of,
    row_failures,
    session_row,
    vanished_error,
)

FINISHED = (SessionStatus.COMPLETE.value, SessionStatus.PARTIAL.value, SessionStatus.FAILED.value)
NOT_THERE = GenerationError(ErrorKind.STORAGE, QT_TR_NOOP("Not made"))


def list_sessions(
    paths: AppPaths, limit: int | None, query: str, status: str | None, pricer: Pricer
) -> list[SessionSummary]:
    """Counts the images whose files are there: a deleted file is not an image ready to upload. A run the
    disk stopped before it could record its end is shown ended, as recovery will record it."""
    select = SessionRow.select(SessionRow.id, SessionRow.title, SessionRow.status, SessionRow.created_at)
    if query:
        select = select.where(SessionRow.title.contains(query))
    if status:
        select = select.where(SessionRow.status == status)
    select = select.order_by(SessionRow.created_at.desc())
    if limit:
        select = select.limit(limit)
    sessions = list(select)
    ready: dict[str, list[str]] = {s.id: [] for s in sessions}
    own: dict[str, list[str]] = {s.id: [] for s in sessions}  # each session's own types, counted as its total
    main_compliant: dict[str, bool | None] = {}
    images = ImageRow.select(
        ImageRow.session, ImageRow.path, ImageRow.image_type, ImageRow.compliance, ImageRow.status
    ).where(ImageRow.session.in_(list(ready)))
    for owner, path, image_type, compliance, image_status in images.order_by(ImageRow.position).tuples():
        own[owner].append(image_type)
        if image_status != ImageStatus.COMPLETE.value:
            continue
        if path and os.path.isfile(path):  # os.path: a quarter of Path.is_file()'s cost, 1,000 times per list
            ready[owner].append(path)
            if image_type == ImageType.MAIN.value:
                main_compliant[owner] = _compliant(compliance)
    costs = spending.session_costs(list(ready), pricer)
    return [
        SessionSummary(
            s.id,
            s.title,
            _status_with(paths, s, len(ready[s.id]), len(own[s.id])),
            datetime.fromisoformat(s.created_at),
            len(ready[s.id]),
            Path(ready[s.id][0]) if ready[s.id] else None,
            main_compliant.get(s.id),
            costs[s.id],
            len(own[s.id]),
        )
        for s in sessions
    ]


def _compliant(report: str | None) -> bool | None:
    """The "compliant" of a stored compliance report (None when there is none or it is unreadable)."""
    try:
        value = json.loads(report).get("compliant") if report else None
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, bool) else None


def _status_with(paths: AppPaths, session: SessionRow, ready: int, images: int) -> SessionStatus:
    """An ended session's status counts only images whose files are there, out of its own images."""
    stopped = session.status in UNFINISHED and stops.stop_error(paths, session.id) is not None
    if session.status not in FINISHED and not stopped:
        return SessionStatus(session.status)
    if ready and ready == images:
        return SessionStatus.COMPLETE
    return SessionStatus.PARTIAL if ready else SessionStatus.FAILED


def load_session(paths: AppPaths, session_id: str, pricer: Pricer) -> SessionRecord:
    """The session as the window and the CLI show it. An image whose file was deleted is shown as the failure
    it now is (`missing_file` says where it was), and the session's status and summary count it so. Costs are
    estimated by `pricer` from each attempt's reported usage (None where a price is unknown)."""
    session = session_row(session_id)
    rows = list(ImageRow.select().where(ImageRow.session == session_id).order_by(ImageRow.position))
    status, summary = SessionStatus(session.status), session.summary
    stopped = stops.stop_error(paths, session_id) if session.status in UNFINISHED else None
    if stopped is not None:  # shown as recovery will record it once the disk takes writes again
        for row in rows:  # in memory only: reads never write
            row.status, row.error_kind, row.error = stops.image_after_stop(row, stopped)
        status, summary = stops.outcome_after_stop(rows, stopped)
    if status.value in FINISHED and any(file_missing(row) for row in rows):
        failures = row_failures(rows, NOT_THERE)
        own = [ImageType(r.image_type) for r in rows]
        ready = set(own) - failures.keys()
        status = session_status(ready, cancelled=False, session_types=own)
        summary = summarize(status, ready, failures, session_types=own)
    reference = Path(session.reference_path)
    return SessionRecord(
        session_id=session.id,
        status=status,
        backend=session.backend,
        model=session.model,
        created_at=datetime.fromisoformat(session.created_at),
        started_at=_moment(session.started_at),
        finished_at=_moment(session.finished_at),
        summary=summary,
        product=product_of(session),
        settings=json.loads(session.settings or "{}"),
        reference_path=reference,
        other_references=other_references(reference),
        images=tuple(_image(session, row, pricer) for row in rows),
        log_path=paths.log_file,
        db_path=paths.database,
    )


def _moment(stamp: str | None) -> datetime | None:
    return datetime.fromisoformat(stamp) if stamp else None


def _image(session: SessionRow, image: ImageRow, pricer: Pricer) -> ImageRecord:
    attempts = AttemptRow.select().where(AttemptRow.image == image.id).order_by(AttemptRow.n)
    record = ImageRecord(
        image_type=ImageType(image.image_type),
        status=ImageStatus(image.status),
        attempts=image.attempts,
        path=Path(image.path) if image.path and image.status == ImageStatus.COMPLETE.value else None,
        error_kind=ErrorKind(image.error_kind) if image.error_kind else None,
        error=image.error,
        compliance=_compliance(image.compliance),
        texts=json.loads(image.texts) if image.texts else {},
        attempt_log=tuple(_attempt(row, spending.billed(session, row), pricer) for row in attempts),
    )
    if not file_missing(image):
        return record
    gone = vanished_error(record.image_type, image.path)
    return replace(
        record,
        status=ImageStatus.FAILED,
        path=None,
        error_kind=gone.kind,
        error=f"{gone.message}: {gone.advice}",
        missing_file=Path(image.path),
    )


def _compliance(report: str | None) -> Compliance | None:
    """The stored report; None when there is none or it says nothing (no `compliant`)."""
    stored = json.loads(report) if report else None
    if not isinstance(stored, dict) or not isinstance(stored.get("compliant"), bool):
        return None
    return Compliance(stored["compliant"], tuple(str(i) for i in stored.get("issues") or ()))


def _attempt(row: AttemptRow, billed: BilledAttempt, pricer: Pricer) -> AttemptRecord:
    return AttemptRecord(
        n=row.n,
        run=row.run,
        started_at=datetime.fromisoformat(row.started_at),
        ended_at=_moment(row.ended_at),
        delay_before_s=row.delay_before_s,
        variation=row.variation,
        outcome=AttemptOutcome(row.outcome),
        error_kind=ErrorKind(row.error_kind) if row.error_kind else None,
        error=row.error,
        http_status=row.http_status,
        duration_ms=row.duration_ms,
        path=Path(row.path) if row.path else None,
        prompt_tokens=row.prompt_tokens,
        output_tokens=row.output_tokens,
        backend=billed.backend,
        model=billed.model,
        estimated_cost_usd=pricer(billed),
        cost_note=pricer.basis(billed),
    )


def vanished(session_id: str, image_types: frozenset[ImageType]) -> dict[ImageType, GenerationError]:
    """Which of `image_types`, complete, have lost their file, and why they count as missing."""
    rows = ImageRow.select().where(
        (ImageRow.session == session_id) & ImageRow.image_type.in_([t.value for t in image_types])
    )
    return {ImageType(r.image_type): vanished_error(ImageType(r.image_type), r.path) for r in rows if file_missing(r)}


def load_stored(session_id: str) -> StoredSession:
    """An image whose file was deleted is not complete: a retry makes it again."""
    session = session_row(session_id)
    complete = {
        ImageType(r.image_type)
        for r in ImageRow.select().where(
            (ImageRow.session == session_id) & (ImageRow.status == ImageStatus.COMPLETE.value)
        )
        if not file_missing(r)
    }
    return StoredSession(
        session_id=session.id,
        product=product_of(session),
        reference_path=Path(session.reference_path),
        backend=session.backend,
        model=session.model,
        settings=json.loads(session.settings or "{}"),
        complete=frozenset(complete),
        other_references=other_references(Path(session.reference_path)),
        image_types=tuple(
            ImageType(t)
            for (t,) in ImageRow.select(ImageRow.image_type)
            .where(ImageRow.session == session_id)
            .order_by(ImageRow.position)
            .tuples()
        ),
        cutout_mask=mask if (mask := cutout_mask_path(Path(session.reference_path))).is_file() else None,
    )


def resolve_id(prefix: str) -> str:
    """A full session id from a unique prefix (users copy the first few characters)."""
    matches = [r.id for r in SessionRow.select(SessionRow.id).where(SessionRow.id.startswith(prefix)).limit(2)]
    if len(matches) != 1:
        raise SessionNotFound(f"No session {prefix!r}" if not matches else f"Session id {prefix!r} is ambiguous")
    return matches[0]
