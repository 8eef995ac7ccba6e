"""Prices and budgets composed: the capability table's prices (or the user's own, from Settings) applied to
the usage the API reported, for the history's session JSON, its list and the month's total, and a run's
estimate checked against the monthly budget before it starts.

The store computes costs with the `SettingsPricer` it is given (storage never imports backends); the CLI and
the window check a run's estimate here, each in its own words (a refusal, a question).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from listing_genie_desktop.backends.model_catalogue import CapabilityTable, ModelInfo, bare_name
from listing_genie_desktop.backends.model_prices import Quote, quote
from listing_genie_desktop.backends.registry import backend_entry
from listing_genie_desktop.core.cost import BilledAttempt, BudgetMeter, budget_text, cost_text
from listing_genie_desktop.core.messages import QT_TR_NOOP
from listing_genie_desktop.core.ports import Usage

QUOTES_KEPT = 10_000
"""Distinct attempt facts whose quote is kept (tokens vary from answer to answer): a bound on memory."""


class SettingsPricer:
    """Prices attempts from the backend's capability table, with the user's price per image for the models
    they gave one. A backend without models to choose from (the studio) costs nothing."""

    def __init__(self, overrides: Mapping[str, float] | None = None) -> None:
        self.overrides = {bare_name(name): price for name, price in (overrides or {}).items()}
        self._known: dict[tuple[str, str | None], ModelInfo | None] = {}
        """Looked up once per model: a month's total prices tens of thousands of attempts."""
        self._quotes: dict[BilledAttempt, Quote] = {}

    def model_info(self, backend: str, model: str | None) -> ModelInfo | None:
        """What the table (and the user's price) says of `model`; None for a backend that costs nothing."""
        key = (backend, model)
        if key not in self._known:
            self._known[key] = self._describe(backend, model)
        return self._known[key]

    def _describe(self, backend: str, model: str | None) -> ModelInfo | None:
        table = self._table(backend)
        if table is None:
            return None
        info = table.describe(model or "")
        override = self.overrides.get(info.name)
        return info.priced_at(override) if override is not None else info

    def quote(self, attempt: BilledAttempt) -> Quote:
        """What `attempt` cost and how that was estimated (see `backends.model_prices`); a backend without
        models to choose from (the studio) costs nothing. Kept per facts: a history list prices a thousand
        attempts that share a few."""
        known = self._quotes.get(attempt)
        if known is None:
            if len(self._quotes) >= QUOTES_KEPT:
                self._quotes.clear()
            known = self._quotes[attempt] = self._quote(attempt)
        return known

    def _quote(self, attempt: BilledAttempt) -> Quote:
        if attempt.output_tokens is None and not attempt.delivered:
            return Quote(0.0)  # answered with an error and no usage: nothing billed
        info = self.model_info(attempt.backend, attempt.model)
        table = self._table(attempt.backend)
        if info is None or table is None:
            return Quote(0.0)
        return quote(table, info, attempt.image_size, attempt.output_tokens, delivered=attempt.delivered)

    def __call__(self, attempt: BilledAttempt) -> float:
        return round(self.quote(attempt).usd, 6)

    def basis(self, attempt: BilledAttempt) -> str | None:
        return self.quote(attempt).basis

    def meter_price(self, backend: str, model: str | None, size: str | None) -> UsagePrice:
        return UsagePrice(self, backend, model, size)

    def run_estimate(self, backend: str, model: str | None, size: str | None, images: int) -> Quote:
        """What `images` new images should cost (images x the price of one, estimated as `quote` says)."""
        one = self.quote(BilledAttempt(backend, model, size, True, None))
        return Quote(images * one.usd, one.basis)

    @staticmethod
    def _table(backend: str) -> CapabilityTable | None:
        try:
            catalogue = backend_entry(backend).model_catalogue
        except KeyError:
            return None
        return catalogue.table() if catalogue is not None else None


@dataclass(frozen=True)
class UsagePrice:
    """The price of one of a run's answers, for its budget meter."""

    pricer: SettingsPricer
    backend: str
    model: str | None
    size: str | None

    def __call__(self, usage: Usage | None) -> float | None:
        tokens = usage.output_tokens if usage is not None else None
        return self.pricer(BilledAttempt(self.backend, self.model, self.size, True, tokens))


@dataclass(frozen=True)
class BudgetCheck:
    """A run's estimate against the monthly budget: `over` is the sentence to tell (or ask) when it would
    pass the budget, None when it would not (or no budget is set); `basis` says how a price the table does
    not know was estimated."""

    estimate: float | None
    spent: float | None
    over: str | None
    basis: str | None = None


BUDGET_SPENT = QT_TR_NOOP("the monthly budget of {limit} is already spent ({spent} this month)")
WOULD_PASS_ONE = QT_TR_NOOP(
    "1 image at about {estimate} would pass the monthly budget of {limit} ({spent} spent this month)"
)
WOULD_PASS = QT_TR_NOOP(
    "{count} images at about {estimate} would pass the monthly budget of {limit} ({spent} spent this month)"
)


def check_budget(limit_usd: float, spent: float | None, estimate: Quote | None, images: int) -> BudgetCheck:
    """Only known figures are compared: an unknown spending is said, never taken as zero."""
    amount = estimate.usd if estimate is not None else None
    basis = estimate.basis if estimate is not None else None
    if limit_usd <= 0:
        return BudgetCheck(amount, spent, None, basis)
    spent_text = cost_text(spent) if spent is not None else "an unknown amount"
    if spent is not None and spent >= limit_usd:
        over = BUDGET_SPENT.format(limit=budget_text(limit_usd), spent=spent_text)
    elif amount is not None and spent is not None and spent + amount > limit_usd:
        about = f"{cost_text(amount)} ({basis})" if basis else cost_text(amount)
        template = WOULD_PASS_ONE if images == 1 else WOULD_PASS
        over = template.format(
            count=images, estimate=about, limit=budget_text(limit_usd), spent=spent_text
        )
    else:
        over = None
    return BudgetCheck(amount, spent, over, basis)


def budget_meter(
    limit_usd: float, spent: float | None, pricer: SettingsPricer, backend: str, model: str | None, size: str | None
) -> BudgetMeter | None:
    """The meter that stops a run's new requests once the budget is spent; None without a budget."""
    if limit_usd <= 0:
        return None
    return BudgetMeter(limit_usd, spent or 0.0, pricer.meter_price(backend, model, size))
