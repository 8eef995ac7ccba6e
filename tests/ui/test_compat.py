"""The guard against PySide6 6.12.0's lost references to True and None (see ui/compat.py)."""

from __future__ import annotations

import sys

from listing_genie_desktop.ui import compat


def test_after_the_guard_no_session_can_exhaust_true_or_none(qapp):
    compat.guard_singleton_refcounts()
    probe = compat._Probe()
    for _ in range(20_000):  # far beyond the ~3000 spare references to True of an unguarded 3.11 process
        probe.fired.emit()
        probe.setObjectName("probe")
    if not compat.singletons_are_immortal():
        assert sys.getrefcount(True) > 1000 and sys.getrefcount(None) > 1000


def test_the_guard_only_touches_what_leaks_and_is_idempotent(qapp):
    guarded = compat.guard_singleton_refcounts()
    if compat.singletons_are_immortal():
        assert guarded == set()
        return
    assert guarded <= {"True", "None"}
    assert compat.emit_leaks_true() <= ("True" in guarded)  # whatever leaks is guarded
    assert compat.none_results_leak() <= ("None" in guarded)
    count = sys.getrefcount(True)
    assert compat.guard_singleton_refcounts() == guarded
    assert abs(sys.getrefcount(True) - count) < 100
