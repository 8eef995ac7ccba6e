"""Turns everything the Gemini SDK and its HTTP stack can throw or answer into a contract `GenerationError`.

Pure functions, so each rule is unit-tested without a server. Nothing here imports google.genai or
httpx2 at module import time: the classifier is loaded with the backend, and both libraries are
already in memory whenever there is one of their exceptions to classify.

Every string built here goes through the app's one redactor (`logging_setup.redact`), before it is
shortened and again at the end: servers, proxies and exception texts can echo the key, URLs or
headers, and no part of the key may reach a message, a log line or the history database.
"""

from __future__ import annotations

import email.utils
import html
import json
import math
import re
import sys
import time
from collections.abc import Iterable, Mapping
from typing import Any

from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.logging_setup import redact

SAFETY_REASONS = frozenset(
    {"SAFETY", "IMAGE_SAFETY", "PROHIBITED_CONTENT", "IMAGE_PROHIBITED_CONTENT", "BLOCKLIST", "SPII"}
)
"""Finish reasons that mean a filter refused the image (retrying with other wording may pass)."""

AUTH_STATUSES = frozenset({401, 403})
MESSAGE_MAX = 160
MAX_HINT_S = 86_400.0
"""The longest wait a server hint is taken at (a day): `Retry-After: 1000000000000`, `inf` or a date in
year 9999 are legal or near enough, and unclamped they overflow every date computed from them. Any hint
this long already exceeds the policy's maximum wait, so clamping changes no decision."""
DETAIL_MAX = 20_000
_RETRY_IN = re.compile(r"(?i)retry in ([0-9]+(?:\.[0-9]+)?)\s*(ms|s)\b")
_DURATION = re.compile(r"^\s*([0-9]+(?:\.[0-9]+)?)\s*(ms|s)?\s*$")
_HTML_TITLE = re.compile(r"(?is)<title[^>]*>(.*?)</title>")
_TAG = re.compile(r"<[^>]+>")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_CERT_VERIFY_FAILED = "CERTIFICATE_VERIFY_FAILED"
_VERIFY_REASON = re.compile(r"certificate verify failed:\s*(.+?)\s*(?:\(_ssl\.c:\d+\))?$", re.IGNORECASE)
_NAME_MISMATCH_CODES = frozenset({62, 64})
"""OpenSSL's X509_V_ERR_HOSTNAME_MISMATCH and X509_V_ERR_IP_ADDRESS_MISMATCH."""
_EXPIRED_CODES = frozenset({9, 10})
"""X509_V_ERR_CERT_NOT_YET_VALID and X509_V_ERR_CERT_HAS_EXPIRED."""
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


def scrubbed(error: GenerationError, secrets: Iterable[str | None]) -> GenerationError:
    """A copy of `error` whose message and detail are redacted (cheap insurance at the boundary)."""
    secrets = tuple(secrets)
    return error.with_text(
        redact(error.message, secrets), redact(error.detail, secrets) if error.detail else error.detail
    )


def classify_exception(exc: BaseException, *, api_key: str | None = None) -> GenerationError:
    """Any exception raised while calling the SDK, as a contract error with the key scrubbed out."""
    return scrubbed(_classify_exception(exc), [api_key])


def _classify_exception(exc: BaseException) -> GenerationError:
    if isinstance(exc, GenerationError):
        return exc
    if _is_api_error(exc):
        return classify_api_error(exc)
    if _is_unknown_response(exc):
        return classify_unparsable_answer(str(exc))
    if isinstance(exc, json.JSONDecodeError):
        # What a non-streamed generate_content raises for a 200 that is not JSON (not UnknownApiResponseError).
        return classify_unparsable_answer(exc.doc)
    if isinstance(exc, RecursionError):
        # json.loads of a hostile answer nested thousands of levels deep: garbled, not our bug.
        return GenerationError(ErrorKind.NO_IMAGE, "The API answer was nested too deeply to read.", detail=repr(exc))
    if _is_pydantic_validation_error(exc):
        return GenerationError(
            ErrorKind.NO_IMAGE,
            "The API answer did not have the expected shape.",
            detail=_clip(f"{type(exc).__name__}: {exc}"),
        )
    transport = _classify_transport(exc)
    if transport is not None:
        return transport
    return GenerationError(
        ErrorKind.INTERNAL,
        f"Unexpected error while calling Gemini: {type(exc).__name__}",
        detail=_clip(f"{type(exc).__name__}: {exc}"),
    )


