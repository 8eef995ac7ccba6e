"""GeminiBackend end to end: the real google-genai client against the fake server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import io
import os
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable

import pytest
from PIL import Image

from listing_genie_desktop.backends.gemini import (
    GeminiBackend,
    check_connection,
    first_image_data,
    image_config_for,
    response_modalities_for,
)
from listing_genie_desktop.backends.gemini_models import table_default
from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.ports import ImageRequest
from listing_genie_desktop.core.product import IMAGE_TYPES, ImageType
from listing_genie_desktop.imaging.answers import decode_answer as decode_image
from listing_genie_desktop.imaging.loading import load_reference_bytes
from tests.fakes.gemini_server import FakeGeminiServer, RecordedRequest, Reply, png_bytes

KEY = "AIzaSyD-fake-key-for-tests-0123456789abc"
REFERENCE = load_reference_bytes(png_bytes((20, 160, 60), (640, 480)))

Factory = Callable[..., GeminiBackend]


def image_request(image_type: ImageType = ImageType.MAIN) -> ImageRequest:
    prompt = f"Listing image: {image_type.name}\nA product photo on pure white."
    return ImageRequest(image_type, prompt, None, REFERENCE, "base", 1)  # type: ignore[arg-type]


@pytest.fixture
async def make_backend(gemini_server: FakeGeminiServer) -> AsyncIterator[Factory]:
    """Backends pointed at the fake server, closed after the test."""
    made: list[GeminiBackend] = []

    def factory(**kwargs: object) -> GeminiBackend:
        kwargs.setdefault("base_url", gemini_server.base_url)
        kwargs.setdefault("attempt_timeout_s", 5.0)
        backend = GeminiBackend(str(kwargs.pop("api_key", KEY)), **kwargs)  # type: ignore[arg-type]
        made.append(backend)
        return backend

    yield factory
    for backend in made:
        await backend.aclose()


async def fail(backend: GeminiBackend, request: ImageRequest | None = None) -> GenerationError:
    with pytest.raises(GenerationError) as caught:
        await backend.generate(request or image_request())
    return caught.value


async def test_success_decodes_an_rgb_image(gemini_server: FakeGeminiServer, make_backend: Factory) -> None:
    gemini_server.script(Reply.image((10, 20, 200), thought_first=True, with_text="Here you go"))
    result = await make_backend().generate(image_request())
    assert result.image.mode == "RGB"
    assert result.image.size == (1024, 1024)
    assert result.image.getpixel((512, 512)) == (10, 20, 200), "the thought image must be skipped"


async def test_request_carries_key_prompt_photo_and_image_config(
    gemini_server: FakeGeminiServer, make_backend: Factory
) -> None:
    await make_backend().generate(image_request(ImageType.LIFESTYLE))
    [sent] = gemini_server.requests
    assert sent.method == "POST"
    assert sent.path == f"/v1beta/models/{table_default()}:generateContent"
    assert sent.api_key == KEY
    assert "x-goog-api-key" not in sent.headers
    assert sent.image_type == "LIFESTYLE"
    assert "Listing image: LIFESTYLE" in sent.prompt
    assert sent.images == [(REFERENCE.model_mime, REFERENCE.model_bytes)]
    config = sent.generation_config
    assert "IMAGE" in config["responseModalities"]
    assert config["imageConfig"] == {"aspectRatio": "1:1"}
    assert "automaticContinuation" not in config


async def test_api_version_and_model_are_pinned(gemini_server: FakeGeminiServer, make_backend: Factory) -> None:
    await make_backend(api_version="v1", model="gemini-3-pro-image", image_size="4K").generate(image_request())
    [sent] = gemini_server.requests
    assert sent.path == "/v1/models/gemini-3-pro-image:generateContent"
    assert sent.generation_config["imageConfig"] == {"aspectRatio": "1:1", "imageSize": "4K"}
    assert sent.image_size == "4K"


async def test_env_base_url_is_honoured(
    gemini_server: FakeGeminiServer, make_backend: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", gemini_server.base_url + "proxy/gemini")
    await make_backend(base_url=None).generate(image_request())
    [sent] = gemini_server.requests
    assert sent.path == f"/proxy/gemini/v1beta/models/{table_default()}:generateContent"


FAULTS = [
    pytest.param(Reply.server_error(503), ErrorKind.SERVER, 503, None, id="503"),
    pytest.param(Reply.server_error(500), ErrorKind.SERVER, 500, None, id="500"),
    pytest.param(Reply.server_error(504), ErrorKind.SERVER, 504, None, id="504"),
    pytest.param(Reply.rate_limited("2s"), ErrorKind.RATE_LIMITED, 429, 2.0, id="429-retryinfo"),
    pytest.param(
        Reply.rate_limited(None, retry_after_header="4"), ErrorKind.RATE_LIMITED, 429, 4.0, id="429-retry-after"
    ),
    pytest.param(Reply.daily_quota(), ErrorKind.QUOTA_EXHAUSTED, 429, None, id="429-daily"),
    pytest.param(Reply.invalid_key(), ErrorKind.AUTH, 400, None, id="400-key"),
    pytest.param(Reply.forbidden(), ErrorKind.AUTH, 403, None, id="403"),
    pytest.param(Reply.model_not_found(), ErrorKind.NOT_FOUND, 404, None, id="404"),
    pytest.param(Reply.bad_request(), ErrorKind.BAD_REQUEST, 400, None, id="400"),
    pytest.param(Reply.html(502), ErrorKind.SERVER, 502, None, id="html-502"),
    pytest.param(Reply.html(200, "Sign in to the Wi-Fi"), ErrorKind.NETWORK, None, None, id="html-200"),
    pytest.param(Reply.finish("IMAGE_SAFETY"), ErrorKind.SAFETY, None, None, id="image-safety"),
    pytest.param(Reply.finish("PROHIBITED_CONTENT"), ErrorKind.SAFETY, None, None, id="prohibited"),
    pytest.param(Reply.blocked_prompt("SAFETY"), ErrorKind.SAFETY, None, None, id="prompt-blocked"),
    pytest.param(Reply.finish("NO_IMAGE"), ErrorKind.NO_IMAGE, None, None, id="no-image"),
    pytest.param(Reply.finish("IMAGE_OTHER", with_content=True), ErrorKind.NO_IMAGE, None, None, id="image-other"),
    pytest.param(Reply.text_only(), ErrorKind.NO_IMAGE, None, None, id="text-only"),
    pytest.param(Reply.empty(), ErrorKind.NO_IMAGE, None, None, id="empty"),
    pytest.param(Reply.malformed_json(), ErrorKind.NO_IMAGE, None, None, id="malformed-json"),
    pytest.param(Reply.image_bytes(b"\x89PNG not really"), ErrorKind.NO_IMAGE, None, None, id="undecodable"),
    pytest.param(Reply.image_bytes(png_bytes()[:500]), ErrorKind.NO_IMAGE, None, None, id="truncated-png"),
    pytest.param(Reply.reset(), ErrorKind.NETWORK, None, None, id="reset"),
    pytest.param(Reply.continuation(), ErrorKind.NO_IMAGE, None, None, id="continuation-not-followed"),
]


@pytest.mark.parametrize(("reply", "kind", "status", "retry_after"), FAULTS)
async def test_fault_is_classified_with_one_request(
    gemini_server: FakeGeminiServer,
    make_backend: Factory,
    reply: Reply,
    kind: ErrorKind,
    status: int | None,
    retry_after: float | None,
) -> None:
    gemini_server.script(reply)
    err = await fail(make_backend())
    assert err.kind == kind, err.message
    assert err.http_status == status
    assert err.retry_after == retry_after
    assert err.message and "\n" not in err.message and len(err.message) < 240
    if status is not None:
        assert err.message.startswith(str(status))
    assert len(gemini_server.requests) == 1, "the SDK must not retry on its own"


async def test_scripted_sequence_then_success(gemini_server: FakeGeminiServer, make_backend: Factory) -> None:
    gemini_server.script(Reply.server_error(503), Reply.server_error(503))
    backend = make_backend()
    assert (await fail(backend)).kind == ErrorKind.SERVER
    assert (await fail(backend)).kind == ErrorKind.SERVER
    assert (await backend.generate(image_request())).image.size == (1024, 1024)
    assert len(gemini_server.requests) == 3


async def test_hanging_server_times_out_near_the_attempt_timeout(
    gemini_server: FakeGeminiServer, make_backend: Factory
) -> None:
    backend = make_backend(attempt_timeout_s=1.0)
    await backend.generate(image_request())  # warm-up: the first call also imports the SDK
    gemini_server.script(Reply.hang(30))
    started = time.monotonic()
    err = await fail(backend)
    elapsed = time.monotonic() - started
    assert err.kind == ErrorKind.TIMEOUT
    assert 0.9 <= elapsed < 2.0
    assert len(gemini_server.requests) == 2


async def test_slow_answer_within_the_timeout_succeeds(gemini_server: FakeGeminiServer, make_backend: Factory) -> None:
    gemini_server.script(Reply.image().after(0.5))
    result = await make_backend(attempt_timeout_s=3.0).generate(image_request())
    assert result.image.size == (1024, 1024)


async def test_connection_refused_is_network(make_backend: Factory) -> None:
    with FakeGeminiServer() as closed:
        url = closed.base_url
    err = await fail(make_backend(base_url=url))
    assert err.kind == ErrorKind.NETWORK


async def test_key_never_leaks_even_when_the_server_echoes_it(
    gemini_server: FakeGeminiServer, make_backend: Factory
) -> None:
    def echo(request: RecordedRequest) -> Reply:
        return Reply.error(400, "INVALID_ARGUMENT", f"Key {request.api_key} rejected; x-goog-api-key={request.api_key}")

    gemini_server.handler = echo
    err = await fail(make_backend())
    for text in (str(err), repr(err), err.message, err.detail or "", str(err.__context__), str(err.__cause__)):
        assert KEY not in text
    assert gemini_server.requests[0].api_key == KEY


@pytest.mark.parametrize("reply", [Reply.reset(), Reply.hang(30), Reply.malformed_json(), Reply.server_error(503)])
async def test_key_absent_from_every_fault(
    gemini_server: FakeGeminiServer, make_backend: Factory, reply: Reply
) -> None:
    gemini_server.script(reply)
    err = await fail(make_backend(attempt_timeout_s=1.0))
    assert KEY not in f"{err} {err!r} {err.detail} {err.__context__!r} {err.__cause__!r}"
    assert KEY not in repr(make_backend())


async def test_concurrent_calls_share_one_client(gemini_server: FakeGeminiServer, make_backend: Factory) -> None:
    backend = make_backend()
    types = list(IMAGE_TYPES)
    results = await asyncio.gather(*(backend.generate(image_request(t)) for t in types))
    assert len(results) == 5
    assert sorted(r.image_type for r in gemini_server.requests) == sorted(t.name for t in types)


async def test_per_image_script(gemini_server: FakeGeminiServer, make_backend: Factory) -> None:
    gemini_server.script_for("INFOGRAPHIC_2", Reply.finish("IMAGE_SAFETY"))
    backend = make_backend()
    await backend.generate(image_request(ImageType.MAIN))
    assert (await fail(backend, image_request(ImageType.INFOGRAPHIC_2))).kind == ErrorKind.SAFETY
    await backend.generate(image_request(ImageType.INFOGRAPHIC_2))
    assert len(gemini_server.requests_for("INFOGRAPHIC_2")) == 2


async def test_backend_works_again_after_aclose(gemini_server: FakeGeminiServer, make_backend: Factory) -> None:
    backend = make_backend()
    await backend.generate(image_request())
    await backend.aclose()
    await backend.aclose()
    await backend.generate(image_request())
    assert len(gemini_server.requests) == 2


async def test_empty_key_is_auth_without_a_request(gemini_server: FakeGeminiServer, make_backend: Factory) -> None:
    err = await fail(make_backend(api_key="  "))
    assert err.kind == ErrorKind.AUTH
    assert gemini_server.requests == []


async def test_check_connection(gemini_server: FakeGeminiServer) -> None:
    assert await check_connection(KEY, base_url=gemini_server.base_url) is None
    [sent] = gemini_server.requests
    assert (sent.method, sent.path, sent.api_key) == ("GET", f"/v1beta/models/{table_default()}", KEY)


async def test_check_connection_classifies_failures(gemini_server: FakeGeminiServer) -> None:
    gemini_server.valid_keys = {KEY}
    gemini_server.models = {"gemini-2.5-flash-image"}
    bad_key = await check_connection("AIzaSy-wrong-key-000000000000000000000", base_url=gemini_server.base_url)
    assert bad_key is not None and bad_key.kind == ErrorKind.AUTH
    assert "wrong-key" not in f"{bad_key} {bad_key.detail}"
    missing = await check_connection(KEY, "gemini-nope", base_url=gemini_server.base_url)
    assert missing is not None and missing.kind == ErrorKind.NOT_FOUND
    gemini_server.script(Reply.hang(30))
    slow = await check_connection(KEY, base_url=gemini_server.base_url, timeout_s=0.5)
    assert slow is not None and slow.kind == ErrorKind.TIMEOUT


def test_importing_the_backend_does_not_import_the_sdk() -> None:
    code = (
        "import sys, listing_genie_desktop.backends.gemini as g; "
        "print(sorted(m for m in ('google.genai', 'httpx2', 'aiohttp') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout.strip() == "[]"


def test_modalities_and_image_config_per_model() -> None:
    assert response_modalities_for("gemini-2.5-flash-image") == ["IMAGE"]
    assert response_modalities_for("gemini-2.0-flash-preview-image-generation") == ["TEXT", "IMAGE"]
    assert image_config_for(None) == {"aspect_ratio": "1:1"}
    assert image_config_for("2K") == {"aspect_ratio": "1:1", "image_size": "2K"}


def test_decode_image_refuses_bombs_and_flattens_alpha() -> None:
    with pytest.raises(GenerationError) as caught:
        decode_image(png_bytes(size=(1024, 1024)), max_pixels=1000)
    assert caught.value.kind == ErrorKind.NO_IMAGE
    rgba = Image.new("RGBA", (40, 40), (255, 0, 0, 0))
    buffer = io.BytesIO()
    rgba.save(buffer, format="PNG")
    flat = decode_image(buffer.getvalue())
    assert flat.mode == "RGB" and flat.getpixel((0, 0)) == (255, 255, 255)


def test_first_image_data_skips_thoughts_and_non_images() -> None:
    from google.genai import types

    response = types.GenerateContentResponse.model_validate(
        {
            "candidates": [
                {
                    "content": {
                        "parts": [
                            {"inline_data": {"mime_type": "image/png", "data": b"draft"}, "thought": True},
                            {"inline_data": {"mime_type": "application/pdf", "data": b"pdf"}},
                            {"inline_data": {"mime_type": "image/jpeg", "data": b"final"}},
                        ]
                    }
                }
            ]
        }
    )
    assert first_image_data(response) == b"final"


async def test_cancelling_generate_propagates_promptly(gemini_server: FakeGeminiServer, make_backend: Factory) -> None:
    """The engine cancels attempts (Cancel button, session deadline): no hanging, no error swallowing."""
    backend = make_backend(attempt_timeout_s=30.0)
    await backend.generate(image_request())
    gemini_server.script(Reply.hang(30))
    task = asyncio.ensure_future(backend.generate(image_request()))
    await asyncio.to_thread(gemini_server.wait_for_requests, 2)
    started = time.monotonic()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert time.monotonic() - started < 1.0


async def test_sdk_never_takes_the_aiohttp_path(
    gemini_server: FakeGeminiServer, make_backend: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With aiohttp installed the SDK would prefer it (hidden retry, bare TimeoutError) unless given an httpx client."""
    from google.genai import _api_client

    monkeypatch.setattr(_api_client, "has_aiohttp", True)
    backend = make_backend()
    await backend.generate(image_request())
    assert backend._client is not None
    assert backend._client._api_client._use_aiohttp() is False


