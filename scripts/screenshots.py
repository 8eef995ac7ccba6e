"""PNG screenshots of the real window in its main states, for docs/screenshots/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--dark]

Runs the real window (create_window) on a throw-away data folder with a demo backend, drives it
through its objectNames like a user would, and grabs it offscreen: empty form, a run with a retry
countdown, a partial result, the history. PNGs are quantised to 256 colours to stay small.
"""

from __future__ import annotations

import argparse
import asyncio
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
from scripts.demo_backend import DemoBackend, draw_listing_image, unavailable  # noqa: E402

SIZE = (1440, 900)


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


async def main(out: Path, dark: bool) -> None:
    from listing_genie_desktop.app import create_window
    from listing_genie_desktop.ui import theme

    out.mkdir(parents=True, exist_ok=True)
    if dark:
        theme.tokens_for = lambda app: theme.DARK  # the system scheme cannot be set offscreen
    photo = Path(os.environ["LISTING_GENIE_HOME"]) / "bottle.png"
    draw_listing_image(ImageType.MAIN, (40, 110, 190), 1200).save(photo)
    suffix = "-dark" if dark else ""

    backend = DemoBackend(delay_s=0.4)
    window = create_window()
    window.resize(*SIZE)
    window.show()
    await until(lambda: window.is_ready)
    window.model.services.backend_factory = lambda choice, options: backend
    await asyncio.sleep(0.2)
    save(window, out, f"01-empty-form{suffix}")

    bottle = ("Keeps drinks cold for 24 hours", "Leak-proof lid", "BPA-free stainless steel")
    window.model.retry_base_delay_s = 6.0
    backend.fail(ImageType.COMPARISON, [unavailable()])
    backend.fail(ImageType.LIFESTYLE, [unavailable()])
    await generate(window, photo, "Insulated Steel Water Bottle, 750 ml", bottle)
    cards = window.cards
    await until(lambda: cards[ImageType.COMPARISON].countdown_label.text().startswith("Retrying in 5"))
    await asyncio.sleep(0.5)
    save(window, out, f"02-running-retry{suffix}")
    window.model.cancel()
    await until(lambda: not window.model.running)

    window.model.retry_base_delay_s = 0.05
    backend.fail(ImageType.COMPARISON, [unavailable()] * 4)
    await generate(window, photo, "Bamboo Cutting Board Set", ("Three sizes", "Juice grooves", "Non-slip feet"))
    await until(lambda: not window.model.running)
    await asyncio.sleep(0.6)
    save(window, out, f"03-partial{suffix}")

    backend.colour = (190, 70, 60)
    await generate(
        window, photo, "Ceramic Pour-Over Coffee Dripper", ("Fits most mugs", "Even extraction", "Dishwasher safe")
    )
    await until(lambda: not window.model.running)
    window.findChild(QLineEdit, "historySearchEdit").clear()
    await asyncio.sleep(0.4)
    window.history_panel.list.setCurrentIndex(window.model.history.index(1))
    await until(lambda: window.model.shown is not None and window.model.shown.title.startswith("Bamboo"))
    await asyncio.sleep(0.6)
    save(window, out, f"04-history{suffix}")
    await window.shutdown()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "docs" / "screenshots")
    parser.add_argument("--dark", action="store_true", help="use the dark palette")
    arguments = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    qasync.run(main(arguments.out, arguments.dark))
