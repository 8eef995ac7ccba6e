"""The retry policy: how many attempts, how long to wait, which prompt variation to try next.

The loop itself is tenacity's; this module only decides. Everything takes its inputs
explicitly (attempt numbers, the last error, a random source) so the schedule is testable
with exact numbers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from listing_genie_desktop.core.errors import ErrorKind, GenerationError

BASE_VARIATION = "base"
# Each retry rephrases the prompt. What failed decides where that helps; otherwise the
# rephrasings rotate so that no two consecutive attempts send the same text.
_VARIATION_FOR_KIND = {
    ErrorKind.SAFETY: "conservative",
    ErrorKind.NO_IMAGE: "explicit_image",
}
_ROTATION = ("clarity", "simplified", "detailed")


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 3
    """Retries after the first attempt: at most `max_retries + 1` calls per image."""
    base_delay: float = 1.0
    max_delay: float = 8.0
    jitter: bool = False
    """When on, each wait is drawn uniformly from [delay / 2, delay] (decorrelates many clients)."""
    max_hint_wait: float = 60.0
    """A server asking for a longer pause than this ends the image instead of blocking the user."""

    def __post_init__(self) -> None:
        if not 0 <= self.max_retries <= 5:
            raise ValueError("max_retries must be between 0 and 5")
        if self.base_delay < 0 or self.max_delay < self.base_delay:
            raise ValueError("need 0 <= base_delay <= max_delay")

    @property
    def max_attempts(self) -> int:
        return self.max_retries + 1

    def backoff(self, retry_number: int, rng: random.Random | None = None) -> float:
        """Wait before retry `retry_number` (1-based): base * 2^(n-1), capped; 1 s, 2 s, 4 s by default."""
        delay: float = min(self.max_delay, self.base_delay * 2.0 ** (retry_number - 1))
        if self.jitter:
            delay = (rng or random).uniform(delay / 2, delay)
        return delay

    def delay_before(self, retry_number: int, error: GenerationError, rng: random.Random | None = None) -> float:
        """The backoff, lengthened to at least the server's hint."""
        delay = self.backoff(retry_number, rng)
        if error.retry_after is not None:
            delay = max(delay, error.retry_after)
        return delay

    def hint_too_long(self, error: GenerationError) -> bool:
        return error.retry_after is not None and error.retry_after > self.max_hint_wait

    def will_retry(self, error: GenerationError, attempt: int) -> bool:
        """Whether attempt `attempt` (1-based) failing with `error` is followed by another attempt."""
        return error.is_retryable and attempt < self.max_attempts and not self.hint_too_long(error)


def next_variation(last_error: GenerationError | None, retry_number: int) -> str:
    """The prompt variation for attempt `retry_number + 1`; `base` for the first attempt."""
    if last_error is None or retry_number == 0:
        return BASE_VARIATION
    targeted = _VARIATION_FOR_KIND.get(last_error.kind)
    if targeted is not None:
        return targeted
    return _ROTATION[(retry_number - 1) % len(_ROTATION)]
