"""The Gemini image backend: one `generate_content` call per attempt, classified into contract errors.

Design choices, each checked against google-genai 3.6.1:
- One HTTP request per `generate()`: SDK retries off (`HttpRetryOptions(attempts=1)`) and automatic
  continuation off, because the engine owns retries, delays and attempt logs.
- An explicit `httpx2.AsyncClient`, so the SDK never takes its aiohttp path (hidden retry, bare
  TimeoutError). The SDK still passes `HttpOptions.timeout` per request to that client.
- `base_url=None` lets the SDK read GOOGLE_GEMINI_BASE_URL itself, as the contract requires.
- google.genai costs about a second to import: it is imported in a worker thread on first use, so
  importing this module (and starting the app) stays cheap and the UI never freezes on it.
- No model id lives here: the services pick the model from the key's list and the capability table
  (backends/gemini_models.py). A model nobody has checked against a list is probed with one cheap
  `models.get` before the first image, so a retired model costs one request, not one per image.
"""

from __future__ import annotations

import asyncio
import functools
import os
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from listing_genie_desktop.backends.gemini_errors import (
    classify_exception,
    classify_response,
    scrubbed,
)
from listing_genie_desktop.backends.gemini_inline import InlineImages
from listing_genie_desktop.backends.gemini_models import explain_not_found, gemini_table, table_default
from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.messages import QT_TR_NOOP
from listing_genie_desktop.core.ports import GeneratedImage, ImageRequest, Usage
from listing_genie_desktop.imaging import finish_pool
from listing_genie_desktop.imaging.answers import decode_answer, spooled_image
from listing_genie_desktop.logging_setup import register_secret

if TYPE_CHECKING:
    from google.genai import Client

DEFAULT_API_VERSION = "v1beta"
"""Image models are documented under v1beta; the 3.x SDK defaults to v1."""
CHECK_TIMEOUT_S = 20.0
MAX_ANSWER_BYTES = 128 * 1024 * 1024
"""A 4K PNG answer is about 30 MB once base64-encoded; a declared body far larger is refused before it is read
(reading, parsing and base64-decoding it would take several times its size in memory)."""

NOT_ANSWERED_WITHIN = QT_TR_NOOP("Gemini did not answer within {seconds} s.")
CANNOT_GENERATE = QT_TR_NOOP("Model {model} cannot generate images.")
NO_KEY = QT_TR_NOOP("No Gemini API key is set.")
TOO_LARGE = QT_TR_NOOP("The answer was {size} MB, far more than any image: refused.")


