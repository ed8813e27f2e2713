"""A token bucket that keeps a dispatcher under its provider's rate, on an injectable clock."""

from __future__ import annotations

import threading

from ellipses_sms.sending.clock import Clock


class Throttle:
    """`wait_for(n)` waits until `n` messages may go at `rate` per second (bursts up to `burst`).

    A little under the provider's own rate: its clock and ours never tick exactly together.
    """

    MARGIN = 0.97

    def __init__(self, rate: float, burst: int, clock: Clock):
        self.rate = rate * self.MARGIN if rate else 0.0
        self.burst = float(max(1, burst))
        self.clock = clock
        self._tokens = self.burst
        self._at = clock.monotonic()

    def delay(self, n: int) -> float:
        """Seconds to wait before `n` messages may go (0: now)."""
        if not self.rate:
            return 0.0
        now = self.clock.monotonic()
        self._tokens = min(self.burst, self._tokens + (now - self._at) * self.rate)
        self._at = now
        # a hair short of `n` after a wait is rounding, not a reason to wait again
        return 0.0 if self._tokens >= n - 1e-6 else (n - self._tokens) / self.rate

    def wait_for(self, n: int, cancel: threading.Event, idle=None) -> bool:
        """Wait until `n` tokens are there (calling `idle()` before each wait); False when
        cancelled. Waiting comes before claiming: nothing is `submitting` while we wait."""
        while not cancel.is_set():
            wait = self.delay(n)
            if wait <= 0:
                return True
            if idle is not None:
                idle()
            self.clock.wait(cancel, wait)
        return False

    def spend(self, n: int) -> None:
        """`n` messages left."""
        if self.rate:
            self._tokens -= n
