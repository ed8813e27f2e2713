"""The send path: journal first, batches, throttle, retries, cancel, crash recovery, reports."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import threading

import pytest
from sqlalchemy import select, update

from ellipses_sms import paths, recipients
from ellipses_sms.gateway import PermanentError, TransientError
from ellipses_sms.gateway.sandbox import SandboxGateway
from ellipses_sms.sending import (
    JobBusy,
    JobCreated,
    JobFinished,
    JobProgress,
    MessagesChanged,
    SendError,
)
from ellipses_sms.states import JobState
from ellipses_sms.states import MessageState as S
from ellipses_sms.store.models import events_table, jobs_table, messages_table, opt_outs_table
from tests.sending_hours import in_sending_hours

TEXT = "Bonjour, votre commande est disponible à la librairie."


@pytest.fixture
def home(home, store_url):
    """Every test of the send path on a real SQLite file and on a real PostgreSQL."""
    import json

    settings = home / "config" / "settings.json"
    values = json.loads(settings.read_text(encoding="utf-8"))
    values["database_url"] = store_url
    settings.write_text(json.dumps(values), encoding="utf-8")
    return home


def people(*numbers: str) -> list[recipients.Recipient]:
    return [recipients.make(f"Client {i}", n) for i, n in enumerate(numbers)]


def mobiles(count: int, start: int = 10_000_000) -> list[recipients.Recipient]:
    return people(*(f"+336{n:08d}" for n in range(start, start + count)))


def states(services, job_id: int) -> dict[str, str]:
    return {row.number: row.state for row in services.dispatcher.messages(job_id)}


class Recording(SandboxGateway):
    """A sandbox that remembers its batches and what the journal said when each was sent."""

    def __init__(self, store, **kw):
        kw.setdefault("rate_limit", 0)
        kw.setdefault("latency", 0)
        kw.setdefault("report_delay", 0.05)
        kw.setdefault("failure_rate", 0)
        super().__init__(**kw)
        self.store = store
        self.batches: list[list[str]] = []
        self.journal_states: list[set[str]] = []

    def submit(self, batch):
        ids = [m.message_id for m in batch]
        with self.store.engine.connect() as conn:
            found = conn.execute(
                select(messages_table.c.state).where(messages_table.c.id.in_(ids))
            ).scalars()
            self.journal_states.append(set(found))
        self.batches.append([m.to for m in batch])
        return super().submit(batch)


@pytest.fixture
def recording(services):
    gw = Recording(services.store)
    services.gateways.put(gw)
    return gw


def test_send_journals_before_the_network_and_reports_delivery(services, recording):
    events = []
    services.bus.subscribe(events.append)
    summary = services.dispatcher.send(people("06 12 34 56 78", "07 50 12 34 56"), TEXT)
    assert summary.state == JobState.SUBMITTED
    assert summary.accepted == 2 and summary.failed == 0
    assert recording.journal_states == [{"submitting"}]  # committed before the call
    job = summary.job_id
    assert set(states(services, job).values()) == {"sent"}
    final = services.dispatcher.wait_for_reports(job, timeout=5, interval=0.02)
    assert final.count(S.DELIVERED) == 2
    rows = services.dispatcher.messages(job)
    assert all(r.provider_id.startswith("SBX") and r.raw_status == "DELIVRD" for r in rows)
    assert rows[0].encoding == "GSM-7" and rows[0].parts == 1
    kinds = [type(e) for e in events]
    assert kinds[0] is JobCreated and JobFinished in kinds and JobProgress in kinds
    changed = [u.state for e in events if isinstance(e, MessagesChanged) for u in e.updates]
    assert changed.count(S.SUBMITTING) == 2 and changed.count(S.SENT) == 2
    assert changed.count(S.DELIVERED) == 2
    with services.store.engine.connect() as conn:
        logged = (
            conn.execute(
                select(events_table.c.state).where(events_table.c.message_id == rows[0].id)
            )
            .scalars()
            .all()
        )
    assert logged == ["sent", "delivered"]


def test_batches_follow_the_provider_limit(services, recording):
    recording.max_recipients_per_request = 4
    summary = services.dispatcher.send(mobiles(10), TEXT)
    assert [len(b) for b in recording.batches] == [4, 4, 2]
    assert summary.accepted == 10
    sent = [n for b in recording.batches for n in b]
    assert len(sent) == len(set(sent)) == 10  # every recipient once


def test_throttle_keeps_under_the_provider_rate(services):
    gw = SandboxGateway(rate_limit=25, latency=0, failure_rate=0, report_delay=0.05)
    services.gateways.put(gw)
    summary = services.dispatcher.send(mobiles(60), TEXT)
    assert summary.accepted == 60
    # the sandbox answers 429 when its rate is exceeded: none means the throttle held
    rows = services.dispatcher.messages(summary.job_id)
    assert all(r.attempts == 1 for r in rows)


def test_transient_refusals_are_retried_then_fail_with_the_reason(services, recording):
    summary = services.dispatcher.send(people("+33600000006", "+33600000008"), TEXT)
    rows = {r.number: r for r in services.dispatcher.messages(summary.job_id)}
    assert rows["+33600000006"].state == "sent" and rows["+33600000006"].attempts == 3
    busy = rows["+33600000008"]
    assert busy.state == "failed" and busy.attempts == 5
    assert busy.error == "Échec après 5 tentatives : Réseau de l'opérateur saturé"


def test_permanent_refusals_are_recorded(services, recording):
    summary = services.dispatcher.send(people("+33600000001", "+33600000005"), TEXT)
    rows = {r.number: r for r in services.dispatcher.messages(summary.job_id)}
    assert rows["+33600000001"].state == "rejected"
    assert rows["+33600000001"].error == "Numéro inconnu de l'opérateur"
    assert rows["+33600000005"].state == "blocked"
    assert summary.failed == 2
    assert summary.sentence() == "Envoi terminé : 0 envoyé, 2 en échec"


def test_unusable_duplicate_and_opted_out_numbers_are_recorded_not_dropped(services, recording):
    with services.store.engine.begin() as conn:
        conn.execute(opt_outs_table.insert().values(number="+33612345679", source="test"))
    crowd = people("06 12 34 56 78", "01 23 45 67 89", "+33 6 12 34 56 78", "06 12 34 56 79")
    in_sending_hours(services.dispatcher)  # marketing: inside the allowed hours
    summary = services.dispatcher.send(crowd, TEXT, kind="marketing")
    rows = services.dispatcher.messages(summary.job_id)
    assert [r.state for r in rows] == ["sent", "blocked", "cancelled", "blocked"]
    assert "fixe" in rows[1].error and rows[1].number == "01 23 45 67 89"
    assert rows[2].error.startswith("Doublon")
    assert "STOP" in rows[3].error
    assert recording.batches == [["+33612345678"]]
    # the STOP list is for marketing: a notice about an order still goes
    notice = services.dispatcher.send(people("06 12 34 56 79"), TEXT)
    assert notice.accepted == 1


def test_empty_text_or_recipients_or_unknown_provider_are_refused(services):
    d = services.dispatcher
    with pytest.raises(SendError, match="vide"):
        d.create_job(mobiles(1), "   ")
    with pytest.raises(SendError, match="Aucun destinataire"):
        d.create_job([], TEXT)
    with pytest.raises(LookupError, match="inconnu"):
        d.create_job(mobiles(1), TEXT, provider="nulle-part")


def test_cancel_midway_cancels_the_rest(services, recording):
    cancel = threading.Event()
    recording.max_recipients_per_request = 5
    original = recording.submit

    def submit_then_cancel(batch):
        result = original(batch)
        cancel.set()
        return result

    recording.submit = submit_then_cancel
    summary = services.dispatcher.send(mobiles(20), TEXT, cancel=cancel)
    assert summary.state == JobState.CANCELLED
    assert summary.count(S.SENT) == 5 and summary.count(S.CANCELLED) == 15
    assert summary.sentence().startswith("Envoi annulé : 5 envoyés, 15 annulés")
    # the batch claimed ahead while the first one was in flight went back untouched
    cancelled = [r for r in services.dispatcher.messages(summary.job_id) if r.state == "cancelled"]
    assert len(cancelled) == 15 and {r.attempts for r in cancelled} == {0}


class Timeline(Recording):
    """Counts the claims made while a claimed batch's request has not been answered yet."""

    def __init__(self, store, outbox, patience: float, **kw):
        super().__init__(store, **kw)
        self.outstanding = 0  # batches claimed and not yet answered
        self.ahead: list[int] = []  # sizes of the claims made while one was outstanding
        self.patience = patience  # how long a request waits for a claim ahead to show
        self.claimed = threading.Condition()
        original = outbox.claim_batch

        def claim_batch(*args, **kwargs):
            rows = original(*args, **kwargs)
            with self.claimed:
                if rows:
                    if self.outstanding:
                        self.ahead.append(len(rows))
                    self.outstanding += 1
                self.claimed.notify_all()
            return rows

        outbox.claim_batch = claim_batch

    def submit(self, batch):
        with self.claimed:  # give the journal thread time to claim ahead, if it does
            if len(self.batches) < 2:  # batches 1 and 2 have a next one
                self.claimed.wait_for(lambda: self.outstanding > 1, timeout=self.patience)
        result = super().submit(batch)
        with self.claimed:
            self.outstanding -= 1
        return result


