"""The retry policy: how many attempts, how long to wait, which prompt variation to try next.

The loop itself is tenacity's; this module only decides. Everything takes its inputs
explicitly (attempt numbers, the last error, a random source) so the schedule is testable
with exact numbers.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from listing_genie_desktop.core.errors import ErrorKind, GenerationError

BASE_VARIATION = "base"
# Each retry sends a prompt that no earlier attempt of the image sent: repeating a prompt the filter
# blocked, or that got text instead of an image, byte for byte, mostly earns the same answer. What failed
# decides the first steps (a graded ladder, each step firmer than the last); then the general rephrasings.
_LADDER_FOR_KIND: dict[ErrorKind, tuple[str, ...]] = {
    ErrorKind.SAFETY: ("conservative", "conservative_strict", "conservative_minimal"),
    ErrorKind.NO_IMAGE: ("explicit_image", "explicit_image_strict", "explicit_image_minimal"),
}
_ROTATION = ("clarity", "simplified", "detailed")
_ALL_RETRY_VARIATIONS = tuple(dict.fromkeys((*_ROTATION, *(v for ladder in _LADDER_FOR_KIND.values() for v in ladder))))


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
    free_rate_limit_retries: int = 0
    """Retries after a 429 that do not count against `max_retries`: a catalogue paces its requests to the
    API's cap, so a 429 there is the pace being learnt, not the image failing (see core/pacer.py)."""

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
        """Whether attempt `attempt` (1-based, as `counted_attempt` numbers it) failing with `error` is
        followed by another attempt."""
        return error.is_retryable and attempt < self.max_attempts and not self.hint_too_long(error)

    def counted_attempt(self, attempt: int, rate_limited: int) -> int:
        """The attempt's number against the retry budget, after `rate_limited` of the attempts so far were
        refused with 429: up to `free_rate_limit_retries` of those are not counted."""
        return attempt - min(rate_limited, self.free_rate_limit_retries)


def next_variation(last_error: GenerationError | None, tried: Sequence[str]) -> str:
    """The prompt variation for the next attempt of an image whose attempts so far used `tried` (in order).

    `base` first; then the first step of the failure's ladder not yet tried, else the first general
    rephrasing not yet tried, else any retry variation not yet tried. Eight variations exceed the policy's
    at most five retries, so no retry repeats an earlier prompt; should they ever run out, the rotation
    goes on (never the variation just sent).
    """
    if last_error is None or not tried:
        return BASE_VARIATION
    preferred = (*_LADDER_FOR_KIND.get(last_error.kind, ()), *_ROTATION, *_ALL_RETRY_VARIATIONS)
    fresh = next((v for v in preferred if v not in tried), None)
    if fresh is not None:
        return fresh
    return _ROTATION[(len(tried) - 1) % len(_ROTATION)]
