"""The pure classifiers, fed with the SDK's own error and response types (no server)."""

from __future__ import annotations

import email.utils
import json
import socket
import ssl
import time
from typing import Any

import httpx2
import pytest
from google.genai import errors, types

from listing_genie_desktop.backends.gemini_errors import (
    MESSAGE_MAX,
    classify_api_error,
    classify_exception,
    classify_response,
    short_text,
)
from listing_genie_desktop.backends.gemini_hints import parse_duration, parse_retry_after_header
from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.logging_setup import REDACTED, register_secret

KEY = "AIzaSyA-unit-test-key-0123456789abcdefgh"
QUOTA_TEXT = "You exceeded your current quota, please check your plan and billing details."


def api_error(code: int, status: str, message: str, details: list[dict[str, Any]] | None = None, **kw: Any):
    body: dict[str, Any] = {"error": {"code": code, "message": message, "status": status}}
    if details is not None:
        body["error"]["details"] = details
    cls = errors.ClientError if code < 500 else errors.ServerError
    return cls(code, body, kw.get("response"))


def retry_info(delay: Any) -> dict[str, Any]:
    return {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": delay}


def quota_failure(quota_id: str, value: str = "10") -> dict[str, Any]:
    return {
        "@type": "type.googleapis.com/google.rpc.QuotaFailure",
        "violations": [
            {"quotaMetric": "generativelanguage.googleapis.com/x", "quotaId": quota_id, "quotaValue": value}
        ],
    }


def error_info(reason: str) -> dict[str, Any]:
    return {"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": reason, "domain": "googleapis.com"}


def test_invalid_key_400_is_auth() -> None:
    err = classify_api_error(
        api_error(
            400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key.", [error_info("API_KEY_INVALID")]
        )
    )
    assert (err.kind, err.http_status) == (ErrorKind.AUTH, 400)
    assert str(err) == "400 INVALID_ARGUMENT: API key not valid. Please pass a valid API key."
    assert json.loads(err.detail)["error"]["details"][0]["reason"] == "API_KEY_INVALID"


def test_other_400_is_bad_request() -> None:
    err = classify_api_error(api_error(400, "INVALID_ARGUMENT", "Request contains an invalid argument."))
    assert (err.kind, err.http_status) == (ErrorKind.BAD_REQUEST, 400)


@pytest.mark.parametrize(
    ("code", "status", "kind"),
    [
        (401, "UNAUTHENTICATED", ErrorKind.AUTH),
        (403, "PERMISSION_DENIED", ErrorKind.AUTH),
        (404, "NOT_FOUND", ErrorKind.NOT_FOUND),
        (408, "DEADLINE_EXCEEDED", ErrorKind.TIMEOUT),
        (413, "INVALID_ARGUMENT", ErrorKind.BAD_REQUEST),
        (418, "", ErrorKind.BAD_REQUEST),
        (500, "INTERNAL", ErrorKind.SERVER),
        (502, "UNAVAILABLE", ErrorKind.SERVER),
        (503, "UNAVAILABLE", ErrorKind.SERVER),
        (504, "DEADLINE_EXCEEDED", ErrorKind.SERVER),
        (599, "", ErrorKind.SERVER),
    ],
)
def test_status_codes(code: int, status: str, kind: ErrorKind) -> None:
    err = classify_api_error(api_error(code, status, "Something happened."))
    assert err.kind == kind
    assert err.http_status == code
    assert str(err).startswith(str(code))


def test_server_message_is_short_and_human() -> None:
    err = classify_api_error(api_error(503, "UNAVAILABLE", "The model is overloaded. Please try again later."))
    assert str(err) == "503 UNAVAILABLE: The model is overloaded. Please try again later."


@pytest.mark.parametrize(
    ("delay", "expected"), [("7s", 7.0), ("1.5s", 1.5), ("500ms", 0.5), ({"seconds": 3, "nanos": 5e8}, 3.5)]
)
def test_rate_limit_reads_retry_info(delay: Any, expected: float) -> None:
    err = classify_api_error(
        api_error(
            429, "RESOURCE_EXHAUSTED", QUOTA_TEXT, [quota_failure("GenerateRequestsPerMinute"), retry_info(delay)]
        )
    )
    assert (err.kind, err.http_status, err.retry_after) == (ErrorKind.RATE_LIMITED, 429, pytest.approx(expected))
    assert "GenerateRequestsPerMinute" in str(err)


def test_per_minute_429_with_billing_words_is_still_rate_limited() -> None:
    """Every Gemini 429 says 'check your plan and billing details': that text alone must not be fatal."""
    err = classify_api_error(api_error(429, "RESOURCE_EXHAUSTED", QUOTA_TEXT))
    assert err.kind == ErrorKind.RATE_LIMITED
    assert err.retry_after is None


@pytest.mark.parametrize(
    "details",
    [
        [quota_failure("GenerateRequestsPerDayPerProjectPerModel-FreeTier"), retry_info("43s")],
        [quota_failure("GenerateRequestsPerMinutePerProjectPerModel-FreeTier", value="0"), retry_info("5s")],
        [quota_failure("generate_requests_per_day")],
    ],
)
def test_daily_or_zero_quota_is_exhausted_even_with_retry_info(details: list[dict[str, Any]]) -> None:
    err = classify_api_error(api_error(429, "RESOURCE_EXHAUSTED", QUOTA_TEXT, details))
    assert (err.kind, err.http_status) == (ErrorKind.QUOTA_EXHAUSTED, 429)
    assert err.retry_after is None


def test_billing_cap_without_quota_failure_is_exhausted() -> None:
    err = classify_api_error(api_error(429, "RESOURCE_EXHAUSTED", "Your project has exceeded its spending cap."))
    assert err.kind == ErrorKind.QUOTA_EXHAUSTED


def test_retry_after_header_and_message_fallbacks() -> None:
    response = httpx2.Response(429, headers={"Retry-After": "3"})
    err = classify_api_error(api_error(429, "RESOURCE_EXHAUSTED", QUOTA_TEXT, response=response))
    assert err.retry_after == 3.0
    err = classify_api_error(api_error(429, "RESOURCE_EXHAUSTED", QUOTA_TEXT + " Please retry in 12.5s."))
    assert err.retry_after == 12.5


def test_the_longest_of_retry_info_and_header_wins() -> None:
    """Issue #13 item 4: disagreeing hints are all honoured by waiting for the longest."""
    response = httpx2.Response(429, headers={"Retry-After": "30"})
    err = classify_api_error(api_error(429, "RESOURCE_EXHAUSTED", QUOTA_TEXT, [retry_info("2s")], response=response))
    assert err.retry_after == 30.0


def test_parse_retry_after_header_date_and_junk() -> None:
    now = time.time()
    header = email.utils.formatdate(now + 20, usegmt=True)
    assert parse_retry_after_header(header, now=now) == pytest.approx(20, abs=1)
    assert parse_retry_after_header(email.utils.formatdate(now - 60, usegmt=True), now=now) == 0.0
    assert parse_retry_after_header("soon") is None
    assert parse_retry_after_header(None) is None
    assert parse_duration("7") == 7.0
    assert parse_duration("fast") is None


def test_html_error_body_gives_a_short_message() -> None:
    page = "<html><head><title>502 Bad Gateway</title></head><body><h1>502</h1> nginx</body></html>"
    err = classify_api_error(errors.ServerError(502, {"message": page, "status": "Bad Gateway"}, None))
    assert err.kind == ErrorKind.SERVER
    assert str(err) == "502 Bad Gateway: an HTML page (502 Bad Gateway) instead of a Gemini API answer."
    assert "<html>" in err.detail


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (httpx2.ReadTimeout("timed out"), ErrorKind.TIMEOUT),
        (httpx2.ConnectTimeout("timed out"), ErrorKind.TIMEOUT),
        (TimeoutError(), ErrorKind.TIMEOUT),
        (httpx2.ConnectError("[Errno 111] Connection refused"), ErrorKind.NETWORK),
        (httpx2.ReadError("Connection reset by peer"), ErrorKind.NETWORK),
        (httpx2.RemoteProtocolError("Server disconnected without sending a response."), ErrorKind.NETWORK),
        (httpx2.ProxyError("407"), ErrorKind.NETWORK),
        (socket.gaierror(-2, "Name or service not known"), ErrorKind.NETWORK),
        (ConnectionResetError(104, "Connection reset by peer"), ErrorKind.NETWORK),
        (errors.UnknownApiResponseError("Failed to parse response as JSON. Raw response: {"), ErrorKind.NO_IMAGE),
        (json.JSONDecodeError("Expecting value", '{"candidates": [', 16), ErrorKind.NO_IMAGE),
        (json.JSONDecodeError("Expecting value", "<!DOCTYPE html><html><title>Login</title>", 0), ErrorKind.NETWORK),
        (RuntimeError("a bug"), ErrorKind.INTERNAL),
    ],
)
def test_classify_exception(exc: BaseException, kind: ErrorKind) -> None:
    err = classify_exception(exc)
    assert err.kind == kind
    assert err.message


