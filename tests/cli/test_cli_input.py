"""Invalid input: exit 2, one clear line on stderr, no traceback, no session, nothing written."""

import subprocess
import sys

import pytest
from PIL import Image

from listing_genie_desktop import __version__
from listing_genie_desktop.cli import main


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "photo.jpg"
    Image.new("RGB", (800, 800), "teal").save(path)
    return path


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize(
    ("extra", "fragment"),
    [
        (["--title", "", "--feature", "f"], "Title is required"),
        (["--title", "\u200b\ufeff\u202e\u0301", "--feature", "f"], "Title is required"),
        (["--title", "x" * 10_000, "--feature", "f"], "limit is 200"),
        (["--title", "Bottle"], "Give --feature 1 to 3 times"),
        (["--title", "Bottle", "--feature", "f", "--keyword", "k=shiny"], "Unknown intent 'shiny'"),
        (["--title", "Bottle", "--feature", "f", "--compared-with", "a", "--compared-with", "b"], "at most once per"),
    ],
)
def test_invalid_product_exits_2_and_writes_nothing(capsys, photo, isolated_home, extra, fragment):
    code, _out, err = run(capsys, "generate", "--image", str(photo), "--backend", "gemini", *extra)
    assert code == 2
    assert fragment in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not isolated_home.exists()


@pytest.mark.parametrize(
    ("content", "fragment"),
    [(b"", "empty"), (b"not an image", "not an image"), (None, "not found")],
)
def test_unusable_photo_exits_2_and_writes_nothing(capsys, tmp_path, isolated_home, monkeypatch, content, fragment):
    monkeypatch.setenv("GEMINI_API_KEY", "test-key-123456789")
    path = tmp_path / "photo.jpg"
    if content is not None:
        path.write_bytes(content)
    code, _, err = run(capsys, "generate", "--title", "Bottle", "--feature", "f", "--image", str(path))
    assert code == 2 and fragment in err
    assert not isolated_home.exists()


def test_gemini_without_a_key_exits_2(capsys, photo, isolated_home):
    code, _, err = run(
        capsys, "generate", "--title", "B", "--feature", "f", "--image", str(photo), "--backend", "gemini"
    )
    assert code == 2 and "No Gemini API key" in err
    assert not isolated_home.exists()


def test_show_unknown_session_exits_2(capsys):
    code, _, err = run(capsys, "show", "does-not-exist")
    assert code == 2 and "No session 'does-not-exist'" in err


def test_history_of_a_new_install_is_empty_json(capsys):
    code, out, _ = run(capsys, "history", "--json")
    assert code == 0 and out.strip() == "[]"


def test_version_is_printed_from_package_metadata():
    result = subprocess.run(
        [sys.executable, "-m", "listing_genie_desktop", "--version"], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == f"listing-genie {__version__}"
    assert __version__ != "0.0.0+source"


@pytest.mark.parametrize(
    ("extra", "fragment"),
    [
        (["--concurrency", "9"], "argument --concurrency: must be between 1 and 5"),
        (["--concurrency", "abc"], "argument --concurrency: invalid whole number value: 'abc'"),
        (["--attempt-timeout", "0"], "argument --attempt-timeout: must be between 1 and 3600"),
        (["--attempt-timeout", "4000"], "argument --attempt-timeout: must be between 1 and 3600"),
        (["--max-retries", "6"], "argument --max-retries: must be between 0 and 5"),
        (["--attempt-timeout", "inf"], "argument --attempt-timeout: must be a finite number"),
        (["--attempt-timeout", "nan"], "argument --attempt-timeout: must be a finite number"),
        (["--backend", "magic"], "argument --backend: invalid choice: 'magic'"),
    ],
)
def test_a_bad_option_is_one_line_on_stderr_and_exit_2(capsys, photo, extra, fragment):
    with pytest.raises(SystemExit) as info:
        main(["generate", "--title", "B", "--feature", "f", "--image", str(photo), *extra])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith("listing-genie: ") and fragment in err


def test_a_missing_required_option_is_one_line_too(capsys):
    with pytest.raises(SystemExit) as info:
        main(["generate", "--title", "B", "--feature", "f"])
    err = capsys.readouterr().err
    assert info.value.code == 2 and len(err.strip().splitlines()) == 1
    assert "the following arguments are required: --image" in err


def test_an_out_folder_that_is_a_file_is_refused_before_anything_is_generated(capsys, photo, isolated_home, tmp_path):
    not_a_folder = tmp_path / "afile"
    not_a_folder.write_text("")
    code, _out, err = run(
        capsys, "generate", "--title", "B", "--feature", "f", "--image", str(photo), "--backend", "studio",
        "--out", str(not_a_folder),
    )  # fmt: skip
    assert code == 2
    assert err.strip() == f"listing-genie: --out {not_a_folder} is a file, not a folder."
    assert not (isolated_home / "sessions").exists() or not any((isolated_home / "sessions").iterdir())


SLOW_PHOTO = """
import asyncio, sys
from listing_genie_desktop import cli_commands

async def slow_photos(paths):
    print("reading the photo", flush=True)
    await asyncio.sleep(60)

cli_commands.load_references = slow_photos
from listing_genie_desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM")
def test_sigterm_before_the_run_has_started_is_a_cancel_exit_5(photo, isolated_home):
    """Caught while the photo is still being read, before the run sets its own handlers: exit 5, no traceback."""
    import signal

    process = subprocess.Popen(
        [sys.executable, "-c", SLOW_PHOTO, "generate", "--title", "B", "--feature", "f", "--image", str(photo),
         "--backend", "studio"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert process.stdout.readline().strip() == "reading the photo"
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 5, err
    assert "Traceback" not in err
