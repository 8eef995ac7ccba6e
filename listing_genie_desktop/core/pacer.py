"""A client-side pace for requests, learnt from the API's 429s, shared by every run of a catalogue.

An images-per-minute cap answers every request past it with 429; without a pace, a catalogue would meet the cap
over and over and spend its images' retries on it. The pacer starts unpaced; at the first 429 it takes the
number of requests the API accepted over the last `window_s` as the allowed rate and spaces request starts
evenly at that rate from then on; a server's hint (RetryInfo, Retry-After) holds every start until it has passed.
Each success shortens the interval a little (`PROBE`), so a pace learnt too slow recovers; overshooting costs
one more 429, which learns again.
"""

from __future__ import annotations

from collections import deque

from listing_genie_desktop.core.clock import Clock

WINDOW_S = 60.0
"""The span over which APIs state their caps (requests or images per minute)."""
PROBE = 0.995
"""Each success shortens the interval by this factor: about 10 % faster after 20 successes."""
BACK_OFF = 1.1
"""A 429 at a learnt pace lengthens the interval at least this much, even if the count says otherwise."""


class RequestPacer:
    def __init__(self, clock: Clock, window_s: float = WINDOW_S) -> None:
        self.clock = clock
        self.window_s = window_s
        self.interval = 0.0
        """Seconds between request starts; 0 until the API has said how fast is too fast."""
        self.rate_limits = 0
        self._next_start = 0.0
        self._starts: deque[float] = deque()

    async def before_request(self) -> None:
        """Waits for this request's turn. Turns are reserved in call order, so requests waiting together
        start one interval apart rather than all at once when the wait ends."""
        now = self.clock.monotonic()
        start = max(now, self._next_start)
        self._next_start = start + self.interval
        self._starts.append(start)
        self._forget_before(now - self.window_s)
        if start > now:
            await self.clock.sleep(start - now)

    def rate_limited(self, retry_after: float | None) -> None:
        now = self.clock.monotonic()
        self.rate_limits += 1
        self._forget_before(now - self.window_s)
        accepted = max(1, len(self._starts) - 1)  # the refused request was not one the API allowed
        self.interval = max(self.window_s / accepted, self.interval * BACK_OFF)
        held_until = now + (retry_after or 0.0)
        self._next_start = max(self._next_start, held_until)

    def succeeded(self) -> None:
        self.interval *= PROBE

    def _forget_before(self, moment: float) -> None:
        while self._starts and self._starts[0] < moment:
            self._starts.popleft()
