"""The key's image models, kept in the data folder (`models.json`, with the time they were listed) so a run
knows them without asking the API each time; refreshed when older than a day, at window start and from
Settings.

The list itself comes from the backend registry's `ModelCatalogue` (the API's list merged with the
shipped capability table): nothing here knows Gemini.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from listing_genie_desktop.api_keys import resolve_api_key
from listing_genie_desktop.backends.model_catalogue import ModelInfo, ModelList
from listing_genie_desktop.backends.registry import BackendEntry, BackendSetup
from listing_genie_desktop.core.errors import GenerationError, InvalidInput
from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.storage.files import atomic_write_text

log = logging.getLogger("listing_genie.models")
CACHE_FILE = "models.json"
REFRESH_AFTER_S = 24 * 3600.0
"""A list older than this is fetched again before a run uses it (ids change within months, not hours)."""
START_REFRESH_S = 3600.0
"""The window lists the models again as it opens when its kept list is older than this."""
DISCOVERY_TIMEOUT_S = 15.0


@dataclass(frozen=True)
class Known:
    """What is known of a backend's models before a run: the list (None: never listed, and the API could not
    be asked) and, when a refresh failed, why (the list may then be an older one)."""

    models: ModelList | None
    problem: GenerationError | None = None
    asked: bool = False
    """The API was asked just now (so whether it can be reached is known); False: the kept list was used."""


class ModelDirectory:
    def __init__(self, paths: AppPaths, now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.path = paths.data / CACHE_FILE
        self._now = now
        self._lock = asyncio.Lock()

    async def cached(self, entry: BackendEntry) -> ModelList | None:
        """The list kept in the data folder, whatever its age (None: none, or unreadable)."""
        return (await asyncio.to_thread(self._read)).get(entry.name)

    async def refresh(self, entry: BackendEntry, api_key: str | None = None) -> ModelList:
        """Lists the key's models now and keeps them. Raises `GenerationError` when the API cannot say
        (`InvalidInput` without a key), and ValueError for a backend without a choice of models."""
        if entry.model_catalogue is None:
            raise ValueError(f"backend {entry.name} has no models to list")
        if api_key is None:
            key = await asyncio.to_thread(resolve_api_key)
            api_key = key.value if key else None
        if entry.needs_key and api_key is None:
            raise InvalidInput(entry.missing_key, field="backend")
        await asyncio.to_thread(entry.load)
        listed = await entry.model_catalogue.discover(BackendSetup(None, api_key, DISCOVERY_TIMEOUT_S))
        async with self._lock:
            await asyncio.to_thread(self.keep, entry.name, listed)
        log.info("%s lists %d image models", entry.name, len(listed.models))
        return listed

    async def known(self, entry: BackendEntry, *, refresh_after_s: float = REFRESH_AFTER_S) -> Known:
        """The list a run decides with: the kept one when fresh, else a new one, else the kept one however
        old (with the reason the refresh failed)."""
        kept = await self.cached(entry)
        if kept is not None and self.is_fresh(kept, refresh_after_s):
            return Known(kept)
        try:
            return Known(await self.refresh(entry), asked=True)
        except GenerationError as problem:
            log.warning("could not list %s models: %s", entry.name, problem.message)
            return Known(kept, problem, asked=True)

    def is_fresh(self, models: ModelList, max_age_s: float) -> bool:
        """Listed less than `max_age_s` ago (a list stamped in the future, a clock set back, is not fresh)."""
        try:
            fetched = datetime.fromisoformat(models.fetched_at or "")
        except ValueError:
            return False
        if fetched.tzinfo is None:
            fetched = fetched.replace(tzinfo=UTC)
        return 0 <= (self._now() - fetched).total_seconds() < max_age_s

    def _read(self) -> dict[str, ModelList]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return {
                name: ModelList(tuple(ModelInfo.from_json(m) for m in kept["models"]), str(kept["fetched_at"]))
                for name, kept in data.items()
            }
        except FileNotFoundError:
            return {}
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            log.warning("model list %s unusable (%s): it will be fetched again", self.path, exc)
            return {}

    def keep(self, backend: str, models: ModelList) -> None:
        """Blocking: writes `models` as `backend`'s list, atomically (a crash leaves the old file whole)."""
        kept = {**self._read(), backend: models}
        data = {
            name: {"fetched_at": m.fetched_at, "models": [i.to_json() for i in m.models]} for name, m in kept.items()
        }
        atomic_write_text(self.path, json.dumps(data, indent=2))
