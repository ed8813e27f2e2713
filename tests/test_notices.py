"""Reception notices, in process: one SMS per reception and per customer's day, decided by the
store's unique key (real SQLite file and real PostgreSQL), quiet hours on an injected clock,
the first run not texting the past, a landline listed and not retried, the reminder once.

The bookstore is a real SQLite file in the demo schema (`tests/notice_fixtures.py`), read
through the shipped réception script; SMS go to the sandbox provider, whose own database
(`sandbox.sqlite3`) says what reached « the network ».
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from ellipses_sms import notices, paths
from ellipses_sms.app import build_services
from ellipses_sms.sending import Dispatcher
from ellipses_sms.sending.clock import FakeClock
from ellipses_sms.settings import Settings
from ellipses_sms.store.models import jobs_table, notices_table
from tests.notice_fixtures import LIBRAIRIE, TITLES, configure, make_bookstore, receive


def utc_of(local: datetime) -> datetime:
    return local.astimezone(UTC).replace(tzinfo=None)


#: Wednesday 2 December 2026, 10:14 local time.
NOON = datetime(2026, 12, 2, 10, 14)


@pytest.fixture
def home(home, store_url):
    configure(home, database_url=store_url, librairie=LIBRAIRIE)
    return home


@pytest.fixture
def shop(tmp_path):
    return make_bookstore(tmp_path / "librairie.sqlite3", today=NOON.date())


@pytest.fixture
def world(home, shop):
    """Services whose dispatcher runs on a FakeClock at NOON, and a Notifier over them."""
    built = build_services(Settings())
    clock = FakeClock(utc_of(NOON))
    built.dispatcher.close()
    built.dispatcher = Dispatcher(
        built.store, built.gateways, built.settings, built.bus, clock=clock
    )
    notifier = notices.Notifier(built.dispatcher, built.settings, bookstore_url=str(shop))
    yield built, notifier, clock
    built.close()


def received() -> list[tuple[str, str]]:
    """What the sandbox accepted: (number, text), in order."""
    path = paths.data_dir() / "sandbox.sqlite3"
    if not path.exists():
        return []
    with sqlite3.connect(path) as conn:
        return list(conn.execute("SELECT number, text FROM sbx_messages ORDER BY submitted"))


def rows(services) -> dict[str, object]:
    with services.store.connect() as conn:
        return {r.order_id: r for r in conn.execute(select(notices_table))}


def run_all(services, done) -> None:
    for job in done.jobs:
        services.dispatcher.run(job)


def test_notify_groups_a_customers_day_and_a_second_call_sends_nothing(world):
    services, notifier, _ = world
    done = notifier.notify_orders(["101"])
    run_all(services, done)
    sms = received()
    assert len(sms) == 1 and sms[0][0] == "+33612345678"
    # both books of the day in one SMS, rendered from the shipped « Commande arrivée »
    assert sms[0][1] == (
        f"Bonjour Claire, votre commande est arrivée à la librairie {LIBRAIRIE} : "
        f"{TITLES[1]} et {TITLES[2]}. Nous la gardons pour vous."
    )
    by_order = {o.order_id: o for o in done.outcomes}
    assert by_order["101"].fresh and by_order["102"].fresh
    assert by_order["101"].message_id == by_order["102"].message_id is not None
    again = notifier.notify_orders(["101", "102"])
    assert again.jobs == [] and len(received()) == 1
    line = {o.order_id: o for o in again.outcomes}["101"].sentence()
    assert line == "Commande 101 (Claire Dupond) : déjà prévenu le 02/12/2026 à 10:14."


def test_a_landline_is_recorded_unsent_once_and_an_unticked_card_gets_nothing(world):
    _, notifier, clock = world
    done = notifier.notify_orders(["103", "104"])
    assert done.jobs == [] and received() == []
    by_order = {o.order_id: o for o in done.outcomes}
    assert by_order["103"].state == notices.UNSENT and by_order["103"].reason == "numéro fixe"
    assert by_order["104"].state == "declined"
    assert [r.order_id for r in notifier.book.unsent()] == ["103"]
    clock.advance(3600)
    again = {o.order_id: o for o in notifier.notify_orders(["103"]).outcomes}["103"]
    assert not again.fresh and again.sentence() == (
        "Commande 103 (Paul Martin) : avis non envoyé le 02/12/2026 à 10:14 (numéro fixe)."
    )
    assert len(notifier.book.unsent()) == 1


def test_the_first_pass_does_not_text_the_past_then_a_new_reception_goes(world, shop):
    services, notifier, clock = world
    done = notifier.watch_pass()
    run_all(services, done)
    states = {o.order_id: o.state for o in done.outcomes}
    assert states == {
        "101": notices.NOTIFIED,
        "102": notices.NOTIFIED,
        "103": notices.UNSENT,
        "104": "declined",
        "105": notices.SEEN,  # received ten days before the watcher's first day
    }
    assert [n for n, _ in received()] == ["+33612345678"]
    # the next day: 106 is received; only it is texted
    clock.advance(24 * 3600)
    receive(shop, 106, NOON.date() + timedelta(days=1))
    done = notifier.watch_pass()
    run_all(services, done)
    assert [(o.order_id, o.state) for o in done.fresh()] == [("106", notices.NOTIFIED)]
    assert [n for n, _ in received()] == ["+33612345678", "+33750123456"]
    assert notifier.watch_pass().fresh() == []  # nothing new


def test_since_texts_older_receptions(world):
    _, notifier, _ = world
    done = notifier.watch_pass(since=NOON.date() - timedelta(days=30))
    assert {o.order_id for o in done.fresh() if o.state == notices.NOTIFIED} == {
        "101",
        "102",
        "105",
    }


def test_a_reception_at_night_is_journaled_due_at_eight(world, shop):
    services, notifier, clock = world
    clock.advance((datetime(2026, 12, 2, 22, 30) - NOON).total_seconds())
    done = notifier.notify_orders(["101"])
    (job,) = done.jobs
    summary = services.dispatcher.run(job)
    assert summary.state.value == "waiting" and received() == []
    line = {o.order_id: o for o in done.outcomes}["101"].sentence()
    assert line.endswith("avis prévu le 03/12/2026 à 08:00 (heures d'envoi des avis).")
    with services.store.connect() as conn:
        due = conn.scalar(select(jobs_table.c.not_before).where(jobs_table.c.id == job))
    assert due == utc_of(datetime(2026, 12, 3, 8, 0))
    assert notifier.notify_orders(["101"]).jobs == []  # held, still decided once
    clock.advance((datetime(2026, 12, 3, 8, 0) - datetime(2026, 12, 2, 22, 30)).total_seconds())
    assert services.dispatcher.unfinished_jobs() == [job]
    services.dispatcher.run(job)
    assert len(received()) == 1


def test_the_reminder_goes_once_after_n_days(world, shop):
    services, notifier, clock = world
    services.settings.set("notices_reminder_days", 3)
    run_all(services, notifier.watch_pass())
    assert len(received()) == 1
    clock.advance(2 * 24 * 3600)
    assert [o for o in notifier.watch_pass().fresh() if o.kind == notices.REMINDER] == []
    clock.advance(24 * 3600)
    done = notifier.watch_pass()
    run_all(services, done)
    reminders = [o.order_id for o in done.fresh() if o.kind == notices.REMINDER]
    assert sorted(reminders) == ["101", "102"]  # not 105: seen, never notified
    assert received()[-1][1].startswith("Bonjour Claire, votre commande vous attend toujours")
    clock.advance(24 * 3600)
    assert notifier.watch_pass().fresh() == []
    assert len(received()) == 2


def test_a_key_decided_by_another_claimant_meanwhile_journals_nothing(world, monkeypatch):
    """The race the unique key settles: the other claimant commits between our read and our
    journal; our job's transaction fails on the key and rolls back, we read its decision."""
    services, notifier, _ = world
    other = notices.Notifier(
        services.dispatcher, services.settings, bookstore_url=notifier.bookstore_url
    )
    real_known = notifier.book.known
    calls = []

    def known_then_race(kind, keys):
        found = real_known(kind, keys)
        if not calls:
            calls.append(other.notify_orders(["101"]))  # wins after our first read
            return {}
        return found

    monkeypatch.setattr(notifier.book, "known", known_then_race)
    done = notifier.notify_orders(["101"])
    assert done.jobs == [] and not any(o.fresh for o in done.outcomes)
    assert len(calls[0].jobs) == 1
    with services.store.connect() as conn:
        assert (
            conn.scalar(select(jobs_table.c.id).order_by(jobs_table.c.id.desc()))
            == calls[0].jobs[0]
        )
    assert len(rows(services)) == 2  # 101 and 102, once


