"""Runs the disk stopped before they could record their end: an empty marker says so, and both start-up
recovery (which writes it down once it can) and the reads (which show it until then) tell the same story.

A run that cannot write its end into the history (the disk is full) leaves `locks/<id>.disk-full` or
`locks/<id>.unwritable`: creating an empty file needs no data block, so it usually succeeds where the
database's write did not.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.messages import QT_TR_NOOP
from listing_genie_desktop.core.outcome import ImageStatus, SessionStatus, session_status, summarize
from listing_genie_desktop.core.product import ImageType
from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.storage.db import ImageRow
from listing_genie_desktop.storage.faults import Fault, classify
from listing_genie_desktop.storage.records import NOT_DONE_IMAGES, row_failures

DISK_WAS_FULL = QT_TR_NOOP("Not saved: the disk holding {folder} was full")
NOT_WRITTEN = QT_TR_NOOP("Not saved: {folder} could not be written")

DISK_FULL, UNWRITABLE = "disk-full", "unwritable"


def note_unrecorded_end(paths: AppPaths, session_id: str, error: BaseException) -> None:
    """Leaves the marker that tells the next start-up why this run's end is missing from the history."""
    reason = DISK_FULL if classify(error) is Fault.FULL else UNWRITABLE
    with contextlib.suppress(OSError):
        _marker(paths, session_id, reason).touch()


def stop_error(paths: AppPaths, session_id: str) -> GenerationError | None:
    """Why the disk stopped this session's last run, if it did."""
    for reason in (DISK_FULL, UNWRITABLE):
        if _marker(paths, session_id, reason).exists():
            where = paths.data
            message = (DISK_WAS_FULL if reason == DISK_FULL else NOT_WRITTEN).format(folder=where)
            return GenerationError(ErrorKind.STORAGE, message)
    return None


def forget(paths: AppPaths, session_id: str) -> None:
    for reason in (DISK_FULL, UNWRITABLE):
        with contextlib.suppress(OSError):
            _marker(paths, session_id, reason).unlink(missing_ok=True)


def image_after_stop(row: ImageRow, error: GenerationError) -> tuple[str, str | None, str | None]:
    """(status, error kind, error) of an image once its stopped run is closed: one still at work failed on the
    disk, unless it has an earlier version (kept, complete)."""
    if row.status not in NOT_DONE_IMAGES:
        return row.status, row.error_kind, row.error
    if row.path:
        return ImageStatus.COMPLETE.value, None, None
    return ImageStatus.FAILED.value, error.kind.value, error.message


def outcome_after_stop(rows: list[ImageRow], error: GenerationError) -> tuple[SessionStatus, str]:
    """The session's status and summary once its stopped run is closed (rows as `image_after_stop` leaves
    them): each image's own recorded error where it has one, else the disk's."""
    failures = row_failures(rows, error)
    own = [ImageType(r.image_type) for r in rows]
    complete = set(own) - failures.keys()
    status = session_status(complete, cancelled=False, session_types=own)
    return status, summarize(status, complete, failures, session_types=own)


def _marker(paths: AppPaths, session_id: str, reason: str) -> Path:
    return paths.locks / f"{session_id}.{reason}"
