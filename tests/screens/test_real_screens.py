"""The window on real (virtual) X screens: small laptop sizes, twice the scale, a remembered place.

Each case starts its own Xvfb at a screen size, opens the window through tests/screens/window_probe.py
on the xcb platform (the real X11 plugin, fonts and DPI, not the offscreen one) and checks what a user
would see: the window's frame inside the screen, Generate and Settings visible on it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(
    shutil.which("Xvfb") is None, reason="Xvfb is not installed (apt-get install xvfb; .ci/run installs it)"
)


@pytest.fixture
def xvfb(request) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A private X server (`-displayfd` picks a free display) of the size the test names."""
    width, height = request.param
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as answer:
        display = answer.readline().strip()  # written once the server accepts connections
    try:
        assert display, "Xvfb did not start"
        yield f":{display}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def probe(display: str, home: Path, *extra: str, scale: float | None = None) -> dict:  # type: ignore[type-arg]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "GEMINI", "GOOGLE"))}
    env.update(
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        LISTING_GENIE_HOME=str(home),
        PYTHONPATH=str(ROOT),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    if scale:
        env["QT_SCALE_FACTOR"] = str(scale)
    done = subprocess.run(
        [sys.executable, "-m", "tests.screens.window_probe", *extra],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def inside(inner: list[int], outer: list[int]) -> bool:
    x, y, w, h = inner
    ox, oy, ow, oh = outer
    return ox <= x and oy <= y and x + w <= ox + ow and y + h <= oy + oh


def assert_usable(report: dict) -> None:  # type: ignore[type-arg]
    screen = report["screen"]["available"]
    assert inside(report["frame"], screen), report
    for name in ("generateButton", "settingsButton"):
        assert report[name]["visible"], name
        assert inside(report[name]["rect"], screen), (name, report)


@pytest.mark.parametrize("xvfb", [(1366, 768), (1280, 720)], indirect=True, ids=["1366x768", "1280x720"])
def test_the_window_fits_a_small_laptop_screen_with_generate_and_settings_on_it(xvfb, tmp_path):
    report = probe(xvfb, tmp_path / "home")
    assert_usable(report)
    assert report["minimum"][0] <= 1024 and report["minimum"][1] <= 640


@pytest.mark.parametrize("xvfb", [(1600, 1000)], indirect=True, ids=["1600x1000"])
def test_at_twice_the_scale_the_window_still_fits(xvfb, tmp_path):
    report = probe(xvfb, tmp_path / "home", scale=2)
    assert report["screen"]["geometry"][2:] == [800, 500]  # logical pixels
    assert_usable(report)


@pytest.mark.parametrize("xvfb", [(1366, 768)], indirect=True, ids=["1366x768"])
def test_the_window_reopens_where_it_was_left_on_that_screen(xvfb, tmp_path):
    home = tmp_path / "home"
    first = probe(xvfb, home, "--resize", "1100", "660", "--move", "120", "50")
    second = probe(xvfb, home)
    assert second["geometry"] == first["left_at"]
    assert_usable(second)