def test_an_unknown_order_is_said(world):
    _, notifier, _ = world
    (outcome,) = notifier.notify_orders(["999"]).outcomes
    assert outcome.state == "missing"
    assert "introuvable" in outcome.sentence()


def test_the_shipped_script_reads_the_generated_demo_database(tmp_path):
    from ellipses_sms.scripts import runner

    path = tmp_path / "demo.sqlite3"
    from ellipses_sms import bookstore

    bookstore.generate_demo(path, customers=2000, today=date(2026, 12, 2))
    found = notices.read_receptions(
        runner.find("reception"), f"sqlite:///{path}", date(2026, 10, 1)
    )
    assert found and all(r.received_on >= date(2026, 10, 1) and not r.collected for r in found)
    assert any(r.alert for r in found) and any(not r.alert for r in found)


def test_notify_then_the_watcher_sends_nothing_more(world):
    services, notifier, _ = world
    run_all(services, notifier.notify_orders(["101"]))
    done = notifier.watch_pass()
    assert not [o for o in done.fresh() if o.state == notices.NOTIFIED]
    assert {o.order_id: o.state for o in done.outcomes}["102"] == notices.NOTIFIED
    assert len(received()) == 1


def test_the_bookstores_own_reception_script_replaces_the_shipped_one(world):
    """Same mechanism as the import scripts: a `reception.sql` in the bookstore's folder."""
    from ellipses_sms.scripts import runner

    _, notifier, _ = world
    shipped = (runner.shipped_dir() / "reception.sql").read_text(encoding="utf-8")
    own = shipped.replace("WHERE cmd.date_reception IS NOT NULL", "WHERE cmd.id_commande = 105")
    folder = paths.user_scripts_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "reception.sql").write_text(own, encoding="utf-8")
    assert notifier.script().path == folder / "reception.sql"
    by_order = {o.order_id: o.state for o in notifier.notify_orders(["101", "105"]).outcomes}
    assert by_order == {"101": "missing", "105": notices.NOTIFIED}


