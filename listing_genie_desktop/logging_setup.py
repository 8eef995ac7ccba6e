"""Logging: a rotating file in the log folder plus stderr, with secrets redacted everywhere.

Redaction happens in the formatter, on the final text, so it covers messages, arguments and
tracebacks from any library alike. `redact` is the app's one redactor: log lines, Copy diagnostics,
the CLI's messages and every error message built from a server's answer go through it.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import re
import sys
from collections.abc import Iterable
from pathlib import Path

LEVEL_ENV = "LISTING_GENIE_LOG_LEVEL"
REDACTED = "[REDACTED]"
_NOT_REDACTED_YET = r"(?!\[REDACTED\])"
_GOOGLE_KEY = re.compile(r"AIza[0-9A-Za-z_\-]{30,}")
_KEY_PARAM = re.compile(r"(?i)((?:api_?key|key)=)" + _NOT_REDACTED_YET + r"[^&\s\"']+")
_KEY_HEADER = re.compile(r"(?i)(x-goog-api-key['\"]?\s*[:=]\s*['\"]?)" + _NOT_REDACTED_YET + r"[^'\"\s,}]+")
_secrets: set[str] = set()


def register_secret(value: str) -> None:
    """Any text equal to `value` is replaced by [REDACTED] in every log line and message from now on."""
    if value and len(value) >= 8:
        _secrets.add(value)


def redact(text: str, secrets: Iterable[str | None] = ()) -> str:
    """`text` without the registered secrets, the given `secrets`, anything shaped like a Google API key, and
    the value of any `key=` parameter or `x-goog-api-key` header (servers and proxies echo URLs and headers).

    Text that will be shortened must be redacted first: the first half of a key is too short to be
    recognised afterwards, yet it is half the key.
    """
    known = _secrets.union(s for s in secrets if s and len(s) >= 4)
    for secret in sorted(known, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    text = _GOOGLE_KEY.sub(REDACTED, text)
    text = _KEY_PARAM.sub(rf"\g<1>{REDACTED}", text)
    return _KEY_HEADER.sub(rf"\g<1>{REDACTED}", text)


class _LazyFileHandler(logging.handlers.RotatingFileHandler):
    """Creates the log folder on the first record, so a command refused as invalid writes nothing.

    A log that cannot be written (disk full, read-only folder) is given up quietly at its first failure:
    logging's default prints a "--- Logging error ---" traceback on stderr for every record, about 800
    lines for one run on a full disk, burying the one line that says what went wrong. `log_file_problem()`
    keeps why, so no message sends the user to it.
    """

    problem: str | None = None
    """Why the file could not be written, once it could not; nothing names it as the place for details."""

    def _open(self):  # type: ignore[no-untyped-def]
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

    def emit(self, record: logging.LogRecord) -> None:
        if self.problem is None:
            super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        if self.problem is not None:
            return
        error = sys.exc_info()[1]
        self.problem = (error.strerror if isinstance(error, OSError) else None) or str(error) or "unknown error"
        stream, self.stream = self.stream, None  # type: ignore[assignment]
        if stream is not None:
            with contextlib.suppress(Exception):  # its buffer cannot be flushed either
                stream.close()

    def close(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            super().close()


def log_file_problem() -> str | None:
    """Why the log file could not be written, or None while it can: a message must not send the user to
    a log that holds nothing."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, _LazyFileHandler) and handler.problem is not None:
            return handler.problem
    return None


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def configured_level() -> int:
    name = os.environ.get(LEVEL_ENV, "INFO").strip().upper()
    return {"DEBUG": logging.DEBUG, "INFO": logging.INFO, "WARNING": logging.WARNING}.get(name, logging.INFO)


def configure_logging(log_file: Path, *, stderr_level: int = logging.WARNING) -> None:
    """Idempotent: replaces the handlers this function installed before (tests call it per home)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_listing_genie", False)]:
        root.removeHandler(handler)
        handler.close()
    level = configured_level()
    root.setLevel(min(level, stderr_level))
    formatter = RedactingFormatter("%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s")
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    handlers[0].setLevel(max(stderr_level, level))
    file_handler = _LazyFileHandler(log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8", delay=True)
    file_handler.setLevel(level)
    handlers.append(file_handler)
    for handler in handlers:
        handler.setFormatter(formatter)
        handler._listing_genie = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    # Python warnings (the SDK reports an unknown enum value, which may be a server's echo of the key, as one)
    # would be printed raw on stderr: through logging they meet the redactor like every other line.
    logging.captureWarnings(True)
    for noisy in ("httpx", "httpcore", "httpx2", "google_genai", "PIL"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))
