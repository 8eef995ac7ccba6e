"""A data folder that cannot be written, a history another process keeps locked past the busy timeout,
and a damaged page of the database (issue #13 item 2), each through the CLI: every command ends with one
line whose advice fits the cause, no traceback, no pointer to a log that could not be written; the
read-only commands still work on a read-only folder."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from listing_genie_desktop.cli import EXIT_FAILED, EXIT_OK, main
from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.resources import resource_path


def run(capsys, *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_failure(code: int, err: str) -> str:
    """The command failed with exactly one line on stderr, its own."""
    assert code == EXIT_FAILED, err
    assert "Traceback" not in err and "details in" not in err and "internal error" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    return lines[0]


def generate_args() -> list[str]:
    photo = str(next(resource_path("samples").glob("*.jpg")))
    return ["generate", "--title", "Steel Bottle", "--feature", "Cold 24 h", "--image", photo, "--backend", "studio"]


@pytest.fixture
def session_id(capsys) -> str:
    code, out, err = run(capsys, *generate_args(), "--json")
    assert code == EXIT_OK, err
    return json.loads(out)["session_id"]


@pytest.fixture
def read_only_home(session_id, isolated_home, tmp_path, monkeypatch):
    """The same data folder, read-only: a read-only bind mount as root (root ignores permission bits),
    else the permission bits themselves."""
    view = tmp_path / "read-only"
    view.mkdir()
    if os.geteuid() == 0:
        for command in (
            ["mount", "--bind", str(isolated_home), str(view)],
            ["mount", "-o", "remount,ro,bind", str(view)],
        ):
            if subprocess.run(command, capture_output=True, check=False).returncode != 0:
                pytest.skip("cannot make a read-only bind mount here")
        monkeypatch.setenv("LISTING_GENIE_HOME", str(view))
        yield view
        subprocess.run(["umount", "-l", str(view)], check=False)
        return
    for folder, _, names in os.walk(isolated_home):
        for name in names:
            os.chmod(os.path.join(folder, name), 0o444)
        os.chmod(folder, 0o555)
    yield isolated_home
    for folder, _, _ in os.walk(isolated_home):
        os.chmod(folder, 0o755)


def test_a_read_only_data_folder_still_shows_and_exports_and_says_why_it_cannot_generate(
    read_only_home, session_id, capsys, tmp_path
):
    code, out, err = run(capsys, "history", "--json")
    assert code == EXIT_OK, err
    assert [s["session_id"] for s in json.loads(out)] == [session_id]
    code, out, err = run(capsys, "show", session_id[:8], "--json")
    assert code == EXIT_OK, err
    assert json.loads(out)["status"] == "complete"
    code, out, err = run(capsys, "export", session_id[:8], "--out", str(tmp_path / "upload"))
    assert code == EXIT_OK, err
    assert len(list((tmp_path / "upload").glob("*.jpg"))) == 5
    for command in (generate_args(), ["retry", session_id[:8]]):
        line = one_line_failure(*run(capsys, *command)[::2])
        assert str(read_only_home) in line and "cannot be written" in line and "permissions" in line, line


LOCK_HOLDER = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.read()
"""


def test_a_history_locked_by_another_process_for_more_than_5_s_says_close_it_or_wait(session_id, capsys):
    paths = AppPaths.from_environment()
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(paths.database)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        assert holder.stdout.readline().strip() == b"locked"
        code, out, _ = run(capsys, "history")
        assert code == EXIT_OK and session_id[:8] in out, "reading is not blocked by another process's write"
        line = one_line_failure(*run(capsys, *generate_args())[::2])
    finally:
        holder.communicate(b"")
    assert "another Listing Genie" in line and "close it or wait" in line, line
    assert "can be written" not in line and "permissions" not in line, "a lock is not a permission problem"


def test_one_damaged_page_ends_each_command_with_where_the_file_is_and_how_to_recover(session_id, capsys, tmp_path):
    paths = AppPaths.from_environment()
    with sqlite3.connect(paths.database) as db:
        page = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'image'").fetchone()[0]
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
    with open(paths.database, "r+b") as handle:
        handle.seek((page - 1) * page_size)
        handle.write(b"\xde\xad" * (page_size // 2))
    for command in (
        ["history"],
        ["show", session_id[:8]],
        ["export", session_id[:8], "--out", str(tmp_path / "upload")],
        ["retry", session_id[:8]],
    ):
        line = one_line_failure(*run(capsys, *command)[::2])
        assert str(paths.database) in line and "damaged" in line and ".recover" in line, line
    assert paths.database.exists(), "a file damaged while in use is never moved away under another process"
