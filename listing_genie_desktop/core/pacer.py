"""A client-side pace for requests, learnt from the API's 429s, shared by every run of a catalogue.

An images-per-minute cap answers every request past it with 429; without a pace, a catalogue would meet the cap
over and over and spend its images' retries on it. The pacer starts unpaced; at the first 429 it takes the
number of requests the API accepted over the last `window_s` as the cap, and from then on starts a request only
while fewer than that many started within the window, as the API counts them: the catalogue goes exactly as fast
as the cap allows, each window's requests at its start, rather than spread evenly (which loses a window). A
server's hint (RetryInfo, Retry-After) holds every start until it has passed. Every `probe_every` successes it
tries one request more per window, so a cap learnt too low (another client on the same key, a raised quota)
recovers at the price of one 429.
"""

from __future__ import annotations

from collections import deque

from listing_genie_desktop.core.clock import Clock

WINDOW_S = 60.0
"""The span over which APIs state their caps (requests or images per minute)."""
MARGIN = 0.025
"""A place in the window counts as free this much later than our own clock says (1.5 s of a minute): the API
stamps a request when it arrives, a moment after we stamped its start."""
PROBE_EVERY_MIN = 50
"""At most one probe for a higher cap per this many successes: a handful of 429s over a thousand images."""


class RequestPacer:
    def __init__(self, clock: Clock, window_s: float = WINDOW_S) -> None:
        self.clock = clock
        self.window_s = window_s
        self.cap: int | None = None
        """Requests allowed per window, as learnt; None until the API has said how many is too many."""
        self.rate_limits = 0
        self._held_until = 0.0
        self._starts: deque[float] = deque()
        self._successes_since_learnt = 0
        self._started_since_learnt = 0

    @property
    def _span(self) -> float:
        return self.window_s * (1 + MARGIN)

    async def before_request(self) -> None:
        """Waits for a place in the window (and for any hint to pass), then takes it."""
        while True:
            now = self.clock.monotonic()
            self._forget_before(now - self._span)
            if now < self._held_until:
                wake = self._held_until
            elif self.cap is None or len(self._starts) < self.cap:
                self._starts.append(now)
                self._started_since_learnt += 1
                return
            else:
                wake = self._starts[0] + self._span
            await self.clock.sleep(max(wake - now, 0.001))

    def rate_limited(self, retry_after: float | None) -> None:
        now = self.clock.monotonic()
        self.rate_limits += 1
        self._forget_before(now - self._span)
        if self._starts:
            self._starts.pop()  # the refused request took no place in the API's window
        if self.cap is None or self._started_since_learnt:
            # Requests already on the way when the cap was learnt are refused too: they teach nothing new.
            self.cap = max(1, len(self._starts))
            self._successes_since_learnt = 0
            self._started_since_learnt = 0
        freed_at = self._starts[0] + self._span if self._starts else now
        self._held_until = max(self._held_until, now + retry_after if retry_after else freed_at)

    def succeeded(self) -> None:
        if self.cap is None:
            return
        self._successes_since_learnt += 1
        if self._successes_since_learnt >= max(PROBE_EVERY_MIN, 5 * self.cap):
            self.cap += 1
            self._successes_since_learnt = 0

    def _forget_before(self, moment: float) -> None:
        """Our starts older than `moment` have left the API's window."""
        while self._starts and self._starts[0] <= moment:
            self._starts.popleft()
