"""The window's panes: history | product form | results (banner and the card grid), and the shell.

Only construction lives here; `MainWindow` wires the widgets to the model. Every pane can shrink:
the form scrolls, the grid reflows its cards, long titles are elided, and the history pane can be
collapsed. That keeps the window's minimum at most 1024 x 640 logical pixels, so Generate and
Settings stay on a 1366 x 768 or a 1280 x 720 (a 1080p laptop at 150 %) screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from listing_genie_desktop.ui.i18n import tr

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from PySide6.QtGui import QResizeEvent
    from PySide6.QtWidgets import QPushButton

    from listing_genie_desktop.core.product import ImageType
    from listing_genie_desktop.ui.banner import SessionBanner
    from listing_genie_desktop.ui.card_grid import CardGrid
    from listing_genie_desktop.ui.form import ProductForm
    from listing_genie_desktop.ui.history_panel import HistoryPanel
    from listing_genie_desktop.ui.image_card import ImageCard
    from listing_genie_desktop.ui.images import ThumbnailCache
    from listing_genie_desktop.ui.session_model import SessionModel
    from listing_genie_desktop.ui.theme import Tokens

SHELL_SIZES = (232, 392, 816)
"""Widths of the three columns, in the shell and in the splitter that replaces it."""
HISTORY_MIN_WIDTH = 190
"""At least this, and never less than its heading and New session button need."""
PRODUCT_MIN_WIDTH = 310
RESULTS_MIN_WIDTH = 250
"""One card (its minimum, 200) with the column's margins and the grid's scroll bar."""
MARGINS = {"history": (14, 14, 8, 14), "product": (4, 14, 4, 14), "results": (8, 14, 10, 14)}


def heading(text: str, role: str = "h1") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", role)
    return label


class ElidedLabel(QLabel):
    """A one-line label that never widens its pane: a long text ends in "…" (the whole text is
    its tooltip and accessible name), and `text()` still returns all of it."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setMinimumWidth(1)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def text(self) -> str:  # type: ignore[override]
        return self._full

    def minimumSizeHint(self):  # type: ignore[no-untyped-def]
        hint = super().minimumSizeHint()
        hint.setWidth(1)
        return hint

    def sizeHint(self):  # type: ignore[no-untyped-def]
        hint = super().sizeHint()
        hint.setWidth(min(hint.width(), self.fontMetrics().horizontalAdvance(self._full) + 4))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        from PySide6.QtCore import Qt

        super().setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(1, self.width())))


def _column(margins: tuple[int, int, int, int]) -> tuple[QWidget, QVBoxLayout]:
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(*margins)
    return column, layout


def _panel(parent_layout: QVBoxLayout) -> QVBoxLayout:
    """The framed panel of the product column, filling `parent_layout`."""
    panel = QFrame()
    panel.setProperty("panel", True)
    panel.setMinimumWidth(PRODUCT_MIN_WIDTH)
    inner = QVBoxLayout(panel)
    inner.setContentsMargins(16, 14, 8, 14)
    inner.setSpacing(8)
    parent_layout.addWidget(panel, 1)
    return inner


def _splitter(columns: tuple[QWidget, QWidget, QWidget], name: str = "") -> QSplitter:
    """Three columns; the history may be collapsed by dragging its edge, the others not."""
    splitter = QSplitter(objectName=name) if name else QSplitter()  # horizontal by default (no Qt enum)
    for column in columns:
        splitter.addWidget(column)
    splitter.setChildrenCollapsible(False)
    splitter.setCollapsible(0, True)
    splitter.setStretchFactor(2, 1)
    splitter.setSizes(list(SHELL_SIZES))
    return splitter


def build_shell() -> QSplitter:
    """The first frame: the final columns, margins and headings, nothing to wait for."""
    history, history_layout = _column(MARGINS["history"])
    history_layout.addWidget(heading(tr("History")))
    opening = QLabel(tr("Opening…"))
    opening.setProperty("role", "muted")
    history_layout.addWidget(opening)
    history_layout.addStretch(1)
    product, product_layout = _column(MARGINS["product"])
    inner = _panel(product_layout)
    inner.addWidget(heading(tr("New listing")))
    inner.addStretch(1)
    results, results_layout = _column(MARGINS["results"])
    results_layout.addWidget(heading(tr("Listing images")))
    results_layout.addStretch(1)
    return _splitter((history, product, results), "shell")


@dataclass
class Panes:
    """The widgets `MainWindow` binds to the model."""

    splitter: QSplitter
    history_panel: HistoryPanel
    form: ProductForm
    form_heading: QLabel
    form_error: QLabel
    generate_button: QPushButton
    cancel_button: QPushButton
    duplicate_button: QPushButton
    results_heading: ElidedLabel
    delete_button: QPushButton
    settings_button: QPushButton
    banner: SessionBanner
    cards: dict[ImageType, ImageCard]
    card_grid: CardGrid


