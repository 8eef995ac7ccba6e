"""The "Copy diagnostics" text: enough to understand a failed run, never a secret.

Everything goes through `logging_setup.redact` at the very end, so a key that slipped into an
error message, a setting or a log line is removed whatever its path into the text.
"""

from __future__ import annotations

import json
import sys
from collections import deque
from dataclasses import asdict
from pathlib import Path

import listing_genie_desktop
from listing_genie_desktop.core.session_records import AttemptRecord, SessionRecord
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
    session: SessionRecord | None,
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
        parts += [
            f"Session {session.session_id}: {session.status.value} (backend {session.backend}, model {session.model})",
            f"Summary: {session.summary or ''}",
            "Product: " + json.dumps(session.product.to_json(), ensure_ascii=False),
            "Run settings: " + json.dumps(dict(session.settings), sort_keys=True),
            "Attempts:",
        ]
        for image in session.images:
            parts.append(f"  {image.image_type.value}: {image.status.value} after {image.attempts} attempt(s)")
            parts += [f"    {_attempt_line(attempt)}" for attempt in image.attempt_log]
    parts.append(f"Log (last {len(log_tail)} lines):")
    parts += [f"  {line}" for line in log_tail]
    return redact("\n".join(parts))


def _attempt_line(attempt: AttemptRecord) -> str:
    kind = attempt.error_kind.value if attempt.error_kind else ""
    return (
        f"#{attempt.n} run {attempt.run} {attempt.variation} {attempt.outcome.value} {kind} "
        f"http={attempt.http_status} {attempt.duration_ms} ms wait {attempt.delay_before_s} s: {attempt.error or ''}"
    ).rstrip()