@pytest.mark.parametrize("can_lookup", [True, False])
def test_the_next_batch_is_claimed_during_a_request_only_where_a_crash_costs_a_lookup(
    services, can_lookup
):
    # where it must not happen, each request still waits a little for it to show
    gw = Timeline(services.store, services.dispatcher.outbox, 5.0 if can_lookup else 0.3)
    gw.can_lookup = can_lookup
    gw.max_recipients_per_request = 5
    services.gateways.put(gw)
    summary = services.dispatcher.send(mobiles(12), TEXT)
    assert summary.count(S.SENT) == 12 and len(gw.batches) == 3
    if can_lookup:  # batches 2 and 3 claimed while 1 and 2 were in flight
        assert gw.ahead == [5, 2]
    else:  # nothing is `submitting` without its request in flight
        assert gw.ahead == []


class Ambiguous(Recording):
    """The provider gets the request but the answer is lost (a read time-out)."""

    def submit(self, batch):
        super().submit(batch)
        raise TransientError("délai de réponse dépassé", maybe_sent=True)


def test_ambiguous_error_is_looked_up_never_sent_twice(services):
    gw = Ambiguous(services.store)
    services.gateways.put(gw)
    summary = services.dispatcher.send(mobiles(3), TEXT)
    assert summary.count(S.SENT) == 3
    assert len(gw.batches) == 1  # found at the provider: not sent again


