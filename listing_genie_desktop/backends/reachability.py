"""Whether a backend's API can be reached at all, told before a run spends its retries finding out.

Automatic means Gemini when a key is configured; on a machine without network, every image then failed
after about 25 s of retries. When the key's model list had to be fetched, its failure said so; with a list
kept from earlier, nothing asked the network before the first image. This asks, cheaply: one TCP connection
to the API's host (or to the proxy that would carry the request, as httpx would choose it), no TLS, no
request. Only what proves the API unreachable counts (the name does not resolve, the connection is refused,
there is no route); a slow answer is not proof, and the run's own attempts decide then.
"""

from __future__ import annotations

import asyncio
import errno
import socket
import urllib.request
from urllib.parse import urlsplit

from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.messages import QT_TR_NOOP

PROBE_TIMEOUT_S = 3.0
"""Longer than any connection that works takes to open (tens of ms); a firewall that drops packets in
silence is not waited for longer (and is not taken as offline)."""
_NO_ROUTE = frozenset({errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN, errno.EHOSTDOWN})
NOT_RESOLVED = QT_TR_NOOP("Network error: the name {host} could not be resolved.")
REFUSED = QT_TR_NOOP("Network error: {host}:{port} refused the connection.")
NO_ROUTE = QT_TR_NOOP("Network error: there is no route to {host}.")


async def unreachable(url: str, timeout_s: float = PROBE_TIMEOUT_S) -> GenerationError | None:
    """A `network` error saying why `url` cannot be reached at all; None when a connection opened, or when
    the probe could not tell (it timed out, or the address makes no sense to it)."""
    host, port = _first_hop(url)
    if host is None:
        return None
    try:
        _, writer = await asyncio.wait_for(asyncio.open_connection(host, port), timeout_s)
    except TimeoutError:
        return None
    except socket.gaierror as exc:
        return _offline(NOT_RESOLVED.format(host=host), exc)
    except ConnectionRefusedError as exc:
        return _offline(REFUSED.format(host=host, port=port), exc)
    except OSError as exc:
        if exc.errno in _NO_ROUTE:
            return _offline(NO_ROUTE.format(host=host), exc)
        return None
    writer.close()
    return None


def _first_hop(url: str) -> tuple[str | None, int]:
    """The host and port a request to `url` connects to first: the proxy's when one applies."""
    target = urlsplit(url)
    port = target.port or (443 if target.scheme == "https" else 80)
    host = target.hostname
    if host is None:
        return None, port
    proxy = urllib.request.getproxies().get(target.scheme) or urllib.request.getproxies().get("all")
    if proxy and not urllib.request.proxy_bypass(host):
        hop = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
        return hop.hostname, hop.port or 80
    return host, port


def _offline(message: str, exc: OSError) -> GenerationError:
    return GenerationError(ErrorKind.NETWORK, message, detail=f"{type(exc).__name__}: {exc}")
