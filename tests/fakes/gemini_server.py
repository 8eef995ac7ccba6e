"""A scripted stand-in for the Gemini API, served over real HTTP on 127.0.0.1.

The real google-genai client talks to it unchanged (via `base_url` or GOOGLE_GEMINI_BASE_URL), so
tests exercise the SDK's own serialisation, error raising and transport, not a mock of them.

Scripting, in order of precedence for each request:
1. `server.handler`: a callable `(RecordedRequest) -> Reply` deciding every answer;
2. `server.script_for("MAIN", reply, ...)`: a queue of answers per listing image;
3. `server.script(reply, ...)`: one queue of answers for any request;
4. `server.default`: the answer when the queues are empty (a 1024 x 1024 PNG unless changed;
   GET requests answer with model metadata).

GET /{version}/models lists `server.listed` (default: `models` when set, else today's image models and
a text model), `pageSize` at a time with `nextPageToken`, as the real API does; with `models` set, any
other model (a retired one) answers 404 NOT_FOUND to GET and generateContent alike.

Every request is recorded in `server.requests` (path, headers without the API key, parsed body,
prompt text, inline images, arrival time) so tests can assert counts, contents and timings.

With `tls=` (a server-side `ssl.SSLContext`) it speaks HTTPS instead; handshakes the client broke
off (an untrusted or mismatched certificate) are recorded in `server.tls_failures`.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import io
import json
import re
import socket
import ssl
import struct
import threading
import time
import urllib.parse
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal

import pytest
from PIL import Image

IMAGE_TYPES = ("MAIN", "INFOGRAPHIC_1", "INFOGRAPHIC_2", "LIFESTYLE", "COMPARISON")
_LISTING_LINE = re.compile(r"Listing image:\s*([A-Za-z0-9_]+)")
_ANY_TYPE = re.compile(r"\b(" + "|".join(IMAGE_TYPES) + r")\b")
_PATH = re.compile(
    r"^(?P<prefix>/.*?)?/(?P<version>v1|v1beta|v1alpha)/models/(?P<model>[^/:?]+)(?::(?P<method>[A-Za-z]+))?$"
)
_LIST_PATH = re.compile(r"^(?P<prefix>/.*?)?/(?P<version>v1|v1beta|v1alpha)/models/?$")
_API_KEY_HEADER = "x-goog-api-key"
TODAYS_IMAGE_MODELS = ("gemini-nano-banana-2.1", "gemini-3-pro-image", "gemini-3.1-flash-lite-image")
"""What the API served in December 2026 (shared field notes); the fake's default list."""
TEXT_MODELS = ("gemini-3-flash",)
"""Listed too, as the real list has text models: the app must not offer them."""

Action = Literal["respond", "hang", "reset", "trickle", "close_mid_body"]


@dataclass
class RecordedRequest:
    """One request as the server saw it. `headers` never holds the API key; `api_key` does."""

    method: str
    path: str
    api_version: str | None
    model: str | None
    rpc: str | None
    headers: dict[str, str]
    api_key: str | None
    body: Any
    prompt: str
    images: list[tuple[str, bytes]]
    arrived_at: float
    """`time.monotonic()` when the request's body had been read."""
    query: dict[str, str] = field(default_factory=dict)

    @property
    def image_type(self) -> str | None:
        return image_type_of(self)

    @property
    def generation_config(self) -> dict[str, Any]:
        if isinstance(self.body, dict):
            return self.body.get("generationConfig") or {}
        return {}

    @property
    def image_size(self) -> str | None:
        """`generationConfig.imageConfig.imageSize` as sent (None when the request asked no size)."""
        return (self.generation_config.get("imageConfig") or {}).get("imageSize")


def image_type_of(request: RecordedRequest | str) -> str | None:
    """Which listing image a request asks for: the `Listing image: TYPE` line, else the first type named.

    The lead's prompt templates carry `Listing image: <IMAGE_TYPE_UPPER>`; the fallback keeps
    tests working with prompts written by hand.
    """
    text = request if isinstance(request, str) else request.prompt
    line = _LISTING_LINE.search(text)
    if line and line.group(1).upper() in IMAGE_TYPES:
        return line.group(1).upper()
    match = _ANY_TYPE.search(text)
    return match.group(1) if match else None


