"""The five image cards in as many columns as fit: three on a wide window, one on a narrow one.

The column count follows the scroll area's viewport, not the grid itself: a grid sized by its
own columns could never shrink to fewer of them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QScrollArea, QWidget

from listing_genie_desktop.ui.theme import SCROLLBAR_WIDTH

SPACING = 12


class CardGrid(QScrollArea):
    def __init__(self, cards: list[QWidget], card_width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._cards = cards
        self._card_width = card_width
        self._columns = 0
        holder = QWidget()
        self._grid = QGridLayout(holder)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(SPACING)
        self.setWidget(holder)
        self.arrange(3)

    @property
    def columns(self) -> int:
        return self._columns

    def columns_for(self, width: int) -> int:
        # The cards' own minimum too: a larger system font must not squeeze three columns in.
        card = max(self._card_width, *(c.minimumSizeHint().width() for c in self._cards))
        return max(1, min(len(self._cards), (width + SPACING) // (card + SPACING)))

    def arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for card in self._cards:
            self._grid.removeWidget(card)
        for number, card in enumerate(self._cards):
            self._grid.addWidget(card, number // columns, number % columns)
        rows = (len(self._cards) + columns - 1) // columns
        for index in range(len(self._cards) + 1):
            self._grid.setColumnStretch(index, 1 if index < columns else 0)
            self._grid.setRowStretch(index, 1 if index == rows else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The style sheet's width (theme.SCROLLBAR_WIDTH): the bar may not be polished yet.
        self.arrange(self.columns_for(event.size().width() - SCROLLBAR_WIDTH))
        super().resizeEvent(event)
