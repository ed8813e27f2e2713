"""The Infobip gateway against a fake Infobip API on loopback: alone, through the dispatcher,
through `provider add --type infobip`, and its delivery reports (logs polled, callbacks)."""

from __future__ import annotations

import json
import logging
import socket

import pytest

from ellipses_sms import providers, recipients, secrets
from ellipses_sms.cli import main
from ellipses_sms.gateway import OutgoingSms, PermanentError, TransientError
from ellipses_sms.gateway.infobip import InfobipGateway, build, report_of, state_of
from ellipses_sms.settings import Settings
from ellipses_sms.states import JobState
from ellipses_sms.states import MessageState as S
from tests.fakes.infobip_server import API_KEY, FakeInfobip, status
from tests.local_http import Answer, LocalServer

TEXT = "Bonjour, votre commande est disponible à la librairie."
UNICODE = "Votre livre « L'Été » est arrivé 📚 — ça vous attend ! €"
LONG = ("Chère cliente, cher client, la rentrée littéraire est arrivée ! " * 7).strip()


@pytest.fixture
def infobip():
    server = FakeInfobip()
    yield server
    server.close()


def gateway(server, key: str = API_KEY, **config) -> InfobipGateway:
    config.setdefault("base_url", server.url)
    config.setdefault("sender", "LIBRAIRIE")
    return InfobipGateway("ib", config, key)


def batch(*numbers: str, text: str = TEXT) -> list[OutgoingSms]:
    return [OutgoingSms(i + 1, n, text, None, f"ESMS-{i + 1}") for i, n in enumerate(numbers)]


def people(*numbers: str) -> list[recipients.Recipient]:
    return [recipients.make(f"Client {i}", n) for i, n in enumerate(numbers)]


@pytest.fixture
def ib(services, infobip):
    gw = gateway(infobip)
    services.gateways.put(gw)
    yield gw
    gw.close()


def rows(services, job_id: int) -> dict[str, object]:
    return {r.number: r for r in services.dispatcher.messages(job_id)}


# -- sending ------------------------------------------------------------------------------------


def test_one_request_carries_every_recipient(infobip):
    results = gateway(infobip).submit(batch("+33612345670", "+33612345671", "+33612345672"))
    assert [r.accepted for r in results] == [True, True, True]
    assert len({r.provider_id for r in results}) == 3
    assert all(r.raw_status == "PENDING_ACCEPTED" for r in results)
    (request,) = infobip.requests
    assert request.method == "POST" and request.path == "/sms/2/text/advanced"
    assert request.headers["Authorization"] == f"App {API_KEY}"
    assert request.json() == {
        "messages": [
            {
                "destinations": [
                    {"to": "33612345670"},
                    {"to": "33612345671"},
                    {"to": "33612345672"},
                ],
                "text": TEXT,
                "from": "LIBRAIRIE",
            }
        ]
    }


def test_results_follow_the_numbers_not_the_order():
    answer = {
        "bulkId": "b1",
        "messages": [
            {"to": "33612345671", "status": status(26), "messageId": "B"},
            {"to": "33612345670", "status": status(26), "messageId": "A"},
        ],
    }
    server = LocalServer(lambda seen: Answer(200, json.dumps(answer)))
    try:
        results = gateway(server).submit(batch("+33612345670", "+33612345671", "+33612345672"))
    finally:
        server.close()
    assert [r.provider_id for r in results[:2]] == ["A", "B"]
    assert results[2].state == S.UNCERTAIN and not results[2].accepted  # not answered


def test_dispatcher_batches_and_texts_arrive_exactly(services, ib, infobip):
    numbers = [f"+3361234567{i}" for i in range(5)]
    summary = services.dispatcher.send(people(*numbers), UNICODE, provider="ib")
    assert summary.state == JobState.SUBMITTED and summary.accepted == 5
    assert len(infobip.requests) == 1  # 100 recipients per request by default
    assert sorted(s["to"] for s in infobip.sent) == sorted(n[1:] for n in numbers)
    assert {s["text"] for s in infobip.sent} == {UNICODE}


def test_recipients_per_request_is_obeyed(services, infobip):
    gw = gateway(infobip, recipients_per_request="2")
    services.gateways.put(gw)
    summary = services.dispatcher.send(
        people(*[f"+3361234567{i}" for i in range(5)]), LONG, provider="ib"
    )
    assert summary.accepted == 5 and len(infobip.requests) == 3
    assert all(s["text"] == LONG for s in infobip.sent) and len(LONG) > 400


