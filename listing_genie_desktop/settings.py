"""User settings that persist between runs (never the API key: that lives in the keyring)."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields, replace
from datetime import datetime
from pathlib import Path

from listing_genie_desktop.storage.files import atomic_write_text

DEFAULT_MODEL = "gemini-2.5-flash-image"
BACKENDS = ("auto", "studio", "gemini")
EXPORT_FORMATS = ("jpeg", "png")

log = logging.getLogger("listing_genie.settings")


@dataclass(frozen=True)
class Settings:
    backend: str = "auto"
    model: str = DEFAULT_MODEL
    concurrency: int = 2
    max_retries: int = 3
    attempt_timeout_s: float = 180.0
    text_overlay: bool = True
    export_format: str = "jpeg"

    def validated(self) -> Settings:
        """Out-of-range values (a hand-edited file) fall back to defaults instead of failing later."""
        defaults = Settings()
        fixes = {}
        if self.backend not in BACKENDS:
            fixes["backend"] = defaults.backend
        if not 1 <= int(self.concurrency) <= 5:
            fixes["concurrency"] = defaults.concurrency
        if not 0 <= int(self.max_retries) <= 5:
            fixes["max_retries"] = defaults.max_retries
        if not 1 <= float(self.attempt_timeout_s) <= 3600:
            fixes["attempt_timeout_s"] = defaults.attempt_timeout_s
        if self.export_format not in EXPORT_FORMATS:
            fixes["export_format"] = defaults.export_format
        if not str(self.model).strip():
            fixes["model"] = defaults.model
        return replace(self, **fixes) if fixes else self


def load_settings(path: Path, on_problem: Callable[[str], None] = lambda message: None) -> Settings:
    """Never fails: the window must open whatever the file holds. A file that cannot be used as a whole
    (not JSON, not an object, values of the wrong type) is moved aside, not overwritten by the next save,
    and `on_problem` is told once, with where it was kept."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError(f"expected an object, found {type(data).__name__}")
        known = {f.name for f in fields(Settings)}
        return Settings(**{k: v for k, v in data.items() if k in known}).validated()
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError, TypeError, OverflowError) as exc:
        log.warning("settings file %s unusable (%s); using defaults", path, exc)
        kept = path.with_name(f"{path.name}.bad-{datetime.now():%Y%m%d-%H%M%S}")
        try:
            path.replace(kept)
        except OSError:
            on_problem(f"The settings file {path} could not be read; the default settings are used.")
        else:
            on_problem(f"The settings file could not be read; it was kept as {kept} and the default settings are used.")
        return Settings()


def save_settings(path: Path, settings: Settings) -> None:
    atomic_write_text(path, json.dumps(asdict(settings.validated()), indent=2))
