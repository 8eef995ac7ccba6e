"""Test-wide configuration: headless Qt, and an isolated data folder for every test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from tests.fakes.gemini_server import gemini_server

__all__ = ["gemini_server"]


@pytest.fixture
def fast_clock(monkeypatch):
    """Every Services opened in this test (the CLI's commands, the window) waits 20 times faster: retries
    really wait, while the engine's numbers stay the policy's own (1 s, 2 s, 4 s)."""
    from tests.fakes.clocks import FastClock, run_services_on

    clock = FastClock(20.0)
    run_services_on(monkeypatch, clock)
    return clock


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    """Each test writes into its own LISTING_GENIE_HOME, has its own user folder (a dialog that starts in
    Pictures or home never points at the real one, where a test's export would land) and sees no real API key."""
    home = tmp_path / "home"
    monkeypatch.setenv("LISTING_GENIE_HOME", str(home))
    user = tmp_path / "user"
    user.mkdir()
    monkeypatch.setenv("HOME", str(user))
    for name in ("GEMINI_API_KEY", "GOOGLE_API_KEY", "GOOGLE_GEMINI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    return home


class MemoryKeyring:
    """An in-memory keyring backend: tests never touch the machine's real secrets."""

    priority = 1

    def __init__(self):
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        self.passwords.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch):
    import keyring
    from keyring.backend import KeyringBackend

    backend_class = type("TestKeyring", (MemoryKeyring, KeyringBackend), {})
    backend = backend_class()
    from listing_genie_desktop.api_keys import forget_remembered_keyring

    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    forget_remembered_keyring()
    yield backend
    keyring.set_keyring(previous)
    forget_remembered_keyring()


@pytest.fixture
def product():
    from listing_genie_desktop.core.product import ProductContext

    return ProductContext.create(
        "Insulated Steel Bottle",
        ["Keeps drinks cold 24 h", "Leak-proof lid", "BPA free"],
        "hikers",
        ["durable water bottle"],
    )


@pytest.fixture
def reference():
    """A small in-memory reference photo (no file, no decoding)."""
    from PIL import Image

    from listing_genie_desktop.core.ports import ReferencePhoto
    from listing_genie_desktop.imaging.loading import encode_for_model

    image = Image.new("RGB", (320, 320), (30, 90, 160))
    return ReferencePhoto(image, None, b"\xff\xd8fake", "jpg", (), encode_for_model(image), "image/jpeg")


@pytest.fixture
def clock():
    from tests.fakes.clocks import FakeClock

    return FakeClock()


@pytest.fixture
async def store(isolated_home):
    """The real history store on the test's own data folder."""
    from listing_genie_desktop.paths import AppPaths
    from listing_genie_desktop.storage.history import HistoryStore

    history = HistoryStore(AppPaths.from_environment())
    await history.open()
    yield history
    await history.close()
