"""Opening the history database at start-up: a corrupt file is kept aside (never discarded), a healthy but
busy, locked or unwritable one is never moved, and the reason it cannot be opened is said in one sentence."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path

import peewee as pw

from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.storage import db as schema
from listing_genie_desktop.storage.faults import describe, folder_writable
from listing_genie_desktop.storage.records import HistoryUnavailable

log = logging.getLogger("listing_genie.storage")


def open_history(paths: AppPaths) -> tuple[Path | None, bool]:
    """Opens (creating and migrating) the history. Returns where a corrupt file was moved, if one was, and
    whether it could only be opened for reading (a folder that cannot be written still shows its history)."""
    path = paths.database
    moved_aside, read_only = None, False
    try:
        try:
            paths.ensure()
        except OSError:
            if not path.exists():
                raise  # nothing to read either
        try:
            schema.open_database(path)
        except (pw.DatabaseError, sqlite3.DatabaseError) as exc:
            schema.database.close()
            if path.exists() and not folder_writable(paths):
                log.warning("history folder %s cannot be written (%s): opened for reading only", paths.data, exc)
                schema.open_database(path, read_only=True)
                read_only = True
            elif _is_corrupt(exc):
                moved_aside = _move_aside(path)
                log.error("history database %s was unreadable (%s); moved to %s", path, exc, moved_aside)
                schema.open_database(path)
            else:
                raise
    except schema.SchemaTooNew as exc:
        schema.database.close()
        raise HistoryUnavailable(
            f"The history in {path} was written by a newer Listing Genie: update the app to open it."
        ) from exc
    except (OSError, pw.DatabaseError, sqlite3.DatabaseError) as exc:
        schema.database.close()
        raise HistoryUnavailable(describe(paths, exc)) from exc
    return moved_aside, read_only


def _is_corrupt(exc: Exception) -> bool:
    """Only a file SQLite cannot read as a database (not a database, malformed) is corrupt; a busy, locked,
    read-only or unopenable one is healthy and must never be moved aside (another process may be using it)."""
    return not isinstance(exc, (pw.OperationalError, sqlite3.OperationalError, schema.SchemaTooNew))


def _move_aside(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.corrupt-{stamp}{path.suffix}")
    n = 1
    while target.exists():  # never replace an earlier copy moved aside within the same second
        n += 1
        target = path.with_name(f"{path.stem}.corrupt-{stamp}-{n}{path.suffix}")
    path.replace(target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.replace(target.with_name(target.name + suffix))
    return target
