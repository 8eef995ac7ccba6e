"""Catalogues composed for the CLI and the window: import a product file, run its products, export them.

Each product runs as an ordinary session through `Services.runner`, so everything a session guarantees (retries,
leases, crash recovery, nothing completed asked again) holds per product; the catalogue's own lease keeps two
processes from running the same catalogue at once.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import cast
from zoneinfo import ZoneInfo

from listing_genie_desktop.core.cancel import CancelToken
from listing_genie_desktop.core.catalogue import CatalogueFile, read_catalogue
from listing_genie_desktop.core.catalogue_pace import IMAGES_PER_PRODUCT, CataloguePace, PaceReport
from listing_genie_desktop.core.catalogue_progress import (
    CatalogueProduct,
    CatalogueRecord,
    CatalogueState,
    ProductStatus,
)
from listing_genie_desktop.core.cost import budget_text, cost_text, month_start
from listing_genie_desktop.core.errors import ErrorKind, GenerationError, InvalidInput
from listing_genie_desktop.core.events import Event
from listing_genie_desktop.core.messages import QT_TR_NOOP
from listing_genie_desktop.core.outcome import SessionStatus
from listing_genie_desktop.core.pacer import RequestPacer
from listing_genie_desktop.core.pipeline import SharedLimits
from listing_genie_desktop.core.ports import MAX_REFERENCE_PHOTOS
from listing_genie_desktop.core.product import ImageType
from listing_genie_desktop.core.session_records import SessionRecord
from listing_genie_desktop.costs import BudgetCheck, check_budget
from listing_genie_desktop.imaging import catalogue_export
from listing_genie_desktop.imaging.catalogue_export import CatalogueExport, ProductImages
from listing_genie_desktop.imaging.catalogue_photos import FolderPhotos
from listing_genie_desktop.imaging.photo_set import load_references
from listing_genie_desktop.run_choice import BackendChoice
from listing_genie_desktop.services import Services, retry_settings
from listing_genie_desktop.settings import Settings
from listing_genie_desktop.storage.catalogues import CatalogueStore
from listing_genie_desktop.storage.files import atomic_write_many
from listing_genie_desktop.storage.leases import SessionLease

PROGRESS_EVERY_S = 30.0
"""A long catalogue says how it is going at least this often, even while one product takes its time."""
QUOTA_RESET_ZONE = ZoneInfo("America/Los_Angeles")
"""Gemini's daily quotas reset at midnight US Pacific time."""
UNREADABLE = QT_TR_NOOP("{path} cannot be read: {reason}.")
NOT_UTF8 = QT_TR_NOOP("{name} is not UTF-8 text (byte {byte}); save it as CSV UTF-8 and import it again.")
NO_VALID_ROW = QT_TR_NOOP("No row of {name} can be generated ({count} with problems; row {row}: {problem}).")
CATALOGUE_BUSY = QT_TR_NOOP("This catalogue is being run by another Listing Genie window or command.")


def read_product_file(path: Path, photos: Path | None) -> CatalogueFile:
    """Blocking (reads the file and every photo's header): call it from a worker thread."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(UNREADABLE.format(path=path, reason=exc.strerror or exc)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInput(NOT_UTF8.format(name=path.name, byte=exc.start)) from None
    if photos is not None and not photos.is_dir():
        raise InvalidInput(f"--photos {photos} is not a folder.")
    return read_catalogue(text, FolderPhotos(path.parent, photos))


async def import_catalogue(
    services: Services, path: Path, *, photos: Path | None = None, name: str | None = None
) -> tuple[str, CatalogueFile]:
    """Creates the catalogue when at least one row is valid; refuses the file in one sentence otherwise."""
    catalogue = await asyncio.to_thread(read_product_file, path, photos)
    if not catalogue.valid_items:
        first = catalogue.items[0]
        problem = first.problems[0]
        raise InvalidInput(
            NO_VALID_ROW.format(name=path.name, count=len(catalogue.items), row=first.row, problem=problem)
        )
    catalogue_id = await CatalogueStore(services.store).create(
        catalogue, name=name or path.stem, source=str(path.resolve())
    )
    return catalogue_id, catalogue


async def release_memory() -> None:
    """A product's run leaves its 12-megapixel photo and images in reference cycles that Python's collector
    reaches only rarely: over a 100-product studio catalogue, resident memory went from 669 MB at product 10 to
    1494 MB at product 100 without a collection after each product, and from 174 MB to 122 MB with one
    (benchmarks/bench_catalogue_studio.py). It runs in a worker thread: the window's loop never waits."""
    await asyncio.to_thread(gc.collect)


def next_quota_reset(now: datetime) -> datetime:
    """The next midnight in US Pacific time, as an aware datetime in UTC's terms of `now`."""
    local = now.astimezone(QUOTA_RESET_ZONE)
    midnight = datetime.combine(local.date() + timedelta(days=1), time(0), QUOTA_RESET_ZONE)
    return midnight.astimezone(now.tzinfo)


