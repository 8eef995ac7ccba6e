"""Atomic writes on file systems that cannot sync a folder (some network shares answer EINVAL)."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from listing_genie_desktop.storage.files import atomic_write_bytes


def folder_sync_fails_with(code: int, monkeypatch: pytest.MonkeyPatch) -> None:
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(code, os.strerror(code))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)


@pytest.mark.skipif(os.name != "posix", reason="folders are synced on POSIX only")
def test_a_folder_that_cannot_be_synced_still_counts_as_saved(tmp_path, monkeypatch):
    """The file is renamed into place before the folder sync: reporting a failure would drop a paid answer."""
    folder_sync_fails_with(errno.EINVAL, monkeypatch)

    atomic_write_bytes(tmp_path / "main-1.png", b"image")

    assert (tmp_path / "main-1.png").read_bytes() == b"image"


@pytest.mark.skipif(os.name != "posix", reason="folders are synced on POSIX only")
def test_a_failing_disk_is_still_reported(tmp_path, monkeypatch):
    folder_sync_fails_with(errno.EIO, monkeypatch)

    with pytest.raises(OSError, match="Input/output error"):
        atomic_write_bytes(tmp_path / "main-1.png", b"image")
