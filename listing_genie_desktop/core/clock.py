"""Time as a dependency, so retry schedules can be tested without real waiting."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime
from typing import Protocol


def utc_now_iso() -> str:
    """ISO-8601 in UTC with microseconds, as the contract's timestamps."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


class Clock(Protocol):
    def monotonic(self) -> float: ...

    async def sleep(self, seconds: float) -> None: ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


class FakeClock:
    """A clock whose sleeps return at once and advance virtual time; it records every sleep.

    Used by tests and by tools that want to replay a schedule instantly.
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
