"""Sending hours (gsm7-and-french-rules.md §3.3; holidays from the `holidays` package)."""

from __future__ import annotations

import os
import time as _time
from datetime import date, datetime, time

import pytest

from ellipses_sms.hours import (
    MARKETING_DEFAULT,
    NOTICE_DEFAULT,
    SendingWindow,
    is_public_holiday,
    parse_hhmm,
)


def test_marketing_at_night_waits_for_the_morning():
    # Wednesday 2 December 2026, 03:24 (the case) → 08:00 the same day
    assert MARKETING_DEFAULT.next_allowed(datetime(2026, 12, 2, 3, 24)) == datetime(2026, 12, 2, 8)
    assert MARKETING_DEFAULT.allows(datetime(2026, 12, 2, 19, 59))
    # 20:00 is out (end excluded) → Thursday 08:00
    assert MARKETING_DEFAULT.next_allowed(datetime(2026, 12, 2, 20)) == datetime(2026, 12, 3, 8)


def test_marketing_skips_sunday_and_public_holidays():
    # Thursday 24 Dec 2026 21:00 → Friday 25 is Christmas → Saturday 26 08:00
    assert date(2026, 12, 25).weekday() == 4
    assert MARKETING_DEFAULT.next_allowed(datetime(2026, 12, 24, 21)) == datetime(2026, 12, 26, 8)
    # Saturday 5 Dec 2026 20:30 → Monday 7 Dec 08:00
    assert MARKETING_DEFAULT.next_allowed(datetime(2026, 12, 5, 20, 30)) == datetime(2026, 12, 7, 8)


def test_moselle_has_its_own_holidays():
    assert not is_public_holiday(date(2026, 12, 26))
    assert is_public_holiday(date(2026, 12, 26), "57")
    moselle = SendingWindow(time(8), time(20), frozenset(range(6)), True, "57")
    assert moselle.next_allowed(datetime(2026, 12, 24, 21)) == datetime(2026, 12, 28, 8)


def test_notices_every_day_not_at_night():
    assert NOTICE_DEFAULT.next_allowed(datetime(2026, 12, 6, 22, 30)) == datetime(2026, 12, 7, 8)
    assert NOTICE_DEFAULT.allows(datetime(2026, 12, 25, 10))


def test_describe_and_parse():
    assert MARKETING_DEFAULT.describe() == "du lundi au samedi, de 08:00 à 20:00, hors jours fériés"
    assert parse_hhmm("8h") == time(8) and parse_hhmm("21:30") == time(21, 30)
    with pytest.raises(ValueError, match="Heure invalide"):
        parse_hhmm("25:00")
    with pytest.raises(ValueError, match="Plage horaire invalide"):
        SendingWindow(time(20), time(8))


@pytest.mark.skipif(not hasattr(_time, "tzset"), reason="needs tzset")
def test_utc_conversion_in_paris_across_the_clock_change(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Paris")
    _time.tzset()
    try:
        # 02:00 UTC on Wednesday 2 Dec 2026 is 03:00 in Paris (UTC+1) → 08:00 Paris = 07:00 UTC
        assert MARKETING_DEFAULT.next_allowed_utc(datetime(2026, 12, 2, 2)) == datetime(
            2026, 12, 2, 7
        )
        # Saturday 27 March 2027 21:00 UTC (22:00 Paris); the clocks change on Sunday 28 and
        # Monday 29 is Easter Monday → Tuesday 30 March 08:00 CEST = 06:00 UTC
        assert MARKETING_DEFAULT.next_allowed_utc(datetime(2027, 3, 27, 21)) == datetime(
            2027, 3, 30, 6
        )
        allowed = datetime(2026, 12, 2, 10)
        assert MARKETING_DEFAULT.next_allowed_utc(allowed) is allowed
    finally:
        monkeypatch.delenv("TZ")
        os.environ.pop("TZ", None)
        _time.tzset()
