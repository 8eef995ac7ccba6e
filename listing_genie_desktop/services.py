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
from listing_genie_desktop.backends.model_catalogue import CapabilityTable, ModelList
from listing_genie_desktop.backends.registry import AUTO, BackendSetup, backend_entry, backend_names, resolve_auto
from listing_genie_desktop.core.cancel import CancelToken
from listing_genie_desktop.core.clock import Clock, SystemClock
from listing_genie_desktop.core.cost import month_start
from listing_genie_desktop.core.errors import ErrorKind, GenerationError, InvalidInput
from listing_genie_desktop.core.events import Event
from listing_genie_desktop.core.pipeline import EngineConfig, GenerationEngine, RunOutcome, SharedLimits
from listing_genie_desktop.core.ports import ImageBackend, ReferencePhoto
from listing_genie_desktop.core.product import IMAGE_TYPES, ImageType, ProductContext
from listing_genie_desktop.core.prompts import PromptEngine
from listing_genie_desktop.core.retry import RetryPolicy
from listing_genie_desktop.costs import BudgetCheck, SettingsPricer, budget_meter, check_budget
from listing_genie_desktop.imaging.finish import finish_and_encode
from listing_genie_desktop.imaging.photo_set import load_kept, load_others
from listing_genie_desktop.imaging.photo_set import load_reference_async as load_reference_async  # re-exported
from listing_genie_desktop.imaging.photo_set import load_references as load_references  # re-exported
from listing_genie_desktop.model_directory import ModelDirectory
from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.settings import Settings, saved_value
from listing_genie_desktop.storage.files import atomic_write_many
from listing_genie_desktop.storage.history import HistoryStore, StoredSession
from listing_genie_desktop.storage.leases import SessionLease
from listing_genie_desktop.storage.versions import SAME_DESIGN_VARIATIONS

if TYPE_CHECKING:
    from listing_genie_desktop.imaging.export import ExportResult

log = logging.getLogger("listing_genie.services")

BACKEND_TIMEOUT_MARGIN_S = 15.0
"""The engine's attempt timeout is the one that decides (on the run's clock, with its own message and kind); a
backend's own deadline, from which it derives its HTTP client's and SDK's, is this much later: a safety net for a
request the engine could not interrupt, which never fires first."""


PACED_FREE_RATE_LIMIT_RETRIES = 10
"""In a paced run (a catalogue), this many 429s per image are the pace being learnt and cost no retry."""


def engine_config(settings: Settings, *, paced: bool = False) -> EngineConfig:
    """The engine's configuration of a run: the retry policy is the policy's own (1 s, 2 s, 4 s) with the
    user's number of retries; nothing else about waiting is tunable. A `paced` run shares a RequestPacer."""
    free = PACED_FREE_RATE_LIMIT_RETRIES if paced else 0
    return EngineConfig(
        policy=RetryPolicy(max_retries=settings.max_retries, free_rate_limit_retries=free),
        concurrency=settings.concurrency,
        attempt_timeout_s=settings.attempt_timeout_s,
        text_overlay=settings.text_overlay,
    )


@dataclass(frozen=True)
class BackendChoice:
    name: str
    model: str | None
    image_size: str | None = None
    """The size asked of the model: the user's, matched to what the model takes (None: it takes none)."""
    model_verified: bool = False
    """The model is in the key's current list (else the backend probes it before its first image)."""
    notice: str | None = None
    """What the user should be told about the choice (a retired model replaced)."""


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


