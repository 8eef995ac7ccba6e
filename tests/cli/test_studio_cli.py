"""Offline generation and export through the CLI, as a seller without an API key uses it."""

import json
import zipfile

import pytest
from PIL import Image

from listing_genie_desktop.cli import main
from listing_genie_desktop.resources import resource_path


@pytest.fixture(scope="module")
def sample_photo():
    return next(resource_path("samples").glob("*.jpg"))


@pytest.fixture
def generated(sample_photo, capsys, tmp_path):
    code = main(
        [
            "generate",
            "--title",
            "Insulated Steel Bottle / 1L",
            "--feature",
            "Keeps drinks cold 24 h",
            "--feature",
            "Leak-proof lid",
            "--image",
            str(sample_photo),
            "--json",
            "--out",
            str(tmp_path / "copy"),
        ]
    )
    out, err = capsys.readouterr()
    return code, json.loads(out), err


def test_auto_without_a_key_uses_studio_and_delivers_five_compliant_images(generated, tmp_path):
    code, session, err = generated
    assert code == 0
    assert session["backend"] == "studio" and session["model"] is None
    for image in session["images"]:
        assert image["status"] == "complete" and image["attempts"] == 1
        with Image.open(image["path"]) as delivered:
            assert delivered.size == (2000, 2000) and delivered.mode == "RGB"
    main_image = session["images"][0]
    assert main_image["compliance"] == {"compliant": True, "issues": []}
    texts = {image["type"]: image["texts"] for image in session["images"]}
    assert texts["main"] == {}
    assert texts["infographic_1"] == {
        "kicker": "Insulated Steel Bottle / 1L",
        "headline": "Keeps drinks cold 24 h",
        "callout_1": "Leak-proof lid",
    }
    assert texts["comparison"]["row_2"] == "Leak-proof lid" and texts["comparison"]["heading"] == "How it compares"
    assert sorted(p.name for p in (tmp_path / "copy").iterdir()) == [
        "comparison.png",
        "infographic_1.png",
        "infographic_2.png",
        "lifestyle.png",
        "main.png",
    ]
    assert "with studio" in err


def test_export_writes_amazon_names_a_manifest_and_never_overwrites(generated, capsys, tmp_path):
    _, session, _ = generated
    out = tmp_path / "export"
    assert main(["export", session["session_id"], "--out", str(out), "--zip"]) == 0
    capsys.readouterr()
    names = sorted(p.name for p in out.iterdir())
    sku = "INSULATED-STEEL-BOTTLE-1L"
    assert names == sorted(
        [f"{sku}.MAIN.jpg", *(f"{sku}.PT0{i}.jpg" for i in range(1, 5)), "manifest.json", f"{sku}.zip"]
    )
    manifest = json.loads((out / "manifest.json").read_text())
    assert [f["type"] for f in manifest["files"]] == [
        "main",
        "infographic_1",
        "infographic_2",
        "lifestyle",
        "comparison",
    ]
    with zipfile.ZipFile(out / f"{sku}.zip") as archive:
        assert f"{sku}.PT04.jpg" in archive.namelist()

    assert main(["export", session["session_id"], "--out", str(out)]) == 2
    assert "--force" in capsys.readouterr().err
    assert (
        main(["export", session["session_id"], "--out", str(out), "--force", "--sku", "ab/../c d", "--format", "png"])
        == 0
    )
    assert (out / "ab-c-d.MAIN.png").is_file()


def test_images_copies_and_exports_follow_the_umask(sample_photo, tmp_path):
    """A seller's upload folder shared with a group (umask 002) must be readable by that group."""
    import os
    import stat
    import subprocess
    import sys

    env = {**os.environ, "LISTING_GENIE_HOME": str(tmp_path / "home")}
    env.pop("GEMINI_API_KEY", None)
    env.pop("GOOGLE_API_KEY", None)

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "listing_genie_desktop", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            preexec_fn=lambda: os.umask(0o002),
            check=True,
        )

    made = cli(
        "generate",
        "--title",
        "Steel Bottle",
        "--feature",
        "Leak-proof lid",
        "--image",
        str(sample_photo),
        "--backend",
        "studio",
        "--json",
        "--out",
        str(tmp_path / "copy"),
    )
    session = json.loads(made.stdout)
    cli("export", session["session_id"], "--out", str(tmp_path / "export"), "--zip")
    written = [
        *(image["path"] for image in session["images"]),
        *(tmp_path / "copy").iterdir(),
        *(tmp_path / "export").iterdir(),
    ]
    assert len(written) == 5 + 5 + 7
    assert {oct(stat.S_IMODE(os.stat(path).st_mode)) for path in written} == {oct(0o664)}


def test_compared_with_reaches_the_comparison_chart_and_stays_with_the_session(sample_photo, capsys):
    argv = ["generate", "--backend", "studio", "--title", "Steel Bottle", "--image", str(sample_photo), "--json"]
    argv += ["--feature", "Keeps drinks cold 24 h", "--feature", "Leak-proof lid"]
    argv += ["--compared-with", "", "--compared-with", "Snap lids leak when tipped"]
    assert main(argv) == 0
    session = json.loads(capsys.readouterr().out)
    assert session["product"]["compared_with"] == ["", "Snap lids leak when tipped"]
    comparison = next(i for i in session["images"] if i["type"] == "comparison")
    assert comparison["texts"]["lacks_2"] == "Snap lids leak when tipped" and "lacks_1" not in comparison["texts"]
    assert main(["show", session["session_id"], "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["product"]["compared_with"] == ["", "Snap lids leak when tipped"]
