"""Process-wide tuning applied once at start-up."""

from __future__ import annotations

import contextlib
import ctypes
import gc
import os
import sys
import threading

_M_MMAP_THRESHOLD = -3
_M_ARENA_MAX = -8
MMAP_THRESHOLD_BYTES = 1 << 20
"""Every 2000 px image buffer (12 MB) is far above it; Python's own small objects far below."""


WORKER_NICENESS = 5
"""How much lower than the UI thread the app's worker threads run (Linux nice levels)."""


def lower_thread_priority() -> None:
    """Puts the calling thread `WORKER_NICENESS` levels below the niceness it inherited (Linux only; elsewhere
    thread priorities are not set through this call): the image workers and the Gemini backend's thread
    (its TLS decryption and JSON parsing of a 37 MB answer) would otherwise take the window's two cores as
    its equals. Relative: in a process started with `nice`, an absolute 5 would put them above the window."""
    if sys.platform.startswith("linux") and hasattr(os, "setpriority"):
        thread = threading.get_native_id()
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, thread, min(19, os.getpriority(os.PRIO_PROCESS, thread) + WORKER_NICENESS))


def tune_allocator(arenas: int = 2) -> bool:
    """Makes glibc give image buffers back to the system as soon as they are freed.

    Post-processing and the studio renderer allocate many buffers of 4 to 16 MB in worker
    threads. By default glibc serves them from per-thread arenas (8 per core) once one has been
    freed (its mmap threshold rises with each free), and memory freed in one arena is neither
    reused by another nor returned: a working day's memory would creep up session after session.
    Two arenas and a fixed 1 MB mmap threshold keep it flat, for some page faults on every fresh
    buffer (the measurements: BENCHMARKS.md, "Allocator tuning"). Other platforms' allocators do
    not need this.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL("libc.so.6")  # glibc's soname: no ldconfig run, which find_library would spawn
        return bool(libc.mallopt(_M_ARENA_MAX, arenas)) and bool(libc.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES))
    except (OSError, AttributeError):
        return False  # not glibc (musl has neither setting)


def freeze_startup_heap() -> None:
    """Moves every object alive once the window is built (modules, classes, Qt wrappers: about 50,000) out of
    the garbage collector's sight, so that its full collections walk only what the app made since.

    A full collection holds the interpreter, whichever thread triggers it: a catalogue view's refresh, building
    10,000 product records on the store's thread, set one off that kept the window's thread waiting 95 to
    310 ms on this loaded 2-core machine, most of it walking start-up objects that never become garbage
    (benchmarks/bench_catalogue_view.py; `gc.collect()` over that heap: 75 ms, 8 ms once frozen). Garbage
    left by the start-up is collected first, so nothing that should go is kept.
    """
    gc.collect()
    gc.freeze()
