"""The send path's pure rules and its clock: decisions, back-off, throttle, proof of death.

No real waiting: a FakeClock moves when the code waits on it.
"""

from __future__ import annotations

import random
import subprocess
import sys
import threading
from datetime import datetime, timedelta

import pytest

from ellipses_sms.gateway import SubmitResult
from ellipses_sms.sending import FakeClock
from ellipses_sms.sending.lease import Identity, Lease, process_started
from ellipses_sms.sending.outcomes import RetryPolicy, decide, recovered, suspension, wait_note
from ellipses_sms.sending.throttle import Throttle
from ellipses_sms.states import MessageState as S

NOW = datetime(2026, 12, 2, 14, 0, 0)
POLICY = RetryPolicy(max_attempts=3, base_delay=2.0, max_delay=300.0)


def test_accepted_is_sent_with_the_provider_id():
    d = decide(1, SubmitResult.ok(7, "ABC", "0"), NOW, POLICY)
    assert d.state == S.SENT and d.provider_id == "ABC" and d.submitted_at == NOW


def test_no_answer_for_a_message_is_uncertain_never_queued():
    assert decide(1, None, NOW, POLICY).state == S.UNCERTAIN


def test_transient_refusal_retries_then_fails_with_the_count():
    r = SubmitResult.refused(7, "Réseau saturé", transient=True)
    first = decide(1, r, NOW, POLICY, rng=random.Random(1))
    assert first.state == S.QUEUED and NOW < first.next_at <= NOW + timedelta(seconds=2.4)
    last = decide(3, r, NOW, POLICY)
    assert last.state == S.FAILED and last.error == "Échec après 3 tentatives : Réseau saturé"


def test_backoff_never_exceeds_the_maximum():
    policy = RetryPolicy(max_attempts=99, base_delay=2.0, max_delay=300.0)
    assert all(policy.backoff(n, random.Random(n)) <= 300.0 for n in range(1, 60))


def test_retry_after_is_honoured_up_to_the_maximum_and_beyond_it_suspends():
    r = SubmitResult.refused(7, "Trop de requêtes", transient=True)
    d = decide(1, r, NOW, POLICY, retry_after=120.0, rng=random.Random(1))
    assert d.next_at >= NOW + timedelta(seconds=120)
    # a day asked: never waited in a row; the message waits until then, its attempts spared
    until = suspension(86_400.0, POLICY, NOW)
    assert until == NOW + timedelta(days=1)
    held = decide(3, r, NOW, POLICY, retry_after=86_400.0, resume_at=until)
    assert held.state == S.QUEUED and held.next_at == until
    assert suspension(120.0, POLICY, NOW) is None


def test_a_whole_request_refused_for_good_requeues_untouched():
    r = SubmitResult.refused(7, "Identifiants refusés", transient=True)
    d = decide(5, r, NOW, POLICY, requeue_only=True)
    assert d.state == S.QUEUED and d.next_at is None


def test_recovery_verdicts():
    assert recovered(SubmitResult.ok(1, "X")).state == S.SENT
    assert recovered(SubmitResult.refused(1, "jamais reçu", transient=True)).state == S.QUEUED
    doubt = SubmitResult(1, False, error="Envoi incertain", state=S.UNCERTAIN)
    assert recovered(doubt).state == S.UNCERTAIN


def test_wait_note_says_the_time_and_the_day_when_not_today():
    today = datetime(2026, 12, 2, 15, 0)
    assert wait_note(datetime(2026, 12, 2, 15, 40), today) == (
        "Le fournisseur demande d'attendre jusqu'à 15:40 ; l'envoi reprendra alors."
    )
    assert "le 03/12/2026" in wait_note(datetime(2026, 12, 3, 15, 40), today)


def test_throttle_keeps_the_rate_on_a_fake_clock():
    clock = FakeClock()
    throttle = Throttle(rate=10, burst=5, clock=clock)
    cancel = threading.Event()
    start = clock.monotonic()
    sent = 0
    while sent < 105:
        assert throttle.wait_for(5, cancel)
        throttle.spend(5)
        sent += 5
    elapsed = clock.monotonic() - start
    # 5 at once, then 100 more at 9.7 per second (3 % under the provider's own rate)
    assert elapsed == pytest.approx(100 / 9.7, rel=0.01)


def test_throttle_wait_is_cancelled():
    clock = FakeClock()
    throttle = Throttle(rate=1, burst=1, clock=clock)
    throttle.spend(1)
    cancel = threading.Event()
    cancel.set()
    assert not throttle.wait_for(1, cancel)


def test_a_process_that_exists_is_alive_and_a_dead_one_is_gone(tmp_path):
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        started = process_started(proc.pid)
        assert started is not None and started > 0
    finally:
        proc.kill()
        proc.wait()
    assert process_started(proc.pid) is None


def test_proof_of_death_on_this_machine_is_the_process_not_the_clock(tmp_path):
    """A live process is never gone whatever its heartbeat; a dead one is, at once; a pid
    reused by another process (another start time) is gone too."""
    from ellipses_sms.store import Store
    from ellipses_sms.store.models import dispatchers_table

    store = Store(f"sqlite:///{tmp_path / 's.sqlite3'}")
    me = Lease(store, "cli")
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        here = Identity.here()
        other = Identity(
            "peer:1:x", here.machine, here.host, proc.pid, process_started(proc.pid), here.boot
        )
        old = datetime(2000, 1, 1)
        with store.begin() as conn:
            conn.execute(
                dispatchers_table.insert().values(
                    owner=other.owner,
                    machine=other.machine,
                    host=other.host,
                    pid=other.pid,
                    pid_started=other.pid_started,
                    boot=other.boot,
                    role="cli",
                    started_at=old,
                    heartbeat_at=old,  # silent for 26 years, but its process runs
                )
            )
        with store.connect() as conn:
            assert not me.is_gone("peer:1:x#3", conn)
        with store.begin() as conn:
            conn.execute(dispatchers_table.update().values(pid_started=other.pid_started - 50))
        with store.connect() as conn:
            assert me.is_gone("peer:1:x#3", conn)  # that pid is another process now
        with store.begin() as conn:
            conn.execute(dispatchers_table.update().values(pid_started=other.pid_started))
    finally:
        proc.kill()
        proc.wait()
    with store.connect() as conn:
        assert me.is_gone("peer:1:x#3", conn)
        assert me.is_gone("never-registered:1:x#1", conn)
        assert not me.is_gone(me.owner + "#1", conn)
    store.dispose()
