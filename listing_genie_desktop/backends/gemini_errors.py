"""Turns everything the Gemini SDK and its HTTP stack can throw or answer into a contract `GenerationError`.

Pure functions, so each rule is unit-tested without a server. Nothing here imports google.genai or
httpx2 at module import time: the classifier is loaded with the backend, and both libraries are
already in memory whenever there is one of their exceptions to classify.

Every string built here goes through the app's one redactor (`logging_setup.redact`), before it is
shortened and again at the end: servers, proxies and exception texts can echo the key, URLs or
headers, and no part of the key may reach a message, a log line or the history database.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from listing_genie_desktop.backends.gemini_common import MESSAGE_MAX, is_instance_of, short_text
from listing_genie_desktop.backends.gemini_hints import quota_exhausted, retry_hint
from listing_genie_desktop.backends.gemini_transport import classify_transport
from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.messages import QT_TR_NOOP
from listing_genie_desktop.logging_setup import redact

__all__ = ["MESSAGE_MAX", "classify_api_error", "classify_exception", "classify_response", "scrubbed", "short_text"]

SAFETY_REASONS = frozenset(
    {"SAFETY", "IMAGE_SAFETY", "PROHIBITED_CONTENT", "IMAGE_PROHIBITED_CONTENT", "BLOCKLIST", "SPII"}
)
"""Finish reasons that mean a filter refused the image (retrying with other wording may pass)."""

AUTH_STATUSES = frozenset({401, 403})
DETAIL_MAX = 20_000
_HTML_TITLE = re.compile(r"(?is)<title[^>]*>(.*?)</title>")
_TAG = re.compile(r"<[^>]+>")

NOT_JSON = QT_TR_NOOP("The API answer was not valid JSON.")
NO_CANDIDATES = QT_TR_NOOP("The model sent an empty answer (no candidates).")
SAFETY_BLOCKED = QT_TR_NOOP("The image was blocked by the safety filter ({reason}).")
NO_IMAGE = QT_TR_NOOP("The model returned no image.")
NO_IMAGE_BECAUSE = QT_TR_NOOP("The model returned no image (finish reason {reason}).")
NESTED_TOO_DEEP = QT_TR_NOOP("The API answer was nested too deeply to read.")
UNEXPECTED_SHAPE = QT_TR_NOOP("The API answer did not have the expected shape.")
UNEXPECTED = QT_TR_NOOP("Unexpected error while calling Gemini: {name}")
HTML_ANSWER = QT_TR_NOOP("{headline}: an HTML page ({title}) instead of a Gemini API answer.")
HTML_INSTEAD = QT_TR_NOOP("An HTML page ({title}) came back instead of a Gemini API answer.")
HTML_PAGE = QT_TR_NOOP("an HTML page ({title}) instead of a Gemini API answer.")
"""A proxy's page where a 429's message would be (the rate-limit sentence around it is gemini_hints.py's)."""
UNTITLED = QT_TR_NOOP("untitled")
"""An HTML page's title when it has neither a title nor any text."""
PROMPT_BLOCKED = QT_TR_NOOP("The prompt was blocked ({block}).")
PROMPT_BLOCKED_SAYING = QT_TR_NOOP("The prompt was blocked ({block}). {message}")
TEXT_ONLY = QT_TR_NOOP("The model answered with text only: {answer}")
TEXT_ONLY_BECAUSE = QT_TR_NOOP("The model answered with text only (finish reason {block}): {answer}")
# Whole sentences with their HTTP headline ("429 RESOURCE_EXHAUSTED"), each variant its own template so that the
# window finds and translates it: a quota's id and the server's words are arguments shown as they are.
QUOTA_USED_UP = {
    (False, False): QT_TR_NOOP("{headline}: Quota used up."),
    (True, False): QT_TR_NOOP("{headline}: Quota used up ({quota})."),
    (False, True): QT_TR_NOOP("{headline}: Quota used up. {message}"),
    (True, True): QT_TR_NOOP("{headline}: Quota used up ({quota}). {message}"),
}
"""(names its quota, has the server's words) -> the sentence of a used-up quota."""
RATE_LIMITED = {
    (False, False): QT_TR_NOOP("{headline}: Rate limit reached."),
    (True, False): QT_TR_NOOP("{headline}: Rate limit reached ({quota})."),
    (False, True): QT_TR_NOOP("{headline}: Rate limit reached. Retry in {seconds}s."),
    (True, True): QT_TR_NOOP("{headline}: Rate limit reached ({quota}). Retry in {seconds}s."),
}
"""(names its quota, has a wait hint) -> the sentence of a rate limit."""
REDIRECTED = QT_TR_NOOP(
    "{headline}: the Gemini endpoint answered with a redirect, so the address is not the API's. "
    "Check GOOGLE_GEMINI_BASE_URL (or the proxy it points to)."
)
API_DISABLED_AT = QT_TR_NOOP(
    "{headline}: the Generative Language API is disabled for your key's project. Enable it at {link}, "
    "wait a few minutes, then run again."
)
API_DISABLED = QT_TR_NOOP(
    "{headline}: the Generative Language API is disabled for your key's project. Enable it in the Google Cloud "
    "console, wait a few minutes, then run again."
)
NOT_OFFERED_HERE = QT_TR_NOOP(
    "{headline}: Google does not offer the Gemini API where this computer connects from. "
    "Use the offline studio backend, or a network in a supported country."
)
KEY_NOT_VALID = QT_TR_NOOP("{headline}: API key not valid. Set a valid key in Settings (or GEMINI_API_KEY).")


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
        return GenerationError(ErrorKind.NO_IMAGE, NESTED_TOO_DEEP, detail=repr(exc))
    if _is_pydantic_validation_error(exc):
        return GenerationError(ErrorKind.NO_IMAGE, UNEXPECTED_SHAPE, detail=_clip(f"{type(exc).__name__}: {exc}"))
    transport = classify_transport(exc)
    if transport is not None:
        return transport
    return GenerationError(
        ErrorKind.INTERNAL,
        UNEXPECTED.format(name=type(exc).__name__),
        detail=_clip(f"{type(exc).__name__}: {exc}"),
    )


def classify_api_error(exc: Any) -> GenerationError:
    """A `google.genai.errors.APIError` (duck-typed: `.code`, `.status`, `.message`, `.details`, `.response`)."""
    code = int(getattr(exc, "code", 0) or 0)
    body = getattr(exc, "details", None)
    error = _error_object(body)
    status = str(getattr(exc, "status", None) or error.get("status") or "").strip()
    raw_message = str(getattr(exc, "message", None) or error.get("message") or "")
    detail = _clip(_dump(body) if body is not None else str(exc))
    headline = f"{code} {status}".strip()
    title = _html_title(raw_message) if _looks_like_html(raw_message) else None  # a proxy's page, not Google's
    page = HTML_PAGE.format(title=title)
    summary = short_text(raw_message) if title is None else page
    if code == 429:
        return _classify_429(headline, summary, raw_message, _error_details(error), _headers_of(exc), detail)
    special = _permanent_case(code, headline, raw_message, error)
    if special is not None:
        kind, permanent, message = special
        return GenerationError(kind, message, http_status=code or None, detail=detail, permanent=permanent, advice="")
    if title is not None:
        message = HTML_ANSWER.format(headline=headline, title=title)
    else:
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
    code: int, headline: str, raw_message: str, error: Mapping[str, Any]
) -> tuple[ErrorKind, bool, str] | None:
    """(kind, permanent, message with its own advice, after the `headline`) for answers every request of the
    session would meet again: without this a location refusal or a key rejected without an ErrorInfo looked like
    bad product text (retried image by image), a disabled API lost Google's link to enable it, and a redirect
    from a wrong base URL was retried twenty times as "check your connection"."""
    lowered = raw_message.lower()
    reasons = {str(d.get("reason", "")) for d in _error_details(error)}
    if code in _REDIRECTS:
        return ErrorKind.NETWORK, True, REDIRECTED.format(headline=headline)
    if "SERVICE_DISABLED" in reasons or "has not been used in project" in lowered:
        link = _LINK.search(redact(raw_message))
        disabled = API_DISABLED_AT.format(headline=headline, link=link.group(0)) if link else None
        return ErrorKind.AUTH, False, disabled or API_DISABLED.format(headline=headline)
    if "location is not supported" in lowered:
        return ErrorKind.AUTH, False, NOT_OFFERED_HERE.format(headline=headline)
    if "api key not valid" in lowered and not _has_key_reason(error):
        return ErrorKind.AUTH, False, KEY_NOT_VALID.format(headline=headline)
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
    if exhausted:
        words = short_text(summary, 100)
        used_up = QUOTA_USED_UP[bool(quota_id), bool(words)].format(headline=headline, quota=quota_id, message=words)
        return GenerationError(ErrorKind.QUOTA_EXHAUSTED, used_up, http_status=429, detail=detail)
    retry_after = retry_hint(details, headers, raw_message)
    seconds = f"{retry_after:g}" if retry_after is not None else ""
    return GenerationError(
        ErrorKind.RATE_LIMITED,
        RATE_LIMITED[bool(quota_id), bool(seconds)].format(headline=headline, quota=quota_id, seconds=seconds),
        http_status=429,
        retry_after=retry_after,
        detail=detail,
    )


