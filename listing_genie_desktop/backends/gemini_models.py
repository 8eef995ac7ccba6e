"""Which Gemini image models a key can use today: the API's list (`client.aio.models.list()`, GET
/v1beta/models) merged with the capability table `resources/gemini_models.json`.

The registry exposes this as the Gemini entry's `ModelCatalogue`, so the services and the window never
import the SDK or this module's internals. Importing it is cheap: the SDK is loaded by the backend, in a
worker thread, only when the list is fetched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from listing_genie_desktop.backends.model_catalogue import CapabilityTable, ModelList, bare_name, capability_table
from listing_genie_desktop.core.clock import utc_now_iso
from listing_genie_desktop.core.errors import GenerationError
from listing_genie_desktop.core.messages import QT_TR_NOOP

if TYPE_CHECKING:
    from listing_genie_desktop.backends.registry import BackendSetup

BACKEND = "gemini"
NOT_FOUND_SENTENCES = {
    (True, True): QT_TR_NOOP("{status} NOT_FOUND: the model {name} was retired by Google; use {replacement} instead."),
    (True, False): QT_TR_NOOP(
        "{status} NOT_FOUND: the model {name} was retired by Google; choose another image model."
    ),
    (False, True): QT_TR_NOOP(
        "{status} NOT_FOUND: the model {name} is not served to this key (retired or unknown); "
        "use {replacement} instead."
    ),
    (False, False): QT_TR_NOOP(
        "{status} NOT_FOUND: the model {name} is not served to this key (retired or unknown); "
        "choose another image model."
    ),
}
"""(retired, has a replacement) -> what a 404 for the model means today."""
CHOOSE_INSTEAD = QT_TR_NOOP("Choose {replacement} as the model in Settings.")


def gemini_table() -> CapabilityTable:
    return capability_table(BACKEND)


def table_default() -> str | None:
    """The model used when no list is known (no network, no cache): the table's best current one."""
    best = gemini_table().current().recommended
    return best.name if best is not None else None


async def discover(setup: BackendSetup) -> ModelList:
    """The key's image models, best first, stamped with the time they were listed. Raises the contract's
    `GenerationError` (auth, network, timeout...) when the API cannot say."""
    from listing_genie_desktop.backends.gemini import GeminiBackend

    if not setup.api_key:
        raise ValueError("listing Gemini models needs an API key")
    backend = GeminiBackend(setup.api_key, attempt_timeout_s=setup.attempt_timeout_s)
    try:
        names = await backend.list_model_names(setup.attempt_timeout_s)
    finally:
        await backend.aclose()
    return gemini_table().merge(names, utc_now_iso())


def explain_not_found(error: GenerationError, model: str) -> GenerationError:
    """A 404 for the model, told as what it means today (retired, or never served to this key) with the
    model to use instead: Google's named replacement when the table has one, else its best current model."""
    name = bare_name(model)
    table = gemini_table()
    info = table.describe(name)
    replacement = table.replacement_for(name)
    sentence = NOT_FOUND_SENTENCES[info.retired, replacement is not None]
    return GenerationError(
        error.kind,
        sentence.format(status=error.http_status or 404, name=name, replacement=replacement),
        http_status=error.http_status,
        detail=error.detail,
        advice=CHOOSE_INSTEAD.format(replacement=replacement) if replacement else None,
    )
