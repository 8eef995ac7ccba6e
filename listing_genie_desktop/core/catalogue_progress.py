"""A catalogue's products and status as the store gives them (typed records, not JSON).

The status is derived from the products' sessions: one source of truth, nothing to keep in sync.

Only what the products cannot tell is stored with the catalogue (paused until a quota reset, or cancelled);
whether a run is live comes from its lease, so a run that died never leaves a catalogue "running".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from listing_genie_desktop.core.outcome import SessionStatus
from listing_genie_desktop.core.product import ProductContext


class ProductStatus(StrEnum):
    INVALID = "invalid"
    PENDING = "pending"
    PROCESSING = "processing"
    COMPLETE = "complete"
    PARTIAL = "partial"
    FAILED = "failed"
    CANCELLED = "cancelled"
    INTERRUPTED = "interrupted"


class CatalogueStatus(StrEnum):
    PENDING = "pending"
    RUNNING = "running"
    PAUSED = "paused"
    COMPLETE = "complete"
    PARTIAL = "partial"
    FAILED = "failed"
    CANCELLED = "cancelled"
    INTERRUPTED = "interrupted"


class CatalogueState(StrEnum):
    """What is stored with a catalogue, beside its products."""

    PAUSED = "paused"
    CANCELLED = "cancelled"


COUNTED = (
    ProductStatus.INVALID,
    ProductStatus.COMPLETE,
    ProductStatus.PARTIAL,
    ProductStatus.FAILED,
    ProductStatus.PENDING,
)
"""The counts the catalogue JSON always carries (contract section 7); other statuses appear when present."""


def product_status(*, valid: bool, session_status: str | None) -> ProductStatus:
    if not valid:
        return ProductStatus.INVALID
    if session_status is None:
        return ProductStatus.PENDING
    return ProductStatus(SessionStatus(session_status).value)


def catalogue_status(
    statuses: Iterable[ProductStatus], *, running: bool, state: CatalogueState | None
) -> CatalogueStatus:
    if running:
        return CatalogueStatus.RUNNING
    counts = Counter(s for s in statuses if s is not ProductStatus.INVALID)
    valid = sum(counts.values())
    if valid and counts[ProductStatus.COMPLETE] == valid:
        return CatalogueStatus.COMPLETE
    if state is CatalogueState.PAUSED:
        return CatalogueStatus.PAUSED
    if state is CatalogueState.CANCELLED:
        return CatalogueStatus.CANCELLED
    if counts[ProductStatus.PROCESSING] or counts[ProductStatus.INTERRUPTED]:
        return CatalogueStatus.INTERRUPTED
    if counts[ProductStatus.PENDING] == valid:
        return CatalogueStatus.PENDING
    if counts[ProductStatus.COMPLETE] or counts[ProductStatus.PARTIAL]:
        return CatalogueStatus.PARTIAL
    return CatalogueStatus.FAILED


def status_counts(statuses: Iterable[ProductStatus]) -> dict[str, int]:
    """`products` (every row, invalid ones included) and one count per status, the contract's five always."""
    counts = Counter(statuses)
    result = {"products": sum(counts.values())}
    result.update({status.value: counts[status] for status in COUNTED})
    result.update({status.value: n for status, n in counts.items() if status not in COUNTED})
    return result


@dataclass(frozen=True)
class CatalogueProduct:
    """One row of a catalogue as the store knows it now."""

    row: int
    sku: str
    product_id: str | None
    title: str
    product: ProductContext | None
    photos: tuple[str, ...]
    problems: tuple[str, ...]
    session_id: str | None
    status: ProductStatus
    images_complete: int
    backend: str | None = None
    """The backend of its session, once it has one."""
    images_pending: int = 0
    """Images its session's last run left pending, not yet requested: a pause held them."""
    cost_usd: float = 0.0
    """What its session's attempts cost, priced from the usage the API reported; always a number, since a price
    the capability table lacks is estimated upwards (backends.model_prices)."""

    @property
    def paused(self) -> bool:
        """Its run stopped for a pause with images still to request: Resume makes them."""
        return self.images_pending > 0 and self.status is ProductStatus.INTERRUPTED


@dataclass(frozen=True)
class CatalogueTotals:
    """What a catalogue's products add up to, counted once where they are loaded (a list of catalogues carries
    no products, and the window's thread need not walk 10,000 of them after every refresh)."""

    counts: dict[str, int]
    estimated_cost_usd: float
    """What the products' sessions cost so far (0 on the studio renderer)."""

    @classmethod
    def of(cls, products: Iterable[CatalogueProduct]) -> CatalogueTotals:
        products = tuple(products)
        return cls(status_counts(p.status for p in products), round(sum(p.cost_usd for p in products), 6))


@dataclass(frozen=True)
class CatalogueRecord:
    catalogue_id: str
    name: str
    source: str
    kind: str
    status: CatalogueStatus
    resume_at: str | None
    created_at: str
    products: tuple[CatalogueProduct, ...]
    totals: CatalogueTotals | None = None
    """Given by the store (also when `products` are left out); None: counted from `products`."""

    @property
    def _totals(self) -> CatalogueTotals:
        return self.totals or CatalogueTotals.of(self.products)

    @property
    def counts(self) -> dict[str, int]:
        return self._totals.counts

    @property
    def estimated_cost_usd(self) -> float:
        return self._totals.estimated_cost_usd

    def to_run(self) -> tuple[CatalogueProduct, ...]:
        """The valid products not complete yet, in file order: what a run generates."""
        return tuple(p for p in self.products if p.status not in (ProductStatus.INVALID, ProductStatus.COMPLETE))