def classify_unparsable_answer(text: str) -> GenerationError:
    """A 200 whose body is not JSON. HTML means a proxy or captive portal answered (network);
    anything else is a garbled answer: no_image, because it is retryable and the request was fine
    (bad_request would stop retries and blame the user's input)."""
    if _looks_like_html(text):
        return GenerationError(ErrorKind.NETWORK, HTML_INSTEAD.format(title=_html_title(text)), detail=_clip(text))
    return GenerationError(ErrorKind.NO_IMAGE, NOT_JSON, detail=_clip(text))


def classify_response(response: Any) -> GenerationError:
    """Why a parsed `GenerateContentResponse` holds no usable image: safety, or a plain no_image."""
    detail = _clip(_response_dump(response))
    feedback = getattr(response, "prompt_feedback", None)
    block = _enum_name(getattr(feedback, "block_reason", None))
    if block and block != "BLOCKED_REASON_UNSPECIFIED":
        extra = short_text(getattr(feedback, "block_reason_message", None) or "")
        blocked_prompt = PROMPT_BLOCKED_SAYING if extra else PROMPT_BLOCKED
        return GenerationError(ErrorKind.SAFETY, blocked_prompt.format(block=block, message=extra), detail=detail)
    candidates = list(getattr(response, "candidates", None) or [])
    if not candidates:
        return GenerationError(ErrorKind.NO_IMAGE, NO_CANDIDATES, detail=detail)
    reasons = [_enum_name(getattr(c, "finish_reason", None)) for c in candidates]
    blocked = next((r for r in reasons if r in SAFETY_REASONS), None)
    if blocked:
        return GenerationError(ErrorKind.SAFETY, SAFETY_BLOCKED.format(reason=blocked), detail=detail)
    reason = next((r for r in reasons if r), None)
    because = bool(reason and reason != "STOP")
    text = " ".join(_texts_of(candidates)).strip()
    if text:
        text_only = (TEXT_ONLY_BECAUSE if because else TEXT_ONLY).format(block=reason, answer=short_text(text, 100))
        return GenerationError(ErrorKind.NO_IMAGE, text_only, detail=detail)
    message = NO_IMAGE_BECAUSE.format(reason=reason) if because else NO_IMAGE
    return GenerationError(ErrorKind.NO_IMAGE, message, detail=detail)


def _texts_of(candidates: list[Any]) -> Iterable[str]:
    for candidate in candidates:
        content = getattr(candidate, "content", None)
        for part in getattr(content, "parts", None) or []:
            text = getattr(part, "text", None)
            if text and not getattr(part, "thought", False):
                yield text


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head or "<head" in head


def _html_title(text: str) -> str:
    title = _HTML_TITLE.search(text)
    summary = title.group(1) if title else _TAG.sub(" ", text)
    return short_text(html.unescape(summary), 80) or UNTITLED


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
    return is_instance_of(exc, "google.genai.errors", "APIError")


def _is_unknown_response(exc: BaseException) -> bool:
    return is_instance_of(exc, "google.genai.errors", "UnknownApiResponseError")


def _is_pydantic_validation_error(exc: BaseException) -> bool:
    return is_instance_of(exc, "pydantic", "ValidationError") or is_instance_of(exc, "pydantic_core", "ValidationError")
