"""What the window shows of one session, and the value types its actions exchange with the widgets."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from listing_genie_desktop.core.product import ImageType
from listing_genie_desktop.ui.state import IDLE_BANNER, BannerState, ImageState, fresh_images


@dataclass
class SessionView:
    """Everything the window shows about one session, kept up to date while it runs."""

    session_id: str
    product: dict[str, Any]
    reference_path: str
    status: str = "pending"
    summary: str | None = None
    images: dict[ImageType, ImageState] = field(default_factory=fresh_images)
    banner: BannerState = IDLE_BANNER
    paused_until: float | None = None
    language: str = "auto"
    """The language its labels were drawn in (its stored run options), for the form that shows it."""
    other_reference_paths: tuple[str, ...] = ()
    """The stored copies of the product's other photos, after the main one (`reference_path`)."""

    @property
    def title(self) -> str:
        return str(self.product.get("title", ""))

    @property
    def unfinished(self) -> list[ImageType]:
        return [t for t, state in self.images.items() if state.status.is_unfinished]


@dataclass(frozen=True)
class ExportRequest:
    session_id: str
    folder: Path
    sku: str
    fmt: str = "jpeg"
    make_zip: bool = False
    force: bool = False


@dataclass(frozen=True)
class ExportDone:
    folder: str
    sku: str
    count: int
    zip_path: str | None = None
    warning: str = ""
    """The images written that are not Amazon-ready, by file name, and why ("" when all are)."""


def exportable_images(session: dict[str, Any]) -> list[tuple[ImageType, Path]]:
    """(type, path) of the complete images of a stored session (contract JSON)."""
    return [
        (ImageType(entry["type"]), Path(entry["path"]))
        for entry in session.get("images", ())
        if entry.get("status") == "complete" and entry.get("path")
    ]
