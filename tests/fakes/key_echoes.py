"""Fake Gemini answers that echo the API key back, as careless servers, proxies and error pages do.

Shared by the secrets tests of the CLI (files, database, output) and of the window (every text on
screen): each must show that such an echo is redacted wherever it could surface.
"""

from __future__ import annotations

from listing_genie_desktop.backends.gemini_errors import MESSAGE_MAX
from tests.fakes.gemini_server import Reply


def echoing_faults(key: str) -> dict[str, list[Reply]]:
    """Per listing image, the answers in order; an exhausted list answers with an image."""
    quoted = f"API key {key} (x-goog-api-key: {key}; url ...?key={key})"
    return {
        "MAIN": [
            Reply.error(500, "INTERNAL", f"Internal error for {quoted}"),
            Reply.error(429, "RESOURCE_EXHAUSTED", f"Slow down {quoted}. Please retry in 0.01s."),
            Reply.html(502, f"Bad gateway {key}"),
            Reply.html(200, f"Portal {key}"),
        ],
        "INFOGRAPHIC_1": [
            Reply.text_only(f"I cannot draw that. Your key is {key}."),
            Reply.raw(f'{{"candidates": [{{"content": "{key}'.encode()),
            Reply.reset(),
            Reply.close_mid_body(Reply.error(503, "UNAVAILABLE", quoted)),
        ],
        "INFOGRAPHIC_2": [Reply.error(400, "INVALID_ARGUMENT", f"Bad request {quoted}")],
        "LIFESTYLE": [Reply.finish("IMAGE_SAFETY"), Reply.image_bytes(key.encode() * 10)],
        "COMPARISON": [
            Reply.blocked_prompt(),
            Reply.raw(b'{"candidates": [' * 20 + key.encode()),
            echo_cut_by_the_summary(key, MESSAGE_MAX),
        ],
    }


def key_pieces(key: str, size: int = 12) -> frozenset[str]:
    """Every run of `size` characters of the key: any of them in a text means part of the key leaked."""
    return frozenset(key[i : i + size] for i in range(len(key) - size + 1))


def invalid_key_echo(key: str) -> Reply:
    """The real API's invalid-key answer (400 INVALID_ARGUMENT, ErrorInfo API_KEY_INVALID), quoting the key."""
    details = [
        {
            "@type": "type.googleapis.com/google.rpc.ErrorInfo",
            "reason": "API_KEY_INVALID",
            "domain": "googleapis.com",
            "metadata": {"service": "generativelanguage.googleapis.com"},
        }
    ]
    return Reply.error(400, "INVALID_ARGUMENT", f"API key not valid. Please pass a valid API key, not {key}.", details)


CUT_ECHO_LEAD = (
    "The gateway could not forward the request for models/gemini-2.5-flash-image:generateContent "
    "on behalf of the client that sent the API key"
)


def echo_cut_by_the_summary(key: str, limit: int) -> Reply:
    """A 503 whose message is one sentence longer than `limit` with the key straddling character `limit`: a
    summary cut at `limit` keeps the key's first 20 or so characters, too few for a key pattern to match."""
    assert limit - 30 <= len(CUT_ECHO_LEAD) + 1 <= limit - 10, "the cut must fall inside the key"
    return Reply.error(503, "UNAVAILABLE", f"{CUT_ECHO_LEAD} {key} and was refused")