@dataclass(frozen=True)
class Reply:
    """One scripted answer. Build them with the class methods; `hang` and `reset` send nothing,
    `trickle` and `close_mid_body` send part of an answer."""

    status: int = 200
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = (("Content-Type", "application/json; charset=UTF-8"),)
    action: Action = "respond"
    delay_s: float = 0.0
    """Wait before answering (or, for `hang`, before dropping the connection)."""

    @classmethod
    def of_json(cls, payload: Any, status: int = 200, *, headers: dict[str, str] | None = None) -> Reply:
        extra = tuple((headers or {}).items())
        return cls(
            status=status,
            body=json.dumps(payload).encode(),
            headers=(("Content-Type", "application/json; charset=UTF-8"), *extra),
        )

    @classmethod
    def image(
        cls,
        color: tuple[int, int, int] = (200, 40, 40),
        size: tuple[int, int] = (1024, 1024),
        *,
        mime: str = "image/png",
        thought_first: bool = False,
        with_text: str | None = None,
        output_tokens: int | None = 1290,
        thoughts_tokens: int | None = None,
    ) -> Reply:
        """A successful answer carrying one real PNG (optionally after a thought image and text), reporting
        `output_tokens` candidate tokens (and `thoughts_tokens`) in its usageMetadata; None: no usage."""
        image = _image_part(png_bytes(color, size), mime)
        return cls.parts(image, thought_first, with_text, usage=_usage(output_tokens, thoughts_tokens))

    @classmethod
    def image_bytes(cls, data: bytes, mime: str = "image/png") -> Reply:
        """A successful-looking answer whose inline data is `data` (e.g. bytes that are no image)."""
        return cls.parts(_image_part(data, mime), False, None, usage=_usage(1290, None))

    @classmethod
    def parts(
        cls,
        image_part: dict[str, Any],
        thought_first: bool,
        with_text: str | None,
        usage: dict[str, int] | None = None,
    ) -> Reply:
        parts: list[dict[str, Any]] = []
        if thought_first:
            thought = _image_part(png_bytes((0, 0, 255), (64, 64)), "image/png")
            parts.append({**thought, "thought": True})
        if with_text:
            parts.append({"text": with_text})
        parts.append(image_part)
        answer = _candidate_answer(parts, "STOP")
        if usage is not None:
            answer["usageMetadata"] = usage
        else:
            answer.pop("usageMetadata")
        return cls.of_json(answer)

    @classmethod
    def text_only(cls, text: str = "I can't create that image, but here is a description.") -> Reply:
        return cls.of_json(_candidate_answer([{"text": text}], "STOP"))

    @classmethod
    def finish(cls, reason: str, *, with_content: bool = False) -> Reply:
        """A candidate that stopped for `reason`; like IMAGE_SAFETY, without content unless asked."""
        candidate: dict[str, Any] = {"finishReason": reason, "index": 0}
        if with_content:
            candidate["content"] = {"role": "model", "parts": [{"text": "Sorry."}]}
        return cls.of_json({"candidates": [candidate], "modelVersion": "fake", "usageMetadata": {}})

    @classmethod
    def continuation(cls) -> Reply:
        """A hop that stopped with CONTINUATION and a token: the SDK would resend unless told not to."""
        candidate = {"finishReason": "CONTINUATION", "index": 0, "continuationToken": "Y29udGludWU="}
        return cls.of_json({"candidates": [candidate], "modelVersion": "fake", "usageMetadata": {}})

    @classmethod
    def blocked_prompt(cls, reason: str = "SAFETY") -> Reply:
        return cls.of_json({"promptFeedback": {"blockReason": reason}, "modelVersion": "fake", "usageMetadata": {}})

    @classmethod
    def empty(cls) -> Reply:
        return cls.of_json({"candidates": [], "modelVersion": "fake"})

    @classmethod
    def error(
        cls,
        code: int,
        status: str,
        message: str,
        details: list[dict[str, Any]] | None = None,
        *,
        headers: dict[str, str] | None = None,
    ) -> Reply:
        """An error in Google's JSON shape: `{"error": {"code", "message", "status", "details"}}`."""
        error: dict[str, Any] = {"code": code, "message": message, "status": status}
        if details is not None:
            error["details"] = details
        return cls.of_json({"error": error}, status=code, headers=headers)

    @classmethod
    def server_error(cls, code: int = 503) -> Reply:
        status, message = _SERVER_ERRORS.get(code, ("INTERNAL", "Internal error encountered."))
        return cls.error(code, status, message)

    @classmethod
    def rate_limited(
        cls,
        retry_delay: str | None = "2s",
        *,
        quota_id: str = "GenerateRequestsPerMinutePerProjectPerModel",
        retry_after_header: str | None = None,
    ) -> Reply:
        """A per-minute 429 as Gemini sends it: QuotaFailure, Help and RetryInfo details."""
        details: list[dict[str, Any]] = [_quota_failure(quota_id, "10"), _HELP]
        if retry_delay is not None:
            details.append({"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": retry_delay})
        retry_in = f" Please retry in {retry_delay}." if retry_delay else ""
        headers = {"Retry-After": retry_after_header} if retry_after_header else None
        return cls.error(429, "RESOURCE_EXHAUSTED", _QUOTA_MESSAGE + retry_in, details, headers=headers)

    @classmethod
    def daily_quota(cls) -> Reply:
        """A 429 for the per-day limit: real ones also carry a RetryInfo, which must not make it retryable."""
        details = [
            _quota_failure("GenerateRequestsPerDayPerProjectPerModel-FreeTier", "100"),
            _HELP,
            {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "43s"},
        ]
        return cls.error(429, "RESOURCE_EXHAUSTED", _QUOTA_MESSAGE + " Please retry in 43s.", details)

    @classmethod
    def invalid_key(cls) -> Reply:
        details = [
            {
                "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                "reason": "API_KEY_INVALID",
                "domain": "googleapis.com",
                "metadata": {"service": "generativelanguage.googleapis.com"},
            }
        ]
        return cls.error(400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key.", details)

    @classmethod
    def forbidden(cls) -> Reply:
        return cls.error(403, "PERMISSION_DENIED", "Method doesn't allow unregistered callers.")

    @classmethod
    def model_not_found(cls, model: str = "gemini-nope") -> Reply:
        return cls.error(
            404,
            "NOT_FOUND",
            f"models/{model} is not found for API version v1beta, or is not supported for generateContent.",
        )

    @classmethod
    def bad_request(cls, message: str = "Request contains an invalid argument.") -> Reply:
        return cls.error(400, "INVALID_ARGUMENT", message)

    @classmethod
    def malformed_json(cls) -> Reply:
        return cls(status=200, body=b'{"candidates": [{"content": ')

    @classmethod
    def html(cls, status: int = 502, title: str = "502 Bad Gateway") -> Reply:
        body = f"<html><head><title>{title}</title></head><body><h1>{title}</h1><hr>nginx</body></html>"
        return cls(status=status, body=body.encode(), headers=(("Content-Type", "text/html"),))

    @classmethod
    def model_info(cls, model: str) -> Reply:
        return cls.of_json(
            {
                "name": f"models/{model}",
                "displayName": "Fake image model",
                "version": "001",
                "supportedGenerationMethods": ["generateContent", "countTokens"],
            }
        )

    @classmethod
    def model_list(cls, names: list[str], next_page_token: str | None = None) -> Reply:
        """One page of GET /models: image models generate content, text ones too, Imagen ones predict."""
        models = [
            {
                "name": f"models/{name}",
                "displayName": name,
                "version": "001",
                "supportedGenerationMethods": ["predict"] if name.startswith("imagen") else ["generateContent"],
            }
            for name in names
        ]
        page: dict[str, Any] = {"models": models}
        if next_page_token:
            page["nextPageToken"] = next_page_token
        return cls.of_json(page)

    @classmethod
    def hang(cls, seconds: float = 30.0) -> Reply:
        """Read the request, then say nothing for `seconds` and drop the connection."""
        return cls(action="hang", delay_s=seconds)

    @classmethod
    def reset(cls) -> Reply:
        """Read the request, then close the socket with a TCP reset and no answer."""
        return cls(action="reset")

    @classmethod
    def trickle(cls, interval_s: float = 0.05, seconds: float = 60.0) -> Reply:
        """A 200 with JSON headers and no Content-Length (the body lasts until the close), then one byte
        every `interval_s` for `seconds` (or until the server stops): every read succeeds, the answer
        never completes."""
        return cls(action="trickle", delay_s=seconds, body=str(interval_s).encode())

    @classmethod
    def close_mid_body(cls, reply: Reply | None = None, fraction: float = 0.5) -> Reply:
        """`reply`'s status and headers with its full Content-Length, then `fraction` of its body and a close."""
        reply = reply or cls.image()
        cut = max(1, int(len(reply.body) * fraction))
        return cls(reply.status, reply.body, reply.headers, "close_mid_body", float(cut))

    @classmethod
    def raw(cls, body: bytes, status: int = 200, content_type: str = "application/json; charset=UTF-8") -> Reply:
        """Any bytes as the body (enormous or deeply nested JSON, invalid base64...)."""
        return cls(status=status, body=body, headers=(("Content-Type", content_type),))

    def after(self, seconds: float) -> Reply:
        """The same answer, sent `seconds` late (to make timings observable)."""
        return Reply(self.status, self.body, self.headers, self.action, seconds)


class FakeGeminiServer:
    """A threaded HTTP server impersonating `POST /{v1|v1beta}/models/{model}:generateContent`.

    Use it as a context manager (or `start()`/`stop()`); `base_url` is what the SDK needs.
    """

    def __init__(
        self,
        *,
        models: set[str] | None = None,
        valid_keys: set[str] | None = None,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        self.models = models
        """When set, other models answer 404 as the real API does."""
        self.valid_keys = valid_keys
        """When set, other keys answer 400 API_KEY_INVALID as the real API does."""
        self.listed: list[str] | None = None
        """What GET /models lists; None: `models` when set, else today's image models and a text model."""
        self.list_reply: Reply | None = None
        """When set, every GET /models answers this instead (an outage, a bad key)."""
        self.tls = tls
        """When set, a server-side context: every connection is HTTPS with its certificate."""
        self.tls_failures: list[str] = []
        """Why each failed TLS handshake failed, as the server saw it (e.g. the client's 'unknown ca' alert)."""
        self.requests: list[RecordedRequest] = []
        self.handler: Callable[[RecordedRequest], Reply] | None = None
        self.default: Reply | None = None
        self._queue: deque[Reply] = deque()
        self._per_image: dict[str, deque[Reply]] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> FakeGeminiServer:
        handler = type("_BoundHandler", (_Handler,), {"fake": self})
        if self.tls is None:
            self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        else:
            self._httpd = _TLSServer(("127.0.0.1", 0), handler, self.tls)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), name="fake-gemini", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeGeminiServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._httpd is not None, "start() the server first"
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        scheme = "https" if self.tls else "http"
        return f"{scheme}://127.0.0.1:{self.port}/"

    def script(self, *replies: Reply) -> None:
        """Queue answers for the next requests, whatever image they are for."""
        with self._lock:
            self._queue.extend(replies)

    def script_for(self, image_type: str, *replies: Reply) -> None:
        """Queue answers for the next requests whose prompt names `image_type` (e.g. "MAIN")."""
        with self._lock:
            self._per_image.setdefault(image_type.upper(), deque()).extend(replies)

    def requests_for(self, image_type: str) -> list[RecordedRequest]:
        return [r for r in self.generate_requests if r.image_type == image_type.upper()]

    @property
    def generate_requests(self) -> list[RecordedRequest]:
        with self._lock:
            return [r for r in self.requests if r.rpc == "generateContent"]

    def wait_for_requests(self, count: int, timeout: float = 5.0) -> list[RecordedRequest]:
        """Block until `count` requests arrived (for tests that act while a request is in flight)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if len(self.requests) >= count:
                    return list(self.requests)
            time.sleep(0.01)
        raise AssertionError(f"expected {count} requests, got {len(self.requests)}")

    def wait_for_tls_failures(self, count: int, timeout: float = 5.0) -> list[str]:
        """Block until `count` handshakes failed: the server notes a refused certificate a moment after the
        client has already given up on it."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if len(self.tls_failures) >= count:
                    return list(self.tls_failures)
            time.sleep(0.01)
        raise AssertionError(f"expected {count} failed TLS handshakes, got {self.tls_failures}")

    def _tls_failed(self, reason: str) -> None:
        with self._lock:
            self.tls_failures.append(reason)

    def _record(self, request: RecordedRequest) -> Reply:
        with self._lock:
            self.requests.append(request)
            if request.rpc == "list":  # never from the queues or the handler: they script image answers
                return self.list_reply or self._listing(request)
            handler = self.handler
            queue = self._per_image.get(request.image_type or "")
            if handler is None and queue:
                return queue.popleft()
            if handler is None and self._queue:
                return self._queue.popleft()
        if handler is not None:
            return handler(request)
        return self._builtin_reply(request)

    @property
    def list_requests(self) -> list[RecordedRequest]:
        with self._lock:
            return [r for r in self.requests if r.rpc == "list"]

    def _listing(self, request: RecordedRequest) -> Reply:
        if self.valid_keys is not None and request.api_key not in self.valid_keys:
            return Reply.invalid_key()
        names = self.listed
        if names is None:
            names = sorted(self.models) if self.models is not None else [*TODAYS_IMAGE_MODELS, *TEXT_MODELS]
        size = int(request.query.get("pageSize") or 50)
        start = int(request.query.get("pageToken") or 0)
        following = str(start + size) if start + size < len(names) else None
        return Reply.model_list(names[start : start + size], following)

    def answer_normally(self, request: RecordedRequest) -> Reply:
        """What the server answers without a script or handler: for handlers that only change some answers."""
        return self._builtin_reply(request)

    def _builtin_reply(self, request: RecordedRequest) -> Reply:
        if request.rpc == "list":
            return self._listing(request)
        if request.api_version is None or request.model is None:
            return Reply.error(404, "NOT_FOUND", f"Unknown path {request.path}")
        if self.valid_keys is not None and request.api_key not in self.valid_keys:
            return Reply.invalid_key()
        if self.models is not None and request.model not in self.models:
            return Reply.model_not_found(request.model)
        if self.default is not None:
            return self.default
        if request.method == "GET":
            return Reply.model_info(request.model)
        return Reply.image()


@pytest.fixture
def gemini_server() -> Iterator[FakeGeminiServer]:
    """A started fake Gemini API; stopping it also releases handlers still hanging on purpose.

    Re-export it from a conftest.py (`from tests.fakes.gemini_server import gemini_server`) to use it.
    """
    with FakeGeminiServer() as server:
        yield server


class _TLSServer(ThreadingHTTPServer):
    """Wraps each accepted socket for TLS without handshaking: the handshake runs in the connection's own
    thread (`_Handler.handle`), so a client that stalls or refuses the certificate never blocks `accept`."""

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler], tls: ssl.SSLContext) -> None:
        super().__init__(address, handler)
        self.tls = tls

    def get_request(self) -> tuple[socket.socket, Any]:
        sock, address = super().get_request()
        return self.tls.wrap_socket(sock, server_side=True, do_handshake_on_connect=False), address


