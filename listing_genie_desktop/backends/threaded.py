"""Runs any image backend on a worker thread with its own asyncio loop, so that the caller's loop (the
window's Qt loop) never does the backend's CPU work.

Why: a Gemini answer with a 4K image is about 37 MB of JSON around one base64 string. The SDK builds the
request (the reference photo base64-encoded), parses that JSON, validates it with pydantic and decodes the
base64, all as plain calls inside its coroutines: on the caller's loop they held the UI thread for up to
750 ms per answer (benchmarks/bench_ui_stall.py --gemini-4k). On the worker's loop they hold only that
thread; the engine, its events and the store stay on the caller's loop.

Results and errors come back through `asyncio.wrap_future`; cancelling the caller's await cancels the
worker's task (so the engine's attempt timeout and the user's Cancel still stop the request). One worker
thread and loop per backend instance, started on first use and ended by `aclose()`.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Coroutine
from concurrent.futures import Future
from typing import Any, TypeVar

from listing_genie_desktop.core.errors import GenerationError
from listing_genie_desktop.core.ports import GeneratedImage, ImageBackend, ImageRequest

T = TypeVar("T")


class ThreadedBackend:
    """An `ImageBackend` that forwards every call to `inner` on a loop of its own thread."""

    def __init__(self, inner: ImageBackend) -> None:
        self.inner = inner
        self.name = inner.name
        self.model = inner.model
        self.renders_text = inner.renders_text
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._closed = False

    def __repr__(self) -> str:
        return f"ThreadedBackend({self.inner!r})"

    async def prepare(self) -> None:
        await self._on_worker(self.inner.prepare)

    async def generate(self, request: ImageRequest) -> GeneratedImage:
        return await self._on_worker(lambda: self.inner.generate(request))

    async def check(self) -> GenerationError | None:
        return await self._on_worker(self.inner.check)

    async def aclose(self) -> None:
        """Closes the inner backend on its own loop, then ends that loop and its thread (joined off the
        caller's loop: joining is blocking)."""
        if self._closed:
            return
        self._closed = True
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            await self.inner.aclose()
            return
        try:
            await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(self.inner.aclose(), loop))
        finally:
            loop.call_soon_threadsafe(loop.stop)
            await asyncio.to_thread(thread.join)

    async def _on_worker(self, call: Callable[[], Coroutine[Any, Any, T]]) -> T:
        loop = self._worker_loop()
        future: Future[T] = asyncio.run_coroutine_threadsafe(call(), loop)
        try:
            return await asyncio.wrap_future(future)
        except asyncio.CancelledError:
            # wrap_future already forwards the cancel; said here too, as it is the contract of this class.
            future.cancel()
            raise

    def _worker_loop(self) -> asyncio.AbstractEventLoop:
        if self._closed:
            raise RuntimeError("the backend is closed")
        if self._loop is None:
            # The platform's plain loop, not the current policy's: under qasync that would be a second Qt loop.
            loop = asyncio.DefaultEventLoopPolicy().new_event_loop()
            thread = threading.Thread(target=_serve, args=(loop,), name=f"{self.inner.name}-backend", daemon=True)
            thread.start()
            self._loop, self._thread = loop, thread
        return self._loop


def _serve(loop: asyncio.AbstractEventLoop) -> None:
    """The worker thread, below the window's priority: runs the loop until `aclose()` stops it, then cancels
    what is left and closes it."""
    from listing_genie_desktop.runtime_tuning import lower_thread_priority

    lower_thread_priority()
    try:
        loop.run_forever()
    finally:
        loop.run_until_complete(_wind_down(loop))
        loop.close()


async def _wind_down(loop: asyncio.AbstractEventLoop) -> None:
    leftover = asyncio.all_tasks(loop) - {asyncio.current_task()}
    for task in leftover:
        task.cancel()
    await asyncio.gather(*leftover, return_exceptions=True)
    await loop.shutdown_asyncgens()
    await loop.shutdown_default_executor()
