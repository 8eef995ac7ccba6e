"""The catalogue view with 10,000 products (issue #16 item 2: it stays responsive; not a test: prints figures).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.bench_catalogue_view

A 10,000-row catalogue is stored in a real history (every row with the same small photo, so the thumbnail
decode is one); then the real `CatalogueView` and `CatalogueController` on a qasync loop:

- `show_ms`: from `show_catalogue()` to the table painted with its rows (the query runs on the store's thread,
  the model reset and the paint on the UI thread), median of 5;
- `ui_gap_max_ms`, `ui_gap_p99_ms`: the longest the UI thread was busy meanwhile (a 5 ms timer's worst gap) and
  the 99th percentile of its gaps, over the 5 shows (the start-up heap frozen as the app does:
  `runtime_tuning.freeze_startup_heap`);
- `update_ms`: a new record of the same catalogue after a product finished (one row changed) applied to the
  model, median of 5 (what a run costs the UI thread after each product);
- `scroll_page_p50_ms`, `scroll_page_max_ms`: one page down and a synchronous repaint, over the whole table.

The last line of stdout is one JSON object: {"catalogue_view": {...}}.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import qasync
from PIL import Image
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from listing_genie_desktop.core.catalogue import read_catalogue
from listing_genie_desktop.core.catalogue_progress import ProductStatus
from listing_genie_desktop.imaging.catalogue_photos import FolderPhotos
from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.runtime_tuning import freeze_startup_heap
from listing_genie_desktop.services import Services
from listing_genie_desktop.settings import Settings
from listing_genie_desktop.storage.catalogues import CatalogueStore
from listing_genie_desktop.ui.catalogue_controller import CatalogueController
from listing_genie_desktop.ui.catalogue_view import CatalogueView
from listing_genie_desktop.ui.tasks import TaskKeeper

ROWS = 10_000
RUNS = 5
TICK_MS = 5


def product_file(folder: Path) -> Path:
    Image.new("RGB", (800, 600), (180, 90, 40)).save(folder / "p.jpg", quality=80)
    lines = ["sku,title,feature_1,feature_2,feature_3,audience,keywords,photo,product_id"]
    lines += [
        f"SKU-{n},Steel Bottle {n},Keeps drinks cold 24 h,Leak-proof lid,BPA free,Hikers,water bottle,p.jpg,"
        for n in range(ROWS)
    ]
    path = folder / "products.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class GapMeter:
    """A precise 5 ms timer on the UI thread: the longest gap between its ticks is the longest stall."""

    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.worst = 0.0
        self.gaps: list[float] = []
        """Every gap between ticks so far (ms), over all the measured spans."""
        self.timer = QTimer(interval=TICK_MS)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.gaps.append((now - self.last) * 1000)
        self.last = now

    def start(self) -> None:
        self.last, self.worst = time.perf_counter(), 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.worst * 1000

    def p99(self) -> float:
        return statistics.quantiles(self.gaps, n=100)[98]


async def until(condition, timeout_s: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError
        await asyncio.sleep(0.001)


async def main() -> dict[str, float]:
    folder = Path(tempfile.mkdtemp(prefix="listing-genie-bench-"))
    path = product_file(folder)
    services = await Services.open(AppPaths(data=folder, config=folder, logs=folder / "logs"))
    tasks = TaskKeeper()
    try:
        catalogue = await asyncio.to_thread(read_catalogue, path.read_text("utf-8"), FolderPhotos(folder, None))
        catalogue_id = await CatalogueStore(services.store).create(catalogue, name="bench", source=str(path))
        controller = CatalogueController(tasks, lambda: services, Settings)
        view = CatalogueView(controller)
        view.show()
        freeze_startup_heap()  # as the app does once its window and history are up
        table = view.table
        meter = GapMeter()
        shows, gaps = [], []
        for _ in range(RUNS):
            controller.table.set_record(None)
            controller.record = None
            meter.start()
            started = time.perf_counter()
            controller.show_catalogue(catalogue_id)
            await until(lambda: controller.table.rowCount() == ROWS)
            table.viewport().repaint()
            shows.append((time.perf_counter() - started) * 1000)
            gaps.append(meter.stop())

        record = controller.record
        assert record is not None
        updates = []
        for n in range(RUNS):
            products = list(record.products)
            products[n * 997] = replace(products[n * 997], status=ProductStatus.COMPLETE, images_complete=5)
            changed = replace(record, products=tuple(products))
            started = time.perf_counter()
            controller.table.set_record(changed)
            table.viewport().repaint()
            updates.append((time.perf_counter() - started) * 1000)

        bar = table.verticalScrollBar()
        pages = []
        await asyncio.sleep(0.2)  # the one thumbnail decoded: every page paints it from the cache
        while bar.value() < bar.maximum():
            started = time.perf_counter()
            bar.setValue(bar.value() + bar.pageStep())
            table.viewport().repaint()
            pages.append((time.perf_counter() - started) * 1000)
        view.close()
    finally:
        await tasks.shutdown()
        await services.close()
    return {
        "catalogue_view_rows": ROWS,
        "catalogue_view_show_ms": round(statistics.median(shows), 1),
        "catalogue_view_ui_gap_max_ms": round(max(gaps), 1),
        "catalogue_view_ui_gap_p99_ms": round(meter.p99(), 1),
        "catalogue_view_update_ms": round(statistics.median(updates), 2),
        "catalogue_view_scroll_page_p50_ms": round(statistics.median(pages), 2),
        "catalogue_view_scroll_page_max_ms": round(max(pages), 2),
        "catalogue_view_scroll_pages": len(pages),
    }


if __name__ == "__main__":
    app = QApplication.instance() or QApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)  # closing the view must not stop the loop before the figures
    figures = qasync.run(main())
    for name, value in figures.items():
        print(f"{name}: {value}", file=sys.stderr)
    print(json.dumps({"catalogue_view": figures}))
