"""What a screen reader needs from the window: a name and a description for every control, and
the cards' status changes spoken as they happen.

Most widgets set their accessible name where they are built (it says more than the visible text:
"Regenerate the Main image", not "Regenerate"). `label_controls` fills in the rest from what a
sighted user reads next to the control, once a window or dialog is built: its form-layout label
or buddy label, its own text, its placeholder, its tooltip. So a control added later without a
name still gets one from its label, and `unnamed_controls` (what the accessibility test walks)
finds the few that have nothing to be named from.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from listing_genie_desktop.ui.i18n import tr

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)
"""What a user can operate; labels, frames and scroll areas are read, not operated."""


def _clean(text: str) -> str:
    """A label's text as spoken: no mnemonic ampersand, no trailing colon or ellipsis, one line."""
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split()).rstrip(":…").strip()


def is_interactive(widget: QWidget) -> bool:
    """A control the user operates (the line edit and list inside a combo or spin box belong to the box,
    a scroll bar to its scroll area, which the keyboard scrolls)."""
    if not isinstance(widget, INTERACTIVE) or isinstance(widget, QScrollBar):
        return False
    parent = widget.parentWidget()
    while parent is not None:  # the popup list sits in a container inside the box
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return False
        parent = parent.parentWidget()
    return True


def _form_labels(root: QWidget) -> dict[QWidget, str]:
    """Each field of a QFormLayout under `root`, with the text of the label in front of it."""
    found: dict[QWidget, str] = {}
    for layout in root.findChildren(QFormLayout):
        for row in range(layout.rowCount()):
            label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None or not isinstance(label.widget(), QLabel):
                continue
            text = _clean(label.widget().text())  # type: ignore[union-attr]
            widgets = [field.widget()] if field.widget() is not None else []
            if field.layout() is not None:
                inner = field.layout()
                widgets = [inner.itemAt(i).widget() for i in range(inner.count()) if inner.itemAt(i).widget()]  # type: ignore[union-attr]
            for widget in widgets:
                found[widget] = text
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text():
            found.setdefault(buddy, _clean(label.text()))
    return found


def _clear_button_of(widget: QWidget) -> QLineEdit | None:
    """The line edit whose built-in clear button `widget` is (a mouse shortcut: Ctrl+A, Delete
    does the same from the keyboard, so it is no Tab stop of its own)."""
    parent = widget.parentWidget()
    return parent if isinstance(widget, QAbstractButton) and isinstance(parent, QLineEdit) else None


def needs_tab_stop(widget: QWidget) -> bool:
    return is_interactive(widget) and _clear_button_of(widget) is None


def _own_text(widget: QWidget) -> str:
    owner = _clear_button_of(widget)
    if owner is not None:
        return tr("Clear {field}").format(field=owner.accessibleName() or _clean(owner.placeholderText())).strip()
    if isinstance(widget, QAbstractButton):
        return _clean(widget.text())
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        return _clean(widget.placeholderText())
    return ""


def label_controls(root: QWidget) -> None:
    """Gives every control under `root` without an accessible name one from its label, and a
    description (its tooltip, else its label) when it has none; makes each keyboard-reachable."""
    labels = _form_labels(root)
    for widget in [root, *root.findChildren(QWidget)]:
        if not is_interactive(widget):
            continue
        label = labels.get(widget, "")
        if not widget.accessibleName():
            name = label or _own_text(widget) or _clean(widget.toolTip())
            if name:
                widget.setAccessibleName(name)
        if not widget.accessibleDescription():
            description = _clean(widget.toolTip()) or label or _own_text(widget)
            if description and description != widget.accessibleName():
                widget.setAccessibleDescription(description)
            elif widget.accessibleName():
                widget.setAccessibleDescription(widget.accessibleName())
        if needs_tab_stop(widget) and widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches every action


def unnamed_controls(root: QWidget) -> list[str]:
    """The controls under `root` that a screen reader could not name (empty once all are)."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if is_interactive(widget) and not (widget.accessibleName().strip() and widget.accessibleDescription().strip()):
            missing.append(f"{type(widget).__name__} {widget.objectName() or '(no objectName)'}")
    return missing


class Announcer(QObject):
    """Speaks short status messages ("Main image: Done") through the platform's screen reader.

    Qt 6.8 added QAccessibleAnnouncementEvent, which assistive technology reads as a polite live
    region would be read; `announced` lets the window (and its tests) see what was said."""

    announced = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.spoken: list[str] = []

    def announce(self, source: QObject, text: str) -> None:
        if not text or (self.spoken and self.spoken[-1] == text):
            return
        self.spoken = [*self.spoken[-49:], text]
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(source, text))
        self.announced.emit(text)
