"""Which backend, model and size a run uses: `auto` resolved (the offline studio when the API cannot be
reached at all), the model picked from the key's list (a retired one refused, or replaced in a retry, with
the words that say so), checked before anything is written or requested. Composition layer: the CLI, the
window and catalogues all choose here, through `services`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from listing_genie_desktop.api_keys import resolve_api_key
from listing_genie_desktop.backends.model_catalogue import CapabilityTable, ModelList
from listing_genie_desktop.backends.registry import AUTO, BackendEntry, backend_entry, backend_names, resolve_auto
from listing_genie_desktop.core.errors import ErrorKind, GenerationError, InvalidInput
from listing_genie_desktop.core.messages import QT_TR_NOOP
from listing_genie_desktop.model_directory import ModelDirectory
from listing_genie_desktop.settings import Settings

NO_IMAGE_MODEL = QT_TR_NOOP("The API lists no image model for this key: use the studio backend.")
# Whole sentences, so that the window finds each one's template and shows it in its language (ui/messages.py).
UNKNOWN_BACKEND = QT_TR_NOOP("Unknown backend '{requested}': use {names}.")
RETIRED_REPLACED = QT_TR_NOOP("The model {model} was retired by Google: {instead}, its replacement, is used instead.")
NOT_LISTED = {
    True: QT_TR_NOOP("The model {model} was retired by Google: use {instead} instead."),
    False: QT_TR_NOOP("The model {model} is not served to this key: use {instead} instead."),
}
"""Whether the capability table knows the model as retired -> the refusal."""
NOT_LISTED_REPLACED = {
    True: QT_TR_NOOP("The model {model} was retired by Google: {instead}, the recommended one, is used instead."),
    False: QT_TR_NOOP("The model {model} is not served to this key: {instead}, the recommended one, is used instead."),
}
LIST_FAILED = {
    True: QT_TR_NOOP("The models of this key could not be listed ({problem}): the last list is used."),
    False: QT_TR_NOOP(
        "The models of this key could not be listed ({problem}): {model} is checked before the first image."
    ),
}
"""Whether a list was kept from earlier -> what the run does without a new one."""
OFFLINE = QT_TR_NOOP("{unreachable} could not be reached ({problem}): {label} is used instead.")


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
            raise InvalidInput(UNKNOWN_BACKEND.format(requested=requested, names=names), field="backend") from None
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
        instead = table.replacement_for(info.name) if info.retired and replace_unlisted else None
        if instead is not None:  # known retired without asking the API: its replacement, said so
            notice = RETIRED_REPLACED.format(model=info.name, instead=instead)
            info = table.describe(instead)
    else:
        info = listed.get(requested) if requested else listed.recommended
        if info is None and requested is not None:
            retired = table.describe(requested).retired
            best = listed.recommended
            if not replace_unlisted or best is None:
                refusal = NOT_LISTED[retired].format(model=requested, instead=listed.instead())
                raise InvalidInput(refusal, field="model")
            notice = NOT_LISTED_REPLACED[retired].format(model=requested, instead=best.name)
            info = best
        if info is None:
            raise InvalidInput(NO_IMAGE_MODEL, field="model")
    return BackendChoice(backend, info.name, info.size_for(settings.image_size), listed is not None, notice)


async def choose_run(settings: Settings, models: ModelDirectory, *, replace_unlisted: bool = False) -> BackendChoice:
    """The backend and model a run uses (see `pick_model`); the key's model list is fetched first when the
    kept one is missing or old. Raises `InvalidInput` before anything is written or requested."""
    choice = choose_backend(settings.backend, settings.model or None)
    entry = backend_entry(choice.name)
    if entry.model_catalogue is None:
        return choice
    known = await models.known(entry)
    if settings.backend == AUTO:
        offline = known.problem if known.asked else await _unreachable(entry)
        if offline is not None and offline.kind is ErrorKind.NETWORK:
            return offline_choice(entry.label, offline)
    picked = pick_model(
        choice.name, entry.model_catalogue.table(), known.models, settings, replace_unlisted=replace_unlisted
    )
    if known.problem is None or picked.notice:
        return picked
    notice = LIST_FAILED[bool(known.models)].format(problem=known.problem.message, model=picked.model)
    return replace(picked, notice=notice)


async def _unreachable(entry: BackendEntry) -> GenerationError | None:
    """With the key's models kept from earlier, nothing has asked the network yet: one TCP connection does,
    so that a machine without network is told at once instead of after every image's retries."""
    if entry.endpoint is None:
        return None
    from listing_genie_desktop.backends.reachability import unreachable

    return await unreachable(entry.endpoint())


def offline_choice(unreachable: str, problem: GenerationError) -> BackendChoice:
    """`auto` when the API cannot be reached at all (DNS, refused, no route): the backend that works offline,
    and a notice saying so, instead of every image failing after its retries."""
    entry = resolve_auto(has_key=False)
    return BackendChoice(
        entry.name,
        entry.default_model(),
        notice=OFFLINE.format(unreachable=unreachable, problem=problem.message, label=entry.label),
    )


async def model_instead(models: ModelDirectory, backend: str, model: str | None) -> str | None:
    """The model a retry of a session made with `model` uses instead (see `pick_model`), when `model` is no
    longer served: the kept list's recommended one when the list lacks it, else the table's replacement of a
    model it knows retired. None while `model` is served, or nothing says otherwise. Asks no network."""
    try:
        entry = backend_entry(backend)
    except KeyError:
        return None
    if entry.model_catalogue is None or not model:
        return None
    listed = await models.cached(entry)
    table = entry.model_catalogue.table()
    if listed is None:
        return table.replacement_for(model) if table.describe(model).retired else None
    best = listed.recommended
    return None if listed.get(model) is not None or best is None else best.name
