"""The OVHcloud gateway (real `ovh.Client`) against a fake OVH API on loopback, alone and through
the dispatcher: signed jobs, many receivers, refusals, errors, polling, lookups, STOP list."""

from __future__ import annotations

import json
import logging
import socket

import pytest
from sqlalchemy import select, update

from ellipses_sms import optouts, providers, recipients, secrets
from ellipses_sms.cli import main
from ellipses_sms.gateway import OutgoingSms, PermanentError, TransientError
from ellipses_sms.gateway.ovh import (
    DETAIL_MAX,
    OvhGateway,
    TagJournal,
    build,
    e164,
    parse_callback,
    report_of,
    state_of,
)
from ellipses_sms.sending import reference_of
from ellipses_sms.states import JobState
from ellipses_sms.states import MessageState as S
from ellipses_sms.store.models import jobs_table, messages_table, opt_outs_table
from tests.fakes.ovh_server import (
    APP_KEY,
    APP_SECRET,
    CONSUMER_KEY,
    SERVICE,
    FakeOvh,
    sign,
)
from tests.sending_hours import in_sending_hours

TEXT = "Bonjour, votre commande est disponible à la librairie."
UNICODE = "Votre livre « L'Été » est arrivé 📚 — 12 € à régler ! ©"
NUMBERS = ["+33612345670", "+33612345671", "+33612345672"]


@pytest.fixture
def server():
    fake = FakeOvh()
    yield fake
    fake.close()


@pytest.fixture
def journal(tmp_path):
    return TagJournal(tmp_path / "ovh-tags.sqlite3")


def gateway(server, journal=None, secret=APP_SECRET, consumer=CONSUMER_KEY, **config):
    config.setdefault("endpoint", server.base)
    config.setdefault("application_key", APP_KEY)
    config.setdefault("sender", "LIBRAIRIE")
    return OvhGateway("ovh", config, secret, consumer, journal=journal, poll_every=0, settle=0)


def batch(*numbers: str, text: str = TEXT, first: int = 1) -> list[OutgoingSms]:
    return [
        OutgoingSms(first + i, n, text, None, reference_of(first + i))
        for i, n in enumerate(numbers)
    ]


def people(*numbers: str) -> list[recipients.Recipient]:
    return [recipients.make(f"Client {i}", n) for i, n in enumerate(numbers)]


@pytest.fixture
def gw(services, server, journal):
    built = gateway(server, journal)
    services.gateways.put(built)
    return built


def rows(services, job_id: int) -> dict[str, object]:
    return {r.number: r for r in services.dispatcher.messages(job_id)}


def jobs_posted(server) -> list:
    return [r for r in server.requests if r.method == "POST" and r.path.endswith("/jobs")]


# -- transport and signature ---------------------------------------------------------------------


def test_the_fake_signs_as_documented():
    """The documented test vector (python-ovh's own tests) holds for the fake's check."""
    args = ("9ufkBmLaTQ9nz5yMUlg79taH0GNnzDjk", "5mBuy6SUQcRw2ZUxg0cG68BoDKpED4KY")
    url, ts = "https://eu.api.ovh.com/1.0/auth", "1457018875"
    assert sign(*args, "GET", url, "", ts) == "$1$e9556054b6309771395efa467c22e627407461ad"
    body = '{"a":"b","c":"d"}'
    assert sign(*args, "POST", url, body, ts) == "$1$ec2fb5c7a81f64723c77d2e5b609ae6f58a84fc1"


def test_one_signed_job_for_many_receivers(server):
    results = gateway(server).submit(batch(*NUMBERS))
    assert [r.accepted for r in results] == [True, True, True]
    assert [r.provider_id for r in results] == [str(i) for i in sorted(server.outgoing)]
    first, post = server.requests[0], jobs_posted(server)
    assert first.path == "/1.0/auth/time"  # the clock offset is read once, unsigned
    (request,) = post
    assert request.path == f"/1.0/sms/{SERVICE}/jobs"
    assert request.headers["X-Ovh-Application"] == APP_KEY
    assert request.headers["X-Ovh-Signature"].startswith("$1$")
    body = request.json()
    assert body["receivers"] == NUMBERS and body["message"] == TEXT
    assert body["sender"] == "LIBRAIRIE" and "senderForResponse" not in body
    assert body["charset"] == "UTF-8" and body["noStopClause"] is False
    assert body["priority"] == "high"
    assert body["tag"].startswith("ESMS-1-") and len(body["tag"]) <= 20


