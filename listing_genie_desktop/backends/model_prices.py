"""What one answer of a model costs, always as a number: the table's (or the user's) price where it is known,
else an estimate that never understates, said in words.

Google changes its image models within months, and the capability table cannot know every price (a model
the table has never heard of, or a size whose price no list gave). A cost shown as "unknown" left sellers
with no total and no budget; a cost guessed low would let a budget be passed. So a missing price is taken
from what is known, always upwards:

1. the user's own price per image (Settings), else the table's price per million output tokens applied to
   the tokens the API reported, else its price per image at the size asked;
2. else the same model's price at the next larger size it has a price for (nano-banana-2.1 at 2K: its 4K
   price);
3. else the dearest price the table knows: per million output tokens, applied to the reported tokens, or,
   with no tokens to apply it to, the dearest price per image at that size.

Only answers cost anything: an attempt the API answered with an error and no usage costs 0.
Pure rules over the table, no network.
"""

from __future__ import annotations

from dataclasses import dataclass

from listing_genie_desktop.backends.model_catalogue import SIZES, CapabilityTable, ModelInfo


@dataclass(frozen=True)
class Quote:
    usd: float
    basis: str | None = None
    """None: the model's own price; else how the figure was estimated ("price unknown, estimated ...")."""


def quote(
    table: CapabilityTable, info: ModelInfo, size: str | None, output_tokens: int | None, *, delivered: bool = True
) -> Quote:
    """The estimated USD of one attempt of `info` at `size` that reported `output_tokens` (None: no usage) and
    `delivered` an image or not; with `output_tokens` None and `delivered`, what an image should cost (a run's
    estimate before it starts)."""
    if output_tokens is None and not delivered:
        return Quote(0.0)
    if output_tokens is not None and info.price_usd_per_million_output_tokens is not None:
        return Quote(output_tokens * info.price_usd_per_million_output_tokens / 1_000_000)
    own = info.price(size)
    if own is not None:
        return Quote(own)
    larger = _own_larger_price(info, size)
    if larger is not None:
        at, price = larger
        return Quote(price, f"{info.name} has no known price at {size}: estimated at its {at} price")
    return _dearest(table, info.name, size, output_tokens)


def _own_larger_price(info: ModelInfo, size: str | None) -> tuple[str, float] | None:
    """The model's price at the smallest size above `size` that has one (any size when it takes none)."""
    start = SIZES.index(size) + 1 if size in SIZES else 0
    for larger in SIZES[start:]:
        price = info.price(larger)
        if price is not None:
            return larger, price
    return None


def _dearest(table: CapabilityTable, name: str, size: str | None, output_tokens: int | None) -> Quote:
    """The dearest known price: per million output tokens when there are tokens to apply it to, else per image
    at `size` (at any size when the table has none at it)."""
    known = table.current().models
    unknown = f"the price of {name} is unknown"
    per_million = [(m.price_usd_per_million_output_tokens, m.name) for m in known]
    rates = sorted((rate, model) for rate, model in per_million if rate is not None)
    if output_tokens is not None and rates:
        rate, model = rates[-1]
        basis = f"{unknown}: estimated at ${rate:g} per million output tokens ({model}'s, the dearest known)"
        return Quote(output_tokens * rate / 1_000_000, basis)
    prices = sorted((p, s, m.name) for m in known for s, p in m.price_usd_per_image.items() if p is not None and s)
    at_size = [entry for entry in prices if entry[1] == size] or prices
    if not at_size:
        return Quote(0.0, f"{unknown} and no price is known")
    price, at, model = at_size[-1]
    return Quote(price, f"{unknown}: estimated at {model}'s {at} price (${price:g}), the dearest known")
