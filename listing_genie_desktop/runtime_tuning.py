"""Process-wide tuning applied once at start-up."""

from __future__ import annotations

import ctypes
import sys

_M_MMAP_THRESHOLD = -3
_M_ARENA_MAX = -8
MMAP_THRESHOLD_BYTES = 1 << 20
"""Every 2000 px image buffer (12 MB) is far above it; Python's own small objects far below."""


def tune_allocator(arenas: int = 2) -> bool:
    """Makes glibc give image buffers back to the system as soon as they are freed.

    Post-processing and the studio renderer allocate many buffers of 4 to 16 MB in worker
    threads. By default glibc serves them from per-thread arenas (8 per core) once one has been
    freed (its mmap threshold rises with each free), and memory freed in one arena is neither
    reused by another nor returned. Measured: a five-image Gemini run peaked at about 440 MB
    instead of about 360 MB with 2 arenas (benchmarks/bench_engine.py), and each studio session
    of the 30-session soak moved RSS by -34 to +67 MB; with a fixed 1 MB mmap threshold as well,
    the steps are 0 to 3 MB (tests/reliability/test_soak.py), and the Gemini run's peak fell to
    285 to 364 MB. The price is page faults on every fresh buffer: the studio's five images take
    about 0.2 s more CPU (0.75 to 0.95 s; target 1.5 s). Memory that stays flat through a working
    day is worth more than that. Other platforms' allocators do not need this.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL("libc.so.6")  # glibc's soname: no ldconfig run, which find_library would spawn
        return bool(libc.mallopt(_M_ARENA_MAX, arenas)) and bool(libc.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES))
    except (OSError, AttributeError):
        return False  # not glibc (musl has neither setting)
