"""Listing Genie Desktop: five Amazon listing images from one product photo."""

from __future__ import annotations

__all__ = ["__version__"]


def __getattr__(name: str) -> str:
    """`__version__` is read from the package metadata on first use only: importlib.metadata
    costs about 30 ms, which the window's start-up does not need to pay."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        value = version("listing-genie-desktop")
    except PackageNotFoundError:  # running from a source tree that was never installed
        value = "0.0.0+source"
    globals()["__version__"] = value
    return value
