"""The dispatcher's clock, injectable: wall time for the journal, monotonic time for waits.

Tests hand a `FakeClock` to the dispatcher so that throttles, back-offs and suspensions take no
real time. Wall time (`now`) is what the store records (naive UTC); monotonic time measures
waits, so that a clock shifted under a running process (NTP, libfaketime) never makes a wait
last longer than it says.
"""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta

from ellipses_sms.store.models import utcnow


class Clock:
    """The real clock."""

    def now(self) -> datetime:
        """Naive UTC, as every timestamp column holds it."""
        return utcnow()

    def monotonic(self) -> float:
        return time.monotonic()

    def wait(self, event: threading.Event, seconds: float) -> bool:
        """Wait until `event` is set or `seconds` pass; True when the event is set."""
        return event.wait(max(0.0, seconds))


class FakeClock(Clock):
    """A clock that moves only when told, or when someone waits on it (tests)."""

    def __init__(self, start: datetime | None = None):
        self._now = start or datetime(2026, 12, 2, 9, 0, 0)
        self._mono = 1000.0
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            return self._now

    def monotonic(self) -> float:
        with self._lock:
            return self._mono

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._now += timedelta(seconds=seconds)
            self._mono += seconds

    def wait(self, event: threading.Event, seconds: float) -> bool:
        if event.is_set():
            return True
        self.advance(max(0.0, seconds))
        return event.is_set()
