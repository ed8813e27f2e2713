"""The French marketing rules as pure functions (policy.py): hours per customer's zone, the STOP
mention, STOP replies. Facts: gsm7-and-french-rules.md §3.2 (STOP au 36xxx), §3.3 (Mon–Sat
08:00–20:00, no public holidays, up to 21:30; Moselle's Good Friday and 26 December from the
`holidays` package, subdivision « 57 »)."""

from __future__ import annotations

import os
import time as _time
from datetime import datetime

import pytest

from ellipses_sms import policy

pytestmark = pytest.mark.skipif(not hasattr(_time, "tzset"), reason="needs tzset")


class Values(dict):
    def get(self, key, default=None):  # what Settings.get answers: the value or its default
        defaults = {"marketing_start": "08:00", "marketing_end": "20:00", "departement": ""}
        return super().get(key, defaults.get(key, default))


@pytest.fixture
def paris(monkeypatch):
    """The bookstore's machine in Paris (UTC+1 in winter, +2 in summer)."""
    monkeypatch.setenv("TZ", "Europe/Paris")
    _time.tzset()
    yield
    monkeypatch.delenv("TZ")
    os.environ.pop("TZ", None)
    _time.tzset()


def due(number: str, utc: datetime, **settings) -> datetime | None:
    return policy.due_times([number], utc, policy.marketing_window(Values(settings)))[0]


PARIS = "+33612345678"
REUNION = "+262692123456"  # UTC+4, no summer time
MARTINIQUE = "+596696123456"  # UTC-4


def test_saturday_21h_waits_for_monday_8h(paris):
    # Saturday 5 Dec 2026 21:00 Paris = 20:00 UTC → Monday 7 Dec 08:00 Paris = 07:00 UTC
    assert due(PARIS, datetime(2026, 12, 5, 20)) == datetime(2026, 12, 7, 7)


def test_sunday_waits_and_19h59_goes_and_20h01_waits(paris):
    assert due(PARIS, datetime(2026, 12, 6, 10)) == datetime(2026, 12, 7, 7)
    assert due(PARIS, datetime(2026, 12, 2, 18, 59)) is None  # 19:59 Paris
    assert due(PARIS, datetime(2026, 12, 2, 19, 1)) == datetime(2026, 12, 3, 7)  # 20:01


def test_easter_monday_and_14_juillet_are_holidays(paris):
    # Easter Monday 6 April 2026, 10:00 CEST = 08:00 UTC → Tuesday 7 April 08:00 CEST
    assert due(PARIS, datetime(2026, 4, 6, 8)) == datetime(2026, 4, 7, 6)
    # Tuesday 14 July 2026 → Wednesday 15
    assert due(PARIS, datetime(2026, 7, 14, 8)) == datetime(2026, 7, 15, 6)


def test_good_friday_only_in_moselle_and_alsace(paris):
    friday = datetime(2026, 4, 3, 8)  # Good Friday, 10:00 CEST
    assert due(PARIS, friday) is None
    assert due(PARIS, friday, departement="57") == datetime(2026, 4, 4, 6)
    assert due(PARIS, friday, departement="67") == datetime(2026, 4, 4, 6)


def test_a_reunion_customer_at_8h_paris_is_at_11h_there_and_gets_it(paris):
    # Wednesday 2 Dec 2026 08:00 Paris = 07:00 UTC = 11:00 at La Réunion
    assert due(REUNION, datetime(2026, 12, 2, 7)) is None
    # 07:30 Paris = 10:30 Réunion: the Paris customer waits, the Réunion one does not
    assert due(PARIS, datetime(2026, 12, 2, 6, 30)) == datetime(2026, 12, 2, 7)
    assert due(REUNION, datetime(2026, 12, 2, 6, 30)) is None
    # 18:00 Paris = 21:00 Réunion: held until 08:00 there = 04:00 UTC next day
    assert due(REUNION, datetime(2026, 12, 2, 17)) == datetime(2026, 12, 3, 4)


def test_martinique_has_its_own_evening(paris):
    # 14:00 Paris = 13:00 UTC = 09:00 in Martinique: goes; 08:30 Paris = 03:30 there: waits
    assert due(MARTINIQUE, datetime(2026, 12, 2, 13)) is None
    assert due(MARTINIQUE, datetime(2026, 12, 2, 7, 30)) == datetime(2026, 12, 2, 12)


def test_the_window_is_configurable_up_to_21h30(paris):
    assert due(PARIS, datetime(2026, 12, 2, 20), marketing_end="21:30") is None  # 21:00 Paris
    with pytest.raises(ValueError, match="21:30"):
        policy.marketing_window(Values(marketing_end="22:00"))


def test_hold_sentence_is_the_clerks_french():
    assert policy.hold_sentence(datetime(2026, 12, 7, 8)) == (
        "Envoi programmé pour lundi 7 décembre à 08:00 : hors des heures autorisées"
    )
    assert policy.hold_sentence(datetime(2027, 6, 1, 8, 30), 2, 5).startswith(
        "2 messages sur 5 programmés, le premier pour mardi 1er juin à 08:30 : hors des "
        "heures autorisées chez le client"
    )


def test_the_stop_mention_is_added_once():
    mention = policy.DEFAULT_STOP_MENTION
    assert policy.with_stop_mention("Promo -20% ce week-end", mention) == (
        "Promo -20% ce week-end STOP au 36111"
    )
    already = "Nouveautés BD : -20 % ce samedi ! STOP au 36111"
    assert policy.with_stop_mention(already, mention) == already
    assert policy.with_stop_mention("Promo. stop AU 36111 ", mention) == "Promo. stop AU 36111 "
    assert policy.stop_mention(Values(stop_mention="  ")) == "STOP au 36111"


@pytest.mark.parametrize(
    "text",
    [
        "STOP",
        "stop",
        "Stop !",
        "STOPP",
        "ARRET",
        "Arrêt svp",
        "arrêter",
        "DESABONNER",
        "Désabonner.",
    ],
)
def test_stop_replies_in_any_case_and_accent(text):
    assert policy.is_stop_reply(text)


@pytest.mark.parametrize(
    "text", ["", "Merci !", "Je ne veux pas arrêter", "stoppa", "Bonjour stop"]
)
def test_other_replies_are_not_stop(text):
    assert not policy.is_stop_reply(text)
