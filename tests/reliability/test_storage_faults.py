"""A full disk, a broken session folder or a failing database write ends the affected image with
kind `storage` and a message naming the folder; the other images and the history stay intact and
the run returns normally. A corrupt database at start-up is kept aside and the user is told where;
a healthy but busy one is never moved."""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import threading

import peewee as pw
import pytest

from listing_genie_desktop.cli import main
from listing_genie_desktop.cli_json import session_json
from listing_genie_desktop.core.errors import ErrorKind
from listing_genie_desktop.core.outcome import SessionStatus
from listing_genie_desktop.core.product import IMAGE_TYPES
from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.storage import db as schema
from listing_genie_desktop.storage import files, writes
from listing_genie_desktop.storage.history import HistoryStore, HistoryUnavailable
from tests.fakes.scripted_backend import ScriptedBackend

MAIN, INFO1, INFO2, LIFE, COMP = IMAGE_TYPES


async def run_session(store, make_engine, clock, product, reference):
    session_id = await store.create_session(product, reference, backend="scripted", model=None, settings={})
    outcome = await make_engine(ScriptedBackend(clock, size=64)).run(session_id, product, reference)
    return outcome, session_json(await store.load_session(session_id))


def images_by_type(session):
    return {i["type"]: i for i in session["images"]}


def assert_integrity(store):
    with sqlite3.connect(store.paths.database) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


