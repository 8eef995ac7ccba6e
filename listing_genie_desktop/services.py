"""The application layer shared by the CLI and the window: one place that turns user choices
(backend, model, tuning) into a backend, an engine and a stored session.

Nothing here imports Qt; the window drives the same `SessionRunner` the CLI does.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from listing_genie_desktop.api_keys import resolve_api_key
from listing_genie_desktop.backends.registry import AUTO, BackendSetup, backend_entry, backend_names, resolve_auto
from listing_genie_desktop.core.clock import Clock, SystemClock
from listing_genie_desktop.core.errors import InvalidInput
from listing_genie_desktop.core.events import Event
from listing_genie_desktop.core.pipeline import EngineConfig, GenerationEngine, RunOutcome
from listing_genie_desktop.core.ports import ImageBackend, ReferencePhoto
from listing_genie_desktop.core.product import IMAGE_TYPES, ImageType, ProductContext
from listing_genie_desktop.core.prompts import PromptEngine
from listing_genie_desktop.core.retry import RetryPolicy
from listing_genie_desktop.imaging.finish import finish_and_encode
from listing_genie_desktop.imaging.loading import load_reference
from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.settings import Settings
from listing_genie_desktop.storage.files import atomic_write_many
from listing_genie_desktop.storage.history import HistoryStore, StoredSession
from listing_genie_desktop.storage.leases import SessionLease

if TYPE_CHECKING:
    from listing_genie_desktop.imaging.export import ExportResult

log = logging.getLogger("listing_genie.services")


def engine_config(settings: Settings) -> EngineConfig:
    """The engine's configuration of a run: the retry policy is the policy's own (1 s, 2 s, 4 s) with the
    user's number of retries; nothing else about waiting is tunable."""
    return EngineConfig(
        policy=RetryPolicy(max_retries=settings.max_retries),
        concurrency=settings.concurrency,
        attempt_timeout_s=settings.attempt_timeout_s,
        text_overlay=settings.text_overlay,
    )


@dataclass(frozen=True)
class BackendChoice:
    name: str
    model: str | None


def choose_backend(requested: str, model: str | None) -> BackendChoice:
    """`auto` means a backend that needs a key when one is configured, else the offline studio renderer."""
    has_key = resolve_api_key() is not None
    if requested == AUTO:
        entry = resolve_auto(has_key)
    else:
        try:
            entry = backend_entry(requested)
        except KeyError:
            names = ", ".join((AUTO, *backend_names()))
            raise InvalidInput(f"Unknown backend {requested!r}: use {names}.", field="backend") from None
    if entry.needs_key and not has_key:
        raise InvalidInput(entry.missing_key, field="backend")
    default = entry.default_model()
    return BackendChoice(entry.name, (model or default) if default is not None else None)


def retry_settings(stored: StoredSession, overrides: Mapping[str, object]) -> Settings:
    """A retry runs with the options its session was made with (one listing never mixes two text styles),
    on the backend and model the session used, unless `overrides` (the CLI's flags) say otherwise; a
    different backend without a model of its own gets that backend's default model."""
    settings = replace(Settings().with_run_values(stored.settings), backend=stored.backend, model=stored.model or "")
    if overrides.get("backend", stored.backend) != stored.backend and "model" not in overrides:
        settings = replace(settings, model="")
    return replace(settings, **overrides)


def create_backend(choice: BackendChoice, settings: Settings) -> ImageBackend:
    entry = backend_entry(choice.name)
    key = resolve_api_key() if entry.needs_key else None
    if entry.needs_key and key is None:
        raise InvalidInput(entry.missing_key, field="backend")
    return entry.create(BackendSetup(choice.model, key.value if key else None, settings.attempt_timeout_s))


