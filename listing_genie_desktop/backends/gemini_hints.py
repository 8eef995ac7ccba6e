"""When to try again, from what a Gemini error says: RetryInfo, Retry-After, "retry in 3.5s" in the message,
and whether a 429 is a used-up daily or billing quota rather than a per-minute limit. The longest of several
hints wins; every hint is clamped, so an absurd one never overflows a date."""

from __future__ import annotations

import email.utils
import math
import re
import time
from collections.abc import Mapping
from typing import Any

MAX_HINT_S = 86_400.0
"""The longest wait a server hint is taken at (a day): `Retry-After: 1000000000000`, `inf` or a date in
year 9999 are legal or near enough, and unclamped they overflow every date computed from them. Any hint
this long already exceeds the policy's maximum wait, so clamping changes no decision."""


_RETRY_IN = re.compile(r"(?i)retry in ([0-9]+(?:\.[0-9]+)?)\s*(ms|s)\b")


_DURATION = re.compile(r"^\s*([0-9]+(?:\.[0-9]+)?)\s*(ms|s)?\s*$")


# Phrases that only appear when money or a hard cap is the problem. Not "billing" alone: every Gemini
# 429, per-minute ones included, says "please check your plan and billing details".
_EXHAUSTED_PHRASES = (
    "spending cap",
    "prepayment",
    "credits are depleted",
    "billing account",
    "billing to be enabled",
    "billing is not enabled",
    "free tier is not available",
    "per day",
    "daily limit",
)


def quota_exhausted(details: list[Mapping[str, Any]], message: str) -> tuple[bool, str | None]:
    """Whether a 429 is a daily/billing limit (waiting minutes won't help), and the quota id it names.

    QuotaFailure decides when present: a per-day quota id or a quota value of 0 (the model has no
    free tier) is exhausted, anything else (per-minute) is a rate limit. Without one, only
    unambiguous billing phrases count.
    """
    violations = [
        v
        for d in details
        if str(d.get("@type", "")).endswith("google.rpc.QuotaFailure")
        for v in d.get("violations") or []
        if isinstance(v, Mapping)
    ]
    for violation in violations:
        quota_id = str(violation.get("quotaId") or violation.get("quotaMetric") or "")
        if "perday" in quota_id.lower().replace("_", "") or str(violation.get("quotaValue")) == "0":
            return True, quota_id or None
    if violations:
        first = violations[0]
        return False, str(first.get("quotaId") or first.get("quotaMetric") or "") or None
    lowered = message.lower()
    return any(phrase in lowered for phrase in _EXHAUSTED_PHRASES) or "limit: 0" in lowered, None


def retry_hint(details: list[Mapping[str, Any]], headers: Mapping[str, str], message: str) -> float | None:
    """The server's wait hint in seconds, from RetryInfo, Retry-After and "retry in Ns" in the message, on any
    status (a 503 with `Retry-After: 10` means an outage of 10 s: retrying at 1, 2 and 4 s wastes every retry).

    When several are given and disagree, the longest wins: waiting a little more costs seconds, retrying too
    early costs an attempt. Each is clamped to `MAX_HINT_S` when parsed.
    """
    hints = (
        retry_delay_from_details(details),
        parse_retry_after_header(headers.get("retry-after")),
        _retry_in_message(message),
    )
    return max((h for h in hints if h is not None), default=None)


def _clamped(seconds: float) -> float | None:
    """`seconds` within [0, MAX_HINT_S]; None for NaN (no hint rather than a wait of NaN)."""
    if math.isnan(seconds):
        return None
    return min(MAX_HINT_S, max(0.0, seconds))


def retry_delay_from_details(details: list[Mapping[str, Any]]) -> float | None:
    """RetryInfo.retryDelay: "7s", "1.5s", "500ms", or a protobuf Duration {"seconds", "nanos"}."""
    for item in details:
        if str(item.get("@type", "")).endswith("google.rpc.RetryInfo"):
            delay = parse_duration(item.get("retryDelay"))
            if delay is not None:
                return delay
    return None


def parse_duration(value: Any) -> float | None:
    """A protobuf Duration (JSON string or {"seconds", "nanos"}) in seconds, clamped to `MAX_HINT_S`."""
    if isinstance(value, Mapping):
        try:
            return _clamped(float(value.get("seconds", 0) or 0) + float(value.get("nanos", 0) or 0) / 1e9)
        except (TypeError, ValueError, OverflowError):
            return None
    if not isinstance(value, str):
        return None
    match = _DURATION.match(value)
    if not match:
        return None
    seconds = float(match.group(1))
    return _clamped(seconds / 1000.0 if match.group(2) == "ms" else seconds)


def parse_retry_after_header(value: str | None, *, now: float | None = None) -> float | None:
    """Retry-After as delta-seconds or an HTTP date (RFC 9110), in seconds from now, within [0, MAX_HINT_S]."""
    if not value:
        return None
    value = value.strip()
    try:
        return _clamped(float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
        return _clamped(when.timestamp() - (time.time() if now is None else now))
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def _retry_in_message(message: str) -> float | None:
    match = _RETRY_IN.search(message)
    if not match:
        return None
    seconds = float(match.group(1))
    return _clamped(seconds / 1000.0 if match.group(2).lower() == "ms" else seconds)