def test_no_sender_lets_infobip_choose(infobip):
    gateway(infobip, sender="").submit(batch("+33612345678"))
    assert "from" not in infobip.requests[0].json()["messages"][0]


# -- refusals and errors ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "status_id, state, reason",
    [
        (52, S.REJECTED, "numéro invalide"),
        (14, S.REJECTED, "destination bloquée"),
        (10, S.BLOCKED, "liste d'opposition"),
        (6, S.REJECTED, "réseau"),
    ],
)
def test_refusal_of_one_number(services, ib, infobip, status_id, state, reason):
    infobip.rejections["33612345671"] = status_id
    summary = services.dispatcher.send(people("+33612345670", "+33612345671"), TEXT, provider="ib")
    assert summary.accepted == 1 and summary.failed == 1
    refused = rows(services, summary.job_id)["+33612345671"]
    assert refused.state == state and reason in refused.error
    assert refused.raw_status == status(status_id)["name"]
    assert len(infobip.requests) == 1  # not retried


def test_no_credit_for_everyone_stops_the_job(services, ib, infobip):
    infobip.rejections.update({"33612345670": 12, "33612345671": 12})
    summary = services.dispatcher.send(people("+33612345670", "+33612345671"), TEXT, provider="ib")
    assert summary.state == JobState.INTERRUPTED and "crédit épuisé" in summary.error
    assert summary.count(S.QUEUED) == 2


def test_bad_key_stops_the_job_and_is_masked(services, infobip):
    services.gateways.put(gateway(infobip, key="mauvaise-cle-123456"))
    summary = services.dispatcher.send(people("+33612345670"), TEXT, provider="ib")
    assert summary.state == JobState.INTERRUPTED and "clé d'API refusée" in summary.error
    assert "mauvaise-cle-123456" not in summary.error
    assert summary.count(S.QUEUED) == 1


def test_403_and_404_are_permanent():
    server = LocalServer(
        lambda seen: Answer(
            403,
            json.dumps(
                {"requestError": {"serviceException": {"messageId": "FORBIDDEN", "text": "No"}}}
            ),
        )
    )
    try:
        with pytest.raises(PermanentError, match="accès refusé"):
            gateway(server).submit(batch("+33612345678"))
        server.answer = lambda seen: Answer(404, "{}")
        with pytest.raises(PermanentError, match="introuvable"):
            gateway(server).balance()
    finally:
        server.close()


def test_bad_destination_400_refuses_that_number_and_sends_the_others(infobip):
    bad = "+" + "3" * 70
    results = gateway(infobip).submit(batch("+33612345670", bad, "+33612345672"))
    assert [r.accepted for r in results] == [True, False, True]
    assert (
        results[1].state == S.REJECTED and "to : size must be between 1 and 64" in results[1].error
    )
    assert results[1].raw_status == "BAD_REQUEST"
    assert len(infobip.requests) == 2  # refused whole (nothing sent), then the two others
    assert sorted(s["to"] for s in infobip.sent) == ["33612345670", "33612345672"]
    (alone,) = gateway(infobip).submit(batch(bad))
    assert alone.state == S.REJECTED and len(infobip.requests) == 3


def test_other_400_stops_the_job(infobip):
    with pytest.raises(PermanentError, match=r"messages\[0\]\.from"):
        gateway(infobip, sender="").submit(
            [OutgoingSms(1, "+33612345678", TEXT, "X" * 20, "ESMS-1")]
        )


def test_429_is_retried_by_the_dispatcher(services, ib, infobip):
    infobip.http_429_once("0")
    summary = services.dispatcher.send(people("+33612345670"), TEXT, provider="ib")
    assert summary.accepted == 1 and len(infobip.sent) == 1
    assert len(infobip.requests) == 2


def test_429_keeps_retry_after(infobip):
    infobip.http_429_once("4")
    with pytest.raises(TransientError) as err:
        gateway(infobip).submit(batch("+33612345678"))
    assert err.value.retry_after == 4.0 and not err.value.maybe_sent


def test_5xx_and_nonsense_may_have_sent():
    server = LocalServer(lambda seen: Answer(503, "Service Unavailable"))
    try:
        with pytest.raises(TransientError) as err:
            gateway(server).submit(batch("+33612345678"))
        assert err.value.maybe_sent
        server.answer = lambda seen: Answer(200, "<html>portail</html>")
        with pytest.raises(TransientError) as err:
            gateway(server).submit(batch("+33612345678"))
        assert err.value.maybe_sent and "réponse inattendue" in str(err.value)
    finally:
        server.close()


