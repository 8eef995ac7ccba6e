"""Start-up time of the window against a bare PySide6 window (not a test: prints figures).

    .venv/bin/python -m benchmarks.bench_startup [--runs 10] [--language de]

Both programs print `startup_ms=N` once their window is shown (the app: once its first frame is
painted, which is stricter than the bare window's zero-delay timer). Measured from the outside,
from spawning the process to reading that line (interpreter start-up included for both), median
of `--runs` alternating runs; also the app's own `startup_ms` (from its entry point) and
`built_ms`, when the whole window (form, cards, history, model) exists behind that first frame.
Target: the ratio `listing-genie gui --smoke` / bare window <= 1.5.

The package is byte-compiled first: an installed wheel or a frozen build ships .pyc files, but a
development checkout run with PYTHONDONTWRITEBYTECODE=1 would otherwise compile every module of
the app on every start (about 50 ms here), which is not what users run.

The last line of stdout is one JSON object: {"startup": {"startup_ratio": ..., ...}}.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = """
import time
started = time.perf_counter()
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Listing Genie"))
window.resize(1200, 800)
window.show()
def shown():
    print(f"startup_ms={round((time.perf_counter() - started) * 1000)}", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


ROOT = Path(__file__).resolve().parents[1]


def spawn_to_shown(command: list[str], env: dict[str, str]) -> tuple[float, int, float, float]:
    """(ms from spawn to the startup line, the program's own startup_ms, ms from spawn to exit,
    the program's own built_ms (on stderr) or NaN)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    line = process.stdout.readline()
    shown = (time.perf_counter() - started) * 1000
    _rest, errors = process.communicate(timeout=60)
    exited = (time.perf_counter() - started) * 1000
    if not line.startswith("startup_ms="):
        raise RuntimeError(f"{command} printed {line!r}")
    built = next((float(x.split("=")[1]) for x in errors.splitlines() if x.startswith("built_ms=")), float("nan"))
    return shown, int(line.strip().split("=")[1]), exited, built


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--language", default="", help="Settings' ui_language (de, ja); default: the system's")
    arguments = parser.parse_args()
    runs = arguments.runs
    compileall.compile_dir(ROOT / "listing_genie_desktop", quiet=1)
    home = tempfile.mkdtemp(prefix="listing-genie-startup-")
    if arguments.language:  # the window in that language (its .qm files built, as `make translations` does)
        (Path(home) / "settings.json").write_text(json.dumps({"ui_language": arguments.language}))
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), LISTING_GENIE_HOME=home)
    bare_script = Path(home) / "bare_window.py"
    bare_script.write_text(BARE_WINDOW)
    app = [sys.executable, "-m", "listing_genie_desktop", "gui", "--smoke"]
    bare = [sys.executable, str(bare_script)]
    spawn_to_shown(app, env)  # warm the file cache and the .pyc files once, for both
    spawn_to_shown(bare, env)
    results: dict[str, list[tuple[float, int, float, float]]] = {"app": [], "bare": []}
    for _ in range(runs):
        results["app"].append(spawn_to_shown(app, env))
        results["bare"].append(spawn_to_shown(bare, env))
    medians = {k: [statistics.median(r[i] for r in v) for i in range(4)] for k, v in results.items()}
    print(f"median of {runs} runs (ms)       spawn->shown   own startup_ms   spawn->exit")
    for name, label in (("app", "listing-genie gui --smoke"), ("bare", "bare PySide6 window")):
        shown, own, exited, _built = medians[name]
        print(f"  {label:27s} {shown:10.0f} {own:16.0f} {exited:13.0f}")
    ratio = medians["app"][0] / medians["bare"][0]
    built = medians["app"][3]
    print(f"  whole window built behind the first frame: {built:.0f} ms after the app's entry point")
    print(f"ratio spawn->shown: {ratio:.2f} (target <= 1.5)  {'PASS' if ratio <= 1.5 else 'MISS'}")
    figures = {
        "startup_ratio": round(ratio, 3),
        "startup_ms": round(medians["app"][0], 1),
        "bare_ms": round(medians["bare"][0], 1),
        "startup_built_ms": round(built, 1),
    }
    print(json.dumps({"startup": figures}))


if __name__ == "__main__":
    main()
