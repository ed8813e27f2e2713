"""The sandbox provider behaves like a real one: ids, rate limit, test numbers, late reports."""

from __future__ import annotations

import pytest

from ellipses_sms.gateway import OutgoingSms, TransientError
from ellipses_sms.gateway.sandbox import SandboxGateway
from ellipses_sms.states import MessageState as S


class Clock:
    def __init__(self, t: float = 1_000_000.0):
        self.t = t

    def __call__(self) -> float:
        return self.t


def sms_to(i: int, number: str, ref: str = "") -> OutgoingSms:
    return OutgoingSms(i, number, "Votre commande est arrivée", "LIBRAIRIE", ref)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def sandbox(clock, tmp_path):
    gw = SandboxGateway(
        state_path=tmp_path / "sbx.sqlite3",
        rate_limit=0,
        latency=0,
        report_delay=2.0,
        failure_rate=0,
        clock=clock,
    )
    yield gw
    gw.close()


def test_accepts_with_ids_and_reports_later(sandbox, clock):
    results = sandbox.submit([sms_to(1, "+33612345678"), sms_to(2, "+33698765432")])
    assert [r.accepted for r in results] == [True, True]
    ids = [r.provider_id for r in results]
    assert all(i.startswith("SBX") for i in ids) and len(set(ids)) == 2
    assert sandbox.statuses(ids) == []  # no report yet: the phone has not answered
    clock.t += 3.1  # report delay is 0.5x to 1.5x of 2 s
    reports = sandbox.statuses(ids)
    assert {r.provider_id for r in reports} == set(ids)
    assert {(r.state, r.raw_status) for r in reports} == {(S.DELIVERED, "DELIVRD")}


@pytest.mark.parametrize(
    ("number", "accepted", "report"),
    [
        ("+33600000002", True, (S.FAILED, "UNDELIV")),
        ("+33600000003", True, (S.EXPIRED, "EXPIRED")),
        ("+33600000004", True, (S.REJECTED, "REJECTD")),
        ("+33600000007", True, None),
    ],
)
def test_test_numbers_give_their_report(sandbox, clock, number, accepted, report):
    (result,) = sandbox.submit([sms_to(1, number)])
    assert result.accepted is accepted
    clock.t += 10
    reports = sandbox.statuses([result.provider_id])
    if report is None:
        assert reports == []
    else:
        assert [(r.state, r.raw_status) for r in reports] == [report]
        assert reports[0].error  # a French reason for the clerk


def test_refusals_at_submit(sandbox):
    unknown, stop = sandbox.submit([sms_to(1, "+33600000001"), sms_to(2, "+33600000005")])
    assert not unknown.accepted and unknown.state == S.REJECTED and not unknown.transient
    assert not stop.accepted and stop.state == S.BLOCKED and "STOP" in stop.error


def test_busy_twice_then_accepted_and_always_busy(sandbox):
    outcomes = [sandbox.submit([sms_to(1, "+33600000006")])[0] for _ in range(3)]
    assert [o.accepted for o in outcomes] == [False, False, True]
    assert outcomes[0].transient
    for _ in range(5):
        (busy,) = sandbox.submit([sms_to(2, "+33600000008")])
        assert not busy.accepted and busy.transient


def test_rate_limit_answers_429_with_retry_after(tmp_path, clock):
    gw = SandboxGateway(rate_limit=5, latency=0, clock=clock)
    gw.submit([sms_to(i, "+33612345678") for i in range(5)])
    with pytest.raises(TransientError) as err:
        gw.submit([sms_to(9, "+33612345679")])
    assert err.value.retry_after and err.value.retry_after > 0
    assert not err.value.maybe_sent
    clock.t += 1.0
    assert gw.submit([sms_to(10, "+33612345679")])[0].accepted


def test_random_failures_follow_the_number_not_chance(clock):
    gw = SandboxGateway(rate_limit=0, latency=0, failure_rate=0.5, clock=clock)
    numbers = [f"+336{n:08d}" for n in range(10_000_000, 10_000_200)]
    first = [r.provider_id for r in gw.submit([sms_to(i, n) for i, n in enumerate(numbers)])]
    clock.t += 100
    failed = {r.provider_id for r in gw.statuses(first) if r.state == S.FAILED}
    assert 50 < len(failed) < 150  # about half, by design
    again = [r.provider_id for r in gw.submit([sms_to(i, n) for i, n in enumerate(numbers)])]
    clock.t += 100
    failed_again = {r.provider_id for r in gw.statuses(again) if r.state == S.FAILED}
    index = {p: i for i, p in enumerate(first)} | {p: i for i, p in enumerate(again)}
    assert {index[p] for p in failed} == {index[p] for p in failed_again}


def test_lookup_and_state_survive_a_restart(tmp_path, clock):
    path = tmp_path / "server.sqlite3"
    gw = SandboxGateway(state_path=path, rate_limit=0, latency=0, clock=clock)
    (ok,) = gw.submit([sms_to(1, "+33612345678", "ESMS-1")])
    gw.close()
    again = SandboxGateway(state_path=path, rate_limit=0, latency=0, clock=clock)
    found = {lk.reference: lk for lk in again.lookup(["ESMS-1", "ESMS-2"])}
    assert found["ESMS-1"].received and found["ESMS-1"].provider_id == ok.provider_id
    assert not found["ESMS-2"].received
    assert again.balance().amount == 100_000 - 1


def test_transient_rate_fails_whole_requests(clock):
    gw = SandboxGateway(rate_limit=0, latency=0, transient_rate=1.0, clock=clock, seed=1)
    with pytest.raises(TransientError):
        gw.submit([sms_to(1, "+33612345678")])
