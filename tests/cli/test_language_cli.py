"""`--language`: the labels' language is a run option, detected from the product text by default,
stored with the session and kept by its retries."""

import json

import pytest

from listing_genie_desktop.cli import main
from listing_genie_desktop.resources import resource_path


@pytest.fixture(scope="module")
def sample_photo():
    return next(resource_path("samples").glob("*.jpg"))


def generate(sample_photo, capsys, *extra):
    code = main(
        [
            "generate",
            "--title",
            "Isolierte Trinkflasche aus Edelstahl",
            "--feature",
            "Hält 24 Stunden kalt",
            "--audience",
            "Kaffeeliebhaber zu Hause",
            "--image",
            str(sample_photo),
            "--json",
            *extra,
        ]
    )
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else None), err


def test_the_language_is_detected_from_the_product_and_stored_with_the_session(sample_photo, capsys):
    code, session, _ = generate(sample_photo, capsys)
    assert code == 0 and session["settings"]["language"] == "de"
    assert main(["show", session["session_id"], "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["settings"]["language"] == "de"


def test_an_explicit_language_wins_and_a_retry_keeps_it(sample_photo, capsys):
    code, session, _ = generate(sample_photo, capsys, "--language", "ja")
    assert code == 0 and session["settings"]["language"] == "ja"
    assert main(["retry", session["session_id"], "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["settings"]["language"] == "ja"


def test_an_unsupported_language_is_refused_before_anything_is_made(sample_photo, capsys):
    with pytest.raises(SystemExit) as info:
        generate(sample_photo, capsys, "--language", "xx")
    out, err = capsys.readouterr()
    assert info.value.code == 2 and out == ""
    assert "--language" in err and "ja" in err
    assert main(["history", "--json"]) == 0 and json.loads(capsys.readouterr().out) == []
