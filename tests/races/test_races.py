"""Exactly once, whoever sends: real processes racing on one store (SQLite and PostgreSQL).

Judged by what a local HTTP provider really received (tests/fakes/counting_provider.py), not
by what the store says. Each race runs `ELLIPSES_RACE_TRIALS` trials (50 by default).
"""

from __future__ import annotations

import json
import os
import random
import signal
import time
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from ellipses_sms import recipients
from ellipses_sms.store.models import jobs_table, messages_table
from tests.fakes.counting_provider import CountingProvider
from tests.races.harness import env_for, finish, make_home, prepare, start_together, trials

pytestmark = pytest.mark.integration
TEXT = "Votre commande est arrivée à la librairie."


@pytest.fixture
def provider():
    server = CountingProvider(delay=0.002)
    yield server
    server.close()


@pytest.fixture
def home(tmp_path, monkeypatch, provider, store_url):
    root = make_home(tmp_path / "home", provider, store_url)
    monkeypatch.setenv("ELLIPSES_SMS_HOME", str(root))
    return root


@pytest.fixture
def services(home):
    from ellipses_sms.app import build_services

    built = build_services()
    yield built
    built.close()


def numbers_of(trial: int, count: int) -> list[str]:
    return [f"+336{trial:03d}{i:05d}" for i in range(count)]


def interrupted_job(services, numbers: list[str]) -> int:
    """A job its sender left behind: held by a process that no longer exists."""
    people = [recipients.make(f"C{i}", n) for i, n in enumerate(numbers)]
    job = services.dispatcher.create_job(people, TEXT)
    with services.store.begin() as conn:
        conn.execute(
            update(jobs_table)
            .where(jobs_table.c.id == job)
            .values(state="running", lease_owner="ghost-host:999999:0#1")
        )
    return job


def states(services, job: int | None = None) -> dict[str, str]:
    m = messages_table
    query = select(m.c.number, m.c.state)
    if job is not None:
        query = query.where(m.c.job_id == job)
    with services.store.connect() as conn:
        return dict(conn.execute(query).all())


def assert_once(provider: CountingProvider, numbers: list[str]) -> None:
    assert provider.duplicates() == {}, "sent twice"
    assert sorted(provider.received) == sorted(numbers), "each number exactly once"


def test_two_resumes_after_an_interrupted_send(home, services, provider):
    for trial in range(trials()):
        provider.reset()
        numbers = numbers_of(trial, 40)
        job = interrupted_job(services, numbers)
        procs = start_together(home, [["resume"], ["resume"]], trial=trial)
        results = finish(procs)
        assert [code for code, _, _ in results] == [0, 0], results
        assert_once(provider, numbers)
        assert set(states(services, job).values()) == {"sent"}


def test_send_and_resume_together(home, services, provider, tmp_path):
    for trial in range(trials()):
        provider.reset()
        numbers = numbers_of(trial, 30)
        listing = tmp_path / f"list-{trial}.csv"
        listing.write_text(
            "Nom;Téléphone\n" + "".join(f"C{i};{n}\n" for i, n in enumerate(numbers)),
            encoding="utf-8",
        )
        procs = start_together(
            home,
            [["send", "--list", str(listing), "--text", TEXT], ["resume"], ["resume"]],
            trial=trial,
        )
        results = finish(procs)
        assert [code for code, _, _ in results] == [0, 0, 0], results
        assert_once(provider, numbers)


