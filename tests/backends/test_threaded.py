"""ThreadedBackend: the wrapped backend's work runs on a thread of its own, results, errors and cancels cross."""

from __future__ import annotations

import asyncio
import os
import sys
import threading

import pytest

from listing_genie_desktop.backends.threaded import ThreadedBackend
from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.ports import GeneratedImage, ImageRequest
from listing_genie_desktop.runtime_tuning import WORKER_NICENESS


class Recorder:
    """A backend that notes which thread runs it and can fail or hang on demand."""

    name = "recorder"
    model = "m-1"
    renders_text = True

    def __init__(self) -> None:
        self.threads: list[int] = []
        self.worker: threading.Thread | None = None
        self.fail: GenerationError | None = None
        self.hang = False
        self.started = threading.Event()
        self.cancelled = threading.Event()
        self.closed_on: int | None = None

    async def prepare(self) -> None:
        self.threads.append(threading.get_ident())
        self.worker = threading.current_thread()
        self.niceness = os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) if hasattr(os, "getpriority") else 0

    async def generate(self, request: ImageRequest) -> GeneratedImage:
        from PIL import Image

        self.threads.append(threading.get_ident())
        self.started.set()
        if self.hang:
            try:
                await asyncio.sleep(3600)
            except asyncio.CancelledError:
                self.cancelled.set()
                raise
        if self.fail is not None:
            raise self.fail
        return GeneratedImage(image=Image.new("RGB", (4, 4)))

    async def check(self) -> GenerationError | None:
        return self.fail

    async def aclose(self) -> None:
        self.closed_on = threading.get_ident()


async def test_calls_run_on_one_worker_thread_and_results_come_back() -> None:
    inner = Recorder()
    backend = ThreadedBackend(inner)
    assert (backend.name, backend.model, backend.renders_text) == ("recorder", "m-1", True)
    await backend.prepare()
    made = await backend.generate(None)  # type: ignore[arg-type]
    assert made.image.size == (4, 4)
    assert len(set(inner.threads)) == 1 and inner.threads[0] != threading.get_ident()
    await backend.aclose()
    assert inner.closed_on == inner.threads[0]
    assert inner.worker is not None and not inner.worker.is_alive()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="thread priorities are set on Linux only")
async def test_the_backend_s_thread_runs_below_the_caller_s_priority() -> None:
    """Its TLS and JSON work for a 4K answer must not take the window's cores as an equal."""
    inner = Recorder()
    backend = ThreadedBackend(inner)
    await backend.prepare()
    await backend.aclose()
    assert inner.niceness == min(19, os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) + WORKER_NICENESS)


async def test_errors_reach_the_caller_as_raised() -> None:
    inner = Recorder()
    inner.fail = GenerationError(ErrorKind.NETWORK, "Could not reach the API.")
    backend = ThreadedBackend(inner)
    try:
        with pytest.raises(GenerationError) as raised:
            await backend.generate(None)  # type: ignore[arg-type]
        assert raised.value.kind is ErrorKind.NETWORK
        assert await backend.check() is inner.fail
    finally:
        await backend.aclose()


async def test_a_cancelled_attempt_cancels_the_workers_task() -> None:
    inner = Recorder()
    inner.hang = True
    backend = ThreadedBackend(inner)
    attempt = asyncio.ensure_future(backend.generate(None))  # type: ignore[arg-type]
    await asyncio.to_thread(inner.started.wait, 10)
    attempt.cancel()
    with pytest.raises(asyncio.CancelledError):
        await attempt
    assert await asyncio.to_thread(inner.cancelled.wait, 10)
    await backend.aclose()
    with pytest.raises(RuntimeError):
        await backend.generate(None)  # type: ignore[arg-type]