class GeminiBackend:
    """Generates listing images with a Gemini image model (the listing text is drawn by the model)."""

    name = "gemini"
    renders_text = False

    def __init__(
        self,
        api_key: str,
        model: str | None = None,
        *,
        attempt_timeout_s: float = 180.0,
        api_version: str = DEFAULT_API_VERSION,
        base_url: str | None = None,
        image_size: str | None = None,
        model_verified: bool = True,
    ) -> None:
        """`model` None is the capability table's best current model; `image_size` is sent as
        `image_config.image_size` when given (only for models that take one); `model_verified=False` (the
        services say so when the key's list is unknown) probes the model before the first image."""
        if attempt_timeout_s <= 0:
            raise ValueError("attempt_timeout_s must be positive")
        self.model: str | None = model or table_default()
        self.image_size = image_size
        self._model_checked = model_verified
        self._model_error: GenerationError | None = None
        self.attempt_timeout_s = attempt_timeout_s
        self.api_version = api_version
        self.base_url = base_url
        self._api_key = (api_key or "").strip()
        # Whoever built this backend, its key is redacted from every message, even one cut short before the
        # backend's final scrub (see gemini_errors.short_text).
        register_secret(self._api_key)
        self._client: Client | None = None
        self._http: Any = None
        self._inline = InlineImages(MAX_ANSWER_BYTES)
        self._lock: asyncio.Lock | None = None
        self._probe_lock: asyncio.Lock | None = None
        self._pool_warmed = False

    def __repr__(self) -> str:
        return f"GeminiBackend(model={self.model!r}, api_version={self.api_version!r}, base_url={self.base_url!r})"

    async def generate(self, request: ImageRequest) -> GeneratedImage:
        """One attempt: exactly one generation request, a decoded RGB image or a `GenerationError` (the model's
        probe, when it was not done by `prepare()`, goes first)."""
        client = await self._ensure_client()
        await self._probe_model(client)
        try:
            async with asyncio.timeout(self.attempt_timeout_s):
                response = await client.aio.models.generate_content(
                    model=self._model_name,
                    contents=self._contents(request),
                    config=self._config(),
                )
        except TimeoutError:
            error = GenerationError(
                ErrorKind.TIMEOUT,
                NOT_ANSWERED_WITHIN.format(seconds=f"{self.attempt_timeout_s:g}"),
                detail="attempt deadline",
            )
        except Exception as exc:
            error = self._explained(classify_exception(exc, api_key=self._api_key))
        else:
            return await self._image_from(response)
        # Raised outside the except block: no chained SDK exception (which may quote headers) rides along.
        raise error

    async def prepare(self) -> None:
        """Imports the SDK and builds the client now (in a worker thread), e.g. while the user fills the form,
        so the first attempt is not a second slower than the others. Optional: `generate()` does it too.

        A model not verified against the key's list is probed here, once: its 404 (a retired model) is kept
        and raised by every later call without another request, so the session stops after one request."""
        client = await self._ensure_client()
        await self._probe_model(client)
        if self.image_size == "4K" and not self._pool_warmed:
            self._pool_warmed = True  # its answers are spooled (gemini_inline.py): their finishing process starts
            await asyncio.to_thread(finish_pool.warm)

    async def _probe_model(self, client: Client) -> None:
        if self._model_checked:
            return
        if self._probe_lock is None:
            self._probe_lock = asyncio.Lock()
        async with self._probe_lock:
            if self._model_error is None and not self._model_checked:
                try:
                    async with asyncio.timeout(CHECK_TIMEOUT_S):
                        await client.aio.models.get(model=self._model_name)
                except Exception as exc:
                    error = classify_exception(exc, api_key=self._api_key)
                    if error.kind is ErrorKind.NOT_FOUND:
                        self._model_error = self._explained(error)
                # Any other failure proves nothing about the model: the image requests meet it themselves.
                self._model_checked = self._model_error is None
        if self._model_error is not None:
            raise self._model_error

    def _explained(self, error: GenerationError) -> GenerationError:
        return explain_not_found(error, self._model_name) if error.kind is ErrorKind.NOT_FOUND else error

    async def list_model_names(self, timeout_s: float = CHECK_TIMEOUT_S) -> list[str]:
        """Names of the models the key can use for generateContent ("models/..."), from the API's list."""
        try:
            client = await self._ensure_client()
            async with asyncio.timeout(timeout_s):
                pager = await client.aio.models.list(config={"page_size": 100})
                names = [m.name async for m in pager if m.name and _generates(m.supported_actions)]
        except Exception as exc:
            error = classify_exception(exc, api_key=self._api_key)
        else:
            return names
        raise error

    async def check(self, timeout_s: float = CHECK_TIMEOUT_S) -> GenerationError | None:
        """A cheap `models.get` call proving key, endpoint and model work; None when they do."""
        try:
            client = await self._ensure_client()
            async with asyncio.timeout(timeout_s):
                model = await client.aio.models.get(model=self._model_name)
        except Exception as exc:
            error = self._explained(classify_exception(exc, api_key=self._api_key))
        else:
            if not _generates(model.supported_actions):
                return GenerationError(ErrorKind.NOT_FOUND, CANNOT_GENERATE.format(model=self.model))
            return None
        return error

    async def aclose(self) -> None:
        client, http = self._client, self._http
        self._client = self._http = None
        self._inline.clear()
        if client is not None:
            await client.aio.aclose()
        if http is not None:
            async_http, sync_http = http
            await async_http.aclose()
            sync_http.close()

    @property
    def _model_name(self) -> str:
        return self.model or ""

    async def _ensure_client(self) -> Client:
        if self._client is not None:
            return self._client
        if not self._api_key:
            raise GenerationError(ErrorKind.AUTH, NO_KEY)
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            if self._client is None:
                try:
                    self._client, self._http = await asyncio.to_thread(self._build_client)
                except Exception as exc:
                    error = classify_exception(exc, api_key=self._api_key)
                else:
                    return self._client
                raise error
        return self._client

    def _build_client(self) -> tuple[Client, tuple[Any, Any]]:
        """Runs in a worker thread: the import and SSL setup take about a second."""
        import httpx2
        from google import genai
        from google.genai import types

        verify = _ssl_context(os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))
        http = httpx2.AsyncClient(
            verify=verify,
            follow_redirects=False,
            timeout=self.attempt_timeout_s,
            event_hooks={"response": [_refuse_oversized_answer, self._inline.hook]},
        )
        # Never used, but given so that the SDK does not build a second SSL context for its own one.
        sync_http = httpx2.Client(verify=verify, follow_redirects=False, timeout=self.attempt_timeout_s)
        options = types.HttpOptions(
            api_version=self.api_version,
            base_url=self.base_url,
            timeout=int(self.attempt_timeout_s * 1000),
            retry_options=types.HttpRetryOptions(attempts=1),
            httpx_async_client=http,
            httpx_client=sync_http,
            # The SDK builds an SSL context for Live-API websockets (unused here) unless given one:
            # loading the trust store again took 22 ms of every session's first request.
            async_client_args={"ssl": verify},
        )
        return genai.Client(vertexai=False, api_key=self._api_key, http_options=options), (http, sync_http)

    def _contents(self, request: ImageRequest) -> list[Any]:
        from google.genai import types

        photos = request.photos[: self.max_reference_images]
        return [
            types.Content(
                role="user",
                parts=[
                    types.Part.from_text(text=request.prompt),
                    *(types.Part.from_bytes(data=p.model_bytes, mime_type=p.model_mime) for p in photos),
                ],
            )
        ]

    @functools.cached_property
    def max_reference_images(self) -> int:
        """How many of the product's photos the model takes (the capability table's figure for it; one for a
        model the table does not know): the main photo first, the others while there is room."""
        return max(1, gemini_table().describe(self._model_name).max_reference_images)

    def _config(self) -> Any:
        from google.genai import types

        return types.GenerateContentConfig(
            response_modalities=response_modalities_for(self._model_name),
            image_config=types.ImageConfig(**image_config_for(self.image_size)),
            automatic_continuation=False,
        )

    async def _image_from(self, response: Any) -> GeneratedImage:
        data = first_image_data(response)
        if data is None:
            raise scrubbed(classify_response(response), [self._api_key])
        taken = self._inline.take(data)
        if isinstance(taken, Path):  # a 4K answer: decoded where it is finished, not in this process
            return GeneratedImage(image=await asyncio.to_thread(spooled_image, taken), usage=usage_of(response))
        return GeneratedImage(image=await asyncio.to_thread(decode_answer, taken), usage=usage_of(response))