def test_connection_refused_is_transient_not_sent():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    gw = InfobipGateway("ib", {"base_url": f"http://127.0.0.1:{port}"}, API_KEY)
    with pytest.raises(TransientError) as err:
        gw.submit(batch("+33612345678"))
    assert not err.value.maybe_sent


def test_missing_key_or_url_is_a_french_error(infobip):
    gw = build("ib", {"base_url": infobip.url}, lambda key: None)
    with pytest.raises(PermanentError, match="Clé d'API Infobip absente"):
        gw.submit(batch("+33612345678"))
    with pytest.raises(PermanentError, match="Adresse de l'API Infobip absente"):
        InfobipGateway("ib", {}, API_KEY).submit(batch("+33612345678"))
    assert infobip.requests == []


def test_key_never_in_errors_or_log(infobip, tmp_path):
    log_path = tmp_path / "app.log"
    handler = logging.FileHandler(log_path, encoding="utf-8")
    handler.addFilter(secrets.LogMask())
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    echo = LocalServer(
        lambda seen: Answer(
            401,
            json.dumps(
                {
                    "requestError": {
                        "serviceException": {
                            "messageId": "UNAUTHORIZED",
                            "text": f"Invalid key {API_KEY}",
                        }
                    }
                }
            ),
        )
    )
    try:
        gateway(infobip).submit(batch("+33612345678"))
        with pytest.raises(PermanentError) as err:
            gateway(echo).submit(batch("+33612345678"))
        logging.getLogger("test").error("échec %s", err.value)
    finally:
        echo.close()
        root.removeHandler(handler)
        root.setLevel(old_level)
        handler.close()
    assert "Invalid key" in str(err.value)
    assert API_KEY not in str(err.value)
    assert API_KEY not in log_path.read_text(encoding="utf-8")


# -- delivery reports by polling the logs ---------------------------------------------------------


@pytest.mark.parametrize(
    "status_id, error_id, state, reason",
    [
        (5, 0, S.DELIVERED, None),
        (9, 27, S.FAILED, "non remis au téléphone (EC_ABSENT_SUBSCRIBER)"),
        (4, 0, S.FAILED, "refusé par l'opérateur"),
        (15, 0, S.EXPIRED, "délai de remise dépassé"),
        (29, 0, S.EXPIRED, "sans accusé"),
        (10, 0, S.BLOCKED, "liste d'opposition"),
        (2, 0, S.SENT, None),
        (7, 0, S.SENT, None),
    ],
)
def test_report_mapping(status_id, error_id, state, reason):
    from tests.fakes.infobip_server import error

    report = report_of(
        {
            "messageId": "M1",
            "status": status(status_id),
            "error": error(error_id),
            "doneAt": "2026-11-23T10:15:00.000+0100",
        }
    )
    assert report.state == state
    assert (report.error is None) if reason is None else (reason in report.error)
    assert report.raw_status.startswith(status(status_id)["name"])
    if error_id:
        assert report.raw_status.endswith("EC_ABSENT_SUBSCRIBER")
    assert report.at is not None and report.at.hour == 9  # UTC


def test_unknown_status_stays_sent():
    assert state_of({"groupId": 42, "id": 999}) == S.SENT
    assert state_of({"groupName": "DELIVERED", "name": "DELIVERED_TO_HANDSET"}) == S.DELIVERED
    assert report_of({"messageId": "x"}) is None


def test_polling_the_logs_to_final_states(services, ib, infobip):
    numbers = ["+33612345670", "+33612345671", "+33612345672"]
    summary = services.dispatcher.send(people(*numbers), TEXT, provider="ib")
    by_number = rows(services, summary.job_id)
    infobip.deliver(by_number["+33612345670"].provider_id, 5)
    infobip.deliver(by_number["+33612345671"].provider_id, 9, 1)
    infobip.deliver(by_number["+33612345672"].provider_id, 15)
    final = services.dispatcher.wait_for_reports(summary.job_id, timeout=5, interval=0.02)
    assert final.count(S.DELIVERED) == 1
    by_number = rows(services, summary.job_id)
    assert by_number["+33612345671"].state == S.FAILED
    raw = by_number["+33612345671"].raw_status
    assert raw == "UNDELIVERABLE_NOT_DELIVERED EC_UNKNOWN_SUBSCRIBER"
    assert "non remis" in by_number["+33612345671"].error
    assert by_number["+33612345672"].state == S.EXPIRED
    logs = [r for r in infobip.requests if r.path == "/sms/3/logs"]
    assert logs and sorted(logs[0].query_all("messageId")) == sorted(
        r.provider_id for r in by_number.values()
    )