def pick_model(
    backend: str,
    table: CapabilityTable,
    listed: ModelList | None,
    settings: Settings,
    *,
    replace_unlisted: bool = False,
) -> BackendChoice:
    """The model of a run. With the key's list: the chosen model if the list has it, the list's recommended
    one if none was chosen; a model the list lacks (retired, mistyped) is refused before any request, naming
    the models to use instead, or, with `replace_unlisted` (a retry of a session made with it), replaced by
    the recommended one with a notice. Without a list: the chosen model, else the table's best, unverified."""
    requested = settings.model.strip() or None
    notice = None
    if listed is None:
        fallback = table.current().recommended
        info = table.describe(requested or (fallback.name if fallback else ""))
    else:
        info = listed.get(requested) if requested else listed.recommended
        if info is None and requested is not None:
            why = "was retired by Google" if table.describe(requested).retired else "is not served to this key"
            best = listed.recommended
            if not replace_unlisted or best is None:
                raise InvalidInput(f"The model {requested} {why}: use {listed.instead()} instead.", field="model")
            notice = f"The model {requested} {why}: {best.name}, the recommended one, is used instead."
            info = best
        if info is None:
            raise InvalidInput("The API lists no image model for this key: use the studio backend.", field="model")
    return BackendChoice(backend, info.name, info.size_for(settings.image_size), listed is not None, notice)


async def choose_run(settings: Settings, models: ModelDirectory, *, replace_unlisted: bool = False) -> BackendChoice:
    """The backend and model a run uses (see `pick_model`); the key's model list is fetched first when the
    kept one is missing or old. Raises `InvalidInput` before anything is written or requested."""
    choice = choose_backend(settings.backend, settings.model or None)
    entry = backend_entry(choice.name)
    if entry.model_catalogue is None:
        return choice
    known = await models.known(entry)
    if settings.backend == AUTO and known.problem is not None and known.problem.kind is ErrorKind.NETWORK:
        return offline_choice(entry.label, known.problem)
    picked = pick_model(
        choice.name, entry.model_catalogue.table(), known.models, settings, replace_unlisted=replace_unlisted
    )
    if known.problem is None or picked.notice:
        return picked
    fallback = "the last list is used" if known.models else f"{picked.model} is checked before the first image"
    return replace(picked, notice=f"The models of this key could not be listed ({known.problem.message}): {fallback}.")


def offline_choice(unreachable: str, problem: GenerationError) -> BackendChoice:
    """`auto` when the API cannot be reached at all (DNS, refused, no route): the backend that works offline,
    and a notice saying so, instead of every image failing after its retries."""
    entry = resolve_auto(has_key=False)
    return BackendChoice(
        entry.name,
        entry.default_model(),
        notice=f"{unreachable} could not be reached ({problem.message}): {entry.label} is used instead.",
    )


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
    return entry.create(
        BackendSetup(
            choice.model,
            key.value if key else None,
            settings.attempt_timeout_s + BACKEND_TIMEOUT_MARGIN_S,
            image_size=choice.image_size,
            model_verified=choice.model_verified,
        )
    )


