"""A bug in a command is one line naming the log that holds its traceback, and no log at all when the log
could not be written (issue #13 item 2: never send the user to a file that holds nothing)."""

from __future__ import annotations

from listing_genie_desktop import cli_commands
from listing_genie_desktop.cli import EXIT_INTERNAL, main
from listing_genie_desktop.paths import AppPaths


async def broken(args, paths):
    raise RuntimeError("a bug")


def test_an_internal_error_names_the_log_only_when_the_log_was_written(isolated_home, monkeypatch, capsys):
    monkeypatch.setitem(cli_commands.COMMANDS, "history", broken)
    paths = AppPaths.from_environment()

    assert main(["history"]) == EXIT_INTERNAL
    err = capsys.readouterr().err
    assert err.splitlines()[-1] == f"listing-genie: internal error: a bug (details in {paths.log_file})"
    assert "RuntimeError: a bug" in paths.log_file.read_text()

    paths.log_file.unlink()
    paths.logs.rmdir()
    paths.logs.write_text("a file where the log folder should be")  # the log cannot be written (as root too)
    assert main(["history"]) == EXIT_INTERNAL
    err = capsys.readouterr().err
    assert "--- Logging error ---" not in err
    assert err.splitlines()[-1] == "listing-genie: internal error: a bug"
