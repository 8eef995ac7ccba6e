"""A session as the history store gives it: typed records (enums, datetimes, paths), not JSON.

The services, the window and the CLI read these fields; the contract's session JSON is built from them
only at the CLI's edge (`cli_json.py`). What can be derived is derived here, never stored twice: an
image's cost from its attempts', the session's from its images', which images are complete, which
complete ones are not Amazon-ready. Storage fills in what it alone knows (an image whose file was deleted
is already a failure with `missing_file` set, a run the disk stopped is already shown ended).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from listing_genie_desktop.core.cost import cost_note, total
from listing_genie_desktop.core.errors import ErrorKind
from listing_genie_desktop.core.outcome import ImageStatus, SessionStatus
from listing_genie_desktop.core.product import ImageType, ProductContext
from listing_genie_desktop.core.readiness import NotReady, not_ready


class AttemptOutcome(StrEnum):
    """How one attempt ended (`processing` while its request is on the way)."""

    PROCESSING = "processing"
    COMPLETE = "complete"
    FAILED = "failed"
    CANCELLED = "cancelled"
    INTERRUPTED = "interrupted"


EDIT_VARIATION = "edit"
"""The variation of a version made without a generation: new texts on the image drawn again."""
TOUCH_UP_VARIATION = "touch-up"
"""The variation of a version drawn again from the seller's corrected cut-out (no request to any backend)."""
SAME_DESIGN_VARIATIONS = frozenset({EDIT_VARIATION, TOUCH_UP_VARIATION})
"""Versions drawn again in the design of the version they replace (new texts, a corrected cut-out): they do
not move an image on to its next alternative design."""


@dataclass(frozen=True)
class Compliance:
    """The Amazon checks stored with an image's delivered file."""

    compliant: bool
    issues: tuple[str, ...] = ()


@dataclass(frozen=True)
class AttemptRecord:
    n: int
    run: int
    """Which run of the session made it: 1 for generate, 2+ for each retry or regenerate."""
    started_at: datetime
    ended_at: datetime | None
    delay_before_s: float
    variation: str
    outcome: AttemptOutcome
    error_kind: ErrorKind | None
    error: str | None
    http_status: int | None
    duration_ms: int | None
    path: Path | None
    """The file it produced: older versions stay findable after a regenerate."""
    prompt_tokens: int | None
    output_tokens: int | None
    backend: str | None
    """What made it: the attempt's own record, or its session's for attempts stored before schema 5."""
    model: str | None
    estimated_cost_usd: float | None
    """From the usage it reported and its model's price; None when the price is unknown."""
    cost_note: str | None = None
    """How its price was estimated when the capability table lacks the model's own; None when it had it."""

    @property
    def delivered(self) -> bool:
        return self.outcome is AttemptOutcome.COMPLETE

    @property
    def new_design(self) -> bool:
        """A delivered version that is a design of its own (not a text edit or a touched-up cut-out)."""
        return self.delivered and self.variation not in SAME_DESIGN_VARIATIONS


@dataclass(frozen=True)
class ImageRecord:
    image_type: ImageType
    status: ImageStatus
    attempts: int
    """Generation calls for this image across all runs."""
    path: Path | None
    """The delivered file (None unless complete)."""
    error_kind: ErrorKind | None
    error: str | None
    compliance: Compliance | None
    texts: Mapping[str, str]
    """KEY -> text of every text drawn on the delivered file, in drawing order."""
    attempt_log: tuple[AttemptRecord, ...]
    missing_file: Path | None = None
    """Where its file was when the row said complete but the file has been deleted (it is then failed)."""

    @property
    def estimated_cost_usd(self) -> float | None:
        return total(a.estimated_cost_usd for a in self.attempt_log)

    @property
    def cost_note(self) -> str | None:
        return cost_note(a.cost_note for a in self.attempt_log)

    @property
    def billed(self) -> bool:
        """Something was billed for it (a cost, or usage the API reported): its cost is worth showing."""
        return self.estimated_cost_usd != 0 or any(a.output_tokens for a in self.attempt_log)

    @property
    def versions(self) -> tuple[Path, ...]:
        """The files of its delivered attempts, oldest first, each once."""
        return tuple(dict.fromkeys(a.path for a in self.attempt_log if a.delivered and a.path is not None))

    @property
    def design(self) -> int:
        """The design (the engine's `remake`) of its current version: a generated version is design n when n
        versions came before it; an edit or a touch-up keeps the design of the version it replaced."""
        design, made = 0, 0
        for attempt in self.attempt_log:
            if not attempt.delivered:
                continue
            if attempt.new_design:
                design = made
            made += 1
        return design


@dataclass(frozen=True)
class SessionRecord:
    session_id: str
    status: SessionStatus
    backend: str
    model: str | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    summary: str | None
    """The one sentence the run (or recovery) recorded, or the store's own once files were deleted."""
    product: ProductContext
    settings: Mapping[str, object]
    """The run options stored with it (enough to reproduce the run)."""
    reference_path: Path
    other_references: tuple[Path, ...]
    """The stored copies of the product's other photos (after the main one), those still there."""
    images: tuple[ImageRecord, ...]
    """In listing order."""
    log_path: Path
    db_path: Path

    @property
    def image_size(self) -> str | None:
        size = self.settings.get("image_size")
        return size if isinstance(size, str) else None

    @property
    def language(self) -> str:
        """The language its labels were drawn in, as chosen for its run ("auto" when not stored)."""
        return str(self.settings.get("language", "auto"))

    @property
    def reference_images(self) -> tuple[Path, ...]:
        return (self.reference_path, *self.other_references)

    @property
    def estimated_cost_usd(self) -> float | None:
        return total(image.estimated_cost_usd for image in self.images)

    @property
    def cost_note(self) -> str | None:
        return cost_note(image.cost_note for image in self.images)

    @property
    def complete(self) -> tuple[ImageRecord, ...]:
        return tuple(i for i in self.images if i.status is ImageStatus.COMPLETE and i.path is not None)

    @property
    def missing_files(self) -> tuple[Path, ...]:
        return tuple(i.missing_file for i in self.images if i.missing_file is not None)

    def image(self, image_type: ImageType) -> ImageRecord | None:
        return next((i for i in self.images if i.image_type is image_type), None)

    def not_ready(self) -> list[NotReady]:
        """The complete images whose stored compliance report says they are not Amazon-ready."""
        return not_ready(
            (i.image_type, i.compliance.compliant, i.compliance.issues)
            for i in self.images
            if i.status is ImageStatus.COMPLETE and i.compliance is not None
        )


@dataclass(frozen=True)
class SessionSummary:
    """One row of the history list."""

    session_id: str
    title: str
    status: SessionStatus
    created_at: datetime
    images_complete: int
    """Complete images whose files are there."""
    thumbnail: Path | None
    main_compliant: bool | None = None
    """Whether the complete MAIN meets Amazon's rules (None: no complete MAIN)."""
    estimated_cost_usd: float | None = 0.0
    """From the usage its attempts reported; None when some attempt's price is unknown."""
    images_total: int = field(default=0)
    """How many images the session has (its own image rows)."""
