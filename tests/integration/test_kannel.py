"""The Kannel provider against the real Kannel (bearerbox + smsbox + fake SMSC) on loopback.

What the fake SMSC — the "phone network" — actually received is checked: exact texts with
accents, €, emoji, a long text in parts, the sender, every recipient once; and the delivery
reports come back through our listener to `delivered`.
"""

from __future__ import annotations

import pytest

from ellipses_sms import recipients, secrets, sms
from ellipses_sms.gateway import PermanentError, TransientError
from ellipses_sms.gateway.kannel import KannelGateway
from ellipses_sms.states import JobState
from ellipses_sms.states import MessageState as S
from tests.integration import kannel_env
from tests.integration.kannel_env import PASSWORD, USERNAME, KannelEnv

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(kannel_env.missing() is not None, reason=kannel_env.missing() or ""),
]


@pytest.fixture(scope="module")
def kannel(tmp_path_factory):
    env = KannelEnv(tmp_path_factory.mktemp("kannel")).start()
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

    import time

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
    # one request for the three recipients: they share the request's token
    rows = kservices.dispatcher.messages(summary.job_id)
    assert len({row.provider_id.split(":")[0] for row in rows}) == 1
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
        from ellipses_sms.gateway import OutgoingSms

        with pytest.raises(TransientError) as err:
            gw.submit([OutgoingSms(1, "+33612345678", "x")])
        assert not err.value.maybe_sent
    finally:
        gw.close()
