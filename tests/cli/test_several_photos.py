"""Several photos of one product (`--image` 1 to 3 times): what reaches Gemini, what the session keeps, what
a retry reuses, and which photo the studio draws MAIN from."""

import io
import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from listing_genie_desktop.cli import main
from tests.fakes.gemini_server import Reply
from tests.imaging.synthetic import busy_scene, make_photo

KEY = "AIzaSyFAKE-key-for-tests-0000000000000"
COLOURS = {"front": (200, 30, 30), "back": (30, 160, 40), "detail": (30, 60, 200)}


@pytest.fixture
def photos(tmp_path) -> list[Path]:
    """Three photos told apart by their colour: front (red), back (green), detail (blue)."""
    paths = []
    for name, colour in COLOURS.items():
        path = tmp_path / f"{name}.png"
        Image.new("RGB", (700, 700), colour).save(path)
        paths.append(path)
    return paths


def generate(*images: Path, backend: str = "gemini", extra: tuple[str, ...] = ()) -> list[str]:
    flags = [arg for path in images for arg in ("--image", str(path))]
    return ["generate", "--title", "Bottle", "--feature", "Cold 24 h", *flags, "--backend", backend, "--json", *extra]


@pytest.fixture
def gemini(gemini_server, monkeypatch, isolated_home, fast_clock):
    monkeypatch.setenv("GEMINI_API_KEY", KEY)
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", gemini_server.base_url)
    return gemini_server


def colour_of(data: bytes) -> tuple[int, int, int]:
    with Image.open(io.BytesIO(data)) as image:
        return tuple(round(float(c)) for c in np.asarray(image.convert("RGB"), np.float32).mean(axis=(0, 1)))


def near(colour: tuple[int, int, int], expected: tuple[int, int, int]) -> bool:
    return max(abs(a - b) for a, b in zip(colour, expected, strict=True)) <= 6


def sent_colours(request) -> list[tuple[int, int, int]]:
    return [colour_of(data) for _mime, data in request.images]


def test_three_photos_go_inline_in_order_with_every_request(gemini, photos, capsys):
    assert main(generate(*photos)) == 0
    session = json.loads(capsys.readouterr().out)
    assert len(gemini.generate_requests) == 5
    for request in gemini.generate_requests:
        sent = sent_colours(request)
        assert len(sent) == 3
        assert all(near(c, e) for c, e in zip(sent, COLOURS.values(), strict=True)), sent
    assert session["model"] == "gemini-nano-banana-2.1"  # takes up to 14 photos


def test_a_model_that_takes_one_photo_is_sent_the_main_one_only(gemini, photos, capsys):
    assert main(generate(*photos, extra=("--model", "gemini-3-pro-image"))) == 0
    capsys.readouterr()
    for request in gemini.generate_requests:
        sent = sent_colours(request)
        assert len(sent) == 1 and near(sent[0], COLOURS["front"])


def test_the_session_keeps_a_copy_of_each_photo_main_first(gemini, photos, capsys):
    assert main(generate(*photos)) == 0
    session = json.loads(capsys.readouterr().out)
    stored = [Path(p) for p in session["reference_images"]]
    assert [p.name for p in stored] == ["reference.png", "reference-2.png", "reference-3.png"]
    assert all(p.is_absolute() and p.parent == stored[0].parent for p in stored)
    assert [p.read_bytes() for p in stored] == [p.read_bytes() for p in photos]
    assert session["reference_path"] == session["reference_images"][0]
    assert main(["show", session["session_id"], "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["reference_images"] == session["reference_images"]


def test_one_photo_lists_one_reference_image(gemini, photos, capsys):
    assert main(generate(photos[0])) == 0
    session = json.loads(capsys.readouterr().out)
    assert [Path(p).name for p in session["reference_images"]] == ["reference.png"]


def test_retry_sends_the_stored_photos_again_and_image_replaces_the_main_one(gemini, photos, tmp_path, capsys):
    gemini.script_for("COMPARISON", *[Reply.server_error(503)] * 2)
    assert main(generate(*photos, extra=("--max-retries", "1"))) == 3
    session_id = json.loads(capsys.readouterr().out)["session_id"]
    before = len(gemini.generate_requests)
    gemini.script_for("COMPARISON", Reply.server_error(503))
    assert main(["retry", session_id, "--max-retries", "0", "--json"]) == 3
    capsys.readouterr()
    first_retry = gemini.generate_requests[before:]
    assert len(first_retry) == 1
    assert all(near(c, e) for c, e in zip(sent_colours(first_retry[0]), COLOURS.values(), strict=True))

    new_front = tmp_path / "new-front.png"
    Image.new("RGB", (700, 700), (240, 200, 20)).save(new_front)
    before = len(gemini.generate_requests)
    assert main(["retry", session_id, "--image", str(new_front), "--json"]) == 0
    retried = json.loads(capsys.readouterr().out)
    sent = sent_colours(gemini.generate_requests[before])
    assert len(sent) == 3 and near(sent[0], (240, 200, 20))
    assert near(sent[1], COLOURS["back"]) and near(sent[2], COLOURS["detail"])
    assert len(retried["reference_images"]) == 3


def exit_code(argv: list[str]) -> int:
    """main()'s exit code, argparse's own refusals (a missing flag) included."""
    try:
        return main(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)


@pytest.mark.parametrize(("count", "said"), [(0, "required: --image"), (4, "Give --image 1 to 3 times (got 4)")])
def test_no_photo_or_more_than_three_is_one_line_and_exit_2(count, said, photos, isolated_home, capsys):
    images = (photos * 2)[:count]
    assert exit_code(generate(*images, backend="studio")) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and said in err, err
    assert not (isolated_home / "sessions").exists() or not any((isolated_home / "sessions").iterdir())


def test_an_unusable_photo_among_several_is_named(photos, tmp_path, isolated_home, capsys):
    broken = tmp_path / "label.jpg"
    broken.write_bytes(b"not a photo at all")
    assert main(generate(photos[0], broken, backend="studio")) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "label.jpg" in err, err


def test_the_studio_draws_main_from_the_photo_that_isolates_best(tmp_path, isolated_home, capsys):
    """The main photo is a busy scene the studio cannot cut out; the second, a red bottle on plain white, can:
    MAIN shows the red bottle, clean on white (with the busy photo alone it is not Amazon-ready)."""
    busy, plain = tmp_path / "front-busy.png", tmp_path / "back-white.jpg"
    busy_scene(600).save(busy)
    make_photo("bottle", "red", "plain", size=1200, seed=3).image.save(plain, quality=95)

    assert main(generate(busy, backend="studio")) in (0, 3)
    alone = json.loads(capsys.readouterr().out)
    assert main(generate(busy, plain, backend="studio")) in (0, 3)
    both = json.loads(capsys.readouterr().out)

    def main_image(session):
        return next(i for i in session["images"] if i["type"] == "main")

    assert main_image(both)["compliance"]["compliant"] is True, main_image(both)["compliance"]
    assert main_image(alone)["compliance"]["compliant"] is not True
    with Image.open(main_image(both)["path"]) as drawn:
        rgb = np.asarray(drawn.convert("RGB"), np.int16)
    red = (rgb[..., 0] > 140) & (rgb[..., 1] < 90) & (rgb[..., 2] < 90)
    assert red.mean() > 0.05, "MAIN shows the red bottle of the second photo"
