"""The ports: protocols and value types that cross layers.

Backends, imaging and storage implement these; the engine and the services use them. They live in
core so that every arrow points inwards: nothing in core knows which backend, imager or store it is
given. Images are Pillow images, named only for the type checker, so core never imports Pillow.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.outcome import ImageStatus, SessionStatus
from listing_genie_desktop.core.product import ImageType, ProductContext

if TYPE_CHECKING:
    from PIL import Image


MAX_REFERENCE_PHOTOS = 3
"""Photos of one product a session takes: the main one and up to two more (front, back, a detail)."""


@dataclass(frozen=True)
class ReferencePhoto:
    """The seller's photo, decoded once and shared by every attempt of a run."""

    image: Image.Image
    """RGB, orientation applied; transparent areas composited on white."""
    alpha: Image.Image | None
    """The photo's own transparency (mode L) when it had one: a ready-made product mask."""
    original_bytes: bytes
    extension: str
    warnings: tuple[str, ...]
    model_bytes: bytes
    model_mime: str

    @property
    def size(self) -> tuple[int, int]:
        return self.image.size


@dataclass(frozen=True)
class ImageRequest:
    image_type: ImageType
    prompt: str
    product: ProductContext
    reference: ReferencePhoto
    variation: str
    attempt: int
    remake: int = 0
    """0 for an image's first version; for an image made again (Regenerate), how many versions it
    has so far (1+). The studio draws alternative design number `remake` (palette, scene, shadow),
    so a regenerated image is a real alternative, never a copy of the version it replaces."""
    others: tuple[ReferencePhoto, ...] = ()
    """The product's other photos (a back with the label, a detail), after `reference`, the main one."""

    @property
    def photos(self) -> tuple[ReferencePhoto, ...]:
        """Every photo of the product, the main one first."""
        return (self.reference, *self.others)


@dataclass(frozen=True)
class MadeBy:
    """Which backend and model make a run's attempts, at which output size: kept with each attempt, so that
    a session finished on another backend (Retry with the studio) or another model (one retired since) is
    priced attempt by attempt, each with its own model."""

    backend: str
    model: str | None = None
    image_size: str | None = None


@dataclass(frozen=True)
class Usage:
    """The tokens the API reported for one answer: what it bills. None where the answer said nothing."""

    prompt_tokens: int | None = None
    output_tokens: int | None = None
    """Every token billed at the output rate: the answer's candidates and the model's thoughts."""


@dataclass(frozen=True)
class SpooledImage:
    """A large answer's image still encoded (PNG, JPEG, WebP), in a file of its own, its header read.

    Why: a 4K answer is a 28 MB PNG of 50 MB of pixels. Decoding, finishing and re-encoding it in the
    window's process held the GIL for tens of milliseconds at a time (the window froze) and kept
    the pixels of five answers in memory at once; spooled, it is decoded, checked and finished where the
    finisher chooses (imaging/finish_pool.py: a process of its own). The backend that spooled it deletes
    the file once the image is no longer referenced."""

    path: Path
    size: tuple[int, int]
    """(width, height) from the file's header."""


@dataclass(frozen=True)
class GeneratedImage:
    image: Image.Image | SpooledImage
    """Decoded and verified, RGB; or a large answer not decoded yet (`SpooledImage`): the finisher decodes it
    and refuses it as `no_image` if it is no whole image."""
    warning: str | None = None
    """A caveat about this image for the compliance report (the studio's untrustworthy isolation)."""
    clean: bool = False
    """True when the image already meets MAIN's background and framing rules by construction
    (the studio's MAIN of a trusted cutout): post-processing skips whitening and re-framing."""
    cut_issues: tuple[str, ...] | None = None
    """What the backend found wrong with the product cut-out it drew (backdrop left in it, holes,
    fragments, a ragged outline, a product cut by the photo's edge), in words for the compliance
    report; None when it drew none, and the finished MAIN itself is examined instead."""
    photo_size: tuple[int, int] | None = None
    """The seller's photo's (width, height) when the image enlarges the product from it (the studio)."""
    product_px: int | None = None
    """The product's longer side in that photo's own pixels: the detail Amazon's zoom can show."""
    texts: dict[str, str] = field(default_factory=dict)
    """The texts the backend drew on the image, KEY -> text (the studio's layouts; empty for a model's)."""
    variant: str | None = None
    """Which alternative design the backend made, in words ("teal palette"); None for its first one."""
    usage: Usage | None = None
    """What the API reported it billed for this answer; None when the backend pays nothing (the studio)
    or the answer reported nothing."""


