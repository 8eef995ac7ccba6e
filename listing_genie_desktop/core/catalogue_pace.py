"""How a catalogue run is going, in the figures a seller reads: products done of total, images, failures, the
current pace and when it should end.

Fed by the engine's events of every product's session and by each product's end; time comes from the run's
clock, so the pace is the engine's own and tests can drive it exactly. The pace is measured over the last
`PACE_WINDOW_S` only: after a pause for a rate limit, the estimate follows what the API allows now.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from listing_genie_desktop.core.cost import cost_text
from listing_genie_desktop.core.events import Event, ImageCompleted, ImageFailed

PACE_WINDOW_S = 300.0
IMAGES_PER_PRODUCT = 5


@dataclass(frozen=True)
class PaceReport:
    products_done: int
    products_total: int
    images_complete: int
    images_failed: int
    images_per_minute: float | None
    """Images completed per minute over the last PACE_WINDOW_S (or since the start); None before the first one
    (0.0 after a stall: no image for five minutes is a pace too)."""
    eta_s: float | None
    cost_usd: float = 0.0
    """What the catalogue's products have cost so far, priced from the attempts their sessions recorded (the
    run's own and earlier ones), as the window's progress line shows it; 0 on the studio renderer."""

    def line(self) -> str:
        """The CLI's progress line; the cost in the window's words, and like the window none while it is 0."""
        pace = (
            f"{self.images_per_minute:.1f} images/min" if self.images_per_minute is not None else "pace not known yet"
        )
        eta = f", about {_duration(self.eta_s)} left" if self.eta_s is not None else ""
        failed = f", {self.images_failed} failed" if self.images_failed else ""
        cost = f"; {cost_text(self.cost_usd)} so far" if self.cost_usd else ""
        return (
            f"{self.products_done}/{self.products_total} products, {self.images_complete} images{failed}; "
            f"{pace}{eta}{cost}"
        )


class CataloguePace:
    def __init__(self, products_total: int, images_left: int, started_at: float) -> None:
        self.products_total = products_total
        self.products_done = 0
        self.images_left = images_left
        """Images still to make when the run started; each completed or failed image takes one off."""
        self.images_complete = 0
        self.images_failed = 0
        self._started_at = started_at
        self._completions: deque[float] = deque()

    def observe(self, event: Event, now: float) -> None:
        if isinstance(event, ImageCompleted):
            self.images_complete += 1
            self.images_left = max(0, self.images_left - 1)
            self._completions.append(now)
        elif isinstance(event, ImageFailed):
            self.images_failed += 1
            self.images_left = max(0, self.images_left - 1)

    def product_done(self) -> None:
        self.products_done += 1

    def report(self, now: float) -> PaceReport:
        while self._completions and self._completions[0] < now - PACE_WINDOW_S:
            self._completions.popleft()
        span = now - max(self._started_at, now - PACE_WINDOW_S)
        per_minute = len(self._completions) / span * 60.0 if self.images_complete and span >= 1.0 else None
        eta = 0.0 if not self.images_left else self.images_left / per_minute * 60.0 if per_minute else None
        return PaceReport(
            self.products_done,
            self.products_total,
            self.images_complete,
            self.images_failed,
            per_minute,
            eta,
        )


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{round(seconds)} s"
    minutes = round(seconds / 60)
    return f"{minutes} min" if minutes < 90 else f"{minutes // 60} h {minutes % 60:02d} min"