def test_ambiguous_error_without_lookup_leaves_messages_uncertain(services):
    gw = Ambiguous(services.store)
    gw.can_lookup = False
    services.gateways.put(gw)
    d = services.dispatcher
    summary = d.send(mobiles(3), TEXT)
    assert summary.count(S.UNCERTAIN) == 3 and len(gw.batches) == 1
    assert all("incertain" in r.error for r in d.messages(summary.job_id))
    assert d.unfinished_jobs() == []  # nothing is resent behind the clerk's back
    assert d.settle_uncertain([r.id for r in d.uncertain_messages()], resend=True) == 3
    gw.__class__ = Recording  # the line is back
    d.resume_all()
    assert set(states(services, summary.job_id).values()) == {"sent"}
    assert len(gw.batches) == 2


def test_permanent_request_error_stops_the_job_keeping_every_message(services, recording):
    original = recording.submit
    calls = []

    def refuse(batch):
        calls.append(batch)
        raise PermanentError("Identifiants refusés par le fournisseur")

    recording.submit = refuse
    summary = services.dispatcher.send(mobiles(4), TEXT)
    assert summary.state == JobState.INTERRUPTED
    assert summary.error == "Identifiants refusés par le fournisseur"
    assert summary.count(S.QUEUED) == 4 and len(calls) == 1
    recording.submit = original  # the clerk fixed the password
    (resumed,) = services.dispatcher.resume_all()
    assert resumed.count(S.SENT) == 4


