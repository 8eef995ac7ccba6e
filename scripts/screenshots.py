"""PNG screenshots of the real window in its main states, for docs/screenshots/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--dark]

Runs the real window (create_window) on a throw-away data folder with the real studio backend
(scripts/demo_backend.py adds scripted failures) and the bundled sample photo, drives it through
its objectNames like a user would, and grabs it offscreen: empty form, a run with a retry
countdown, a partial result, the history, the settings; the partial result on a 1366 x 768 screen
and in the dark theme (chosen in Settings), and the 1366 x 768 one in German. PNGs are quantised to
256 colours to stay small. `make screenshots` runs it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LISTING_GENIE_HOME"] = tempfile.mkdtemp(prefix="listing-genie-shots-")
for secret in ("GEMINI_API_KEY", "GOOGLE_API_KEY"):
    os.environ.pop(secret, None)
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import qasync  # noqa: E402
from PIL import Image  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QPushButton  # noqa: E402

from listing_genie_desktop.core.product import ImageType  # noqa: E402
from listing_genie_desktop.paths import AppPaths  # noqa: E402
from scripts.demo_backend import SAMPLE_PHOTO, ScriptedStudio, unavailable  # noqa: E402
from tests.fakes.clocks import FastClock  # noqa: E402

SIZE = (1440, 900)
SMALL = (1366, 768)
"""The most common laptop screen: the window must keep Generate and Settings on it."""


async def until(condition: Callable[[], object], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window never reached the expected state")
        await asyncio.sleep(0.02)


def save(window, out: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    QApplication.processEvents()
    path = out / f"{name}.png"
    window.grab().save(str(path))
    _quantise(path)


def save_with_dialog(window, dialog, out: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    """The window dimmed behind a dialog, as the screen shows it (offscreen, each is its own surface)."""
    from PIL import ImageFilter

    QApplication.processEvents()
    path = out / f"{name}.png"
    window.grab().save(str(path))
    dialog_path = out / f"{name}.dialog.png"
    dialog.grab().save(str(dialog_path))
    base = Image.open(path).convert("RGBA")
    top = Image.open(dialog_path).convert("RGBA")
    dialog_path.unlink()
    base = Image.alpha_composite(base, Image.new("RGBA", base.size, (20, 24, 32, 90)))
    x, y = (base.width - top.width) // 2, max(40, (base.height - top.height) // 3)
    shadow = Image.new("RGBA", base.size, (0, 0, 0, 0))
    shadow.paste((0, 0, 0, 110), (x + 4, y + 10, x + top.width + 4, y + top.height + 10))
    base = Image.alpha_composite(base, shadow.filter(ImageFilter.GaussianBlur(14)))
    base.alpha_composite(top, (x, y))
    base.convert("RGB").save(path)
    _quantise(path)


def _quantise(path: Path) -> None:
    Image.open(path).convert("RGB").quantize(256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)
    print(f"{path} ({path.stat().st_size // 1024} KB)")


def fill(window, photo: Path, title: str, features: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    window.findChild(QLineEdit, "titleEdit").setText(title)
    for number, text in enumerate(features, start=1):
        window.findChild(QLineEdit, f"feature{number}Edit").setText(text)
    window.findChild(QLineEdit, "audienceEdit").setText("hikers, commuters and gym-goers")
    window.findChild(QPlainTextEdit, "keywordsEdit").setPlainText(
        "insulated water bottle\nleak proof bottle for gym=use_case,problem_solution\nstainless steel flask"
    )
    window.findChild(QLineEdit, "referenceImageEdit").setText(str(photo))


async def generate(window, photo: Path, title: str, features: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    if window.model.shown is not None:
        window.model.new_session()
    fill(window, photo, title, features)
    button = window.findChild(QPushButton, "generateButton")
    await until(button.isEnabled)
    button.click()
    await until(lambda: window.model.shown is not None and window.model.running)


BOTTLE = ("Keeps drinks cold for 24 hours", "Leak-proof lid", "BPA-free stainless steel")


async def open_window(backend: ScriptedStudio, size: tuple[int, int] = SIZE):  # type: ignore[no-untyped-def]
    from listing_genie_desktop.app import create_window

    window = create_window()
    window.resize(*size)
    window.show()
    await until(lambda: window.is_ready)
    window.model.services.backend_factory = lambda choice, options: backend
    return window


async def light_scenes(out: Path) -> None:
    backend = ScriptedStudio(delay_s=0.3)
    window = await open_window(backend)
    await asyncio.sleep(0.2)
    save(window, out, "01-empty-form")

    # A run in progress: two images done, one failed once and waits to retry, one generating.
    window.model.services.clock = FastClock(1 / 6)  # the 1 s backoff takes 6 s: time to take the picture
    backend.fail(ImageType.COMPARISON, [unavailable()])
    await generate(window, SAMPLE_PHOTO, "Insulated Steel Water Bottle, 750 ml", BOTTLE)
    cards = window.cards
    await until(lambda: cards[ImageType.COMPARISON].countdown_label.text().startswith("Retrying in"))
    await until(lambda: cards[ImageType.MAIN].thumbnail_label.pixmap() is not None)
    window.card_grid.ensureWidgetVisible(cards[ImageType.COMPARISON])  # the card waiting to retry
    await asyncio.sleep(0.3)
    save(window, out, "02-running-retry")
    await until(lambda: not window.model.running, timeout=60)

    # A partial result: the comparison chart fails every attempt.
    window.model.services.clock = FastClock(20)
    backend.fail(ImageType.COMPARISON, [unavailable()] * 4)
    await generate(window, SAMPLE_PHOTO, "Insulated Steel Water Bottle, 1 L", BOTTLE)
    await until(lambda: not window.model.running, timeout=60)
    await asyncio.sleep(0.6)
    save(window, out, "03-partial")

    kids = ("Fits lunch boxes", "Spill-proof straw", "12 h cold")
    await generate(window, SAMPLE_PHOTO, "Kids' Steel Bottle with Straw Lid", kids)
    await until(lambda: not window.model.running, timeout=60)
    window.findChild(QLineEdit, "historySearchEdit").clear()
    await asyncio.sleep(0.4)
    window.history_panel.list.setCurrentIndex(window.model.history.index(2))
    await until(lambda: window.model.shown is not None and window.model.shown.title.endswith("750 ml"))
    await asyncio.sleep(0.8)
    save(window, out, "04-history")

    dialog = window.open_settings()
    await asyncio.sleep(0.3)
    save_with_dialog(window, dialog, out, "05-settings")
    dialog.reject()
    await window.shutdown()


async def partial_scene(
    out: Path,
    name: str,
    *,
    size: tuple[int, int] = SIZE,
    theme: str = "system",
    title: str = "Insulated Steel Water Bottle, 1 L",
    features: tuple[str, ...] = BOTTLE,
) -> None:
    """A partial result (the comparison chart fails every attempt) at `size`, in `theme`."""
    from dataclasses import replace

    backend = ScriptedStudio(delay_s=0.1)
    window = await open_window(backend, size)
    window.model.preferences.update(replace(window.model.settings, theme=theme))
    window.model.services.clock = FastClock(20)
    backend.fail(ImageType.COMPARISON, [unavailable()] * 4)
    await generate(window, SAMPLE_PHOTO, title, features)
    await until(lambda: not window.model.running, timeout=60)
    await asyncio.sleep(0.6)
    save(window, out, name)
    await window.shutdown()


def choose_interface_language(language: str) -> None:
    """As a seller would in Settings: the windows opened next speak `language`."""
    settings_file = AppPaths.from_environment().settings_file
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_text(json.dumps({"ui_language": language}), encoding="utf-8")


async def main(out: Path, dark: bool) -> None:
    out.mkdir(parents=True, exist_ok=True)
    if not dark:
        await light_scenes(out)
        await partial_scene(out, "06-partial-1366x768", size=SMALL)
    await partial_scene(out, "03-partial-dark", theme="dark")
    if not dark:
        choose_interface_language("de")
        german = ("Hält Getränke 24 Stunden kalt", "Auslaufsicherer Deckel", "BPA-freier Edelstahl")
        title = "Isolierte Edelstahl-Trinkflasche, 1 l"
        await partial_scene(out, "07-partial-1366x768-de", size=SMALL, title=title, features=german)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "docs" / "screenshots")
    parser.add_argument("--dark", action="store_true", help="only the dark screenshot")
    arguments = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    qasync.run(main(arguments.out, arguments.dark))
