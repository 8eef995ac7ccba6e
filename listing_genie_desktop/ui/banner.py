"""The session banner: one summary line, the reason and what to do, and the session's actions.

`text()` returns the summary (the contract's `sessionBanner`), e.g. "4 of 5 images ready;
Comparison failed: 503 UNAVAILABLE (server). The model was overloaded...".
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QT_TR_NOOP, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from listing_genie_desktop.backends.registry import backend_entries
from listing_genie_desktop.ui.i18n import tr
from listing_genie_desktop.ui.state import IDLE_BANNER, BannerKind, BannerState
from listing_genie_desktop.ui.theme import set_style_property

TONES = {
    BannerKind.IDLE: "",
    BannerKind.RUNNING: "accent",
    BannerKind.COMPLETE: "success",
    BannerKind.PARTIAL: "warning",
    BannerKind.CANCELLED: "",
    BannerKind.INTERRUPTED: "warning",
    BannerKind.FAILED: "danger",
    BannerKind.ERROR: "danger",
}
TEXT_MIN_WIDTH = 260
"""Narrower than this beside the buttons, the summary goes above them instead."""
IDLE_TEXT = QT_TR_NOOP("Fill in the product and choose a photo, then Generate (Ctrl+Enter).")


class SessionBanner(QFrame):
    retryWith = Signal(str)
    """Retry failed on the backend the user picked from the menu beside the button (its registry name)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionBanner")
        self.state = IDLE_BANNER
        self.headline = QLabel(objectName="bannerHeadline", wordWrap=True)
        self.detail = QLabel(objectName="bannerDetail", wordWrap=True)
        self.advice = QLabel(objectName="bannerAdvice", wordWrap=True)
        for label in (self.headline, self.detail, self.advice):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(tr("Retry failed"), objectName="retryFailedButton")
        self.retry_button.setAccessibleName(tr("Retry the images that did not complete"))
        self.retry_with_button = self._retry_with_menu()
        self.export_button = QPushButton(tr("Export…"), objectName="exportButton")
        self.export_button.setAccessibleName(tr("Export the images with Amazon file names"))
        self.diagnostics_button = QPushButton(tr("Copy diagnostics"), objectName="copyDiagnosticsButton")
        self.diagnostics_button.setAccessibleName(tr("Copy diagnostics to the clipboard"))

        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.headline)
        texts.addWidget(self.detail)
        texts.addWidget(self.advice)
        self._buttons = QHBoxLayout()
        self._buttons.setSpacing(6)
        self._buttons.addStretch(1)  # right-aligned when they wrap under the text
        self._buttons.addWidget(self.diagnostics_button)
        self._buttons.addWidget(self.export_button)
        self._buttons.addWidget(self.retry_button)
        self._buttons.addWidget(self.retry_with_button)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(14, 10, 14, 10)
        self._layout.setSpacing(12)
        self._layout.addLayout(texts, 1)
        self._layout.addLayout(self._buttons)
        self.render(IDLE_BANNER)

    def minimumSizeHint(self) -> QSize:
        """As narrow as its buttons: on a narrow window they go under the text (`resizeEvent`)
        instead of widening the results column past the screen."""
        hint = super().minimumSizeHint()
        margins = self._layout.contentsMargins()
        hint.setWidth(min(hint.width(), self._buttons.minimumSize().width() + margins.left() + margins.right()))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        margins = self._layout.contentsMargins()
        beside = TEXT_MIN_WIDTH + self._layout.spacing() + self._buttons.sizeHint().width()
        wide = event.size().width() - margins.left() - margins.right() >= beside
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)
        super().resizeEvent(event)

    def text(self) -> str:
        return self.state.summary

    def _retry_with_menu(self) -> QToolButton:
        """A session keeps its backend; this lets a user whose Gemini cannot be reached finish with the studio
        (or the other way round) without starting a new session."""
        button = QToolButton(objectName="retryWithButton", text=tr("Retry with…"))
        button.setToolTip(tr("Retry failed with another backend…"))
        button.setAccessibleName(tr("Retry the images that did not complete with another backend"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        for entry in backend_entries():
            action = menu.addAction(tr(entry.label))
            action.setObjectName(f"retryWith_{entry.name}")
            action.triggered.connect(partial(self.retryWith.emit, entry.name))
        button.setMenu(menu)
        return button

    def render(self, state: BannerState, *, can_run: bool = True) -> None:
        self.state = state
        idle = state.kind is BannerKind.IDLE
        self.headline.setText(tr(IDLE_TEXT) if idle else state.headline)
        set_style_property(self.headline, "role", "muted" if idle else "")
        self.detail.setText(state.detail)
        self.detail.setVisible(bool(state.detail))
        self.advice.setText(state.advice)
        self.advice.setVisible(bool(state.advice))
        tone = TONES[state.kind]
        set_style_property(self, "tone", "warning" if state.not_ready and tone in ("success", "") else tone)
        instead = state.model_instead[1] if state.model_instead else None
        self.retry_button.setText(tr("Retry with {model}").format(model=instead) if instead else tr("Retry failed"))
        self.retry_button.setVisible(state.can_retry)
        self.retry_button.setEnabled(state.can_retry and can_run)
        self.retry_with_button.setVisible(state.can_retry and state.other_backend_helps and instead is None)
        self.retry_with_button.setEnabled(state.can_retry and can_run)
        self.export_button.setVisible(state.can_export or state.kind in (BannerKind.PARTIAL, BannerKind.COMPLETE))
        self.export_button.setEnabled(state.can_export)
        self.diagnostics_button.setVisible(state.can_copy_diagnostics)
        self.setAccessibleName(tr("Session summary"))
        # what the banner shows, in the window's language (`text()`, the contract's summary, stays English)
        self.setAccessibleDescription(" ".join(p for p in (self.headline.text(), state.detail, state.advice) if p))
