"""The contract's error kinds and the one exception type that carries them.

Every layer (backends, imaging, storage) turns its own failures into a `GenerationError`
so that the retry policy, the history and the UI reason about kinds, never about SDK types.
"""

from __future__ import annotations

from enum import StrEnum

from listing_genie_desktop.core.messages import QT_TR_NOOP


class ErrorKind(StrEnum):
    AUTH = "auth"
    NOT_FOUND = "not_found"
    QUOTA_EXHAUSTED = "quota_exhausted"
    RATE_LIMITED = "rate_limited"
    SERVER = "server"
    TIMEOUT = "timeout"
    NETWORK = "network"
    SAFETY = "safety"
    NO_IMAGE = "no_image"
    BAD_REQUEST = "bad_request"
    INVALID_INPUT = "invalid_input"
    STORAGE = "storage"
    CANCELLED = "cancelled"
    INTERNAL = "internal"

    @property
    def is_fatal(self) -> bool:
        """Fatal kinds stop the whole session: retrying or asking again cannot help."""
        return self in _FATAL

    @property
    def is_retryable(self) -> bool:
        return self in _RETRYABLE

    @property
    def advice(self) -> str:
        """What the user can do about it, in plain words."""
        return _ADVICE[self]


_FATAL = frozenset({ErrorKind.AUTH, ErrorKind.NOT_FOUND, ErrorKind.QUOTA_EXHAUSTED})
_RETRYABLE = frozenset(
    {
        ErrorKind.RATE_LIMITED,
        ErrorKind.SERVER,
        ErrorKind.TIMEOUT,
        ErrorKind.NETWORK,
        ErrorKind.SAFETY,
        ErrorKind.NO_IMAGE,
    }
)
_ADVICE: dict[ErrorKind, str] = {
    ErrorKind.AUTH: QT_TR_NOOP("Your API key was rejected: set a valid key in Settings (or GEMINI_API_KEY)."),
    ErrorKind.NOT_FOUND: QT_TR_NOOP("The model was not found: choose another image model in Settings."),
    ErrorKind.QUOTA_EXHAUSTED: QT_TR_NOOP(
        "Your Gemini quota is used up: wait for it to reset, check billing, or use the offline studio backend."
    ),
    ErrorKind.RATE_LIMITED: QT_TR_NOOP("The service is rate limiting requests: try again in a minute."),
    ErrorKind.SERVER: QT_TR_NOOP("The model was overloaded or failed: Retry failed usually works a little later."),
    ErrorKind.TIMEOUT: QT_TR_NOOP("The model took too long to answer: retry, or raise the attempt timeout."),
    ErrorKind.NETWORK: QT_TR_NOOP("The network failed: check your connection, or use the offline studio backend."),
    ErrorKind.SAFETY: QT_TR_NOOP(
        "The model's safety filter blocked this image: reword the features or use another photo."
    ),
    ErrorKind.NO_IMAGE: QT_TR_NOOP("The model answered without a usable image: Retry failed usually works."),
    ErrorKind.BAD_REQUEST: QT_TR_NOOP("The request was refused as invalid: check the product text and photo."),
    ErrorKind.INVALID_INPUT: QT_TR_NOOP("Correct the highlighted input and try again."),
    ErrorKind.STORAGE: QT_TR_NOOP(
        "The image could not be saved: free disk space or check the data folder's permissions."
    ),
    ErrorKind.CANCELLED: QT_TR_NOOP("Cancelled: Retry failed finishes the rest."),
    ErrorKind.INTERNAL: QT_TR_NOOP("Something went wrong inside Listing Genie: Copy diagnostics and report it."),
}


class GenerationError(Exception):
    """A classified failure.

    `message` is shown to users and stored: it must never contain a secret. `detail` is the
    technical text (server message, exception repr) for logs and "show details".
    `retry_after` is the server's hint in seconds (RetryInfo / Retry-After), when it gave one.
    `permanent` marks a failure that every request of the session would meet again, whatever its
    kind (a server certificate the client refuses): like a fatal kind, it is not retried and stops
    the session, while the kind stays the contract's.
    """

    def __init__(
        self,
        kind: ErrorKind,
        message: str,
        *,
        http_status: int | None = None,
        retry_after: float | None = None,
        detail: str | None = None,
        permanent: bool = False,
        advice: str | None = None,
    ) -> None:
        super().__init__(message)
        self._advice = advice
        self.kind = kind
        self.message = message
        self.http_status = http_status
        self.retry_after = retry_after
        self.detail = detail
        self.permanent = permanent

    def with_text(self, message: str, detail: str | None = None) -> GenerationError:
        """The same failure (kind, status, hint, permanence) told in other words. Copying fields by hand
        is how `permanent` was once lost on the way to the retry policy."""
        return GenerationError(
            self.kind,
            message,
            http_status=self.http_status,
            retry_after=self.retry_after,
            detail=detail,
            permanent=self.permanent,
            advice=self._advice,
        )

    @property
    def advice(self) -> str:
        """What to do: the kind's advice, unless this failure carries its own (then often already in `message`,
        and empty here so that no contradicting generic sentence follows it)."""
        return self.kind.advice if self._advice is None else self._advice

    @property
    def is_fatal(self) -> bool:
        """Stops the whole session: no retry and no other request can succeed."""
        return self.permanent or self.kind.is_fatal

    @property
    def is_retryable(self) -> bool:
        return not self.permanent and self.kind.is_retryable

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"GenerationError({self.kind.value!r}, {self.message!r}, http_status={self.http_status})"


class InvalidInput(GenerationError):
    """Input the user can fix; `field` names the form field it belongs to."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(ErrorKind.INVALID_INPUT, message)
        self.field = field
