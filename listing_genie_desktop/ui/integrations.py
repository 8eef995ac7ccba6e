"""Features that arrive from other parts of the project, looked up without importing them at start-up.

`imaging.export.export_images` (Amazon file names, JPEG/PNG, zip) and the Gemini backend's
connection test are developed on other branches. The window asks here whether they exist:
when one is missing its button is disabled with a tooltip saying why, instead of failing on click.
Finding a module is cheap (`find_spec`); importing `google.genai` is not, so nothing here imports
a backend until the user asks for it.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from typing import Any

EXPORT_MODULE = "listing_genie_desktop.imaging.export"
GEMINI_MODULE = "listing_genie_desktop.backends.gemini"
CONNECTION_TEST_NAMES = ("test_connection", "check_connection")

EXPORT_MISSING = "Export arrives with the export module (imaging/export.py); not in this build yet."
CONNECTION_TEST_MISSING = "The Gemini backend in this build offers no connection test yet."


def _module_exists(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def export_available() -> bool:
    return _module_exists(EXPORT_MODULE)


def exporter() -> Callable[..., Any] | None:
    """`export_images` when the export module is installed, else None."""
    if not export_available():
        return None
    return getattr(importlib.import_module(EXPORT_MODULE), "export_images", None)


def connection_test_available() -> bool:
    return _module_exists(GEMINI_MODULE)


def connection_tester() -> Callable[..., Any] | None:
    """The Gemini backend's connection test (imports google.genai: call only on user request)."""
    if not connection_test_available():
        return None
    module = importlib.import_module(GEMINI_MODULE)
    for name in CONNECTION_TEST_NAMES:
        test = getattr(module, name, None)
        if callable(test):
            return test
    return None
