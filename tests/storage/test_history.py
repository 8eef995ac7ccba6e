import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.outcome import ImageStatus, SessionStatus
from listing_genie_desktop.core.ports import EncodedImage
from listing_genie_desktop.core.product import IMAGE_TYPES, ImageType, ProductContext
from listing_genie_desktop.core.session_records import AttemptOutcome
from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.storage import db as schema
from listing_genie_desktop.storage.db import SessionRow
from listing_genie_desktop.storage.history import HistoryStore, SessionNotFound
from listing_genie_desktop.storage.leases import SessionLease, is_running_elsewhere

T0, T1 = "2026-12-03T10:00:00.000000+00:00", "2026-12-03T10:00:01.500000+00:00"
"""Attempt timestamps as the engine writes them (`core.clock.iso`)."""


@pytest.fixture
def product():
    return ProductContext.create("Bottle / ../../etc", ["Cold 24 h"], keywords=["durable=durability"])


async def test_database_uses_wal_foreign_keys_and_a_schema_version(store):
    assert schema.database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert schema.database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert schema.current_version(schema.database) == schema.SCHEMA_VERSION


async def test_session_files_live_under_the_session_id_only(store, product, reference):
    session_id = await store.create_session(product, reference, backend="studio", model=None, settings={"a": 1})
    stored = await store.load_stored(session_id)
    assert stored.reference_path.parent == store.paths.session_folder(session_id)
    assert stored.reference_path.read_bytes() == reference.original_bytes
    assert "etc" not in str(stored.reference_path)
    assert stored.product == product


async def test_a_complete_image_is_on_disk_before_its_row_says_complete(store, product, reference):
    session_id = await store.create_session(product, reference, backend="studio", model=None, settings={})
    await store.begin_run(session_id, [ImageType.MAIN])
    attempt = await store.attempt_started(
        session_id, ImageType.MAIN, run=1, started_at=T0, delay_before_s=0, variation="base", prompt="p"
    )
    finished = EncodedImage(b"png-bytes", {"compliant": True, "issues": []})
    path = await store.image_completed(
        session_id, ImageType.MAIN, attempt, ended_at=T1, duration_ms=5, finished=finished
    )
    main = (await store.load_session(session_id)).images[0]
    assert main.status is ImageStatus.COMPLETE and main.path == Path(path)
    assert Path(path).read_bytes() == b"png-bytes"
    assert main.attempt_log[0].outcome is AttemptOutcome.COMPLETE
    assert main.attempt_log[0].started_at.isoformat(timespec="microseconds") == T0
    assert not [p for p in os.listdir(os.path.dirname(path)) if p.endswith(".tmp")]


