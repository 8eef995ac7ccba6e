"""A kept list of the key's models, as if the app had listed them a moment ago: windows and runs in tests
then use it instead of asking the API (which, without a fake server, would be Google's)."""

from __future__ import annotations

from collections.abc import Iterable

from listing_genie_desktop.backends.model_catalogue import ModelList, capability_table
from listing_genie_desktop.core.clock import utc_now_iso
from listing_genie_desktop.model_directory import ModelDirectory
from listing_genie_desktop.paths import AppPaths
from tests.fakes.gemini_server import TODAYS_IMAGE_MODELS


def keep_model_list(names: Iterable[str] = TODAYS_IMAGE_MODELS, *, fetched_at: str | None = None) -> ModelList:
    """Writes the Gemini model list into LISTING_GENIE_HOME's data folder and returns it."""
    listed = capability_table("gemini").merge(names, fetched_at or utc_now_iso())
    ModelDirectory(AppPaths.from_environment()).keep("gemini", listed)
    return listed
