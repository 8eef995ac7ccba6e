"""The one cancel token of a run: whoever starts a run makes it, whoever stops it cancels it.

A cancel can arrive before the engine exists (the window is still creating the session, the CLI is
still loading the photo): the token remembers it, and the engine, once it runs, obeys at once. Nothing
else in the app keeps a "cancel was requested" flag of its own.
"""

from __future__ import annotations

from collections.abc import Callable


class CancelToken:
    def __init__(self) -> None:
        self._cancelled = False
        self._listeners: list[Callable[[], None]] = []

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        """Idempotent: listeners hear the first call only."""
        if self._cancelled:
            return
        self._cancelled = True
        for listener in tuple(self._listeners):
            listener()

    def subscribe(self, listener: Callable[[], None]) -> Callable[[], None]:
        """`listener` is called on cancel, at once if the token is already cancelled; returns the unsubscribe."""
        if self._cancelled:
            listener()
            return lambda: None
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None
