"""Large answers decoded, finished and encoded in a process of their own, never in the window's process.

Why: a 4K answer is a 28 MB PNG of 50 MB of pixels. In the window's process its decoding, whitening,
compliance checks and PNG encoding ran in worker threads, but many of those C calls hold the GIL for 20 to
100 ms (Pillow's channel operations, copies of 28 MB buffers), and the window's thread waits for the GIL on
every timer tick: with five 4K answers the window stalled for 70 to 400 ms
(benchmarks/bench_ui_stall.py --gemini-4k). Here the answer's file (`SpooledImage`, written by the backend)
goes to a worker process by its path, the finished PNGs come back as files read with the GIL released: the
window's process copies no image under the GIL and never holds an answer's pixels.

The pool starts on first need (`warm()`, off the UI thread: a backend asking for 4K calls it while the
request is on the way), at most `WORKERS` processes at a lower CPU priority (`NICENESS`) so that the
window's thread wins the CPU. If the pool cannot start or breaks, the image is finished in this process,
as before, and the log says so once.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import tempfile
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from pathlib import Path

from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.ports import EncodedImage, GeneratedImage, SpooledImage
from listing_genie_desktop.core.product import ImageType, ProductContext
from listing_genie_desktop.imaging.answers import decode_answer

log = logging.getLogger("listing_genie.imaging")

WORKERS = max(1, min(2, (os.cpu_count() or 2) - 1))
"""One process per core but one (left to the window and the network), at most two: the engine's pixel
budget lets two 4K answers be finished at once (core/pixel_budget.py), and each process holds about
250 MB while it finishes one."""
NICENESS = 5
"""How much lower the workers' CPU priority is: finishing is background work, the window is not."""

_lock = threading.RLock()
"""Reentrant: a pool that fails to start is forgotten while the lock is held."""
_pool: ProcessPoolExecutor | None = None
_broken_said = False


@dataclass(frozen=True)
class _Finished:
    """What a worker sends back: the PNGs' files (read and deleted by the caller), no pixels."""

    png: Path
    scene: Path | None
    compliance: dict[str, object]
    texts: dict[str, str]
    variant: str | None
    preview: Path | None


@dataclass(frozen=True)
class _Refused:
    """A `GenerationError` in words that survive pickling (its constructor takes keyword arguments)."""

    kind: str
    message: str
    detail: str | None


def warm() -> None:
    """Starts the pool's processes now, without waiting for them. Blocking for a few milliseconds (process
    creation): call it off the UI thread."""
    pool = _the_pool()
    if pool is not None:
        for _ in range(WORKERS):
            pool.submit(os.getpid)


def finish_spooled(
    image_type: ImageType,
    generated: GeneratedImage,
    product: ProductContext,
    *,
    backend_renders_text: bool,
    text_overlay: bool,
) -> EncodedImage:
    """Blocking (a worker thread of the window's process): the spooled answer finished in a worker process.
    The answer's file is deleted here once finished or refused: its finalizer would otherwise delete it
    wherever the image is dropped, on the window's thread, where unlinking 37 MB took 15 ms."""
    assert isinstance(generated.image, SpooledImage)
    try:
        pool = _the_pool()
        if pool is not None:
            try:
                outcome = pool.submit(
                    finish_in_child, image_type, generated, product, backend_renders_text, text_overlay
                ).result()
            except (BrokenProcessPool, OSError, RuntimeError) as exc:  # RuntimeError: submitted after shutdown
                _forget_broken_pool(exc)
            else:
                return _received(outcome)
        return finish_here(image_type, generated, product, backend_renders_text, text_overlay)
    finally:
        generated.image.path.unlink(missing_ok=True)


def finish_here(
    image_type: ImageType,
    generated: GeneratedImage,
    product: ProductContext,
    backend_renders_text: bool,
    text_overlay: bool,
) -> EncodedImage:
    """The spooled answer decoded and finished in this process (the pool's fallback, and its worker's job)."""
    from listing_genie_desktop.imaging.finish import finish_and_encode  # finish imports this module

    assert isinstance(generated.image, SpooledImage)
    decoded = replace(generated, image=decode_answer(generated.image.path))
    return finish_and_encode(
        image_type, decoded, product, backend_renders_text=backend_renders_text, text_overlay=text_overlay
    )


def finish_in_child(
    image_type: ImageType,
    generated: GeneratedImage,
    product: ProductContext,
    backend_renders_text: bool,
    text_overlay: bool,
) -> _Finished | _Refused:
    """A worker process's job: the finished PNGs written to files beside the answer's."""
    assert isinstance(generated.image, SpooledImage)
    try:
        encoded = finish_here(image_type, generated, product, backend_renders_text, text_overlay)
    except GenerationError as error:
        return _Refused(error.kind.value, error.message, error.detail)
    folder = generated.image.path.parent
    png = _written(folder, encoded.png)
    scene = _written(folder, encoded.scene_png) if encoded.scene_png is not None else None
    preview = _written(folder, encoded.preview_jpeg, ".jpg") if encoded.preview_jpeg is not None else None
    return _Finished(png, scene, encoded.compliance, encoded.texts, encoded.variant, preview)


def shutdown() -> None:
    """Ends the pool's processes (the app's exit; tests). The next large answer starts it again."""
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)


def _the_pool() -> ProcessPoolExecutor | None:
    global _pool
    with _lock:
        if _pool is None:
            try:
                context = multiprocessing.get_context("spawn")  # never fork a process that runs Qt and threads
                _pool = ProcessPoolExecutor(WORKERS, mp_context=context, initializer=_worker_started)
            except (OSError, ValueError) as exc:
                _forget_broken_pool(exc)
        return _pool


def _worker_started() -> None:
    from listing_genie_desktop.runtime_tuning import tune_allocator

    tune_allocator()  # as the app's process: freed image buffers go back to the system
    with contextlib.suppress(AttributeError, OSError):
        os.nice(NICENESS)


def _forget_broken_pool(exc: BaseException) -> None:
    global _pool, _broken_said
    with _lock:
        _pool = None
    if not _broken_said:
        _broken_said = True
        log.warning("large images are finished in the window's process: the worker process failed (%r)", exc)


def _received(outcome: _Finished | _Refused) -> EncodedImage:
    if isinstance(outcome, _Refused):
        raise GenerationError(ErrorKind(outcome.kind), outcome.message, detail=outcome.detail)
    scene = _taken(outcome.scene) if outcome.scene is not None else None
    preview = _taken(outcome.preview) if outcome.preview is not None else None
    return EncodedImage(_taken(outcome.png), outcome.compliance, outcome.texts, outcome.variant, scene, preview)


def _written(folder: Path, data: bytes, suffix: str = ".png") -> Path:
    handle, name = tempfile.mkstemp(prefix="listing-genie-finished-", suffix=suffix, dir=folder)
    with os.fdopen(handle, "wb") as file:
        file.write(data)
    return Path(name)


def _taken(path: Path) -> bytes:
    """The file's bytes (read with the GIL released, into one buffer of the file's size), then the file gone."""
    try:
        return path.read_bytes()
    finally:
        path.unlink(missing_ok=True)
