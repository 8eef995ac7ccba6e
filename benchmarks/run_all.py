"""`make bench`: runs every benchmark in its own process, prints one table of the figures users
feel against their targets, and records them in benchmarks/results.json and BENCHMARKS.md.

Each `benchmarks/bench_*.py` prints one JSON object as its last stdout line, either flat
`{"figure": value, ...}` or grouped `{"group": {"figure": value, ...}}`. Benchmarks never fail
the build: a figure past its target is reported as a bug to fix.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results.json"
REPORT = ROOT / "BENCHMARKS.md"
HISTORY_LIMIT = 50
NOTES_MARKER = "<!-- Written by hand below this line: make bench keeps it. -->"
"""BENCHMARKS.md is rewritten by every run above this line; the measurements quoted by the code's comments
(why a piece of hand-written code stays) live below it."""


@dataclass(frozen=True)
class Target:
    figure: str
    label: str
    limit: float
    unit: str
    lower_is_better: bool = True

    def met(self, value: float) -> bool:
        return value <= self.limit if self.lower_is_better else value >= self.limit


TARGETS = (
    Target("startup_ratio", "start-up vs a bare PySide6 window (median of 10)", 1.5, "x"),
    Target("ui_gap_p99_ms", "UI timer gap p99 during a 5-image studio run", 16, "ms"),
    Target("ui_gap_max_ms", "UI timer gap worst during a 5-image studio run", 50, "ms"),
    Target("ui_4k_gap_p99_ms", "UI timer gap p99, 5 Gemini 4K answers at once (28 MB PNGs)", 16, "ms"),
    Target("ui_4k_gap_max_ms", "UI timer gap worst, 5 Gemini 4K answers at once", 50, "ms"),
    Target("gemini_4k_peak_rss_mb", "peak RSS of the window, 5 Gemini 4K answers at once", 700, "MB"),
    Target(
        "gemini_4k_peak_rss_with_workers_mb", "peak RSS of the window and its worker processes, 5 4K answers", 700, "MB"
    ),
    Target("engine_overhead_ratio", "engine overhead (5 images, 1.5 s latency, concurrency 2)", 1.05, "x"),
    Target("retry_wait_error_max_ms", "retry wait error, worst of 10 waits (1 s / 2 s)", 50, "ms"),
    Target("studio_render_s", "studio render, 5 images from a 12 MP photo", 1.5, "s"),
    Target("edit_studio_ms", "edit texts: studio infographic re-drawn (12 MP photo's cut-out kept)", 500, "ms"),
    Target("edit_overlay_ms", "edit texts: overlay re-drawn on a kept model scene", 500, "ms"),
    Target("open_and_list_ms", "history: open + list (10,000 sessions)", 150, "ms"),
    Target("search_ms", "history: search by title", 150, "ms"),
    Target("open_session_ms", "history: open one session", 150, "ms"),
    Target("month_cost_ms", "month-to-date cost of 50,000 attempts", 150, "ms"),
    Target("catalogue_pace_ratio_with_hints", "catalogue, 10/min cap, 429s with RetryInfo (vs ideal)", 1.15, "x"),
    Target("catalogue_pace_ratio_without_hints", "the same, 429s without any hint (vs ideal)", 1.15, "x"),
    Target("catalogue_studio_rss_growth_pct", "studio catalogue: memory growth, product 10 to 100", 10, "%"),
    Target("catalogue_import_1000_s", "catalogue import: 1,000 rows, a photo each", 2.0, "s"),
    Target("catalogue_view_show_ms", "catalogue view: 10,000 products loaded and shown", 1000, "ms"),
    Target("catalogue_view_scroll_page_p50_ms", "catalogue view: one page down (10,000 rows), median", 16, "ms"),
    Target("catalogue_view_ui_gap_max_ms", "catalogue view: worst UI stall while 10,000 rows load", 50, "ms"),
    Target("catalogue_view_ui_gap_p99_ms", "catalogue view: UI timer gap p99 while 10,000 rows load", 16, "ms"),
    Target("gemini_run_peak_rss_mb", "peak RSS, 5-image Gemini run, 2000 px images", 400, "MB"),
)

CONTEXT = (
    ("catalogue_studio_s_per_product", "studio catalogue of 100 products (12 MP photos): seconds per product", "s"),
    ("catalogue_429s_with_hints", "429s met by that catalogue (50 images), with hints", "429s"),
    ("catalogue_429s_without_hints", "429s met by that catalogue (50 images), without hints", "429s"),
    ("catalogue_view_update_ms", "catalogue view: a product's new status applied (10,000 rows)", "ms"),
    ("catalogue_view_scroll_page_max_ms", "catalogue view: one page down, worst", "ms"),
    ("engine_backend_floor_ratio", "floor: the Gemini backend alone on the engine's schedule", "x"),
    ("engine_over_floor_ms", "what the engine adds to that floor", "ms"),
    ("retry_floor_error_max_ms", "floor: worst retry wait error of a bare retry loop", "ms"),
    ("machine_hot_retouch_ms", "machine: re-reading 64 MB already in memory", "ms"),
    ("machine_idle_retouch_ms", "machine: the same right after 1 s idle", "ms"),
    ("compliance_output_rules_cpu_ms", "compliance: studio MAIN check, 2000 px (CPU)", "ms"),
    ("compliance_model_main_cpu_ms", "compliance: a model's MAIN, 2000 px, its shape examined (CPU)", "ms"),
    ("compliance_cut_examination_cpu_ms", "compliance: the cut of a 12 MP photo examined, once per photo (CPU)", "ms"),
)
"""Figures without a target that say what the machine itself costs, so that the engine's two timing
figures can be read on any machine (benchmarks/bench_engine.py, benchmarks/notes.md), and what
MAIN's compliance check costs (benchmarks/bench_compliance.py)."""