def certificate_error(code: int, reason: str) -> httpx2.ConnectError:
    """What httpx2 raises when OpenSSL refuses the server's certificate: a ConnectError quoting OpenSSL's text,
    caused by the transport's own ConnectError, caused by the ssl.SSLCertVerificationError with the code."""
    text = f"[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: {reason} (_ssl.c:1006)"
    verify = ssl.SSLCertVerificationError(1, text)
    verify.verify_code, verify.verify_message = code, reason
    transport = ConnectionError(str(verify))
    transport.__cause__ = verify
    error = httpx2.ConnectError(text)
    error.__cause__ = transport
    return error


@pytest.mark.parametrize(
    "exc",
    [
        certificate_error(20, "unable to get local issuer certificate"),
        certificate_error(19, "self-signed certificate in certificate chain"),
        certificate_error(18, "self-signed certificate"),
        httpx2.ConnectError(
            "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate (_ssl.c:1006)"
        ),
    ],
    ids=["unknown-issuer", "self-signed-chain", "self-signed", "text-only"],
)
def test_an_untrusted_certificate_says_so_and_how_to_trust_a_proxy(exc: BaseException) -> None:
    err = classify_exception(exc)
    assert err.kind is ErrorKind.NETWORK
    assert err.message.startswith("Network error talking to Gemini: the server's certificate is not trusted (")
    assert "self-signed" in err.message or "local issuer" in err.message, "OpenSSL's reason, without its file name"
    assert "_ssl.c" not in err.message and "[SSL:" not in err.message
    assert "HTTPS-inspecting proxy" in err.message and "SSL_CERT_FILE" in err.message
    assert "CERTIFICATE_VERIFY_FAILED" in err.detail, "the technical text stays in the detail"
    assert err.permanent, "every retry would meet the same certificate"


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (64, "IP address mismatch, certificate is not valid for '127.0.0.1'."),
        (62, "Hostname mismatch, certificate is not valid for 'generativelanguage.googleapis.com'."),
    ],
)
def test_a_name_mismatch_points_at_the_address_not_at_trust(code: int, reason: str) -> None:
    err = classify_exception(certificate_error(code, reason))
    assert err.kind is ErrorKind.NETWORK
    assert "certificate is not valid for this address" in err.message and reason.rstrip(".") in err.message
    assert "GOOGLE_GEMINI_BASE_URL" in err.message and "SSL_CERT_FILE" not in err.message


