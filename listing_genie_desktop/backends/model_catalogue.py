"""What a backend's models can do, and which of them a key can use: the capability table shipped as data,
merged with the models the API lists.

Model ids change within months (Google shut down the app's first default a year after it shipped), so no
id lives in code: the table (`resources/<backend>_models.json`) says what is known about each model or
model family (sizes, aspect ratios, reference images, prices, status, replacement, rank), and the API's
own list says what the key can use today. A model the table does not know is still usable with the
table's safe defaults (one square image, one reference photo, no size asked; its price estimated by
`model_prices`).

Pure data and rules: nothing here talks to a network, so every rule is tested without a server.
"""

from __future__ import annotations

import fnmatch
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from listing_genie_desktop.resources import resource_path

SIZES = ("1K", "2K", "4K")
"""The output sizes a user can ask for (`--size`), smallest first."""
RETIRED = "retired"


@dataclass(frozen=True)
class ModelInfo:
    """One image model: what the table says about it, or the safe defaults when it says nothing."""

    name: str
    sizes: tuple[str, ...] = ()
    """Output sizes it makes; empty: it takes no size (nothing is asked, the model decides)."""
    aspect_ratios: tuple[str, ...] = ("1:1",)
    max_reference_images: int = 1
    price_usd_per_image: Mapping[str, float | None] = field(default_factory=dict)
    """Per output size; a missing or None price is not known here (`model_prices` estimates it, upwards)."""
    price_usd_per_million_output_tokens: float | None = None
    """When known, the price of what the API reports it billed, and it wins over the price per image."""
    status: str = "unknown"
    """current, preview, retired, or unknown (not in the table)."""
    replacement: str | None = None
    rank: int = 900
    """Lower is better: the default model is the best-ranked one the key can use."""

    @property
    def known(self) -> bool:
        return self.status != "unknown"

    @property
    def retired(self) -> bool:
        return self.status == RETIRED

    def size_for(self, requested: str | None) -> str | None:
        """The `image_size` to send for a requested size: None for a model that takes no size, or makes only
        one (asking a 1K-only model for 1K gains nothing and risks a 400); else the requested size, or the
        largest it makes below it (a 4K request to a model that stops at 2K asks 2K)."""
        if len(self.sizes) < 2 or requested is None:
            return None
        if requested in self.sizes:
            return requested
        below = [s for s in self.sizes if s in SIZES and SIZES.index(s) <= SIZES.index(requested)]
        return below[-1] if below else self.sizes[0]

    def price(self, size: str | None) -> float | None:
        return self.price_usd_per_image.get(size or "")

    def price_text(self) -> str:
        """Prices by size in words ("1K $0.034 · 4K $0.11"), or "price unknown"."""
        known = [f"{size} ${price:g}" for size, price in self.price_usd_per_image.items() if price is not None and size]
        if self.price_usd_per_million_output_tokens is not None:
            known.append(f"${self.price_usd_per_million_output_tokens:g} per million output tokens")
        elif not known and self.price_usd_per_image.get("") is not None:
            known.append(f"${self.price_usd_per_image['']:g} an image")
        return " · ".join(known) or "price unknown"

    def priced_at(self, usd_per_image: float) -> ModelInfo:
        """This model at the user's own price per image, whatever the size (their contract or currency)."""
        return replace(
            self,
            price_usd_per_image=dict.fromkeys(("", *SIZES), usd_per_image),
            price_usd_per_million_output_tokens=None,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "sizes": list(self.sizes),
            "aspect_ratios": list(self.aspect_ratios),
            "max_reference_images": self.max_reference_images,
            "price_usd_per_image": dict(self.price_usd_per_image),
            "price_usd_per_million_output_tokens": self.price_usd_per_million_output_tokens,
            "status": self.status,
            "replacement": self.replacement,
            "rank": self.rank,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any], defaults: ModelInfo | None = None) -> ModelInfo:
        """From the table or the cache; fields left out keep `defaults` (the table's "unknown")."""
        base = defaults or cls(name=str(data["name"]))
        prices = data.get("price_usd_per_image", base.price_usd_per_image)
        per_million = data.get("price_usd_per_million_output_tokens", base.price_usd_per_million_output_tokens)
        return replace(
            base,
            name=str(data.get("name", base.name)),
            sizes=tuple(str(s) for s in data.get("sizes", base.sizes)),
            aspect_ratios=tuple(str(a) for a in data.get("aspect_ratios", base.aspect_ratios)),
            max_reference_images=int(data.get("max_reference_images", base.max_reference_images)),
            price_usd_per_image={str(k): None if v is None else float(v) for k, v in dict(prices).items()},
            price_usd_per_million_output_tokens=None if per_million is None else float(per_million),
            status=str(data.get("status", base.status)),
            replacement=data.get("replacement", base.replacement),
            rank=int(data.get("rank", base.rank)),
        )


