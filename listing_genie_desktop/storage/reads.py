"""The history's reads, run on the store's database thread: they never write, so a full or read-only
disk still shows the history."""

from __future__ import annotations

import json
from pathlib import Path

import peewee as pw

from listing_genie_desktop.core.outcome import ImageStatus
from listing_genie_desktop.core.product import ImageType
from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.storage.db import AttemptRow, ImageRow, SessionRow
from listing_genie_desktop.storage.records import (
    SessionNotFound,
    SessionSummary,
    StoredSession,
    attempt_json,
    product_of,
    session_row,
)


def list_sessions(limit: int | None, query: str, status: str | None) -> list[SessionSummary]:
    complete = ImageRow.select(pw.fn.COUNT(ImageRow.id)).where(
        (ImageRow.session == SessionRow.id) & (ImageRow.status == ImageStatus.COMPLETE.value)
    )
    thumbnail = (
        ImageRow.select(ImageRow.path)
        .where((ImageRow.session == SessionRow.id) & (ImageRow.status == ImageStatus.COMPLETE.value))
        .order_by(ImageRow.position)
        .limit(1)
    )
    select = SessionRow.select(
        SessionRow.id,
        SessionRow.title,
        SessionRow.status,
        SessionRow.created_at,
        complete.alias("n_complete"),
        thumbnail.alias("thumb"),
    )
    if query:
        select = select.where(SessionRow.title.contains(query))
    if status:
        select = select.where(SessionRow.status == status)
    select = select.order_by(SessionRow.created_at.desc())
    if limit:
        select = select.limit(limit)
    return [SessionSummary(r.id, r.title, r.status, r.created_at, r.n_complete or 0, r.thumb) for r in select.objects()]


def session_json(paths: AppPaths, session_id: str) -> dict[str, object]:
    """The contract's session JSON (section 3)."""
    session = session_row(session_id)
    settings = json.loads(session.settings or "{}")
    images = []
    for image in ImageRow.select().where(ImageRow.session == session_id).order_by(ImageRow.position):
        attempts = AttemptRow.select().where(AttemptRow.image == image.id).order_by(AttemptRow.n)
        images.append(
            {
                "type": image.image_type,
                "status": image.status,
                "attempts": image.attempts,
                "path": image.path if image.status == ImageStatus.COMPLETE.value else None,
                "error_kind": image.error_kind,
                "error": image.error,
                "compliance": json.loads(image.compliance) if image.compliance else None,
                "attempt_log": [attempt_json(a) for a in attempts],
            }
        )
    return {
        "session_id": session.id,
        "status": session.status,
        "backend": session.backend,
        "model": session.model,
        "created_at": session.created_at,
        "started_at": session.started_at,
        "finished_at": session.finished_at,
        "summary": session.summary,
        "product": product_of(session).to_json(),
        "settings": settings,
        "image_size": settings.get("image_size"),
        "reference_path": session.reference_path,
        "images": images,
        "log_path": str(paths.log_file),
        "db_path": str(paths.database),
    }


def load_stored(session_id: str) -> StoredSession:
    session = session_row(session_id)
    complete = {
        ImageType(r.image_type)
        for r in ImageRow.select(ImageRow.image_type).where(
            (ImageRow.session == session_id) & (ImageRow.status == ImageStatus.COMPLETE.value)
        )
    }
    return StoredSession(
        session_id=session.id,
        product=product_of(session),
        reference_path=Path(session.reference_path),
        backend=session.backend,
        model=session.model,
        settings=json.loads(session.settings or "{}"),
        complete=frozenset(complete),
    )


def resolve_id(prefix: str) -> str:
    """A full session id from a unique prefix (users copy the first few characters)."""
    matches = [r.id for r in SessionRow.select(SessionRow.id).where(SessionRow.id.startswith(prefix)).limit(2)]
    if len(matches) != 1:
        raise SessionNotFound(f"No session {prefix!r}" if not matches else f"Session id {prefix!r} is ambiguous")
    return matches[0]
