"""Engine events as one-line progress messages (the CLI's stderr, and the window's log view)."""

from __future__ import annotations

from collections.abc import Callable

from listing_genie_desktop.core.events import (
    AttemptFailed,
    AttemptStarted,
    BackoffScheduled,
    Event,
    ImageCompleted,
    ImageFailed,
    RateLimitPause,
    SessionFinished,
    SessionStarted,
)


class ProgressPrinter:
    """Formats events; a failed attempt that will be retried is printed with its wait,
    "[lifestyle] attempt 2/4 failed: 503 UNAVAILABLE (server); retrying in 2 s"."""

    def __init__(self, write: Callable[[str], None]) -> None:
        self.write = write
        self._pending_failure: dict[str, str] = {}

    def __call__(self, event: Event) -> None:
        match event:
            case SessionStarted(session_id=sid, image_types=types, backend=backend, model=model):
                using = f"{backend} ({model})" if model else backend
                self.write(f"session {sid}: generating {len(types)} image(s) with {using}")
            case AttemptStarted(image_type=t, attempt=n, max_attempts=m, variation=v):
                suffix = "" if v == "base" else f" (variation: {v})"
                self.write(f"[{t}] attempt {n}/{m}{suffix}")
            case AttemptFailed(image_type=t, attempt=n, max_attempts=m, kind=kind, message=msg, will_retry=retry):
                line = f"[{t}] attempt {n}/{m} failed: {msg} ({kind})"
                if retry:
                    self._pending_failure[t] = line
                else:
                    self.write(line)
            case BackoffScheduled(image_type=t, delay_s=delay):
                line = self._pending_failure.pop(t, f"[{t}] retry scheduled")
                self.write(f"{line}; retrying in {delay:g} s")
            case RateLimitPause(delay_s=delay):
                self.write(f"rate limited: pausing all requests for {delay:g} s")
            case ImageCompleted(image_type=t, attempt=n, path=path, compliant=ok, variant=variant):
                note = "" if ok else " (see compliance notes)"
                alternative = f" (alternative: {variant})" if variant else ""
                self.write(f"[{t}] complete on attempt {n}{alternative}: {path}{note}")
            case ImageFailed(image_type=t, status=status, message=msg):
                self.write(f"[{t}] {status}: {msg}")
            case SessionFinished(status=status, summary=summary):
                self.write(f"session {status}: {summary}")
