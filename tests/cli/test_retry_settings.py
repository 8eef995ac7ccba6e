"""`retry` runs a session with the options it was made with (issue #13 item 8): one listing never mixes
two text styles or two retry budgets, unless a flag says otherwise."""

import json

import pytest
from PIL import Image

from listing_genie_desktop.cli import main
from tests.fakes.gemini_server import Reply

KEY = "AIzaSyRETRY-settings-key-00000000000000"


@pytest.fixture
def cli(gemini_server, tmp_path, monkeypatch, capsys, fast_clock):
    monkeypatch.setenv("GEMINI_API_KEY", KEY)
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", gemini_server.base_url)
    photo = tmp_path / "photo.png"
    Image.new("RGB", (500, 500), (30, 120, 90)).save(photo)

    def run(*argv):
        if argv[0] == "generate":
            argv = (*argv, "--title", "Bottle", "--feature", "Cold 24 h", "--image", str(photo), "--backend", "gemini")
        code = main([*argv, "--json"])
        return code, json.loads(capsys.readouterr().out)

    return run


def attempts_of(session, image_type):
    return next(i for i in session["images"] if i["type"] == image_type)["attempts"]


def test_retry_keeps_the_sessions_text_style_and_retry_budget(cli, gemini_server):
    gemini_server.script_for("INFOGRAPHIC_1", *[Reply.server_error(503)] * 4)
    code, session = cli("generate", "--no-text-overlay", "--max-retries", "1")
    assert code == 3 and attempts_of(session, "infographic_1") == 2
    first_prompt = gemini_server.requests_for("INFOGRAPHIC_1")[0].prompt

    code, retried = cli("retry", session["session_id"])
    assert code == 3, "two more attempts (the stored budget), both refused: still partial"
    assert attempts_of(retried, "infographic_1") == 4
    retry_prompt = gemini_server.requests_for("INFOGRAPHIC_1")[2].prompt
    assert retry_prompt == first_prompt, "the model is asked for the same text style as the first run"


def test_a_retry_flag_overrides_what_the_session_stored(cli, gemini_server):
    gemini_server.script_for("INFOGRAPHIC_1", *[Reply.server_error(503)] * 4)
    code, session = cli("generate", "--max-retries", "0")
    assert code == 3 and attempts_of(session, "infographic_1") == 1

    code, retried = cli("retry", session["session_id"], "--max-retries", "3")
    assert code == 0 and attempts_of(retried, "infographic_1") == 5  # 1 + three refused + the fourth answered
