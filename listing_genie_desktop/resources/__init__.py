"""Bundled resources (prompt templates, fonts, icons, the sample photo).

One helper finds them from a source tree, an installed wheel and a PyInstaller bundle alike,
because they live inside the package and PyInstaller keeps the package layout.
"""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    path = RESOURCES.joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"Bundled resource missing: {'/'.join(parts)} (looked in {RESOURCES})")
    return path
