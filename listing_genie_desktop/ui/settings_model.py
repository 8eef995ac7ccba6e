"""The window's settings, the API key, the key's image models and the connection test, as one small
observable model.

The key is stored and read off the UI thread (a keyring backend may block on D-Bus or a prompt); the
connection test and the model list go through the backend registry, so any registered backend can be
tested and no Gemini module is imported here.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from listing_genie_desktop.api_keys import resolve_api_key, store_api_key
from listing_genie_desktop.backends.model_catalogue import ModelList
from listing_genie_desktop.backends.registry import (
    AUTO,
    BackendEntry,
    BackendSetup,
    backend_entry,
    model_backends,
    resolve_auto,
)
from listing_genie_desktop.core.errors import GenerationError, InvalidInput
from listing_genie_desktop.logging_setup import register_secret
from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.run_choice import choose_backend
from listing_genie_desktop.settings import Settings, load_settings, save_settings
from listing_genie_desktop.ui.i18n import tr
from listing_genie_desktop.ui.messages import sentence, translated
from listing_genie_desktop.ui.tasks import LatestOnly, TaskKeeper

log = logging.getLogger("listing_genie.ui")
CHECK_TIMEOUT_S = 20.0
"""A connection test has no engine and no attempt timeout of its own: it gives up after this."""


@dataclass(frozen=True)
class ConnectionResult:
    ok: bool
    message: str
    advice: str = ""


class SettingsModel(QObject):
    notice = Signal(str)
    """Transient information for the status bar (a key kept for this run only)."""
    modelsChanged = Signal()
    """`models` or `models_note` changed (a list was read from the data folder or fetched)."""
    changed = Signal()
    """The settings were updated (the window applies its theme)."""
    keyChanged = Signal()
    """A key was saved: what said "no key" is out of date."""

    def __init__(self, paths: AppPaths, tasks: TaskKeeper, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.tasks = tasks
        self.problems: list[str] = []
        """What was wrong with the settings file, for the window to say once it listens."""
        self.settings: Settings = load_settings(paths.settings_file, self.problems.append)
        self.models: ModelList | None = None
        """The key's image models as last listed (None: never listed on this computer)."""
        self.models_note = ""
        """Where `models` stands, in words (being listed, could not be listed and why)."""
        self._listing = LatestOnly(tasks, "list models")
        self.warmed_up: asyncio.Task[None] | None = None
        """The run's backend made ready in the background (`warm_up_backend`), for whoever must wait for it."""
        self._saving = asyncio.Lock()

    def refresh_models(self, *, force: bool = False) -> asyncio.Task[None]:
        """Shows the kept list of the key's models, then lists them again in the background when `force`
        (the Settings button) or when the kept one is older than an hour (the window opening)."""
        return self._listing.start(self._refresh_models(force))

    async def _refresh_models(self, force: bool) -> None:
        from listing_genie_desktop.model_directory import START_REFRESH_S, ModelDirectory

        entry = next(iter(model_backends()), None)
        if entry is None:
            return
        directory = ModelDirectory(self.paths)
        self.models = await directory.cached(entry)
        key = await asyncio.to_thread(resolve_api_key)
        if key is None:
            self._models_known(tr("Save an API key to list the models it can use."))
            return
        if not force and self.models is not None and directory.is_fresh(self.models, START_REFRESH_S):
            self._models_known("")
            return
        self._models_known(tr("Listing the models of this key…"))
        try:
            self.models = await directory.refresh(entry, key.value)
        except GenerationError as error:
            self._models_known(tr("Could not list the models: {message}").format(message=translated(error.message)))
        else:
            self._models_known(f"{len(self.models.models)} image models listed for this key.")

    def warm_up_backend(self) -> asyncio.Task[None]:
        """Lets the backend a Generate would use now do its slow first-time work in a worker thread while the
        window is idle (BackendEntry.warm_up), so that the first run does not stall the window."""
        self.warmed_up = self.tasks.start(self._warm_up(), name="warm up backend")
        return self.warmed_up

    async def _warm_up(self) -> None:
        try:
            choice = await asyncio.to_thread(choose_backend, self.settings.backend, None)  # reads the keyring
        except InvalidInput:  # an unknown backend, or one without its key: the run will say so
            return
        entry = backend_entry(choice.name)
        if entry.warm_up is not None:
            try:
                await asyncio.to_thread(entry.warm_up, self.settings.image_size)
            except Exception:  # only an optimisation: the run does the same work and reports what fails
                log.warning("warming up the %s backend failed", entry.name, exc_info=True)

    def _models_known(self, note: str) -> None:
        self.models_note = note
        self.modelsChanged.emit()

    def recommended_model(self, entry: BackendEntry) -> str:
        """The model a run with no model chosen would use: the listed recommended one, else the table's."""
        best = self.models.recommended if self.models is not None and entry.model_catalogue is not None else None
        return best.name if best is not None else entry.default_model() or ""

    def update(self, settings: Settings) -> None:
        """Applies at once (the next run uses them) and persists in the background."""
        self.settings = settings.validated()
        self.tasks.start(self._save(), name="save")
        self.changed.emit()

    async def _save(self) -> None:
        """One save at a time, each of the settings as they are when it starts: two quick changes
        can no longer finish in the wrong order and leave the older one in the file."""
        async with self._saving:
            await asyncio.to_thread(save_settings, self.paths.settings_file, self.settings)

    @staticmethod
    def key_status() -> str:
        """Where the key in use comes from, in words (never the key itself)."""
        key = resolve_api_key()
        if key is None:
            return tr("No key saved: the offline Studio renderer is used.")
        return {
            "keyring": tr("A key is saved in the system keyring."),
            "session": tr("No system keyring is available: the key is kept for this run only."),
        }.get(
            key.source,
            tr("Using the key from the {name} environment variable (it overrides Settings).").format(name=key.source),
        )

    def save_api_key(self, value: str) -> asyncio.Task[bool]:
        """Stores the key in the OS keyring off the UI thread."""
        return self.tasks.start(self._save_api_key(value), name="save key")

    async def _save_api_key(self, value: str) -> bool:
        stored = await asyncio.to_thread(store_api_key, value)
        if not stored and value.strip():
            self.notice.emit(tr("No system keyring is available: the API key is kept for this run only."))
        if value.strip():
            self.keyChanged.emit()
        return stored

    def test_connection(self, backend: str, model: str, api_key: str | None = None) -> asyncio.Task[ConnectionResult]:
        """Asks `backend` (with `api_key`, one typed but not saved yet, else the key in use) whether a run
        with `model` would work, without generating anything."""
        return self.tasks.start(self._test_connection(backend, model, api_key), name="test connection")

    async def _test_connection(self, backend: str, model: str, api_key: str | None) -> ConnectionResult:
        if api_key is None:
            key = await asyncio.to_thread(resolve_api_key)
            api_key = key.value if key else None
        else:
            register_secret(api_key)
        # "auto" with a key to test means the backend that key is for
        entry = resolve_auto(has_key=True) if backend == AUTO else backend_entry(backend)
        if entry.needs_key and api_key is None:
            return ConnectionResult(False, tr("No API key: paste one above first."))
        model = model or self.recommended_model(entry)
        try:
            # the backend's module may be slow to import (google.genai: about a second): never on the UI thread
            await asyncio.to_thread(entry.load)
            instance = entry.create(BackendSetup(model or None, api_key, CHECK_TIMEOUT_S))
            try:
                error = await instance.check()
            finally:
                await instance.aclose()
        except Exception as exc:  # check() classifies errors itself: this is a bug or a missing SDK
            log.warning("connection test failed: %s", type(exc).__name__)
            why = tr("The test could not run ({name}). Details are in the log.").format(name=type(exc).__name__)
            return ConnectionResult(False, why)
        if error is not None:
            message = tr("Failed ({kind}): {message}").format(kind=error.kind.value, message=sentence(error.message))
            return ConnectionResult(False, message, translated(error.kind.advice))
        if entry.needs_key:
            return ConnectionResult(True, tr("Connected: the key works with {model}.").format(model=model))
        return ConnectionResult(True, tr("{backend}: ready, no key needed.").format(backend=tr(entry.label)))
