"""Test clocks: time that the test, not the wall, moves."""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pytest

    from listing_genie_desktop.core.clock import Clock
    from listing_genie_desktop.paths import AppPaths


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


class FastClock:
    """Real time run `speedup` times faster: waits really happen (a fake server sees the gaps between
    requests, a window shows its countdown), and the engine's numbers stay the real policy's (1 s, 2 s, 4 s)."""

    def __init__(self, speedup: float = 20.0) -> None:
        self.speedup = speedup

    def monotonic(self) -> float:
        return time.monotonic() * self.speedup

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(0.0, seconds) / self.speedup)


def run_services_on(monkeypatch: pytest.MonkeyPatch, clock: Clock) -> None:
    """Every `Services` opened from now on in this test (by the CLI's commands or the window) runs on `clock`."""
    from listing_genie_desktop.services import Services

    original = Services.open.__func__  # type: ignore[attr-defined]

    async def open_on_clock(cls: type[Services], paths: AppPaths | None = None) -> Services:
        services = await original(cls, paths)
        services.clock = clock
        return services

    monkeypatch.setattr(Services, "open", classmethod(open_on_clock))