@dataclass(frozen=True)
class ProductOutcome:
    product: CatalogueProduct
    status: SessionStatus | None
    """None when the product could not start (its photo is gone or unreadable)."""
    session_id: str | None
    summary: str
    quota_exhausted: bool = False
    """The API's daily or billing quota ran out during this product: the catalogue pauses until the reset."""


class CatalogueRun:
    """One run over a catalogue's products that are not complete, in file order; `cancel()` stops it now and
    keeps what completed; `pause()` lets the requests on their way finish and starts no new one. A daily quota
    running out pauses the catalogue until the next reset."""

    def __init__(
        self,
        services: Services,
        catalogue_id: str,
        overrides: dict[str, object],
        *,
        on_product: Callable[[ProductOutcome], None] = lambda outcome: None,
        on_progress: Callable[[PaceReport], None] = lambda report: None,
    ) -> None:
        self.services = services
        self.catalogue_id = catalogue_id
        self.overrides = overrides
        self.on_product = on_product
        self.on_progress = on_progress
        self.pace: CataloguePace | None = None
        self.store = CatalogueStore(services.store)
        self.cancel_token = CancelToken()
        """One token for the whole catalogue: every product's run obeys it, the ones in flight at once."""
        self.shared: SharedLimits | None = None
        self.hold = CancelToken()
        """Set by `pause()`: shared by every product's run, it lets no new request start."""
        self._paused = False
        """No product starts any more: the quota ran out, or the user paused."""
        self._quota_paused = False
        self.budget_stop: str | None = None
        """Why no new product was started once the monthly budget was spent (None: it was not)."""
        self._costs: dict[int, float] = {}
        """Each product's cost so far, by row: as loaded when the run started, then priced again while at work."""
        self._at_work: dict[int, str] = {}
        """The sessions of the products being run, by row: the only costs a report has to price again."""

    async def check_budget(self) -> BudgetCheck:
        """The whole catalogue's remaining images (those of the products not complete) against the monthly
        budget, before anything is requested: the CLI refuses, the window asks, as for a single run."""
        settings = replace(Settings(), **self.overrides)
        record = await self.store.load(self.catalogue_id)
        images = sum(IMAGES_PER_PRODUCT - p.images_complete for p in record.to_run())
        if settings.monthly_budget_usd <= 0 or images == 0:
            return check_budget(0, None, None, images)
        return await self.services.check_budget(settings, await self.services.choose_run(settings), images)

    async def _over_budget(self) -> bool:
        """The month's spending has reached the budget: no new product starts (those in flight finish, each
        of their runs starting no new request either) and `budget_stop` says why."""
        limit = replace(Settings(), **self.overrides).monthly_budget_usd
        if limit <= 0:
            return False
        spent, _ = await self.services.store.spent_since(month_start())
        if spent < limit:
            return False
        self.budget_stop = (
            f"the monthly budget of {budget_text(limit)} is reached ({cost_text(spent)} this month), "
            "so no new product was started"
        )
        return True

    def cancel(self) -> None:
        self.cancel_token.cancel()

    def pause(self) -> None:
        """Starts no new request: the ones on their way finish (they are paid for), the other images of the
        products in flight stay pending and their sessions `interrupted`, and no new product starts. The
        catalogue is then `paused` without a `resume_at`: the next run goes on with exactly those images."""
        self._paused = True
        self.hold.cancel()

    @property
    def pausing(self) -> bool:
        return self._paused

    async def run(self) -> CatalogueRecord:
        lease = SessionLease(self.services.paths.locks, self.catalogue_id)
        if not lease.acquire():
            raise InvalidInput(CATALOGUE_BUSY)
        try:
            await self.store.set_state(self.catalogue_id, None)  # an explicit run tries at once, even if paused
            record = await self.store.load(self.catalogue_id)
            to_run = record.to_run()
            self._costs = {p.row: p.cost_usd for p in record.products}
            clock = self.services.clock
            self.pace = CataloguePace(
                len(to_run), sum(IMAGES_PER_PRODUCT - p.images_complete for p in to_run), clock.monotonic()
            )
            ticker = asyncio.ensure_future(self._report_every(PROGRESS_EVERY_S))
            try:
                await self._run_products(to_run)
            finally:
                ticker.cancel()
            if self.cancel_token.cancelled:
                await self.store.set_state(self.catalogue_id, CatalogueState.CANCELLED)
            elif self._paused and not self._quota_paused:
                await self.store.set_state(self.catalogue_id, CatalogueState.PAUSED)
        finally:
            lease.release()
        return await self.store.load(self.catalogue_id)

    async def _run_products(self, products: Sequence[CatalogueProduct]) -> None:
        """`concurrency` products at once, in file order, their images drawing on one pool of `concurrency`
        slots and one pace: the images at work across the catalogue are what `--concurrency` says, and on the
        studio renderer both cores stay busy while a product waits for its photo or its last image."""
        concurrency = replace(Settings(), **self.overrides).concurrency
        clock = self.services.clock
        self.shared = SharedLimits(asyncio.Semaphore(concurrency), RequestPacer(clock), self.hold)
        queue = iter(products)

        async def worker() -> None:
            for product in queue:
                if self.cancel_token.cancelled or self._paused or await self._over_budget():
                    return
                outcome = await self._run_product(product)
                await release_memory()
                assert self.pace is not None
                self.pace.product_done()
                self.on_product(outcome)
                self.on_progress(await self._report())
                self._at_work.pop(product.row, None)  # its cost is final: the report has just priced it
                if outcome.quota_exhausted and not self._quota_paused and not await self._over_budget():
                    self._paused = self._quota_paused = True
                    await self._pause()

        async with asyncio.TaskGroup() as workers:  # a bug in one product's run stops the others too
            for _ in range(concurrency):
                workers.create_task(worker())

    async def _report_every(self, seconds: float) -> None:
        while True:
            await self.services.clock.sleep(seconds)
            self.on_progress(await self._report())

    async def _report(self) -> PaceReport:
        """The pace, with what the catalogue has cost so far: the products at work priced again from the
        attempts their sessions have recorded by now, the others as they were."""
        at_work = dict(self._at_work)
        if at_work:
            costs = await self.store.session_costs(list(at_work.values()))
            self._costs.update((row, costs.get(session, 0.0)) for row, session in at_work.items())
        assert self.pace is not None
        report = self.pace.report(self.services.clock.monotonic())
        return replace(report, cost_usd=round(sum(self._costs.values()), 6))

    def _observe(self, event: Event) -> None:
        if self.pace is not None:
            self.pace.observe(event, self.services.clock.monotonic())

    async def _pause(self) -> None:
        resume_at = next_quota_reset(datetime.now().astimezone())
        await self.store.set_state(self.catalogue_id, CatalogueState.PAUSED, resume_at.isoformat())

    async def _run_product(self, product: CatalogueProduct) -> ProductOutcome:
        services = self.services
        try:
            if product.session_id is None:
                session_id, settings, choice = await self._create_session(product)
            else:
                session_id = product.session_id
                settings = retry_settings(await services.store.load_stored(session_id), self.overrides)
                choice = await services.choose_run(settings, replace_unlisted="model" not in self.overrides)
        except InvalidInput as exc:
            return ProductOutcome(product, None, None, exc.message)
        self._at_work[product.row] = session_id
        runner = services.runner(
            session_id, choice, settings, emit=self._observe, cancel=self.cancel_token, shared=self.shared
        )
        try:
            outcome = await runner.run()
        except GenerationError as exc:
            return ProductOutcome(product, None, session_id, exc.message)
        quota = any(error.kind is ErrorKind.QUOTA_EXHAUSTED for error in outcome.failures.values())
        return ProductOutcome(product, outcome.status, session_id, outcome.summary, quota)

    async def _create_session(self, product: CatalogueProduct) -> tuple[str, Settings, BackendChoice]:
        """The product's session, on the model the key's list recommends (or the one asked for), with the size
        that model takes: the same choice `generate` makes."""
        assert product.product is not None, "only valid products are run"
        settings = replace(Settings(), **self.overrides)
        choice = await self.services.choose_run(settings)
        if not product.photos:
            raise InvalidInput("its photo was not found at import")
        reference, *others = await load_references(product.photos[:MAX_REFERENCE_PHOTOS])  # the row's photos
        session_id, choice = await self.services.create_session(
            product.product, reference, settings, choice, others=others
        )
        await self.store.attach_session(self.catalogue_id, product.row, session_id)
        return session_id, settings, choice


def export_catalogue(
    record: CatalogueRecord,
    sessions: Mapping[str, SessionRecord],
    out_dir: Path,
    fmt: str = "jpeg",
    make_zip: bool = False,
    force: bool = False,
) -> CatalogueExport:
    """Blocking (encodes every image): call it from a worker thread. `sessions` are the products' sessions by
    id; images whose file is gone are left out rather than failing the whole export."""
    products = []
    for product in record.products:
        if product.status is ProductStatus.INVALID:
            continue
        session = sessions.get(product.session_id or "")
        images = [
            (image.image_type, image.path, image.compliance)
            for image in (session.images if session is not None else ())
            if image.path is not None and image.path.is_file()
        ]
        mains = [compliance for t, _, compliance in images if t is ImageType.MAIN]
        products.append(
            ProductImages(
                row=product.row,
                sku=product.sku,
                product_id=product.product_id,
                images=tuple((t, path) for t, path, _ in images),
                main_compliant=(mains[0] is None or mains[0].compliant) if mains else None,
            )
        )
    return catalogue_export.export_catalogue(
        products,
        out_dir,
        cast("catalogue_export.Format", fmt),
        make_zip,
        force,
        write_files=atomic_write_many,
        name=record.name,
    )