@dataclass
class Services:
    paths: AppPaths
    store: HistoryStore
    prompts: PromptEngine = field(default_factory=PromptEngine)
    backend_factory: Callable[[BackendChoice, Settings], ImageBackend] = create_backend
    clock: Clock = field(default_factory=SystemClock)
    """Every run's time: waits, timeouts, durations, timestamps (tests give a fake or a fast one)."""

    @classmethod
    async def open(cls, paths: AppPaths | None = None) -> Services:
        paths = paths or AppPaths.from_environment()
        store = HistoryStore(paths)
        await store.open()
        await store.recover_interrupted()
        return cls(paths, store)

    async def close(self) -> None:
        await self.store.close()

    async def create_session(
        self, product: ProductContext, reference: ReferencePhoto, settings: Settings
    ) -> tuple[str, BackendChoice]:
        """Validates the backend choice before anything is written, then stores the session with the run
        options that its retries reuse (the language as the code it resolved to, so a retry keeps it)."""
        choice = choose_backend(settings.backend, settings.model or None)
        settings = replace(settings, language=product.with_language(settings.language).language)
        session_id = await self.store.create_session(
            product, reference, backend=choice.name, model=choice.model, settings=settings.run_values()
        )
        return session_id, choice

    def runner(
        self,
        session_id: str,
        choice: BackendChoice,
        settings: Settings,
        *,
        emit: Callable[[Event], None] = lambda event: None,
        image_types: Sequence[ImageType] = IMAGE_TYPES,
        regenerate: bool = False,
        reference: ReferencePhoto | None = None,
    ) -> SessionRunner:
        """`regenerate` makes new versions of `image_types` even when complete (the old files stay).

        `reference` is the session's photo when the caller has just created the session from it:
        decoding the stored copy again would delay the first request for nothing.
        """
        return SessionRunner(self, session_id, choice, settings, emit, tuple(image_types), regenerate, reference)


def export_images(
    images: Sequence[tuple[ImageType, Path]],
    out_dir: Path,
    sku: str,
    fmt: str = "jpeg",
    make_zip: bool = False,
    force: bool = False,
) -> ExportResult:
    """Blocking (encodes every image): call it from a worker thread. Raises `ExportConflict` before
    writing anything when files exist and `force` is False."""
    from listing_genie_desktop.imaging import export

    return export.export_images(
        images, out_dir, sku, cast("export.Format", fmt), make_zip, force, write_files=atomic_write_many
    )


async def load_reference_async(path: str) -> ReferencePhoto:
    """Decoding a 12-megapixel photo takes a while: never on the event loop's thread."""
    return await asyncio.to_thread(load_reference, path)


class SessionRunner:
    """One run of a session: holds the session's lease while it runs; `cancel()` stops it now."""

    def __init__(
        self,
        services: Services,
        session_id: str,
        choice: BackendChoice,
        settings: Settings,
        emit: Callable[[Event], None],
        image_types: tuple[ImageType, ...],
        regenerate: bool = False,
        reference: ReferencePhoto | None = None,
    ) -> None:
        self.services = services
        self.session_id = session_id
        self.choice = choice
        self.settings = settings
        self.emit = emit
        self.image_types = image_types
        self.regenerate = regenerate
        self.reference = reference
        self._engine: GenerationEngine | None = None
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True
        if self._engine is not None:
            self._engine.cancel()

    async def run(self) -> RunOutcome:
        services = self.services
        lease = SessionLease(services.paths.locks, self.session_id)
        if not lease.acquire():
            raise InvalidInput("This session is being generated by another Listing Genie window or command.")
        backend = None
        warm_up: asyncio.Future[None] | None = None
        try:
            backend = services.backend_factory(self.choice, self.settings)
            warm_up = asyncio.ensure_future(_set_up(backend))
            stored = await services.store.load_stored(self.session_id)
            reference = self.reference or await load_reference_async(str(stored.reference_path))
            self._engine = GenerationEngine(
                backend,
                services.store,
                services.prompts,
                finish_and_encode,
                config=engine_config(self.settings),
                clock=services.clock,
                emit=self.emit,
            )
            if self._cancelled:
                self._engine.cancel()
            again = stored.complete & set(self.image_types) if self.regenerate else set()
            versions = await _versions_made(services.store, self.session_id, again) if again else {}
            return await self._engine.run(
                self.session_id,
                stored.product.with_language(self.settings.language),
                reference,
                self.image_types,
                already_complete=stored.complete - again,
                earlier_versions=again,
                versions_made=versions,
            )
        finally:
            if warm_up is not None:
                warm_up.cancel()
                await asyncio.gather(warm_up, return_exceptions=True)
            if backend is not None:
                await backend.aclose()
            lease.release()


async def _versions_made(store: HistoryStore, session_id: str, image_types: set[ImageType]) -> dict[ImageType, int]:
    """How many versions each image has (its completed attempts across all runs), read from the session."""
    session = await store.load_session_json(session_id)
    images = cast("list[dict[str, Any]]", session["images"])
    return {
        ImageType(image["type"]): sum(1 for a in image["attempt_log"] if a.get("outcome") == "complete")
        for image in images
        if ImageType(image["type"]) in image_types
    }


async def _set_up(backend: ImageBackend) -> None:
    """The backend's one-time set-up (a Gemini client takes about 25 ms to build), started while the
    session is being loaded. Its failure is not reported here: the engine's own `prepare()` call
    before the first request reports it as that attempt's error."""
    with contextlib.suppress(Exception):
        await backend.prepare()
