"""Typed progress events of a generation session.

The engine emits these through one callback; the CLI prints them, the Qt adapter turns them
into signals. They are plain frozen dataclasses so every consumer can match on type.
"""

from __future__ import annotations

from dataclasses import dataclass

from listing_genie_desktop.core.errors import ErrorKind
from listing_genie_desktop.core.outcome import ImageStatus, SessionStatus
from listing_genie_desktop.core.product import ImageType


@dataclass(frozen=True)
class SessionStarted:
    session_id: str
    image_types: tuple[ImageType, ...]
    backend: str
    model: str | None


@dataclass(frozen=True)
class AttemptStarted:
    session_id: str
    image_type: ImageType
    attempt: int
    max_attempts: int
    variation: str


@dataclass(frozen=True)
class AttemptFailed:
    session_id: str
    image_type: ImageType
    attempt: int
    max_attempts: int
    kind: ErrorKind
    message: str
    will_retry: bool
    http_status: int | None = None


@dataclass(frozen=True)
class BackoffScheduled:
    """The next attempt of `image_type` starts after `delay_s`, at monotonic time `ends_at`."""

    session_id: str
    image_type: ImageType
    next_attempt: int
    max_attempts: int
    delay_s: float
    ends_at: float


@dataclass(frozen=True)
class RateLimitPause:
    """The server asked the whole session to wait: no new request starts before `ends_at`."""

    session_id: str
    delay_s: float
    ends_at: float


@dataclass(frozen=True)
class ImageCompleted:
    session_id: str
    image_type: ImageType
    attempt: int
    path: str
    compliant: bool
    variant: str | None = None
    """The alternative design this version is ("teal palette"), when the backend made one."""


@dataclass(frozen=True)
class ImageFailed:
    session_id: str
    image_type: ImageType
    status: ImageStatus
    kind: ErrorKind
    message: str
    attempts: int


@dataclass(frozen=True)
class ImageHeld:
    """The image's run was paused before its next request: it stays pending, made when the run goes on."""

    session_id: str
    image_type: ImageType
    attempts: int


@dataclass(frozen=True)
class SessionFinished:
    session_id: str
    status: SessionStatus
    completed: tuple[ImageType, ...]
    summary: str


Event = (
    SessionStarted
    | AttemptStarted
    | AttemptFailed
    | BackoffScheduled
    | RateLimitPause
    | ImageCompleted
    | ImageFailed
    | ImageHeld
    | SessionFinished
)
