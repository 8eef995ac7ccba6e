"""What went wrong with the history's disk or file, in one sentence with the advice that fits the cause:
a folder that cannot be written (permissions), a history another Listing Genie keeps locked (close it or
wait), a damaged file (where it is and how to recover), a full disk (free space)."""

from __future__ import annotations

import errno
import os
import sqlite3
from enum import Enum

import peewee as pw

from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.storage.db import BUSY_TIMEOUT_S


class Fault(Enum):
    READ_ONLY = "read_only"
    LOCKED = "locked"
    CORRUPT = "corrupt"
    FULL = "full"
    OTHER = "other"


_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def classify(exc: BaseException) -> Fault:
    """Follows the exception's causes: peewee wraps sqlite3's errors, and the store wraps both."""
    error: BaseException | None = exc
    while error is not None:
        text = str(error).lower()
        if (isinstance(error, OSError) and error.errno in _FULL_ERRNOS) or "disk is full" in text:
            return Fault.FULL
        if (isinstance(error, OSError) and error.errno in _READ_ONLY_ERRNOS) or "readonly" in text:
            return Fault.READ_ONLY
        if "database is locked" in text or "database table is locked" in text:
            return Fault.LOCKED
        if "malformed" in text or "not a database" in text or "file is encrypted" in text:
            return Fault.CORRUPT
        error = error.__cause__ or error.__context__
    return Fault.OTHER


def is_database_error(exc: BaseException) -> bool:
    """A fault of the file or its disk, not a bug in a query (integrity, programming, interface errors)."""
    bugs = (pw.IntegrityError, pw.ProgrammingError, pw.InterfaceError, sqlite3.IntegrityError, sqlite3.ProgrammingError)
    return isinstance(exc, (pw.DatabaseError, sqlite3.DatabaseError)) and not isinstance(exc, bugs)


def folder_writable(paths: AppPaths) -> bool:
    """`os.access` also answers EROFS for a read-only mount, where root's permission bits say nothing."""
    folder = paths.data if paths.data.exists() else paths.data.parent
    return os.access(folder, os.W_OK) and (not paths.database.exists() or os.access(paths.database, os.W_OK))


_ADVICE = {
    Fault.READ_ONLY: "The data folder cannot be written: check its permissions, then Retry failed.",
    Fault.LOCKED: "Another Listing Genie is using the history: close it or wait until its run ends, then Retry failed.",
    Fault.FULL: "The disk is full: free some space, then Retry failed.",
}


def advice(exc: BaseException) -> str | None:
    """The advice for an image that a disk fault stopped, or None for the `storage` kind's own."""
    return _ADVICE.get(classify(exc))


def describe(paths: AppPaths, exc: BaseException, fault: Fault | None = None) -> str:
    """The one line the user reads (the CLI's stderr, the window's banner)."""
    fault = fault or classify(exc)
    database, folder = paths.database, paths.data
    reason = (exc.strerror if isinstance(exc, OSError) else None) or str(exc) or type(exc).__name__
    if fault is Fault.READ_ONLY:
        return (
            f"The data folder {folder} cannot be written ({reason}): check its permissions, and that its disk "
            "is not mounted read-only, or set LISTING_GENIE_HOME to a folder you can write."
        )
    if fault is Fault.LOCKED:
        return (
            f"The history in {database} is in use by another Listing Genie (a window or a command) and stayed "
            f"locked for more than {BUSY_TIMEOUT_S:g} s: close it or wait until its run ends, then try again."
        )
    if fault is Fault.CORRUPT:
        return (
            f"The history file {database} is damaged ({reason}); the images in {paths.images} are untouched. "
            f"To recover it, close Listing Genie, rename the file to {database.stem}.damaged{database.suffix} and run "
            f"`sqlite3 {database.stem}.damaged{database.suffix} .recover | sqlite3 {database.name}` in {folder}; "
            "or only rename it, and the next start begins a new history."
        )
    if fault is Fault.FULL:
        return f"The disk holding {folder} is full ({reason}): free some space, then try again."
    return f"The history in {database} cannot be used ({reason}): set LISTING_GENIE_HOME to another folder."