def test_server_clock_offset_is_used(journal):
    with FakeOvh(skew=3600) as skewed:  # an hour off: unsigned without /auth/time's offset
        (result,) = gateway(skewed).submit(batch(NUMBERS[0]))
    assert result.accepted


def test_sender_for_response_when_no_sender_and_no_stop_clause(server):
    gw = gateway(server, sender="", no_stop_clause="oui", priority="basse")
    gw.submit(batch(NUMBERS[0]))
    body = server.jobs[0]
    assert body["senderForResponse"] is True and "sender" not in body
    assert body["noStopClause"] is True and body["priority"] == "low"


def test_service_found_when_the_account_has_one(server):
    gw = gateway(server)
    assert gw.service() == SERVICE
    server.services.append("sms-cd67890-1")
    gw2 = gateway(server)
    with pytest.raises(PermanentError, match="plusieurs comptes SMS"):
        gw2.submit(batch(NUMBERS[0]))
    assert gateway(server, service_name="sms-cd67890-1").service() == "sms-cd67890-1"


def test_unknown_service_is_a_french_error(server):
    with pytest.raises(PermanentError, match="sms-zz00000-9"):
        gateway(server, service_name="sms-zz00000-9").balance()


# -- through the dispatcher ----------------------------------------------------------------------


def test_unicode_text_arrives_exactly(services, gw, server):
    summary = services.dispatcher.send(people(*NUMBERS), UNICODE, provider="ovh")
    assert summary.state == JobState.SUBMITTED and summary.accepted == 3
    (body,) = server.jobs
    assert body["message"] == UNICODE
    assert "\\u20ac" in jobs_posted(server)[0].body.decode()  # JSON-escaped on the wire, signed
    by_number = rows(services, summary.job_id)
    assert {r.provider_id for r in by_number.values()} == {str(i) for i in server.outgoing}


def test_marketing_always_keeps_the_stop_mention(services, server, journal):
    services.gateways.put(gateway(server, journal, no_stop_clause="oui"))
    services.dispatcher.send(people(NUMBERS[0]), TEXT, provider="ovh")
    in_sending_hours(services.dispatcher)  # marketing: inside the allowed hours
    services.dispatcher.send(people(NUMBERS[1]), TEXT, provider="ovh", kind="marketing")
    notice, campaign = server.jobs
    assert notice["noStopClause"] is True  # « votre commande est arrivée »: no STOP needed
    # the product's own mention ends the text (policy.py): OVH's is switched off, not doubled
    assert campaign["noStopClause"] is True
    assert campaign["message"] == TEXT + " STOP au 36111"


def test_batches_follow_recipients_per_request(services, server, journal):
    services.gateways.put(gateway(server, journal, recipients_per_request="2"))
    numbers = [f"+3361234567{i}" for i in range(5)]
    summary = services.dispatcher.send(people(*numbers), TEXT, provider="ovh")
    assert summary.accepted == 5
    assert [len(b["receivers"]) for b in server.jobs] == [2, 2, 1]
    assert sorted(m["receiver"] for m in server.outgoing.values()) == numbers  # each once


def test_invalid_receivers_are_refused_not_retried(services, gw, server):
    server.invalid.add(NUMBERS[1])
    summary = services.dispatcher.send(people(*NUMBERS), TEXT, provider="ovh")
    assert summary.accepted == 2 and summary.failed == 1
    refused = rows(services, summary.job_id)[NUMBERS[1]]
    assert refused.state == S.REJECTED and "numéro invalide" in refused.error
    assert refused.raw_status == "invalidReceiver"
    assert len(server.jobs) == 1