@dataclass
class Services:
    paths: AppPaths
    store: HistoryStore
    prompts: PromptEngine = field(default_factory=PromptEngine)
    backend_factory: Callable[[BackendChoice, Settings], ImageBackend] = create_backend
    clock: Clock = field(default_factory=SystemClock)
    """Every run's time: waits, timeouts, durations, timestamps (tests give a fake or a fast one)."""
    models: ModelDirectory | None = None
    """The key's image models, kept in the data folder (built from `paths` when not given)."""

    def __post_init__(self) -> None:
        if self.models is None:
            self.models = ModelDirectory(self.paths)

    async def choose_run(self, settings: Settings, *, replace_unlisted: bool = False) -> BackendChoice:
        assert self.models is not None
        return await choose_run(settings, self.models, replace_unlisted=replace_unlisted)

    @classmethod
    async def open(cls, paths: AppPaths | None = None) -> Services:
        paths = paths or AppPaths.from_environment()
        store = HistoryStore(paths)
        store.pricer = SettingsPricer(saved_value(paths.settings_file, "price_overrides"))
        await store.open()
        await store.recover_interrupted()
        return cls(paths, store)

    async def close(self) -> None:
        await self.store.close()

    async def check_budget(self, settings: Settings, choice: BackendChoice, images: int) -> BudgetCheck:
        """A run of `images` new images against the monthly budget, before anything is requested."""
        if settings.monthly_budget_usd <= 0:
            return check_budget(0, None, None, images)
        pricer = self.pricer
        estimate = pricer.run_estimate(choice.name, choice.model, choice.image_size, images)
        known, unknown = await self.store.spent_since(month_start())
        return check_budget(settings.monthly_budget_usd, None if unknown else known, estimate, images)

    @property
    def pricer(self) -> SettingsPricer:
        pricer = self.store.pricer
        return pricer if isinstance(pricer, SettingsPricer) else SettingsPricer()

    async def create_session(
        self,
        product: ProductContext,
        reference: ReferencePhoto,
        settings: Settings,
        choice: BackendChoice | None = None,
        others: Sequence[ReferencePhoto] = (),
    ) -> tuple[str, BackendChoice]:
        """Validates the backend choice (unless the caller made it already) before anything is written, then
        stores the session with the run options that its retries reuse (the language as the code it resolved
        to, so a retry keeps it)."""
        choice = choice or await self.choose_run(settings)
        settings = replace(settings, language=product.with_language(settings.language).language)
        options = {**settings.run_values(), "image_size": choice.image_size}
        session_id = await self.store.create_session(
            product, reference, backend=choice.name, model=choice.model, settings=options, others=others
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
        cancel: CancelToken | None = None,
        shared: SharedLimits | None = None,
        others: Sequence[ReferencePhoto] | None = None,
    ) -> SessionRunner:
        """`regenerate` makes new versions of `image_types` even when complete (the old files stay).

        `reference` is the session's photo when the caller has just created the session from it:
        decoding the stored copy again would delay the first request for nothing. `cancel` is the run's
        token when the caller made it before the run (the window does, so a cancel while the session is
        still being created holds). `shared` are the limits of a catalogue's runs (images at work, pace).
        `others` are the product's other photos, decoded (None: the session's stored copies are read).
        """
        return SessionRunner(
            self,
            session_id,
            choice,
            settings,
            emit,
            tuple(image_types),
            regenerate,
            reference,
            cancel or CancelToken(),
            shared,
            others,
        )


class ExportCancelled(Exception):
    """The export was cancelled before any file was written: the folder is as it was."""


class _DryRun(Exception):
    """Stops a rehearsal of an export once its files are encoded, before anything is written or removed."""


def export_images(
    images: Sequence[tuple[ImageType, Path]],
    out_dir: Path,
    sku: str,
    fmt: str = "jpeg",
    make_zip: bool = False,
    force: bool = False,
    *,
    cancelled: Callable[[], bool] = lambda: False,
    same_is_no_conflict: bool = False,
) -> ExportResult:
    """Blocking (encodes every image): call it from a worker thread. Raises `ExportConflict` before
    writing anything when files exist and `force` is False. With `same_is_no_conflict` (the CLI), files
    identical to the ones this export would write (an earlier export of the same images, perhaps one whose
    command was cancelled after writing them) are not a conflict; the window asks the seller either way.
    `cancelled()` is asked once more just before writing: `ExportCancelled` then, and nothing is written;
    after that the export finishes (its renames are quick, each atomic)."""
    from listing_genie_desktop.imaging import export

    def write(contents: Mapping[Path, bytes]) -> None:
        if cancelled():
            raise ExportCancelled("Cancelled: nothing was exported.")
        atomic_write_many(contents)

    def run(force: bool, writer: Callable[[Mapping[Path, bytes]], None]) -> ExportResult:
        return export.export_images(
            images, out_dir, sku, cast("export.Format", fmt), make_zip, force, write_files=writer
        )

    try:
        return run(force, write)
    except export.ExportConflict as conflict:
        if not same_is_no_conflict:
            raise
        staged: dict[Path, bytes] = {}

        def rehearse(contents: Mapping[Path, bytes]) -> None:
            staged.update(contents)
            raise _DryRun

        with contextlib.suppress(_DryRun):
            run(True, rehearse)
        if not all(_same_file(path, staged.get(path)) for path in conflict.paths):
            raise
        return run(True, write)


