"""Cost and budget through the CLI: the real google-genai client against the fake Gemini server, whose image
answers report usageMetadata. Prices are the shipped capability table's (nano-banana-2.1: $0.11 at 4K per
image; gemini-3-pro-image: $120 per million output tokens)."""

import json
import sqlite3

import pytest
from PIL import Image

from listing_genie_desktop.cli import main
from listing_genie_desktop.paths import AppPaths
from tests.fakes.gemini_server import Reply

KEY = "AIzaSyFAKE-key-for-tests-0000000000000"
NANO, PRO = "gemini-nano-banana-2.1", "gemini-3-pro-image"


@pytest.fixture
def run(gemini_server, tmp_path, monkeypatch, capsys, isolated_home, fast_clock):
    monkeypatch.setenv("GEMINI_API_KEY", KEY)
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", gemini_server.base_url)
    photo = tmp_path / "photo.png"
    Image.new("RGB", (1200, 1200), (20, 120, 200)).save(photo)

    def generate(*extra):
        argv = ["generate", "--title", "Insulated Bottle", "--feature", "Cold 24 h", "--image", str(photo)]
        code = main([*argv, "--json", *extra])
        out, err = capsys.readouterr()
        return code, json.loads(out) if out.strip() else None, err

    return generate


def image(session, image_type):
    return next(i for i in session["images"] if i["type"] == image_type)


def test_each_image_and_the_session_cost_the_price_of_what_was_delivered(run):
    code, session, _ = run("--backend", "gemini", "--model", NANO, "--size", "4K")
    assert code == 0
    assert [i["estimated_cost_usd"] for i in session["images"]] == [0.11] * 5
    assert session["estimated_cost_usd"] == pytest.approx(0.55)
    assert [a["output_tokens"] for i in session["images"] for a in i["attempt_log"]] == [1290] * 5


def test_an_attempt_answered_with_an_error_costs_nothing(run, gemini_server):
    gemini_server.script_for("main", Reply.server_error(503), Reply.image())
    code, session, _ = run("--backend", "gemini", "--model", NANO, "--size", "4K")
    assert code == 0
    failed, done = image(session, "main")["attempt_log"]
    assert (failed["outcome"], failed["output_tokens"], failed["estimated_cost_usd"]) == ("failed", None, 0.0)
    assert (done["output_tokens"], done["estimated_cost_usd"]) == (1290, 0.11)
    assert image(session, "main")["estimated_cost_usd"] == 0.11


def test_tokens_are_priced_where_the_table_knows_a_price_per_million(run, gemini_server):
    gemini_server.default = Reply.image(output_tokens=1120, thoughts_tokens=380)
    code, session, _ = run("--backend", "gemini", "--model", PRO, "--size", "1K")
    assert code == 0
    assert image(session, "lifestyle")["attempt_log"][0]["output_tokens"] == 1500
    assert image(session, "lifestyle")["estimated_cost_usd"] == pytest.approx(1500 * 120 / 1e6)


def test_an_image_delivered_without_reported_usage_costs_the_models_price_per_image(run, gemini_server):
    gemini_server.script_for("main", Reply.image(output_tokens=None))
    code, session, _ = run("--backend", "gemini", "--model", NANO, "--size", "4K")
    assert code == 0
    assert image(session, "main")["attempt_log"][0]["output_tokens"] is None
    assert image(session, "main")["estimated_cost_usd"] == 0.11
    assert session["estimated_cost_usd"] == pytest.approx(0.55) and session["cost_note"] is None


def test_a_size_the_table_has_no_price_for_is_estimated_at_the_next_larger_one_and_says_so(run, capsys):
    """nano-banana-2.1's 2K price is in no list the notes found: its 4K price is the estimate (never lower)."""
    code, session, _ = run("--backend", "gemini", "--model", NANO, "--size", "2K")
    assert code == 0
    assert session["estimated_cost_usd"] == pytest.approx(0.55)
    note = f"{NANO} has no known price at 2K: estimated at its 4K price"
    assert session["cost_note"] == note and image(session, "main")["cost_note"] == note
    assert main(["show", session["session_id"]]) == 0
    assert f"estimated cost: $0.55 ({note})" in capsys.readouterr().out


def test_a_model_the_table_does_not_know_costs_the_dearest_known_rate_of_what_it_reported(run, gemini_server):
    """A model Google released after the table: usable, and its cost a number, said to be an estimate."""
    gemini_server.listed = [NANO, "gemini-4-image"]
    code, session, _ = run("--backend", "gemini", "--model", "gemini-4-image")
    assert code == 0
    assert session["estimated_cost_usd"] == pytest.approx(5 * 1290 * 120 / 1e6)
    assert session["cost_note"] == (
        "the price of gemini-4-image is unknown: estimated at $120 per million output tokens "
        f"({PRO}'s, the dearest known)"
    )


