"""The catalogue view's controller: import a product file, show a catalogue, run, pause, cancel and resume it.

Everything here runs on the UI thread's qasync loop; reading the file happens in a worker thread
(`import_catalogue`), queries on the store's thread. Loads are latest-wins (a slow load of catalogue A never
replaces catalogue B picked after it), and the table is refreshed at most every `REFRESH_MS` during a run, so a
10,000-product catalogue costs one query per burst of finished products, not one per product.

A catalogue paused because the daily quota ran out goes on by itself at its `resume_at` while the window is
open: the wait is on the services' clock, so tests wait on a fast one.
"""

from __future__ import annotations

import asyncio
import logging
import shutil
import time
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTimer, Signal

from listing_genie_desktop.ui.catalogue_model import CatalogueTableModel
from listing_genie_desktop.ui.i18n import format_datetime, locale, tr
from listing_genie_desktop.ui.images import ThumbnailCache
from listing_genie_desktop.ui.messages import translated
from listing_genie_desktop.ui.run_controller import start_over_budget
from listing_genie_desktop.ui.tasks import LatestOnly, TaskKeeper

if TYPE_CHECKING:
    from listing_genie_desktop.catalogues import CatalogueRun, ProductOutcome
    from listing_genie_desktop.core.catalogue import CatalogueFile
    from listing_genie_desktop.core.catalogue_progress import CatalogueRecord
    from listing_genie_desktop.services import Services
    from listing_genie_desktop.settings import Settings

REFRESH_MS = 400
"""During a run, the table is reloaded at most this often (longer for a catalogue whose load takes long)."""
SHUTDOWN_GRACE_S = 10.0
TEMPLATE = "catalogue-template.csv"
"""The app's product file template, bundled (the same file as docs/catalogue-template.csv)."""
log = logging.getLogger("listing_genie.ui")