class ImageBackend(Protocol):
    """Turns a prompt plus the reference photo into one image, or raises a `GenerationError` of the
    contract's kinds. It never retries: the engine owns the policy."""

    name: str
    model: str | None
    renders_text: bool
    """True when the backend draws the listing text itself (no overlay needed afterwards)."""

    async def prepare(self) -> None:
        """One-time set-up before the first request (idempotent). Kept out of the first attempt so that a
        slow import or client build never eats that attempt's timeout."""

    async def generate(self, request: ImageRequest) -> GeneratedImage: ...

    async def check(self) -> GenerationError | None:
        """A cheap proof that a run would work (key, endpoint and model accepted), for Settings' "Test
        connection": None when it would, else the error a run would meet. Sends no image request."""

    async def aclose(self) -> None: ...


@dataclass(frozen=True)
class EncodedImage:
    png: bytes
    compliance: dict[str, object]
    texts: dict[str, str] = field(default_factory=dict)
    """Every text drawn on the image, KEY -> text: the backend's own or the text overlay's."""
    variant: str | None = None
    """The backend's alternative design, in words (see GeneratedImage.variant)."""
    scene_png: bytes | None = None
    """The scene before the text overlay drew on it (PNG), kept beside the image so that editing its words
    draws them on a clean scene, not over the old ones; None when no overlay was drawn."""
    preview_jpeg: bytes | None = None
    """A small copy (JPEG) kept beside the image for the window's thumbnails: decoding it takes milliseconds
    where a 4096 px image took half a second of CPU, which the window felt. None: none made."""


class Finisher(Protocol):
    """Blocking post-processing of a generated image (runs in a worker thread): upscale, clean-up,
    text overlay, compliance check, PNG encoding."""

    def __call__(
        self,
        image_type: ImageType,
        generated: GeneratedImage,
        product: ProductContext,
        *,
        backend_renders_text: bool,
        text_overlay: bool,
    ) -> EncodedImage: ...


@dataclass(frozen=True)
class AttemptHandle:
    attempt_id: int
    n: int
    """1-based count of this image's generation calls across all runs of the session."""


class RunStore(Protocol):
    """What the engine persists. Implemented by `storage.history.HistoryStore`."""

    async def begin_run(self, session_id: str, image_types: Sequence[ImageType]) -> int: ...

    async def attempt_started(
        self,
        session_id: str,
        image_type: ImageType,
        *,
        run: int,
        started_at: str,
        delay_before_s: float,
        variation: str,
        prompt: str,
        made_by: MadeBy | None = None,
    ) -> AttemptHandle: ...

    async def attempt_failed(
        self, attempt: AttemptHandle, *, ended_at: str, duration_ms: int, error: GenerationError
    ) -> None: ...

    async def image_completed(
        self,
        session_id: str,
        image_type: ImageType,
        attempt: AttemptHandle,
        *,
        ended_at: str,
        duration_ms: int,
        finished: EncodedImage,
        usage: Usage | None = None,
    ) -> str: ...

    async def image_ended(
        self, session_id: str, image_type: ImageType, *, status: ImageStatus, error: GenerationError | None
    ) -> None:
        """`error` None: a pause held the image before its next request (status pending)."""

    async def finish_session(
        self, session_id: str, *, status: SessionStatus, error_kind: ErrorKind | None, summary: str
    ) -> None: ...

    async def vanished(self, session_id: str, image_types: Collection[ImageType]) -> dict[ImageType, GenerationError]:
        """Complete images whose files were deleted since they were made: not ready, made again by a retry."""
        ...
