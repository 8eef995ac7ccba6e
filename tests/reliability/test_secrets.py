"""A recognisable API key, echoed back by the server in every kind of faulty answer, never reaches
the log files, the database (raw bytes of the file, its WAL and shared memory), the session JSON,
the session folder, exported files, stdout or stderr: not whole, and not as any 12-character piece
of it (one answer's message is shortened right inside the key)."""

from __future__ import annotations

import json
from collections import defaultdict

from PIL import Image

from listing_genie_desktop.cli import main
from tests.fakes.gemini_server import Reply
from tests.fakes.key_echoes import echoing_faults, key_pieces

KEY = "AIzaSy" + "Q7rT2kLm9XwP4vB8nZ1cD6fH3jK5sA0uE_y"  # AIzaSy + 33 characters
PIECES = [piece.encode() for piece in key_pieces(KEY)]


def test_the_key_never_leaves_memory(gemini_server, isolated_home, tmp_path, monkeypatch, capsys, fast_clock):
    monkeypatch.setenv("GEMINI_API_KEY", KEY)
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", gemini_server.base_url)
    monkeypatch.setenv("LISTING_GENIE_LOG_LEVEL", "DEBUG")
    for image_type, replies in echoing_faults(KEY).items():
        gemini_server.script_for(image_type, *replies)
    photo = tmp_path / "photo.png"
    Image.new("RGB", (400, 400), (20, 120, 200)).save(photo)
    outputs: defaultdict[str, str] = defaultdict(str)

    def cli(*argv):
        code = main(list(argv))
        out, err = capsys.readouterr()
        outputs["stdout"] += out
        outputs["stderr"] += err
        return code, out

    # --attempt-timeout 100 on the 20 times faster clock: 5 s here.
    code, out = cli(
        "generate", "--title", "Bottle", "--feature", "Cold", "--image", str(photo), "--backend", "gemini",
        "--json", "--max-retries", "5", "--concurrency", "5",
        "--attempt-timeout", "100", "--out", str(tmp_path / "copies"),
    )  # fmt: skip
    assert code == 3, outputs["stderr"]
    session = json.loads(out)
    kinds = {i["type"]: i["error_kind"] for i in session["images"]}
    assert kinds["infographic_2"] == "bad_request"
    attempts = {i["type"]: i["attempts"] for i in session["images"]}
    assert attempts["main"] == 5 and attempts["infographic_1"] == 5, "every echoing fault was really served"
    assert attempts["comparison"] == 4

    gemini_server.script_for("INFOGRAPHIC_2", Reply.error(403, "PERMISSION_DENIED", f"Forbidden: key {KEY}"))
    code, _ = cli("retry", session["session_id"], "--json")
    assert code == 3
    cli("show", session["session_id"], "--json")
    cli("history", "--json")
    assert cli("export", session["session_id"], "--out", str(tmp_path / "export"), "--zip")[0] == 0

    for stream in ("stdout", "stderr"):
        assert not any(piece.decode() in outputs[stream] for piece in PIECES), f"a piece of the key on {stream}"
    scanned = 0
    for folder in (isolated_home, tmp_path / "copies", tmp_path / "export"):
        for file in folder.rglob("*"):
            if file.is_file():
                scanned += 1
                data = file.read_bytes()
                assert KEY.encode() not in data, f"key found in {file}"
                assert not any(piece in data for piece in PIECES), f"a piece of the key in {file}"
    names = {f.name for f in isolated_home.rglob("*")}
    assert {"history.sqlite3", "listing-genie.log"} <= names  # the WAL is checkpointed into the file on close
    log_text = (isolated_home / "logs" / "listing-genie.log").read_text()
    assert "[REDACTED]" in log_text or "[redacted]" in log_text, "the echoes were logged, redacted"
    assert scanned >= 10
