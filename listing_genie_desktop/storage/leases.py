"""Which sessions are being run right now, by this process or another one.

A running session holds an exclusive OS lock on `locks/<session_id>.lock`. The OS drops the
lock when its process dies, however it dies, so "processing but nobody holds the lock" means
the run was interrupted. PIDs are not used: they are reused and say nothing across machines.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import IO

if os.name == "nt":
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        with contextlib.suppress(OSError):
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class SessionLease:
    """Held for as long as a session runs; `release()` (or process death) frees it.

    The lock file is never deleted while the lease is in use: a process that had opened it just before
    the holder deleted it would lock the deleted file while a third created a new one and locked that,
    and both would run the session. `acquire()` also checks that the file it locked is still the one at
    the path (a lock file removed by an older version, or with its session), and tries again if not.
    """

    def __init__(self, folder: Path, session_id: str) -> None:
        self.path = folder / f"{session_id}.lock"
        self._handle: IO[bytes] | None = None

    def acquire(self) -> bool:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        while True:
            handle = open(self.path, "a+b")  # noqa: SIM115 - held open on purpose for the lease's lifetime
            if not _try_lock(handle):
                handle.close()
                return False
            if _still_at(self.path, handle):
                self._handle = handle
                return True
            _unlock(handle)  # the file was removed after we opened it: lock the one at the path now
            handle.close()

    def release(self) -> None:
        if self._handle is None:
            return
        _unlock(self._handle)
        self._handle.close()
        self._handle = None

    def __enter__(self) -> SessionLease:
        if not self.acquire():
            raise RuntimeError(f"session is already running: {self.path.stem}")
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _still_at(path: Path, handle: IO[bytes]) -> bool:
    """True when `handle` is the file now at `path` (same device and inode; always on Windows, where an
    open file cannot be deleted)."""
    if os.name == "nt":
        return True
    try:
        current = os.stat(path)
    except FileNotFoundError:
        return False
    opened = os.fstat(handle.fileno())
    return (current.st_dev, current.st_ino) == (opened.st_dev, opened.st_ino)


def is_running_elsewhere(folder: Path, session_id: str) -> bool:
    """True while any process (this one included) holds the session's lease."""
    probe = SessionLease(folder, session_id)
    if probe.acquire():
        probe.release()
        return False
    return True
