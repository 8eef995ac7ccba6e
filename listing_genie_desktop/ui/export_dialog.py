"""The Export dialog: folder, SKU (the title's slug unless the seller types their own), format, ZIP.

It only collects an `ExportRequest`; the model writes the files in a worker thread. Opened with
`open()`, and so is its folder chooser (never `exec()`: a nested loop would stall running tasks).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from listing_genie_desktop.settings import EXPORT_FORMATS
from listing_genie_desktop.ui.i18n import tr
from listing_genie_desktop.ui.session_view import ExportRequest

FORMAT_LABELS = {"jpeg": QT_TR_NOOP("JPEG (Amazon's preferred)"), "png": "PNG"}
SLOTS = "MAIN, PT01 … PT04"


class ExportDialog(QDialog):
    requested = Signal(object)
    """ExportRequest, emitted when the user clicks Export."""

    def __init__(
        self,
        session_id: str,
        title: str,
        *,
        folder: str,
        fmt: str,
        count: int,
        warning: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """`warning` names the images that are not Amazon-ready (core.readiness.export_warning): shown
        above the Export button, which stays enabled: the seller decides."""
        from listing_genie_desktop.imaging.export import safe_sku, sku_from_title  # loaded off-thread at start

        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(tr("Export images"))
        self._session_id = session_id
        self._safe_sku = safe_sku
        self._default_sku = sku_from_title(title)

        intro = QLabel(
            tr("%n image(s) with Amazon's upload names ({slots}).", None, count).format(slots=SLOTS), wordWrap=True
        )
        intro.setObjectName("exportIntroLabel")
        intro.setProperty("role", "muted")

        self.folder_edit = QLineEdit(folder, objectName="exportFolderEdit", placeholderText=tr("Choose a folder"))
        self.folder_edit.setAccessibleName(tr("Export folder"))
        browse = QPushButton(tr("Browse…"), objectName="exportBrowseButton")
        browse.setAccessibleName(tr("Choose the export folder"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)

        self.sku_edit = QLineEdit(self._default_sku, objectName="skuEdit")
        self.sku_edit.setAccessibleName(tr("SKU (the start of every file name)"))
        self.sku_edit.setToolTip(tr("Your seller SKU. Defaults to the product title; file names are SKU.MAIN.jpg …"))
        self.preview = QLabel(objectName="exportPreviewLabel")
        self.preview.setProperty("role", "muted")

        self.format_combo = QComboBox(objectName="exportDialogFormatCombo")
        for name in EXPORT_FORMATS:
            self.format_combo.addItem(tr(FORMAT_LABELS.get(name, name.upper())), name)
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(fmt)))
        self.format_combo.setAccessibleName(tr("Image format"))
        self.zip_check = QCheckBox(tr("Also make a ZIP of the files"), objectName="exportZipCheck")

        form = QFormLayout()
        form.setSpacing(8)
        form.addRow(tr("Folder"), folder_row)
        form.addRow(tr("SKU"), self.sku_edit)
        form.addRow("", self.preview)
        form.addRow(tr("Format"), self.format_combo)
        form.addRow("", self.zip_check)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportConfirmButton")
        self.export_button.setProperty("primary", True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(form)
        self.warning_label = QLabel(warning, objectName="exportComplianceWarning", wordWrap=True)
        self.warning_label.setProperty("tone", "warning")
        self.warning_label.setVisible(bool(warning))
        layout.addWidget(self.warning_label)
        layout.addWidget(self.buttons)

        for edit in (self.folder_edit, self.sku_edit):
            edit.textChanged.connect(self._update)
        self.format_combo.currentIndexChanged.connect(self._update)
        self._update()
        self.resize(520, self.sizeHint().height())
        self.sku_edit.setFocus()
        self.sku_edit.selectAll()

    def sku(self) -> str:
        return self._safe_sku(self.sku_edit.text() or self._default_sku)

    def request(self) -> ExportRequest:
        return ExportRequest(
            self._session_id,
            Path(self.folder_edit.text().strip()).expanduser(),
            self.sku(),
            self.format_combo.currentData(),
            self.zip_check.isChecked(),
        )

    def _update(self) -> None:
        extension = "jpg" if self.format_combo.currentData() == "jpeg" else "png"
        self.preview.setText(
            tr("Files: {first}, {second} …").format(
                first=f"{self.sku()}.MAIN.{extension}", second=f"{self.sku()}.PT01.{extension}"
            )
        )
        self.export_button.setEnabled(bool(self.folder_edit.text().strip()))

    def _browse(self) -> None:
        chooser = QFileDialog(self, tr("Export the images to"), self.folder_edit.text().strip())
        chooser.setObjectName("exportFolderChooser")
        chooser.setFileMode(QFileDialog.FileMode.Directory)
        chooser.setOption(QFileDialog.Option.ShowDirsOnly)
        chooser.fileSelected.connect(self.folder_edit.setText)
        chooser.finished.connect(lambda _r: chooser.deleteLater())
        chooser.open()

    def accept(self) -> None:
        if not self.folder_edit.text().strip():
            return
        self.requested.emit(self.request())
        super().accept()