def test_a_script_without_the_order_column_is_refused_in_french(world):
    from ellipses_sms.scripts import runner

    _, notifier, _ = world
    folder = paths.user_scripts_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "reception.sql").write_text(
        '-- name: Mes réceptions\n-- param: depuis date today "Depuis"\n'
        "SELECT nom AS nom, telephone_portable AS numero FROM clients WHERE :depuis <> ''\n",
        encoding="utf-8",
    )
    with pytest.raises(runner.ScriptError, match="id_commande et date_reception"):
        notifier.notify_orders(["101"])


def test_the_service_pass_follows_the_setting_and_its_interval(world, shop):
    services, _, clock = world
    services.settings.set("bookstore_url", str(shop))
    (notice_pass,) = notices.watch_passes(services.dispatcher, services.settings)
    notice_pass()
    assert rows(services) == {}  # « Avis de réception automatiques » not ticked
    services.settings.set("notices_auto", True)
    notice_pass()
    assert len(received()) == 1 and "105" in rows(services)
    receive(shop, 106, NOON.date())
    clock.advance(30)
    notice_pass()  # within the 60 s interval: no new search yet
    assert "106" not in rows(services)
    clock.advance(30)
    notice_pass()
    assert rows(services)["106"].state == notices.NOTIFIED and len(received()) == 2


def test_a_script_without_the_depuis_parameter_is_refused_in_french(world):
    from ellipses_sms.scripts import runner

    _, notifier, _ = world
    folder = paths.user_scripts_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "reception.sql").write_text(
        "-- name: Mes réceptions\nSELECT nom AS nom, telephone_portable AS numero FROM clients\n",
        encoding="utf-8",
    )
    with pytest.raises(runner.ScriptError, match="« -- param: depuis date … »"):
        notifier.notify_orders(["101"])
