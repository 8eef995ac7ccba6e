"""The history sidebar: New session, search by title, status filter, and the list of sessions.

Rows are painted by `HistoryDelegate`: thumbnail, title, date, status and image count, with
interrupted sessions marked as resumable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TR_NOOP, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from listing_genie_desktop.core.outcome import SessionStatus
from listing_genie_desktop.ui.history_model import (
    SUMMARY_ROLE,
    HistoryListModel,
    local_date,
    row_cost,
    status_text,
)
from listing_genie_desktop.ui.i18n import tr
from listing_genie_desktop.ui.theme import Tokens

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem

    from listing_genie_desktop.core.session_records import SessionSummary

ROW_HEIGHT = 68
THUMB = 52
STATUS_FILTERS = (
    (QT_TR_NOOP("All sessions"), None),
    (QT_TR_NOOP("Complete"), "complete"),
    (QT_TR_NOOP("Partial"), "partial"),
    (QT_TR_NOOP("Failed"), "failed"),
    (QT_TR_NOOP("Cancelled"), "cancelled"),
    (QT_TR_NOOP("Interrupted"), "interrupted"),
)


def elide_title(metrics: QFontMetrics, title: str, width: int) -> str:
    """A title that does not fit ends in "…": its start is what names the product, and a title cut
    in the middle ("Cerami…so Cup") made entries look alike. The full title is the row's tooltip."""
    return metrics.elidedText(title, Qt.TextElideMode.ElideRight, width)


