"""Test clocks: time that the test, not the wall, moves."""

from __future__ import annotations

import asyncio
import contextlib
import math
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pytest

    from listing_genie_desktop.core.clock import Clock
    from listing_genie_desktop.paths import AppPaths


class FakeClock:
    """A clock whose sleeps return at once and advance virtual time; it records every sleep.

    Retry schedules, timeouts, durations and timestamps are asserted with exact numbers, with no real
    waiting: a timeout fires when virtual time reaches its deadline (a sleep inside it or another image's
    sleep), and a sleep that crosses a deadline stops there first, so the block it guards
    ends exactly at its deadline. `wall()` is `wall_start` moved on by the same virtual time.
    """

    def __init__(self, start: float = 1000.0, wall_start: datetime = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)) -> None:
        self.now = start
        self.start = start
        self.wall_start = wall_start
        self.sleeps: list[float] = []
        self._deadlines: list[tuple[float, asyncio.Timeout]] = []

    def monotonic(self) -> float:
        return self.now

    def wall(self) -> datetime:
        return self.wall_start + timedelta(seconds=self.now - self.start)

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        target = self.now + max(0.0, seconds)
        while (due := self._first_due(target)) is not None:
            self.now = max(self.now, due[0])
            self._fire(due)
            await asyncio.sleep(0)  # a sleep inside the expired block is cancelled here, at the deadline
        assert target != math.inf, "a sleep forever on a fake clock, outside any timeout, never ends"
        self.now = max(self.now, target)
        await asyncio.sleep(0)

    @contextlib.asynccontextmanager
    async def timeout(self, seconds: float) -> AsyncIterator[None]:
        async with asyncio.timeout(None) as scope:
            entry = (self.now + seconds, scope)
            self._deadlines.append(entry)
            try:
                yield
            finally:
                if entry in self._deadlines:
                    self._deadlines.remove(entry)

    def _first_due(self, until: float) -> tuple[float, asyncio.Timeout] | None:
        return min((d for d in self._deadlines if d[0] <= until), key=lambda d: d[0], default=None)

    def _fire(self, due: tuple[float, asyncio.Timeout]) -> None:
        self._deadlines.remove(due)
        due[1].reschedule(asyncio.get_running_loop().time())


class FastClock:
    """Real time run `speedup` times faster: waits and timeouts really happen (a fake server sees the gaps
    between requests, a window shows its countdown), and the engine's numbers stay the real policy's
    (1 s, 2 s, 4 s, a 180 s timeout); durations are in its time too. Timestamps are the wall's."""

    def __init__(self, speedup: float = 20.0) -> None:
        self.speedup = speedup

    def monotonic(self) -> float:
        return time.monotonic() * self.speedup

    def wall(self) -> datetime:
        return datetime.now(UTC)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(0.0, seconds) / self.speedup)

    def timeout(self, seconds: float) -> asyncio.Timeout:
        return asyncio.timeout(seconds / self.speedup)


def run_services_on(monkeypatch: pytest.MonkeyPatch, clock: Clock) -> None:
    """Every `Services` opened from now on in this test (by the CLI's commands or the window) runs on `clock`."""
    from listing_genie_desktop.services import Services

    original = Services.open.__func__  # type: ignore[attr-defined]

    async def open_on_clock(cls: type[Services], paths: AppPaths | None = None) -> Services:
        services = await original(cls, paths)
        services.clock = clock
        return services

    monkeypatch.setattr(Services, "open", classmethod(open_on_clock))
