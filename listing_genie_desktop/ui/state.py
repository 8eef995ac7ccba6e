"""What the window shows about a session, as plain data: one `ImageState` per card and one
`BannerState` for the summary.

Both are derived either from engine events (a live run) or from the store's `SessionRecord` (the
history). Keeping this free of Qt means the widgets only render, and the rules (which status a
card is in, what the banner says, which actions are offered) are testable on their own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

from PySide6.QtCore import QT_TR_NOOP

from listing_genie_desktop.core.cost import (
    ESTIMATED_COST,
    ESTIMATED_COST_NOTED,
    ESTIMATED_COST_UNKNOWN,
    cost_note,
    cost_text,
    total,
)
from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.events import (
    AttemptFailed,
    AttemptStarted,
    BackoffScheduled,
    Event,
    ImageCompleted,
    ImageFailed,
)
from listing_genie_desktop.core.image_types import registered
from listing_genie_desktop.core.outcome import ImageStatus, SessionStatus, main_reason, summarize
from listing_genie_desktop.core.product import ImageType
from listing_genie_desktop.core.readiness import NotReady, not_ready
from listing_genie_desktop.core.session_records import AttemptOutcome, ImageRecord, SessionRecord
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

INTERRUPTED_HEADLINE = QT_TR_NOOP("Interrupted: the app stopped during this run.")
INTERRUPTED_ADVICE = QT_TR_NOOP("Retry failed finishes it.")
INTERRUPTED_SUMMARY = "Interrupted: the app stopped during this run. Retry failed finishes it."
"""What recovery records for a run whose process died (the contract's English, as the banner's summary)."""

_FROM_STORED = {
    ImageStatus.PENDING: CardStatus.WAITING,
    ImageStatus.PROCESSING: CardStatus.GENERATING,
    ImageStatus.COMPLETE: CardStatus.COMPLETE,
    ImageStatus.FAILED: CardStatus.FAILED,
    ImageStatus.CANCELLED: CardStatus.CANCELLED,
    ImageStatus.INTERRUPTED: CardStatus.INTERRUPTED,
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
    cost_note: str | None = None
    """How a price the table does not know was estimated (None: the model's own price)."""
    billed: bool = False
    """Something was billed for it (usage reported, or an image of a paid backend): its cost is shown."""

    @property
    def cost_text(self) -> str:
        """ "$0.11", "about $0.11" (a price the table lacks, estimated) or "cost unknown" for a billed image; ""
        for one that cost nothing (the studio)."""
        if not self.billed:
            return ""
        if self.cost_note and self.cost_usd is not None:
            return tr("about {cost}").format(cost=format_cost(self.cost_usd))
        return format_cost(self.cost_usd)

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


def fresh_images(types: Iterable[ImageType] | None = None) -> dict[ImageType, ImageState]:
    """Waiting cards of `types`, default those a new session is made of (the registry's, now)."""
    return {t: ImageState(t) for t in (registered() if types is None else types)}


def _attempt_line(number: int, of: int, kind: ErrorKind | None, status: int | None, message: str | None) -> str:
    http = f", HTTP {status}" if status else ""
    attempt = tr("Attempt {number} of {total}").format(number=number, total=of)
    return f"{attempt}: {kind.value if kind else tr('error')}{http}: {translated(message)}".rstrip(": ")


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
            line = _attempt_line(n, m, kind, status, message)
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


def images_from_record(session: SessionRecord) -> dict[ImageType, ImageState]:
    """Card states of a stored session, one per image it has."""
    return {image.image_type: _image_state(image) for image in session.images}


def _image_state(image: ImageRecord) -> ImageState:
    lines = tuple(
        _attempt_line(a.n, image.attempts or a.n, a.error_kind, a.http_status, a.error)
        for a in image.attempt_log
        if a.outcome not in (AttemptOutcome.COMPLETE, AttemptOutcome.PROCESSING)
    )
    compliance = image.compliance
    return ImageState(
        image.image_type,
        status=_FROM_STORED[image.status],
        attempt=image.attempts,
        max_attempts=0,
        error=image.error,
        error_kind=image.error_kind,
        log=lines,
        path=str(image.path) if image.path is not None else None,
        compliant=compliance.compliant if compliance is not None else None,
        compliance_issues=compliance.issues if compliance is not None else (),
        texts=tuple(image.texts.items()),
        cost_usd=image.estimated_cost_usd,
        cost_note=image.cost_note,
        billed=image.billed,
    )


def cost_sentence(images: Mapping[ImageType, ImageState]) -> str:
    """ "Estimated cost $0.55." for a session something was billed for, from the usage its answers reported;
    "" when nothing was (the studio)."""
    if not any(state.billed for state in images.values()):
        return ""
    cost = total(state.cost_usd for state in images.values())
    if cost is None:
        return ESTIMATED_COST_UNKNOWN
    if notes := cost_note(state.cost_note for state in images.values()):
        return ESTIMATED_COST_NOTED.format(cost=cost_text(cost), reason=notes)
    return ESTIMATED_COST.format(cost=cost_text(cost))


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
    model_instead: tuple[str, str] | None = None
    """(the session's model, the one a retry uses) when the session's model is no longer served: the banner
    says so and offers one button, Retry with the new one."""
    other_backend_helps: bool = False
    """The images failed for want of the backend itself (unreachable, key refused, quota or model gone): the
    banner offers Retry failed on another backend."""


BACKEND_PROBLEMS = frozenset({ErrorKind.NETWORK, ErrorKind.AUTH, ErrorKind.QUOTA_EXHAUSTED, ErrorKind.NOT_FOUND})
"""Failures that another backend does not share (a 503 or a safety block is worth retrying as it is)."""

IDLE_BANNER = BannerState(BannerKind.IDLE)


def running_banner(images: Mapping[ImageType, ImageState], *, paused_for: float | None = None) -> BannerState:
    done = sum(1 for s in images.values() if s.status is CardStatus.COMPLETE)
    text = f"Generating: {done} of {len(images)} images ready"  # the summary: the contract's English
    headline = tr("Generating: {done} of {total} images ready").format(done=done, total=len(images))
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
    status: SessionStatus, images: Mapping[ImageType, ImageState], model_instead: tuple[str, str] | None = None
) -> BannerState:
    """The banner after a run ends (or of a stored session), built from the card states so the
    live view and the history say exactly the same thing; a complete image that is not
    Amazon-ready is named in it, so "5 of 5 images ready" never reads as all clear. `model_instead` is
    (the session's model, the one a retry would use) when the session's model has been retired since."""
    banner = _finished_banner(status, images)
    if banner.kind in (BannerKind.IDLE, BannerKind.RUNNING):
        return banner
    if model_instead is not None and banner.can_retry:
        retired = tr("{old} is no longer served: Retry uses {new}, the recommended model.").format(
            old=model_instead[0], new=model_instead[1]
        )
        banner = replace(banner, model_instead=model_instead, advice=" ".join(filter(None, (retired, banner.advice))))
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