def local_time(iso: str) -> str:
    """ "Thu 12/3/26 9:00 AM", "Do. 03.12.26 09:00" in the user's own time zone and the locale's format (quota
    resets are midnight US Pacific: the weekday says whether that is today or tomorrow here)."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    day = locale().dayName(moment.astimezone().isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{day} {format_datetime(moment)}"


def invalid_rows_report(catalogue: CatalogueFile) -> list[str]:
    """One line per invalid row: its number, and each problem (the problem names its column)."""
    return [
        tr("Row {row} ({sku}): {problems}").format(
            row=item.row, sku=item.sku or tr("no SKU"), problems="; ".join(translated(str(p)) for p in item.problems)
        )
        for item in catalogue.items
        if item.problems
    ]


def run_overrides(settings: Settings) -> dict[str, object]:
    """The window's run options as `catalogue run`'s flags would give them; no model chosen (automatic) is
    no flag, so each product's session keeps the model the key's list recommends."""
    values = settings.run_values()
    if not values.get("model"):
        values.pop("model", None)
    return values


class CatalogueController(QObject):
    imported = Signal(str, list)
    """(catalogue id, the invalid rows' report lines): said before anything is generated."""
    listed = Signal(list)
    """The catalogues in the history, newest first (CatalogueRecords without products)."""
    recordChanged = Signal(object)
    """The CatalogueRecord on display (None: no catalogue)."""
    progress = Signal(object)
    """PaceReport of the run going on."""
    runningChanged = Signal(bool)
    message = Signal(str)
    """A sentence for the view's status line (the file cannot be imported, the template was saved)."""

    def __init__(
        self,
        tasks: TaskKeeper,
        services: Callable[[], Services | None],
        settings: Callable[[], Settings],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._services = services
        self._settings = settings
        self.thumbnails = ThumbnailCache(tasks, capacity=400, parent=self)
        self.table = CatalogueTableModel(self.thumbnails, parent=self)
        self.record: CatalogueRecord | None = None
        self._loading = LatestOnly(tasks, "load catalogue")
        self._resuming = LatestOnly(tasks, "resume catalogue at the quota reset")
        self._run: CatalogueRun | None = None
        self.confirm_over_budget: Callable[[str], Awaitable[bool]] | None = None
        """Asks whether to start a catalogue whose estimate would pass the monthly budget (the window sets it)."""
        self.task: asyncio.Task[None] | None = None
        self._refresh = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._refresh.timeout.connect(self.reload)

    @property
    def running(self) -> bool:
        return self._run is not None

    @property
    def pausing(self) -> bool:
        return self._run is not None and self._run.pausing

    # --- import and load --------------------------------------------------------------------

    def import_file(self, path: str) -> None:
        self._tasks.start(self._import(Path(path)), name="import catalogue")

    async def _import(self, path: Path) -> None:
        from listing_genie_desktop.catalogues import import_catalogue
        from listing_genie_desktop.core.errors import InvalidInput

        services = self._services()
        if services is None:
            self.message.emit(tr("The history is still opening; import again in a moment."))
            return
        try:
            catalogue_id, catalogue = await import_catalogue(services, path)
        except InvalidInput as exc:
            self.message.emit(translated(exc.message))
            return
        self.imported.emit(catalogue_id, invalid_rows_report(catalogue))
        self.show_catalogue(catalogue_id)
        self.refresh_list()

    def refresh_list(self, *, resume_paused: bool = False) -> None:
        """Lists the catalogues; with `resume_paused` (the window has just opened), the newest one paused for
        the quota is shown, so that it goes on by itself at its `resume_at` while the window stays open."""
        self._tasks.start(self._list(resume_paused), name="list catalogues")

    async def _list(self, resume_paused: bool) -> None:
        from listing_genie_desktop.storage.catalogues import CatalogueStore

        services = self._services()
        if services is None:
            return
        records = await CatalogueStore(services.store).list(with_products=False, with_contexts=False)
        self.listed.emit(records)
        paused = next((r for r in records if r.status.value == "paused" and r.resume_at), None)
        if resume_paused and paused is not None and self.record is None:
            self.show_catalogue(paused.catalogue_id)

    def save_template(self, path: str) -> None:
        self._tasks.start(self._save_template(Path(path)), name="save catalogue template")

    async def _save_template(self, path: Path) -> None:
        from listing_genie_desktop.resources import resource_path

        try:
            await asyncio.to_thread(shutil.copyfile, resource_path(TEMPLATE), path)
        except OSError as exc:
            reason = exc.strerror or exc
            self.message.emit(
                tr("The template could not be saved to {path}: {reason}.").format(path=path, reason=reason)
            )
            return
        self.message.emit(tr("Template saved to {path}: one row per product, then Import it.").format(path=path))

    def show_catalogue(self, catalogue_id: str) -> None:
        self._resuming.supersede()
        self._loading.start(self._load(catalogue_id))

    def reload(self) -> None:
        if self.record is not None:
            self._loading.start(self._load(self.record.catalogue_id))

    async def _load(self, catalogue_id: str) -> None:
        from listing_genie_desktop.storage.catalogues import CatalogueStore

        services = self._services()
        if services is None:
            return
        started = time.perf_counter()
        record = await CatalogueStore(services.store).load(catalogue_id, with_contexts=False)
        # The store has one thread, shared with the run's own writes: refreshes of a big catalogue (a 10,000-row
        # load takes about 0.9 s there) keep it at most a quarter busy.
        self._refresh.setInterval(max(REFRESH_MS, round((time.perf_counter() - started) * 3000)))
        self._show(record)

    def _show(self, record: CatalogueRecord) -> None:
        self.record = record
        self.table.set_record(record)
        self.recordChanged.emit(record)
        if self.running:  # while a run goes on the table follows it: products generating, images done
            self._refresh.start()
        if record.status.value == "paused" and record.resume_at and not self.running:
            self._resuming.start(self._resume_at(record.catalogue_id, record.resume_at))

    async def _resume_at(self, catalogue_id: str, resume_at: str) -> None:
        services = self._services()
        if services is None:
            return
        delay = (datetime.fromisoformat(resume_at) - services.clock.wall()).total_seconds()
        await services.clock.sleep(delay)
        if self.record is not None and self.record.catalogue_id == catalogue_id and not self.running:
            self.run()

    # --- runs -------------------------------------------------------------------------------

    def run(self) -> None:
        """Runs (or resumes) the catalogue on display: every valid product not complete, at once."""
        services = self._services()
        if services is None or self.record is None or self.running:
            return
        from listing_genie_desktop.catalogues import CatalogueRun

        self._resuming.supersede()
        self._run = CatalogueRun(
            services,
            self.record.catalogue_id,
            {**run_overrides(self._settings()), "monthly_budget_usd": self._settings().monthly_budget_usd},
            on_product=self._product_done,
            on_progress=self.progress.emit,
        )
        self.runningChanged.emit(True)
        self.task = self._tasks.start(self._go(self._run), name="catalogue run")
        self._refresh.start()

    async def _go(self, run: CatalogueRun) -> None:
        from listing_genie_desktop.core.errors import InvalidInput

        record = None
        try:
            start = await start_over_budget(
                (await run.check_budget()).over, self.confirm_over_budget, self.message.emit
            )
            if start is False:
                return
            if start:
                run.overrides = {**run.overrides, "monthly_budget_usd": 0.0}  # past the budget, as the user said
            record = await run.run()
            if run.budget_stop:
                self.message.emit(
                    tr("Stopped: {reason}. Raise it in Settings, then Run again.").format(
                        reason=translated(run.budget_stop)
                    )
                )
        except InvalidInput as exc:
            self.message.emit(translated(exc.message))
        finally:
            self._run = None
            self._refresh.stop()
            self._loading.supersede()  # a refresh begun during the run must not land after its end
            if record is not None:
                self._show(record)
            self.runningChanged.emit(False)

    def pause(self) -> None:
        """The requests on their way finish; no new one starts (the other images stay pending). Resume is `run()`."""
        if self._run is not None:
            self._run.pause()
            self.runningChanged.emit(True)  # the buttons say "Pausing…"

    def cancel(self) -> None:
        """Stops now; what completed is kept."""
        if self._run is not None:
            self._run.cancel()

    async def shutdown(self) -> None:
        """Closing the window: the run is cancelled (what completed is kept, the rest resumable) and given
        `SHUTDOWN_GRACE_S` to record its end before the window's tasks are cancelled outright."""
        self._resuming.supersede()
        self.cancel()
        if self.task is not None and not self.task.done():
            await asyncio.wait([self.task], timeout=SHUTDOWN_GRACE_S)

    def _product_done(self, outcome: ProductOutcome) -> None:
        if not self._refresh.isActive():
            self._refresh.start()
