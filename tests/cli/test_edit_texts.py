"""`listing-genie edit`: new words on an image already made, drawn again without a generation.

Studio images are drawn again from the session's reference photo with the same design; a Gemini
scene that the text overlay wrote on is drawn again from its kept clean copy, and the fake server
sees no new request. Each edit is one more version: attempts + 1, variation "edit", the earlier
file kept.
"""

import hashlib
import json

import numpy as np
import pytest
from PIL import Image

from listing_genie_desktop.cli import main
from listing_genie_desktop.resources import resource_path

KEY = "AIzaSyFAKE-key-for-tests-0000000000000"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def image(session, image_type):
    return next(i for i in session["images"] if i["type"] == image_type)


def digest(path):
    with open(path, "rb") as file:
        return hashlib.sha256(file.read()).hexdigest()


def pixels(path):
    with Image.open(path) as picture:
        return np.asarray(picture.convert("RGB"), dtype=np.int16)


@pytest.fixture
def studio_session(capsys):
    photo = next(resource_path("samples").glob("*.jpg"))
    code, out, _ = run(
        capsys,
        *("generate", "--title", "Insulated Steel Bottle", "--feature", "Keeps drinks cold 24 h"),
        *("--feature", "Leak-proof lid", "--image", str(photo), "--backend", "studio", "--json"),
    )
    assert code == 0
    return json.loads(out)


def test_a_studio_infographic_edit_is_a_new_version_with_the_new_words(studio_session, capsys):
    before = image(studio_session, "infographic_1")
    code, out, err = run(
        capsys,
        *("edit", studio_session["session_id"][:8], "--image", "infographic_1"),
        *("--text", "headline=Ice cold all day", "--json"),
    )
    assert code == 0, err
    after = image(json.loads(out), "infographic_1")
    assert after["texts"] == {**before["texts"], "headline": "Ice cold all day"}
    assert after["attempts"] == before["attempts"] + 1
    assert after["attempt_log"][-1]["variation"] == "edit" and after["attempt_log"][-1]["outcome"] == "complete"
    assert after["path"] != before["path"] and after["attempt_log"][-1]["path"] == after["path"]
    assert digest(after["path"]) != digest(before["path"])
    assert after["attempt_log"][0]["path"] == before["path"]  # the earlier version stays findable
    with Image.open(before["path"]) as kept, Image.open(after["path"]) as edited:
        assert kept.size == edited.size == (2000, 2000)
    # only the words changed: the same design (palette, product) around them
    changed = np.abs(pixels(after["path"]) - pixels(before["path"])).sum(axis=2) > 30
    assert 0 < changed.mean() < 0.2
    others = {i["type"]: i["path"] for i in json.loads(out)["images"] if i["type"] != "infographic_1"}
    assert others == {i["type"]: i["path"] for i in studio_session["images"] if i["type"] != "infographic_1"}


def test_an_edit_of_an_edit_keeps_every_version_and_the_other_words(studio_session, capsys):
    session_id = studio_session["session_id"]
    assert run(capsys, "edit", session_id, "--image", "comparison", "--text", "row_1=Cold for a day")[0] == 0
    code, out, _ = run(capsys, "edit", session_id, "--image", "comparison", "--text", "ours=This bottle", "--json")
    assert code == 0
    edited = image(json.loads(out), "comparison")
    assert edited["texts"]["row_1"] == "Cold for a day" and edited["texts"]["ours"] == "This bottle"
    assert [a["variation"] for a in edited["attempt_log"]][-2:] == ["edit", "edit"]
    assert len({a["path"] for a in edited["attempt_log"]}) == 3


@pytest.mark.parametrize(
    ("image_type", "text", "named"),
    [
        ("infographic_1", "slogan=Best ever", "valid keys: kicker, headline, callout_1"),
        ("main", "headline=x", "no texts"),
        ("poster", "headline=x", "valid types: main, infographic_1"),
        ("infographic_1", "headline", "KEY=VALUE"),
        ("infographic_1", "headline=  ", "cannot be empty"),
    ],
)
def test_a_bad_edit_exits_2_with_one_line_and_changes_nothing(studio_session, capsys, image_type, text, named):
    session_id = studio_session["session_id"]
    code, out, err = run(capsys, "edit", session_id, "--image", image_type, "--text", text)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and named in err
    _, shown, _ = run(capsys, "show", session_id, "--json")
    assert json.loads(shown)["images"] == studio_session["images"]


@pytest.fixture
def gemini_session(gemini_server, monkeypatch, capsys, tmp_path, fast_clock):
    monkeypatch.setenv("GEMINI_API_KEY", KEY)
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", gemini_server.base_url)
    photo = tmp_path / "photo.png"
    Image.new("RGB", (800, 800), (20, 120, 200)).save(photo)
    code, out, err = run(
        capsys,
        *("generate", "--title", "Insulated Bottle", "--feature", "Cold 24 h", "--feature", "Leak-proof"),
        *("--image", str(photo), "--backend", "gemini", "--json"),
    )
    assert code == 0, err
    return json.loads(out)


def test_a_gemini_overlay_is_drawn_again_on_its_clean_scene_without_a_request(gemini_session, gemini_server, capsys):
    before = image(gemini_session, "infographic_2")
    assert before["texts"]["headline"] == "Insulated Bottle"
    requests = len(gemini_server.requests)
    code, out, err = run(
        capsys,
        *("edit", gemini_session["session_id"], "--image", "infographic_2"),
        *("--text", "headline=Bottle that stays cold", "--json"),
    )
    assert code == 0, err
    assert len(gemini_server.requests) == requests
    after = image(json.loads(out), "infographic_2")
    assert after["texts"]["headline"] == "Bottle that stays cold"
    assert after["attempts"] == before["attempts"] + 1 and after["attempt_log"][-1]["variation"] == "edit"
    # the new words are on the clean scene, so drawing the old ones back gives the first version again
    code, out, _ = run(
        capsys,
        *("edit", gemini_session["session_id"], "--image", "infographic_2"),
        *("--text", "headline=Insulated Bottle", "--json"),
    )
    assert code == 0 and len(gemini_server.requests) == requests
    back = image(json.loads(out), "infographic_2")
    assert np.array_equal(pixels(back["path"]), pixels(before["path"]))
    assert not np.array_equal(pixels(after["path"]), pixels(before["path"]))


def test_a_gemini_lifestyle_has_no_texts_to_edit(gemini_session, capsys):
    code, _, err = run(capsys, "edit", gemini_session["session_id"], "--image", "lifestyle", "--text", "caption=x")
    assert code == 2 and "no texts" in err
