"""Where the Gemini API key comes from: the environment first, then the OS keyring.

The key is never written to a file by this module, and every key that is read is registered
with the log redactor before anything else can print it.

The keyring is read once per process and then remembered (and updated when a key is saved here):
a keyring backend may block on D-Bus or a permission prompt, and the window asks for the key on the
UI thread (Generate, Settings, diagnostics). The window reads it first in a worker thread.
"""

from __future__ import annotations

import contextlib
import logging
import os
from dataclasses import dataclass

from listing_genie_desktop.logging_setup import register_secret

KEYRING_SERVICE = "listing-genie"
KEYRING_USER = "gemini-api-key"
ENV_VARS = ("GEMINI_API_KEY", "GOOGLE_API_KEY")

log = logging.getLogger("listing_genie.keys")


@dataclass(frozen=True)
class ApiKey:
    value: str
    source: str
    """"GEMINI_API_KEY", "GOOGLE_API_KEY", "keyring" or "session" (typed in, not stored)."""

    def __repr__(self) -> str:
        return f"ApiKey(source={self.source!r})"


_session_key: str | None = None
_UNREAD = object()
_keyring_value: object = _UNREAD
"""What the keyring held when last read or written here: a str, None, or _UNREAD."""


def resolve_api_key() -> ApiKey | None:
    for name in ENV_VARS:
        value = os.environ.get(name, "").strip()
        if value:
            register_secret(value)
            return ApiKey(value, name)
    if _session_key:
        return ApiKey(_session_key, "session")
    value = _remembered_keyring()
    if value:
        register_secret(value)
        return ApiKey(value, "keyring")
    return None


def _remembered_keyring() -> str | None:
    global _keyring_value
    if _keyring_value is _UNREAD:
        _keyring_value = read_keyring()
    return _keyring_value if isinstance(_keyring_value, str) else None


def forget_remembered_keyring() -> None:
    """The next `resolve_api_key` reads the keyring again (after another program may have changed it)."""
    global _keyring_value
    _keyring_value = _UNREAD


def read_keyring() -> str | None:
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
        except KeyringError as exc:
            log.debug("no usable keyring: %s", type(exc).__name__)
            return None
    except Exception as exc:  # a broken backend must not stop the app from starting
        log.warning("keyring failed: %s", type(exc).__name__)
        return None


def store_api_key(value: str) -> bool:
    """Saves the key in the OS keyring; returns False (keeping it for this run only) without one."""
    global _session_key, _keyring_value
    value = value.strip()
    register_secret(value)
    try:
        import keyring

        if value:
            keyring.set_password(KEYRING_SERVICE, KEYRING_USER, value)
        else:
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                keyring.delete_password(KEYRING_SERVICE, KEYRING_USER)
        _session_key = None
        _keyring_value = value or None
        return True
    except Exception as exc:
        log.warning("keyring unavailable (%s): the API key is kept for this run only", type(exc).__name__)
        _session_key = value or None
        return False
