"""The Settings dialog's money fields: the monthly budget and the user's own price per image for the model
picked (their contract or currency), both from the settings schema, kept out of the dialog's own module."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox

from listing_genie_desktop.backends.model_catalogue import bare_name
from listing_genie_desktop.settings import Settings, schema
from listing_genie_desktop.ui.i18n import tr


class CostFields:
    """A spin box per field; the price box shows the price of the model picked, and remembers each model's
    price while the user moves between models (0: the list price)."""

    def __init__(self, settings: Settings) -> None:
        budget = schema()["monthly_budget_usd"].tunable
        self.budget = QDoubleSpinBox(objectName="monthlyBudgetSpin", decimals=2, prefix="$ ")
        self.budget.setRange(budget.low or 0.0, budget.high or 0.0)
        self.budget.setSpecialValueText(tr("No budget"))
        self.budget.setValue(settings.monthly_budget_usd)
        self.budget.setToolTip(tr(budget.help[0].upper() + budget.help[1:]))
        self.budget.setAccessibleName(tr(budget.label))
        self.budget.setMaximumWidth(160)
        self.price = QDoubleSpinBox(objectName="priceOverrideSpin", decimals=3, prefix="$ ", maximum=100.0)
        self.price.setSpecialValueText(tr("List price"))
        price_help = schema()["price_overrides"].tunable.help
        self.price.setToolTip(tr(price_help[0].upper() + price_help[1:]))
        self.price.setAccessibleName(tr("Your price per image for this model"))
        self.price.setMaximumWidth(160)
        self._overrides = dict(settings.price_overrides)
        self._model = ""
        self.show_model(settings.model)

    def show_model(self, name: str) -> None:
        """Keeps the price typed for the model shown so far, then shows `name`'s."""
        self._keep()
        self._model = bare_name(name)
        self.price.setEnabled(bool(self._model))
        self.price.setValue(self._overrides.get(self._model, 0.0))

    def _keep(self) -> None:
        if not self._model:
            return
        if self.price.value() > 0:
            self._overrides[self._model] = round(self.price.value(), 6)
        else:
            self._overrides.pop(self._model, None)

    def values(self) -> dict[str, object]:
        self._keep()
        return {"monthly_budget_usd": round(self.budget.value(), 2), "price_overrides": dict(self._overrides)}
