"""The Kannel provider against the real Kannel (bearerbox + smsbox + fake SMSC) on loopback.

What the fake SMSC — the "phone network" — actually received is checked: exact texts with
accents, €, emoji, a long text in parts, the sender, every recipient once; and the delivery
reports come back through our listener to `delivered`.
"""

from __future__ import annotations

import time

import pytest

from ellipses_sms import recipients, secrets, sms
from ellipses_sms.gateway import OutgoingSms, PermanentError, TransientError
from ellipses_sms.gateway.kannel import KannelGateway
from ellipses_sms.states import JobState
from ellipses_sms.states import MessageState as S
from tests.integration import kannel_env
from tests.integration.kannel_env import PASSWORD, USERNAME, KannelEnv

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(kannel_env.missing() is not None, reason=kannel_env.missing() or ""),
]


#: Numbers the sendsms-user refuses (Kannel 1.4.5 applies `black-list-regex` in smsbox; it has
#: no `denied-prefix` for sendsms). No backslash: Kannel's configuration strings keep them.
DENIED = "^[+]3369900"


@pytest.fixture(scope="module")
def kannel(tmp_path_factory):
    env = KannelEnv(tmp_path_factory.mktemp("kannel"), black_list_regex=DENIED).start()
    yield env
    env.stop()


@pytest.fixture
def kservices(services, kannel, memory_keyring):
    secrets.set_secret("kannel", "password", PASSWORD)
    services.settings.set(
        "providers",
        {
            "kannel": {
                "type": "kannel",
                "url": kannel.sendsms_url,
                "username": USERNAME,
                "sender": "LIBRAIRIE",
            }
        },
    )
    services.settings.set("default_provider", "kannel")
    return services


def people(start: int, count: int) -> list[recipients.Recipient]:
    return [recipients.make(f"Client {i}", f"+336{start + i:08d}") for i in range(count)]


def received_by(kannel: KannelEnv, numbers: set[str], timeout: float = 20.0):
    def mine():
        return [r for r in kannel.received() if r.receiver in numbers]

    deadline = time.monotonic() + timeout
    while len(mine()) < len(numbers) and time.monotonic() < deadline:
        time.sleep(0.1)
    return mine()


@pytest.mark.parametrize(
    ("start", "text", "parts"),
    [
        (10_000_000, "Bonjour Mme Dupré, votre livre « L'Étranger » est arrivé : 12,50 € !", 1),
        (10_000_100, "Ça y est 😀 votre commande est prête, à bientôt ! Œuvres complètes", 1),
        (10_000_200, ("Très chère cliente, le tome suivant à 9,90 € est arrivé. " * 8)[:400], 3),
        (10_000_300, ("Réservé pour vous 📚 à récupérer avant samedi. " * 9)[:400], 7),
    ],
    ids=["gsm-accents-euro", "ucs2-emoji", "long-gsm-400", "long-ucs2-400"],
)
def test_fake_smsc_receives_exact_texts(kservices, kannel, start, text, parts):
    group = people(start, 3)
    summary = kservices.dispatcher.send(group, text)
    rows = kservices.dispatcher.messages(summary.job_id)
    assert summary.accepted == 3, [r.error for r in rows]
    numbers = {p.number for p in group}
    got = received_by(kannel, numbers)
    assert sorted(r.receiver for r in got) == sorted(numbers)  # every recipient exactly once
    ucs2 = sms.analyze(text).encoding == sms.Encoding.UCS2
    for r in got:
        assert r.sender == "LIBRAIRIE"
        assert r.text(ucs2) == text
        assert r.parts == parts == sms.analyze(text).segments
    # one request per recipient (the default mode answers for the first recipient only)
    rows = kservices.dispatcher.messages(summary.job_id)
    assert len({row.provider_id.split(":")[0] for row in rows}) == 3
    summary = kservices.dispatcher.wait_for_reports(summary.job_id, timeout=20)
    assert summary.counts == {S.DELIVERED: 3}


def test_delivery_reports_reach_delivered(kservices, kannel):
    group = people(10_001_000, 5)
    job = kservices.dispatcher.create_job(group, "Votre commande vous attend.", sender="LIVRES")
    summary = kservices.dispatcher.run(job)
    assert summary.accepted == 5, [r.error for r in kservices.dispatcher.messages(job)]
    summary = kservices.dispatcher.wait_for_reports(job, timeout=20)
    assert summary.counts == {S.DELIVERED: 5}, summary.counts
    rows = kservices.dispatcher.messages(job)
    assert {row.raw_status for row in rows} == {"1"}
    assert {r.sender for r in received_by(kannel, {p.number for p in group})} == {"LIVRES"}


def test_check_and_wrong_password(kannel, tmp_path):
    good = KannelGateway("k", {"url": kannel.sendsms_url, "username": USERNAME}, PASSWORD)
    try:
        assert "Connexion réussie" in good.check()
    finally:
        good.close()
    bad = KannelGateway("k", {"url": kannel.sendsms_url, "username": USERNAME}, "nope-wrong")
    try:
        with pytest.raises(PermanentError) as err:
            bad.check()
        assert "identifiants refusés" in str(err.value)
        assert "nope-wrong" not in str(err.value)
    finally:
        bad.close()


def test_wrong_password_stops_the_job_and_keeps_the_messages(kservices, kannel):
    secrets.set_secret("kannel", "password", "not-the-password")
    group = people(10_002_000, 2)
    summary = kservices.dispatcher.send(group, "Bonjour")
    assert summary.state == JobState.INTERRUPTED
    assert "identifiants refusés" in summary.error
    assert "not-the-password" not in summary.sentence()
    assert summary.counts == {S.QUEUED: 2}
    assert received_by(kannel, {p.number for p in group}, timeout=0.5) == []


