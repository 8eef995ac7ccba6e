"""Light and dark palettes (the system's, or the one chosen in Settings), and the one style sheet of the window.

Colours are named by meaning (surface, muted, success, danger...) so widgets only set a
property such as `tone="danger"` and never a colour. `apply_theme` runs at start-up and again
whenever the system switches between light and dark (Qt 6.5+ `colorSchemeChanged`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

BASE_POINT_SIZE = 10.0
SCROLLBAR_WIDTH = 10
"""Thin scroll bars (the style sheet's); the card grid counts on this width."""


@dataclass(frozen=True)
class Tokens:
    window: str
    surface: str
    sunken: str
    border: str
    text: str
    muted: str
    accent: str
    accent_text: str
    success: str
    success_bg: str
    warning: str
    warning_bg: str
    danger: str
    danger_bg: str
    info_bg: str


LIGHT = Tokens(
    window="#f4f5f8",
    surface="#ffffff",
    sunken="#eef0f4",
    border="#dfe3ea",
    text="#1b2130",
    muted="#5f6b7e",
    accent="#4f46e5",
    accent_text="#ffffff",
    success="#157f3b",
    success_bg="#e5f6eb",
    warning="#a35a00",
    warning_bg="#fff3dc",
    danger="#c42b2b",
    danger_bg="#fdeaea",
    info_bg="#eceafd",
)
DARK = Tokens(
    window="#15171c",
    surface="#1e2128",
    sunken="#262a33",
    border="#323743",
    text="#e7e9ee",
    muted="#9ba3b1",
    accent="#8b84ff",
    accent_text="#11131a",
    success="#5fd38a",
    success_bg="#17301f",
    warning="#f3b54a",
    warning_bg="#3a2b12",
    danger="#ff7b7b",
    danger_bg="#3b1a1c",
    info_bg="#25233f",
)


def is_dark(app: QApplication, *, exact: bool = True) -> bool:
    """The system's colour scheme. `exact=False` guesses from the platform palette instead, without
    touching PySide6's `Qt` namespace (about 15 ms of enums): for the first frame only, before
    the application's own palette is set."""
    if not exact:
        return app.palette().color(QPalette.ColorRole.Window).lightness() < 128
    from PySide6.QtCore import Qt

    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def tokens_for(app: QApplication, *, exact: bool = True, choice: str = "system") -> Tokens:
    """The palette of the Settings' theme choice: "light", "dark", or the system's ("system")."""
    if choice in ("light", "dark"):
        return DARK if choice == "dark" else LIGHT
    return DARK if is_dark(app, exact=exact) else LIGHT


def peek_theme(settings_file: Path) -> str:
    """The theme chosen in Settings, for the first frame, which is painted before the settings
    schema (about 80 ms of imports) is loaded: "light" or "dark" as the file says, anything else
    (no file, a bad value) "system". The schema's reading (settings.load_settings) has the last word."""
    try:
        value = json.loads(settings_file.read_text(encoding="utf-8")).get("theme")
    except (OSError, ValueError, AttributeError):
        return "system"
    return value if value in ("light", "dark") else "system"


def _palette(t: Tokens) -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: t.window,
        QPalette.ColorRole.WindowText: t.text,
        QPalette.ColorRole.Base: t.surface,
        QPalette.ColorRole.AlternateBase: t.sunken,
        QPalette.ColorRole.Text: t.text,
        QPalette.ColorRole.Button: t.surface,
        QPalette.ColorRole.ButtonText: t.text,
        QPalette.ColorRole.Highlight: t.accent,
        QPalette.ColorRole.HighlightedText: t.accent_text,
        QPalette.ColorRole.ToolTipBase: t.surface,
        QPalette.ColorRole.ToolTipText: t.text,
        QPalette.ColorRole.PlaceholderText: t.muted,
        QPalette.ColorRole.Link: t.accent,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(t.muted))
    return palette