def test_the_budget_check_of_a_model_of_unknown_price_uses_the_dearest_known_price(run, gemini_server):
    gemini_server.listed = [NANO, "gemini-4-image"]
    code, _, err = run("--backend", "gemini", "--model", "gemini-4-image", "--monthly-budget", "1")
    assert code == 2 and gemini_server.generate_requests == []
    assert err.strip().count("\n") == 0
    assert "5 images at about $1.20 (the price of gemini-4-image is unknown: estimated at" in err


def test_a_session_finished_on_the_studio_is_priced_attempt_by_attempt(run, gemini_server, capsys):
    """Two images failed on Gemini ("Retry with... Studio" in the window, retry --backend studio here): the
    studio's images cost nothing, Gemini's three keep their price, and the total stays known."""
    gemini_server.script_for("main", Reply.server_error(503))
    gemini_server.script_for("comparison", Reply.server_error(503))
    code, session, _ = run("--backend", "gemini", "--model", NANO, "--size", "4K", "--max-retries", "0")
    assert code == 3 and session["estimated_cost_usd"] == pytest.approx(0.33)

    assert main(["retry", session["session_id"], "--backend", "studio", "--json"]) == 0
    finished = json.loads(capsys.readouterr().out)
    assert finished["backend"] == "gemini"  # the session keeps the backend it was made with
    last = image(finished, "main")["attempt_log"][-1]
    assert (last["backend"], last["model"], last["estimated_cost_usd"]) == ("studio", None, 0.0)
    assert image(finished, "infographic_1")["attempt_log"][0]["model"] == NANO
    assert [i["estimated_cost_usd"] for i in finished["images"]] == [0.0, 0.11, 0.11, 0.11, 0.0]
    assert finished["estimated_cost_usd"] == pytest.approx(0.33)
    assert main(["history", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["estimated_cost_usd"] == pytest.approx(0.33)


def test_the_studio_costs_nothing(run):
    code, session, _ = run("--backend", "studio")
    assert code == 0
    assert session["estimated_cost_usd"] == 0
    assert all(i["estimated_cost_usd"] == 0 for i in session["images"])


def test_a_run_whose_estimate_passes_the_monthly_budget_is_refused(run, gemini_server, isolated_home):
    code, session, err = run("--backend", "gemini", "--model", NANO, "--size", "4K", "--monthly-budget", "0.5")
    assert code == 2 and session is None
    assert err.strip().count("\n") == 0
    assert "5 images at about $0.55 would pass the monthly budget of $0.50" in err
    assert gemini_server.generate_requests == []
    assert not list(isolated_home.rglob("*.sqlite3")) or _sessions(isolated_home) == 0


def test_the_budget_saved_in_settings_holds_in_the_cli_too(run, isolated_home, gemini_server):
    save_settings_file({"monthly_budget_usd": 0.3})
    code, _, err = run("--backend", "gemini", "--model", NANO, "--size", "4K")
    assert code == 2 and "monthly budget of $0.30" in err
    code, session, _ = run("--backend", "gemini", "--model", NANO, "--size", "4K", "--monthly-budget", "0")
    assert code == 0 and session["estimated_cost_usd"] == pytest.approx(0.55)


def test_a_price_of_my_own_in_settings_is_used_instead_of_the_table(run, isolated_home):
    save_settings_file({"price_overrides": {NANO: 0.05}})
    code, session, _ = run("--backend", "gemini", "--model", NANO, "--size", "2K")
    assert code == 0
    assert session["estimated_cost_usd"] == pytest.approx(0.25)


def test_a_budget_reached_mid_run_starts_no_new_request_and_the_summary_says_why(run, gemini_server):
    """The estimate (5 x $0.134) passes a $0.70 budget, but the model thinks at length: each answer bills
    4290 tokens ($0.51), so after the second image no new request starts."""
    gemini_server.default = Reply.image(output_tokens=1290, thoughts_tokens=3000)
    code, session, _ = run(
        "--backend", "gemini", "--model", PRO, "--size", "1K", "--concurrency", "1", "--monthly-budget", "0.7"
    )
    assert code == 3
    assert len(gemini_server.generate_requests) == 2
    assert [i["status"] for i in session["images"]] == ["complete", "complete", "failed", "failed", "failed"]
    assert "monthly budget of $0.70 is reached" in session["summary"]
    assert image(session, "lifestyle")["attempts"] == 0
    assert session["estimated_cost_usd"] == pytest.approx(2 * 4290 * 120 / 1e6)


def _sessions(home):
    (db,) = home.rglob("*.sqlite3")
    with sqlite3.connect(db) as conn:
        return conn.execute("select count(*) from session").fetchone()[0]


def save_settings_file(values):
    path = AppPaths.from_environment().settings_file
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(values))
