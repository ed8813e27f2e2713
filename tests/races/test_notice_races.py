"""Reception notices, exactly once: two watchers and `notify` racing (SQLite and PostgreSQL).

Each trial receives a new delivery (two books of one new customer, the same day) in the
bookstore database, then starts `watch --once`, `watch --once` and `notify reception` together;
judged by what a local HTTP provider really received (tests/fakes/counting_provider.py): one
SMS for the delivery. `ELLIPSES_RACE_TRIALS` trials (50 by default).
"""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from tests.fakes.counting_provider import CountingProvider
from tests.notice_fixtures import LIBRAIRIE, make_bookstore
from tests.races.harness import finish, make_home, start_together, trials

pytestmark = pytest.mark.integration


@pytest.fixture
def provider():
    server = CountingProvider(delay=0.002)
    yield server
    server.close()


@pytest.fixture
def shop(tmp_path):
    return make_bookstore(tmp_path / "librairie.sqlite3", today=date.today())


@pytest.fixture
def home(tmp_path, monkeypatch, provider, store_url, shop):
    root = make_home(
        tmp_path / "home",
        provider,
        store_url,
        librairie=LIBRAIRIE,
        bookstore_url=str(shop),
        notices_start="00:00",
        notices_end="23:59",
    )
    monkeypatch.setenv("ELLIPSES_SMS_HOME", str(root))
    return root


def new_delivery(shop, trial: int) -> tuple[str, str]:
    """A new customer with two books received today; returns (an order, the mobile)."""
    customer, number = 1000 + trial, f"+336{trial:03d}00001"
    first = 10_000 + 2 * trial
    with sqlite3.connect(shop) as conn:
        conn.execute(
            "INSERT INTO clients (id_client, nom, prenom, telephone_portable, "
            "alerte_sms_reception, news_sms, date_creation) VALUES (?, ?, 'Anne', ?, 1, 0, ?)",
            (customer, f"Client{trial}", number, "2020-01-01"),
        )
        conn.executemany(
            "INSERT INTO commandes VALUES (?, ?, ?, 1, '2026-11-01', ?, NULL)",
            [(first + i, customer, 1 + i, date.today().isoformat()) for i in range(2)],
        )
    return str(first), number


def test_two_watchers_and_notify_together_send_one_sms_per_delivery(home, provider, shop):
    for trial in range(trials()):
        provider.reset()
        order, number = new_delivery(shop, trial)
        procs = start_together(
            home,
            [["watch", "--once"], ["watch", "--once"], ["notify", "reception", "--order", order]],
            trial=trial,
        )
        results = finish(procs)
        assert [code for code, _, _ in results] == [0, 0, 0], results
        assert provider.duplicates() == {}, "sent twice"
        expected = {number} | ({"+33612345678"} if trial == 0 else set())  # Claire, at first
        assert set(provider.received) == expected