def run_benchmark(path: Path) -> tuple[dict[str, float], str | None]:
    module = f"benchmarks.{path.stem}"
    started = time.perf_counter()
    try:
        result = subprocess.run(
            [sys.executable, "-m", module],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=240,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
    except subprocess.TimeoutExpired:
        return {}, f"{module}: timed out"
    print(f"  {module}: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    lines = [line for line in result.stdout.splitlines() if line.strip().startswith("{")]
    if result.returncode != 0 or not lines:
        return {}, f"{module}: exit {result.returncode}: {result.stderr.strip().splitlines()[-1:]}"
    figures: dict[str, float] = {}
    for name, value in json.loads(lines[-1]).items():
        if isinstance(value, dict):
            figures.update(value)
        else:
            figures[name] = value
    return figures, None


def machine() -> str:
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def table(figures: dict[str, float]) -> list[str]:
    rows = ["| figure | measured | target | verdict |", "| --- | --- | --- | --- |"]
    for target in TARGETS:
        value = figures.get(target.figure)
        if value is None:
            rows.append(f"| {target.label} | not measured | {target.limit:g} {target.unit} | - |")
            continue
        verdict = "met" if target.met(value) else "**missed**"
        sign = "<=" if target.lower_is_better else ">="
        rows.append(f"| {target.label} | {value:g} {target.unit} | {sign} {target.limit:g} {target.unit} | {verdict} |")
    rows += ["", "| context (no target) | measured |", "| --- | --- |"]
    rows += [f"| {label} | {figures[name]:g} {unit} |" for name, label, unit in CONTEXT if name in figures]
    return rows


def main() -> int:
    figures: dict[str, float] = {}
    problems = []
    for path in sorted((ROOT / "benchmarks").glob("bench_*.py")):
        measured, problem = run_benchmark(path)
        figures.update(measured)
        if problem:
            problems.append(problem)
    rows = table(figures)
    print("\n".join(rows))
    for problem in problems:
        print(f"problem: {problem}")
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    history = []
    if RESULTS.exists():
        history = json.loads(RESULTS.read_text()).get("history", [])
    entry = {"at": stamp, "machine": machine(), "figures": figures}
    RESULTS.write_text(json.dumps({"latest": entry, "history": [*history, entry][-HISTORY_LIMIT:]}, indent=2) + "\n")
    previous = REPORT.read_text() if REPORT.exists() else ""
    notes = previous[previous.index(NOTES_MARKER) :] if NOTES_MARKER in previous else NOTES_MARKER + "\n"
    REPORT.write_text(
        "# Benchmarks\n\n"
        f"Latest run: {stamp} on {machine()}.\n"
        "Reproduce with `make bench` (each benchmark runs in its own process; figures go to "
        "`benchmarks/results.json`, which keeps the last runs). Benchmarks never fail the build.\n\n"
        + "\n".join(rows)
        + "\n\nAll figures:\n\n```json\n"
        + json.dumps(figures, indent=2)
        + "\n```\n"
        + ("\nProblems:\n" + "\n".join(f"- {p}" for p in problems) + "\n" if problems else "")
        + "\nThe context rows say what the machine itself costs; why the missed figures miss, with "
        "measurements: [benchmarks/notes.md](benchmarks/notes.md).\n\n" + notes
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
