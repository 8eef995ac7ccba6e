"""Sentences made below the window that the window shows translated, core without Qt.

The layers under `ui` (validation, the engine, backends, imaging, storage) speak English: the CLI, the
session JSON and the history keep it (the contract's `error` strings are English). A sentence the window
also shows is a module-level template marked `QT_TR_NOOP("... {name} ...")` and filled with
`.format(name=...)`; pyside6-lupdate extracts the marked literals from every module that holds them
(`make extract-strings`), and `ui/messages.py` turns an English sentence back into its template and
arguments (any sentence of a run, a stored session or the catalogue database) and shows
`tr(template).format(...)`. Templates are module-level so that importing their module registers them.
"""

from __future__ import annotations

TEMPLATES: list[str] = []
"""Every marked template, in the order the modules holding them were imported."""


def QT_TR_NOOP(template: str) -> str:  # the name pyside6-lupdate extracts
    """Marks `template` for translation (lupdate reads the literal) and registers it; returns it unchanged."""
    TEMPLATES.append(template)
    return template
