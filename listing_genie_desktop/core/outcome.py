"""Session status and the one sentence that explains it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from enum import StrEnum

from listing_genie_desktop.core.errors import GenerationError
from listing_genie_desktop.core.messages import QT_TR_NOOP
from listing_genie_desktop.core.product import ImageType


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


def session_status(
    completed: Collection[ImageType], *, cancelled: bool, session_types: Collection[ImageType], held: bool = False
) -> SessionStatus:
    """Counted against the session's own types (its stored images), not the types this build makes: a
    session made when there were fewer types is complete when all of its own are. `held`: a pause kept some
    images from their next request. The run stopped before it was done, as a run the app's end interrupts,
    and goes on the same way (the catalogue's Resume, or `retry`)."""
    return status_of_counts(
        len(set(completed) & set(session_types)), len(session_types), cancelled=cancelled, held=held
    )


def status_of_counts(done: int, total: int, *, cancelled: bool, held: bool = False) -> SessionStatus:
    """`done` complete images of the session's `total`."""
    if cancelled and done < total:
        return SessionStatus.CANCELLED
    if done == total:
        return SessionStatus.COMPLETE
    if held:
        return SessionStatus.INTERRUPTED
    return SessionStatus.PARTIAL if done else SessionStatus.FAILED


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
    session_types: Sequence[ImageType],
    held: Collection[ImageType] = (),
) -> str:
    """ "4 of 5 images ready; Comparison failed: 503 UNAVAILABLE (server). <advice>"; images made again that
    failed (`kept`, counted in `completed`) add "A new Main image could not be made: ...; the earlier one
    is kept." The count and the names follow `session_types`, the session's own images in order. Images a
    pause `held` are named as the ones the catalogue's Resume makes."""
    ready = READY.format(done=len(set(completed) & set(session_types)), total=len(session_types))
    new_failed = {t: e for t, e in failures.items() if t in kept}
    others = {t: e for t, e in failures.items() if t not in kept}
    if status is SessionStatus.COMPLETE:
        text = f"{ready}."
    elif status is SessionStatus.INTERRUPTED and held:
        waiting = ", ".join(t.label for t in session_types if t in held)
        text = f"Paused with its catalogue: {ready}. Resume the catalogue (or Retry failed) to make {waiting}."
        if (reason := main_reason(others)) is not None:
            failed_names = ", ".join(t.label for t in session_types if t in others)
            text += f" {failed_names} failed: {reason.message} ({reason.kind.value})."
    elif status is SessionStatus.CANCELLED:
        text = CANCELLED.format(ready=ready)
    elif (reason := main_reason(others)) is None:
        text = f"{ready}."
    else:
        failed_names = ", ".join(t.label for t in session_types if t in others)
        text = FAILED.format(
            ready=ready, names=failed_names, message=reason.message, kind=reason.kind.value, advice=reason.advice
        ).rstrip()
    if (new_reason := main_reason(new_failed)) is not None:
        names = ", ".join(t.label for t in session_types if t in new_failed)
        text += f" A new {names} image could not be made: {new_reason.message}; the earlier one is kept."
    return text
