"""A backend that exists only in the tests: the proof that a new backend is one module implementing
`core.ports.ImageBackend` plus one registry entry, with nothing else in the app to change."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PIL import Image

from listing_genie_desktop.backends.registry import BackendEntry, BackendSetup, registered
from listing_genie_desktop.core.errors import GenerationError
from listing_genie_desktop.core.ports import GeneratedImage, ImageRequest


class CanvasBackend:
    """Paints each image one flat colour and remembers what it was asked."""

    name = "canvas"
    renders_text = False

    def __init__(self, setup: BackendSetup) -> None:
        self.setup = setup
        self.model: str | None = setup.model
        self.requests: list[ImageRequest] = []
        self.checked = 0

    async def prepare(self) -> None:
        return None

    async def generate(self, request: ImageRequest) -> GeneratedImage:
        self.requests.append(request)
        shade = 40 + 30 * len(self.requests)
        return GeneratedImage(Image.new("RGB", (1024, 1024), (shade, 120, 200)))

    async def check(self) -> GenerationError | None:
        self.checked += 1
        return None

    async def aclose(self) -> None:
        return None


ENTRY = BackendEntry(
    name="canvas",
    label="Canvas (test only)",
    needs_key=False,
    module=__name__,
    create=CanvasBackend,
    default_model=lambda: None,
)


@pytest.fixture
def canvas_backend() -> Iterator[list[CanvasBackend]]:
    """The canvas backend is registered while the test runs; yields every instance the app builds."""
    made: list[CanvasBackend] = []

    def create(setup: BackendSetup) -> CanvasBackend:
        made.append(CanvasBackend(setup))
        return made[-1]

    with registered(replace(ENTRY, create=create)):
        yield made