def test_receivers_written_differently_by_ovh_still_match(server):
    """OVH may echo receivers as 0033… : matched to our E.164 numbers all the same."""
    gw = gateway(server)
    answer = {"ids": [11, 12], "validReceivers": ["0033612345670", "0612345671"]}
    answer["invalidReceivers"] = ["+33612345672"]
    results = gw._results(batch(*NUMBERS), answer)
    assert [r.provider_id for r in results[:2]] == ["11", "12"]
    assert results[2].state == S.REJECTED
    assert e164("0033612345670") == "+33612345670" == e164("06 12 34 56 70")


def test_wrong_signature_stops_the_job_in_french(services, server, journal):
    services.gateways.put(gateway(server, journal, secret=APP_SECRET[::-1]))
    summary = services.dispatcher.send(people(*NUMBERS), TEXT, provider="ovh")
    assert summary.state == JobState.INTERRUPTED
    assert "signature refusée" in summary.error
    assert APP_SECRET[::-1] not in summary.error and CONSUMER_KEY not in summary.error
    assert summary.count(S.QUEUED) == 3 and server.jobs == []


@pytest.mark.parametrize(
    "change, phrase",
    [
        ({"application_key": "inconnue"}, "clé d'application refusée"),
        ({"consumer": "CK-inconnue-0000"}, "inconnue, expirée ou révoquée"),
        ({"pending": True}, "pas encore validée"),
        ({"rules": [("GET", "/me")]}, "n'a pas les droits"),
    ],
)
def test_credential_errors_are_permanent_and_french(server, change, phrase):
    kw = {}
    if "application_key" in change:
        kw["application_key"] = change["application_key"]
    if "consumer" in change:
        kw["consumer"] = change["consumer"]
    if change.get("pending"):
        server.consumer_keys[CONSUMER_KEY] = "pendingValidation"
    if "rules" in change:
        server.rules = change["rules"]
    with pytest.raises(PermanentError, match=phrase):
        gateway(server, **kw).submit(batch(NUMBERS[0]))
    assert server.jobs == []


def test_429_is_transient_and_retried_by_the_dispatcher(services, gw, server):
    gw.service()  # the account is known: the next call is the job
    server.throttle_once("0")
    summary = services.dispatcher.send(people(NUMBERS[0]), TEXT, provider="ovh")
    assert summary.accepted == 1 and len(server.jobs) == 1
    assert len(jobs_posted(server)) == 2  # the throttled request, then the one that went


def test_429_carries_retry_after_and_was_not_sent(server):
    gw = gateway(server)
    gw.service()
    server.throttle_once("2")
    with pytest.raises(TransientError) as err:
        gw.submit(batch(NUMBERS[0]))
    assert err.value.retry_after == 2.0 and not err.value.maybe_sent
    assert "ralentir" in str(err.value)


def test_5xx_on_a_job_may_have_sent(server):
    gw = gateway(server, service_name=SERVICE)
    server.fail_once(503, {"message": "Service temporarily unavailable"})
    with pytest.raises(TransientError) as err:
        gw.submit(batch(NUMBERS[0]))
    assert err.value.maybe_sent and "HTTP 503" in str(err.value)


def test_not_enough_credits_stops_the_job(services, gw, server):
    server.credits = 1
    summary = services.dispatcher.send(people(*NUMBERS), TEXT, provider="ovh")
    assert summary.state == JobState.INTERRUPTED and "crédit SMS insuffisant" in summary.error


def test_refused_sender_stops_the_job(services, server, journal):
    services.gateways.put(gateway(server, journal, sender="NOUVEAU"))
    summary = services.dispatcher.send(people(NUMBERS[0]), TEXT, provider="ovh")
    assert summary.state == JobState.INTERRUPTED
    assert "OVHcloud refuse la demande" in summary.error and "NOUVEAU" in summary.error


def test_connection_refused_is_transient_not_sent(journal):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    gw = OvhGateway(
        "ovh",
        {"endpoint": f"http://127.0.0.1:{port}/1.0", "application_key": APP_KEY},
        APP_SECRET,
        CONSUMER_KEY,
        journal=journal,
    )
    with pytest.raises(TransientError) as err:
        gw.submit(batch(NUMBERS[0]))
    assert not err.value.maybe_sent and "connexion impossible" in str(err.value)


