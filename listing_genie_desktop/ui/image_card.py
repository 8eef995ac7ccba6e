"""One card per listing image: status, attempt, retry countdown, last error, thumbnail, its texts, actions.

The card renders an `ImageState` and nothing else. The countdown is the only thing it computes:
it ticks down from the state's deadline with a QTimer that runs only while the card is retrying.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QT_TR_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from listing_genie_desktop.core.image_types import REGISTRY
from listing_genie_desktop.core.product import ImageType
from listing_genie_desktop.ui.i18n import tr
from listing_genie_desktop.ui.images import ThumbnailCache
from listing_genie_desktop.ui.messages import translated
from listing_genie_desktop.ui.state import CardStatus, ImageState
from listing_genie_desktop.ui.text_editing import key_label
from listing_genie_desktop.ui.theme import set_style_property

THUMB_SIZE = 176
"""The thumbnail's side until the grid gives the card its width (`set_thumbnail_size`)."""
THUMB_MIN, THUMB_MAX, THUMB_STEP = 120, 480, 16
"""The grid sizes thumbnails to the card, in steps (each size is one decode per image)."""
CARD_MIN_WIDTH = 200
TICK_MS = 200
READY_TOOLTIP = QT_TR_NOOP(
    "Amazon-ready: pure-white background, the product filling about 85% of the frame, a clean cut-out "
    "(no background or shadow left in it, no holes or specks, a smooth outline, the whole product in frame) "
    "and enough real resolution for Amazon's zoom."
)
STATUS_TONES = {
    CardStatus.WAITING: "",
    CardStatus.GENERATING: "accent",
    CardStatus.RETRYING: "warning",
    CardStatus.COMPLETE: "success",
    CardStatus.FAILED: "danger",
    CardStatus.CANCELLED: "",
    CardStatus.INTERRUPTED: "warning",
}
DESCRIPTIONS = (
    QT_TR_NOOP("Product alone on pure white"),
    QT_TR_NOOP("Key features, called out"),
    QT_TR_NOOP("Benefits and details"),
    QT_TR_NOOP("The product in use"),
    QT_TR_NOOP("Why this one"),
)
"""The five types' card lines (their registry entries' descriptions), marked here for lupdate."""


clock: Callable[[], float] = time.monotonic
"""The countdown's time source: the process's monotonic clock, which retry deadlines are in (tests step it)."""


def elapsed_text(started: float | None, now: float) -> str:
    """ "Generating… 42 s": a slow attempt (up to the attempt timeout, 180 s) shows that it is alive."""
    if started is None:
        return tr("Generating…")
    return tr("Generating… {seconds} s").format(seconds=max(0, int(now - started)))


def countdown_text(deadline: float | None, now: float) -> str:
    if deadline is None:
        return ""
    remaining = deadline - now
    return tr("Retrying in {seconds} s").format(seconds=math.ceil(remaining)) if remaining > 0 else tr("Retrying now…")


class ThumbnailLabel(QLabel):
    """The image preview; a click (or Enter when focused) opens the full-size file."""

    activated = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.pixmap() and not self.pixmap().isNull():
            self.activated.emit()
        super().mouseReleaseEvent(event)


