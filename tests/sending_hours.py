"""For tests that send marketing SMS and are not about the sending hours: the dispatcher's clock
set to a Wednesday morning, inside the marketing window in any European zone (policy.py holds
marketing outside it, so a test run at night or on a Sunday would otherwise see it wait)."""

from __future__ import annotations

from datetime import datetime

from ellipses_sms.sending import FakeClock

#: Wednesday 2 December 2026, 10:00 UTC (11:00 in Paris).
WEDNESDAY_MORNING = datetime(2026, 12, 2, 10)


def in_sending_hours(dispatcher, utc: datetime = WEDNESDAY_MORNING) -> FakeClock:
    """Hand the dispatcher a FakeClock at `utc` (naive UTC); returns it."""
    clock = FakeClock(utc)
    dispatcher.clock = clock
    dispatcher.reports.clock = clock
    return clock
