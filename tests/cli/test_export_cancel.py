"""SIGTERM during `export` (issue #13 item 11): before the files are written nothing is written; after,
they are kept and said so; either way exit 5 as for any cancel, and exporting again is no conflict with
the export's own files (a real conflict still is)."""

from __future__ import annotations

import json
import os
import signal
import threading

import pytest

from listing_genie_desktop import cli_commands, services
from listing_genie_desktop.cli import EXIT_CANCELLED, EXIT_INVALID, EXIT_OK, main
from listing_genie_desktop.imaging import export as export_module
from listing_genie_desktop.resources import resource_path


def run(capsys, *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def session_id(capsys) -> str:
    photo = str(next(resource_path("samples").glob("*.jpg")))
    code, out, err = run(capsys, "generate", "--title", "Steel Bottle", "--feature", "Cold", "--image", photo, "--json")
    assert code == EXIT_OK, err
    return json.loads(out)["session_id"]


@pytest.fixture
def sigterm(monkeypatch):
    """`send()` delivers a real SIGTERM to this process and returns once the command's handler has seen it."""
    seen = threading.Event()
    real_install = cli_commands.install_cancel_handlers

    def install(cancel):
        def noticed():
            cancel()
            seen.set()

        real_install(noticed)

    monkeypatch.setattr(cli_commands, "install_cancel_handlers", install)

    def send() -> None:
        os.kill(os.getpid(), signal.SIGTERM)
        assert seen.wait(10), "the command's cancel handler saw the signal"

    return send


def test_sigterm_after_the_files_were_written_keeps_them_says_so_and_exits_5(
    session_id, capsys, tmp_path, monkeypatch, sigterm
):
    out_dir = tmp_path / "upload"
    real_write = services.atomic_write_many

    def write_then_terminated(contents):
        real_write(contents)
        sigterm()

    monkeypatch.setattr(services, "atomic_write_many", write_then_terminated)
    code, out, err = run(capsys, "export", session_id[:8], "--out", str(out_dir))
    monkeypatch.setattr(services, "atomic_write_many", real_write)

    assert code == EXIT_CANCELLED
    written = sorted(p.name for p in out_dir.iterdir())
    assert len(written) == 6 and "manifest.json" in written
    assert sorted(line.rsplit("/", 1)[-1] for line in out.splitlines()) == written, "what was kept is listed"
    assert "Cancelled" in err and "kept" in err and len(err.splitlines()) == 1

    code, out, err = run(capsys, "export", session_id[:8], "--out", str(out_dir))
    assert code == EXIT_OK, err
    assert "already exist" not in err and len(out.splitlines()) == 6


def test_sigterm_before_the_files_are_written_writes_nothing_and_exits_5(
    session_id, capsys, tmp_path, monkeypatch, sigterm
):
    out_dir = tmp_path / "upload"
    real_encode = export_module.encode
    calls = []

    def terminated_while_encoding(source, fmt):
        calls.append(source)
        if len(calls) == 1:
            sigterm()
        return real_encode(source, fmt)

    monkeypatch.setattr(export_module, "encode", terminated_while_encoding)
    code, out, err = run(capsys, "export", session_id[:8], "--out", str(out_dir))
    assert code == EXIT_CANCELLED and out == ""
    assert "nothing was exported" in err
    assert not out_dir.exists() or not list(out_dir.iterdir())


def test_a_different_export_in_the_folder_is_still_a_conflict(session_id, capsys, tmp_path):
    out_dir = tmp_path / "upload"
    assert run(capsys, "export", session_id[:8], "--out", str(out_dir))[0] == EXIT_OK
    main_file = next(out_dir.glob("*.MAIN.jpg"))
    main_file.write_bytes(main_file.read_bytes()[:-10] + b"0123456789")  # someone else's MAIN image
    code, _, err = run(capsys, "export", session_id[:8], "--out", str(out_dir))
    assert code == EXIT_INVALID and "already exist" in err and "--force" in err
    code, _, err = run(capsys, "export", session_id[:8], "--out", str(out_dir), "--zip")
    assert code == EXIT_INVALID, "a ZIP this export did not write yet is a change to the folder"
