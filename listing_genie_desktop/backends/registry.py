"""The image backends the app can run, by name: the one list that the CLI's `--backend`, the Settings
dialog, `auto` and the connection test read.

A new backend is one module implementing `core.ports.ImageBackend` plus one `register()` call here.
Entries import their module only when a backend is built (google.genai alone costs about a second), so
importing the registry stays as cheap as the window's first frame needs.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from listing_genie_desktop.core.messages import QT_TR_NOOP
from listing_genie_desktop.core.ports import ImageBackend

if TYPE_CHECKING:
    from listing_genie_desktop.backends.model_catalogue import CapabilityTable, ModelList

AUTO = "auto"
"""Not a backend: the first backend that needs a key when one is configured, else the first that does not."""


@dataclass(frozen=True)
class BackendSetup:
    """What a backend is built from; the services fill it in (the key comes from the keyring or the
    environment, which backends never read themselves)."""

    model: str | None
    api_key: str | None
    attempt_timeout_s: float
    """The backend's own deadline per request: a safety net above the engine's attempt timeout, which decides
    (services.BACKEND_TIMEOUT_MARGIN_S)."""
    image_size: str | None = None
    """The size to ask for (None: ask none): already matched to what the model takes."""
    model_verified: bool = False
    """The model is in the key's current list: the backend need not probe it first."""


@dataclass(frozen=True)
class ModelCatalogue:
    """How a backend's models are found: `discover` lists those the key can use (the API's list merged with
    the table; raises a `GenerationError` when the API cannot say), `table` is what ships with the app."""

    discover: Callable[[BackendSetup], Awaitable[ModelList]]
    table: Callable[[], CapabilityTable]


@dataclass(frozen=True)
class BackendEntry:
    name: str
    """As typed after `--backend` and stored with each session."""
    label: str
    """For people: the Settings dialog's choice."""
    needs_key: bool
    module: str
    """Imported in a worker thread before a run or a connection test, so the UI thread never pays for it."""
    create: Callable[[BackendSetup], ImageBackend]
    default_model: Callable[[], str | None]
    """The model a run uses when the user chose none and no list of the key's models is known (None: the
    backend has no models); with a list, the services take its recommended model instead."""
    missing_key: str = ""
    """What to tell a user who chose this backend without a key (`needs_key` only)."""
    model_catalogue: ModelCatalogue | None = None
    """For backends with several models: how to list them (None: the backend has no choice of model)."""
    endpoint: Callable[[], str] | None = None
    """The address its requests go to, for `auto` to check that it can be reached (None: works offline)."""
    warm_up: Callable[[str | None], None] | None = None
    """Blocking, for a worker thread while the window is idle, given the output size a run would ask for:
    builds what the backend's first request would build (None: nothing worth doing early). Import, schema
    building and process start-up hold the interpreter for tens of milliseconds at a time and freeze the
    window when they happen at the first Generate."""

    def load(self) -> None:
        """Blocking: imports the backend's module (call it from a worker thread)."""
        importlib.import_module(self.module)


_ENTRIES: dict[str, BackendEntry] = {}


def register(entry: BackendEntry) -> None:
    if entry.name == AUTO or entry.name in _ENTRIES:
        raise ValueError(f"backend name {entry.name!r} is taken")
    _ENTRIES[entry.name] = entry


@contextmanager
def registered(entry: BackendEntry) -> Iterator[BackendEntry]:
    """`entry` is a backend while the block runs (a backend that exists only in a test, or a plug-in)."""
    register(entry)
    try:
        yield entry
    finally:
        del _ENTRIES[entry.name]


def backend_entries() -> tuple[BackendEntry, ...]:
    return tuple(_ENTRIES.values())


def backend_names() -> tuple[str, ...]:
    return tuple(_ENTRIES)


def backend_entry(name: str) -> BackendEntry:
    """Raises KeyError for a name that is not registered."""
    return _ENTRIES[name]


def model_backends() -> tuple[BackendEntry, ...]:
    """The backends with a choice of models (whose models `listing-genie models` and Settings list)."""
    return tuple(e for e in _ENTRIES.values() if e.model_catalogue is not None)


def resolve_auto(has_key: bool) -> BackendEntry:
    """What `auto` means now: a backend that needs a key when one is configured, else one that works offline."""
    entries = backend_entries()
    preferred = [e for e in entries if e.needs_key == has_key] or [e for e in entries if not e.needs_key]
    return preferred[0]


def _gemini(setup: BackendSetup) -> ImageBackend:
    """On a worker thread of its own (backends/threaded.py): a 4K answer's JSON parsing and base64 decoding
    would otherwise hold the window's thread for up to 750 ms."""
    from listing_genie_desktop.backends.gemini import GeminiBackend
    from listing_genie_desktop.backends.threaded import ThreadedBackend

    if setup.api_key is None:
        raise ValueError("the Gemini backend needs an API key")
    return ThreadedBackend(
        GeminiBackend(
            setup.api_key,
            setup.model,
            attempt_timeout_s=setup.attempt_timeout_s,
            image_size=setup.image_size,
            model_verified=setup.model_verified,
        )
    )


async def _gemini_discover(setup: BackendSetup) -> ModelList:
    from listing_genie_desktop.backends.gemini_models import discover

    return await discover(setup)


def _gemini_table() -> CapabilityTable:
    from listing_genie_desktop.backends.gemini_models import gemini_table

    return gemini_table()


def _gemini_default_model() -> str | None:
    from listing_genie_desktop.backends.gemini_models import table_default

    return table_default()


def _gemini_warm_up(image_size: str | None) -> None:
    from listing_genie_desktop.backends.gemini import warm_up

    warm_up(image_size)


def _gemini_endpoint() -> str:
    """The SDK's own: GOOGLE_GEMINI_BASE_URL when set (proxies, tests), else Google's."""
    return os.environ.get("GOOGLE_GEMINI_BASE_URL") or "https://generativelanguage.googleapis.com"


def _studio(setup: BackendSetup) -> ImageBackend:
    from listing_genie_desktop.backends.studio import StudioBackend

    return StudioBackend()


register(
    BackendEntry(
        name="gemini",
        label=QT_TR_NOOP("Gemini (Google image model)"),
        needs_key=True,
        module="listing_genie_desktop.backends.gemini",
        create=_gemini,
        default_model=_gemini_default_model,
        missing_key=QT_TR_NOOP(
            "No Gemini API key: set GEMINI_API_KEY, save a key in Settings, or use the offline studio backend."
        ),
        model_catalogue=ModelCatalogue(discover=_gemini_discover, table=_gemini_table),
        endpoint=_gemini_endpoint,
        warm_up=_gemini_warm_up,
    )
)
register(
    BackendEntry(
        name="studio",
        label=QT_TR_NOOP("Studio (offline renderer)"),
        needs_key=False,
        module="listing_genie_desktop.backends.studio",
        create=_studio,
        default_model=lambda: None,
    )
)