async def test_prepare_builds_the_client_without_a_request(
    gemini_server: FakeGeminiServer, make_backend: Factory
) -> None:
    backend = make_backend()
    await backend.prepare()
    assert backend._client is not None
    assert gemini_server.requests == []


async def test_a_new_client_loads_no_trust_store(
    gemini_server: FakeGeminiServer, make_backend: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every session builds its client; loading the system's certificates again (22 ms) delayed its first request."""
    import ssl

    await make_backend().prepare()  # the process-wide context, cached from here on
    loaded: list[object] = []
    real_create = ssl.create_default_context
    monkeypatch.setattr(ssl, "create_default_context", lambda *a, **k: loaded.append(a) or real_create(*a, **k))
    backend = make_backend()
    await backend.generate(image_request())
    assert loaded == []


async def test_an_unverified_retired_model_costs_one_probe_and_names_its_replacement(
    gemini_server: FakeGeminiServer, make_backend: Factory
) -> None:
    gemini_server.models = {"gemini-nano-banana-2.1"}
    backend = make_backend(model="gemini-2.5-flash-image", model_verified=False)
    first, second = await asyncio.gather(fail(backend), fail(backend, image_request(ImageType.LIFESTYLE)))
    assert [(r.method, r.rpc) for r in gemini_server.requests] == [("GET", None)], "one probe, no image request"
    for err in (first, second):
        assert err.kind == ErrorKind.NOT_FOUND and err.is_fatal
        assert "gemini-2.5-flash-image was retired" in err.message and "gemini-nano-banana-2.1" in err.message


async def test_a_404_to_an_image_request_names_the_replacement(
    gemini_server: FakeGeminiServer, make_backend: Factory
) -> None:
    gemini_server.script(Reply.model_not_found("gemini-3-pro-image-preview"))
    err = await fail(make_backend(model="gemini-3-pro-image-preview"))
    assert err.kind == ErrorKind.NOT_FOUND and "use gemini-3-pro-image instead" in err.message


async def test_a_verified_model_is_not_probed(gemini_server: FakeGeminiServer, make_backend: Factory) -> None:
    await make_backend(model="gemini-3-pro-image", model_verified=True).generate(image_request())
    assert [r.rpc for r in gemini_server.requests] == ["generateContent"]


def test_warming_up_builds_the_sdk_s_request_and_answer_types_without_a_key_or_network():
    """What the first request would otherwise build while the window waits (registry's `warm_up`); in a
    process of its own, since another test may have built them already."""
    script = (
        "from google.genai import types\n"
        "from listing_genie_desktop.backends.gemini import warm_up\n"
        "models = (types.GenerateContentConfig, types.Part, types.GenerateContentResponse, types.HttpOptions)\n"
        "assert not any(m.__pydantic_complete__ for m in models)\n"
        "warm_up()\n"
        "print(sorted(m.__name__ for m in models if not m.__pydantic_complete__))\n"
    )
    env = {k: v for k, v in os.environ.items() if "API_KEY" not in k}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)

    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize(("size", "starts"), [("4K", True), ("2K", False), (None, False)])
def test_warming_up_for_4k_starts_the_processes_that_finish_its_answers(monkeypatch, size, starts):
    from listing_genie_desktop.backends import gemini
    from listing_genie_desktop.imaging import finish_pool

    started: list[bool] = []
    monkeypatch.setattr(finish_pool, "warm", lambda: started.append(True))

    gemini.warm_up(size)

    assert started == ([True] if starts else [])
