"""How many pixels are being post-processed at once: a bound on the run's peak memory.

Why: finishing one 4K answer (4096 px: whitening, overlay, compliance, PNG encoding) takes about 70 MB on
top of the decoded image; five at once (concurrency 5) pushed a window's peak past 1.1 GB
(benchmarks/bench_ui_stall.py --gemini-4k). Two 4K images at a time keep the two cores busy; 2K images
(4 MP) are never held back by it.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

FINISH_PIXEL_BUDGET = 36_000_000
"""Two 4K images (16.8 MP each), or eight 2K ones."""


class PixelBudget:
    """Admits work of `pixels` while the total in progress stays within `budget`; a single piece larger than
    the whole budget runs alone."""

    def __init__(self, budget: int = FINISH_PIXEL_BUDGET) -> None:
        self.budget = budget
        self.in_use = 0
        self._changed = asyncio.Condition()

    @contextlib.asynccontextmanager
    async def held(self, pixels: int) -> AsyncIterator[None]:
        share = min(max(pixels, 0), self.budget)
        async with self._changed:
            await self._changed.wait_for(lambda: self.in_use + share <= self.budget)
            self.in_use += share
        try:
            yield
        finally:
            async with self._changed:
                self.in_use -= share
                self._changed.notify_all()
