"""The one protocol every image backend implements.

A backend turns a prompt plus the reference photo into one decoded image, or raises a
`GenerationError` of the contract's kinds. It never retries: the engine owns the policy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PIL import Image

from listing_genie_desktop.core.product import ImageType, ProductContext
from listing_genie_desktop.imaging.loading import ReferencePhoto


@dataclass(frozen=True)
class ImageRequest:
    image_type: ImageType
    prompt: str
    product: ProductContext
    reference: ReferencePhoto
    variation: str
    attempt: int


@dataclass(frozen=True)
class GeneratedImage:
    image: Image.Image
    """Decoded and verified, RGB."""
    warning: str | None = None
    """A caveat about this image for the compliance report (the studio's untrustworthy isolation);
    the engine passes it to `finish_image(..., isolation_warning=...)`."""
    clean: bool = False
    """True when the image already meets MAIN's background and framing rules by construction
    (the studio's MAIN of a trusted cutout): post-processing skips whitening and re-framing."""


class ImageBackend(Protocol):
    name: str
    model: str | None
    renders_text: bool
    """True when the backend draws the listing text itself (no overlay needed afterwards)."""

    async def generate(self, request: ImageRequest) -> GeneratedImage: ...

    async def aclose(self) -> None: ...
