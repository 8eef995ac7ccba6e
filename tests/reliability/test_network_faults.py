"""Network faults beyond the engine's matrix, through the real google-genai client and HTTP stack:
each ends in the right kind, every attempt within the attempt timeout (+ slack), retried as the
policy says (here: 1 retry, so exactly 2 attempts for every retryable fault).

The TLS tests run the fake server over HTTPS with certificates from a throwaway CA (trustme): what a
seller behind an HTTPS-inspecting proxy meets, and the SSL_CERT_FILE setting that gets them through."""

from __future__ import annotations

import shutil
import ssl
import subprocess
from collections.abc import Iterator

import pytest
import trustme

from listing_genie_desktop.backends.gemini import GeminiBackend, _ssl_context
from listing_genie_desktop.cli_json import session_json
from listing_genie_desktop.core.clock import SystemClock
from listing_genie_desktop.core.pipeline import EngineConfig, GenerationEngine
from listing_genie_desktop.core.product import ImageType
from listing_genie_desktop.core.prompts import PromptEngine
from listing_genie_desktop.core.retry import RetryPolicy
from tests.fakes.gemini_server import FakeGeminiServer, Reply
from tests.reliability.conftest import light_finisher

KEY = "AIzaSyNETWORK-faults-key-000000000000000"
TIMEOUT = 1.0
SLACK = 0.75
"""Generous for a loaded 2-core machine; the point is 'bounded', not 'hangs for minutes'."""


async def run_main(store, product, reference, base_url):
    backend = GeminiBackend(KEY, attempt_timeout_s=TIMEOUT, base_url=base_url)
    await backend.prepare()  # the SDK import is not part of the attempts measured here
    config = EngineConfig(
        policy=RetryPolicy(max_retries=1, base_delay=0.05, max_delay=0.05), concurrency=1, attempt_timeout_s=TIMEOUT
    )
    engine = GenerationEngine(backend, store, PromptEngine(), light_finisher, config=config, clock=SystemClock())
    session_id = await store.create_session(product, reference, backend="gemini", model=backend.model, settings={})
    try:
        outcome = await engine.run(session_id, product, reference, (ImageType.MAIN,))
    finally:
        await backend.aclose()
    session = session_json(await store.load_session(session_id))
    return outcome, session["images"][0]


SCENARIOS = {
    "accepts-and-never-answers": (Reply.hang(30), "timeout"),
    "trickles-bytes-forever": (Reply.trickle(0.05, 30), "timeout"),
    "closes-mid-body": (Reply.close_mid_body(), "network"),
    "resets-the-connection": (Reply.reset(), "network"),
    "proxy-html-200": (Reply.html(200, "Welcome to Hotel WiFi"), "network"),
    "proxy-html-502": (Reply.html(502), "server"),
    "malformed-json": (Reply.malformed_json(), "no_image"),
    "invalid-base64": (
        Reply.raw(
            b'{"candidates":[{"content":{"parts":[{"inlineData":{"mimeType":"image/png",'
            b'"data":"***not base64***"}}]}}]}'
        ),
        "no_image",
    ),
}


@pytest.mark.parametrize("name", list(SCENARIOS))
async def test_fault_ends_in_its_kind_within_the_timeout_with_the_policys_retries(
    name, gemini_server, store, product, reference
):
    reply, kind = SCENARIOS[name]
    gemini_server.default = reply
    outcome, image = await run_main(store, product, reference, gemini_server.base_url)

    assert outcome.failures[ImageType.MAIN].kind.value == kind, outcome.failures[ImageType.MAIN].message
    assert image["status"] == "failed" and image["error_kind"] == kind
    assert [a["outcome"] for a in image["attempt_log"]] == ["failed", "failed"], "retryable: 1 + 1 retry"
    assert len(gemini_server.generate_requests) == 2
    for attempt in image["attempt_log"]:
        assert attempt["duration_ms"] <= (TIMEOUT + SLACK) * 1000
    assert KEY not in repr(image)


async def test_tls_to_a_plain_http_port_is_a_network_error(gemini_server, store, product, reference):
    """An https base URL on a port that speaks plain HTTP: the handshake fails fast, kind network."""
    url = f"https://127.0.0.1:{gemini_server.port}/"
    outcome, image = await run_main(store, product, reference, url)
    failure = outcome.failures[ImageType.MAIN]
    assert failure.kind.value == "network", failure.message
    assert [a["outcome"] for a in image["attempt_log"]] == ["failed", "failed"]
    assert all(a["duration_ms"] <= (TIMEOUT + SLACK) * 1000 for a in image["attempt_log"])
    assert not gemini_server.generate_requests, "nothing was understood as a request"


async def test_backend_set_up_time_is_not_charged_to_the_first_attempt(store, product, reference):
    """The SDK import can take longer than a short attempt timeout on a busy machine: it must not turn
    the first attempt into a spurious timeout (and burn a retry)."""
    import asyncio

    from tests.fakes.scripted_backend import ScriptedBackend

    class SlowToPrepare(ScriptedBackend):
        prepared = 0

        async def prepare(self):
            if not self.prepared:
                await asyncio.sleep(0.5)
            self.prepared += 1

    backend = SlowToPrepare(SystemClock(), size=64)
    config = EngineConfig(policy=RetryPolicy(max_retries=0), concurrency=1, attempt_timeout_s=0.25)
    engine = GenerationEngine(backend, store, PromptEngine(), light_finisher, config=config, clock=SystemClock())
    session_id = await store.create_session(product, reference, backend="scripted", model=None, settings={})
    outcome = await engine.run(session_id, product, reference, (ImageType.MAIN,))
    assert outcome.completed == {ImageType.MAIN}, outcome.failures