def test_secrets_never_in_errors_or_log(server, tmp_path):
    log_path = tmp_path / "app.log"
    handler = logging.FileHandler(log_path, encoding="utf-8")
    handler.addFilter(secrets.LogMask())
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    texts = []
    try:
        server.fail_once(400, {"message": f"bad consumer {CONSUMER_KEY} / {APP_SECRET}"})
        with pytest.raises(PermanentError) as err:
            gateway(server).submit(batch(NUMBERS[0]))
        texts.append(str(err.value))
        with pytest.raises(PermanentError) as err2:
            gateway(server, secret=APP_SECRET + "x").balance()
        texts.append(str(err2.value))
        logging.getLogger("test").error("échec %s / %s", err.value, err2.value)
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        handler.close()
    texts.append(log_path.read_text(encoding="utf-8"))
    assert "bad consumer" in texts[0]  # OVH's message is kept, masked
    for text in texts:
        assert CONSUMER_KEY not in text and APP_SECRET not in text


# -- delivery reports ----------------------------------------------------------------------------


def test_status_polling_reaches_delivered_failed_expired_rejected(services, gw, server):
    numbers = [*NUMBERS, "+33612345673"]
    server.outcomes = {numbers[1]: (5, 2), numbers[2]: (8, 2), numbers[3]: (23, 16)}
    summary = services.dispatcher.send(people(*numbers), TEXT, provider="ovh")
    final = services.dispatcher.wait_for_reports(summary.job_id, timeout=5, interval=0.02)
    by_number = rows(services, summary.job_id)
    assert final.count(S.DELIVERED) == 1
    assert by_number[numbers[0]].state == S.DELIVERED
    assert by_number[numbers[0]].raw_status == "ptt=4 dlr=1"
    assert by_number[numbers[1]].state == S.FAILED and "non remis" in by_number[numbers[1]].error
    assert by_number[numbers[2]].state == S.EXPIRED
    assert by_number[numbers[3]].state == S.REJECTED
    assert by_number[numbers[3]].raw_status == "ptt=23 dlr=16"
    assert "bloqué" in by_number[numbers[3]].error


def test_pending_messages_stay_sent(server):
    server.auto_advance = False
    gw = gateway(server)
    ids = [r.provider_id for r in gw.submit(batch(*NUMBERS))]
    assert gw.statuses(ids) == []  # ptt 3 / dlr 0: accepted by the operator
    server.advance()
    assert {r.state for r in gw.statuses(ids)} == {S.DELIVERED}


def test_many_ids_are_polled_through_the_filtered_list(server):
    numbers = [f"+336123456{i:02d}" for i in range(DETAIL_MAX + 5)]
    server.outcomes = {numbers[0]: (24, 2)}
    gw = gateway(server, recipients_per_request="100")
    ids = [r.provider_id for r in gw.submit(batch(*numbers))]
    before = len(server.requests)
    reports = {r.provider_id: r for r in gw.statuses(ids)}
    asked = server.requests[before:]
    assert len(reports) == len(numbers)
    assert reports[ids[0]].state == S.FAILED and "abonné absent" in reports[ids[0]].error
    assert {reports[i].state for i in ids[1:]} == {S.DELIVERED}
    listed = [r for r in asked if r.path.endswith("/outgoing")]
    assert sorted(r.query["deliveryReceipt"] for r in listed) == ["1", "16", "2"]
    assert all("creationDatetime.from" in r.query for r in listed)
    assert len(asked) == 3 + 1  # the lists, then the one failure for its ptt


def test_polling_is_spaced_out(server):
    gw = gateway(server)
    ids = [r.provider_id for r in gw.submit(batch(NUMBERS[0]))]
    gw.poll_every = 3600
    assert len(gw.statuses(ids)) == 1
    before = len(server.requests)
    assert gw.statuses(ids) == [] and len(server.requests) == before


