"""Shared helpers of the reliability suite: a real history store, a tiny product photo, a cheap finisher."""

from __future__ import annotations

import io
import time

import pytest

from listing_genie_desktop.core.pipeline import EngineConfig, GenerationEngine
from listing_genie_desktop.core.ports import EncodedImage
from listing_genie_desktop.core.prompts import PromptEngine


def light_finisher(image_type, generated, product, *, backend_renders_text, text_overlay) -> EncodedImage:
    """The engine's Finisher protocol without the 2000 px post-processing (tested elsewhere): these tests
    are about crashes, files and the database, and must stay fast on a shared 2-core machine."""
    buffer = io.BytesIO()
    generated.image.save(buffer, format="PNG")
    return EncodedImage(buffer.getvalue(), {"compliant": True, "issues": []})


def wait_until(predicate, timeout: float = 30.0, interval: float = 0.02, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(interval)
    raise AssertionError(f"{what} not reached within {timeout} s")


@pytest.fixture
def make_engine(store, clock):
    def make(backend, *, config: EngineConfig | None = None, events: list | None = None) -> GenerationEngine:
        return GenerationEngine(
            backend,
            store,
            PromptEngine(),
            light_finisher,
            config=config or EngineConfig(concurrency=5),
            clock=clock,
            emit=(events.append if events is not None else lambda event: None),
        )

    return make
