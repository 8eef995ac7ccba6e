"""The fake server itself, spoken to with plain HTTP: other test folders rely on its behaviour."""

from __future__ import annotations

import base64
import json
import time
import urllib.error
import urllib.request
from typing import Any

import pytest

from tests.fakes.gemini_server import FakeGeminiServer, RecordedRequest, Reply, image_type_of, png_bytes


def post(server: FakeGeminiServer, path: str, body: Any, key: str | None = "k") -> tuple[int, dict[str, Any]]:
    headers = {"Content-Type": "application/json"}
    if key:
        headers["x-goog-api-key"] = key
    request = urllib.request.Request(server.base_url.rstrip("/") + path, json.dumps(body).encode(), headers)
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def body_with(inline_key: str, data: str, prompt: str = "Listing image: COMPARISON\nA chart") -> dict[str, Any]:
    inline = {inline_key: "image/png", "data": data}
    return {"contents": [{"role": "user", "parts": [{"text": prompt}, {"inlineData": inline}]}]}


@pytest.mark.parametrize("inline_key", ["mime_type", "mimeType"])
@pytest.mark.parametrize("encode", [base64.b64encode, base64.urlsafe_b64encode])
def test_records_both_mime_spellings_and_base64_alphabets(
    gemini_server: FakeGeminiServer, inline_key: str, encode: Any
) -> None:
    photo = png_bytes((1, 2, 3), (32, 32))
    before = time.monotonic()
    status, answer = post(gemini_server, "/v1/models/m:generateContent", body_with(inline_key, encode(photo).decode()))
    assert status == 200
    assert answer["candidates"][0]["content"]["parts"][0]["inlineData"]["mimeType"] == "image/png"
    [seen] = gemini_server.requests
    assert (seen.api_version, seen.model, seen.rpc, seen.api_key) == ("v1", "m", "generateContent", "k")
    assert seen.images == [("image/png", photo)]
    assert seen.image_type == "COMPARISON"
    assert before <= seen.arrived_at <= time.monotonic()


def test_image_type_of() -> None:
    assert image_type_of("intro\nListing image: INFOGRAPHIC_1\nmore about MAIN") == "INFOGRAPHIC_1"
    assert image_type_of("Listing image: lifestyle") == "LIFESTYLE"
    assert image_type_of("make the MAIN picture") == "MAIN"
    assert image_type_of("no type here, main in lower case") is None


def test_queues_handler_and_default_precedence(gemini_server: FakeGeminiServer) -> None:
    gemini_server.script(Reply.server_error(500))
    gemini_server.script_for("COMPARISON", Reply.forbidden())
    body = body_with("mimeType", "")
    assert post(gemini_server, "/v1beta/models/m:generateContent", body)[0] == 403
    assert post(gemini_server, "/v1beta/models/m:generateContent", body)[0] == 500
    assert post(gemini_server, "/v1beta/models/m:generateContent", body)[0] == 200
    gemini_server.default = Reply.server_error(503)
    assert post(gemini_server, "/v1beta/models/m:generateContent", body)[0] == 503

    def handler(request: RecordedRequest) -> Reply:
        return Reply.rate_limited("9s") if len(gemini_server.requests) % 2 else Reply.image()

    gemini_server.handler = handler
    status, answer = post(gemini_server, "/v1beta/models/m:generateContent", body)
    assert status == 429 and answer["error"]["details"][-1]["retryDelay"] == "9s"
    assert len(gemini_server.requests_for("COMPARISON")) == 5


def test_valid_keys_models_and_unknown_paths(gemini_server: FakeGeminiServer) -> None:
    gemini_server.valid_keys = {"good"}
    gemini_server.models = {"m"}
    body = body_with("mimeType", "")
    status, answer = post(gemini_server, "/v1beta/models/m:generateContent", body, key="bad")
    assert status == 400 and answer["error"]["details"][0]["reason"] == "API_KEY_INVALID"
    assert post(gemini_server, "/v1beta/models/other:generateContent", body, key="good")[0] == 404
    assert post(gemini_server, "/v2/elsewhere", body, key="good")[0] == 404
    assert post(gemini_server, "/v1beta/models/m:generateContent", body, key="good")[0] == 200
    assert all("x-goog-api-key" not in r.headers for r in gemini_server.requests)


def test_wait_for_requests_and_stop_releases_hanging_handlers() -> None:
    server = FakeGeminiServer().start()
    server.script(Reply.hang(60))
    request = urllib.request.Request(server.base_url + "v1beta/models/m:generateContent", b"{}")
    started = time.monotonic()
    try:
        with pytest.raises(OSError):
            urllib.request.urlopen(request, timeout=1)
        assert len(server.wait_for_requests(1)) == 1
    finally:
        server.stop()
    assert time.monotonic() - started < 3