def _classify_transport(exc: BaseException) -> GenerationError | None:
    """httpx2 and OS-level failures: timeouts vs. everything that means 'the network broke'."""
    name = type(exc).__name__
    text = f"{name}: {exc}" if str(exc) else name
    if isinstance(exc, TimeoutError) or _is_httpx(exc, "TimeoutException"):
        return GenerationError(ErrorKind.TIMEOUT, f"No answer from Gemini in time ({name}).", detail=text)
    if _is_httpx(exc, "TransportError") or _is_httpx(exc, "DecodingError") or isinstance(exc, OSError):
        certificate = _describe_certificate_failure(exc)
        return GenerationError(
            ErrorKind.NETWORK,
            f"Network error talking to Gemini: {certificate or _describe_network(exc)}",
            detail=text,
            permanent=certificate is not None,  # every request would meet the same certificate
        )
    return None


def _describe_network(exc: BaseException) -> str:
    name = type(exc).__name__
    if name == "ConnectError":
        return "could not connect."
    if name == "RemoteProtocolError":
        return "the server closed the connection without an answer."
    if name == "ReadError":
        return "the connection was reset."
    if name == "ProxyError":
        return "the proxy refused the connection."
    return f"{name}."


def _describe_certificate_failure(exc: BaseException) -> str | None:
    """What is wrong with the server's certificate, and what the seller can do, when that is why TLS failed.

    A "could not connect" would send a seller behind an HTTPS-inspecting proxy (common on office
    networks) to check a connection that works: the fix is to trust the proxy's CA, which the backend
    does through SSL_CERT_FILE. A name mismatch or an expired certificate needs another fix, so each
    says its own. httpx2 keeps the text of OpenSSL's error in its ConnectError; the
    `ssl.SSLCertVerificationError` further down the cause chain also has the verify code.
    """
    code, reason = _certificate_verify_error(exc)
    if reason is None:
        return None
    lowered = reason.lower()
    if code in _NAME_MISMATCH_CODES or "mismatch" in lowered:
        return (
            f"the server's certificate is not valid for this address ({reason}). "
            "Check GOOGLE_GEMINI_BASE_URL and your proxy settings."
        )
    if code in _EXPIRED_CODES or "expired" in lowered or "not yet valid" in lowered:
        return f"the server's certificate is out of date ({reason}). Check this computer's date and time."
    return (
        f"the server's certificate is not trusted ({reason}). If your network uses an HTTPS-inspecting proxy, "
        "start Listing Genie with SSL_CERT_FILE set to the proxy's CA certificate (a PEM file)."
    )


def _certificate_verify_error(exc: BaseException) -> tuple[int | None, str | None]:
    """(OpenSSL verify code or None, its reason) of the first certificate error in `exc`'s chain, else (None, None)."""
    chain = list(_exception_chain(exc))
    for link in chain:
        if _is_instance_of(link, "ssl", "SSLCertVerificationError"):
            message = getattr(link, "verify_message", None) or _verify_reason(str(link)) or "verification failed"
            return getattr(link, "verify_code", None), short_text(str(message).rstrip("."), 120)
    for link in chain:
        text = str(link)
        if _CERT_VERIFY_FAILED in text:
            return None, short_text(_verify_reason(text) or "verification failed", 120)
    return None, None


def _verify_reason(text: str) -> str | None:
    """OpenSSL's reason alone, e.g. "self-signed certificate" out of
    "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate (_ssl.c:1006)"."""
    match = _VERIFY_REASON.search(text)
    return match.group(1).strip().rstrip(".") if match else None


