"""The session-wide pause a rate-limit hint imposes: not only the image that got the hint waits."""

from __future__ import annotations

from listing_genie_desktop.core.clock import Clock


class RateLimitGate:
    """No new request of the session starts before `paused_until` (clock time)."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.paused_until = 0.0

    def pause(self, seconds: float) -> float:
        self.paused_until = max(self.paused_until, self.clock.monotonic() + seconds)
        return self.paused_until

    async def wait(self) -> None:
        while (remaining := self.paused_until - self.clock.monotonic()) > 0:
            await self.clock.sleep(remaining)
