"""The two lease races of issue #13 item 12, each with a real second process.

1. Start-up recovery decides a session's run is dead (nobody holds its lease) and then marks it
   interrupted: a run another process starts in between must not be marked interrupted (nor its
   finished session rewritten), so the lease is held from the check to the end of the update.
2. `release()` deleted the lock file before unlocking it: a process that had opened the file just
   before then locked the deleted file while a third created a new one and locked that, and both ran
   the session.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading

from listing_genie_desktop.cli_json import session_json
from listing_genie_desktop.core.product import IMAGE_TYPES
from listing_genie_desktop.imaging.loading import load_reference
from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.resources import resource_path
from listing_genie_desktop.services import Services
from listing_genie_desktop.storage import leases
from listing_genie_desktop.storage.history import HistoryStore
from listing_genie_desktop.storage.leases import SessionLease


async def test_a_run_started_by_another_process_during_recovery_is_never_marked_interrupted(
    isolated_home, product, monkeypatch
):
    reference = load_reference(str(next(resource_path("samples").glob("*.jpg"))))
    paths = AppPaths.from_environment()
    store = HistoryStore(paths)
    await store.open()
    session_id = await store.create_session(product, reference, backend="studio", model=None, settings={})
    await store.begin_run(session_id, IMAGE_TYPES)  # its process "died": processing, nobody holds the lease
    await store.close()

    other: dict[str, object] = {}
    real_release = SessionLease.release

    def another_process_retries_right_after(lease: SessionLease, *args, **kwargs) -> None:
        """Recovery found the lease free: the moment it lets go of it, another process retries the session."""
        real_release(lease, *args, **kwargs)
        if not other and threading.current_thread().name.startswith("history-db"):
            child = subprocess.run(
                [sys.executable, "-m", "listing_genie_desktop", "retry", session_id, "--backend", "studio"],
                capture_output=True,
                text=True,
                env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
                timeout=120,
            )
            other.update(code=child.returncode, err=child.stderr)

    monkeypatch.setattr(SessionLease, "release", another_process_retries_right_after)
    services = await Services.open(paths)
    await services.close()
    monkeypatch.setattr(SessionLease, "release", real_release)

    assert other.get("code") == 0, other
    store = HistoryStore(paths)
    await store.open()
    session = session_json(await store.load_session(session_id))
    await store.close()
    assert session["status"] == "complete", "the other process's finished run is not rewritten as interrupted"
    assert "Interrupted" not in session["summary"]
    assert {i["status"] for i in session["images"]} == {"complete"}


HALF_WAY_ACQUIRE = textwrap.dedent("""
    import fcntl, sys
    handle = open(sys.argv[1], "a+b")   # another process's acquire(), between its open and its lock
    print("opened", flush=True)
    sys.stdin.readline()
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        print("locked", flush=True)
    except OSError:
        print("refused", flush=True)
    sys.stdin.readline()
""")


def test_a_released_lease_can_never_be_held_by_two_processes_at_once(tmp_path):
    lease = SessionLease(tmp_path, "session")
    assert lease.acquire()
    second = subprocess.Popen(
        [sys.executable, "-c", HALF_WAY_ACQUIRE, str(lease.path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert second.stdout.readline().strip() == "opened"
        lease.release()
        second.stdin.write("go\n")
        second.stdin.flush()
        assert second.stdout.readline().strip() == "locked", "the lease was free: the second process takes it"
        third = SessionLease(tmp_path, "session")
        assert not third.acquire(), "while the second process holds the lease, nobody else may"
    finally:
        second.communicate("done\n", timeout=30)
    assert SessionLease(tmp_path, "session").acquire(), "and once it is gone, the lease is free again"


HOLDER = textwrap.dedent("""
    import fcntl, sys
    handle = open(sys.argv[1], "a+b")
    fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    print("locked", flush=True)
    sys.stdin.readline()
""")


def test_a_lock_file_replaced_between_open_and_lock_is_not_taken_for_the_lease(tmp_path, monkeypatch):
    """The file this acquire() opened is deleted (with its session, or by an older version's release) and
    another process creates and locks a new one before this acquire() locks the old: that other process
    holds the lease, and this acquire() must see it."""
    lease = SessionLease(tmp_path, "session")
    real_try_lock = leases._try_lock
    holders: list[subprocess.Popen] = []

    def deleted_and_taken_meanwhile(handle):
        if not holders:
            lease.path.unlink()
            holder = subprocess.Popen(
                [sys.executable, "-c", HOLDER, str(lease.path)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
            holders.append(holder)
            assert holder.stdout.readline().strip() == "locked"
        return real_try_lock(handle)

    monkeypatch.setattr(leases, "_try_lock", deleted_and_taken_meanwhile)
    try:
        assert not lease.acquire(), "the other process holds the lock file at the path"
    finally:
        for holder in holders:
            holder.communicate("done\n", timeout=30)
