"""A Python warning carrying the key (the SDK's "<value> is not a valid FinishReason" when a server echoes the
key as finishReason) goes through logging and the redactor, never raw onto stderr."""

from __future__ import annotations

import os
import subprocess
import sys

from PIL import Image

from tests.fakes.gemini_server import Reply

KEY = "AIzaSy" + "W4rnT2kLm9XwP4vB8nZ1cD6fH3jK5sA0uE_y"


def test_a_warning_echoing_the_key_is_redacted(gemini_server, isolated_home, tmp_path):
    gemini_server.script_for("MAIN", Reply.finish(KEY))
    photo = tmp_path / "photo.png"
    Image.new("RGB", (400, 400), (20, 120, 200)).save(photo)
    env = {**os.environ, "GEMINI_API_KEY": KEY, "GOOGLE_GEMINI_BASE_URL": gemini_server.base_url}
    result = subprocess.run(
        [sys.executable, "-m", "listing_genie_desktop", "generate", "--title", "Bottle", "--feature", "Cold",
         "--image", str(photo), "--backend", "gemini", "--max-retries", "0", "--attempt-timeout", "20"],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert result.returncode in (0, 3), result.stderr
    assert KEY[:16] not in result.stderr and KEY[-16:] not in result.stderr, result.stderr
    log_text = (isolated_home / "logs" / "listing-genie.log").read_text()
    assert "is not a valid" in log_text and KEY not in log_text
