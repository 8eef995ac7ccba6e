"""Product files and photo folders as sellers have them, written for each test."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image


@pytest.fixture
def make_photo() -> Callable[..., Path]:
    def make(path: Path, size: tuple[int, int] = (640, 480)) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        Image.new("RGB", size, (180, 90, 40)).save(path)
        return path

    return make


@pytest.fixture
def write_file(tmp_path: Path) -> Callable[..., Path]:
    def write(name: str, lines: list[str], encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_text("\n".join(lines) + "\n", encoding=encoding)
        return path

    return write