def _button(text: str, name: str, accessible: str, *, primary: bool = False) -> QPushButton:
    from PySide6.QtWidgets import QPushButton

    button = QPushButton(text, objectName=name)
    button.setAccessibleName(accessible)
    if primary:
        button.setProperty("primary", True)
    return button


def cards_for(
    cards: dict[ImageType, ImageCard],
    types: Sequence[ImageType],
    thumbnails: ThumbnailCache,
    wire: Callable[[ImageCard], None],
) -> list[ImageCard]:
    """The cards of `types`, in order: a session made by another version may have fewer types, or one the
    window has no card for yet (made now into `cards`, named for screen readers and `wire`d)."""
    from listing_genie_desktop.ui.accessibility import label_controls
    from listing_genie_desktop.ui.image_card import ImageCard

    for image_type in types:
        if image_type not in cards:
            card = cards[image_type] = ImageCard(image_type, thumbnails)
            wire(card)
            label_controls(card)
    return [cards[t] for t in types]


def build_panes(model: SessionModel, tokens: Tokens) -> Panes:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QScrollArea

    from listing_genie_desktop.core.image_types import registered
    from listing_genie_desktop.ui.banner import SessionBanner
    from listing_genie_desktop.ui.card_grid import CardGrid
    from listing_genie_desktop.ui.form import ProductForm
    from listing_genie_desktop.ui.history_panel import HistoryPanel
    from listing_genie_desktop.ui.image_card import CARD_MIN_WIDTH, ImageCard

    history_panel = HistoryPanel(model.history, tokens)
    history_panel.setMinimumWidth(max(HISTORY_MIN_WIDTH, history_panel.minimumSizeHint().width()))

    form = ProductForm(model.tasks)
    form_scroll = QScrollArea(widgetResizable=True)
    form_scroll.setFrameShape(QFrame.Shape.NoFrame)
    form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop of its own: its fields are
    form_holder = QWidget()
    holder_layout = QVBoxLayout(form_holder)
    holder_layout.setContentsMargins(2, 0, 10, 0)
    holder_layout.addWidget(form)
    holder_layout.addStretch(1)
    form_scroll.setWidget(form_holder)
    form_error = QLabel(objectName="formErrorLabel", wordWrap=True)
    form_error.setAccessibleName(tr("Form problem"))
    generate = _button(tr("Generate"), "generateButton", tr("Generate the five listing images"), primary=True)
    generate.setToolTip(tr("Generate the five images (Ctrl+Enter)"))
    cancel = _button(tr("Cancel"), "cancelButton", tr("Cancel the generation, keeping finished images"))
    duplicate = _button(tr("Duplicate as new"), "duplicateButton", tr("Copy this session into a new, editable form"))
    buttons = QHBoxLayout()
    buttons.addStretch(1)
    for widget in (duplicate, cancel, generate):
        buttons.addWidget(widget)
    product, product_layout = _column(MARGINS["product"])
    inner = _panel(product_layout)
    form_heading = heading(tr("New listing"))
    inner.addWidget(form_heading)
    inner.addWidget(form_scroll, 1)
    inner.addWidget(form_error)
    inner.addLayout(buttons)

    results_heading = ElidedLabel(tr("Listing images"))
    results_heading.setProperty("role", "h1")
    results_heading.setObjectName("resultsHeading")
    delete = _button(tr("Delete…"), "deleteSessionButton", tr("Delete this session and its files"))
    settings = _button(tr("Settings"), "settingsButton", tr("Open settings"))
    top = QHBoxLayout()
    top.addWidget(results_heading, 1)
    top.addWidget(delete)
    top.addWidget(settings)
    banner = SessionBanner()
    cards = {t: ImageCard(t, model.thumbnails) for t in registered()}  # more come for a session that has more
    card_grid = CardGrid(list(cards.values()), CARD_MIN_WIDTH)
    results, results_layout = _column(MARGINS["results"])
    results.setMinimumWidth(RESULTS_MIN_WIDTH)
    results_layout.setSpacing(10)
    results_layout.addLayout(top)
    results_layout.addWidget(banner)
    results_layout.addWidget(card_grid, 1)

    return Panes(
        _splitter((history_panel, product, results)),
        history_panel,
        form,
        form_heading,
        form_error,
        generate,
        cancel,
        duplicate,
        results_heading,
        delete,
        settings,
        banner,
        cards,
        card_grid,
    )