def style_sheet(t: Tokens) -> str:
    return f"""
QMainWindow, QDialog {{ background: {t.window}; }}
QLabel[role="h1"] {{ font-size: 15pt; font-weight: 600; }}
QLabel[role="h2"] {{ font-size: 11pt; font-weight: 600; }}
QLabel[role="section"] {{ font-size: 9pt; font-weight: 600; color: {t.muted}; padding-top: 8px; }}
QLabel[role="muted"], QLabel[role="counter"] {{ color: {t.muted}; }}
QLabel[role="counter"] {{ font-size: 8.5pt; }}
QLabel[role="counter"][tone="danger"] {{ color: {t.danger}; font-weight: 600; }}
QLabel#testResultLabel[tone="success"] {{ color: {t.success}; }}
QLabel#testResultLabel[tone="danger"] {{ color: {t.danger}; }}
QLabel[role="fieldError"] {{ color: {t.danger}; font-size: 9pt; }}
QLabel#formErrorLabel {{ color: {t.warning}; }}
QFrame[panel="true"] {{ background: {t.surface}; border: 1px solid {t.border}; border-radius: 10px; }}
QFrame[card="true"] {{ background: {t.surface}; border: 1px solid {t.border}; border-radius: 10px; }}
QFrame[card="true"][active="true"] {{ border: 1px solid {t.accent}; }}
QLabel#thumbnailLabel {{ background: {t.sunken}; border-radius: 8px; color: {t.muted}; }}
QLabel#statusLabel {{ border-radius: 9px; padding: 2px 9px; font-size: 8.5pt; font-weight: 600;
    background: {t.sunken}; color: {t.muted}; }}
QLabel#statusLabel[tone="accent"] {{ background: {t.info_bg}; color: {t.accent}; }}
QLabel#statusLabel[tone="warning"] {{ background: {t.warning_bg}; color: {t.warning}; }}
QLabel#statusLabel[tone="success"] {{ background: {t.success_bg}; color: {t.success}; }}
QLabel#statusLabel[tone="danger"] {{ background: {t.danger_bg}; color: {t.danger}; }}
QLabel#countdownLabel {{ color: {t.warning}; font-weight: 600; }}
QLabel#errorLabel {{ color: {t.danger}; }}
QLabel#complianceBadge {{ border-radius: 8px; padding: 1px 7px; font-size: 8pt; font-weight: 600; }}
QLabel#complianceBadge[tone="success"] {{ background: {t.success_bg}; color: {t.success}; }}
QLabel#complianceBadge[tone="warning"] {{ background: {t.warning_bg}; color: {t.warning}; }}
QLabel#exportComplianceWarning {{ background: {t.warning_bg}; color: {t.warning}; border-radius: 6px; padding: 6px; }}
QFrame#sessionBanner {{ border-radius: 10px; border: 1px solid {t.border}; background: {t.surface}; }}
QFrame#sessionBanner[tone="accent"] {{ background: {t.info_bg}; border-color: {t.info_bg}; }}
QFrame#sessionBanner[tone="success"] {{ background: {t.success_bg}; border-color: {t.success_bg}; }}
QFrame#sessionBanner[tone="warning"] {{ background: {t.warning_bg}; border-color: {t.warning_bg}; }}
QFrame#sessionBanner[tone="danger"] {{ background: {t.danger_bg}; border-color: {t.danger_bg}; }}
QLabel#bannerHeadline {{ font-size: 12pt; font-weight: 600; }}
QLabel#bannerHeadline[role="muted"] {{ font-size: 10pt; font-weight: 400; color: {t.muted}; }}

QLineEdit, QPlainTextEdit {{ background: {t.surface}; border: 1px solid {t.border};
    border-radius: 6px; padding: 5px 7px; selection-background-color: {t.accent}; }}
QLineEdit:focus, QPlainTextEdit:focus {{ border: 1px solid {t.accent}; }}
QComboBox, QSpinBox {{ min-height: 22px; }}
QComboBox:focus, QSpinBox:focus {{ border: 1px solid {t.accent}; border-radius: 4px; }}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] {{ border: 1px solid {t.danger}; }}
QLineEdit:read-only, QPlainTextEdit[readOnly="true"] {{ background: {t.sunken}; }}
QPushButton {{ background: {t.surface}; border: 1px solid {t.border}; border-radius: 6px; padding: 6px 12px; }}
QPushButton:hover {{ border-color: {t.accent}; }}
QPushButton:focus {{ border: 1px solid {t.accent}; }}
QPushButton:disabled {{ color: {t.muted}; background: {t.sunken}; }}
QPushButton[primary="true"] {{ background: {t.accent}; color: {t.accent_text}; border: 1px solid {t.accent};
    font-weight: 600; padding: 7px 16px; }}
QPushButton[primary="true"]:disabled {{ background: {t.sunken}; color: {t.muted}; border-color: {t.border}; }}
QToolButton {{ border: none; color: {t.accent}; padding: 3px 4px; }}
QToolButton:hover {{ text-decoration: underline; }}
QToolButton:disabled {{ color: {t.muted}; }}
QToolButton:focus {{ border: 1px solid {t.accent}; border-radius: 4px; }}
QFrame#dropZone {{ border: 1.5px dashed {t.border}; border-radius: 10px; background: {t.sunken}; }}
QLabel#referencePreview {{ background: {t.surface}; border-radius: 8px; color: {t.muted}; }}
QFrame#dropZone[dragging="true"] {{ border-color: {t.accent}; background: {t.info_bg}; }}
QListView#historyList {{ background: transparent; border: 1px solid transparent; outline: none; }}
QListView#historyList:focus {{ border: 1px solid {t.accent}; border-radius: 6px; }}
QCheckBox:focus {{ color: {t.accent}; }}
QPushButton[chip="true"] {{ border-radius: 10px; padding: 2px 9px; font-size: 8.5pt; }}
QPushButton[chip="true"]:checked {{ background: {t.info_bg}; color: {t.accent}; border-color: {t.accent}; }}
QScrollArea {{ border: none; background: transparent; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}
QSplitter::handle {{ background: transparent; }}
QStatusBar {{ color: {t.muted}; }}
QScrollBar:vertical {{ background: transparent; width: {SCROLLBAR_WIDTH}px; margin: 2px 1px; }}
QScrollBar:horizontal {{ background: transparent; height: {SCROLLBAR_WIDTH}px; margin: 1px 2px; }}
QScrollBar::handle {{ background: {t.border}; border-radius: 4px; }}
QScrollBar::handle:vertical {{ min-height: 32px; }}
QScrollBar::handle:horizontal {{ min-width: 32px; }}
QScrollBar::handle:hover, QScrollBar::handle:pressed {{ background: {t.muted}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
"""


def apply_theme(app: QApplication, tokens: Tokens | None = None) -> Tokens:
    """Style, font, palette and style sheet of `tokens` (default: the system's scheme)."""
    tokens = tokens or tokens_for(app)
    app.setStyle("Fusion")
    font = app.font()
    font.setPointSizeF(BASE_POINT_SIZE)
    app.setFont(font)  # not a `QWidget {}` rule: that would route every widget through the style sheet
    app.setPalette(_palette(tokens))
    app.setStyleSheet(style_sheet(tokens))
    return tokens


def set_style_property(widget: QWidget, name: str, value: object) -> None:
    """Sets a property the style sheet matches on and re-polishes (Qt does not do it by itself)."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
