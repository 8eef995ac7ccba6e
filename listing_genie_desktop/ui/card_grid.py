"""The image cards of the session on display in as many columns as suit the width, each card and its thumbnail as large
as its column: one column on a narrow window, three of large previews on a wide one.

The column count follows the scroll area's viewport, not the grid itself: a grid sized by its
own columns could never shrink to fewer of them. Thumbnails are sized from the column width and
the viewport's height (a row of cards fits on screen), so a 1600 px window shows large previews
instead of the fixed 176 px of before.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QScrollArea, QWidget

from listing_genie_desktop.ui.image_card import ImageCard
from listing_genie_desktop.ui.theme import SCROLLBAR_WIDTH

SPACING = 12
IDEAL_CARD_WIDTH = 320
"""Columns are chosen so cards come close to this width (never below the cards' minimum)."""
CARD_CHROME = (22, 190)
"""A card's width and height around its thumbnail: margins, title, status, actions."""


class CardGrid(QScrollArea):
    def __init__(self, cards: list[ImageCard], card_width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the cards' buttons (the grid scrolls to them)
        self._cards = cards
        self._card_width = card_width
        self._columns = 0
        holder = QWidget()
        self._grid = QGridLayout(holder)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(SPACING)
        self.setWidget(holder)
        self.arrange(3)
        for card in cards:
            card.installEventFilter(self)

    @property
    def cards(self) -> list[ImageCard]:
        return list(self._cards)

    def set_cards(self, cards: list[ImageCard]) -> None:
        """Shows exactly `cards`, in order (a session's own images: one of another version may have other
        types); the cards no longer shown are hidden, kept for a later session that has them."""
        if cards == self._cards:
            return
        for card in self._cards:
            self._grid.removeWidget(card)
            if card not in cards:
                card.hide()
        for card in cards:
            if card not in self._cards:
                card.installEventFilter(self)
            card.show()
        self._cards = list(cards)
        self._columns = 0
        self._reflow(self.size())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A card whose content changed (a finished image shows Edit texts; a German label is wider) may no
        longer fit its column: the columns are chosen again, as on a resize, instead of the card being cut."""
        if event.type() == QEvent.Type.LayoutRequest and watched in self._cards:
            self._reflow(self.size())
        return False

    @property
    def columns(self) -> int:
        return self._columns

    def columns_for(self, width: int) -> int:
        """As many columns as fit at the cards' minimum width, but no more than bring them
        near `IDEAL_CARD_WIDTH`: wide windows get larger cards, not a row of five small ones."""
        # The cards' own minimum too (without their thumbnails, which follow the column): a larger
        # system font must not squeeze three columns in.
        card = max(self._card_width, *(c.content_min_width() for c in self._cards))
        fitting = (width + SPACING) // (card + SPACING)
        ideal = round((width + SPACING) / (IDEAL_CARD_WIDTH + SPACING))
        return max(1, min(len(self._cards), fitting, ideal))

    def thumbnail_side(self, width: int, height: int, columns: int) -> int:
        """The thumbnail that fills a column's card, and lets one row of cards fit the viewport's height."""
        column = (width - SPACING * (columns - 1)) // columns
        return min(column - CARD_CHROME[0], height - CARD_CHROME[1])

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
        self._reflow(event.size())
        super().resizeEvent(event)

    def _reflow(self, size: QSize) -> None:
        # The style sheet's width (theme.SCROLLBAR_WIDTH): the bar may not be polished yet.
        width = size.width() - SCROLLBAR_WIDTH
        columns = self.columns_for(width)
        side = self.thumbnail_side(width, size.height(), columns)
        for card in self._cards:
            card.set_thumbnail_size(side)
        self.arrange(columns)
