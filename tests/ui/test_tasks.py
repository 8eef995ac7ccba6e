"""The worker pool behind asyncio.to_thread: installed once, below the UI thread's priority."""

from __future__ import annotations

import asyncio
import os
import sys
import threading

import pytest

from listing_genie_desktop.ui.tasks import WORKER_NICENESS, install_worker_executor


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