@pytest.mark.parametrize(
    "ptt, dlr, state, reason",
    [
        (3, 4, S.SENT, None),
        (4, 1, S.DELIVERED, None),
        (4, 0, S.DELIVERED, None),
        (5, 2, S.FAILED, "non remis"),
        (8, 2, S.EXPIRED, "délai de remise dépassé"),
        (8, 0, S.EXPIRED, "délai de remise dépassé"),
        (24, 2, S.FAILED, "abonné absent"),
        (28, 16, S.REJECTED, "soupçon de spam"),
        (999, 2, S.FAILED, "code OVH 999"),
        (None, 16, S.REJECTED, "erreur de l'opérateur (non facturé)"),
        (1, 8, S.SENT, None),
    ],
)
def test_state_mapping(ptt, dlr, state, reason):
    assert state_of(ptt, dlr) == (state, reason)
    report = report_of({"id": 7, "ptt": ptt, "deliveryReceipt": dlr})
    assert report.state == state and report.error == reason


def test_callback_parameters():
    report = parse_callback({"id": "26929925", "ptt": "4", "description": "1", "date": ""})
    assert report.state == S.DELIVERED and report.raw_status == "ptt=4 dlr=1"
    assert parse_callback({"id": "1"}) is None and parse_callback({"ptt": "4"}) is None


# -- after a lost answer or a crash --------------------------------------------------------------


def test_lost_answer_is_found_again_by_its_tag(services, gw, server):
    server.lose_answer_once()  # the job is created, the answer is a proxy's HTML 502
    summary = services.dispatcher.send(people(*NUMBERS), TEXT, provider="ovh")
    assert summary.accepted == 3 and summary.count(S.UNCERTAIN) == 0
    assert len(server.jobs) == 1  # never sent twice
    by_number = rows(services, summary.job_id)
    assert {by_number[n].provider_id for n in NUMBERS} == {str(i) for i in server.outgoing}


def test_read_timeout_is_looked_up_not_resent(services, server, journal):
    gw = gateway(server, journal, timeout="0.3")
    gw.settle = 1.0  # the lookup waits until OVH has filed the job (the fake answers one at a time)
    services.gateways.put(gw)
    server.answer_delay = 0.8
    summary = services.dispatcher.send(people(*NUMBERS[:2]), TEXT, provider="ovh")
    assert summary.accepted == 2 and len(server.jobs) == 1


def crashed_job(services, numbers) -> int:
    """A job whose dispatcher died with every message `submitting`."""
    d = services.dispatcher
    job = d.create_job(people(*numbers), TEXT, provider="ovh")
    with services.store.engine.begin() as conn:
        conn.execute(
            update(messages_table)
            .where(messages_table.c.job_id == job)
            .values(state="submitting", attempts=1)
        )
        conn.execute(
            update(jobs_table)
            .where(jobs_table.c.id == job)
            .values(state="running", lease_owner="h:1:x", lease_until=d._now().replace(year=2000))
        )
    return job


def outgoing_of(services, job) -> list[OutgoingSms]:
    return [
        # the stable key the outbox gives a message when it claims it
        OutgoingSms(r.id, r.number, TEXT, None, reference_of(r.id, services.store.instance))
        for r in services.dispatcher.messages(job)
    ]


def test_crash_after_the_request_finds_the_messages(services, gw, server):
    job = crashed_job(services, NUMBERS)
    gw.submit(outgoing_of(services, job))  # went out just before the crash
    assert services.dispatcher.recover() == []
    by_number = rows(services, job)
    assert {r.state for r in by_number.values()} == {S.SENT}
    assert {r.provider_id for r in by_number.values()} == {str(i) for i in server.outgoing}
    assert len(server.jobs) == 1


def test_crash_before_the_request_sends_once_after_resume(services, gw, server, journal):
    job = crashed_job(services, NUMBERS)
    sms = outgoing_of(services, job)
    journal.record("ovh", gw.tag_for(sms), ((m.reference, m.to) for m in sms))  # then it died
    (unfinished,) = services.dispatcher.recover()
    assert {r.state for r in rows(services, job).values()} == {S.QUEUED}
    (summary,) = services.dispatcher.resume_all()
    assert unfinished == job and summary.accepted == 3 and len(server.jobs) == 1


