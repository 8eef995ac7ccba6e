"""An API address that cannot be reached: a port on 127.0.0.1 that nothing listens on (connection refused),
what a machine without network meets at once."""

from __future__ import annotations

import socket


def closed_port_url() -> str:
    """The port was bound and released a moment ago, so no one listens on it (the OS hands out ports in
    sequence, not the one just freed)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"
