"""Offline with a key: `--backend auto` falls back to the studio renderer when the API cannot be reached."""

from __future__ import annotations

import json

from listing_genie_desktop.cli import main
from tests.cli.test_generate_gemini import KEY
from tests.fakes.offline import closed_port_url


def generate(photo, *backend: str) -> list[str]:  # type: ignore[no-untyped-def]
    return ["generate", "--title", "Insulated Bottle", "--feature", "Cold 24 h", "--image", str(photo), *backend]


def test_auto_with_a_key_and_no_network_falls_back_to_the_studio_and_says_so(
    tmp_path, monkeypatch, capsys, isolated_home, fast_clock
):
    from PIL import Image

    photo = tmp_path / "photo.png"
    Image.new("RGB", (800, 800), (20, 120, 200)).save(photo)
    monkeypatch.setenv("GEMINI_API_KEY", KEY)
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", closed_port_url())

    code = main([*generate(photo, "--backend", "auto"), "--json"])
    out, err = capsys.readouterr()

    session = json.loads(out)
    assert code == 0 and session["status"] == "complete"
    assert session["backend"] == "studio"
    warning = next(line for line in err.splitlines() if "could not be reached" in line)
    assert warning.startswith("warning: Gemini") and "Studio" in warning
    assert KEY not in err


def test_gemini_chosen_by_name_is_not_replaced(tmp_path, monkeypatch, capsys, isolated_home, fast_clock):
    from PIL import Image

    photo = tmp_path / "photo.png"
    Image.new("RGB", (800, 800), (20, 120, 200)).save(photo)
    monkeypatch.setenv("GEMINI_API_KEY", KEY)
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", closed_port_url())

    code = main([*generate(photo, "--backend", "gemini"), "--json", "--max-retries", "0"])
    out, _ = capsys.readouterr()

    session = json.loads(out)
    assert code != 0 and session["backend"] == "gemini"
    assert {image["error_kind"] for image in session["images"]} == {"network"}


def test_with_a_kept_model_list_auto_still_finds_the_api_unreachable_at_once(
    tmp_path, monkeypatch, capsys, isolated_home, fast_clock
):
    """The key's models were listed yesterday, so nothing asks the API before the first image: the run still
    falls back to the studio before any Gemini attempt, instead of failing each image after its retries."""
    from PIL import Image

    from tests.fakes.model_lists import keep_model_list

    photo = tmp_path / "photo.png"
    Image.new("RGB", (800, 800), (20, 120, 200)).save(photo)
    monkeypatch.setenv("GEMINI_API_KEY", KEY)
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", closed_port_url())
    keep_model_list()

    code = main([*generate(photo, "--backend", "auto"), "--json"])
    out, err = capsys.readouterr()

    session = json.loads(out)
    assert code == 0 and session["backend"] == "studio"
    assert {a["backend"] for image in session["images"] for a in image["attempt_log"]} == {"studio"}
    warning = next(line for line in err.splitlines() if "could not be reached" in line)
    assert "refused the connection" in warning and "Studio" in warning


def test_with_a_kept_model_list_and_the_api_reachable_auto_uses_gemini(
    tmp_path, monkeypatch, capsys, isolated_home, fast_clock, gemini_server
):
    from PIL import Image

    from tests.fakes.model_lists import keep_model_list

    photo = tmp_path / "photo.png"
    Image.new("RGB", (800, 800), (20, 120, 200)).save(photo)
    monkeypatch.setenv("GEMINI_API_KEY", KEY)
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", gemini_server.base_url)
    keep_model_list()

    code = main([*generate(photo, "--backend", "auto"), "--json"])
    out, err = capsys.readouterr()

    assert code == 0 and json.loads(out)["backend"] == "gemini"
    assert "could not be reached" not in err
    assert gemini_server.list_requests == [], "the kept list was used: only a TCP connection was made first"
