"""Catalogues in the history database: each product row, valid or not, and the session that makes its images.

A product's images live in an ordinary session (open, retry or export it alone); the catalogue only points at
it. Queries run on the history store's database thread (`HistoryStore.read_in_database`, `write_in_database`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TypeVar
from uuid import uuid4

import peewee as pw

from listing_genie_desktop.core.catalogue import CatalogueFile
from listing_genie_desktop.core.catalogue_progress import (
    CatalogueProduct,
    CatalogueRecord,
    CatalogueState,
    CatalogueTotals,
    catalogue_status,
    product_status,
)
from listing_genie_desktop.core.clock import utc_now_iso
from listing_genie_desktop.core.cost import Pricer
from listing_genie_desktop.core.outcome import ImageStatus
from listing_genie_desktop.core.product import ProductContext
from listing_genie_desktop.storage import db as schema
from listing_genie_desktop.storage import spending
from listing_genie_desktop.storage.db import CatalogueProductRow, CatalogueRow, ImageRow, SessionRow
from listing_genie_desktop.storage.history import HistoryStore, SessionNotFound
from listing_genie_desktop.storage.leases import is_running_elsewhere
from listing_genie_desktop.storage.records import UNFINISHED

T = TypeVar("T")


class CatalogueStore:
    def __init__(self, history: HistoryStore) -> None:
        self.history = history
        self._locks = history.paths.locks

    async def _read(self, fn: Callable[[], T]) -> T:
        return await self.history.read_in_database(fn)

    async def _write(self, fn: Callable[[], T]) -> T:
        return await self.history.write_in_database(fn)

    async def create(self, catalogue: CatalogueFile, *, name: str, source: str) -> str:
        """Stores every row in one transaction: an import is all there or not at all."""
        catalogue_id = str(uuid4())

        def work() -> None:
            with schema.database.atomic("IMMEDIATE"):
                CatalogueRow.create(
                    id=catalogue_id, name=name, source=source, kind=catalogue.kind.value, created_at=utc_now_iso()
                )
                rows = [
                    {
                        "catalogue": catalogue_id,
                        "row": item.row,
                        "sku": item.sku,
                        "product_id": item.product_id,
                        "title": item.title,
                        "product": json.dumps(item.product.to_json(), ensure_ascii=False) if item.product else None,
                        "photos": json.dumps(list(item.photos), ensure_ascii=False),
                        "problems": json.dumps([str(p) for p in item.problems], ensure_ascii=False),
                    }
                    for item in catalogue.items
                ]
                for start in range(0, len(rows), 200):  # SQLite's limit on bound variables per statement
                    CatalogueProductRow.insert_many(rows[start : start + 200]).execute()

        await self._write(work)
        return catalogue_id

    async def load(
        self, catalogue_id: str, *, with_products: bool = True, with_contexts: bool = True
    ) -> CatalogueRecord:
        """`with_contexts=False` (for display) leaves every product's `product` None: checking 10,000 stored
        product contexts again is half the time of a load, and a table of products shows none of them."""
        return await self._read(lambda: self._load_sync(catalogue_id, with_products, with_contexts))

    async def list(self, *, with_products: bool = True, with_contexts: bool = True) -> list[CatalogueRecord]:
        def work() -> list[CatalogueRecord]:
            ids = [r.id for r in CatalogueRow.select(CatalogueRow.id).order_by(CatalogueRow.created_at.desc())]
            return [self._load_sync(catalogue_id, with_products, with_contexts) for catalogue_id in ids]

        return await self._read(work)

    async def resolve_id(self, prefix: str) -> str:
        def work() -> str:
            matches = [r.id for r in CatalogueRow.select(CatalogueRow.id).where(CatalogueRow.id.startswith(prefix))]
            if len(matches) != 1:
                raise SessionNotFound(
                    f"No catalogue {prefix!r}" if not matches else f"Catalogue id {prefix!r} is ambiguous"
                )
            return matches[0]

        return await self._read(work)

    async def session_costs(self, session_ids: list[str]) -> dict[str, float]:
        """What each of these sessions has cost so far: a run's products at work, priced again as it goes from
        the few attempt rows each has (a whole load would price every product of the catalogue)."""
        pricer = self.history.pricer
        return await self._read(lambda: _costs(session_ids, pricer))

    async def attach_session(self, catalogue_id: str, row: int, session_id: str) -> None:
        await self._write(
            lambda: (
                CatalogueProductRow.update(session=session_id)
                .where((CatalogueProductRow.catalogue == catalogue_id) & (CatalogueProductRow.row == row))
                .execute()
            )
        )

    async def set_state(self, catalogue_id: str, state: CatalogueState | None, resume_at: str | None = None) -> None:
        await self._write(
            lambda: (
                CatalogueRow.update(state=state.value if state else None, resume_at=resume_at)
                .where(CatalogueRow.id == catalogue_id)
                .execute()
            )
        )

    def _load_sync(self, catalogue_id: str, with_products: bool, with_contexts: bool = True) -> CatalogueRecord:
        catalogue = CatalogueRow.get_or_none(CatalogueRow.id == catalogue_id)
        if catalogue is None:
            raise SessionNotFound(f"No catalogue {catalogue_id!r}")
        products = tuple(_products(catalogue_id, with_contexts, self.history.pricer))
        running = is_running_elsewhere(self._locks, catalogue_id)
        state = CatalogueState(catalogue.state) if catalogue.state else None
        return CatalogueRecord(
            catalogue_id=catalogue.id,
            name=catalogue.name,
            source=catalogue.source,
            kind=catalogue.kind,
            status=catalogue_status((p.status for p in products), running=running, state=state),
            resume_at=catalogue.resume_at,
            created_at=catalogue.created_at,
            products=products if with_products else (),
            totals=CatalogueTotals.of(products),
        )


def _products(catalogue_id: str, with_contexts: bool, pricer: Pricer) -> list[CatalogueProduct]:
    """The cursor's tuples, not peewee models: building 10,000 model instances took 0.9 s of the store's thread
    (its Python work competes with the window's thread for the interpreter) and made the garbage collector
    walk the whole heap while the catalogue view waited."""

    def images_with(status: ImageStatus) -> pw.Select:
        return ImageRow.select(pw.fn.COUNT(ImageRow.id)).where(
            (ImageRow.session == CatalogueProductRow.session) & (ImageRow.status == status.value)
        )

    mine = CatalogueProductRow.catalogue == catalogue_id
    costs = _costs(CatalogueProductRow.select(CatalogueProductRow.session).where(mine), pricer)
    query = (
        CatalogueProductRow.select(
            CatalogueProductRow.row,
            CatalogueProductRow.sku,
            CatalogueProductRow.product_id,
            CatalogueProductRow.title,
            CatalogueProductRow.product if with_contexts else pw.Value(None),
            CatalogueProductRow.photos,
            CatalogueProductRow.problems,
            CatalogueProductRow.session,
            SessionRow.status,
            SessionRow.backend,
            images_with(ImageStatus.COMPLETE),
            images_with(ImageStatus.PENDING),
        )
        .join(SessionRow, pw.JOIN.LEFT_OUTER, on=(CatalogueProductRow.session == SessionRow.id))
        .where(mine)
        .order_by(CatalogueProductRow.row)
    )
    products = []
    for row, sku, product_id, title, context, photos, problems, session, status, backend, done, waiting in (
        schema.database.execute(query)  # the cursor's own tuples: these columns need no conversion
    ):
        problems = _NONE if problems == "[]" else tuple(json.loads(problems))
        products.append(
            CatalogueProduct(
                row=row,
                sku=sku,
                product_id=product_id,
                title=title,
                product=ProductContext.from_json(json.loads(context)) if context else None,
                photos=_NONE if photos == "[]" else tuple(json.loads(photos)),
                problems=problems,
                session_id=session,
                status=product_status(valid=not problems, session_status=status),
                images_complete=done or 0,
                backend=backend,
                images_pending=(waiting or 0) if status not in UNFINISHED else 0,
                cost_usd=costs.get(session, 0.0) if session else 0.0,
            )
        )
    return products


def _costs(sessions: list[str] | pw.Select, pricer: Pricer) -> dict[str, float]:
    """Each session's cost, always a number: the services' pricer estimates a price the table lacks upwards
    (backends.model_prices). Only a store given no prices (core.cost.Unpriced: tests and benchmarks that open
    one bare) has unknown ones, counted here as nothing."""
    return {session: cost or 0.0 for session, cost in spending.session_costs(sessions, pricer).items()}


_NONE: tuple[str, ...] = ()
