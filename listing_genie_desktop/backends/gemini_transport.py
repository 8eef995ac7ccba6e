"""Transport failures (timeouts, refused connections, DNS, TLS) told in a seller's words: which certificate
problem it was (expired, wrong name, an inspecting proxy's authority) and what to do."""

from __future__ import annotations

import re
from collections.abc import Iterable

from listing_genie_desktop.backends.gemini_common import is_httpx, is_instance_of, short_text
from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.messages import QT_TR_NOOP

_CERT_VERIFY_FAILED = "CERTIFICATE_VERIFY_FAILED"

NO_ANSWER_IN_TIME = QT_TR_NOOP("No answer from Gemini in time ({name}).")
NETWORK_ERROR = QT_TR_NOOP("Network error talking to Gemini: {reason}")
# the reasons NETWORK_ERROR is filled with (the window translates its `reason` on its own); OpenSSL's words, in
# `{detail}`, are shown as they are
CONNECT_FAILED = QT_TR_NOOP("could not connect.")
CLOSED_WITHOUT_ANSWER = QT_TR_NOOP("the server closed the connection without an answer.")
CONNECTION_RESET = QT_TR_NOOP("the connection was reset.")
PROXY_REFUSED = QT_TR_NOOP("the proxy refused the connection.")
CERTIFICATE_FOR_ANOTHER_NAME = QT_TR_NOOP(
    "the server's certificate is not valid for this address ({detail}). "
    "Check GOOGLE_GEMINI_BASE_URL and your proxy settings."
)
CERTIFICATE_OUT_OF_DATE = QT_TR_NOOP(
    "the server's certificate is out of date ({detail}). Check this computer's date and time."
)
CERTIFICATE_NOT_TRUSTED = QT_TR_NOOP(
    "the server's certificate is not trusted ({detail}). If your network uses an HTTPS-inspecting proxy, "
    "start Listing Genie with SSL_CERT_FILE set to the proxy's CA certificate (a PEM file)."
)
_NETWORK_REASONS = {
    "ConnectError": CONNECT_FAILED,
    "RemoteProtocolError": CLOSED_WITHOUT_ANSWER,
    "ReadError": CONNECTION_RESET,
    "ProxyError": PROXY_REFUSED,
}


_VERIFY_REASON = re.compile(r"certificate verify failed:\s*(.+?)\s*(?:\(_ssl\.c:\d+\))?$", re.IGNORECASE)


_NAME_MISMATCH_CODES = frozenset({62, 64})
"""OpenSSL's X509_V_ERR_HOSTNAME_MISMATCH and X509_V_ERR_IP_ADDRESS_MISMATCH."""


_EXPIRED_CODES = frozenset({9, 10})
"""X509_V_ERR_CERT_NOT_YET_VALID and X509_V_ERR_CERT_HAS_EXPIRED."""


def classify_transport(exc: BaseException) -> GenerationError | None:
    """httpx2 and OS-level failures: timeouts vs. everything that means 'the network broke'."""
    name = type(exc).__name__
    text = f"{name}: {exc}" if str(exc) else name
    if isinstance(exc, TimeoutError) or is_httpx(exc, "TimeoutException"):
        return GenerationError(ErrorKind.TIMEOUT, NO_ANSWER_IN_TIME.format(name=name), detail=text)
    if is_httpx(exc, "TransportError") or is_httpx(exc, "DecodingError") or isinstance(exc, OSError):
        certificate = _describe_certificate_failure(exc)
        return GenerationError(
            ErrorKind.NETWORK,
            NETWORK_ERROR.format(reason=certificate or _describe_network(exc)),
            detail=text,
            permanent=certificate is not None,  # every request would meet the same certificate
        )
    return None


def _describe_network(exc: BaseException) -> str:
    name = type(exc).__name__
    return _NETWORK_REASONS.get(name, f"{name}.")


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
        return CERTIFICATE_FOR_ANOTHER_NAME.format(detail=reason)
    if code in _EXPIRED_CODES or "expired" in lowered or "not yet valid" in lowered:
        return CERTIFICATE_OUT_OF_DATE.format(detail=reason)
    return CERTIFICATE_NOT_TRUSTED.format(detail=reason)


def _certificate_verify_error(exc: BaseException) -> tuple[int | None, str | None]:
    """(OpenSSL verify code or None, its reason) of the first certificate error in `exc`'s chain, else (None, None)."""
    chain = list(_exception_chain(exc))
    for link in chain:
        if is_instance_of(link, "ssl", "SSLCertVerificationError"):
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