def _foreign_holder(services, job: int, heartbeat_age: float) -> None:
    """Job `job` held by a dispatcher of another workstation, last heard `heartbeat_age` ago."""
    from datetime import timedelta

    from ellipses_sms.store.models import dispatchers_table

    now = services.store.db_now()
    with services.store.begin() as conn:
        conn.execute(
            dispatchers_table.insert().values(
                owner="CAISSE-2:4242:ab",
                machine="CAISSE-2/0123",
                host="CAISSE-2",
                pid=4242,
                pid_started=1.0,
                boot=1.0,
                role="window",
                started_at=now,
                heartbeat_at=now - timedelta(seconds=heartbeat_age),
            )
        )
        conn.execute(
            update(jobs_table)
            .where(jobs_table.c.id == job)
            .values(state="running", lease_owner="CAISSE-2:4242:ab#1", lease_until=None)
        )


def test_a_live_job_cannot_be_run_twice(services, recording):
    """A job held by another workstation whose heartbeat is fresh is never taken over."""
    job = services.dispatcher.create_job(mobiles(2), TEXT)
    _foreign_holder(services, job, heartbeat_age=5)
    with pytest.raises(JobBusy, match="CAISSE-2"):
        services.dispatcher.run(job)
    assert services.dispatcher.recover() == []  # not offered for resumption either
    assert recording.batches == []


def test_a_silent_workstation_is_taken_over_after_the_lease(services, recording):
    """Its heartbeat older than the lease (database clock) is the proof it is gone."""
    from ellipses_sms.sending import LEASE_SECONDS

    job = services.dispatcher.create_job(mobiles(2), TEXT)
    _foreign_holder(services, job, heartbeat_age=LEASE_SECONDS + 5)
    assert services.dispatcher.recover() == [job]
    (summary,) = services.dispatcher.resume_all()
    assert summary.accepted == 2 and len(recording.batches) == 1


CRASHER = textwrap.dedent(
    """
    import os, signal, sys
    from ellipses_sms import recipients
    from ellipses_sms.app import build_services

    mode = sys.argv[1]
    s = build_services()
    gw = s.gateways.get("sandbox")
    gw.max_recipients_per_request = 5
    original = gw.submit
    calls = []

    def submit(batch):
        calls.append(1)
        if len(calls) == 2:
            if mode == "after":  # the provider got the batch, the answer never recorded
                original(batch)
            os.kill(os.getpid(), signal.SIGKILL)
        return original(batch)

    gw.submit = submit
    people = [recipients.make(f"C{i}", f"+336{10000000 + i:08d}") for i in range(12)]
    s.dispatcher.send(people, "Votre commande est arrivée")
    """
)


@pytest.mark.parametrize("mode", ["before", "after"])
def test_killed_mid_send_resumes_without_loss_or_double_send(home, mode):
    """A real process killed with SIGKILL in the middle of a batch."""
    proc = subprocess.run(
        [sys.executable, "-c", CRASHER, mode],
        env=os.environ.copy(),
        capture_output=True,
        timeout=60,
    )
    assert proc.returncode == -9, proc.stderr.decode()
    from ellipses_sms.app import build_services

    services = build_services()
    try:
        d = services.dispatcher
        with services.store.engine.connect() as conn:
            left = conn.execute(select(messages_table.c.state)).scalars().all()
        # batch 2 was in flight; batch 1's results may not have been committed yet either, and
        # the last 2 may have been claimed ahead while batch 2 was in flight (the sandbox can
        # look messages up: JobRun._claims_ahead) — to be found « jamais reçu » below
        assert left.count("queued") in (0, 2) and left.count("submitting") >= 5
        assert left.count("sent") + left.count("submitting") + left.count("queued") == 12
        (job,) = d.recover()  # the dead process's job, offered for resumption
        after_recover = states(services, job)
        expected = "sent" if mode == "after" else "queued"
        assert list(after_recover.values()).count(expected) >= 5
        (summary,) = d.resume_all()
        assert summary.count(S.SENT) == 12 and summary.state == JobState.SUBMITTED
    finally:
        services.close()
    server = sqlite3.connect(paths.data_dir() / "sandbox.sqlite3")
    numbers = [n for (n,) in server.execute("SELECT number FROM sbx_messages")]
    server.close()
    assert sorted(numbers) == sorted(set(numbers)) and len(numbers) == 12  # each exactly once


