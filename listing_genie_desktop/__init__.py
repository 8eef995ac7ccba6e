"""Listing Genie Desktop: five Amazon listing images from one product photo."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("listing-genie-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
