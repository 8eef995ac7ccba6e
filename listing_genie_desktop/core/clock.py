"""Time as a dependency: the engine reads every time it needs from one injected `Clock`, so tests run
retry schedules, timeouts, durations and timestamps on a fake clock (exact figures, no waiting).

`monotonic()` is for waits, timeouts and durations; `wall()` only for timestamps people read (an
attempt's start and end, "try again after 14:05").
"""

from __future__ import annotations

import asyncio
import time
from contextlib import AbstractAsyncContextManager
from datetime import UTC, datetime
from typing import Protocol


def utc_now_iso() -> str:
    """ISO-8601 in UTC with microseconds, as the contract's timestamps (the store's own, not a run's)."""
    return iso(datetime.now(UTC))


def iso(moment: datetime) -> str:
    """The contract's timestamp format: ISO-8601 in UTC with microseconds."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds on a clock that never jumps: waits, deadlines and durations are differences of it."""

    def wall(self) -> datetime:
        """Now, timezone-aware: for timestamps only (the wall clock may jump)."""

    async def sleep(self, seconds: float) -> None: ...

    def timeout(self, seconds: float) -> AbstractAsyncContextManager[object]:
        """A block that raises TimeoutError when it runs `seconds` past its start, on this clock."""


class SystemClock:
    """The process's clocks; asyncio's timeouts run on the event loop's clock, which is `time.monotonic`."""

    def monotonic(self) -> float:
        return time.monotonic()

    def wall(self) -> datetime:
        return datetime.now(UTC)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)

    def timeout(self, seconds: float) -> AbstractAsyncContextManager[object]:
        return asyncio.timeout(seconds)