async def test_unwritable_folder_gives_a_storage_error_naming_it(store, product, reference, monkeypatch):
    session_id = await store.create_session(product, reference, backend="studio", model=None, settings={})
    attempt = await store.attempt_started(
        session_id, ImageType.MAIN, run=1, started_at=T0, delay_before_s=0, variation="base", prompt="p"
    )

    def refuse(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("listing_genie_desktop.storage.history.atomic_write_bytes", refuse)
    with pytest.raises(GenerationError) as info:
        await store.image_completed(
            session_id, ImageType.MAIN, attempt, ended_at=T1, duration_ms=1, finished=EncodedImage(b"x", {})
        )
    assert info.value.kind is ErrorKind.STORAGE
    assert str(store.paths.session_folder(session_id)) in info.value.message
    assert "No space left" in info.value.message


async def test_history_lists_newest_first_and_filters(store, product, reference):
    ids = [await store.create_session(product, reference, backend="studio", model=None, settings={}) for _ in range(3)]
    await store.finish_session(ids[0], status=SessionStatus.FAILED, error_kind=ErrorKind.SERVER, summary="s")
    listed = await store.list_sessions()
    assert [s.session_id for s in listed] == ids[::-1]
    assert [s.session_id for s in await store.list_sessions(status="failed")] == [ids[0]]
    assert len(await store.list_sessions(query="Bottle")) == 3
    assert await store.list_sessions(query="nothing like it") == []
    assert len(await store.list_sessions(limit=2)) == 2


async def test_session_ids_resolve_from_a_unique_prefix(store, product, reference):
    session_id = await store.create_session(product, reference, backend="studio", model=None, settings={})
    assert await store.resolve_id(session_id[:8]) == session_id
    with pytest.raises(SessionNotFound):
        await store.resolve_id("zzzz")


async def test_dead_runs_become_interrupted_but_live_ones_are_left_alone(store, product, reference):
    dead = await store.create_session(product, reference, backend="studio", model=None, settings={})
    live = await store.create_session(product, reference, backend="studio", model=None, settings={})
    for session_id in (dead, live):
        await store.begin_run(session_id, list(IMAGE_TYPES))
        await store.attempt_started(
            session_id, ImageType.MAIN, run=1, started_at=T0, delay_before_s=0, variation="base", prompt="p"
        )
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sys, time
            from pathlib import Path
            from listing_genie_desktop.storage.leases import SessionLease
            lease = SessionLease(Path({str(store.paths.locks)!r}), {live!r})
            assert lease.acquire()
            print("held", flush=True)
            time.sleep(60)
        """),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        assert is_running_elsewhere(store.paths.locks, live)
        assert await store.recover_interrupted() == [dead]
    finally:
        holder.kill()
        holder.wait()
    dead_session = await store.load_session(dead)
    assert dead_session.status is SessionStatus.INTERRUPTED
    assert {i.status for i in dead_session.images} == {ImageStatus.INTERRUPTED}
    assert dead_session.images[0].attempt_log[0].outcome is AttemptOutcome.INTERRUPTED
    assert (await store.load_session(live)).status is SessionStatus.PROCESSING
    assert await store.recover_interrupted() == [live], "once its process died, the live one is interrupted too"


def test_a_lease_is_exclusive_within_one_process_too(tmp_path):
    first = SessionLease(tmp_path, "abc")
    assert first.acquire()
    assert not SessionLease(tmp_path, "abc").acquire()
    first.release()
    assert SessionLease(tmp_path, "abc").acquire()


async def test_corrupt_database_is_moved_aside_and_replaced(isolated_home):
    paths = AppPaths.from_environment()
    paths.ensure()
    paths.database.write_bytes(b"this is not a database" * 100)
    history = HistoryStore(paths)
    await history.open()
    try:
        assert history.moved_aside is not None and history.moved_aside.exists()
        assert "corrupt" in history.moved_aside.name
        assert await history.list_sessions() == []
    finally:
        await history.close()
    with sqlite3.connect(paths.database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


async def test_deleting_a_session_removes_rows_and_files(store, product, reference):
    session_id = await store.create_session(product, reference, backend="studio", model=None, settings={})
    folder = store.paths.session_folder(session_id)
    assert folder.exists()
    await store.delete_session(session_id)
    assert not folder.exists()
    assert await store.list_sessions() == []
    with pytest.raises(SessionNotFound):
        await store.load_session(session_id)


async def test_a_just_created_session_is_not_taken_for_interrupted(store, product, reference):
    fresh = await store.create_session(product, reference, backend="studio", model=None, settings={})
    stale = await store.create_session(product, reference, backend="studio", model=None, settings={})
    old = SessionRow.update(created_at="2020-01-01T00:00:00.000000+00:00").where(SessionRow.id == stale)
    await store._db(old.execute)
    assert await store.recover_interrupted() == [stale]
    assert (await store.load_session(fresh)).status is SessionStatus.PENDING


async def test_a_session_running_in_another_process_is_not_deleted(store, product, reference):
    """Another window or a `generate` holds the session's lease: deleting would pull rows from under its writes."""
    from listing_genie_desktop.storage.history import SessionBusy

    session_id = await store.create_session(product, reference, backend="studio", model=None, settings={})
    folder = store.paths.session_folder(session_id)
    running = subprocess.Popen(
        [sys.executable, "-c", HOLD_LEASE, str(store.paths.locks), session_id], stdout=subprocess.PIPE, text=True
    )
    try:
        assert running.stdout.readline().strip() == "holding"
        with pytest.raises(SessionBusy, match="being generated by another window or command"):
            await store.delete_session(session_id)
        assert folder.is_dir() and await store.load_stored(session_id)
    finally:
        running.kill()
        running.wait()

    await store.delete_session(session_id)  # once that process is gone
    assert not folder.exists()
    with pytest.raises(SessionNotFound):
        await store.load_stored(session_id)


HOLD_LEASE = """
import sys, time
from pathlib import Path
from listing_genie_desktop.storage.leases import SessionLease
lease = SessionLease(Path(sys.argv[1]), sys.argv[2])
assert lease.acquire()
print("holding", flush=True)
time.sleep(60)
"""
