"""User settings that persist between runs (never the API key: that lives in the keyring)."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields, replace
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


def load_settings(path: Path) -> Settings:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("settings file %s unreadable (%s); using defaults", path, exc)
        return Settings()
    known = {f.name: f.type for f in fields(Settings)}
    try:
        return Settings(**{k: v for k, v in data.items() if k in known}).validated()
    except (TypeError, ValueError):
        return Settings()


def save_settings(path: Path, settings: Settings) -> None:
    atomic_write_text(path, json.dumps(asdict(settings.validated()), indent=2))
