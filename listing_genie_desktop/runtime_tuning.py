"""Process-wide tuning applied once at start-up."""

from __future__ import annotations

import ctypes
import sys

_M_ARENA_MAX = -8


def limit_malloc_arenas(arenas: int = 2) -> bool:
    """Caps glibc's per-thread malloc arenas.

    Post-processing runs in worker threads and each 2000 px image briefly needs large buffers;
    with glibc's default of 8 arenas per core, memory freed in one thread's arena is not reused
    by another, and a five-image Gemini run peaked at about 440 MB instead of about 360 MB
    (benchmarks/bench_engine.py). Other platforms' allocators do not need this.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL("libc.so.6")  # glibc's soname: no ldconfig run, which find_library would spawn
        return bool(libc.mallopt(_M_ARENA_MAX, arenas))
    except (OSError, AttributeError):
        return False  # not glibc (musl has no mallopt arenas to cap)
