"""What the window shows about a session, as plain data: one `ImageState` per card and one
`BannerState` for the summary.

Both are derived either from engine events (a live run) or from the stored session JSON (the
history). Keeping this free of Qt means the widgets only render, and the rules (which status a
card is in, what the banner says, which actions are offered) are testable on their own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

from PySide6.QtCore import QT_TR_NOOP

from listing_genie_desktop.core.cost import ESTIMATED_COST, ESTIMATED_COST_UNKNOWN, cost_text, total
from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.events import (
    AttemptFailed,
    AttemptStarted,
    BackoffScheduled,
    Event,
    ImageCompleted,
    ImageFailed,
)
from listing_genie_desktop.core.outcome import SessionStatus, main_reason, summarize
from listing_genie_desktop.core.product import IMAGE_TYPES, ImageType
from listing_genie_desktop.core.readiness import NotReady, not_ready
from listing_genie_desktop.ui.i18n import format_cost, tr
from listing_genie_desktop.ui.messages import sentence, translated


class CardStatus(StrEnum):
    WAITING = "waiting"
    GENERATING = "generating"
    RETRYING = "retrying"
    COMPLETE = "complete"
    FAILED = "failed"
    CANCELLED = "cancelled"
    INTERRUPTED = "interrupted"

    @property
    def label(self) -> str:
        return tr(self.value.capitalize())  # the words are marked in ui/i18n.py

    @property
    def is_active(self) -> bool:
        return self in (CardStatus.GENERATING, CardStatus.RETRYING)

    @property
    def is_unfinished(self) -> bool:
        """Failed, cancelled or interrupted: what "Retry failed" runs again."""
        return self in (CardStatus.FAILED, CardStatus.CANCELLED, CardStatus.INTERRUPTED)


CANCELLED_TEXT = QT_TR_NOOP("Cancelled before it was finished: Retry failed makes it.")
INTERRUPTED_TEXTS = (  # storage/recovery.py's summary, shown in two parts by the banner
    QT_TR_NOOP("Interrupted: the app stopped during this run."),
    QT_TR_NOOP("Retry failed finishes it."),
)

_FROM_STORED = {
    "pending": CardStatus.WAITING,
    "processing": CardStatus.GENERATING,
    "complete": CardStatus.COMPLETE,
    "failed": CardStatus.FAILED,
    "cancelled": CardStatus.CANCELLED,
    "interrupted": CardStatus.INTERRUPTED,
}


@dataclass(frozen=True)
class ImageState:
    image_type: ImageType
    status: CardStatus = CardStatus.WAITING
    attempt: int = 0
    max_attempts: int = 0
    retry_deadline: float | None = None
    """`time.monotonic()` at which the next attempt starts, while status is RETRYING."""
    error: str | None = None
    error_kind: ErrorKind | None = None
    log: tuple[str, ...] = ()
    """One technical line per failed attempt: what "Details" shows."""
    path: str | None = None
    compliant: bool | None = None
    compliance_issues: tuple[str, ...] = ()
    variant: str | None = None
    """The alternative design a Regenerate made ("the teal palette"), named on the card."""
    texts: tuple[tuple[str, str], ...] = ()
    """(KEY, text) of every text drawn on the image, in drawing order: shown and edited on the card."""
    cost_usd: float | None = 0.0
    """Its estimated cost from the usage its attempts reported (None: a price is unknown)."""
    billed: bool = False
    """Something was billed for it (usage reported, or an image of a paid backend): its cost is shown."""

    @property
    def cost_text(self) -> str:
        """ "$0.11" or "cost unknown" for a billed image; "" for one that cost nothing (the studio)."""
        return format_cost(self.cost_usd) if self.billed else ""

    @property
    def attempt_text(self) -> str:
        if self.attempt and self.max_attempts:
            text = tr("Attempt {number} of {total}").format(number=self.attempt, total=self.max_attempts)
        elif self.attempt:  # a stored session: the total over all its runs
            text = tr("%n attempt(s)", None, self.attempt)
        else:
            return ""
        variant = tr("Alternative: {variant}").format(variant=self.variant) if self.variant else ""
        parts = (text, variant, self.cost_text)
        return " · ".join(p for p in parts if p)

    @property
    def plain_error(self) -> str:
        """The last error in words a seller understands: what happened, then what to do."""
        if not self.error or self.status is CardStatus.COMPLETE:
            return ""
        if self.status is CardStatus.CANCELLED:  # one sentence, not the reason and the advice both saying it
            return tr(CANCELLED_TEXT)
        if self.error_kind is None:
            return translated(self.error)
        said = sentence(self.error)
        if self.status.is_active:  # retrying by itself: what to do comes only if it gives up
            return said
        return f"{said} {translated(self.error_kind.advice)}"

    @property
    def detail(self) -> str:
        return "\n".join(self.log)


def fresh_images(types: Iterable[ImageType] = IMAGE_TYPES) -> dict[ImageType, ImageState]:
    return {t: ImageState(t) for t in types}


def _attempt_line(number: int, of: int, kind: str | None, status: int | None, message: str | None) -> str:
    http = f", HTTP {status}" if status else ""
    attempt = tr("Attempt {number} of {total}").format(number=number, total=of)
    return f"{attempt}: {kind or tr('error')}{http}: {translated(message)}".rstrip(": ")


def apply_event(state: ImageState, event: Event, *, to_local: Callable[[float], float]) -> ImageState:
    """The card's next state after one engine event about its image.

    `to_local` turns the engine clock's monotonic time (BackoffScheduled.ends_at) into this
    process's `time.monotonic()`, so a countdown works whatever clock the engine uses.
    """
    match event:
        case AttemptStarted(attempt=n, max_attempts=m):
            return replace(
                state, status=CardStatus.GENERATING, attempt=n, max_attempts=m, retry_deadline=None, variant=None
            )
        case AttemptFailed(attempt=n, max_attempts=m, kind=kind, message=message, http_status=status):
            line = _attempt_line(n, m, kind.value, status, message)
            return replace(state, error=message, error_kind=kind, log=(*state.log, line))
        case BackoffScheduled(ends_at=ends_at):
            return replace(state, status=CardStatus.RETRYING, retry_deadline=to_local(ends_at))
        case ImageCompleted(attempt=n, path=path, compliant=ok, variant=variant):
            return replace(
                state,
                status=CardStatus.COMPLETE,
                attempt=n,
                path=path,
                compliant=ok,
                retry_deadline=None,
                error=None,
                variant=variant,
            )
        case ImageFailed(status=status, kind=kind, message=message):
            return replace(
                state,
                status=_FROM_STORED.get(status, CardStatus.FAILED),
                error=message,
                error_kind=kind,
                retry_deadline=None,
            )
    return state


def images_from_json(session: Mapping[str, object]) -> dict[ImageType, ImageState]:
    """Card states of a stored session (contract JSON, section 3)."""
    states = fresh_images()
    for entry in session.get("images", ()):  # type: ignore[union-attr]
        image_type = ImageType(entry["type"])
        attempt_log = entry.get("attempt_log") or []
        compliance = entry.get("compliance") or {}
        kind = entry.get("error_kind")
        lines = tuple(
            _attempt_line(
                a["n"], entry.get("attempts") or a["n"], a.get("error_kind"), a.get("http_status"), a.get("error")
            )
            for a in attempt_log
            if a.get("outcome") not in ("complete", "processing")
        )
        states[image_type] = ImageState(
            image_type,
            status=_FROM_STORED.get(entry["status"], CardStatus.WAITING),
            attempt=int(entry.get("attempts") or 0),
            max_attempts=0,
            error=entry.get("error"),
            error_kind=ErrorKind(kind) if kind else None,
            log=lines,
            path=entry.get("path"),
            compliant=compliance.get("compliant") if compliance else None,
            compliance_issues=tuple(compliance.get("issues", ())) if compliance else (),
            texts=tuple((entry.get("texts") or {}).items()),
            cost_usd=entry.get("estimated_cost_usd", 0.0),
            billed=entry.get("estimated_cost_usd", 0.0) != 0 or any(a.get("output_tokens") for a in attempt_log),
        )
    return states


def cost_sentence(images: Mapping[ImageType, ImageState]) -> str:
    """ "Estimated cost $0.55." for a session something was billed for, from the usage its answers reported;
    "" when nothing was (the studio)."""
    if not any(state.billed for state in images.values()):
        return ""
    cost = total(state.cost_usd for state in images.values())
    return ESTIMATED_COST.format(cost=cost_text(cost)) if cost is not None else ESTIMATED_COST_UNKNOWN


class BannerKind(StrEnum):
    IDLE = "idle"
    RUNNING = "running"
    COMPLETE = "complete"
    PARTIAL = "partial"
    FAILED = "failed"
    CANCELLED = "cancelled"
    INTERRUPTED = "interrupted"
    ERROR = "error"
    """The run could not start (no key for the chosen backend, a session locked elsewhere...)."""


@dataclass(frozen=True)
class BannerState:
    kind: BannerKind
    headline: str = ""
    detail: str = ""
    advice: str = ""
    summary: str = ""
    """The one-line summary (what `sessionBanner.text()` returns)."""
    can_retry: bool = False
    can_export: bool = False
    can_copy_diagnostics: bool = False
    not_ready: tuple[str, ...] = ()
    """One sentence per complete image that is not Amazon-ready (the banner then warns, even when complete)."""
    other_backend_helps: bool = False
    """The images failed for want of the backend itself (unreachable, key refused, quota or model gone): the
    banner offers Retry failed on another backend."""


BACKEND_PROBLEMS = frozenset({ErrorKind.NETWORK, ErrorKind.AUTH, ErrorKind.QUOTA_EXHAUSTED, ErrorKind.NOT_FOUND})
"""Failures that another backend does not share (a 503 or a safety block is worth retrying as it is)."""

IDLE_BANNER = BannerState(BannerKind.IDLE)


def running_banner(images: Mapping[ImageType, ImageState], *, paused_for: float | None = None) -> BannerState:
    done = sum(1 for s in images.values() if s.status is CardStatus.COMPLETE)
    text = f"Generating: {done} of {len(IMAGE_TYPES)} images ready"  # the summary: the contract's English
    headline = tr("Generating: {done} of {total} images ready").format(done=done, total=len(IMAGE_TYPES))
    detail = (
        tr("The service asked to slow down: pausing new requests for {seconds} s.").format(seconds=round(paused_for))
        if paused_for
        else ""
    )
    return BannerState(BannerKind.RUNNING, headline=headline, detail=detail, summary=text, can_export=done > 0)


def error_banner(error: GenerationError) -> BannerState:
    return BannerState(
        BannerKind.ERROR,
        headline=tr("Could not start"),
        detail=translated(error.message),
        advice="" if error.kind is ErrorKind.INVALID_INPUT else translated(error.kind.advice),
        summary=f"Could not start: {error.message}",
        can_copy_diagnostics=error.kind is not ErrorKind.INVALID_INPUT,
    )


def not_ready_images(images: Mapping[ImageType, ImageState]) -> list[NotReady]:
    """The complete images whose compliance report says they are not Amazon-ready."""
    return not_ready(
        (t, state.compliant, state.compliance_issues)
        for t, state in images.items()
        if state.status is CardStatus.COMPLETE
    )


def finished_banner(
    status: str, images: Mapping[ImageType, ImageState], stored_summary: str | None = None
) -> BannerState:
    """The banner after a run ends (or of a stored session), built from the card states so the
    live view and the history say exactly the same thing; a complete image that is not
    Amazon-ready is named in it, so "5 of 5 images ready" never reads as all clear."""
    banner = _finished_banner(status, images, stored_summary)
    if banner.kind in (BannerKind.IDLE, BannerKind.RUNNING):
        return banner
    if cost := cost_sentence(images):
        banner = replace(
            banner,
            detail=" ".join(filter(None, (banner.detail, translated(cost)))),
            summary=f"{banner.summary} {cost}",
        )
    sentences = tuple(item.sentence for item in not_ready_images(images))
    if not sentences:
        return banner
    notes = " ".join(sentences)
    shown = " ".join(sentence(text) for text in sentences)
    return replace(
        banner,
        detail=" ".join(filter(None, (banner.detail, shown))),
        summary=f"{banner.summary.rstrip()} {notes}".strip(),
        not_ready=sentences,
    )


def _finished_banner(
    status: str, images: Mapping[ImageType, ImageState], stored_summary: str | None = None
) -> BannerState:
    completed = [t for t in IMAGE_TYPES if images[t].status is CardStatus.COMPLETE]
    unfinished = any(images[t].status.is_unfinished for t in IMAGE_TYPES)
    can_export = bool(completed)
    if status == SessionStatus.INTERRUPTED:
        summary = stored_summary or "Interrupted: the app stopped during this run. Retry failed finishes it."
        headline, _, advice = summary.partition(". ")
        return BannerState(
            BannerKind.INTERRUPTED,
            headline=sentence(headline),
            detail=tr("{done} of {total} images ready.").format(done=len(completed), total=len(IMAGE_TYPES)),
            advice=translated(advice),
            summary=summary,
            can_retry=True,
            can_export=can_export,
        )
    try:
        session_status = SessionStatus(status)
    except ValueError:
        return IDLE_BANNER
    if session_status in (SessionStatus.PENDING, SessionStatus.PROCESSING):
        return running_banner(images)
    failures = {
        t: GenerationError(images[t].error_kind or ErrorKind.INTERNAL, images[t].error or "did not complete")
        for t in IMAGE_TYPES
        if images[t].status.is_unfinished and images[t].status is not CardStatus.CANCELLED
    }
    summary = summarize(session_status, completed, failures)
    ready = tr("{done} of {total} images ready").format(done=len(completed), total=len(IMAGE_TYPES))
    kind = BannerKind(session_status.value)
    if session_status is SessionStatus.COMPLETE:
        return BannerState(kind, headline=ready, summary=summary, can_export=True)
    if session_status is SessionStatus.CANCELLED:
        return BannerState(
            kind,
            headline=tr("Cancelled: {ready}").format(ready=ready),
            advice=tr("Retry failed finishes the rest."),
            summary=summary,
            can_retry=unfinished,
            can_export=can_export,
        )
    reason = main_reason(failures)
    failed_names = ", ".join(tr(t.label) for t in IMAGE_TYPES if t in failures)
    detail = (
        tr("{names} failed: {message} ({kind}).").format(
            names=failed_names, message=translated(reason.message), kind=reason.kind.value
        )
        if reason
        else ""
    )
    advice = translated(reason.kind.advice) if reason else ""
    headline = ready if session_status is SessionStatus.PARTIAL else tr("No images were generated")
    return BannerState(
        kind,
        headline=headline,
        detail=detail,
        advice=advice,
        summary=summary,
        can_retry=unfinished,
        can_export=can_export,
        can_copy_diagnostics=session_status is SessionStatus.FAILED,
        other_backend_helps=reason is not None and reason.kind in BACKEND_PROBLEMS,
    )