def _exception_chain(exc: BaseException, limit: int = 16) -> Iterable[BaseException]:
    """`exc`, then its causes (or contexts), each once: transports wrap the ssl error two or three levels down."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen and len(seen) < limit:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def classify_api_error(exc: Any) -> GenerationError:
    """A `google.genai.errors.APIError` (duck-typed: `.code`, `.status`, `.message`, `.details`, `.response`)."""
    code = int(getattr(exc, "code", 0) or 0)
    body = getattr(exc, "details", None)
    error = _error_object(body)
    status = str(getattr(exc, "status", None) or error.get("status") or "").strip()
    raw_message = str(getattr(exc, "message", None) or error.get("message") or "")
    detail = _clip(_dump(body) if body is not None else str(exc))
    headline = f"{code} {status}".strip()
    if _looks_like_html(raw_message):
        summary = f"an HTML page ({_html_title(raw_message)}) instead of a Gemini API answer."
    else:
        summary = short_text(raw_message)
    if code == 429:
        return _classify_429(headline, summary, raw_message, _error_details(error), _headers_of(exc), detail)
    special = _permanent_case(code, status, raw_message, error)
    if special is not None:
        kind, permanent, advice = special
        return GenerationError(
            kind, f"{headline}: {advice}", http_status=code or None, detail=detail, permanent=permanent, advice=""
        )
    message = f"{headline}: {summary}" if summary else headline
    return GenerationError(
        _kind_for_status(code, error),
        message,
        http_status=code or None,
        retry_after=retry_hint(_error_details(error), _headers_of(exc), raw_message),
        detail=detail,
    )


_LINK = re.compile(r"https://\S+?(?=[\s\"')]|\.?$|\.\s)")
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


def _permanent_case(
    code: int, status: str, raw_message: str, error: Mapping[str, Any]
) -> tuple[ErrorKind, bool, str] | None:
    """(kind, permanent, message with its own advice) for answers every request of the session would meet
    again: without this a location refusal or a key rejected without an ErrorInfo looked like bad product
    text (retried image by image), a disabled API lost Google's link to enable it, and a redirect from a
    wrong base URL was retried twenty times as "check your connection"."""
    lowered = raw_message.lower()
    reasons = {str(d.get("reason", "")) for d in _error_details(error)}
    if code in _REDIRECTS:
        return (
            ErrorKind.NETWORK,
            True,
            "the Gemini endpoint answered with a redirect, so the address is not the API's. "
            "Check GOOGLE_GEMINI_BASE_URL (or the proxy it points to).",
        )
    if "SERVICE_DISABLED" in reasons or "has not been used in project" in lowered:
        link = _LINK.search(redact(raw_message))
        where = f" at {link.group(0)}" if link else " in the Google Cloud console"
        return (
            ErrorKind.AUTH,
            False,
            f"the Generative Language API is disabled for your key's project. Enable it{where}, "
            "wait a few minutes, then run again.",
        )
    if "location is not supported" in lowered:
        return (
            ErrorKind.AUTH,
            False,
            "Google does not offer the Gemini API where this computer connects from. "
            "Use the offline studio backend, or a network in a supported country.",
        )
    if "api key not valid" in lowered and not _has_key_reason(error):
        return (ErrorKind.AUTH, False, "API key not valid. Set a valid key in Settings (or GEMINI_API_KEY).")
    return None


def _kind_for_status(code: int, error: Mapping[str, Any]) -> ErrorKind:
    if code in AUTH_STATUSES or _has_key_reason(error) or error.get("status") == "UNAUTHENTICATED":
        return ErrorKind.AUTH
    if code == 404:
        return ErrorKind.NOT_FOUND
    if code == 408:
        # The server's own request timeout: the request was fine, the attempt ran out of time.
        return ErrorKind.TIMEOUT
    if code == 429:
        return ErrorKind.RATE_LIMITED
    if code == 499:
        # CANCELLED from the server's side: transient, like a 503.
        return ErrorKind.SERVER
    if 400 <= code < 500:
        return ErrorKind.BAD_REQUEST
    if 500 <= code < 600:
        return ErrorKind.SERVER
    # A 3xx or other oddity: something between us and Google (proxy, captive portal) answered.
    return ErrorKind.NETWORK


def _has_key_reason(error: Mapping[str, Any]) -> bool:
    """ErrorInfo reasons API_KEY_INVALID, API_KEY_EXPIRED, API_KEY_SERVICE_BLOCKED... all mean auth."""
    return any(str(d.get("reason", "")).startswith("API_KEY_") for d in _error_details(error))


def _classify_429(
    headline: str,
    summary: str,
    raw_message: str,
    details: list[Mapping[str, Any]],
    headers: Mapping[str, str],
    detail: str,
) -> GenerationError:
    exhausted, quota_id = quota_exhausted(details, raw_message)
    label = f" ({quota_id})" if quota_id else ""
    if exhausted:
        return GenerationError(
            ErrorKind.QUOTA_EXHAUSTED,
            f"{headline}: Quota used up{label}. {short_text(summary, 100)}".strip(),
            http_status=429,
            detail=detail,
        )
    retry_after = retry_hint(details, headers, raw_message)
    hint = f" Retry in {retry_after:g}s." if retry_after is not None else ""
    return GenerationError(
        ErrorKind.RATE_LIMITED,
        f"{headline}: Rate limit reached{label}.{hint}",
        http_status=429,
        retry_after=retry_after,
        detail=detail,
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


def classify_unparsable_answer(text: str) -> GenerationError:
    """A 200 whose body is not JSON. HTML means a proxy or captive portal answered (network);
    anything else is a garbled answer: no_image, because it is retryable and the request was fine
    (bad_request would stop retries and blame the user's input)."""
    if _looks_like_html(text):
        return GenerationError(
            ErrorKind.NETWORK,
            f"An HTML page ({_html_title(text)}) came back instead of a Gemini API answer.",
            detail=_clip(text),
        )
    return GenerationError(ErrorKind.NO_IMAGE, "The API answer was not valid JSON.", detail=_clip(text))


def classify_response(response: Any) -> GenerationError:
    """Why a parsed `GenerateContentResponse` holds no usable image: safety, or a plain no_image."""
    detail = _clip(_response_dump(response))
    feedback = getattr(response, "prompt_feedback", None)
    block = _enum_name(getattr(feedback, "block_reason", None))
    if block and block != "BLOCKED_REASON_UNSPECIFIED":
        extra = getattr(feedback, "block_reason_message", None)
        suffix = f" {short_text(extra)}" if extra else ""
        return GenerationError(ErrorKind.SAFETY, f"The prompt was blocked ({block}).{suffix}", detail=detail)
    candidates = list(getattr(response, "candidates", None) or [])
    if not candidates:
        return GenerationError(ErrorKind.NO_IMAGE, "The model sent an empty answer (no candidates).", detail=detail)
    reasons = [_enum_name(getattr(c, "finish_reason", None)) for c in candidates]
    blocked = next((r for r in reasons if r in SAFETY_REASONS), None)
    if blocked:
        return GenerationError(
            ErrorKind.SAFETY, f"The image was blocked by the safety filter ({blocked}).", detail=detail
        )
    reason = next((r for r in reasons if r), None)
    because = f" (finish reason {reason})" if reason and reason != "STOP" else ""
    text = " ".join(_texts_of(candidates)).strip()
    if text:
        return GenerationError(
            ErrorKind.NO_IMAGE, f"The model answered with text only{because}: {short_text(text, 100)}", detail=detail
        )
    return GenerationError(ErrorKind.NO_IMAGE, f"The model returned no image{because}.", detail=detail)


def _texts_of(candidates: list[Any]) -> Iterable[str]:
    for candidate in candidates:
        content = getattr(candidate, "content", None)
        for part in getattr(content, "parts", None) or []:
            text = getattr(part, "text", None)
            if text and not getattr(part, "thought", False):
                yield text


def short_text(text: str, limit: int = MESSAGE_MAX) -> str:
    """Whole leading sentences of `text` on one line, within `limit` characters, redacted before it is cut
    (a cut through a key would leave its first characters, too few to be recognised as a key later)."""
    flat = " ".join(redact(str(text)).split())
    if len(flat) <= limit:
        return flat
    kept = ""
    for sentence in _SENTENCE_END.split(flat):
        candidate = f"{kept} {sentence}".strip()
        if len(candidate) > limit:
            break
        kept = candidate
    return kept or flat[: limit - 1].rstrip() + "…"


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head or "<head" in head


def _html_title(text: str) -> str:
    title = _HTML_TITLE.search(text)
    summary = title.group(1) if title else _TAG.sub(" ", text)
    return short_text(html.unescape(summary), 80) or "untitled"


def _error_object(body: Any) -> Mapping[str, Any]:
    if isinstance(body, list) and len(body) == 1:
        body = body[0]
    if not isinstance(body, Mapping):
        return {}
    inner = body.get("error")
    return inner if isinstance(inner, Mapping) else body


def _error_details(error: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return [d for d in error.get("details") or [] if isinstance(d, Mapping)]


def _headers_of(exc: Any) -> Mapping[str, str]:
    headers = getattr(getattr(exc, "response", None), "headers", None)
    if headers is None:
        return {}
    try:
        return {str(k).lower(): str(v) for k, v in headers.items()}
    except AttributeError:
        return {}


def _enum_name(value: Any) -> str | None:
    if value is None:
        return None
    return str(getattr(value, "value", value)) or None


def _dump(value: Any) -> str:
    try:
        return json.dumps(value, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        return str(value)


def _response_dump(response: Any) -> str:
    dump = getattr(response, "model_dump_json", None)
    if callable(dump):
        try:
            return dump(exclude_none=True)
        except (TypeError, ValueError):
            pass
    return repr(response)


def _clip(text: str, limit: int = DETAIL_MAX) -> str:
    """`text` redacted, then cut to `limit` characters (redacted first for the same reason as `short_text`)."""
    text = redact(text)
    return text if len(text) <= limit else text[:limit] + f"… [{len(text) - limit} more characters]"


def _is_api_error(exc: BaseException) -> bool:
    return _is_instance_of(exc, "google.genai.errors", "APIError")


def _is_unknown_response(exc: BaseException) -> bool:
    return _is_instance_of(exc, "google.genai.errors", "UnknownApiResponseError")


def _is_pydantic_validation_error(exc: BaseException) -> bool:
    return _is_instance_of(exc, "pydantic", "ValidationError") or _is_instance_of(
        exc, "pydantic_core", "ValidationError"
    )


def _is_httpx(exc: BaseException, name: str) -> bool:
    return _is_instance_of(exc, "httpx2", name) or _is_instance_of(exc, "httpx", name)


def _is_instance_of(exc: BaseException, module: str, name: str) -> bool:
    """isinstance against a class of a module only if that module is already loaded: never imports it."""
    loaded = sys.modules.get(module)
    cls = getattr(loaded, name, None) if loaded is not None else None
    return isinstance(cls, type) and isinstance(exc, cls)
