"""Start-up recovery: sessions left unfinished by a process that died become `interrupted`; live runs of
another process are left alone."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from listing_genie_desktop.core.clock import utc_now_iso
from listing_genie_desktop.core.outcome import ImageStatus, SessionStatus
from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.storage import db as schema
from listing_genie_desktop.storage.db import AttemptRow, ImageRow, SessionRow
from listing_genie_desktop.storage.leases import is_running_elsewhere
from listing_genie_desktop.storage.records import NOT_DONE_IMAGES, UNFINISHED

log = logging.getLogger("listing_genie.storage")

PENDING_GRACE_S = 60.0
"""A session is created a moment before its run takes the lease; another process starting in
that gap must not call it interrupted."""


def recover_interrupted(paths: AppPaths) -> list[str]:
    recovered = []
    grace = (datetime.now(UTC) - timedelta(seconds=PENDING_GRACE_S)).isoformat(timespec="microseconds")
    for row in SessionRow.select(SessionRow.id, SessionRow.status, SessionRow.created_at).where(
        SessionRow.status.in_(UNFINISHED)
    ):
        if row.status == SessionStatus.PENDING.value and row.created_at > grace:
            continue  # just created: its runner takes the lease in a moment
        if is_running_elsewhere(paths.locks, row.id):
            continue
        _mark_interrupted(row.id)
        recovered.append(row.id)
        _remove_orphaned_temporaries(paths, row.id)
    if recovered:
        log.warning("marked %d interrupted session(s): %s", len(recovered), ", ".join(recovered))
    return recovered


def _mark_interrupted(session_id: str) -> None:
    with schema.database.atomic("IMMEDIATE"):
        now = utc_now_iso()
        unfinished = (ImageRow.session == session_id) & ImageRow.status.in_(NOT_DONE_IMAGES)
        # an image being made again keeps its earlier version (see writes.image_ended)
        ImageRow.update(status=ImageStatus.COMPLETE.value, updated_at=now).where(
            unfinished & ImageRow.path.is_null(False)
        ).execute()
        ImageRow.update(status=ImageStatus.INTERRUPTED.value, updated_at=now).where(unfinished).execute()
        AttemptRow.update(outcome="interrupted", error_kind=None).where(
            AttemptRow.image.in_(ImageRow.select(ImageRow.id).where(ImageRow.session == session_id))
            & (AttemptRow.outcome == "processing")
        ).execute()
        SessionRow.update(
            status=SessionStatus.INTERRUPTED.value,
            summary="Interrupted: the app stopped during this run. Retry failed finishes it.",
        ).where(SessionRow.id == session_id).execute()


def _remove_orphaned_temporaries(paths: AppPaths, session_id: str) -> None:
    """A run killed during an atomic write leaves its temporary file; the target was never replaced."""
    for orphan in paths.session_folder(session_id).glob(".*.tmp"):
        orphan.unlink(missing_ok=True)