def test_a_held_job_for_the_same_receiver_stays_uncertain(services, gw, server):
    job = crashed_job(services, NUMBERS[:1])
    sms = outgoing_of(services, job)
    gw.journal.record("ovh", gw.tag_for(sms), ((m.reference, m.to) for m in sms))
    server.hold = True  # another job to that number waits in OVH's pending list (no tag there)
    gateway(server).submit(batch(NUMBERS[0], first=900))
    services.dispatcher.recover()
    assert {r.state for r in rows(services, job).values()} == {S.UNCERTAIN}


def test_no_journal_means_no_lookup(server):
    gw = gateway(server)
    assert not gw.can_lookup and gw.lookup(["ESMS-1"]) == []


# -- account, replies, STOP ----------------------------------------------------------------------


def test_balance_and_check(server):
    gw = gateway(server)
    assert gw.balance().amount == pytest.approx(100.0) and gw.balance().unit == "SMS"
    gw.submit(batch(*NUMBERS))
    assert gw.balance().amount == pytest.approx(97.0)
    sentence = gw.check()
    assert SERVICE in sentence and "97 crédits" in sentence and "LIBRAIRIE" in sentence
    with pytest.raises(PermanentError, match="pas encore utilisable"):
        gateway(server, sender="NOUVEAU").check()
    with pytest.raises(PermanentError, match="inconnu du compte SMS"):
        gateway(server, sender="AUTRE").check()


def test_incoming_and_stop_list(server):
    server.receive("+33612345671", "Merci, je passe demain")
    server.receive("0033612345672", "STOP")
    gw = gateway(server)
    replies = gw.incoming()
    assert [(m.sender, m.text) for m in replies] == [
        ("+33612345671", "Merci, je passe demain"),
        ("+33612345672", "STOP"),
    ]
    assert replies[0].at is not None
    assert gw.opt_outs() == ["+33612345672"]


def test_stop_list_import_keeps_numbers_out_of_campaigns(services, gw, server):
    server.receive(NUMBERS[1], "STOP")
    server.receive(NUMBERS[2], "stop")
    done = optouts.import_from_provider(services.store, services.gateways, "ovh")
    assert (done.found, done.added, done.known) == (2, 2, 0)
    again = optouts.import_from_provider(services.store, services.gateways, "ovh")
    assert (again.added, again.known) == (0, 2) and "déjà connu" in again.sentence("ovh")
    with services.store.engine.connect() as conn:
        stored = dict(conn.execute(select(opt_outs_table.c.number, opt_outs_table.c.source)).all())
    assert stored == {NUMBERS[1]: "stop:ovh", NUMBERS[2]: "stop:ovh"}
    in_sending_hours(services.dispatcher)  # marketing: inside the allowed hours
    summary = services.dispatcher.send(people(*NUMBERS), TEXT, provider="ovh", kind="marketing")
    assert summary.accepted == 1 and summary.count(S.BLOCKED) == 2
    assert server.jobs[0]["receivers"] == [NUMBERS[0]]


def test_stop_import_refused_for_a_provider_without_a_list(services):
    from ellipses_sms.gateway import GatewayError

    with pytest.raises(GatewayError, match="ne fournit pas de liste STOP"):
        optouts.import_from_provider(services.store, services.gateways, "sandbox")


# -- settings, keyring, command line -------------------------------------------------------------


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def add_ovh(capsys, server, *extra: str):
    return run(
        capsys,
        "provider",
        "add",
        "ovh-boutique",
        "--type",
        "ovh",
        "--set",
        f"endpoint={server.base}",
        "--set",
        f"application_key={APP_KEY}",
        "--set",
        "sender=LIBRAIRIE",
        "--secret",
        f"application_secret={APP_SECRET}",
        "--secret",
        f"consumer_key={CONSUMER_KEY}",
        *extra,
    )


