"""A guard against the reference-count defects of PySide6 6.12.0, applied only where measured.

PySide6 6.12.0 drops one reference to `True` on every `Signal.emit()` and one to `None` on every
call that returns None (`setToolTip`, `findChild` without a match, a model's `data()` returning
None...). 6.11.3 does neither. On Python 3.12+ these singletons are immortal (PEP 683) and nothing
happens; on 3.11 their counts (about 3000 for True, tens of thousands for None) run out during
a session and the interpreter aborts ("bool_dealloc" / "none_dealloc"), mid-run or at exit.

pyproject.toml excludes 6.12.0; this guard protects an environment that has it anyway (a frozen
build, a user's own venv). It measures each leak with throw-away calls and, only for a leaking
singleton on a Python whose singletons are mortal, raises its count beyond anything a session can
use up: what Python 3.12 does natively.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QObject, Signal

log = logging.getLogger("listing_genie.ui")
PROBE_CALLS = 8
HEADROOM = 1 << 40
_guarded: set[str] = set()


class _Probe(QObject):
    fired = Signal()


def _loses_references(value: object, calls) -> bool:  # type: ignore[no-untyped-def]
    before = sys.getrefcount(value)
    for _ in range(PROBE_CALLS):
        calls()
    return before - sys.getrefcount(value) >= PROBE_CALLS


def emit_leaks_true() -> bool:
    """Whether `Signal.emit()` drops a reference to True (measured, not guessed from the version)."""
    probe = _Probe()
    return _loses_references(True, probe.fired.emit)


def none_results_leak() -> bool:
    """Whether a call returning None drops a reference to None."""
    probe = _Probe()
    return _loses_references(None, lambda: probe.setObjectName("probe"))


def singletons_are_immortal() -> bool:
    return sys.version_info >= (3, 12)


def guard_singleton_refcounts() -> set[str]:
    """Applies the guard once where needed; returns the names of the guarded singletons."""
    if singletons_are_immortal():
        return set()
    leaks = {"True": emit_leaks_true(), "None": none_results_leak()}
    targets = {"True": (True, False), "None": (None,)}
    for name, leaking in leaks.items():
        if leaking and name not in _guarded:
            import ctypes  # only here: the guard is rarely needed and ctypes costs start-up time

            for value in targets[name]:
                ctypes.c_ssize_t.from_address(id(value)).value += HEADROOM
            _guarded.add(name)
            log.warning("PySide6 leaks references to %s: guarded (install PySide6-Essentials != 6.12.0)", name)
    return set(_guarded)
