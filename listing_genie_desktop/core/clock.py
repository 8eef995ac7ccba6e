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
