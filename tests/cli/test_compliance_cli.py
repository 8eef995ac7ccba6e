"""Honest compliance through the CLI: a MAIN cut badly out of a photo is reported, never summed up as
all clear, and an answer too small to be a picture is refused and retried."""

import json

import pytest

from listing_genie_desktop.cli import main
from tests.fakes.gemini_server import Reply
from tests.imaging import cut_scenes

KEY = "AIzaSyFAKE-key-for-tests-0000000000000"


def generate(photo_path, capsys, *extra):
    argv = ["generate", "--title", "Espresso Cup", "--feature", "Fine porcelain", "--image", str(photo_path)]
    code = main([*argv, "--json", *extra])
    out, err = capsys.readouterr()
    return code, json.loads(out), err


@pytest.fixture
def cup_session(tmp_path, capsys):
    """A studio session from a 600 x 400 photo of a cup on wood: the table shows through its handle."""
    photo, _ = cut_scenes.espresso_cup()
    path = tmp_path / "cup.jpg"
    photo.save(path, quality=92)
    return generate(path, capsys, "--backend", "studio")


def test_a_bad_cut_is_complete_but_not_amazon_ready(cup_session):
    code, session, _ = cup_session
    assert code == 0 and session["status"] == "complete"
    compliance = session["images"][0]["compliance"]
    assert set(compliance) == {"compliant", "issues"} and compliance["compliant"] is False
    issues = " ".join(compliance["issues"])
    assert "Upscaled from 600 px" in issues and "zoom will look soft" in issues
    assert "background (its colour or texture" in issues


def test_show_prints_each_images_compliance(cup_session, capsys):
    _, session, _ = cup_session
    assert main(["show", session["session_id"]]) == 0
    out = capsys.readouterr().out
    main_block = out.split("  main")[1].split("  infographic_1")[0]
    assert "not Amazon-ready: Upscaled from 600 px" in main_block
    assert "Amazon-ready" not in main_block.replace("not Amazon-ready", "")


def test_export_warns_naming_the_image_and_still_exports(cup_session, capsys, tmp_path):
    _, session, _ = cup_session
    out_dir = tmp_path / "export"
    assert main(["export", session["session_id"], "--out", str(out_dir), "--sku", "CUP1"]) == 0
    streams = capsys.readouterr()
    assert (out_dir / "CUP1.MAIN.jpg").exists() and (out_dir / "CUP1.PT04.jpg").exists()
    assert "Warning: Not Amazon-ready: Main image" in streams.err
    assert "Main (CUP1.MAIN.jpg): Upscaled from 600 px" in streams.err
    assert "Not Amazon-ready" not in streams.out  # stdout stays the list of files written


def test_history_does_not_call_a_non_compliant_main_plain_complete(cup_session, capsys):
    _, session, _ = cup_session
    assert main(["history"]) == 0
    line = next(line for line in capsys.readouterr().out.splitlines() if line.startswith(session["session_id"][:8]))
    assert "complete, MAIN not Amazon-ready" in line and "5/5" in line
    assert main(["history", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["status"] == "complete" and row["images_complete"] == 5  # the contract's fields are unchanged


def test_a_clean_photo_exports_without_a_warning(tmp_path, capsys):
    photo, _ = cut_scenes.tumbler_on_wood()
    path = tmp_path / "tumbler.png"
    photo.save(path)
    code, session, _ = generate(path, capsys, "--backend", "studio")
    assert code == 0 and session["images"][0]["compliance"] == {"compliant": True, "issues": []}
    assert main(["export", session["session_id"], "--out", str(tmp_path / "out")]) == 0
    assert "Not Amazon-ready" not in capsys.readouterr().err
    assert main(["show", session["session_id"]]) == 0
    out = capsys.readouterr().out
    assert "  main" in out and out.split("  main")[1].splitlines()[1] == "      Amazon-ready"
    assert out.count("Amazon-ready") == 1  # said of MAIN, whose rules include the cut-out


def test_an_eight_pixel_answer_is_refused_as_no_image_and_retried(
    gemini_server, tmp_path, capsys, monkeypatch, fast_clock
):
    monkeypatch.setenv("GEMINI_API_KEY", KEY)
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", gemini_server.base_url)
    gemini_server.script_for("MAIN", Reply.image(size=(8, 8)), Reply.image((255, 255, 255), size=(1024, 1024)))
    photo, _ = cut_scenes.tumbler_on_wood(800, 600)
    path = tmp_path / "photo.png"
    photo.save(path)
    code, session, _ = generate(path, capsys, "--backend", "gemini")
    assert code == 0
    main_image = session["images"][0]
    assert main_image["status"] == "complete" and main_image["attempts"] == 2
    first = main_image["attempt_log"][0]
    assert first["outcome"] == "failed" and first["error_kind"] == "no_image"
    assert "8 x 8 px" in first["error"]
