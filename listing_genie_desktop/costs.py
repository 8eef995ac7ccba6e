"""Prices and budgets composed: the capability table's prices (or the user's own, from Settings) applied to
the usage the API reported, for the history's session JSON, its list and the month's total, and a run's
estimate checked against the monthly budget before it starts.

The store computes costs with the `SettingsPricer` it is given (storage never imports backends); the CLI and
the window check a run's estimate here, each in its own words (a refusal, a question).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from listing_genie_desktop.backends.model_catalogue import ModelInfo, bare_name, estimated_cost
from listing_genie_desktop.backends.registry import backend_entry
from listing_genie_desktop.core.cost import BilledAttempt, BudgetMeter, budget_text, cost_text
from listing_genie_desktop.core.messages import QT_TR_NOOP
from listing_genie_desktop.core.ports import Usage


class SettingsPricer:
    """Prices attempts from the backend's capability table, with the user's price per image for the models
    they gave one. A backend without models to choose from (the studio) costs nothing."""

    def __init__(self, overrides: Mapping[str, float] | None = None) -> None:
        self.overrides = {bare_name(name): price for name, price in (overrides or {}).items()}
        self._known: dict[tuple[str, str | None], ModelInfo | None] = {}
        """Looked up once per model: a month's total prices tens of thousands of attempts."""

    def model_info(self, backend: str, model: str | None) -> ModelInfo | None:
        """What the table (and the user's price) says of `model`; None for a backend that costs nothing."""
        key = (backend, model)
        if key not in self._known:
            self._known[key] = self._describe(backend, model)
        return self._known[key]

    def _describe(self, backend: str, model: str | None) -> ModelInfo | None:
        try:
            catalogue = backend_entry(backend).model_catalogue
        except KeyError:
            return None
        if catalogue is None:
            return None
        info = catalogue.table().describe(model or "")
        override = self.overrides.get(info.name)
        return info.priced_at(override) if override is not None else info

    def __call__(self, attempt: BilledAttempt) -> float | None:
        if attempt.output_tokens is None and not attempt.delivered:
            return 0.0  # answered with an error and no usage: nothing billed
        info = self.model_info(attempt.backend, attempt.model)
        if info is None:
            return 0.0
        if attempt.output_tokens is None:
            return None  # an image delivered without reported usage: its cost is not known
        return estimated_cost(info, attempt.image_size, attempt.output_tokens)

    def meter_price(self, backend: str, model: str | None, size: str | None) -> UsagePrice:
        return UsagePrice(self, backend, model, size)

    def run_estimate(self, backend: str, model: str | None, size: str | None, images: int) -> float | None:
        """What `images` new images should cost (images x price per image); None when the price is unknown."""
        info = self.model_info(backend, model)
        if info is None or images == 0:
            return 0.0
        price = info.price(size)
        return None if price is None else images * price


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
    pass the budget, None when it would not (or no budget is set)."""

    estimate: float | None
    spent: float | None
    over: str | None


BUDGET_SPENT = QT_TR_NOOP("the monthly budget of {limit} is already spent ({spent} this month)")
WOULD_PASS_ONE = QT_TR_NOOP(
    "1 image at about {estimate} would pass the monthly budget of {limit} ({spent} spent this month)"
)
WOULD_PASS = QT_TR_NOOP(
    "{count} images at about {estimate} would pass the monthly budget of {limit} ({spent} spent this month)"
)


def check_budget(limit_usd: float, spent: float | None, estimate: float | None, images: int) -> BudgetCheck:
    """Only known figures are compared: an unknown price or spending is said, never taken as zero."""
    if limit_usd <= 0:
        return BudgetCheck(estimate, spent, None)
    spent_text = cost_text(spent) if spent is not None else "an unknown amount"
    if spent is not None and spent >= limit_usd:
        over = BUDGET_SPENT.format(limit=budget_text(limit_usd), spent=spent_text)
    elif estimate is not None and spent is not None and spent + estimate > limit_usd:
        template = WOULD_PASS_ONE if images == 1 else WOULD_PASS
        over = template.format(
            count=images, estimate=cost_text(estimate), limit=budget_text(limit_usd), spent=spent_text
        )
    else:
        over = None
    return BudgetCheck(estimate, spent, over)


def budget_meter(
    limit_usd: float, spent: float | None, pricer: SettingsPricer, backend: str, model: str | None, size: str | None
) -> BudgetMeter | None:
    """The meter that stops a run's new requests once the budget is spent; None without a budget."""
    if limit_usd <= 0:
        return None
    return BudgetMeter(limit_usd, spent or 0.0, pricer.meter_price(backend, model, size))
