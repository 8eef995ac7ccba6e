"""`--explain`'s second witness: which thread held the GIL while the UI thread waited for it.

A daemon thread sleeps 1 ms at a time; when it wakes much later than asked, another thread held the GIL
(or the machine's CPU was taken). Right then it records every other thread's innermost frames that are not
waiting (a thread parked in a lock, a selector or a queue cannot have held the GIL): the line a long C call
returned to, or a pure-Python loop. Attributing each late wake-up to those lines names what to fix.
"""

from __future__ import annotations

import collections
import sys
import threading
import time

LATE_MS = 8.0
_IDLE = ("threading.py", "selectors.py", "queue.py", "thread.py:81", "gil_sampler.py", "base_events.py:1910")


class GilSampler:
    def __init__(self) -> None:
        self.late: list[tuple[float, float, list[str]]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="gil-sampler", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        me = threading.get_ident()
        names = {}
        while not self._stop.is_set():
            asked = time.perf_counter()
            time.sleep(0.001)
            woke = time.perf_counter()
            late_ms = (woke - asked - 0.001) * 1000
            if late_ms < LATE_MS:
                continue
            names.update({t.ident: t.name for t in threading.enumerate()})
            busy = []
            for ident, frame in sys._current_frames().items():
                if ident == me:
                    continue
                where = _where(frame)
                if where is not None:
                    busy.append(f"{names.get(ident, '?')}: {where}")
            self.late.append((woke, late_ms, busy))

    def report(self, top: int = 12) -> None:
        blamed: collections.Counter[str] = collections.Counter()
        worst: dict[str, float] = {}
        for _, late_ms, busy in self.late:
            for line in busy:
                key = line.split(": ", 1)[1]
                blamed[key] += late_ms
                worst[key] = max(worst.get(key, 0.0), late_ms)
        total = sum(late for _, late, _ in self.late)
        print(f"late GIL wake-ups over {LATE_MS:g} ms: {len(self.late)}, {total:.0f} ms in all")
        for key, ms in blamed.most_common(top):
            print(f"  {ms:7.0f} ms (worst {worst[key]:5.1f})  {key}")


def _where(frame) -> str | None:  # type: ignore[no-untyped-def]
    """The innermost three frames as file:line, or None when the thread is parked."""
    lines = []
    leaf = f"{frame.f_code.co_filename.rsplit('/', 1)[-1]}:{frame.f_lineno}"
    if any(leaf.startswith(idle) or idle in leaf for idle in _IDLE):
        return None
    while frame is not None and len(lines) < 3:
        lines.append(f"{frame.f_code.co_filename.rsplit('/', 1)[-1]}:{frame.f_lineno} {frame.f_code.co_name}")
        frame = frame.f_back
    return " < ".join(lines)