def test_an_expired_certificate_points_at_the_clock() -> None:
    err = classify_exception(certificate_error(10, "certificate has expired"))
    assert "certificate is out of date (certificate has expired)" in err.message
    assert "date and time" in err.message and "SSL_CERT_FILE" not in err.message


@pytest.mark.parametrize(
    "exc",
    [
        httpx2.ConnectError("[Errno 111] Connection refused"),
        httpx2.ConnectError("[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)"),
        ssl.SSLError(1, "[SSL: TLSV1_ALERT_INTERNAL_ERROR] tlsv1 alert internal error"),
    ],
)
def test_other_connection_failures_do_not_blame_a_certificate(exc: BaseException) -> None:
    err = classify_exception(exc)
    assert err.kind is ErrorKind.NETWORK
    assert "certificate" not in err.message and "SSL_CERT_FILE" not in err.message
    assert not err.permanent, "a refused or broken connection may well work on the next try"


def test_a_cyclic_cause_chain_is_walked_once() -> None:
    first, second = httpx2.ConnectError("outer"), ConnectionError("inner")
    first.__cause__, second.__context__ = second, first
    assert classify_exception(first).message == "Network error talking to Gemini: could not connect."


def test_classify_exception_passes_generation_errors_through() -> None:
    original = GenerationError(ErrorKind.NO_IMAGE, "nothing")
    assert classify_exception(original).kind == ErrorKind.NO_IMAGE


def test_key_is_scrubbed_from_message_and_detail() -> None:
    echoed = f"API key {KEY} not valid (url ...?key={KEY}, header x-goog-api-key: {KEY})."
    err = classify_exception(api_error(400, "INVALID_ARGUMENT", echoed, [error_info("API_KEY_INVALID")]), api_key=KEY)
    for text in (str(err), repr(err), err.message, err.detail):
        assert KEY not in text
    assert REDACTED in err.message