def test_statuses_in_chunks(infobip):
    gw = gateway(infobip)
    results = gw.submit(batch(*[f"+336123456{i:02d}" for i in range(30)]))
    ids = [r.provider_id for r in results]
    for pid in ids:
        infobip.deliver(pid)
    import ellipses_sms.gateway.infobip as module

    old = module.LOGS_IDS_PER_REQUEST
    module.LOGS_IDS_PER_REQUEST = 7
    try:
        reports = gw.statuses([*ids, "inconnu"])
    finally:
        module.LOGS_IDS_PER_REQUEST = old
    assert sorted(r.provider_id for r in reports) == sorted(ids)
    assert len([r for r in infobip.requests if r.path == "/sms/3/logs"]) == 5


# -- balance, check, settings -------------------------------------------------------------------


def test_balance_and_check(infobip):
    gw = gateway(infobip)
    balance = gw.balance()
    assert balance.amount == pytest.approx(47.795) and balance.unit == "EUR"
    text = gw.check()
    assert "Connexion à Infobip réussie" in text and "47.80 EUR" in text
    assert "interrogation régulière" in text
    with pytest.raises(PermanentError, match="clé d'API refusée"):
        gateway(infobip, key="faux").balance()


def test_provider_add_through_the_cli(home, memory_keyring, capsys, infobip):
    code = main(
        [
            "provider",
            "add",
            "infobip",
            "--type",
            "infobip",
            "--set",
            f"base_url={infobip.url}",
            "--set",
            "sender=LIBRAIRIE",
            "--secret",
            f"api_key={API_KEY}",
        ]
    )
    _, err = capsys.readouterr()
    assert code == 0, err
    info = providers.get(Settings(), "infobip")
    assert info.type == "infobip" and info.secrets == {"api_key": True}
    assert info.config["recipients_per_request"] == "100"
    assert API_KEY not in (home / "config" / "settings.json").read_text(encoding="utf-8")

    assert main(["provider", "test", "infobip"]) == 0
    assert "Connexion à Infobip réussie" in capsys.readouterr().out
    assert main(["provider", "balance", "infobip"]) == 0
    assert "47,8" in capsys.readouterr().out

    code = main(["provider", "edit", "infobip", "--set", "callback_url=https://sms.example.fr"])
    assert code == 1 and "callback_port" in capsys.readouterr().err


def test_built_from_settings_and_keyring(services, infobip, memory_keyring):
    secrets.set_secret("boutique", "api_key", API_KEY)
    services.settings.set(
        "providers", {"boutique": {"type": "infobip", "base_url": infobip.url, "sender": "LIVRES"}}
    )
    summary = services.dispatcher.send(people("+33612345670"), TEXT, provider="boutique")
    assert summary.accepted == 1 and infobip.sent[0]["from"] == "LIVRES"
    gw = services.gateways.get("boutique")
    assert isinstance(gw, InfobipGateway) and gw.can_poll_status and gw.callback_grace == 0


def test_statuses_keep_the_message_id_parameter_within_2048_characters(infobip):
    """Issue 17: 100 ids in one `messageId` parameter, limited to 2,048 characters by the API
    (the fake answers 400 past it, as the official client documents). Infobip's ids are
    36-character UUID-like strings: 100 of them make 3,700 characters."""
    gw = gateway(infobip)
    results = gw.submit(batch(*[f"+3361234{i:04d}" for i in range(100)]))
    ids = [r.provider_id for r in results]
    long_ids = {pid: f"{pid}-{'0' * (35 - len(pid))}"[:36] for pid in ids}
    for pid, long_id in long_ids.items():  # Infobip's own ids, as the real API gives them
        entry = infobip.logs.pop(pid)
        entry["messageId"] = long_id
        infobip.logs[long_id] = entry
        infobip.deliver(long_id)
    reports = gw.statuses(long_ids.values())
    assert sorted(r.provider_id for r in reports) == sorted(long_ids.values())
    logs = [r for r in infobip.requests if r.path == "/sms/3/logs"]
    assert len(logs) >= 2
    for request in logs:
        assert len(",".join(request.query_all("messageId"))) <= 2048


def test_id_chunks():
    from ellipses_sms.gateway.infobip import id_chunks

    assert id_chunks([]) == []
    assert id_chunks(["a", "b", "a"]) == [["a", "b"]]
    chunks = id_chunks([f"{i:036d}" for i in range(120)])
    assert [len(c) for c in chunks] == [55, 55, 10]  # 55 × 37 − 1 = 2,034 ≤ 2,048
    assert id_chunks(["x" * 3000, "y"]) == [["x" * 3000], ["y"]]
