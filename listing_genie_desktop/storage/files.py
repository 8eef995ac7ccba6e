"""Atomic file writes: a reader (or a crash) sees the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

_FOLDER_SYNC_UNSUPPORTED = (errno.EINVAL, errno.EBADF, errno.ENOTSUP)
"""What a file system that cannot sync a folder (some network shares) answers: the rename stands."""


def _read_umask() -> int:
    """Read once, at import: `os.umask` can only be read by setting it, which is not safe once other
    threads create files."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_NEW_FILE_MODE = 0o666 & ~_read_umask()
"""What `open()` would give a new file. `mkstemp` creates 0600 whatever the umask, and an upload folder
shared with another user could not read the images."""


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Temporary file in the same folder, fsync, rename over the target, fsync the folder."""
    atomic_write_many({path: data})


def atomic_write_many(files: Mapping[Path, bytes]) -> None:
    """Several files that belong together (an export): every one is written to a temporary file and
    synced before any target is replaced, so a full disk or a crash while writing leaves all the old
    files as they were; the renames that follow are quick, each atomic."""
    staged: list[tuple[str, Path]] = []
    try:
        for path, data in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
            staged.append((temp_name, path))
            with os.fdopen(fd, "wb") as handle:
                if hasattr(os, "fchmod"):
                    os.fchmod(handle.fileno(), _NEW_FILE_MODE)
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        for temp_name, path in staged:
            os.replace(temp_name, path)
    except BaseException:
        for temp_name, _ in staged:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
        raise
    for folder in {path.parent for path in files}:
        _fsync_folder(folder)


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def _fsync_folder(folder: Path) -> None:
    """Makes the rename itself durable; not possible (nor needed) on Windows."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in _FOLDER_SYNC_UNSUPPORTED:
            raise
    finally:
        os.close(fd)