class _Handler(BaseHTTPRequestHandler):
    fake: FakeGeminiServer
    protocol_version = "HTTP/1.1"
    timeout = 60
    disable_nagle_algorithm = True
    """Like real servers: headers and body go out as two writes, and with Nagle's algorithm on, the body
    of every answer after a connection's first waited for the client's delayed ACK (40 ms on Linux)."""

    def handle(self) -> None:
        if isinstance(self.connection, ssl.SSLSocket):
            try:
                self.connection.do_handshake()
            except (ssl.SSLError, OSError) as exc:
                self.fake._tls_failed(f"{type(exc).__name__}: {exc}")
                self.close_connection = True
                return
        super().handle()

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: pytest shows failures, not access logs."""

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        reply = self.fake._record(self._parse(raw))
        if reply.action == "reset":
            self._reset()
            return
        if reply.action == "hang":
            self.fake._stopping.wait(reply.delay_s)
            self.close_connection = True
            return
        if reply.action == "trickle":
            self._trickle(float(reply.body.decode()), reply.delay_s)
            return
        if reply.action == "close_mid_body":
            self.send_response(reply.status)
            for name, value in reply.headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            with contextlib.suppress(OSError):
                self.wfile.write(reply.body[: int(reply.delay_s)])
                self.wfile.flush()
            self.close_connection = True
            return
        if reply.delay_s:
            self.fake._stopping.wait(reply.delay_s)
        self.send_response(reply.status)
        for name, value in reply.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        self.wfile.write(reply.body)

    def _parse(self, raw: bytes) -> RecordedRequest:
        path, _, query = self.path.partition("?")
        match = _PATH.match(path)
        listing = _LIST_PATH.match(path) if match is None else None
        headers = {k.lower(): v for k, v in self.headers.items() if k.lower() != _API_KEY_HEADER}
        body: Any = None
        with contextlib.suppress(ValueError):
            body = json.loads(raw) if raw else None
        prompt, images = _contents_of(body)
        return RecordedRequest(
            method=self.command,
            path=path,
            api_version=(match or listing).group("version") if (match or listing) else None,
            model=match.group("model") if match else None,
            rpc=match.group("method") if match else ("list" if listing else None),
            headers=headers,
            api_key=self.headers.get(_API_KEY_HEADER),
            body=body,
            prompt=prompt,
            images=images,
            arrived_at=time.monotonic(),
            query={k: v[-1] for k, v in urllib.parse.parse_qs(query).items()},
        )

    def _trickle(self, interval_s: float, seconds: float) -> None:
        self.close_connection = True
        self.send_response(200)
        self.send_header("Content-Type", "application/json; charset=UTF-8")
        self.send_header("Connection", "close")  # no length: the body ends when the connection does
        self.end_headers()
        deadline = time.monotonic() + seconds
        with contextlib.suppress(OSError):
            self.wfile.write(b"{")
            self.wfile.flush()
            while time.monotonic() < deadline and not self.fake._stopping.wait(interval_s):
                self.wfile.write(b" ")
                self.wfile.flush()

    def _reset(self) -> None:
        """SO_LINGER 0 turns close() into a RST: the client sees 'connection reset', not a clean EOF."""
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.close()


def _contents_of(body: Any) -> tuple[str, list[tuple[str, bytes]]]:
    """The prompt text and inline images of a generateContent body (`mime_type` or `mimeType`)."""
    texts: list[str] = []
    images: list[tuple[str, bytes]] = []
    for part in _parts_of(body):
        if isinstance(part.get("text"), str):
            texts.append(part["text"])
        inline = part.get("inlineData") or part.get("inline_data")
        if isinstance(inline, dict):
            mime = inline.get("mimeType") or inline.get("mime_type") or ""
            with contextlib.suppress(ValueError):
                images.append((mime, _b64decode(inline.get("data") or "")))
    return "\n".join(texts), images


def _parts_of(body: Any) -> Iterator[dict[str, Any]]:
    if not isinstance(body, dict):
        return
    for content in body.get("contents") or []:
        if isinstance(content, dict):
            yield from (p for p in content.get("parts") or [] if isinstance(p, dict))


def _b64decode(text: str) -> bytes:
    """Standard or URL-safe alphabet: the SDK sends URL-safe base64 (`-`, `_`), the API accepts both."""
    return base64.b64decode(text.translate(_URLSAFE_TO_STANDARD), validate=True)


_URLSAFE_TO_STANDARD = str.maketrans("-_", "+/")


@functools.lru_cache(maxsize=32)
def png_bytes(color: tuple[int, int, int] = (200, 40, 40), size: tuple[int, int] = (1024, 1024)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, format="PNG")
    return buffer.getvalue()


def _image_part(data: bytes, mime: str) -> dict[str, Any]:
    return {"inlineData": {"mimeType": mime, "data": base64.b64encode(data).decode()}}


def _candidate_answer(parts: list[dict[str, Any]], finish_reason: str) -> dict[str, Any]:
    return {
        "candidates": [{"content": {"role": "model", "parts": parts}, "finishReason": finish_reason, "index": 0}],
        "modelVersion": "fake-image-001",
        "usageMetadata": {"promptTokenCount": 10, "candidatesTokenCount": 1290, "totalTokenCount": 1300},
    }


def _usage(output_tokens: int | None, thoughts_tokens: int | None) -> dict[str, int] | None:
    """usageMetadata as the API spells it; None (no usage reported) when there is no output count."""
    if output_tokens is None:
        return None
    usage = {"promptTokenCount": 10, "candidatesTokenCount": output_tokens}
    if thoughts_tokens is not None:
        usage["thoughtsTokenCount"] = thoughts_tokens
    return {**usage, "totalTokenCount": sum(usage.values())}


def _quota_failure(quota_id: str, value: str) -> dict[str, Any]:
    return {
        "@type": "type.googleapis.com/google.rpc.QuotaFailure",
        "violations": [
            {
                "quotaMetric": "generativelanguage.googleapis.com/generate_content_requests",
                "quotaId": quota_id,
                "quotaDimensions": {"location": "global", "model": "gemini-2.5-flash-image"},
                "quotaValue": value,
            }
        ],
    }


_HELP = {
    "@type": "type.googleapis.com/google.rpc.Help",
    "links": [
        {
            "description": "Learn more about Gemini API quotas",
            "url": "https://ai.google.dev/gemini-api/docs/rate-limits",
        }
    ],
}
_QUOTA_MESSAGE = (
    "You exceeded your current quota, please check your plan and billing details. For more information on "
    "this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits."
)
_SERVER_ERRORS = {
    500: (
        "INTERNAL",
        "An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting",
    ),
    502: ("UNAVAILABLE", "Bad gateway."),
    503: ("UNAVAILABLE", "The model is overloaded. Please try again later."),
    504: ("DEADLINE_EXCEEDED", "Deadline expired before operation could complete."),
}
