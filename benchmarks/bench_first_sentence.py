"""What the first sentence from below the window costs the UI thread of a German window (not a test: prints figures).

    .venv/bin/python -m benchmarks.bench_first_sentence [--runs 5] [--language de]

A sentence that misses its direct translation ("Titel hat 250 Zeichen...", a failed image's reason) is matched
against the templates of every layer below the window, which needs their modules imported (services, the
catalogues, numpy, the imaging). Each run opens the real window (create_window, on a qasync loop) in a fresh
process, samples the UI thread with a 1 ms timer for `SETTLE_S` (the longest gap is how long the UI thread was
held: the window's own start-up work, the history opening, and the template index if it is built then), and
then times one `translated()` of a template's sentence on the UI thread. Median over `--runs` processes.

The last line of stdout is one JSON object: {"first_sentence": {"first_sentence_de_ms": ..., ...}}.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

SETTLE_S = 3.0
"""How long the window runs before the sentence is asked for: longer than the template index takes to build."""

RUN = """
import asyncio, json, sys, time
import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
loop = qasync.QEventLoop(app)
asyncio.set_event_loop(loop)
from listing_genie_desktop.app import create_window
gaps = []
async def main():
    window = create_window()
    window.show()
    last = [time.perf_counter()]
    def tick():
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now
    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(1)
    await asyncio.sleep(SETTLE)
    timer.stop()
    from listing_genie_desktop.core.product import ProductContext
    from listing_genie_desktop.core.errors import InvalidInput
    from listing_genie_desktop.ui.messages import translated
    try:
        ProductContext.create("x" * 250, ["f"])
    except InvalidInput as error:
        sentence = error.message
    started = time.perf_counter()
    shown = translated(sentence)
    first = time.perf_counter() - started
    await window.shutdown()
    print(json.dumps({"first_ms": first * 1000, "max_gap_ms": max(gaps) * 1000, "shown": shown}))
with loop:
    loop.run_until_complete(main())
"""


def one_run(env: dict[str, str]) -> dict[str, float]:
    script = RUN.replace("SETTLE", repr(SETTLE_S))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    line = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    if not line.startswith("{"):
        raise RuntimeError(done.stderr[-2000:])
    return json.loads(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--language", default="de")
    arguments = parser.parse_args()
    home = tempfile.mkdtemp(prefix="listing-genie-first-sentence-")
    (Path(home) / "settings.json").write_text(json.dumps({"ui_language": arguments.language}))
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), LISTING_GENIE_HOME=home)
    one_run(env)  # the file cache and the .pyc files warm
    runs = [one_run(env) for _ in range(arguments.runs)]
    first = statistics.median(r["first_ms"] for r in runs)
    gap = statistics.median(r["max_gap_ms"] for r in runs)
    print(f"{arguments.language} window, median of {arguments.runs} runs: first sentence {first:.1f} ms (UI thread);")
    print(f"  longest UI-thread gap in the {SETTLE_S:g} s after the window was built: {gap:.0f} ms")
    print(f"  shown: {runs[0]['shown']}")
    language = arguments.language
    figures = {f"first_sentence_{language}_ms": round(first, 1), f"first_sentence_{language}_ui_gap_ms": round(gap, 1)}
    print(json.dumps({"first_sentence": figures}))


if __name__ == "__main__":
    main()