def _finished_banner(session_status: SessionStatus, images: Mapping[ImageType, ImageState]) -> BannerState:
    completed = [t for t, state in images.items() if state.status is CardStatus.COMPLETE]
    unfinished = any(state.status.is_unfinished for state in images.values())
    can_export = bool(completed)
    if session_status is SessionStatus.INTERRUPTED:
        return BannerState(
            BannerKind.INTERRUPTED,
            headline=tr(INTERRUPTED_HEADLINE),
            detail=tr("{done} of {total} images ready").format(done=len(completed), total=len(images)),
            advice=tr(INTERRUPTED_ADVICE),
            summary=INTERRUPTED_SUMMARY,
            can_retry=True,
            can_export=can_export,
        )
    if session_status in (SessionStatus.PENDING, SessionStatus.PROCESSING):
        return running_banner(images)
    failures = {
        t: GenerationError(state.error_kind or ErrorKind.INTERNAL, state.error or "did not complete")
        for t, state in images.items()
        if state.status.is_unfinished and state.status is not CardStatus.CANCELLED
    }
    summary = summarize(session_status, completed, failures, session_types=list(images))
    ready = tr("{done} of {total} images ready").format(done=len(completed), total=len(images))
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
    failed_names = ", ".join(tr(t.label) for t in images if t in failures)
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