async def check_connection(
    api_key: str,
    model: str | None = None,
    base_url: str | None = None,
    *,
    api_version: str = DEFAULT_API_VERSION,
    timeout_s: float = CHECK_TIMEOUT_S,
) -> GenerationError | None:
    """For the Settings dialog's "Test": None when the key and model work, else the classified error.

    Not named test_*: pytest would collect it from any test module that imports it.
    """
    backend = GeminiBackend(api_key, model, attempt_timeout_s=timeout_s, api_version=api_version, base_url=base_url)
    try:
        return await backend.check(timeout_s)
    finally:
        await backend.aclose()


def warm_up(image_size: str | None = None) -> None:
    """Blocking (a worker thread, once the window is open): imports the SDK and builds the validators of a
    request and of an answer, and the SSL context; for 4K, starts the processes that finish its answers. The
    SDK's pydantic models build each validator in one call that holds the interpreter for up to 80 ms, the
    import takes about 0.8 s of such calls, and starting a process forks the window's: at the first Generate
    they froze the window (benchmarks/bench_ui_stall.py --gemini-4k --explain)."""
    from google.genai import types

    if image_size == "4K":
        finish_pool.warm()

    _ssl_context(os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))
    types.HttpOptions(retry_options=types.HttpRetryOptions(attempts=1))
    types.GenerateContentConfig(
        response_modalities=["IMAGE"], image_config=types.ImageConfig(image_size="1K"), automatic_continuation=False
    )
    types.Content(
        role="user", parts=[types.Part.from_text(text=""), types.Part.from_bytes(data=b"", mime_type="image/png")]
    )
    types.GenerateContentResponse.model_validate(
        {"candidates": [{"content": {"parts": [{"inlineData": {"mimeType": "image/png", "data": ""}}]}}]}
    )