def test_cli_add_test_balance_and_stop_import(home, memory_keyring, capsys, server):
    code, out, err = add_ovh(capsys, server, "--set", "no_stop_clause=OUI")
    assert code == 0, err
    assert "ajouté" in out and "OVHcloud" in out
    from ellipses_sms import paths

    text = paths.settings_file().read_text(encoding="utf-8")
    stored = json.loads(text)["providers"]["ovh-boutique"]
    assert stored["type"] == "ovh" and stored["no_stop_clause"] == "oui"
    assert stored["recipients_per_request"] == "50" and stored["priority"] == "haute"
    assert APP_SECRET not in text and CONSUMER_KEY not in text
    assert memory_keyring.store[("ellipses-sms", "ovh-boutique:consumer_key")] == CONSUMER_KEY

    code, out, err = run(capsys, "provider", "test", "ovh-boutique")
    assert code == 0, err
    assert "Connexion à OVHcloud réussie" in out and SERVICE in out
    code, out, _ = run(capsys, "provider", "balance", "ovh-boutique")
    assert code == 0 and "100 SMS" in out

    server.receive("+33612345679", "STOP")
    code, out, err = run(capsys, "provider", "stop-import", "ovh-boutique")
    assert code == 0, err
    assert "1 ajouté" in out
    server.receive("+33612345678", "Merci, je passe samedi")
    code, out, err = run(capsys, "provider", "replies", "ovh-boutique")
    assert code == 0, err
    assert "+33 6 12 34 56 79  STOP" in out
    assert "+33 6 12 34 56 78  Merci, je passe samedi" in out
    code, out, err = run(capsys, "provider", "replies", "sandbox")  # it has replies too now
    assert code == 0 and "Aucune réponse reçue." in out

    code, _, err = run(capsys, "provider", "edit", "ovh-boutique", "--secret", "consumer_key=faux")
    assert code == 0, err
    code, _, err = run(capsys, "provider", "test", "ovh-boutique")
    assert code == 1 and "inconnue, expirée ou révoquée" in err and "Traceback" not in err


def test_cli_refuses_bad_values(home, memory_keyring, capsys, server):
    code, _, err = run(
        capsys,
        "provider",
        "add",
        "o",
        "--type",
        "ovh",
        "--set",
        "endpoint=ovh-mars",
        "--set",
        "application_key=k",
        "--set",
        "sender=Librairie du Port",
        "--set",
        "no_stop_clause=peut-être",
        "--secret",
        "application_secret=s",
    )
    assert code == 1
    assert "consumer_key" in err and "no_stop_clause" in err and "l'espace" in err
    code, _, err = run(
        capsys,
        "provider",
        "add",
        "o",
        "--type",
        "ovh",
        "--set",
        "endpoint=ovh-mars",
        "--set",
        "application_key=k",
        "--secret",
        "application_secret=s",
        "--secret",
        "consumer_key=c",
    )
    assert code == 1 and "ovh-mars" in err and "ovh-eu" in err


def test_built_from_settings_and_keyring(services, memory_keyring, server):
    info = providers.add(
        services.settings,
        "boutique",
        "ovh",
        {"endpoint": server.base, "application_key": APP_KEY, "sender": "LIBRAIRIE"},
        {"application_secret": APP_SECRET, "consumer_key": CONSUMER_KEY},
    )
    assert info.secrets == {"application_secret": True, "consumer_key": True}
    gw = services.gateways.get("boutique")
    assert isinstance(gw, OvhGateway) and gw.can_lookup and gw.can_poll_status
    summary = services.dispatcher.send(people(*NUMBERS), TEXT, provider="boutique")
    assert summary.accepted == 3 and len(server.jobs) == 1


def test_missing_secret_is_a_french_error_before_the_network(server):
    config = {"endpoint": server.base, "application_key": APP_KEY}
    gw = build("ovh", config, lambda key: APP_SECRET if key == "application_secret" else None)
    with pytest.raises(PermanentError, match="Clé client \\(Consumer Key\\) OVHcloud absente"):
        gw.submit(batch(NUMBERS[0]))
    assert server.requests == []
