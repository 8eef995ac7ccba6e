"""An images-per-minute cap as the API enforces it: at most `allowed` requests in any `window_s`, each one past it
answered 429, with RetryInfo (when the oldest request in the window leaves it) or without any hint.

The server runs on real time while the client may run on a `FastClock`: `speedup` converts, so a cap of 10 per
minute on a 20-times clock is 10 per 3 real seconds, and the hint is told in the client's seconds.
"""

from __future__ import annotations

import threading
import time
from collections import deque

from tests.fakes.gemini_server import FakeGeminiServer, RecordedRequest, Reply


class PerMinuteCap:
    def __init__(
        self,
        server: FakeGeminiServer,
        allowed: int,
        *,
        window_s: float = 60.0,
        speedup: float = 1.0,
        hint: bool = True,
    ) -> None:
        self.server = server
        self.allowed = allowed
        self.real_window_s = window_s / speedup
        self.speedup = speedup
        self.hint = hint
        self.refused = 0
        self.accepted: list[float] = []
        """Real times at which each accepted request arrived."""
        self._recent: deque[float] = deque()
        self._lock = threading.Lock()

    def __call__(self, request: RecordedRequest) -> Reply:
        if request.rpc != "generateContent":
            return self.server.answer_normally(request)
        now = time.monotonic()
        with self._lock:
            while self._recent and self._recent[0] <= now - self.real_window_s:
                self._recent.popleft()
            if len(self._recent) >= self.allowed:
                self.refused += 1
                wait = (self._recent[0] + self.real_window_s - now) * self.speedup
                return Reply.rate_limited(f"{max(wait, 0.001):.3f}s" if self.hint else None)
            self._recent.append(now)
            self.accepted.append(now)
        return self.server.answer_normally(request)
