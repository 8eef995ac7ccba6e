"""The worker pool behind asyncio.to_thread: installed once, below the UI thread's priority."""

from __future__ import annotations

import asyncio
import os
import sys
import threading

import pytest

from listing_genie_desktop.runtime_tuning import WORKER_NICENESS
from listing_genie_desktop.ui.tasks import install_worker_executor


def test_workers_run_below_the_ui_thread_and_an_existing_pool_is_kept():
    base = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    loop = asyncio.new_event_loop()
    try:
        assert install_worker_executor(loop)
        assert not install_worker_executor(loop)  # never replaces a pool whose threads may be busy

        def niceness_and_name() -> tuple[int, str]:
            return os.getpriority(os.PRIO_PROCESS, threading.get_native_id()), threading.current_thread().name

        nice, name = loop.run_until_complete(asyncio.to_thread(niceness_and_name))
        assert name.startswith("listing-genie-worker")
        if sys.platform.startswith("linux"):
            assert nice == min(19, base + WORKER_NICENESS)
    finally:
        loop.run_until_complete(loop.shutdown_default_executor())
        loop.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="thread priorities are set on Linux only")
def test_the_main_thread_keeps_its_priority():
    before = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    loop = asyncio.new_event_loop()
    try:
        install_worker_executor(loop)
        loop.run_until_complete(asyncio.to_thread(lambda: None))
        assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == before
    finally:
        loop.run_until_complete(loop.shutdown_default_executor())
        loop.close()


def test_only_the_newest_load_lands_even_when_an_older_one_answers_last():
    """Click A, then B: A's answer arriving after B's must not replace B on screen."""
    from listing_genie_desktop.ui.tasks import LatestOnly, TaskKeeper

    shown: list[str] = []

    async def scenario() -> None:
        latest = LatestOnly(TaskKeeper(), "show session")
        a_started, a_answer = asyncio.Event(), asyncio.Event()

        async def load(name: str, answer: asyncio.Event | None, started: asyncio.Event | None) -> None:
            if started is not None:
                started.set()
            if answer is not None:
                await answer.wait()
            shown.append(name)

        a = latest.start(load("A", a_answer, a_started))
        await a_started.wait()  # A's request is on its way
        b = latest.start(load("B", None, None))
        await b
        a_answer.set()
        await asyncio.gather(a, return_exceptions=True)
        assert a.cancelled()

        latest.start(load("C", asyncio.Event(), None))
        latest.supersede()  # the user went back to an empty form: C must not land either
        await asyncio.sleep(0)

    asyncio.run(scenario())
    assert shown == ["B"]
