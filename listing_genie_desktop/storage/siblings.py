"""The files kept beside an image's file, named after it: its clean scene and its preview.

Their names are this module's alone, so that the window can find a preview without knowing the history's
schema (this module imports nothing else of storage, nor peewee)."""

from __future__ import annotations

from pathlib import Path

SCENE_SUFFIX = ".scene.png"
"""The clean scene of an overlaid version: `infographic_1-2.png` -> `infographic_1-2.scene.png`."""
PREVIEW_SUFFIX = ".preview.jpg"
"""Every version's small copy for thumbnails: `main-1.png` -> `main-1.preview.jpg`."""


def scene_path_for(image_path: Path) -> Path:
    return image_path.with_name(image_path.name.removesuffix(".png") + SCENE_SUFFIX)


def preview_path_for(image_path: Path) -> Path:
    return image_path.with_name(image_path.name.removesuffix(".png") + PREVIEW_SUFFIX)


def current_preview(image_path: Path) -> Path | None:
    """The image's preview when there is one written since the image (it is written after it, so an older
    one belongs to a file that had the same name before); None otherwise, or when either file is gone."""
    preview = preview_path_for(image_path)
    try:
        return preview if preview.stat().st_mtime_ns >= image_path.stat().st_mtime_ns else None
    except OSError:
        return None
