"""A full disk, for real: a 3 MB tmpfs as LISTING_GENIE_HOME (issue #13 item 1).

The run that meets the full disk records what it can and says why it failed; every later command
(history, show, export to another disk) still works, because reading the history never needs a write;
the log gives up quietly; and once space is back the session says the disk stopped it, not that
the app did.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from listing_genie_desktop import cli_commands
from listing_genie_desktop.cli import EXIT_FAILED, EXIT_OK, main
from listing_genie_desktop.resources import resource_path

DISK_MB = 3


@pytest.fixture
def small_disk(tmp_path, monkeypatch):
    """A tmpfs of 3 MB mounted as the data folder (needs root, as the CI container and this machine run)."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={DISK_MB}m", "tmpfs", str(disk)], capture_output=True, check=False
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    monkeypatch.setenv("LISTING_GENIE_HOME", str(disk))
    yield disk
    subprocess.run(["umount", "-l", str(disk)], check=False)


def fill(disk) -> None:
    """Takes every free byte of the disk."""
    with open(disk / "filler", "ab") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass


def run(capsys, *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    out, err = capsys.readouterr()
    return code, out, err


def assert_quiet_failure_handling(err: str) -> None:
    assert "--- Logging error ---" not in err
    assert "Traceback" not in err and "cannot rollback" not in err
    assert len(err.splitlines()) < 30, "the log gives up quietly (it printed ~800 lines of 'Logging error')"


def test_a_full_disk_ends_the_run_with_storage_and_every_later_command_still_works(
    small_disk, capsys, tmp_path, monkeypatch
):
    photo = str(next(resource_path("samples").glob("*.jpg")))
    product = ["--title", "Steel Bottle", "--feature", "Keeps cold", "--image", photo, "--backend", "studio"]
    code, out, _ = run(capsys, "generate", *product, "--json")
    assert code == EXIT_OK
    first = json.loads(out)["session_id"]

    real_line = cli_commands.progress_line

    def fill_when_generation_starts(text: str) -> None:
        if "generating" in text:
            fill(small_disk)  # the session is created; nothing of its run can be saved any more
        real_line(text)

    monkeypatch.setattr(cli_commands, "progress_line", fill_when_generation_starts)
    code, _, err = run(capsys, "generate", *product)
    monkeypatch.setattr(cli_commands, "progress_line", real_line)
    assert code == EXIT_FAILED
    assert_quiet_failure_handling(err)
    assert ("disk is full" in err or "No space left" in err) and "(storage)" in err

    code, out, err = run(capsys, "history", "--json")
    assert code == EXIT_OK, err
    assert_quiet_failure_handling(err)
    sessions = json.loads(out)
    assert len(sessions) == 2
    second = next(s["session_id"] for s in sessions if s["session_id"] != first)
    assert next(s["status"] for s in sessions if s["session_id"] == second) == "failed", "not left processing"
    code, _, err = run(capsys, "show", first)
    assert code == EXIT_OK, err
    assert_quiet_failure_handling(err)
    code, out, err = run(capsys, "show", second, "--json")
    assert code == EXIT_OK, err
    assert_quiet_failure_handling(err)
    still_full = json.loads(out)
    assert still_full["status"] == "failed" and "full" in still_full["summary"], "already said while still full"
    elsewhere = tmp_path / "upload"
    code, out, err = run(capsys, "export", first[:8], "--out", str(elsewhere))
    assert code == EXIT_OK, err
    assert_quiet_failure_handling(err)
    assert len(list(elsewhere.glob("*.jpg"))) == 5

    (small_disk / "filler").unlink()
    code, out, err = run(capsys, "show", second, "--json")
    assert code == EXIT_OK, err
    session = json.loads(out)
    assert session["status"] == "failed", "recorded so once the disk takes writes again"
    assert not list((small_disk / "locks").glob("*.disk-full")), "recorded, the marker of the stopped run goes"
    assert "Interrupted" not in session["summary"] and "the app stopped" not in session["summary"]
    assert "disk" in session["summary"] and "full" in session["summary"]
    assert {i["status"] for i in session["images"]} == {"failed"}
    assert {i["error_kind"] for i in session["images"]} == {"storage"}
    assert not [a for i in session["images"] for a in i["attempt_log"] if a["outcome"] == "processing"]


def test_the_cli_says_the_disk_is_full_in_one_line_when_nothing_can_be_saved(small_disk, capsys):
    fill(small_disk)
    photo = str(next(resource_path("samples").glob("*.jpg")))
    code, _, err = run(
        capsys, "generate", "--title", "Bottle", "--feature", "Cold", "--image", photo, "--backend", "studio"
    )
    assert code == EXIT_FAILED
    assert_quiet_failure_handling(err)
    lines = err.splitlines()
    assert len(lines) == 1 and "is full" in lines[0] and "free some space" in lines[0], err


if sys.platform != "linux":  # tmpfs is Linux's
    pytestmark = pytest.mark.skip("tmpfs is Linux-only")