def response_modalities_for(model: str) -> list[str]:
    """Gemini 2.0 image preview models refuse IMAGE alone; later ones accept it and skip chatter."""
    return ["TEXT", "IMAGE"] if "gemini-2.0" in model else ["IMAGE"]


def image_config_for(image_size: str | None) -> dict[str, str]:
    """Square output, and the size only when one is asked (the capability table says which models take one)."""
    config = {"aspect_ratio": "1:1"}
    if image_size:
        config["image_size"] = image_size
    return config


def _generates(actions: list[str] | None) -> bool:
    """A model that says nothing of its methods is given the benefit of the doubt."""
    return not actions or "generateContent" in actions


async def _refuse_oversized_answer(response: Any) -> None:
    """httpx response hook (headers received, body not yet read)."""
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_ANSWER_BYTES:
        await response.aclose()
        raise GenerationError(
            ErrorKind.NO_IMAGE,
            TOO_LARGE.format(size=f"{int(declared) / 1e6:.0f}"),
            http_status=response.status_code,
        )


def first_image_data(response: Any) -> bytes | None:
    """Bytes of the first inline image that is not a 'thought' (a draft the model shows its work with)."""
    for part in _parts(response):
        inline = getattr(part, "inline_data", None)
        if inline is None or getattr(part, "thought", False) or not getattr(inline, "data", None):
            continue
        mime = getattr(inline, "mime_type", None) or ""
        if not mime or mime.startswith("image/"):
            return bytes(inline.data)
    return None


def usage_of(response: Any) -> Usage | None:
    """The answer's `usage_metadata` (google-genai's `prompt_token_count`, `candidates_token_count`,
    `thoughts_token_count`): output tokens are the candidates' plus the thoughts', both billed at the output
    rate. None when the answer reported no output count: a cost is never made up from nothing."""
    metadata = getattr(response, "usage_metadata", None)
    candidates = _count(getattr(metadata, "candidates_token_count", None))
    if candidates is None:
        return None
    thoughts = _count(getattr(metadata, "thoughts_token_count", None)) or 0
    return Usage(
        prompt_tokens=_count(getattr(metadata, "prompt_token_count", None)), output_tokens=candidates + thoughts
    )


def _count(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _parts(response: Any) -> Iterator[Any]:
    for candidate in getattr(response, "candidates", None) or []:
        content = getattr(candidate, "content", None)
        yield from getattr(content, "parts", None) or []


@functools.lru_cache(maxsize=4)
def _ssl_context(cafile: str | None, capath: str | None) -> ssl.SSLContext:
    """Like the SDK's own clients: SSL_CERT_FILE/SSL_CERT_DIR when set (corporate proxies), else httpx2's
    default. Cached: loading trust stores costs tens of milliseconds and a context is safely shared."""
    if cafile or capath:
        return ssl.create_default_context(cafile=cafile, capath=capath)
    import httpx2

    return httpx2.create_ssl_context()