@dataclass(frozen=True)
class ModelList:
    """The image models a key can use, best first. `fetched_at` (ISO-8601) says when the API listed them;
    None means nobody asked the API: the table's current models stand in, and nothing can be refused."""

    models: tuple[ModelInfo, ...]
    fetched_at: str | None = None

    @property
    def listed(self) -> bool:
        return self.fetched_at is not None

    @property
    def recommended(self) -> ModelInfo | None:
        """The best-ranked model that is not retired (a retired one the API still lists is a last resort)."""
        usable = [m for m in self.models if not m.retired]
        return (usable or list(self.models) or [None])[0]

    def get(self, name: str) -> ModelInfo | None:
        wanted = bare_name(name)
        return next((m for m in self.models if m.name == wanted), None)

    def instead(self, limit: int = 3) -> str:
        """The models to use instead of one refused, in words: "a (recommended), b or c"."""
        names = [m.name for m in self.models if not m.retired][:limit]
        if not names:
            return "no image model (the key lists none)"
        names[0] += " (recommended)"
        return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"

    def to_json(self) -> list[dict[str, Any]]:
        """The contract's `models --json` objects: `name`, `sizes`, `max_reference_images`, `recommended`."""
        best = self.recommended
        return [{**m.to_json(), "recommended": m is best} for m in self.models]


class CapabilityTable:
    """The shipped table of one backend's models, looked up by exact id, then by family pattern."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.unknown = ModelInfo.from_json({"name": "", **data.get("unknown", {})})
        self.patterns = tuple(str(p) for p in data.get("image_model_patterns", ()))
        self._exact: dict[str, ModelInfo] = {}
        self._families: list[tuple[str, ModelInfo]] = []
        for entry in data.get("models", ()):
            info = ModelInfo.from_json({"name": entry.get("name") or entry["family"], **entry}, self.unknown)
            if "family" in entry:
                self._families.append((str(entry["family"]), info))
            else:
                self._exact[info.name] = info

    def describe(self, name: str) -> ModelInfo:
        """What is known of `name` ("models/..." or bare), else the safe defaults under its own name."""
        bare = bare_name(name)
        if bare in self._exact:
            return self._exact[bare]
        for pattern, info in self._families:
            if fnmatch.fnmatchcase(bare, pattern):
                return replace(info, name=bare)
        return replace(self.unknown, name=bare)

    def is_image_model(self, name: str) -> bool:
        """Known to the table, or named like an image model: text-only models are never offered."""
        bare = bare_name(name)
        return self.describe(bare).known or any(fnmatch.fnmatchcase(bare, p) for p in self.patterns)

    def merge(self, listed: Iterable[str], fetched_at: str) -> ModelList:
        """The API's list (names of models that can generate content) kept to image models, described by the
        table, best first."""
        names = dict.fromkeys(bare_name(n) for n in listed if self.is_image_model(n))
        return ModelList(tuple(sorted((self.describe(n) for n in names), key=_order)), fetched_at)

    def current(self) -> ModelList:
        """The table's own current models, best first: what stands in when no list is known."""
        models = [m for m in self._exact.values() if m.status in ("current", "preview")]
        return ModelList(tuple(sorted(models, key=_order)))

    def replacement_for(self, name: str) -> str | None:
        """The model to use instead of `name`: its named replacement, else the table's best current one."""
        named = self.describe(name).replacement
        best = self.current().recommended
        return named or (best.name if best is not None and best.name != bare_name(name) else None)


def _order(info: ModelInfo) -> tuple[int, str]:
    return info.rank, info.name


def bare_name(name: str) -> str:
    """The API lists "models/gemini-x"; people type "gemini-x"."""
    return name.strip().removeprefix("models/")


@cache
def capability_table(backend: str) -> CapabilityTable:
    """`resources/<backend>_models.json`, read once."""
    return CapabilityTable(json.loads(resource_path(f"{backend}_models.json").read_text(encoding="utf-8")))
