"""History: survives reopening, search and filter, read-only view, duplicate, delete, interrupted runs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListView, QMessageBox, QPushButton

from listing_genie_desktop.core.errors import ErrorKind
from listing_genie_desktop.core.product import IMAGE_TYPES
from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.storage.history import HistoryStore
from tests.fakes.scripted_backend import HANG, fail
from tests.ui.conftest import banner_text, button, card_text, close, start_generation

MAIN, INFO1, INFO2, LIFE, COMP = IMAGE_TYPES


def history(window) -> QListView:  # type: ignore[no-untyped-def]
    return window.findChild(QListView, "historyList")


def titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = history(window).model()
    return [model.index(row).data() for row in range(model.rowCount())]


def select_row(window, row: int) -> None:  # type: ignore[no-untyped-def]
    view = history(window)
    view.selectionModel().setCurrentIndex(view.model().index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)


def generate(driver, window, photo, title: str) -> None:  # type: ignore[no-untyped-def]
    if window.model.shown is not None:
        button(window, "newSessionButton").click()
    start_generation(driver, window, photo, title=title)
    driver.wait(lambda: not window.model.running)


def test_history_survives_closing_and_reopening_the_window(open_window, driver, photo, backend):
    backend.script[COMP] = [fail(ErrorKind.SERVER, "503 UNAVAILABLE", status=503)] * 4
    first = open_window()
    generate(driver, first, photo, "Steel Bottle")
    driver.wait(lambda: titles(first) == ["Steel Bottle"])
    close(driver, first)

    second = open_window()
    driver.wait(lambda: titles(second) == ["Steel Bottle"])
    row = history(second).model().index(0)
    assert "Partial, 4 of 5 images" in row.data(Qt.ItemDataRole.AccessibleTextRole)
    select_row(second, 0)
    driver.wait(lambda: second.model.shown is not None)
    assert second.findChild(QLineEdit, "titleEdit").text() == "Steel Bottle"
    assert second.findChild(QLineEdit, "titleEdit").isReadOnly()
    assert banner_text(second).startswith("4 of 5 images ready; Comparison failed: 503 UNAVAILABLE")
    assert card_text(second, MAIN, "statusLabel") == "Complete"
    assert card_text(second, COMP, "statusLabel") == "Failed"
    assert "Attempt 4 of 4" in second.model.shown.images[COMP].detail  # the attempt log, from the store
    assert not button(second, "generateButton").isVisible()

    button(second, "retryFailedButton").click()
    driver.wait(lambda: banner_text(second) == "5 of 5 images ready.")


def test_a_row_shows_its_main_image_once_decoded(open_window, driver, photo):
    """The thumbnail is decoded off the UI thread; when it lands, its row is told to repaint."""
    window = open_window()
    model = history(window).model()
    repainted: list[int] = []
    model.dataChanged.connect(  # before the row exists: the view may ask for its image before the test does
        lambda first, _last, roles: repainted.append(first.row()) if Qt.ItemDataRole.DecorationRole in roles else None
    )
    generate(driver, window, photo, "Steel Bottle")
    driver.wait(lambda: titles(window) == ["Steel Bottle"])
    model.index(0).data(Qt.ItemDataRole.DecorationRole)  # asked for (as a paint would): decoding starts
    driver.wait(lambda: 0 in repainted)
    assert model.index(0).data(Qt.ItemDataRole.DecorationRole).width() > 0


def test_newest_first_search_by_title_and_filter_by_status(open_window, driver, photo, backend):
    window = open_window()
    generate(driver, window, photo, "Steel Bottle")
    backend.script[MAIN] = [fail(ErrorKind.SAFETY, "blocked")] * 4
    generate(driver, window, photo, "Bamboo Cutting Board")
    driver.wait(lambda: titles(window) == ["Bamboo Cutting Board", "Steel Bottle"])

    window.findChild(QLineEdit, "historySearchEdit").setText("bottle")
    driver.wait(lambda: titles(window) == ["Steel Bottle"])
    window.findChild(QLineEdit, "historySearchEdit").setText("")
    status = window.findChild(QComboBox, "historyStatusFilter")
    status.setCurrentIndex(status.findData("partial"))
    driver.wait(lambda: titles(window) == ["Bamboo Cutting Board"])


def test_duplicate_as_new_copies_the_product_into_an_editable_form(open_window, driver, photo):
    window = open_window()
    generate(driver, window, photo, "Steel Bottle")
    button(window, "newSessionButton").click()
    assert window.findChild(QLineEdit, "titleEdit").text() == ""
    select_row(window, 0)
    driver.wait(lambda: window.findChild(QLineEdit, "titleEdit").isReadOnly())
    button(window, "duplicateButton").click()
    title = window.findChild(QLineEdit, "titleEdit")
    assert not title.isReadOnly() and title.text() == "Steel Bottle"
    assert window.model.shown is None
    driver.wait(lambda: button(window, "generateButton").isEnabled())  # the stored photo loads again


def test_delete_asks_first_then_removes_rows_and_files(open_window, driver, photo):
    window = open_window()
    generate(driver, window, photo, "Steel Bottle")
    session_id = window.model.shown.session_id
    folder = window.model.paths.session_folder(session_id)
    assert folder.is_dir()
    select_row(window, 0)
    button(window, "deleteSessionButton").click()
    box = window.findChild(QMessageBox, "confirmDeleteBox")
    assert box is not None and "cannot be undone" in box.text()
    delete = next(b for b in box.buttons() if b.text() == "Delete")
    delete.click()
    driver.wait(lambda: titles(window) == [] and window.model.shown is None)  # a refresh may list before rmtree
    assert not folder.exists()
    assert window.model.shown is None


def test_cancelled_delete_keeps_the_session(open_window, driver, photo):
    window = open_window()
    generate(driver, window, photo, "Steel Bottle")
    session_id = window.model.shown.session_id
    folder = window.model.paths.session_folder(session_id)
    button(window, "deleteSessionButton").click()
    box = window.findChild(QMessageBox, "confirmDeleteBox")
    box.button(QMessageBox.StandardButton.Cancel).click()
    driver.wait(lambda: window.findChild(QMessageBox, "confirmDeleteBox") is None)
    # Deleting runs in the background: only once no task is left can "nothing was deleted" be seen.
    driver.wait(lambda: len(window.model.tasks) == 0)
    assert [s.session_id for s in driver.run(window.model.store.list_sessions())] == [session_id]
    assert folder.is_dir()
    assert titles(window) == ["Steel Bottle"]


def test_an_interrupted_session_is_marked_and_resumable(open_window, driver, photo, backend, product_and_photo):
    """A session left "processing" by a process that died becomes interrupted at start-up."""
    product, reference = product_and_photo
    paths = AppPaths.from_environment()

    async def crashed_run() -> str:
        store = HistoryStore(paths)
        await store.open()
        session_id = await store.create_session(product, reference, backend="studio", model=None, settings={})
        await store.begin_run(session_id, IMAGE_TYPES)
        await store.close()
        return session_id

    driver.run(crashed_run())
    window = open_window()
    driver.wait(lambda: titles(window) == [product.title])
    row = history(window).model().index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Interrupted: resumable" in row
    select_row(window, 0)
    driver.wait(lambda: window.model.shown is not None)
    assert banner_text(window).startswith("Interrupted")
    assert card_text(window, MAIN, "statusLabel") == "Interrupted"
    button(window, "retryFailedButton").click()
    driver.wait(lambda: banner_text(window) == "5 of 5 images ready.")


def test_selecting_history_during_a_run_keeps_the_run_going(open_window, driver, photo, backend):
    window = open_window()
    generate(driver, window, photo, "Steel Bottle")
    backend.script[COMP] = [HANG]
    button(window, "newSessionButton").click()
    start_generation(driver, window, photo, title="Bamboo Board")
    driver.wait(lambda: titles(window) == ["Bamboo Board", "Steel Bottle"])
    select_row(window, 1)
    driver.wait(lambda: window.findChild(QLineEdit, "titleEdit").text() == "Steel Bottle")
    assert window.model.running and button(window, "cancelButton").isEnabled()
    select_row(window, 0)
    driver.wait(lambda: window.findChild(QLineEdit, "titleEdit").text() == "Bamboo Board")
    driver.wait(lambda: card_text(window, COMP, "statusLabel") == "Generating")
    # An image gives its slot back before its post-processing: MAIN may still be finishing here.
    driver.wait(lambda: card_text(window, MAIN, "statusLabel") == "Complete")
    assert not window.findChild(QPushButton, "deleteSessionButton").isEnabled()
    button(window, "cancelButton").click()
    driver.wait(lambda: not window.model.running)
    assert card_text(window, COMP, "statusLabel") == "Cancelled"
    assert isinstance(window.findChild(QLabel, "formErrorLabel"), QLabel)


def test_an_image_file_gone_from_disk_says_so_and_is_read_once(open_window, driver, photo, monkeypatch):
    """The card says the file was deleted (the image counts as missing, Retry failed makes it again) instead of
    "Loading…" forever, the deleted file is not even read, and each other picture is decoded once."""
    from listing_genie_desktop.ui import images

    first = open_window()
    generate(driver, first, photo, "Steel Bottle")
    main_path = first.model.shown.images[MAIN].path
    close(driver, first)
    Path(main_path).unlink()
    decoded = []
    decode = images.decode_scaled

    def counting_decode(path, size):
        decoded.append((path, size))
        return decode(path, size)

    monkeypatch.setattr(images, "decode_scaled", counting_decode)

    second = open_window()
    driver.wait(lambda: titles(second) == ["Steel Bottle"])
    select_row(second, 0)
    driver.wait(lambda: "deleted" in card_text(second, MAIN, "errorLabel"))
    assert "Loading" not in card_text(second, MAIN, "thumbnailLabel")
    driver.wait(lambda: card_text(second, COMP, "thumbnailLabel") == "")  # the others still show their pictures
    assert not [d for d in decoded if d[0] == main_path], "a deleted file is not even tried"
    assert len(decoded) == len(set(decoded)), "each picture, at each size, is decoded once"


def test_the_session_being_generated_cannot_be_deleted_until_it_ends(open_window, driver, photo, backend):
    backend.script[COMP] = [HANG]
    window = open_window()
    start_generation(driver, window, photo, title="Bamboo Board")
    driver.wait(lambda: card_text(window, COMP, "statusLabel") == "Generating")
    assert not button(window, "deleteSessionButton").isEnabled()
    button(window, "cancelButton").click()
    driver.wait(lambda: not window.model.running)
    assert button(window, "deleteSessionButton").isEnabled()


def test_a_history_from_a_newer_app_says_so_instead_of_an_internal_error(driver, isolated_home):
    """The window cannot work without its history, but the seller learns why and what to do."""
    import sqlite3

    from listing_genie_desktop.app import create_window

    paths = AppPaths.from_environment()
    paths.ensure()
    with sqlite3.connect(paths.database) as db:
        db.execute("CREATE TABLE schemaversion (id INTEGER PRIMARY KEY, version INTEGER NOT NULL)")
        db.execute("INSERT INTO schemaversion (version) VALUES (999)")
    window = create_window()
    warnings: list[str] = []
    window.model.warning.connect(warnings.append)
    window.show()
    try:
        driver.wait(lambda: warnings)
        assert warnings == [
            f"The history in {paths.database} was written by a newer Listing Genie: update the app to open it."
        ]
        assert not window.is_ready
    finally:
        close(driver, window)
