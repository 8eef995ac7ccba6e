"""A catalogue's products as a Qt table model: one row per product of the file, no widget per row.

The view asks only for the rows on screen, so 10,000 products cost what the visible ones cost; thumbnails are
the products' photos, decoded in a worker thread by a `ThumbnailCache` and painted once they arrive. A new
record of the same catalogue (after each product of a run) updates the rows that changed, keeping the user's
scroll position and selection.
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from listing_genie_desktop.core.catalogue_pace import IMAGES_PER_PRODUCT
from listing_genie_desktop.core.cost import cost_text
from listing_genie_desktop.ui.images import ThumbnailCache

if TYPE_CHECKING:
    from listing_genie_desktop.core.catalogue_progress import CatalogueProduct, CatalogueRecord

THUMBNAIL_SIZE = 40
PRODUCT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's CatalogueProduct."""

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    ROW = 0
    SKU = 1
    TITLE = 2
    STATUS = 3
    THUMBNAIL = 4
    IMAGES = 5
    COST = 6
    PROBLEMS = 7


HEADERS = {
    Column.ROW: "Row",
    Column.SKU: "SKU",
    Column.TITLE: "Title",
    Column.STATUS: "Status",
    Column.THUMBNAIL: "Photo",
    Column.IMAGES: "Images done",
    Column.COST: "Cost",
    Column.PROBLEMS: "Problems",
}
STATUS_LABELS = {
    "invalid": "Invalid: not generated",
    "pending": "Waiting",
    "processing": "Generating",
    "complete": "Complete",
    "partial": "Partial",
    "failed": "Failed",
    "cancelled": "Cancelled",
    "interrupted": "Interrupted: resumable",
}
PAUSED_LABEL = "Paused: resumable"
"""A product whose run a pause stopped, its other images still to request."""


def status_label(product: CatalogueProduct) -> str:
    return PAUSED_LABEL if product.paused else STATUS_LABELS[product.status.value]


def describe(product: CatalogueProduct) -> str:
    """The row in one sentence, for screen readers and tooltips."""
    problems = f" Problems: {'; '.join(product.problems)}." if product.problems else ""
    return (
        f"Row {product.row}, {product.sku}, {product.title or 'no title'}: {status_label(product)}, "
        f"{product.images_complete} of {IMAGES_PER_PRODUCT} images{_cost_words(product)}.{problems}"
    )


def _cost_words(product: CatalogueProduct) -> str:
    return "" if product.cost_usd == 0 else f", {cost_text(product.cost_usd)}"


def cost_so_far(record: CatalogueRecord) -> str:
    """ "$1.27 so far" (with the products whose cost is unknown, if any); empty while nothing was billed."""
    unknown = record.products_cost_unknown
    if record.estimated_cost_usd == 0 and not unknown:
        return ""
    text = f"{cost_text(record.estimated_cost_usd)} so far"
    return text + (f" (and {unknown} product{'s' if unknown != 1 else ''} of unknown cost)" if unknown else "")


def _shown(product: CatalogueProduct) -> tuple[object, ...]:
    """What a run changes in a row (its file's values stay as imported): cheap to compare 10,000 times."""
    return (product.status, product.images_complete, product.session_id, product.images_pending, product.cost_usd)


class CatalogueTableModel(QAbstractTableModel):
    def __init__(self, thumbnails: ThumbnailCache, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thumbnails = thumbnails
        self._catalogue_id: str | None = None
        self._products: tuple[CatalogueProduct, ...] = ()
        self._row_of_photo: dict[str, list[int]] = {}
        thumbnails.loaded.connect(self._thumbnail_loaded)

    # --- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._products)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return HEADERS[Column(section)]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._products):
            return None
        product = self._products[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(product, column)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return describe(product)
        if role == Qt.ItemDataRole.DecorationRole and column is Column.THUMBNAIL and product.photos:
            return self._thumbnails.get(product.photos[0], THUMBNAIL_SIZE)
        if role == PRODUCT_ROLE:
            return product
        return None

    @staticmethod
    def _text(product: CatalogueProduct, column: Column) -> str | int | None:
        if column is Column.ROW:
            return product.row
        if column is Column.SKU:
            return product.sku
        if column is Column.TITLE:
            return product.title
        if column is Column.STATUS:
            return status_label(product)
        if column is Column.IMAGES:
            return None if product.problems else f"{product.images_complete}/{IMAGES_PER_PRODUCT}"
        if column is Column.COST:
            return None if product.cost_usd == 0 else cost_text(product.cost_usd)
        if column is Column.PROBLEMS:
            return "; ".join(product.problems)
        return None

    # --- records ----------------------------------------------------------------------------

    @property
    def catalogue_id(self) -> str | None:
        return self._catalogue_id

    def product(self, row: int) -> CatalogueProduct | None:
        return self._products[row] if 0 <= row < len(self._products) else None

    def set_record(self, record: CatalogueRecord | None) -> None:
        """Shows `record`; the same catalogue again updates only the rows whose product changed."""
        products = record.products if record else ()
        same = record is not None and record.catalogue_id == self._catalogue_id
        if same and len(products) == len(self._products):
            changed = [
                i
                for i, (old, new) in enumerate(zip(self._products, products, strict=True))
                if _shown(old) != _shown(new)
            ]
            self._products = products
            if changed:
                last = len(Column) - 1
                self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], last))
        else:
            self.beginResetModel()
            self._catalogue_id = record.catalogue_id if record else None
            self._products = products
            self.endResetModel()
            self._row_of_photo = {}  # a catalogue's rows keep their photos: made once, not at every refresh
            for number, product in enumerate(products):
                if product.photos:
                    self._row_of_photo.setdefault(product.photos[0], []).append(number)

    def _thumbnail_loaded(self, path: str, size: int) -> None:
        if size != THUMBNAIL_SIZE:
            return
        for number in self._row_of_photo.get(path, ()):
            index = self.index(number, Column.THUMBNAIL)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