def key_pieces(key: str, size: int = 12) -> set[str]:
    return {key[i : i + size] for i in range(len(key) - size + 1)}


def straddling(key: str, cut: int) -> str:
    """One long sentence in which character `cut` falls 20 characters into `key`."""
    lead = ("the gateway could not forward the request " * 10)[: cut - 21].rstrip()
    return f"{lead} {key} and was refused".ljust(cut + 1)


@pytest.mark.parametrize(
    ("key", "registered"),
    [("AIzaSyC-cut-in-half-by-the-summary-01234", False), ("lg-proxy-token-7Hq2Zx9Wm4Rt6Yp1Nc3Vb8", True)],
    ids=["google-shaped", "registered"],
)
def test_a_message_shortened_inside_the_key_keeps_no_piece_of_it(key: str, registered: bool) -> None:
    """Server text is shortened for messages (MESSAGE_MAX characters, 100 for a text-only answer); a key across
    the cut must be redacted before it, or its first twenty characters are left: too short for the key pattern,
    no longer equal to the key, and still most of it."""
    if registered:
        register_secret(key)  # what api_keys and GeminiBackend do with every key they are given
    text_only = {"candidates": [{"content": {"parts": [{"text": straddling(key, 100)}]}, "finishReason": "STOP"}]}
    errors_shown = [
        classify_exception(api_error(503, "UNAVAILABLE", straddling(key, MESSAGE_MAX))),
        classify_exception(api_error(400, "INVALID_ARGUMENT", straddling(key, MESSAGE_MAX)), api_key=key),
        classify_response(response(text_only)),
    ]
    for err in errors_shown:
        assert REDACTED in err.message, err.message
        assert not any(piece in err.message for piece in key_pieces(key)), err.message
        assert not any(piece in (err.detail or "") for piece in key_pieces(key))


def test_short_text_keeps_whole_sentences() -> None:
    long = "First sentence is here. " + "Second one is much longer " * 10 + "."
    assert short_text(long) == "First sentence is here."
    assert short_text("a\n  b") == "a b"
    assert short_text("x" * 300, 50).endswith("…")


def response(payload: dict[str, Any]) -> types.GenerateContentResponse:
    return types.GenerateContentResponse.model_validate(payload)


def test_blocked_prompt_is_safety() -> None:
    err = classify_response(response({"prompt_feedback": {"block_reason": "PROHIBITED_CONTENT"}}))
    assert err.kind == ErrorKind.SAFETY
    assert "PROHIBITED_CONTENT" in str(err)


@pytest.mark.parametrize(
    "reason", ["SAFETY", "IMAGE_SAFETY", "PROHIBITED_CONTENT", "IMAGE_PROHIBITED_CONTENT", "BLOCKLIST", "SPII"]
)
def test_safety_finish_reasons(reason: str) -> None:
    err = classify_response(response({"candidates": [{"finish_reason": reason}]}))
    assert err.kind == ErrorKind.SAFETY
    assert reason in str(err)


@pytest.mark.parametrize(
    "reason", ["NO_IMAGE", "IMAGE_OTHER", "IMAGE_RECITATION", "RECITATION", "OTHER", "MAX_TOKENS", "STOP"]
)
def test_other_finish_reasons_are_no_image(reason: str) -> None:
    err = classify_response(response({"candidates": [{"finish_reason": reason}]}))
    assert err.kind == ErrorKind.NO_IMAGE


def test_text_only_and_empty_answers_are_no_image() -> None:
    text = response({"candidates": [{"content": {"parts": [{"text": "Here is a lovely picture."}]}}]})
    err = classify_response(text)
    assert err.kind == ErrorKind.NO_IMAGE
    assert "text only" in str(err) and "lovely picture" in str(err)
    assert classify_response(response({})).kind == ErrorKind.NO_IMAGE
    assert classify_response(response({"candidates": []})).kind == ErrorKind.NO_IMAGE


def test_html_429_from_a_proxy_keeps_its_retry_after() -> None:
    page = "<html><head><title>Too Many Requests</title></head><body>slow down</body></html>"
    response = httpx2.Response(429, headers={"Retry-After": "5"})
    err = classify_api_error(errors.ClientError(429, {"message": page, "status": "Too Many Requests"}, response))
    assert (err.kind, err.retry_after) == (ErrorKind.RATE_LIMITED, 5.0)
    assert "<" not in str(err)
