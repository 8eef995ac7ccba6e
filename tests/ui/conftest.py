"""UI test fixtures: one qasync loop for the whole session, and the real window on a scripted backend.

The qasync loop is created once (`already_running=True`: pytest-qt's QApplication is the loop)
and is made the *running* loop only while a UI test runs, so the function-scoped loops that
pytest-asyncio gives the engine and storage tests keep working before and after.
"""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync
from PIL import Image
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget
from shiboken6 import isValid

from listing_genie_desktop import services as services_module
from listing_genie_desktop.app import create_window
from listing_genie_desktop.core.clock import Clock, SystemClock
from listing_genie_desktop.core.ports import EncodedImage
from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.run_choice import BackendChoice
from listing_genie_desktop.settings import Settings
from listing_genie_desktop.ui import i18n
from listing_genie_desktop.ui.main_window import MainWindow
from tests.fakes.clocks import FastClock
from tests.fakes.model_lists import keep_model_list
from tests.fakes.scripted_backend import ScriptedBackend

FAST_SPEEDUP = 20.0
"""How much faster than the wall the window's runs wait, in tests that only need retries to happen."""


@pytest.fixture(scope="session", autouse=True)
def translations(qapp) -> None:
    """The .qm catalogues compiled from the committed .ts sources (what `make translations` does
    before `make test`), and the interface in English, with its plural forms, for every UI test."""
    import subprocess
    import sys

    from listing_genie_desktop.ui import i18n

    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in sorted(i18n.I18N_DIR.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    i18n.install_language("en")


@pytest.fixture(scope="session")
def qasync_loop(qapp) -> Iterator[qasync.QEventLoop]:
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.events._set_running_loop(None)
    yield loop
    asyncio.events._set_running_loop(loop)
    try:
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in pending:
            task.cancel()
    finally:
        asyncio.events._set_running_loop(None)
    executor = getattr(loop, "_QEventLoop__default_executor", None)
    if executor is not None:
        executor.shutdown(wait=True)


@pytest.fixture
def qloop(qasync_loop) -> Iterator[qasync.QEventLoop]:
    """The qasync loop, running for the duration of one UI test."""
    previous = asyncio.events._get_running_loop()
    asyncio.events._set_running_loop(qasync_loop)
    try:
        yield qasync_loop
    finally:
        asyncio.events._set_running_loop(previous)


class Driver:
    """Runs coroutines on the qasync loop from a synchronous test, waiting with qtbot."""

    def __init__(self, qtbot, loop: qasync.QEventLoop) -> None:
        self.qtbot = qtbot
        self.loop = loop

    def run(self, coro: Coroutine[Any, Any, Any], timeout_ms: int = 10_000) -> Any:
        task = self.loop.create_task(coro)
        self.qtbot.waitUntil(task.done, timeout=timeout_ms)
        return task.result()

    def wait(self, condition: Callable[[], object], timeout_ms: int = 10_000) -> None:
        self.qtbot.waitUntil(lambda: bool(condition()), timeout=timeout_ms)


def quick_finish(image_type, generated, product, **options) -> EncodedImage:  # type: ignore[no-untyped-def]
    """A small PNG instead of the 2000 px post-processing (covered by the engine's own tests)."""
    buffer = io.BytesIO()
    generated.image.convert("RGB").resize((240, 240)).save(buffer, format="PNG", compress_level=1)
    return EncodedImage(buffer.getvalue(), {"compliant": True, "issues": []})


@pytest.fixture(autouse=True)
def fast_post_processing(monkeypatch) -> None:
    monkeypatch.setattr(services_module, "finish_and_encode", quick_finish)


@pytest.fixture
def driver(qtbot, qloop) -> Driver:
    return Driver(qtbot, qloop)


@pytest.fixture
def backend() -> ScriptedBackend:
    """The scripted backend every window in the test uses; tests script its answers."""
    return ScriptedBackend(SystemClock(), size=64)


@pytest.fixture
def speak(isolated_home) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """Chooses the interface language in Settings (as a user would) for the windows opened next."""

    def choose(language: str) -> None:
        settings_file = AppPaths.from_environment().settings_file
        settings_file.parent.mkdir(parents=True, exist_ok=True)
        settings_file.write_text(json.dumps({"ui_language": language}), encoding="utf-8")

    yield choose
    i18n.install_language("en")  # the rest of the suite reads English


@pytest.fixture
def photo(tmp_path) -> Path:
    path = tmp_path / "bottle.png"
    Image.new("RGB", (640, 640), (40, 110, 190)).save(path)
    return path


@pytest.fixture
def open_window(driver, backend) -> Iterator[Callable[..., MainWindow]]:
    """Opens the real window (create_window) on the test's LISTING_GENIE_HOME; closes it cleanly after."""
    windows: list[MainWindow] = []

    def factory(*, clock: Clock | None = None, models_listed: bool = True) -> MainWindow:
        """`models_listed`: the key's models were listed a moment ago (no test asks Google for them)."""
        if models_listed:
            keep_model_list()
        window = create_window()
        window.show()
        driver.wait(lambda: window.is_ready)

        def scripted(choice: BackendChoice, settings: Settings) -> ScriptedBackend:
            return backend

        window.model.services.backend_factory = scripted
        window.model.services.clock = clock or FastClock(FAST_SPEEDUP)
        windows.append(window)
        return window

    yield factory
    for window in windows:
        close(driver, window)


def close(driver: Driver, window: MainWindow) -> None:
    """Shuts the window down the way closing it does (cancel, keep finished work, close the store)."""
    if not isValid(window):
        return
    if not window.closed.is_set():
        driver.run(window.shutdown())
    window.deleteLater()


def fill_form(window: MainWindow, photo: Path, *, title: str = "Insulated Steel Bottle") -> None:
    """Fills the form through the contract's objectNames, as an automation client would."""
    window.findChild(QLineEdit, "titleEdit").setText(title)
    window.findChild(QLineEdit, "feature1Edit").setText("Keeps drinks cold 24 h")
    window.findChild(QLineEdit, "feature2Edit").setText("Leak-proof lid")
    window.findChild(QLineEdit, "audienceEdit").setText("hikers")
    window.findChild(QPlainTextEdit, "keywordsEdit").setPlainText("durable water bottle\ngym bottle=use_case")
    window.findChild(QLineEdit, "referenceImageEdit").setText(str(photo))


def card(window: MainWindow, image_type) -> QFrame:  # type: ignore[no-untyped-def]
    value = getattr(image_type, "value", image_type)
    found = window.findChild(QFrame, f"imageCard_{value}")
    assert found is not None, value
    return found


def card_text(window: MainWindow, image_type, child: str) -> str:  # type: ignore[no-untyped-def]
    return card(window, image_type).findChild(QLabel, child).text()


def button(window: QWidget, name: str) -> QPushButton:
    found = window.findChild(QPushButton, name)
    assert found is not None, name
    return found


def banner_text(window: MainWindow) -> str:
    return window.findChild(QFrame, "sessionBanner").text()


def start_generation(driver: Driver, window: MainWindow, photo: Path, **kwargs: str) -> None:
    fill_form(window, photo, **kwargs)
    generate = button(window, "generateButton")
    driver.wait(generate.isEnabled)
    generate.click()
    driver.wait(lambda: window.model.shown is not None and window.model.running)


@pytest.fixture
def product_and_photo(photo):  # type: ignore[no-untyped-def]
    from listing_genie_desktop.core.product import ProductContext
    from listing_genie_desktop.imaging.loading import load_reference

    product = ProductContext.create("Crashed Bottle", ["Leak-proof lid"], "hikers", ["gym bottle"])
    return product, load_reference(photo)


@pytest.fixture(autouse=True)
def no_session_key(monkeypatch) -> None:
    """A key "kept for this run only" is process-global: never let it leak into the next test."""
    from listing_genie_desktop import api_keys

    monkeypatch.setattr(api_keys, "_session_key", None)


@pytest.fixture
def app_log(isolated_home) -> Iterator[Path]:
    """The app's real log configuration (file + redaction) for this test's home; removed after."""
    import logging

    from listing_genie_desktop.logging_setup import configure_logging
    from listing_genie_desktop.paths import AppPaths

    path = AppPaths.from_environment().log_file
    configure_logging(path)
    yield path
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_listing_genie", False)]:
        root.removeHandler(handler)
        handler.close()
