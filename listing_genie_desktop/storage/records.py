"""What a retry is given (a stored session), the store's errors, and the row look-ups that the store's reads,
writes and recovery share; the records the reads return are core's (`core/session_records.py`)."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.messages import QT_TR_NOOP
from listing_genie_desktop.core.outcome import ImageStatus, SessionStatus
from listing_genie_desktop.core.ports import MAX_REFERENCE_PHOTOS
from listing_genie_desktop.core.product import ImageType, Intent, Keyword, ProductContext
from listing_genie_desktop.storage import faults
from listing_genie_desktop.storage.db import ImageRow, KeywordRow, SessionRow

UNFINISHED = (SessionStatus.PENDING.value, SessionStatus.PROCESSING.value)
NOT_DONE_IMAGES = (ImageStatus.PENDING.value, ImageStatus.PROCESSING.value)


def reference_name(position: int, extension: str) -> str:
    """The stored copy's file name: `reference.<ext>` for the main photo (position 1), `reference-N.<ext>` for
    the others. The others are found again by name in the session's folder, so they need no column."""
    return f"reference.{extension}" if position == 1 else f"reference-{position}.{extension}"


CUTOUT_MASK_NAME = "cutout-mask.png"
"""The seller's corrected cut-out of the main photo (the window's erase/restore brush), beside its stored copy:
the photo's own size, mode L, 255 where the product is. Every later drawing of the session uses it."""


def cutout_mask_path(main: Path) -> Path:
    """Where the corrected cut-out of the main stored photo `main` is kept (it may not exist)."""
    return main.parent / CUTOUT_MASK_NAME


def other_references(main: Path) -> tuple[Path, ...]:
    """The stored copies of the session's other photos, in order, from the main copy's folder (the session's
    own); a deleted one is simply not there any more."""
    found: dict[int, Path] = {}
    for file in _files_in(main.parent):
        number = file.stem.removeprefix("reference-")
        if file.stem != number and number.isdigit() and 2 <= int(number) <= MAX_REFERENCE_PHOTOS:
            found.setdefault(int(number), file)
    return tuple(found[n] for n in sorted(found))


def _files_in(folder: Path) -> list[Path]:
    try:
        return sorted(f for f in folder.iterdir() if f.is_file())
    except OSError:  # the folder was deleted: no photo is left
        return []


@dataclass(frozen=True)
class StoredSession:
    """What a retry needs to run a session again."""

    session_id: str
    product: ProductContext
    reference_path: Path
    backend: str
    model: str | None
    settings: dict[str, object]
    complete: frozenset[ImageType]
    other_references: tuple[Path, ...] = ()
    """The stored copies of the product's other photos (after the main one), those still there."""
    image_types: tuple[ImageType, ...] = ()
    """The session's own images, in order (its rows: the types of the build that made it)."""
    cutout_mask: Path | None = None
    """The seller's corrected cut-out of the main photo (CUTOUT_MASK_NAME) when there is one."""


class SessionBusy(Exception):
    """The session is running in some process, so it cannot be deleted now."""


class SessionNotFound(LookupError):
    pass


class HistoryUnavailable(Exception):
    """The history cannot be opened at all; the message says why and what to do, for the seller."""


def session_row(session_id: str) -> SessionRow:
    session = SessionRow.get_or_none(SessionRow.id == session_id)
    if session is None:
        raise SessionNotFound(f"No session {session_id!r}")
    return session


def image_row(session_id: str, image_type: ImageType) -> ImageRow:
    return ImageRow.get((ImageRow.session == session_id) & (ImageRow.image_type == image_type.value))


def product_of(session: SessionRow) -> ProductContext:
    keywords = [
        Keyword(k.keyword, tuple(Intent(i) for i in k.intents.split(",") if i))
        for k in KeywordRow.select().where(KeywordRow.session == session.id).order_by(KeywordRow.position)
    ]
    compared = tuple(json.loads(session.compared_with)) if session.compared_with else ()
    return ProductContext(
        session.title, tuple(json.loads(session.features)), session.audience, tuple(keywords), compared
    )


VANISHED = QT_TR_NOOP("The {image} image file {path} was deleted")
MADE_AGAIN = QT_TR_NOOP("Retry failed makes it again.")


def vanished_error(image_type: ImageType, path: str) -> GenerationError:
    """An image whose row says complete but whose file was deleted: missing, and Retry failed makes it again."""
    return GenerationError(
        ErrorKind.STORAGE,
        VANISHED.format(image=image_type.label, path=path),
        advice=MADE_AGAIN,
    )


def file_missing(row: ImageRow) -> bool:
    """A complete image whose file is gone (someone removed `sessions/<id>` or the file itself)."""
    return row.status == ImageStatus.COMPLETE.value and bool(row.path) and not os.path.isfile(row.path)


def row_failures(rows: list[ImageRow], default: GenerationError) -> dict[ImageType, GenerationError]:
    """Why each image that is not there is not there: its file was deleted, else its own recorded error,
    else `default`."""
    failures = {}
    for row in rows:
        image_type = ImageType(row.image_type)
        if file_missing(row):
            failures[image_type] = vanished_error(image_type, row.path)
        elif row.status != ImageStatus.COMPLETE.value:
            failures[image_type] = (
                GenerationError(ErrorKind(row.error_kind), row.error or default.message) if row.error_kind else default
            )
    return failures


def storage_error(database: Path, exc: Exception) -> GenerationError:
    return GenerationError(
        ErrorKind.STORAGE,
        f"Could not write the history database in {database.parent}: {exc}",
        detail=f"{type(exc).__name__}: {exc}",
        advice=faults.advice(exc),
    )
