"""The interface's language: Qt's translation system, one context for the whole window.

Every user-visible string of the window is written `tr("English text")`; pyside6-lupdate extracts
each call (a bare `tr(` lands in the context "", which is the one `tr` here looks up) into
resources/i18n/listing_genie_<lang>.ts, and the build compiles those into .qm files with
pyside6-lrelease (see `make translations`). Placeholders are `{name}` filled by `.format()` after
translation, so a translator may move them; counts use Qt's `%n` plural forms.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str, n: int = -1) -> str:
    """`text` in the interface's language (itself when there is no translation for it)."""
    return QCoreApplication.translate("", text, None, n)