class ImageCard(QFrame):
    regenerateRequested = Signal(object)
    editTextsRequested = Signal(object)
    openRequested = Signal(str)
    revealRequested = Signal(str)

    def __init__(self, image_type: ImageType, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image_type = image_type
        self.state = ImageState(image_type)
        self._thumbnails = thumbnails
        self._actions_enabled = False
        self._thumb_size = THUMB_SIZE
        self._shown_path: str | None = None
        self._attempt_started: tuple[int, float] | None = None
        """(attempt, the card clock's time it was first shown generating): what the elapsed time counts from."""
        self.setObjectName(f"imageCard_{image_type.value}")
        self.setProperty("card", True)
        self.setAccessibleName(tr("{image} image").format(image=tr(image_type.label)))
        self.setMinimumWidth(CARD_MIN_WIDTH)

        title = QLabel(tr(image_type.label))
        title.setProperty("role", "h2")
        self.status_label = QLabel(objectName="statusLabel")
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.status_label)

        spec = REGISTRY.get(image_type)  # a type of another version has no entry: no line about it
        subtitle = QLabel(tr(spec.description) if spec else "")
        subtitle.setProperty("role", "muted")

        self.thumbnail_label = ThumbnailLabel(objectName="thumbnailLabel")
        self.thumbnail_label.setFixedSize(THUMB_SIZE, THUMB_SIZE)
        self.thumbnail_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail_label.setAccessibleName(tr("{image} preview").format(image=tr(image_type.label)))
        self.thumbnail_label.activated.connect(self._open)

        self.compliance_badge = QLabel(objectName="complianceBadge")
        self.compliance_badge.hide()
        self.attempt_label = QLabel(objectName="attemptLabel")
        self.attempt_label.setProperty("role", "muted")
        self.countdown_label = QLabel(objectName="countdownLabel")
        meta = QHBoxLayout()
        meta.setSpacing(8)
        meta.addWidget(self.attempt_label)
        meta.addWidget(self.countdown_label)
        meta.addStretch(1)
        meta.addWidget(self.compliance_badge)

        self.error_label = QLabel(objectName="errorLabel", wordWrap=True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_button = QToolButton(objectName="detailsButton", text=tr("Show details"), checkable=True)
        self.details_button.setAccessibleName(
            tr("Technical details of the {image} image").format(image=tr(image_type.label))
        )
        self.details_button.toggled.connect(self._toggle_details)
        self.details_label = QLabel(objectName="detailsLabel", wordWrap=True)
        self.details_label.setProperty("role", "muted")
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label.hide()

        self.texts_label = QLabel(objectName="textsLabel", wordWrap=True)
        self.texts_label.setProperty("role", "muted")
        self.texts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_texts_button = QToolButton(objectName="editTextsButton", text=tr("Edit texts"))
        self.edit_texts_button.setToolTip(tr("Change the words on this image; it is drawn again, no new generation"))
        self.edit_texts_button.setAccessibleName(
            tr("Edit the texts of the {image} image").format(image=tr(image_type.label))
        )
        self.edit_texts_button.clicked.connect(lambda: self.editTextsRequested.emit(self.image_type))

        self.regenerate_button = QPushButton(tr("Regenerate"), objectName="regenerateButton")
        self.regenerate_button.setAccessibleName(tr("Regenerate the {image} image").format(image=tr(image_type.label)))
        self.regenerate_button.clicked.connect(self._regenerate)
        self.open_button = QToolButton(objectName="openButton", text=tr("View"))
        self.open_button.setToolTip(tr("View the full-size image, its versions and the reference photo"))
        self.open_button.setAccessibleName(tr("Open the {image} image full size").format(image=tr(image_type.label)))
        self.open_button.clicked.connect(self._open)
        self.reveal_button = QToolButton(objectName="revealButton", text=tr("Folder"))
        self.reveal_button.setToolTip(tr("Show the file in its folder"))
        self.reveal_button.setAccessibleName(
            tr("Show the {image} image in its folder").format(image=tr(image_type.label))
        )
        self.reveal_button.clicked.connect(self._reveal)
        for button in (self.open_button, self.reveal_button, self.edit_texts_button, self.regenerate_button):
            # never narrower than its label ("Texte bearbeiten", "Neu erzeugen"): the grid gives the card
            # fewer, wider columns instead (content_min_width counts the row)
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        actions = QHBoxLayout()
        actions.setSpacing(2)
        actions.addWidget(self.open_button)
        actions.addWidget(self.reveal_button)
        actions.addWidget(self.edit_texts_button)
        actions.addStretch(1)
        actions.addWidget(self.regenerate_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(11, 10, 11, 11)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(subtitle)
        layout.addWidget(self.thumbnail_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(meta)
        layout.addWidget(self.error_label)
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details_label)
        layout.addWidget(self.texts_label)
        layout.addStretch(1)
        layout.addLayout(actions)

        self._ticker = QTimer(self, interval=TICK_MS)
        self._ticker.timeout.connect(self._tick)
        thumbnails.loaded.connect(self._thumbnail_loaded)
        self.render(self.state)

    # --- rendering --------------------------------------------------------------------------

    def render(self, state: ImageState) -> None:
        self.state = state
        self.status_label.setText(state.status.label)
        set_style_property(self.status_label, "tone", STATUS_TONES[state.status])
        set_style_property(self, "active", state.status.is_active)
        self.attempt_label.setText(state.attempt_text)
        self._render_countdown()
        error = state.plain_error
        self.error_label.setText(error)
        self.error_label.setVisible(bool(error))
        self.details_label.setText(state.detail)
        self.details_button.setVisible(bool(state.detail))
        self.details_label.setVisible(bool(state.detail) and self.details_button.isChecked())
        self.thumbnail_label.setToolTip(state.detail or "")
        self.error_label.setToolTip(state.detail)
        self._render_compliance()
        self._render_texts()
        self._render_thumbnail()
        self._render_actions()
        self.setAccessibleDescription(", ".join(p for p in (state.status.label, state.attempt_text, error) if p))

    def _render_countdown(self) -> None:
        retrying = self.state.status is CardStatus.RETRYING and self.state.retry_deadline is not None
        generating = self.state.status is CardStatus.GENERATING
        if generating and (self._attempt_started is None or self._attempt_started[0] != self.state.attempt):
            self._attempt_started = (self.state.attempt, clock())
        elif not generating:
            self._attempt_started = None
        if (retrying or generating) and not self._ticker.isActive():
            self._ticker.start()
        elif not (retrying or generating):
            self._ticker.stop()
        self._tick()

    def _tick(self) -> None:
        deadline = self.state.retry_deadline if self.state.status is CardStatus.RETRYING else None
        now = clock()
        text = countdown_text(deadline, now)
        self.countdown_label.setText(text)
        self.countdown_label.setVisible(bool(text))
        if self._attempt_started is not None and self.thumbnail_label.pixmap().isNull():
            self.thumbnail_label.setText(elapsed_text(self._attempt_started[1], now))
        if deadline is not None and deadline <= now:
            self._ticker.stop()

    def _render_compliance(self) -> None:
        show = self.image_type is ImageType.MAIN and self.state.status is CardStatus.COMPLETE
        self.compliance_badge.setVisible(show and self.state.compliant is not None)
        if not show or self.state.compliant is None:
            return
        ok = bool(self.state.compliant)
        self.compliance_badge.setText(tr("Amazon-ready") if ok else tr("Not Amazon-ready"))
        set_style_property(self.compliance_badge, "tone", "success" if ok else "warning")
        issues = "\n".join(f"• {translated(issue)}" for issue in self.state.compliance_issues)
        self.compliance_badge.setToolTip(tr(READY_TOOLTIP) if ok else (tr("Not Amazon-ready:") + f"\n{issues}").strip())
        self.compliance_badge.setAccessibleName(
            tr("Amazon-ready: meets Amazon's main-image rules") if ok else tr("Not Amazon-ready")
        )
        self.compliance_badge.setAccessibleDescription("" if ok else issues)

    def _render_texts(self) -> None:
        shown = self.state.status is CardStatus.COMPLETE and bool(self.state.texts)
        self.texts_label.setVisible(shown)
        self.texts_label.setText(" · ".join(text for _key, text in self.state.texts) if shown else "")
        named = "\n".join(f"{key_label(key)}: {text}" for key, text in self.state.texts)  # "Headline: ...", translated
        self.texts_label.setToolTip(named if shown else "")

    @property
    def thumbnail_size(self) -> int:
        return self._thumb_size

    def content_min_width(self) -> int:
        """The narrowest the card can be around a thumbnail of any size: its text and buttons (a
        larger system font widens them). The thumbnail's own size must not count, or a card once
        sized for a wide window would never let the grid go back to more, narrower columns."""
        layout = self.layout()
        margins = layout.contentsMargins()
        items = (layout.itemAt(i) for i in range(layout.count()))
        widest = max(item.minimumSize().width() for item in items if item.widget() is not self.thumbnail_label)
        return max(CARD_MIN_WIDTH, widest + margins.left() + margins.right())

    def set_thumbnail_size(self, side: int) -> None:
        """The thumbnail's side in pixels, chosen by the grid from the card's width."""
        side = max(THUMB_MIN, min(THUMB_MAX, side - side % THUMB_STEP))
        if side == self._thumb_size:
            return
        self._thumb_size = side
        self.thumbnail_label.setFixedSize(side, side)
        self._render_thumbnail()

    def _render_thumbnail(self) -> None:
        path = self.state.path if self.state.status is CardStatus.COMPLETE else None
        if path is None:
            self._shown_path = None
            self.thumbnail_label.clear()
            started = self._attempt_started[1] if self._attempt_started else None
            placeholder = {
                CardStatus.GENERATING: elapsed_text(started, clock()),
                CardStatus.RETRYING: tr("Waiting to retry…"),
            }
            self.thumbnail_label.setText(placeholder.get(self.state.status, tr("No image yet")))
            return
        side = self._thumb_size
        pixmap = self._thumbnails.get(path, side)
        shown = self.thumbnail_label.pixmap()
        if pixmap is not None:
            self.thumbnail_label.setPixmap(pixmap)
        elif self._thumbnails.is_unreadable(path, side):
            self.thumbnail_label.setText(tr("Image file missing"))
        elif self._shown_path == path and not shown.isNull():  # resized: the old one, scaled, until decoded
            self.thumbnail_label.setPixmap(shown.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio))
        else:
            self.thumbnail_label.setText(tr("Loading…"))
        self._shown_path = path

    def _thumbnail_loaded(self, path: str, size: int) -> None:
        if size == self._thumb_size and path == self.state.path:
            self._render_thumbnail()

    def set_actions_enabled(self, enabled: bool) -> None:
        """Whether a run may start now (no other run in progress, a session on display)."""
        self._actions_enabled = enabled
        self._render_actions()

    def _render_actions(self) -> None:
        status = self.state.status
        has_file = status is CardStatus.COMPLETE and bool(self.state.path)
        self.open_button.setVisible(has_file)
        self.reveal_button.setVisible(has_file)
        self.edit_texts_button.setVisible(has_file and bool(self.state.texts))
        self.edit_texts_button.setEnabled(self._actions_enabled)
        self.regenerate_button.setVisible(not status.is_active and status is not CardStatus.WAITING)
        self.regenerate_button.setEnabled(
            self._actions_enabled and not status.is_active and status is not CardStatus.WAITING
        )
        self.regenerate_button.setText(tr("Regenerate") if status is CardStatus.COMPLETE else "Retry")

    def _toggle_details(self, shown: bool) -> None:
        self.details_button.setText(tr("Hide details") if shown else "Show details")
        self.details_label.setVisible(shown and bool(self.state.detail))

    def _regenerate(self) -> None:
        self.regenerateRequested.emit(self.image_type)

    def _reveal(self) -> None:
        if self.state.path and self.state.status is CardStatus.COMPLETE:
            self.revealRequested.emit(self.state.path)

    def _open(self) -> None:
        if self.state.path and self.state.status is CardStatus.COMPLETE:
            self.openRequested.emit(self.state.path)
