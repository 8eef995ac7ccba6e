"""Test-wide configuration: headless Qt, and an isolated data folder for every test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    """Each test writes into its own LISTING_GENIE_HOME and sees no real API key."""
    home = tmp_path / "home"
    monkeypatch.setenv("LISTING_GENIE_HOME", str(home))
    for name in ("GEMINI_API_KEY", "GOOGLE_API_KEY", "GOOGLE_GEMINI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    return home
