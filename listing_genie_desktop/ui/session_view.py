"""What the window shows of one session, and the value types its actions exchange with the widgets."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from listing_genie_desktop.core.outcome import SessionStatus
from listing_genie_desktop.core.product import ImageType, ProductContext
from listing_genie_desktop.ui.state import IDLE_BANNER, BannerState, ImageState, fresh_images


@dataclass
class SessionView:
    """Everything the window shows about one session, kept up to date while it runs."""

    session_id: str
    product: ProductContext
    reference_path: str
    status: SessionStatus = SessionStatus.PENDING
    images: dict[ImageType, ImageState] = field(default_factory=fresh_images)
    """One per image the session has, in listing order."""
    banner: BannerState = IDLE_BANNER
    paused_until: float | None = None
    language: str = "auto"
    """The language its labels were drawn in (its stored run options), for the form that shows it."""
    other_reference_paths: tuple[str, ...] = ()
    """The stored copies of the product's other photos, after the main one (`reference_path`)."""

    @property
    def title(self) -> str:
        return self.product.title

    @property
    def unfinished(self) -> list[ImageType]:
        return [t for t, state in self.images.items() if state.status.is_unfinished]


@dataclass(frozen=True)
class RunEnded:
    """A run that ended, as the window tells it (status bar, notification)."""

    session_id: str
    status: SessionStatus
    ready: int
    """Its session's complete images."""
    total: int
    """Its session's images."""
    summary: str
    """The run's one sentence (the contract's English), for the desktop notification."""


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
