"""Start-up recovery: sessions left unfinished by a process that died become `interrupted`; live runs of
another process are left alone; a run that stopped because its disk was full (or could not be written)
says so (see `stops`), not that the app stopped.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import peewee as pw

from listing_genie_desktop.core.clock import utc_now_iso
from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.outcome import ImageStatus, SessionStatus
from listing_genie_desktop.core.session_records import AttemptOutcome
from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.storage import db as schema
from listing_genie_desktop.storage import stops
from listing_genie_desktop.storage.db import AttemptRow, ImageRow, SessionRow
from listing_genie_desktop.storage.faults import is_database_error
from listing_genie_desktop.storage.leases import SessionLease
from listing_genie_desktop.storage.records import NOT_DONE_IMAGES, UNFINISHED

log = logging.getLogger("listing_genie.storage")

PENDING_GRACE_S = 60.0
"""A session is created a moment before its run takes the lease; another process starting in
that gap must not call it interrupted."""


def recover_interrupted(paths: AppPaths) -> list[str]:
    """Each session's lease is held from the check that nobody runs it to the end of its update: a run
    another process starts in between waits for it instead of being marked interrupted while it runs.
    A disk that refuses the update (full, read-only) leaves the rest for a later start: reading the
    history must not need a write."""
    recovered = []
    grace = (datetime.now(UTC) - timedelta(seconds=PENDING_GRACE_S)).isoformat(timespec="microseconds")
    candidates = SessionRow.select(SessionRow.id, SessionRow.status, SessionRow.created_at).where(
        SessionRow.status.in_(UNFINISHED)
    )
    for row in list(candidates):
        if row.status == SessionStatus.PENDING.value and row.created_at > grace:
            continue  # just created: its runner takes the lease in a moment
        lease = SessionLease(paths.locks, row.id)
        try:
            if not lease.acquire():
                continue  # running in some process
            try:
                if not _mark_unfinished(paths, row.id):
                    continue
            finally:
                lease.release()
        except Exception as exc:
            if not isinstance(exc, OSError) and not is_database_error(exc):
                raise
            log.warning("left %s unfinished for now: the history cannot be written (%s)", row.id, exc)
            break  # every other session would meet the same disk
        recovered.append(row.id)
        stops.forget(paths, row.id)
        _remove_orphaned_temporaries(paths, row.id)
    if recovered:
        log.warning("recovered %d unfinished session(s): %s", len(recovered), ", ".join(recovered))
    return recovered


def _mark_unfinished(paths: AppPaths, session_id: str) -> bool:
    """Under the session's lease: False when a run finished it since it was listed."""
    stopped = stops.stop_error(paths, session_id)
    with schema.database.atomic("IMMEDIATE"):
        session = SessionRow.get_or_none(SessionRow.id == session_id)
        if session is None or session.status not in UNFINISHED:
            return False
        now = utc_now_iso()
        unfinished = (ImageRow.session == session_id) & ImageRow.status.in_(NOT_DONE_IMAGES)
        # an image being made again keeps its earlier version (see writes.image_ended)
        ImageRow.update(status=ImageStatus.COMPLETE.value, updated_at=now).where(
            unfinished & ImageRow.path.is_null(False)
        ).execute()
        if stopped is None:
            _close_images(session_id, unfinished, ImageStatus.INTERRUPTED, None, now)
            SessionRow.update(
                status=SessionStatus.INTERRUPTED.value,
                summary="Interrupted: the app stopped during this run. Retry failed finishes it.",
            ).where(SessionRow.id == session_id).execute()
            return True
        _close_images(session_id, unfinished, ImageStatus.FAILED, stopped, now)
        status, summary = stops.outcome_after_stop(
            list(ImageRow.select().where(ImageRow.session == session_id)), stopped
        )
        SessionRow.update(
            status=status.value,
            error_kind=ErrorKind.STORAGE.value if status is not SessionStatus.COMPLETE else None,
            summary=summary,
            finished_at=session.finished_at or now,
        ).where(SessionRow.id == session_id).execute()
        return True


def _close_images(
    session_id: str, unfinished: pw.Expression, status: ImageStatus, error: GenerationError | None, now: str
) -> None:
    """Interrupted images keep their last attempt's error (it may say why the run was having trouble);
    images the disk stopped say so."""
    changes: dict[str, object] = {"status": status.value, "updated_at": now}
    attempt: dict[str, object] = {"outcome": AttemptOutcome.INTERRUPTED.value, "error_kind": None}
    if error is not None:
        changes |= {"error_kind": error.kind.value, "error": error.message}
        attempt = {"outcome": AttemptOutcome.FAILED.value, "error_kind": error.kind.value, "error": error.message}
    ImageRow.update(**changes).where(unfinished).execute()
    AttemptRow.update(**attempt).where(
        AttemptRow.image.in_(ImageRow.select(ImageRow.id).where(ImageRow.session == session_id))
        & (AttemptRow.outcome == AttemptOutcome.PROCESSING.value)
    ).execute()


def _remove_orphaned_temporaries(paths: AppPaths, session_id: str) -> None:
    """A run killed during an atomic write leaves its temporary file; the target was never replaced."""
    for orphan in paths.session_folder(session_id).glob(".*.tmp"):
        orphan.unlink(missing_ok=True)
