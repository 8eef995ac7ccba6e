"""`make bench`'s run of benchmarks/bench_ui_stall.py --gemini-4k --models-listed: the window during a 5-image
Gemini run at concurrency 5 with 4K answers (about 28 MB of PNG each), opened as by a user whose key's models
were listed within the hour, its UI timer gaps and peak RSS (not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.bench_ui_stall_4k
"""

from __future__ import annotations

from benchmarks.bench_ui_stall import run

if __name__ == "__main__":
    run(runs=2, explain=False, gemini_4k=True, models_listed=True)
