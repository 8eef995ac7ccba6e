"""The settings schema: every tunable declared once (name, type, default, range, help), and what derives
from it: the settings file, the Settings dialog's bounds, the CLI's tuning flags, the options a run
stores with its session and reuses when it is retried.

Never the API key: that lives in the keyring.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Callable, Mapping
from dataclasses import MISSING, asdict, dataclass, field, fields, replace
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any, get_origin, get_type_hints

from listing_genie_desktop.backends.model_catalogue import SIZES
from listing_genie_desktop.backends.registry import AUTO, backend_names
from listing_genie_desktop.core import language
from listing_genie_desktop.storage.files import atomic_write_text

log = logging.getLogger("listing_genie.settings")
EXPORT_FORMATS = ("jpeg", "png")
THEMES = ("system", "light", "dark")
UI_LANGUAGES = language.INTERFACE_LANGUAGES


@dataclass(frozen=True)
class Tunable:
    label: str
    help: str
    flag: str | None = None
    """The CLI flag of `generate` and `retry`; a bool's flag turns it off (`--no-text-overlay`)."""
    low: float | None = None
    high: float | None = None
    choices: Callable[[], tuple[str, ...]] | None = None
    """A function, since backends can be registered after this module is imported."""
    per_run: bool = True
    """Part of a run's options: stored with the session and reused by its retries."""


def _tunable(default: Any, **meta: Any) -> Any:
    metadata = {"tunable": Tunable(**meta)}
    if isinstance(default, dict):  # a mutable default: each Settings gets its own copy
        return field(default_factory=lambda: dict(default), metadata=metadata)
    return field(default=default, metadata=metadata)


def _backend_choices() -> tuple[str, ...]:
    return (AUTO, *backend_names())


@dataclass(frozen=True)
class Settings:
    backend: str = _tunable(
        AUTO,
        label="Backend",
        help="auto: Gemini when an API key is configured, else the offline studio renderer",
        flag="--backend",
        choices=_backend_choices,
    )
    model: str = _tunable(
        "",
        label="Model",
        help="the image model (default: the recommended image model that the key can use)",
        flag="--model",
    )
    image_size: str = _tunable(
        "2K",
        label="Output size",
        help="the output size asked of models that take one",
        flag="--size",
        choices=lambda: SIZES,
    )
    concurrency: int = _tunable(
        2, label="Images at once", help="images generated at the same time", flag="--concurrency", low=1, high=5
    )
    max_retries: int = _tunable(
        3, label="Retries per image", help="retries after a failed attempt", flag="--max-retries", low=0, high=5
    )
    attempt_timeout_s: float = _tunable(
        180.0,
        label="Attempt timeout",
        help="seconds one attempt may wait for its answer",
        flag="--attempt-timeout",
        low=1,
        high=3600,
    )
    text_overlay: bool = _tunable(
        True,
        label="Text",
        help="the app draws the listing text on the images; off: the model draws it",
        flag="--no-text-overlay",
    )
    language: str = _tunable(
        language.AUTO,
        label="Language",
        help="the language of the words the app itself puts on the images (auto: detected from the product text)",
        flag="--language",
        choices=language.choices,
    )
    monthly_budget_usd: float = _tunable(
        0.0,
        label="Monthly budget",
        help="USD the month's runs may cost, estimated from the usage the API reports (0: no budget)",
        flag="--monthly-budget",
        low=0,
        high=1_000_000,
        per_run=False,
    )
    price_overrides: Mapping[str, float] = _tunable(
        {},
        label="Your prices",
        help="your own price per image (USD) for a model, used instead of the list price",
        per_run=False,
    )
    export_format: str = _tunable(
        "jpeg", label="Format", help="the file format of exported images", choices=lambda: EXPORT_FORMATS, per_run=False
    )
    theme: str = _tunable(
        "system",
        label="Theme",
        help="the window's colours: the system's light or dark scheme, or always light or dark",
        choices=lambda: THEMES,
        per_run=False,
    )
    ui_language: str = _tunable(
        "system",
        label="Interface language",
        help="the language of the window (system: the operating system's); applies when the window next opens",
        choices=lambda: UI_LANGUAGES,
        per_run=False,
    )

    def validated(self) -> Settings:
        """Values of the wrong type or out of range (a hand-edited file) fall back to their defaults
        instead of failing later, one by one: a bad concurrency does not cost the user their model."""
        fixes = {name: spec.default for name, spec in schema().items() if not spec.accepts(getattr(self, name))}
        return replace(self, **fixes) if fixes else self

    def run_values(self) -> dict[str, object]:
        """What the history keeps of a run's options (shown, and reused when the session is retried)."""
        return {name: value for name, value in asdict(self).items() if schema()[name].tunable.per_run}

    def with_run_values(self, stored: Mapping[str, object]) -> Settings:
        """These settings with a session's stored run options laid over them; unknown or unusable
        stored values (an older or newer version's) are ignored."""
        specs = schema()
        known = {k: v for k, v in stored.items() if k in specs and specs[k].tunable.per_run and specs[k].accepts(v)}
        return replace(self, **known)


