"""The catalogue view through the real window: import with planted bad rows, run on the studio, pause, cancel,
resume by itself at a quota reset, and a double-click that opens a product's session."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QPlainTextEdit, QTableView

from listing_genie_desktop import services as services_module
from listing_genie_desktop.core.catalogue_progress import (
    CatalogueProduct,
    CatalogueRecord,
    CatalogueState,
    CatalogueStatus,
    ProductStatus,
)
from listing_genie_desktop.core.product import IMAGE_TYPES, ImageType
from listing_genie_desktop.settings import Settings
from listing_genie_desktop.storage.catalogues import CatalogueStore
from listing_genie_desktop.ui.catalogue_controller import CatalogueController, local_time
from listing_genie_desktop.ui.catalogue_model import THUMBNAIL_SIZE, CatalogueTableModel, Column
from listing_genie_desktop.ui.catalogue_view import CatalogueView
from listing_genie_desktop.ui.images import ThumbnailCache
from listing_genie_desktop.ui.main_window import MainWindow
from listing_genie_desktop.ui.tasks import TaskKeeper
from tests.fakes.clocks import FastClock
from tests.fakes.scripted_backend import HANG
from tests.ui.conftest import button

HEADER = "sku,title,feature_1,feature_2,audience,keywords,photo,product_id"


@pytest.fixture
def product_file(tmp_path) -> Path:
    for name in ("cup.jpg", "lamp.jpg", "apron.jpg"):
        Image.new("RGB", (480, 360), (180, 90, 40)).save(tmp_path / name)
    path = tmp_path / "products.csv"
    rows = [
        HEADER,
        "CUP-1,Ceramic Espresso Cup,Holds 90 ml,Dishwasher safe,Coffee lovers,espresso cup,cup.jpg,4006381333931",
        "BAD-1,,Holds 90 ml,,,,cup.jpg,",
        "LAMP-1,Desk Lamp,Three light levels,,,desk lamp,lamp.jpg,",
        "NOPHOTO-1,Linen Apron,Two deep pockets,,,,missing.jpg,",
        "APRON-1,Linen Apron,Two deep pockets,,,,apron.jpg,",
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def open_view(driver, window: MainWindow) -> CatalogueView:
    button(window, "catalogueButton").click()
    view = window.catalogue_view
    assert view is not None and view.isVisible()
    return view


def import_through_dialog(driver, view: CatalogueView, path: Path) -> None:
    dialog = view.choose_file()
    dialog.selectFile(str(path))
    dialog.accept()
    driver.wait(lambda: view.controller.record is not None)


def cell(view: CatalogueView, row: int, column: Column) -> object:
    table = view.findChild(QTableView, "catalogueTable")
    return table.model().index(row, column).data()


def statuses(view: CatalogueView) -> dict[str, str]:
    model = view.controller.table
    return {str(cell(view, r, Column.SKU)): str(cell(view, r, Column.STATUS)) for r in range(model.rowCount())}


def text(view: CatalogueView, name: str) -> str:
    return view.findChild(QLabel, name).text()


def use_studio(window: MainWindow, **settings: object) -> None:
    window.model.preferences.update(Settings(backend="studio", **settings))  # type: ignore[arg-type]
    window.model.services.backend_factory = services_module.create_backend


def wait_finished(driver, view: CatalogueView) -> None:
    driver.wait(lambda: not view.controller.running, timeout_ms=60_000)


def test_import_lists_the_invalid_rows_before_anything_is_generated(driver, open_window, product_file, backend):
    window = open_window()
    view = open_view(driver, window)

    import_through_dialog(driver, view, product_file)

    report = view.findChild(QPlainTextEdit, "catalogueInvalidRows")
    driver.wait(report.isVisible)
    lines = report.toPlainText().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("Row 3 (BAD-1)") and "title" in lines[0]
    assert lines[1].startswith("Row 5 (NOPHOTO-1)") and "photo" in lines[1]
    assert "2 rows will not be generated" in text(view, "catalogueStatusLabel")
    assert statuses(view) == {
        "CUP-1": "Waiting",
        "BAD-1": "Invalid: not generated",
        "LAMP-1": "Waiting",
        "NOPHOTO-1": "Invalid: not generated",
        "APRON-1": "Waiting",
    }
    assert "title" in str(cell(view, 1, Column.PROBLEMS))
    photo = view.controller.table.index(0, Column.THUMBNAIL)
    driver.wait(lambda: photo.data(Qt.ItemDataRole.DecorationRole) is not None)  # decoded off the UI thread
    assert photo.data(Qt.ItemDataRole.DecorationRole).width() == THUMBNAIL_SIZE
    assert backend.calls == []  # nothing spent
    assert button(view, "catalogueRunButton").isEnabled()


def test_a_file_without_a_valid_row_is_refused_in_one_sentence(driver, open_window, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(f"{HEADER}\nA-1,,Holds 90 ml,,,,missing.jpg,\n", encoding="utf-8")
    view = open_view(driver, open_window())

    view.controller.import_file(str(path))

    driver.wait(lambda: "No row of bad.csv can be generated" in text(view, "catalogueStatusLabel"))
    assert view.controller.record is None and not button(view, "catalogueRunButton").isEnabled()


def test_a_studio_run_completes_every_valid_product_and_a_double_click_opens_its_session(
    driver, open_window, product_file, qtbot
):
    window = open_window()
    use_studio(window)
    view = open_view(driver, window)
    import_through_dialog(driver, view, product_file)

    button(view, "catalogueRunButton").click()
    driver.wait(lambda: view.controller.running)
    wait_finished(driver, view)

    assert view.controller.record.status.value == "complete"
    assert set(statuses(view).values()) == {"Complete", "Invalid: not generated"}
    assert cell(view, 0, Column.IMAGES) == "5/5"
    assert "3/3 products, 15 images" in text(view, "catalogueProgressLabel")
    bar = view.progress_bar
    assert (bar.value(), bar.maximum()) == (3, 3)
    assert not button(view, "catalogueRunButton").isEnabled()

    table = view.findChild(QTableView, "catalogueTable")
    index = table.model().index(2, Column.TITLE)
    product = view.controller.table.product(2)
    viewport, where = table.viewport(), table.visualRect(index).center()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=where)  # Qt sees a double-click after a click
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=where)
    driver.wait(lambda: window.model.shown is not None and window.model.shown.session_id == product.session_id)
    assert window.model.shown.title == "Desk Lamp"


def test_pause_finishes_the_request_on_its_way_starts_no_other_and_resume_makes_exactly_the_rest(
    driver, open_window, product_file, backend
):
    window = open_window()
    window.model.preferences.update(Settings(concurrency=1))
    view = open_view(driver, window)
    import_through_dialog(driver, view, product_file)
    backend.on_call = lambda call: button(view, "cataloguePauseButton").click() if len(backend.calls) == 1 else None

    button(view, "catalogueRunButton").click()
    wait_finished(driver, view)

    assert len(backend.calls) == 1  # the request on its way when Pause was pressed, and nothing after it
    assert view.controller.record.status.value == "paused"
    assert statuses(view)["CUP-1"] == "Paused: resumable" and cell(view, 0, Column.IMAGES) == "1/5"
    assert statuses(view)["LAMP-1"] == statuses(view)["APRON-1"] == "Waiting"
    assert button(view, "catalogueRunButton").text() == "Resume"
    assert "Resume goes on with the 4 images held by the pause" in text(view, "catalogueStatusLabel")

    backend.on_call = None
    button(view, "catalogueRunButton").click()
    driver.wait(lambda: view.controller.running)
    wait_finished(driver, view)
    assert view.controller.record.status.value == "complete"
    assert len(backend.calls) == 3 * len(IMAGE_TYPES)  # nothing completed was asked again


def test_cancel_stops_now_and_keeps_the_catalogue_resumable(driver, open_window, product_file, backend):
    window = open_window()
    window.model.preferences.update(Settings(concurrency=1))
    backend.script[ImageType.MAIN] = [HANG]
    view = open_view(driver, window)
    import_through_dialog(driver, view, product_file)

    button(view, "catalogueRunButton").click()
    driver.wait(lambda: backend.calls)
    driver.wait(lambda: statuses(view)["CUP-1"] == "Generating")  # the table follows the run as it goes
    assert button(view, "catalogueCancelButton").isEnabled()
    button(view, "catalogueCancelButton").click()
    wait_finished(driver, view)

    assert view.controller.record.status.value == "cancelled"
    assert statuses(view)["CUP-1"] == "Cancelled"
    assert statuses(view)["LAMP-1"] == "Waiting"
    assert button(view, "catalogueRunButton").text() == "Resume"
    assert not button(view, "catalogueCancelButton").isEnabled()


def test_a_catalogue_paused_for_the_quota_shows_the_reset_in_local_time_and_resumes_by_itself(
    driver, open_window, product_file, backend
):
    window = open_window()  # FastClock: the 3 s until the reset pass in a moment
    view = open_view(driver, window)
    import_through_dialog(driver, view, product_file)
    catalogue_id = view.controller.record.catalogue_id
    resume_at = (datetime.now(UTC) + timedelta(seconds=3)).isoformat()
    store = CatalogueStore(window.model.services.store)
    driver.run(store.set_state(catalogue_id, CatalogueState.PAUSED, resume_at))

    view.controller.show_catalogue(catalogue_id)

    driver.wait(lambda: local_time(resume_at) in text(view, "catalogueStatusLabel"))
    assert "goes on by itself" in text(view, "catalogueStatusLabel")
    driver.wait(lambda: view.controller.running)
    wait_finished(driver, view)
    assert view.controller.record.status.value == "complete"
    assert len(backend.calls) == 3 * len(IMAGE_TYPES)


def test_the_template_saved_from_the_view_is_the_documented_one(driver, open_window, tmp_path):
    view = open_view(driver, open_window())
    target = tmp_path / "mine.csv"

    dialog = view.save_template()
    dialog.selectFile(str(target))
    dialog.accept()

    driver.wait(target.exists)
    documented = Path(__file__).resolve().parents[2] / "docs" / "catalogue-template.csv"
    assert target.read_bytes() == documented.read_bytes()
    driver.wait(lambda: "Template saved" in text(view, "catalogueStatusLabel"))
    view.controller.import_file(str(target))  # it reads as a product file (its photo is not here: invalid)
    driver.wait(lambda: "No row of mine.csv can be generated" in text(view, "catalogueStatusLabel"))


def test_an_invalid_row_has_no_session_to_open(driver, open_window, product_file, qtbot):
    view = open_view(driver, open_window())
    import_through_dialog(driver, view, product_file)
    table = view.findChild(QTableView, "catalogueTable")
    index: QModelIndex = table.model().index(1, Column.SKU)

    table.doubleClicked.emit(index)

    assert text(view, "catalogueStatusLabel") == "Row 3 is not generated: title: Title is required."


def big_record(rows: int, *, done: int | None = None) -> CatalogueRecord:
    """`rows` products, every thousandth invalid; the one numbered `done` complete with a session."""

    def product(n: int) -> CatalogueProduct:
        invalid, complete = n % 1000 == 999, n == done
        status = ProductStatus.INVALID if invalid else ProductStatus.COMPLETE if complete else ProductStatus.PENDING
        return CatalogueProduct(
            row=n + 2,
            sku=f"SKU-{n}",
            product_id=None,
            title=f"Steel Bottle {n}",
            product=None,
            photos=(),
            problems=("title: Title is required",) if invalid else (),
            session_id="s-done" if complete else None,
            status=status,
            images_complete=5 if complete else 0,
        )

    products = tuple(product(n) for n in range(rows))
    return CatalogueRecord("c-1", "big", "/tmp/big.csv", "template", CatalogueStatus.PENDING, None, "", products)


def test_a_table_of_10000_products_answers_from_its_rows_and_updates_only_the_row_that_changed(qtbot, qloop):
    thumbnails = ThumbnailCache(TaskKeeper())
    model = CatalogueTableModel(thumbnails)
    resets: list[int] = []
    changes: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    model.dataChanged.connect(lambda first, last, _roles=(): changes.append((first.row(), last.row())))

    model.set_record(big_record(10_000))

    assert resets == [10_000] and model.columnCount() == len(Column)
    last = model.index(9_999, Column.SKU)
    assert last.data() == "SKU-9999"
    assert model.index(9_999, Column.STATUS).data() == "Invalid: not generated"
    assert model.index(9_999, Column.IMAGES).data() is None
    assert model.index(5_000, Column.IMAGES).data() == "0/5"
    assert model.index(10_000, Column.SKU).data() is None

    model.set_record(big_record(10_000, done=4_321))

    assert resets == [10_000]  # no reset: the user's scroll position and selection stay
    assert changes == [(4_321, 4_321)]
    assert model.index(4_321, Column.STATUS).data() == "Complete"
    assert model.index(4_321, Column.IMAGES).data() == "5/5"


def test_closing_the_window_mid_catalogue_asks_then_keeps_it_resumable(driver, open_window, product_file, backend):
    window = open_window()
    window.model.preferences.update(Settings(concurrency=1))
    backend.script[ImageType.INFOGRAPHIC_1] = [HANG]
    view = open_view(driver, window)
    import_through_dialog(driver, view, product_file)
    catalogue_id = view.controller.record.catalogue_id
    button(view, "catalogueRunButton").click()
    driver.wait(lambda: len(backend.calls) >= 2)

    window.close()
    driver.wait(lambda: (box := window.findChild(QMessageBox, "confirmCloseBox")) is not None and box.isVisible())
    box = window.findChild(QMessageBox, "confirmCloseBox")
    next(b for b in box.buttons() if b.text() == "Stop and close").click()
    driver.wait(window.closed.is_set)

    again = open_window()
    record = driver.run(CatalogueStore(again.model.services.store).load(catalogue_id))
    assert record.status.value == "cancelled"
    assert record.to_run()[0].sku == "CUP-1"  # nothing lost: the next Resume starts where it stopped


def test_a_window_opened_on_a_catalogue_paused_for_the_quota_goes_on_by_itself_at_the_reset(
    driver, open_window, product_file, backend
):
    first = open_window()
    view = open_view(driver, first)
    import_through_dialog(driver, view, product_file)
    catalogue_id = view.controller.record.catalogue_id
    resume_at = (datetime.now(UTC) + timedelta(seconds=40)).isoformat()  # 8 s at FastClock(5): time to open
    driver.run(CatalogueStore(first.model.services.store).set_state(catalogue_id, CatalogueState.PAUSED, resume_at))
    driver.run(first.shutdown())

    window = open_window(clock=FastClock(5.0))  # the catalogue view is not opened: the window alone resumes it

    driver.wait(lambda: window.catalogues.record is not None)
    assert window.catalogues.record.status.value == "paused" and not window.catalogues.running  # until the reset
    driver.wait(lambda: window.catalogues.running, timeout_ms=30_000)
    driver.wait(lambda: not window.catalogues.running, timeout_ms=60_000)
    assert window.catalogues.record.catalogue_id == catalogue_id
    assert window.catalogues.record.status.value == "complete"
    assert len(backend.calls) == 3 * len(IMAGE_TYPES)


def test_the_catalogues_in_the_history_can_be_picked(driver, open_window, product_file, tmp_path):
    window = open_window()
    view = open_view(driver, window)
    import_through_dialog(driver, view, product_file)
    first_id = view.controller.record.catalogue_id
    second = tmp_path / "second.csv"
    second.write_text(product_file.read_text(encoding="utf-8"), encoding="utf-8")
    view.controller.import_file(str(second))
    driver.wait(lambda: view.controller.record.catalogue_id != first_id)
    picker = view.findChild(QComboBox, "catalogueCombo")
    driver.wait(lambda: picker.count() == 2)
    assert picker.currentText().startswith("second (pending")

    picker.activated.emit(picker.findData(first_id))

    driver.wait(lambda: view.controller.record.catalogue_id == first_id)
    assert picker.currentText().startswith("products (pending")
    assert "products: pending" in view.findChild(QLabel, "catalogueHeading").text()


def test_a_catalogue_whose_estimate_passes_the_monthly_budget_asks_first(
    driver, open_window, product_file, gemini_server, monkeypatch, fast_clock
):
    """The three valid products' 15 images at $0.11 (4K) would pass $1: Cancel starts nothing and says so,
    Start anyway runs the catalogue past the budget."""
    from tests.ui.test_cost import KEY, budget_box

    monkeypatch.setenv("GEMINI_API_KEY", KEY)
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", gemini_server.base_url)
    window = open_window()
    window.model.services.backend_factory = services_module.create_backend
    window.model.preferences.update(
        Settings(backend="gemini", model="gemini-nano-banana-2.1", image_size="4K", monthly_budget_usd=1.0)
    )
    view = open_view(driver, window)
    import_through_dialog(driver, view, product_file)

    button(view, "catalogueRunButton").click()
    driver.wait(lambda: budget_box(window) is not None and budget_box(window).isVisible())
    assert "15 images at about $1.65 would pass the monthly budget of $1.00" in budget_box(window).text()
    budget_box(window).button(QMessageBox.StandardButton.Cancel).click()
    wait_finished(driver, view)
    assert gemini_server.generate_requests == []
    assert "Not started: 15 images at about $1.65" in text(view, "catalogueStatusLabel")

    button(view, "catalogueRunButton").click()
    driver.wait(lambda: budget_box(window) is not None and budget_box(window).isVisible())
    next(b for b in budget_box(window).buttons() if b.text() == "Start anyway").click()
    wait_finished(driver, view)
    assert len(gemini_server.generate_requests) == 15  # every valid product, past the budget
    assert statuses(view)["CUP-1"] == "Complete"


def test_the_table_and_the_progress_line_say_what_the_catalogue_cost_so_far(qtbot, qloop):
    """Each product's cost from its session's reported usage and the total beside the run's figures (issue #16
    item 7); a product that cost nothing shows no figure."""
    record = big_record(3)
    costs = (0.55, 0.034, 0.0)
    products = tuple(
        replace(p, session_id=f"s-{n}", status=ProductStatus.PARTIAL, cost_usd=cost)
        for n, (p, cost) in enumerate(zip(record.products, costs, strict=True))
    )
    controller = CatalogueController(TaskKeeper(), lambda: None, Settings)
    view = CatalogueView(controller)
    qtbot.addWidget(view)

    controller._show(replace(record, products=products))

    assert [cell(view, n, Column.COST) for n in range(3)] == ["$0.55", "$0.034", None]
    assert text(view, "catalogueProgressLabel").endswith("; $0.58 so far")