class HistoryDelegate(QStyledItemDelegate):
    def __init__(self, tokens: Tokens, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tokens = tokens

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(120, ROW_HEIGHT)  # the width is the list's (rows elide): any narrow column fits

    def _status_colour(self, status: SessionStatus) -> QColor:
        t = self.tokens
        colour = {
            SessionStatus.COMPLETE: t.success,
            SessionStatus.PARTIAL: t.warning,
            SessionStatus.INTERRUPTED: t.warning,
            SessionStatus.FAILED: t.danger,
        }
        return QColor(colour.get(status, t.muted))

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        summary: SessionSummary | None = index.data(SUMMARY_ROLE)
        if summary is None:
            return
        t = self.tokens
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(2, 2, -2, -2)
        from PySide6.QtWidgets import QStyle  # first paint only: its enums are costly to build

        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        if selected or hovered:
            painter.setPen(QColor(t.accent) if selected else Qt.PenStyle.NoPen)
            painter.setBrush(QColor(t.info_bg if selected else t.sunken))
            painter.drawRoundedRect(rect, 8, 8)

        thumb_rect = QRect(rect.left() + 8, rect.top() + (rect.height() - THUMB) // 2, THUMB, THUMB)
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(t.sunken))
        painter.drawRoundedRect(thumb_rect, 6, 6)
        if pixmap is not None and not pixmap.isNull():
            scaled = pixmap.scaled(
                thumb_rect.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            painter.drawPixmap(
                thumb_rect.left() + (THUMB - scaled.width()) // 2,
                thumb_rect.top() + (THUMB - scaled.height()) // 2,
                scaled,
            )

        text_left = thumb_rect.right() + 10
        text_width = rect.right() - text_left - 8
        title_font = QFont(option.font)
        title_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(title_font)
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        title_rect = QRect(text_left, rect.top() + 6, text_width, 20)
        title = elide_title(painter.fontMetrics(), summary.title, title_rect.width())
        painter.drawText(title_rect, left, title)

        small = QFont(option.font)
        small.setPointSizeF(max(7.5, option.font.pointSizeF() - 1.5))
        painter.setFont(small)
        metrics = painter.fontMetrics()
        status = status_text(summary)
        cost = row_cost(summary)
        count = f"  ·  {summary.images_complete}/{summary.images_total}{f'  ·  {cost}' if cost else ''}"
        status_rect = QRect(text_left, rect.top() + 26, text_width, 16)
        painter.setPen(
            self._status_colour(SessionStatus.PARTIAL if summary.main_compliant is False else summary.status)
        )
        status = metrics.elidedText(status, Qt.TextElideMode.ElideRight, text_width - metrics.horizontalAdvance(count))
        painter.drawText(status_rect, left, status)
        painter.setPen(QColor(t.muted))
        painter.drawText(status_rect.adjusted(metrics.horizontalAdvance(status), 0, 0, 0), left, count)
        date_rect = QRect(text_left, rect.top() + 43, text_width, 16)
        painter.drawText(date_rect, left, local_date(summary.created_at))
        painter.restore()


class HistoryPanel(QWidget):
    sessionActivated = Signal(str)
    newSessionRequested = Signal()

    def __init__(self, model: HistoryListModel, tokens: Tokens, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        heading = QLabel(tr("History"))
        heading.setProperty("role", "h1")
        self.new_button = QPushButton(tr("New session"), objectName="newSessionButton")
        self.new_button.setAccessibleName(tr("Start a new session"))
        self.new_button.clicked.connect(self.newSessionRequested)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.new_button)

        self.search = QLineEdit(objectName="historySearchEdit", placeholderText=tr("Search by title"))
        self.search.setAccessibleName(tr("Search the history by title"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox(objectName="historyStatusFilter")
        self.status_filter.setAccessibleName(tr("Show sessions with this status"))
        for label, value in STATUS_FILTERS:
            self.status_filter.addItem(tr(label), value)
        self.search.textChanged.connect(self._filter_changed)
        self.status_filter.currentIndexChanged.connect(self._filter_changed)

        self.list = QListView(objectName="historyList")
        self.list.setAccessibleName(tr("Past sessions, newest first"))
        self.list.setModel(model)
        self.delegate = HistoryDelegate(tokens, self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setMouseTracking(True)
        self.list.setUniformItemSizes(True)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        # rows are painted to the list's width (titles elided): a narrow column never scrolls sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.activated.connect(self._activated)
        self.list.clicked.connect(self._activated)  # the highlighted row too: opens it read-only
        self.empty = QLabel(tr("No sessions yet. Your generated listings appear here."), wordWrap=True)
        self.empty.setProperty("role", "muted")
        self.month_cost = QLabel(objectName="monthCostLabel")
        self.month_cost.setProperty("role", "muted")
        self.month_cost.setToolTip(tr("Estimated from the usage the API reported, at the model's (or your own) price"))
        model.refreshed.connect(self._refreshed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 8, 14)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.month_cost)
        layout.addWidget(self.search)
        layout.addWidget(self.status_filter)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        self._stretch = QWidget()
        layout.addWidget(self._stretch, 1)
        self._selected_id: str | None = None
        self._syncing = False

    def set_tokens(self, tokens: Tokens) -> None:
        self.delegate.tokens = tokens
        self.list.viewport().update()

    def _filter_changed(self) -> None:
        self.model.set_filter(self.search.text(), self.status_filter.currentData())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        summary: SessionSummary = current.data(SUMMARY_ROLE)
        if summary.session_id != self._selected_id:
            self._selected_id = summary.session_id
            self.sessionActivated.emit(summary.session_id)

    def _activated(self, index: QModelIndex) -> None:
        summary: SessionSummary = index.data(SUMMARY_ROLE)
        self._selected_id = summary.session_id
        self.sessionActivated.emit(summary.session_id)

    def select(self, session_id: str | None) -> None:
        """Highlights the session on display without re-opening it."""
        self._selected_id = session_id
        row = self.model.row_of(session_id)
        self._syncing = True
        try:
            if row < 0:
                self.list.selectionModel().clearSelection()
                self.list.selectionModel().clearCurrentIndex()
            else:
                self.list.setCurrentIndex(self.model.index(row))
        finally:
            self._syncing = False

    def _refreshed(self) -> None:
        self.select(self._selected_id)
        self.month_cost.setText(self.model.month_text)
        filtered = bool(self.search.text().strip()) or self.status_filter.currentData() is not None
        self.empty.setText(
            tr("No session matches.") if filtered else tr("No sessions yet. Your generated listings appear here.")
        )
        empty = self.model.rowCount() == 0
        self.empty.setVisible(empty)
        self.list.setVisible(not empty)
        self._stretch.setVisible(empty)
