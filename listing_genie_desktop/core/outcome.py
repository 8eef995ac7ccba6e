"""Session status and the one sentence that explains it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping
from enum import StrEnum

from listing_genie_desktop.core.errors import GenerationError
from listing_genie_desktop.core.messages import QT_TR_NOOP
from listing_genie_desktop.core.product import IMAGE_TYPES, ImageType


class SessionStatus(StrEnum):
    PENDING = "pending"
    PROCESSING = "processing"
    COMPLETE = "complete"
    PARTIAL = "partial"
    FAILED = "failed"
    CANCELLED = "cancelled"
    INTERRUPTED = "interrupted"


class ImageStatus(StrEnum):
    PENDING = "pending"
    PROCESSING = "processing"
    COMPLETE = "complete"
    FAILED = "failed"
    CANCELLED = "cancelled"
    INTERRUPTED = "interrupted"


def session_status(completed: Collection[ImageType], *, cancelled: bool) -> SessionStatus:
    if cancelled and len(completed) < len(IMAGE_TYPES):
        return SessionStatus.CANCELLED
    if len(completed) == len(IMAGE_TYPES):
        return SessionStatus.COMPLETE
    return SessionStatus.PARTIAL if completed else SessionStatus.FAILED


def main_reason(failures: Mapping[ImageType, GenerationError]) -> GenerationError | None:
    """The failure worth telling first: a fatal one, else one of the most common kind."""
    if not failures:
        return None
    for error in failures.values():
        if error.is_fatal:
            return error
    kind, _ = Counter(e.kind for e in failures.values()).most_common(1)[0]
    return next(e for e in failures.values() if e.kind is kind)


READY = QT_TR_NOOP("{done} of {total} images ready")
CANCELLED = QT_TR_NOOP("Cancelled: {ready}. Retry failed finishes the rest.")
FAILED = QT_TR_NOOP("{ready}; {names} failed: {message} ({kind}). {advice}")


def summarize(
    status: SessionStatus,
    completed: Collection[ImageType],
    failures: Mapping[ImageType, GenerationError],
    *,
    kept: Collection[ImageType] = (),
) -> str:
    """ "4 of 5 images ready; Comparison failed: 503 UNAVAILABLE (server). <advice>"; images made again that
    failed (`kept`, counted in `completed`) add "A new Main image could not be made: ...; the earlier one
    is kept." """
    ready = READY.format(done=len(completed), total=len(IMAGE_TYPES))
    new_failed = {t: e for t, e in failures.items() if t in kept}
    others = {t: e for t, e in failures.items() if t not in kept}
    if status is SessionStatus.COMPLETE:
        text = f"{ready}."
    elif status is SessionStatus.CANCELLED:
        text = CANCELLED.format(ready=ready)
    elif (reason := main_reason(others)) is None:
        text = f"{ready}."
    else:
        failed_names = ", ".join(t.label for t in IMAGE_TYPES if t in others)
        text = FAILED.format(
            ready=ready, names=failed_names, message=reason.message, kind=reason.kind.value, advice=reason.advice
        ).rstrip()
    if (new_reason := main_reason(new_failed)) is not None:
        names = ", ".join(t.label for t in IMAGE_TYPES if t in new_failed)
        text += f" A new {names} image could not be made: {new_reason.message}; the earlier one is kept."
    return text