@dataclass(frozen=True)
class TunableSpec:
    """One field of `Settings` with its declaration: what the dialog and the CLI build themselves from."""

    name: str
    kind: type
    default: Any
    tunable: Tunable

    def accepts(self, value: object) -> bool:
        t = self.tunable
        if get_origin(self.kind) in (dict, Mapping):
            return isinstance(value, dict) and all(isinstance(k, str) and _price(v) for k, v in value.items())
        if self.kind is bool:
            return isinstance(value, bool)
        if self.kind is int and (isinstance(value, bool) or not isinstance(value, int)):
            return False
        if self.kind is float and (isinstance(value, bool) or not isinstance(value, int | float)):
            return False
        if self.kind is str and not isinstance(value, str):
            return False
        if isinstance(value, int | float) and not math.isfinite(value):
            return False
        if t.low is not None and value < t.low:  # type: ignore[operator]
            return False
        if t.high is not None and value > t.high:  # type: ignore[operator]
            return False
        return t.choices is None or value in t.choices()

    def problem(self, value: object) -> str | None:
        """Why `value` is refused, in the CLI's words (None when accepted)."""
        if self.accepts(value):
            return None
        t = self.tunable
        if t.choices is not None:
            return f"must be one of {', '.join(t.choices())}"
        if isinstance(value, float) and not math.isfinite(value):
            return "must be a finite number"
        return f"must be between {t.low:g} and {t.high:g}"


def _price(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value) and value >= 0


@cache
def schema() -> dict[str, TunableSpec]:
    hints = get_type_hints(Settings)
    return {
        f.name: TunableSpec(
            f.name,
            hints[f.name],
            f.default_factory() if f.default is MISSING and f.default_factory is not MISSING else f.default,
            f.metadata["tunable"],
        )
        for f in fields(Settings)
    }


def saved_value(path: Path, name: str) -> Any:
    """One setting as the settings file holds it, else its default; never fails and never moves the file
    (for the CLI, which takes its tuning from flags but the user's prices and budget from Settings)."""
    spec = schema()[name]
    try:
        value = json.loads(path.read_text(encoding="utf-8")).get(name, spec.default)
    except (OSError, ValueError, AttributeError, RecursionError):
        return spec.default
    return value if spec.accepts(value) else spec.default


def load_settings(path: Path, on_problem: Callable[[str], None] = lambda message: None) -> Settings:
    """Never fails: the window must open whatever the file holds. A file that cannot be used as a whole
    (not JSON, not an object) gives the defaults; single unusable values (a hand-edited concurrency of
    1e400) fall back to their own defaults and the rest is kept. Either way the file is moved aside, not
    overwritten by the next save, and `on_problem` is told once, with where it was kept."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError(f"expected an object, found {type(data).__name__}")
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError, RecursionError) as exc:
        log.warning("settings file %s unusable (%s); using defaults", path, exc)
        _keep_aside(path, "The settings file could not be read", on_problem)
        return Settings()
    specs = schema()
    refused = sorted(k for k, v in data.items() if k in specs and not specs[k].accepts(v))
    settings = Settings(**{k: v for k, v in data.items() if k in specs and k not in refused})
    if refused:
        log.warning("settings file %s: unusable %s; their defaults are used", path, ", ".join(refused))
        _keep_aside(path, f"Some settings could not be used ({', '.join(refused)})", on_problem)
    return settings


def _keep_aside(path: Path, what: str, on_problem: Callable[[str], None]) -> None:
    kept = path.with_name(f"{path.name}.bad-{datetime.now():%Y%m%d-%H%M%S}")
    try:
        path.replace(kept)
    except OSError:
        on_problem(f"{what} from {path}; the defaults are used.")
    else:
        on_problem(f"{what}; the file was kept as {kept} and the defaults are used.")


def save_settings(path: Path, settings: Settings) -> None:
    atomic_write_text(path, json.dumps(asdict(settings.validated()), indent=2))
