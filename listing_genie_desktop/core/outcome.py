"""Session status and the one sentence that explains it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping
from enum import StrEnum

from listing_genie_desktop.core.errors import GenerationError
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


def summarize(
    status: SessionStatus, completed: Collection[ImageType], failures: Mapping[ImageType, GenerationError]
) -> str:
    """ "4 of 5 images ready; Comparison failed: 503 UNAVAILABLE (server). <advice>"."""
    ready = f"{len(completed)} of {len(IMAGE_TYPES)} images ready"
    if status is SessionStatus.COMPLETE:
        return f"{ready}."
    if status is SessionStatus.CANCELLED:
        return f"Cancelled: {ready}. Retry failed finishes the rest."
    reason = main_reason(failures)
    if reason is None:
        return f"{ready}."
    failed_names = ", ".join(t.label for t in IMAGE_TYPES if t in failures)
    return f"{ready}; {failed_names} failed: {reason.message} ({reason.kind.value}). {reason.kind.advice}"
