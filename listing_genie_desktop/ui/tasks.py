"""Strong references to the asyncio tasks the window starts.

qasync 0.28 (and asyncio itself) keep only weak references to tasks: a task nobody holds can
be garbage-collected mid-run. Every task the UI starts goes through a `TaskKeeper`, which
also logs failures (a task's exception would otherwise vanish) and lets shutdown cancel and
await everything that is still running.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

log = logging.getLogger("listing_genie.ui")
T = TypeVar("T")


class TaskKeeper:
    def __init__(self, on_error: Callable[[BaseException, str], None] | None = None) -> None:
        """`on_error(error, task name)` hears of every task that failed (the window shows it)."""
        self._tasks: set[asyncio.Task[Any]] = set()
        self._on_error = on_error
        self.closed = False

    def start(self, coro: Coroutine[Any, Any, T], *, name: str) -> asyncio.Task[T]:
        """Schedules `coro` on the running (qasync) loop and keeps it alive until it ends."""
        if self.closed:
            coro.close()
            raise RuntimeError("the window is shutting down")
        task = asyncio.get_event_loop().create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._done)
        return task

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            log.error("UI task %s failed", task.get_name(), exc_info=error)
            if self._on_error is not None:
                self._on_error(error, task.get_name())

    def __len__(self) -> int:
        return len(self._tasks)

    async def shutdown(self) -> None:
        """Cancels every task still running and waits for all of them (never raises)."""
        self.closed = True
        current = asyncio.current_task()
        pending = [t for t in self._tasks if t is not current]
        for task in pending:
            task.cancel()
        with contextlib.suppress(Exception):
            await asyncio.gather(*pending, return_exceptions=True)


class LatestOnly:
    """Asynchronous loads of which only the newest may land on screen.

    Clicking session A, then B, starts two loads; if A's answer arrives last it must not replace
    B's. Starting a load cancels the one before it, and a cancelled task never resumes past its
    await, so whatever a load does after its last await is done only by the newest one.
    """

    def __init__(self, tasks: TaskKeeper, name: str) -> None:
        self._tasks = tasks
        self._name = name
        self._current: asyncio.Task[Any] | None = None

    def start(self, coro: Coroutine[Any, Any, T]) -> asyncio.Task[T]:
        self.supersede()
        task = self._tasks.start(coro, name=self._name)
        self._current = task
        return task

    def supersede(self) -> None:
        """What is loading is out of date (the user changed what to show): it will not land."""
        if self._current is not None and not self._current.done():
            self._current.cancel()
        self._current = None


WORKER_NICENESS = 5
"""How much lower than the UI thread the worker threads run (Linux nice levels)."""
MAX_WORKERS = 8


def lower_priority() -> None:
    """Runs once in every worker thread: below the UI thread in the OS scheduler (Linux only;
    elsewhere thread priorities are not set through this call). Relative to the niceness the thread
    inherited: in a process started with `nice`, an absolute 5 would put the workers above the UI."""
    import os
    import sys
    import threading

    if sys.platform.startswith("linux") and hasattr(os, "setpriority"):
        thread = threading.get_native_id()
        with contextlib.suppress(OSError):  # relative to the niceness it inherited: an absolute 5 raised a niced app
            os.setpriority(os.PRIO_PROCESS, thread, min(19, os.getpriority(os.PRIO_PROCESS, thread) + WORKER_NICENESS))


def install_worker_executor(loop: asyncio.AbstractEventLoop) -> bool:
    """Makes the loop's default executor (asyncio.to_thread) a pool of lower-priority threads.

    Rendering and post-processing are CPU-bound and run in these threads; on a two-core machine
    they would otherwise compete with the UI thread as equals, and the window would stutter while
    images are generated (benchmarks/bench_ui_stall.py). Leaves a loop that already has a
    default executor alone (its threads may be busy); returns whether it installed one."""
    from concurrent.futures import ThreadPoolExecutor

    for attribute in ("_QEventLoop__default_executor", "_default_executor"):  # qasync, asyncio
        if hasattr(loop, attribute):
            if getattr(loop, attribute) is not None:
                return False
            break
    else:
        return False
    loop.set_default_executor(
        ThreadPoolExecutor(MAX_WORKERS, thread_name_prefix="listing-genie-worker", initializer=lower_priority)
    )
    return True
