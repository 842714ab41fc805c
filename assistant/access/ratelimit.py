"""Per-user limits on questions and uploads, so one person (or one stuck script) cannot take the server.

A sliding window kept in memory: the app is one server process, which every browser session shares,
so one limiter there sees every request; a restart forgets the counts, which is harmless for a guard
against overload. The CLI is the operator's tool and is not limited.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass

from assistant.config import Settings
from assistant.errors import InputError

WINDOWS = {"ask": 60.0, "upload": 3600.0}  # seconds: questions per minute, upload batches per hour


class RateLimited(InputError):
    """Too many requests in the window; ``retry_after`` says in how many seconds one is free again."""

    def __init__(self, action: str, limit: int, window: float, retry_after: float) -> None:
        self.action, self.limit, self.window, self.retry_after = action, limit, window, retry_after
        super().__init__(f"rate limit: at most {limit} {action} per {window:.0f} s; try again in {retry_after:.0f} s")


@dataclass(frozen=True)
class Limit:
    count: int  # 0 = unlimited
    window: float


def limits(settings: Settings) -> dict[str, Limit]:
    return {"ask": Limit(settings.rate_asks, WINDOWS["ask"]), "upload": Limit(settings.rate_uploads, WINDOWS["upload"])}


class RateLimiter:
    """Counts what each user did within each action's window; thread-safe (sessions run in threads)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._seen: defaultdict[tuple[str, str], deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def hit(self, user: str, action: str, limit: Limit) -> None:
        """Count one ``action`` by ``user``, or raise RateLimited without counting it."""
        if limit.count <= 0:
            return
        now = self.clock()
        with self._lock:
            seen = self._seen[(user, action)]
            while seen and seen[0] <= now - limit.window:
                seen.popleft()
            if len(seen) >= limit.count:
                raise RateLimited(action, limit.count, limit.window, seen[0] + limit.window - now)
            seen.append(now)