def test_two_services_share_the_due_jobs(home, services, provider):
    d = services.dispatcher
    for trial in range(trials()):  # each trial starts and stops two services
        provider.reset()
        numbers = numbers_of(trial, 60)
        past = d._now() - timedelta(seconds=1)
        for start in range(0, 60, 20):  # three jobs, due already
            people = [recipients.make("C", n) for n in numbers[start : start + 20]]
            d.create_job(people, TEXT, not_before=past)
        procs = start_together(
            home,
            [["service", "--interval", "0.1"], ["service", "--interval", "0.1"]],
            trial=trial,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if sorted(provider.received) == sorted(numbers):
                break
            time.sleep(0.05)
        time.sleep(0.3)  # anything sent twice would show now
        for p in procs:
            p.send_signal(signal.SIGTERM)
        results = finish(procs, timeout=30)
        assert [code for code, _, _ in results] == [0, 0], results
        assert all("Service arrêté." in out for _, out, _ in results)
        assert_once(provider, numbers)


def test_a_live_sender_whose_request_outlasts_the_lease_is_not_taken_over(
    tmp_path, monkeypatch, store_url
):
    """Two workstations (their own machine ids) on one store, a lease of 1 s, a request of 4 s:
    the sender's heartbeat goes on while it waits, so the other one leaves its job alone."""
    provider = CountingProvider(delay=0.0)
    provider.first_delay = 4.0
    try:
        home = make_home(tmp_path / "home", provider, store_url, lease_seconds=1.0)
        monkeypatch.setenv("ELLIPSES_SMS_HOME", str(home))
        numbers = numbers_of(0, 10)
        listing = tmp_path / "list.csv"
        listing.write_text(
            "Nom;Téléphone\n" + "".join(f"C{i};{n}\n" for i, n in enumerate(numbers)),
            encoding="utf-8",
        )
        (other,), other_go = prepare(
            home, [["resume"]], [env_for(home, ELLIPSES_SMS_MACHINE_ID="POSTE-B")], trial=1
        )
        (sender,) = start_together(
            home,
            [["send", "--list", str(listing), "--text", TEXT]],
            [env_for(home, ELLIPSES_SMS_MACHINE_ID="POSTE-A")],
        )
        while provider.requests == 0:  # its first request is in flight
            assert sender.poll() is None, sender.communicate()
            time.sleep(0.01)
        time.sleep(2.0)  # twice the lease
        other_go.touch()
        (code_b, out_b, err_b), (code_a, _out_a, err_a) = finish([other]) + finish([sender])
        assert code_b == 0, err_b
        assert "est en cours sur le programme" in out_b and "sur le poste" in out_b
        assert "Rien n'est envoyé" in out_b
        assert code_a == 0, err_a
        assert_once(provider, numbers)
    finally:
        provider.close()


def test_sigkill_at_random_points_never_sends_twice_silently(home, services, provider):
    provider.delay = 0.05  # twelve requests of 50 ms: the kill falls before, amid or after them
    rng = random.Random(20261202)
    for trial in range(trials()):
        provider.reset()
        numbers = numbers_of(trial, 60)
        people = [recipients.make(f"C{i}", n) for i, n in enumerate(numbers)]
        job = services.dispatcher.create_job(people, TEXT, claim=False)  # for `resume`
        (proc,) = start_together(home, [["resume"]], trial=trial)
        time.sleep(rng.uniform(0.0, 0.8))
        proc.kill()
        proc.wait()
        (resumed,) = finish(start_together(home, [["resume"]], trial=1000 + trial))
        assert provider.duplicates() == {}
        final = states(services, job)
        sent = {n for n, s in final.items() if s == "sent"}
        uncertain = {n for n, s in final.items() if s == "uncertain"}
        assert set(final.values()) <= {"sent", "uncertain"}, resumed
        assert sent <= set(provider.received)  # every `sent` really left, once
        assert set(provider.received) <= sent | uncertain  # anything else is shown uncertain


def test_a_day_long_retry_after_suspends_the_job_within_the_timeout(tmp_path, monkeypatch):
    """429 with `Retry-After: 86400` (RFC 9110 §10.2.3): the command ends within its own
    timeout, says when it will go on, and the job waits, due tomorrow."""
    from tests.local_http import Answer, LocalServer

    server = LocalServer(lambda seen: Answer(429, "Too Many Requests", {"Retry-After": "86400"}))
    provider = CountingProvider()
    try:
        url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
        home = make_home(tmp_path / "home", provider, url)
        settings = json.loads((home / "config" / "settings.json").read_text())
        settings["providers"]["fake"]["url"] = f"{server.url}/send?to={{to}}&text={{text}}"
        (home / "config" / "settings.json").write_text(json.dumps(settings))
        monkeypatch.setenv("ELLIPSES_SMS_HOME", str(home))
        started = time.monotonic()
        (proc,) = start_together(
            home, [["send", "--to", "0612345678", "--text", TEXT, "--timeout", "20"]]
        )
        ((code, out, err),) = finish([proc], timeout=60)
        assert time.monotonic() - started < 40
        assert code == 1, err
        assert "Le fournisseur demande d'attendre jusqu'à" in out and "reprendra" in out
        from ellipses_sms.app import build_services

        services = build_services()
        try:
            (waiting,) = services.dispatcher.waiting_jobs()
            ahead = waiting.not_before - services.dispatcher._now()
            assert timedelta(hours=23) < ahead <= timedelta(days=1, seconds=5)
            assert services.dispatcher.unfinished_jobs() == []  # not before it is due
        finally:
            services.close()
    finally:
        server.close()
        provider.close()


@pytest.mark.parametrize("shift", ["+3h", "-3h"])
def test_a_shifted_process_clock_neither_takes_over_nor_sends_twice(tmp_path, monkeypatch, shift):
    """libfaketime moves the second process's clock by three hours: on one machine the proof
    that a sender is gone is its process, not a time, so the live sender keeps its job."""
    import shutil

    if shutil.which("faketime") is None:
        if os.environ.get("CI"):
            pytest.fail("libfaketime absent : ./setup.sh --dev l'installe")
        pytest.skip("libfaketime absent (./setup.sh --dev l'installe)")
    provider = CountingProvider(delay=0.0)
    provider.first_delay = 3.0
    try:
        home = make_home(
            tmp_path / "home", provider, f"sqlite:///{tmp_path / 's.sqlite3'}", lease_seconds=1.0
        )
        monkeypatch.setenv("ELLIPSES_SMS_HOME", str(home))
        numbers = numbers_of(0, 10)
        listing = tmp_path / "list.csv"
        listing.write_text(
            "Nom;Téléphone\n" + "".join(f"C{i};{n}\n" for i, n in enumerate(numbers)),
            encoding="utf-8",
        )
        shifted = env_for(home, FAKETIME=shift, FAKETIME_DONT_RESET="1")
        shifted["LD_PRELOAD"] = _libfaketime()
        (other,), other_go = prepare(home, [["resume"]], [shifted], trial=1)
        (sender,) = start_together(home, [["send", "--list", str(listing), "--text", TEXT]])
        while provider.requests == 0:
            assert sender.poll() is None, sender.communicate()
            time.sleep(0.01)
        time.sleep(1.5)
        other_go.touch()
        (code_b, out_b, err_b), (code_a, _, err_a) = finish([other]) + finish([sender])
        assert code_b == 0 and code_a == 0, (err_b, err_a)
        assert "est en cours sur le programme" in out_b
        assert_once(provider, numbers)
    finally:
        provider.close()


def _libfaketime() -> str:
    import glob

    found = glob.glob("/usr/lib/*/faketime/libfaketimeMT.so.1") + glob.glob(
        "/usr/lib/faketime/libfaketimeMT.so.1"
    )
    assert found, "libfaketime introuvable"
    return found[0]
