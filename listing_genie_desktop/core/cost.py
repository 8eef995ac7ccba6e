"""What runs cost, as far as the API's reported usage tells: the facts of one billed attempt, totals that
stay unknown when one part is (only a store nobody gave prices has unknown parts), the words every view
uses, and a run's meter against a monthly budget.

Pure rules: the prices themselves come from the backend's capability table (or the user's own, from
Settings) through a `Pricer` the composition layer builds; nothing here knows a model or a price.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.messages import QT_TR_NOOP
from listing_genie_desktop.core.ports import Usage

BUDGET_REACHED = QT_TR_NOOP(
    "the monthly budget of {limit} is reached ({spent} this month), so no new image was started"
)
RAISE_BUDGET = QT_TR_NOOP("Raise the monthly budget in Settings, or retry next month.")
ESTIMATED_COST = QT_TR_NOOP("Estimated cost {cost}.")
ESTIMATED_COST_UNKNOWN = QT_TR_NOOP("Estimated cost unknown.")
ESTIMATED_COST_NOTED = QT_TR_NOOP("Estimated cost {cost} ({reason}).")
"""`reason`: how a price the capability table lacks was estimated."""


@dataclass(frozen=True)
class BilledAttempt:
    """One attempt as its cost is estimated: which backend and model made it at which size, whether it
    delivered an image, and the output tokens the API reported (None: it reported none)."""

    backend: str
    model: str | None
    image_size: str | None
    delivered: bool
    output_tokens: int | None


class Pricer(Protocol):
    """The estimated cost in USD of one attempt (None: its price is unknown), and how it was estimated."""

    def __call__(self, attempt: BilledAttempt) -> float | None: ...

    def basis(self, attempt: BilledAttempt) -> str | None:
        """None when the price is the model's own; else how the figure was estimated, in words."""
        ...


class Unpriced:
    """The pricer of a store nobody gave prices: an attempt that reported nothing and delivered nothing
    cost nothing; any other is unknown."""

    def __call__(self, attempt: BilledAttempt) -> float | None:
        return 0.0 if attempt.output_tokens is None and not attempt.delivered else None

    def basis(self, attempt: BilledAttempt) -> str | None:
        return None


unpriced = Unpriced()


def total(costs: Iterable[float | None]) -> float | None:
    """The sum, or None when any part is unknown: a total that leaves out a part would understate it."""
    amount = 0.0
    for cost in costs:
        if cost is None:
            return None
        amount += cost
    return round(amount, 6)


def cost_text(cost: float | None) -> str:
    """ "$0.27", "$0.034" (small amounts keep their third digit), or "cost unknown"."""
    if cost is None:
        return "cost unknown"
    return f"${cost:.3f}" if 0 < cost < 0.1 else f"${cost:.2f}"


def budget_text(limit_usd: float) -> str:
    return f"${limit_usd:.2f}"


class BudgetMeter:
    """A run's spending against the month's budget: what the month had spent when the run started plus what
    each of the run's answers cost. Once the budget is reached no new request starts (`reached`); answers
    already on their way are still counted. An answer of unknown price adds nothing: the budget can only
    hold what is known."""

    def __init__(self, limit_usd: float, spent_usd: float, price: Callable[[Usage | None], float | None]) -> None:
        self.limit_usd = limit_usd
        self.spent_usd = spent_usd
        self._price = price

    def add(self, usage: Usage | None) -> None:
        self.spent_usd += self._price(usage) or 0.0

    def reached(self) -> GenerationError | None:
        """The error that stops the run once the budget is spent; None while some of it is left."""
        if self.spent_usd < self.limit_usd:
            return None
        return GenerationError(
            ErrorKind.QUOTA_EXHAUSTED,
            BUDGET_REACHED.format(limit=budget_text(self.limit_usd), spent=cost_text(self.spent_usd)),
            advice=RAISE_BUDGET,
        )


def month_start(now: datetime | None = None) -> str:
    """The first instant of this month (UTC, ISO-8601): where the month-to-date total starts."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    return now.replace(day=1, hour=0, minute=0, second=0, microsecond=0).isoformat()


def cost_note(notes: Iterable[object]) -> str | None:
    """How the prices the table does not know were estimated, each said once ("; " between); None when every
    price was the model's own."""
    said = dict.fromkeys(str(note) for note in notes if note)
    return "; ".join(said) or None
