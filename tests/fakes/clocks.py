"""Test clocks: time that the test, not the wall, moves."""

from __future__ import annotations

import asyncio


class FakeClock:
    """A clock whose sleeps return at once and advance virtual time; it records every sleep.

    Retry schedules are asserted on `sleeps` with exact numbers, with no real waiting.
    """

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += max(0.0, seconds)
        await asyncio.sleep(0)
