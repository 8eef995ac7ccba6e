"""Image files deleted behind the app's back (issue #13 item 8): `show`, `history` and the run's summary
count them as missing, `retry` makes them again, `export` refuses in one line, and a session whose stored
reference photo is gone says so and takes a new one with `retry --image`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from listing_genie_desktop import cli_commands
from listing_genie_desktop.cli import EXIT_INVALID, EXIT_OK, EXIT_PARTIAL, main
from listing_genie_desktop.resources import resource_path

PHOTO = str(next(resource_path("samples").glob("*.jpg")))


def run(capsys, *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    out, err = capsys.readouterr()
    return code, out, err


def show(capsys, session_id: str) -> dict:
    code, out, err = run(capsys, "show", session_id, "--json")
    assert code == EXIT_OK, err
    return json.loads(out)


@pytest.fixture
def session(capsys) -> dict:
    code, out, err = run(
        capsys, "generate", "--title", "Steel Bottle", "--feature", "Cold 24 h", "--image", PHOTO, "--json"
    )
    assert code == EXIT_OK, err
    return json.loads(out)


def by_type(session: dict) -> dict[str, dict]:
    return {image["type"]: image for image in session["images"]}


def test_deleted_images_count_as_missing_export_refuses_in_one_line_and_retry_makes_them_again(
    session, capsys, tmp_path
):
    sid = session["session_id"]
    for kind in ("main", "lifestyle"):
        Path(by_type(session)[kind]["path"]).unlink()

    shown = show(capsys, sid)
    assert shown["status"] == "partial" and shown["summary"].startswith("3 of 5 images ready")
    for kind in ("main", "lifestyle"):
        image = by_type(shown)[kind]
        assert image["status"] == "failed" and image["path"] is None and image["error_kind"] == "storage"
        assert image["missing_file"] and "deleted" in image["error"]
    code, out, _ = run(capsys, "history", "--json")
    assert code == EXIT_OK
    assert [(s["status"], s["images_complete"]) for s in json.loads(out)] == [("partial", 3)]

    code, out, err = run(capsys, "export", sid[:8], "--out", str(tmp_path / "upload"))
    assert code == EXIT_INVALID and "Traceback" not in err and len(err.splitlines()) == 1, err
    assert "deleted" in err and "retry" in err
    assert not (tmp_path / "upload").exists() or not list((tmp_path / "upload").iterdir())

    code, out, err = run(capsys, "retry", sid[:8], "--json")
    assert code == EXIT_OK, err
    retried = by_type(json.loads(out))
    assert retried["main"]["attempts"] == 2 and retried["lifestyle"]["attempts"] == 2
    assert retried["comparison"]["attempts"] == 1, "the images still there are not made again"
    assert all(Path(image["path"]).is_file() for image in retried.values())
    code, _, err = run(capsys, "export", sid[:8], "--out", str(tmp_path / "upload"))
    assert code == EXIT_OK, err


def test_a_file_deleted_during_a_retry_is_not_counted_ready(session, capsys, monkeypatch):
    sid = session["session_id"]
    Path(by_type(session)["comparison"]["path"]).unlink()  # something for the retry to do
    kept = Path(by_type(session)["main"]["path"])
    real_line = cli_commands.progress_line
    lines: list[str] = []

    def delete_while_running(text: str) -> None:
        lines.append(text)
        if "generating" in text:
            kept.unlink()  # the retry trusts it is there: it was when the retry began
        real_line(text)

    monkeypatch.setattr(cli_commands, "progress_line", delete_while_running)
    code, _, _ = run(capsys, "retry", sid[:8])
    monkeypatch.setattr(cli_commands, "progress_line", real_line)
    finished = next(line for line in lines if line.startswith("session partial"))
    assert code == EXIT_PARTIAL and "4 of 5 images ready" in finished and "deleted" in finished, lines
    assert show(capsys, sid)["status"] == "partial"


def test_a_deleted_reference_photo_is_said_so_and_retry_image_takes_a_new_one(session, capsys, isolated_home):
    sid = session["session_id"]
    shutil.rmtree(Path(session["reference_path"]).parent)  # the whole sessions/<id> folder

    code, out, err = run(capsys, "retry", sid[:8])
    assert code == EXIT_INVALID and len(err.splitlines()) == 1, err
    assert "reference photo" in err and "deleted" in err and "--image" in err
    code, out, _ = run(capsys, "show", sid[:8])
    assert "reference photo deleted" in out and "--image" in out

    code, out, err = run(capsys, "retry", sid[:8], "--image", PHOTO, "--json")
    assert code == EXIT_OK, err
    retried = json.loads(out)
    assert Path(retried["reference_path"]).is_file()
    assert {image["attempts"] for image in retried["images"]} == {2}
    assert all(Path(image["path"]).is_file() for image in retried["images"])