def test_kannel_down_is_transient():
    port = kannel_env.free_port()
    gw = KannelGateway(
        "k", {"url": f"http://127.0.0.1:{port}/cgi-bin/sendsms", "username": "u"}, "p"
    )
    try:
        with pytest.raises(TransientError) as err:
            gw.submit([OutgoingSms(1, "+33612345678", "x")])
        assert not err.value.maybe_sent
    finally:
        gw.close()


def test_a_denied_receiver_is_refused_and_the_others_delivered(kservices, kannel):
    """Issue 17: in the default mode a number denied by the sendsms-user's black list was
    marked sent and waited for ever (smsbox lists « Denied receivers » only with
    immediate-sendsms-reply). One recipient per request: Kannel answers 400 for that one."""
    group = [*people(10_003_000, 2), recipients.make("Refusé", "+33699000001")]
    summary = kservices.dispatcher.send(group, "Votre commande est arrivée.")
    rows = {row.number: row for row in kservices.dispatcher.messages(summary.job_id)}
    denied = rows["+33699000001"]
    assert denied.state == S.REJECTED and "liste" in denied.error, denied.error
    got = received_by(kannel, {p.number for p in group[:2]})
    assert sorted(r.receiver for r in got) == sorted(p.number for p in group[:2])
    assert received_by(kannel, {"+33699000001"}, timeout=0.5) == []
    summary = kservices.dispatcher.wait_for_reports(summary.job_id, timeout=20)
    assert summary.counts == {S.DELIVERED: 2, S.REJECTED: 1}, summary.counts


def test_a_text_over_max_messages_is_refused_before_kannel_cuts_it(kservices, kannel):
    """Issue 17: with `max-messages = 10` a 1,540-character text was recorded sent and the
    phone got 1,530 characters. `max_parts` (10 by default, the README's advice) refuses it;
    a 10-part text still arrives whole."""
    too_long, fits = people(10_004_000, 2)
    text = ("Livre arrivé, passez le prendre. " * 50)[:1540]  # 11 parts
    summary = kservices.dispatcher.send([too_long], text)
    (row,) = kservices.dispatcher.messages(summary.job_id)
    assert row.state == S.REJECTED and "11 SMS" in row.error, (row.state, row.error)
    assert received_by(kannel, {too_long.number}, timeout=1) == []
    summary = kservices.dispatcher.send([fits], text[:1530])  # 10 parts
    assert summary.accepted == 1
    (got,) = received_by(kannel, {fits.number})
    assert got.parts == 10 and got.text(False) == text[:1530]


def test_reports_reach_a_restarted_application(kannel, tmp_path):
    """Issue 17: the listener's token was random per process, so a restarted application
    answered 404 to the reports of messages sent before. Now the token comes from the password
    and the port is fixed; smsbox retries a report it could not deliver (`http-request-retry`,
    `http-queue-delay` in its group: gw/smsbox.c `url_result_thread` requeues any answer but
    200/202), so the reports sent while nothing listened arrive after the restart."""
    port = kannel_env.free_port()
    config = {
        "url": kannel.sendsms_url,
        "username": USERNAME,
        "sender": "LIBRAIRIE",
        "dlr_port": str(port),
    }
    before = KannelGateway("boutique", config, PASSWORD)
    # the application sends, then exits before any report: nothing listens on the port
    before._start_listener = lambda: None  # type: ignore[method-assign]
    before.listener.port = port
    (result,) = before.submit([OutgoingSms(1, "+33610005000", "Votre livre est arrivé.")])
    assert result.accepted
    assert received_by(kannel, {"+33610005000"})  # it went out, its reports are on their way
    time.sleep(1.5)  # Kannel found nobody: at least one report is waiting for its retry
    after = KannelGateway("boutique", config, PASSWORD)
    assert after.listener.token == before.listener.token
    got: list = []
    try:
        after.set_report_sink(got.extend)  # a fixed port: it listens at once
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and S.DELIVERED not in {r.state for r in got}:
            time.sleep(0.1)
    finally:
        after.close()
    mine = [r for r in got if r.provider_id == result.provider_id]
    assert S.DELIVERED in {r.state for r in mine}, got


@pytest.fixture(scope="module")
def kannel_immediate(tmp_path_factory):
    env = KannelEnv(
        tmp_path_factory.mktemp("kannel-immediate"),
        black_list_regex=DENIED,
        immediate_reply=True,
    ).start()
    yield env
    env.stop()


def test_immediate_reply_carries_many_recipients_and_lists_the_denied(kannel_immediate):
    """With `immediate-sendsms-reply = true` smsbox answers after every recipient was handed
    to bearerbox, « Sent. Denied receivers are: … » (gw/smsbox.c `smsbox_req_handle`): one
    request may then carry several recipients."""
    config = {
        "url": kannel_immediate.sendsms_url,
        "username": USERNAME,
        "sender": "LIBRAIRIE",
        "dlr_port": "0",
        "immediate_reply": "yes",
        "recipients_per_request": "10",
    }
    gw = KannelGateway("k", config, PASSWORD)
    numbers = ["+33610006001", "+33699000002", "+33610006002"]
    try:
        results = gw.submit([OutgoingSms(i, n, "Bonjour") for i, n in enumerate(numbers)])
    finally:
        gw.close()
    assert [r.accepted for r in results] == [True, False, True]
    assert results[1].state == S.REJECTED
    got = received_by(kannel_immediate, {numbers[0], numbers[2]})
    assert sorted(r.receiver for r in got) == sorted([numbers[0], numbers[2]])
