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
        (["--title", "x" * 10_000, "--feature", "f"], "limit is 200"),
        (["--title", "Bottle"], "Give --feature 1 to 3 times"),
        (["--title", "Bottle", "--feature", "f", "--keyword", "k=shiny"], "Unknown intent 'shiny'"),
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


def test_out_of_range_tuning_is_refused_by_the_parser(capsys, photo):
    with pytest.raises(SystemExit) as info:
        main(["generate", "--title", "B", "--feature", "f", "--image", str(photo), "--concurrency", "9"])
    assert info.value.code == 2
    assert "between 1 and 5" in capsys.readouterr().err