async def test_disk_full_while_saving_one_image_fails_only_that_image(
    store, make_engine, clock, product, reference, monkeypatch
):
    real_replace = os.replace

    def replace(src, dst, *args, **kwargs):
        if os.path.basename(dst).startswith("main-"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(files.os, "replace", replace)
    outcome, session = await run_session(store, make_engine, clock, product, reference)

    assert outcome.status is SessionStatus.PARTIAL
    assert outcome.failures[MAIN].kind is ErrorKind.STORAGE
    images = images_by_type(session)
    main_image = images.pop("main")
    folder = store.paths.session_folder(session["session_id"])
    assert main_image["status"] == "failed" and main_image["error_kind"] == "storage"
    assert str(folder) in main_image["error"] and "No space left" in main_image["error"]
    assert main_image["attempts"] == 1, "storage is not retried: a full disk does not empty itself"
    for image in images.values():
        assert image["status"] == "complete" and os.path.getsize(image["path"]) > 0
    assert not [name for name in os.listdir(folder) if name.endswith(".tmp")], "temp files are cleaned up"
    assert_integrity(store)


async def test_session_folder_replaced_by_a_file_fails_every_image_with_storage(
    store, make_engine, clock, product, reference
):
    session_id = await store.create_session(product, reference, backend="scripted", model=None, settings={})
    folder = store.paths.session_folder(session_id)
    shutil.rmtree(folder)
    folder.write_bytes(b"not a folder")  # works as root too, unlike chmod

    outcome = await make_engine(ScriptedBackend(clock, size=64)).run(session_id, product, reference)

    assert outcome.status is SessionStatus.FAILED
    assert {e.kind for e in outcome.failures.values()} == {ErrorKind.STORAGE}
    session = session_json(await store.load_session(session_id))
    assert session["status"] == "failed"
    for image in session["images"]:
        assert image["error_kind"] == "storage" and str(folder) in image["error"]
    # the history of earlier sessions is still readable, and a new session still works
    assert len(await store.list_sessions()) == 1
    outcome, _ = await run_session(store, make_engine, clock, product, reference)
    assert outcome.status is SessionStatus.COMPLETE


async def test_database_error_when_an_attempt_starts_fails_that_image_with_storage(
    store, make_engine, clock, product, reference, monkeypatch
):
    real_image = writes.image_row

    def image_row(session_id, image_type):
        if image_type is INFO1:
            raise pw.OperationalError("disk I/O error")
        return real_image(session_id, image_type)

    monkeypatch.setattr(writes, "image_row", image_row)
    outcome, session = await run_session(store, make_engine, clock, product, reference)

    assert outcome.status is SessionStatus.PARTIAL
    failure = outcome.failures[INFO1]
    assert failure.kind is ErrorKind.STORAGE, "not internal, and not a crash of the whole run"
    assert str(store.paths.data) in failure.message and "disk I/O error" in failure.message
    images = images_by_type(session)
    assert images.pop("infographic_1")["error_kind"] == "storage"
    assert {i["status"] for i in images.values()} == {"complete"}
    assert_integrity(store)


async def test_database_full_when_an_image_completes_fails_that_image_and_keeps_the_others(
    store, make_engine, clock, product, reference, monkeypatch
):
    database = schema.database
    real_execute = database.execute_sql

    def execute_sql(sql, params=None, *args, **kwargs):
        completing = sql.startswith('UPDATE "attempt"') and params and "complete" in params
        if completing and any(isinstance(p, str) and "lifestyle-" in p for p in params):
            raise pw.OperationalError("database or disk is full")
        return real_execute(sql, params, *args, **kwargs)

    monkeypatch.setattr(database, "execute_sql", execute_sql)
    outcome, session = await run_session(store, make_engine, clock, product, reference)

    assert outcome.status is SessionStatus.PARTIAL
    assert outcome.failures[LIFE].kind is ErrorKind.STORAGE
    assert "database or disk is full" in outcome.failures[LIFE].message
    images = images_by_type(session)
    lifestyle = images.pop("lifestyle")
    assert lifestyle["status"] == "failed" and lifestyle["error_kind"] == "storage" and lifestyle["path"] is None
    assert [a["outcome"] for a in lifestyle["attempt_log"]] == ["failed"]
    assert {i["status"] for i in images.values()} == {"complete"}


async def test_a_really_full_database_never_crashes_the_run(store, make_engine, clock, product, reference):
    """SQLite's own SQLITE_FULL (max_page_count caps the file): the run ends, each failure is `storage`,
    and once space is back the file is intact and the session can be read."""
    session_id = await store.create_session(product, reference, backend="scripted", model=None, settings={})
    await store._db(lambda: schema.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)"))
    pages = await store._db(lambda: schema.database.execute_sql("PRAGMA page_count").fetchone()[0])
    await store._db(lambda: schema.database.execute_sql(f"PRAGMA max_page_count = {pages}"))
    long_product = type(product).create(product.title, ["x" * 100] * 3, "y" * 80, [])

    outcome = await make_engine(ScriptedBackend(clock, size=64)).run(session_id, long_product, reference)

    assert outcome.failures, "the capped database must refuse something"
    assert {e.kind for e in outcome.failures.values()} <= {ErrorKind.STORAGE}
    await store._db(lambda: schema.database.execute_sql("PRAGMA max_page_count = 1073741823"))
    assert (session_json(await store.load_session(session_id)))["session_id"] == session_id
    assert_integrity(store)


def test_corrupt_database_at_cli_start_is_kept_and_the_user_is_told_where(isolated_home, capsys):
    paths = AppPaths.from_environment()
    paths.ensure()
    garbage = b"this is not a database" * 100
    paths.database.write_bytes(garbage)

    assert main(["history", "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out) == []
    kept = [p for p in paths.data.iterdir() if ".corrupt-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == garbage, "history is moved aside, never discarded"
    assert str(kept[0]) in err and "could not be read" in err


async def test_two_corrupt_databases_in_the_same_second_are_both_kept(isolated_home):
    paths = AppPaths.from_environment()
    paths.ensure()
    for n in range(2):
        paths.database.write_bytes(b"garbage %d " % n * 100)
        store = HistoryStore(paths)
        await store.open()
        await store.close()
    kept = sorted(p.read_bytes()[:9] for p in paths.data.iterdir() if ".corrupt-" in p.name)
    assert kept == [b"garbage 0", b"garbage 1"]


async def test_a_busy_database_is_never_moved_aside(isolated_home, monkeypatch):
    """Another process holding the write lock at start-up is not corruption: moving the file away would
    split the history in two (the other process keeps writing into the moved file)."""
    monkeypatch.setitem(schema.PRAGMAS, "busy_timeout", 100)
    paths = AppPaths.from_environment()
    first = HistoryStore(paths)
    await first.open()
    await first.close()
    # a fresh file at schema version 0 needs the write lock to migrate: simulate by forcing a migration
    with sqlite3.connect(paths.database) as db:
        db.execute("DELETE FROM schemaversion")
    other = sqlite3.connect(paths.database, timeout=0.1, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    threads_before = set(threading.enumerate())
    try:
        store = HistoryStore(paths)
        with pytest.raises(HistoryUnavailable, match="in use by another Listing Genie"):
            await store.open()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert store.moved_aside is None
    assert not [p for p in paths.data.iterdir() if ".corrupt-" in p.name]
    kept = [t for t in threading.enumerate() if t not in threads_before and t.name.startswith("history-db")]
    assert not kept, "a store that could not open keeps no database thread"
