"""A backend registered only in the tests runs through the CLI like a built-in one (issue #12 item 4)."""

import json

import pytest
from PIL import Image

from listing_genie_desktop.cli import main
from tests.fakes.canvas_backend import canvas_backend

__all__ = ["canvas_backend"]


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "photo.png"
    Image.new("RGB", (500, 500), (200, 90, 30)).save(path)
    return path


def test_a_registered_backend_generates_and_retries_through_the_cli(canvas_backend, photo, capsys):
    code = main(["generate", "--title", "Mug", "--feature", "Holds 350 ml", "--image", str(photo),
                 "--backend", "canvas", "--json"])  # fmt: skip
    session = json.loads(capsys.readouterr().out)
    assert code == 0 and session["backend"] == "canvas" and session["model"] is None
    assert [i["status"] for i in session["images"]] == ["complete"] * 5
    (backend,) = canvas_backend
    assert sorted(r.image_type.value for r in backend.requests) == sorted(i["type"] for i in session["images"])

    assert main(["retry", session["session_id"], "--json"]) == 0
    assert sum(len(b.requests) for b in canvas_backend) == 5, "nothing was left to make: no new request"


def test_without_its_entry_the_backend_is_an_invalid_choice(photo, capsys):
    with pytest.raises(SystemExit) as info:
        main(["generate", "--title", "Mug", "--feature", "f", "--image", str(photo), "--backend", "canvas"])
    assert info.value.code == 2 and "invalid choice: 'canvas'" in capsys.readouterr().err
