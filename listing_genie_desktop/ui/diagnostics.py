"""The "Copy diagnostics" text: enough to understand a failed run, never a secret.

Everything goes through `logging_setup.redact` at the very end, so a key that slipped into an
error message, a setting or a log line is removed whatever its path into the text.
"""

from __future__ import annotations

import json
import sys
from collections import deque
from collections.abc import Mapping
from dataclasses import asdict
from pathlib import Path

import listing_genie_desktop
from listing_genie_desktop.logging_setup import redact
from listing_genie_desktop.settings import Settings

LOG_TAIL_LINES = 80


def read_log_tail(path: Path, lines: int = LOG_TAIL_LINES) -> list[str]:
    """Blocking: the last lines of the log file (empty when there is none yet)."""
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            return [line.rstrip("\n") for line in deque(handle, maxlen=lines)]
    except OSError:
        return []


def format_diagnostics(
    *,
    session: Mapping[str, object] | None,
    settings: Settings,
    log_tail: list[str],
    key_source: str | None,
    problem: str | None = None,
) -> str:
    import platform

    from PySide6 import __version__ as pyside_version

    parts = [
        f"Listing Genie {listing_genie_desktop.__version__} on {platform.platform()}, Python {sys.version.split()[0]}, "
        f"PySide6 {pyside_version}",
        f"API key: {'configured (' + key_source + ')' if key_source else 'none'}",
        "Settings: " + json.dumps(asdict(settings), sort_keys=True),
    ]
    if problem:
        parts.append(f"Problem: {problem}")
    if session is not None:
        images = session.get("images", [])
        parts += [
            f"Session {session.get('session_id')}: {session.get('status')} "
            f"(backend {session.get('backend')}, model {session.get('model')})",
            f"Summary: {session.get('summary') or ''}",
            "Product: " + json.dumps(session.get("product"), ensure_ascii=False),
            "Run settings: " + json.dumps(session.get("settings"), sort_keys=True),
            "Attempts:",
        ]
        for image in images:  # type: ignore[union-attr]
            parts.append(f"  {image['type']}: {image['status']} after {image['attempts']} attempt(s)")
            for attempt in image.get("attempt_log", []):
                parts.append(
                    f"    #{attempt['n']} run {attempt.get('run')} {attempt.get('variation')} "
                    f"{attempt.get('outcome')} {attempt.get('error_kind') or ''} "
                    f"http={attempt.get('http_status')} {attempt.get('duration_ms')} ms "
                    f"wait {attempt.get('delay_before_s')} s: {attempt.get('error') or ''}".rstrip()
                )
    parts.append(f"Log (last {len(log_tail)} lines):")
    parts += [f"  {line}" for line in log_tail]
    return redact("\n".join(parts))
