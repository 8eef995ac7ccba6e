"""The history list as a Qt item model: past sessions, newest first, filtered by title and status.

Rows come from `HistoryStore.list_sessions` (SQL on the store's own thread); thumbnails from the
shared `ThumbnailCache`. Refreshes are numbered so a slow, older query never overwrites a newer one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TR_NOOP,
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from listing_genie_desktop.core.cost import month_start
from listing_genie_desktop.core.outcome import SessionStatus
from listing_genie_desktop.ui.i18n import format_cost, format_datetime, tr
from listing_genie_desktop.ui.images import ThumbnailCache
from listing_genie_desktop.ui.tasks import LatestOnly, TaskKeeper

if TYPE_CHECKING:  # the store (peewee, the engine) loads in a worker thread at start-up
    from listing_genie_desktop.core.session_records import SessionSummary
    from listing_genie_desktop.storage.history import HistoryStore

SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
THUMBNAIL_SIZE = 96
HISTORY_LIMIT = 500
STATUS_LABELS = {
    SessionStatus.COMPLETE: QT_TR_NOOP("Complete"),
    SessionStatus.PARTIAL: QT_TR_NOOP("Partial"),
    SessionStatus.FAILED: QT_TR_NOOP("Failed"),
    SessionStatus.CANCELLED: QT_TR_NOOP("Cancelled"),
    SessionStatus.INTERRUPTED: QT_TR_NOOP("Interrupted: resumable"),
    SessionStatus.PROCESSING: QT_TR_NOOP("Generating"),
    SessionStatus.PENDING: QT_TR_NOOP("Starting"),
}

_Index = QModelIndex | QPersistentModelIndex


def local_date(moment: datetime) -> str:
    """ "12/11/26 14:03" in the user's time zone and the locale's format (the store keeps UTC)."""
    return format_datetime(moment)


def status_text(summary: SessionSummary) -> str:
    """The row's status word; "Complete" only when the MAIN it delivered is Amazon-ready too."""
    status = tr(STATUS_LABELS[summary.status])
    if summary.main_compliant is False and summary.status in (SessionStatus.COMPLETE, SessionStatus.PARTIAL):
        return tr("{status}: MAIN not Amazon-ready").format(status=status)
    return status


def row_cost(summary: SessionSummary) -> str:
    """The row's estimated cost ("$0.55", "cost unknown"); "" for a session that cost nothing."""
    return "" if summary.estimated_cost_usd == 0 else format_cost(summary.estimated_cost_usd)


def month_text(spent: float, unknown: int) -> str:
    """The month-to-date total of what is known, and how many answers are of unknown price."""
    text = tr("This month: {cost}").format(cost=format_cost(spent))
    return tr("{total} (+{n} of unknown cost)").format(total=text, n=unknown) if unknown else text


def describe(summary: SessionSummary) -> str:
    """The row in one sentence, for screen readers and tooltips."""
    status = status_text(summary)
    cost = f", {row_cost(summary)}" if row_cost(summary) else ""
    return (tr("{title}. {status}, {done} of {total} images{cost}, {date}")).format(
        title=summary.title,
        status=status,
        done=summary.images_complete,
        total=summary.images_total,
        cost=cost,
        date=local_date(summary.created_at),
    )


class HistoryListModel(QAbstractListModel):
    refreshed = Signal()

    def __init__(
        self,
        tasks: TaskKeeper,
        thumbnails: ThumbnailCache,
        store: Callable[[], HistoryStore | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._thumbnails = thumbnails
        self._store = store
        self._rows: list[SessionSummary] = []
        self.month_text = ""
        """What the month's runs cost so far (the window shows it above the history)."""
        self._query = ""
        self._status: str | None = None
        self._latest = LatestOnly(tasks, "history refresh")
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.refresh)
        thumbnails.loaded.connect(self._thumbnail_loaded)

    # --- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return describe(row)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnails.get(str(row.thumbnail), THUMBNAIL_SIZE) if row.thumbnail else None
        if role == SUMMARY_ROLE:
            return row
        return None

    # --- queries ----------------------------------------------------------------------------

    @property
    def rows(self) -> list[SessionSummary]:
        return list(self._rows)

    def row_of(self, session_id: str | None) -> int:
        return next((i for i, r in enumerate(self._rows) if r.session_id == session_id), -1)

    def set_filter(self, query: str, status: str | None) -> None:
        """Typing in the search box refreshes once the user pauses (150 ms)."""
        self._query, self._status = query.strip(), status or None
        self._debounce.start()

    def refresh_soon(self) -> None:
        """Coalesces bursts (five images finishing together) into one query."""
        self._debounce.start()

    def refresh(self) -> None:
        if self._store() is None or self._tasks.closed:
            return
        self._latest.start(self._refresh())

    async def _refresh(self) -> None:
        store = self._store()
        if store is None:
            return
        rows = await store.list_sessions(limit=HISTORY_LIMIT, query=self._query, status=self._status)
        self.month_text = month_text(*await store.spent_since(month_start()))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        self.refreshed.emit()

    def _thumbnail_loaded(self, path: str, size: int) -> None:
        if size != THUMBNAIL_SIZE:
            return
        for number, row in enumerate(self._rows):
            if row.thumbnail is not None and str(row.thumbnail) == path:
                index = self.index(number)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
