"""The history's reads, run on the store's database thread: they never write, so a full or read-only
disk still shows the history."""

from __future__ import annotations

import json
import os
from pathlib import Path

from listing_genie_desktop.core.cost import Pricer, total
from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.outcome import ImageStatus, SessionStatus, session_status, summarize
from listing_genie_desktop.core.product import IMAGE_TYPES, ImageType
from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.storage import spending, stops
from listing_genie_desktop.storage.db import AttemptRow, ImageRow, SessionRow
from listing_genie_desktop.storage.records import (
    UNFINISHED,
    SessionNotFound,
    SessionSummary,
    StoredSession,
    attempt_json,
    cutout_mask_path,
    file_missing,
    other_references,
    product_of,
    row_failures,
    session_row,
    vanished_error,
)

FINISHED = (SessionStatus.COMPLETE.value, SessionStatus.PARTIAL.value, SessionStatus.FAILED.value)
NOT_THERE = GenerationError(ErrorKind.STORAGE, "Not made")


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
    main_compliant: dict[str, bool | None] = {}
    complete = ImageRow.select(ImageRow.session, ImageRow.path, ImageRow.image_type, ImageRow.compliance).where(
        ImageRow.session.in_(list(ready)) & (ImageRow.status == ImageStatus.COMPLETE.value)
    )
    for owner, path, image_type, compliance in complete.order_by(ImageRow.position).tuples():
        if path and os.path.isfile(path):  # os.path: a quarter of Path.is_file()'s cost, 1,000 times per list
            ready[owner].append(path)
            if image_type == ImageType.MAIN.value:
                main_compliant[owner] = _compliant(compliance)
    costs = spending.session_costs(list(ready), pricer)
    return [
        SessionSummary(
            s.id,
            s.title,
            _status_with(paths, s, len(ready[s.id])),
            s.created_at,
            len(ready[s.id]),
            next(iter(ready[s.id]), None),
            main_compliant.get(s.id),
            costs[s.id],
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


def _status_with(paths: AppPaths, session: SessionRow, ready: int) -> str:
    """An ended session's status counts only images whose files are there."""
    stopped = session.status in UNFINISHED and stops.stop_error(paths, session.id) is not None
    if session.status not in FINISHED and not stopped:
        return str(session.status)
    return session_status(IMAGE_TYPES[:ready], cancelled=False).value


def session_json(paths: AppPaths, session_id: str, pricer: Pricer) -> dict[str, object]:
    """The contract's session JSON (section 3). An image whose file was deleted is shown as the failure it
    now is (`missing_file` says where it was), and the session's status and summary count it so. Costs are
    estimated by `pricer` from each attempt's reported usage (null where a price is unknown)."""
    session = session_row(session_id)
    settings = json.loads(session.settings or "{}")
    rows = list(ImageRow.select().where(ImageRow.session == session_id).order_by(ImageRow.position))
    status, summary = session.status, session.summary
    stopped = stops.stop_error(paths, session_id) if session.status in UNFINISHED else None
    if stopped is not None:  # shown as recovery will record it once the disk takes writes again
        for row in rows:  # in memory only: reads never write
            row.status, row.error_kind, row.error = stops.image_after_stop(row, stopped)
        computed, summary = stops.outcome_after_stop(rows, stopped)
        status = computed.value
    images, costs = zip(*(_image_json(session, row, pricer) for row in rows), strict=True) if rows else ((), ())
    if status in FINISHED and any(file_missing(row) for row in rows):
        failures = row_failures(rows, NOT_THERE)
        ready = {ImageType(r.image_type) for r in rows} - failures.keys()
        computed = session_status(ready, cancelled=False)
        status, summary = computed.value, summarize(computed, ready, failures)
    return {
        "session_id": session.id,
        "status": status,
        "backend": session.backend,
        "model": session.model,
        "created_at": session.created_at,
        "started_at": session.started_at,
        "finished_at": session.finished_at,
        "summary": summary,
        "product": product_of(session).to_json(),
        "settings": settings,
        "image_size": settings.get("image_size"),
        "reference_path": session.reference_path,
        "reference_images": [session.reference_path, *map(str, other_references(Path(session.reference_path)))],
        "images": list(images),
        "estimated_cost_usd": total(costs),
        "log_path": str(paths.log_file),
        "db_path": str(paths.database),
    }


def _image_json(session: SessionRow, image: ImageRow, pricer: Pricer) -> tuple[dict[str, object], float | None]:
    """The image's JSON and its estimated cost (its attempts' costs, each in its attempt_log entry)."""
    attempts = list(AttemptRow.select().where(AttemptRow.image == image.id).order_by(AttemptRow.n))
    costs = [pricer(spending.billed(session, a)) for a in attempts]
    log = [attempt_json(a) | {"estimated_cost_usd": cost} for a, cost in zip(attempts, costs, strict=True)]
    cost = total(costs)
    entry: dict[str, object] = {
        "type": image.image_type,
        "status": image.status,
        "attempts": image.attempts,
        "path": image.path if image.status == ImageStatus.COMPLETE.value else None,
        "error_kind": image.error_kind,
        "error": image.error,
        "missing_file": None,
        "compliance": json.loads(image.compliance) if image.compliance else None,
        "texts": json.loads(image.texts) if image.texts else {},
        "estimated_cost_usd": cost,
        "attempt_log": log,
    }
    if file_missing(image):
        gone = vanished_error(ImageType(image.image_type), image.path)
        entry |= {
            "status": ImageStatus.FAILED.value,
            "path": None,
            "error_kind": gone.kind.value,
            "error": f"{gone.message}: {gone.advice}",
            "missing_file": image.path,
        }
    return entry, cost


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
        cutout_mask=mask if (mask := cutout_mask_path(Path(session.reference_path))).is_file() else None,
    )


def resolve_id(prefix: str) -> str:
    """A full session id from a unique prefix (users copy the first few characters)."""
    matches = [r.id for r in SessionRow.select(SessionRow.id).where(SessionRow.id.startswith(prefix)).limit(2)]
    if len(matches) != 1:
        raise SessionNotFound(f"No session {prefix!r}" if not matches else f"Session id {prefix!r} is ambiguous")
    return matches[0]