def _same_file(path: Path, data: bytes | None) -> bool:
    """The file at `path` holds `data` (a ZIP: the same members, whatever its timestamps)."""
    if data is None:
        return False
    try:
        on_disk = path.read_bytes()
    except OSError:
        return False
    if on_disk == data or path.suffix.lower() != ".zip":
        return on_disk == data
    return _zip_members(on_disk) == _zip_members(data)


def _zip_members(data: bytes) -> dict[str, bytes] | None:
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return {name: archive.read(name) for name in archive.namelist()}
    except (zipfile.BadZipFile, OSError):
        return None


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
        cancel: CancelToken | None = None,
        shared: SharedLimits | None = None,
        others: Sequence[ReferencePhoto] | None = None,
    ) -> None:
        self.services = services
        self.session_id = session_id
        self.choice = choice
        self.settings = settings
        self.emit = emit
        self.image_types = image_types
        self.regenerate = regenerate
        self.reference = reference
        self.cancel_token = cancel or CancelToken()
        self.shared = shared
        self.others = others

    def cancel(self) -> None:
        """The run's token: a cancel before the engine runs stops it as soon as it starts."""
        self.cancel_token.cancel()

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
            reference, others = await self._photos(stored)
            budget = None
            if self.settings.monthly_budget_usd > 0:
                spent, _ = await services.store.spent_since(month_start())
                choice = self.choice
                limit = self.settings.monthly_budget_usd
                budget = budget_meter(limit, spent, services.pricer, choice.name, choice.model, choice.image_size)
            engine = GenerationEngine(
                backend,
                services.store,
                services.prompts,
                finish_and_encode,
                config=engine_config(self.settings, paced=self.shared is not None),
                clock=services.clock,
                emit=self.emit,
                cancel=self.cancel_token,
                shared=self.shared,
                budget=budget,
            )
            again = stored.complete & set(self.image_types) if self.regenerate else set()
            versions = await _versions_made(services.store, self.session_id, again) if again else {}
            return await engine.run(
                self.session_id,
                stored.product.with_language(self.settings.language),
                reference,
                self.image_types,
                already_complete=stored.complete - again,
                earlier_versions=again,
                versions_made=versions,
                others=others,
            )
        finally:
            if warm_up is not None:
                warm_up.cancel()
                await asyncio.gather(warm_up, return_exceptions=True)
            if backend is not None:
                await backend.aclose()
            lease.release()

    async def _photos(self, stored: StoredSession) -> tuple[ReferencePhoto, Sequence[ReferencePhoto]]:
        """The photos given by the caller (just decoded), else the stored copies; a main photo given alone
        (`retry --image`) still runs with the session's other stored photos."""
        if self.reference is None:
            return await load_kept(stored.reference_path, stored.other_references, stored.cutout_mask)
        if self.others is None:
            return self.reference, await load_others(stored.other_references)
        return self.reference, self.others


async def _versions_made(store: HistoryStore, session_id: str, image_types: set[ImageType]) -> dict[ImageType, int]:
    """How many versions each image has (its completed attempts across all runs), read from the session. An
    edit of the texts or a touched-up cut-out keeps its version's design, so it does not count: the next design
    is still new."""
    session = await store.load_session_json(session_id)
    images = cast("list[dict[str, Any]]", session["images"])
    return {
        ImageType(image["type"]): sum(
            1
            for a in image["attempt_log"]
            if a.get("outcome") == "complete" and a.get("variation") not in SAME_DESIGN_VARIATIONS
        )
        for image in images
        if ImageType(image["type"]) in image_types
    }


async def _set_up(backend: ImageBackend) -> None:
    """The backend's one-time set-up (a Gemini client takes about 25 ms to build), started while the
    session is being loaded. Its failure is not reported here: the engine's own `prepare()` call
    before the first request reports it as that attempt's error."""
    with contextlib.suppress(Exception):
        await backend.prepare()
