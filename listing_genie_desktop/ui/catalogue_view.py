"""The catalogue view: a window of its own with a product file's products in one table, and Import, Run,
Pause, Cancel and Resume.

Widgets only: what a button does is the `CatalogueController`'s; what a row shows is the table model's. File
dialogs are opened with `open()` (never `exec()`: its nested loop would stall the run going on).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TR_NOOP, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from listing_genie_desktop.ui.catalogue_controller import CatalogueController, local_time
from listing_genie_desktop.ui.catalogue_model import (
    PRODUCT_ROLE,
    THUMBNAIL_SIZE,
    Column,
    catalogue_status,
    cost_so_far,
    pace_text,
    problems_text,
)
from listing_genie_desktop.ui.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex

    from listing_genie_desktop.core.catalogue_pace import PaceReport
    from listing_genie_desktop.core.catalogue_progress import CatalogueProduct, CatalogueRecord

FILE_FILTER = QT_TR_NOOP("Product files (*.csv *.tsv *.txt);;All files (*)")
RESUMABLE = ("partial", "interrupted", "paused", "cancelled", "failed")
"""Statuses whose Run button says Resume: some products are left to make."""


def _button(text: str, name: str, accessible: str) -> QPushButton:
    button = QPushButton(text, objectName=name)
    button.setAccessibleName(accessible)
    return button


class CatalogueView(QWidget):
    sessionRequested = Signal(str)
    """A product's session id, double-clicked: the main window shows that session."""

    def __init__(self, controller: CatalogueController, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("catalogueView")
        self.setWindowTitle(tr("Listing Genie: catalogues"))
        self.resize(1000, 640)
        self.controller = controller
        self._dialog: QFileDialog | None = None
        self._line = ""
        self._cost = ""
        self._reported: str | None = None
        """The catalogue whose run's pace line is on display (it stays after the run: pace, images, failures)."""
        self._build()
        controller.listed.connect(self._listed)
        controller.recordChanged.connect(self._record_changed)
        controller.imported.connect(self._imported)
        controller.progress.connect(self._progress)
        controller.runningChanged.connect(lambda _running: self._sync_buttons())
        controller.message.connect(self._message)
        self._sync_buttons()
        controller.refresh_list()
        if controller.record is not None:  # shown before the view was opened (paused for the quota)
            self._record_changed(controller.record)

    def _build(self) -> None:
        self.heading = QLabel(tr("No catalogue yet: import a product file"), objectName="catalogueHeading")
        self.heading.setProperty("role", "h1")
        self.import_button = _button(tr("Import…"), "catalogueImportButton", tr("Import a product file"))
        self.template_button = _button(
            tr("Save template…"), "catalogueTemplateButton", tr("Save the product file template")
        )
        self.run_button = _button(tr("Run"), "catalogueRunButton", tr("Generate every product not complete"))
        self.pause_button = _button(
            tr("Pause"), "cataloguePauseButton", tr("Finish the images on their way, start no new one")
        )
        self.cancel_button = _button(tr("Cancel"), "catalogueCancelButton", tr("Stop now, keeping what is finished"))
        self.picker = QComboBox(objectName="catalogueCombo")
        self.picker.setAccessibleName(tr("Catalogue shown"))
        self.picker.setPlaceholderText(tr("Catalogues in the history"))
        self.picker.activated.connect(self._picked)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.picker)
        for button in (self.template_button, self.import_button, self.run_button, self.pause_button):
            top.addWidget(button)
        top.addWidget(self.cancel_button)

        self.status_label = QLabel(objectName="catalogueStatusLabel", wordWrap=True)
        self.problems = QPlainTextEdit(objectName="catalogueInvalidRows", readOnly=True)
        self.problems.setAccessibleName(tr("Rows that will not be generated"))
        self.problems.setMaximumHeight(110)
        self.problems.hide()
        self.progress_bar = QProgressBar(objectName="catalogueProgressBar")
        self.progress_bar.setAccessibleName(tr("Products done"))
        self.progress_line = QLabel(objectName="catalogueProgressLabel")

        self.table = QTableView(objectName="catalogueTable")
        self.table.setModel(self.controller.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setIconSize(QSize(THUMBNAIL_SIZE, THUMBNAIL_SIZE))
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring: 10,000 rows stay cheap
        rows.setDefaultSectionSize(THUMBNAIL_SIZE + 4)
        rows.hide()
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setStretchLastSection(True)
        for column, width in ((Column.ROW, 50), (Column.SKU, 120), (Column.TITLE, 260), (Column.STATUS, 150)):
            self.table.setColumnWidth(column, width)
        self.table.setColumnWidth(Column.THUMBNAIL, THUMBNAIL_SIZE + 16)
        self.table.doubleClicked.connect(self._open_product)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(self.problems)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.progress_line)
        layout.addWidget(self.table, 1)

        self.import_button.clicked.connect(self.choose_file)
        self.template_button.clicked.connect(self.save_template)
        self.run_button.clicked.connect(self.controller.run)
        self.pause_button.clicked.connect(self.controller.pause)
        self.cancel_button.clicked.connect(self.controller.cancel)

    # --- dialogs ----------------------------------------------------------------------------

    def _file_dialog(self, caption: str, *, save: bool) -> QFileDialog:
        dialog = QFileDialog(self, caption, "", tr(FILE_FILTER))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # open() without a nested native loop
        if save:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.selectFile("catalogue-template.csv")
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        self._dialog = dialog
        return dialog

    def choose_file(self) -> QFileDialog:
        """Import…: the chosen file is read in a worker thread; its invalid rows are listed before any run."""
        dialog = self._file_dialog(tr("Import a product file"), save=False)
        dialog.fileSelected.connect(self.controller.import_file)
        dialog.open()
        return dialog

    def save_template(self) -> QFileDialog:
        """Save template…: the app's own product file (its columns and one example row) where the user says."""
        dialog = self._file_dialog(tr("Save the product file template"), save=True)
        dialog.fileSelected.connect(self.controller.save_template)
        dialog.open()
        return dialog

    # --- controller -> widgets --------------------------------------------------------------

    def _imported(self, _catalogue_id: str, invalid: list[str]) -> None:
        self.problems.setPlainText("\n".join(invalid))
        self.problems.setVisible(bool(invalid))
        if invalid:
            self.status_label.setText(
                tr(
                    "%n row(s) will not be generated (listed below); "
                    "fix the file and import it again, or Run the others.",
                    None,
                    len(invalid),
                )
            )

    def _listed(self, records: list[CatalogueRecord]) -> None:
        self.picker.blockSignals(True)
        self.picker.clear()
        for record in records:
            self.picker.addItem(
                f"{record.name} ({catalogue_status(record)}, {local_time(record.created_at)})", record.catalogue_id
            )
        self._select_current()
        self.picker.blockSignals(False)

    def _select_current(self) -> None:
        record = self.controller.record
        self.picker.setCurrentIndex(self.picker.findData(record.catalogue_id) if record else -1)

    def _picked(self, index: int) -> None:
        catalogue_id = self.picker.itemData(index)
        if catalogue_id and not self.controller.running:
            self.controller.show_catalogue(str(catalogue_id))

    def _message(self, text: str) -> None:
        self.status_label.setText(text)

    def _record_changed(self, record: CatalogueRecord | None) -> None:
        if record is None:
            return
        counts = record.counts
        valid = counts["products"] - counts["invalid"]
        self.heading.setText(f"{record.name}: {catalogue_status(record)}")
        self.picker.blockSignals(True)
        self._select_current()
        self.picker.blockSignals(False)
        self.progress_bar.setRange(0, max(valid, 1))
        self.progress_bar.setValue(counts["complete"])
        if self._reported != record.catalogue_id:
            self._line = (
                tr(
                    "{complete} of {valid} products complete, {partial} partial, {failed} failed, {invalid} invalid"
                ).format(
                    complete=counts["complete"],
                    valid=valid,
                    partial=counts["partial"],
                    failed=counts["failed"],
                    invalid=counts["invalid"],
                )
            )
        self._cost = cost_so_far(record)
        self._show_line()
        if record.status.value == "paused" and record.resume_at:
            self.status_label.setText(
                tr(
                    "Paused: the API's daily quota is used up. It resets {when}; the catalogue goes on by itself "
                    "then while this window is open, or press Resume to try now."
                ).format(when=local_time(record.resume_at))
            )
        elif record.status.value == "paused":
            held = sum(p.images_pending for p in record.products if p.paused)
            if held == 1:
                text = tr("Paused. Resume goes on with the image held by the pause and the products not started.")
            elif held:
                text = tr(
                    "Paused. Resume goes on with the {count} images held by the pause and the products not started."
                )
            else:
                text = tr("Paused. Resume goes on with the products not complete.")
            self.status_label.setText(text.format(count=held))
        self._sync_buttons()

    def _progress(self, report: PaceReport) -> None:
        self._reported = self.controller.record.catalogue_id if self.controller.record else None
        self._line = pace_text(report)
        self._show_line()

    def _show_line(self) -> None:
        """The run's figures (or the catalogue's counts), and what it has cost so far."""
        self.progress_line.setText(f"{self._line}; {self._cost}" if self._cost else self._line)

    def _sync_buttons(self) -> None:
        controller = self.controller
        record = controller.record
        running = controller.running
        self.run_button.setEnabled(record is not None and not running and record.status.value != "complete")
        resumable = record is not None and record.status.value in RESUMABLE
        self.run_button.setText(tr("Resume") if resumable else tr("Run"))
        self.pause_button.setEnabled(running and not controller.pausing)
        self.pause_button.setText(tr("Pausing…") if controller.pausing else tr("Pause"))
        self.cancel_button.setEnabled(running)
        self.import_button.setEnabled(not running)
        self.picker.setEnabled(not running)

    def _open_product(self, index: QModelIndex) -> None:
        product: CatalogueProduct | None = index.data(PRODUCT_ROLE)
        if product is not None and product.session_id is not None:
            self.sessionRequested.emit(product.session_id)
        elif product is not None and product.problems:
            text = tr("Row {row} is not generated: {problems}.").format(
                row=product.row, problems=problems_text(product)
            )
            self.status_label.setText(text)
        elif product is not None:
            self.status_label.setText(tr("Row {row} has no session yet: Run makes it.").format(row=product.row))
