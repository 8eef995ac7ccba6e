"""Where a catalogue's photos are, checked from their headers only.

Import must report every unusable photo before anything is spent, for a thousand rows in about a second: each
photo is opened lazily (format and size from the header, no decode); the full decode happens when its product runs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from listing_genie_desktop.core.catalogue import PHOTOS_MAX, PhotoLookup
from listing_genie_desktop.core.errors import InvalidInput
from listing_genie_desktop.core.messages import QT_TR_NOOP
from listing_genie_desktop.imaging.loading import MAX_FILE_BYTES, SUPPORTED_FORMATS, open_checked

_PHOTO_SUFFIXES = {f".{ext}" for ext in SUPPORTED_FORMATS.values()} | {".jpeg", ".tiff"}
_NAMED = re.compile(r"^(?P<key>.+?)(?:\.(?P<main>main)|\.pt0?(?P<pt>\d)|[_-](?P<n>\d{1,2}))?$", re.IGNORECASE)
"""`SKU`, `SKU.MAIN`, `SKU.PT01`, `SKU_1`, `SKU-2`: the names sellers and Amazon's own tools give photos."""


class FolderPhotos:
    """Photos named by path relative to `base` (the template's `photo` column), or found in `folder` by the SKU or
    handle in their file names. The folder is listed once, so a thousand lookups cost a thousand dict reads."""

    def __init__(self, base: Path, folder: Path | None) -> None:
        self.base = folder or base
        self._by_key: dict[str, list[tuple[int, str, Path]]] | None = None
        self._folder = folder

    def named(self, specs: Sequence[str]) -> PhotoLookup:
        paths: list[str] = []
        problems: list[str] = []
        for spec in specs[:PHOTOS_MAX]:
            path = Path(spec).expanduser()
            path = path if path.is_absolute() else self.base / path
            problem = photo_problem(path)
            if problem:
                problems.append(f"{spec}: {problem}")
            else:
                paths.append(str(path.resolve()))
        return PhotoLookup(tuple(paths), tuple(problems))

    def matching(self, key: str) -> PhotoLookup:
        if not key:
            return PhotoLookup()
        if self._folder is None:
            return PhotoLookup(problems=("photos are found by SKU in a folder: give one with --photos DIR",))
        found = sorted(self._index().get(key.casefold(), []))
        paths: list[str] = []
        problems: list[str] = []
        for _order, _name, path in found:
            problem = photo_problem(path)
            if problem:
                problems.append(f"{path.name}: {problem}")
            else:
                paths.append(str(path.resolve()))
        return PhotoLookup(tuple(paths[:PHOTOS_MAX]), tuple(problems) if not paths else ())

    def _index(self) -> dict[str, list[tuple[int, str, Path]]]:
        if self._by_key is None:
            self._by_key = {}
            assert self._folder is not None
            for path in self._folder.iterdir():
                if path.suffix.casefold() not in _PHOTO_SUFFIXES:
                    continue
                match = _NAMED.match(path.stem)
                if match is None:
                    continue
                order = 0 if match["main"] else int(match["pt"]) + 1 if match["pt"] else int(match["n"] or 1)
                self._by_key.setdefault(match["key"].casefold(), []).append((order, path.name, path))
        return self._by_key


NOT_FOUND = QT_TR_NOOP("not found")
LARGER_THAN = QT_TR_NOOP("larger than {limit} MB")
CANNOT_BE_READ = QT_TR_NOOP("cannot be read ({reason})")


def photo_problem(path: Path) -> str | None:
    """Why this file cannot be a product photo, or None; a sentence fragment for a row's report."""
    try:
        if not path.is_file():
            return NOT_FOUND
        if path.stat().st_size > MAX_FILE_BYTES:
            return LARGER_THAN.format(limit=MAX_FILE_BYTES // 1_000_000)
        with open_checked(path):
            return None
    except InvalidInput as exc:
        return str(exc).removeprefix("Reference photo ").rstrip(".")
    except OSError as exc:
        return CANNOT_BE_READ.format(reason=exc.strerror or exc)