def test_uncertain_after_a_crash_when_the_provider_cannot_tell(services, recording):
    recording.can_lookup = False
    d = services.dispatcher
    job = d.create_job(mobiles(3), TEXT)
    with services.store.engine.begin() as conn:
        conn.execute(update(messages_table).values(state="submitting", attempts=1))
        conn.execute(
            update(jobs_table).values(
                state="running", lease_owner="h:1:x", lease_until=d._now().replace(year=2000)
            )
        )
    assert d.recover() == []
    assert set(states(services, job).values()) == {"uncertain"}
    assert d.settle_uncertain([r.id for r in d.uncertain_messages()], resend=False) == 3
    assert set(states(services, job).values()) == {"cancelled"}
    assert recording.batches == []


def test_report_poller_brings_messages_to_their_final_state(services, recording):
    from ellipses_sms.sending import ReportPoller

    summary = services.dispatcher.send(people("0612345678", "+33600000002"), TEXT)
    delivered = threading.Event()

    def on_event(event):
        if isinstance(event, MessagesChanged) and any(u.state == S.FAILED for u in event.updates):
            delivered.set()

    services.bus.subscribe(on_event)
    poller = ReportPoller(services.dispatcher, 0.02)
    poller.start()
    try:
        assert delivered.wait(10)
    finally:
        poller.stop()
    final = services.dispatcher.wait_for_reports(summary.job_id, timeout=5, interval=0.02)
    assert final.count(S.DELIVERED) == 1 and final.count(S.FAILED) == 1
    rows = {r.number: r for r in services.dispatcher.messages(summary.job_id)}
    assert rows["+33600000002"].raw_status == "UNDELIV"
    assert rows["+33600000002"].error == "Le téléphone n'a pas pu recevoir le message"


def test_poll_reports_skips_messages_too_old_to_get_a_report(services):
    from datetime import timedelta

    from ellipses_sms.sending import CREATED_SLACK, REPORT_WINDOW

    d = services.dispatcher
    old = d.send(people("0612345678"), TEXT)
    fresh = d.send(people("0612345679"), TEXT)
    long_ago = d._now() - REPORT_WINDOW - CREATED_SLACK - timedelta(days=1)
    with services.store.engine.begin() as conn:
        conn.execute(
            update(messages_table)
            .where(messages_table.c.job_id == old.job_id)
            .values(created_at=long_ago)
        )
    import time

    time.sleep(0.2)  # both reports are due (the test sandbox answers after 0.05 s)
    assert d.poll_reports() == 1
    assert d.counts(fresh.job_id).get(S.DELIVERED) == 1
    assert d.counts(old.job_id).get(S.SENT) == 1


def test_a_removed_default_provider_is_never_replaced_by_the_sandbox_in_silence(services):
    """The default provider's settings are gone: a send that names no provider is refused (no
    « Envoyé (SBX…) » for SMS that never left), one that names the sandbox goes."""
    services.settings.set("default_provider", "boutique")
    with pytest.raises(SendError, match="« boutique » n'existe plus"):
        services.dispatcher.create_job(mobiles(1), TEXT)
    assert services.dispatcher.send(mobiles(1), TEXT, provider="sandbox").accepted == 1


def test_each_message_has_a_stable_key_given_to_the_provider(services):
    """The store's instance id and the message id: stored, unique, handed over as the
    client reference (Infobip messageId, Vonage client-ref…), the same on every attempt."""
    seen: list[tuple[int, str]] = []

    class Keeping(Recording):
        def submit(self, batch):
            seen.extend((m.message_id, m.reference) for m in batch)
            return super().submit(batch)

    services.gateways.put(Keeping(services.store))
    summary = services.dispatcher.send(people("0612345678", "+33600000006"), TEXT)
    instance = services.store.instance
    rows = {r.id: r for r in services.dispatcher.messages(summary.job_id)}
    assert seen and all(ref == f"E{instance}-{mid}" == rows[mid].ref for mid, ref in seen)
    retried = [ref for mid, ref in seen if rows[mid].number == "+33600000006"]
    assert len(retried) == 3 and len(set(retried)) == 1  # busy twice, then accepted