@pytest.fixture
def trust_store(monkeypatch) -> Iterator[None]:
    """Only what a test sets: no SSL_CERT_FILE/SSL_CERT_DIR from the machine, and none of the backend's cached
    SSL contexts (kept per path) from an earlier test, nor from this one for the next."""
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    _ssl_context.cache_clear()
    yield
    _ssl_context.cache_clear()


@pytest.fixture
def proxy_ca() -> trustme.CA:
    """The CA of an HTTPS-inspecting proxy: not in any trust store."""
    return trustme.CA(organization_name="Inspecting Proxy Ltd")


def https_server(ca: trustme.CA, *names: str) -> FakeGeminiServer:
    """The fake Gemini API over HTTPS, its certificate issued by `ca` for `names`."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(*names).configure_cert(context)
    return FakeGeminiServer(tls=context)


def trust(ca: trustme.CA, tmp_path, monkeypatch) -> None:
    """What the seller does: save the proxy's CA certificate as a PEM file and point SSL_CERT_FILE at it."""
    pem = tmp_path / "proxy-ca.pem"
    ca.cert_pem.write_to_path(str(pem))
    monkeypatch.setenv("SSL_CERT_FILE", str(pem))


def trust_folder(ca: trustme.CA, tmp_path, monkeypatch) -> None:
    """The other way a system names its trust store: SSL_CERT_DIR, a folder of certificates each named
    by OpenSSL's hash of its subject (what `openssl rehash` writes)."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("needs the openssl command to name the certificate by its subject hash")
    pem = tmp_path / "proxy-ca.pem"
    ca.cert_pem.write_to_path(str(pem))
    subject_hash = subprocess.run(
        [openssl, "x509", "-hash", "-noout", "-in", str(pem)], capture_output=True, text=True, check=True
    ).stdout.strip()
    folder = tmp_path / "certs"
    folder.mkdir()
    pem.rename(folder / f"{subject_hash}.0")
    monkeypatch.setenv("SSL_CERT_DIR", str(folder))


def assert_refused_once_within_the_timeout(server: FakeGeminiServer, image: dict) -> None:
    """One attempt, stopped at the handshake, quickly; not retried, since every retry would meet the same
    certificate (the policy would otherwise allow one retry here)."""
    assert [a["outcome"] for a in image["attempt_log"]] == ["failed"]
    assert all(a["duration_ms"] <= (TIMEOUT + SLACK) * 1000 for a in image["attempt_log"])
    assert len(server.wait_for_tls_failures(1)) == 1, "the attempt was one connection, refused at the handshake"
    assert not server.requests, "no request was sent over a connection the client did not trust"


async def test_an_untrusted_certificate_says_it_is_not_trusted_and_how_to_trust_a_proxy(
    proxy_ca, trust_store, store, product, reference
):
    with https_server(proxy_ca, "127.0.0.1", "localhost") as server:
        outcome, image = await run_main(store, product, reference, server.base_url)
        failure = outcome.failures[ImageType.MAIN]
        assert failure.kind.value == "network", failure.message
        assert "certificate is not trusted" in failure.message
        assert "HTTPS-inspecting proxy" in failure.message and "SSL_CERT_FILE" in failure.message
        assert image["error_kind"] == "network" and image["error"] == failure.message
        assert_refused_once_within_the_timeout(server, image)


async def test_a_certificate_for_another_host_names_the_mismatch(
    proxy_ca, trust_store, tmp_path, monkeypatch, store, product, reference
):
    """Trusted CA, wrong name: the advice is about the address, not about trusting a CA (that would not help)."""
    trust(proxy_ca, tmp_path, monkeypatch)
    with https_server(proxy_ca, "gemini.proxy.example") as server:
        outcome, image = await run_main(store, product, reference, server.base_url)
        failure = outcome.failures[ImageType.MAIN]
        assert failure.kind.value == "network", failure.message
        assert "certificate is not valid for this address" in failure.message
        assert "127.0.0.1" in failure.message and "GOOGLE_GEMINI_BASE_URL" in failure.message
        assert "SSL_CERT_FILE" not in failure.message
        assert_refused_once_within_the_timeout(server, image)


@pytest.mark.parametrize("trust_by", [trust, trust_folder], ids=["SSL_CERT_FILE", "SSL_CERT_DIR"])
async def test_trusting_the_proxys_ca_lets_the_run_through(
    trust_by, proxy_ca, trust_store, tmp_path, monkeypatch, store, product, reference
):
    trust_by(proxy_ca, tmp_path, monkeypatch)
    with https_server(proxy_ca, "127.0.0.1", "localhost") as server:
        outcome, image = await run_main(store, product, reference, server.base_url)
        assert outcome.completed == {ImageType.MAIN}, outcome.failures
        assert image["status"] == "complete" and [a["outcome"] for a in image["attempt_log"]] == ["complete"]
        assert [r.api_key for r in server.generate_requests] == [KEY]
        assert not server.tls_failures
