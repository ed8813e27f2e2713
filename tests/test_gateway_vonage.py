"""The Vonage gateway against a fake Vonage API on loopback, alone and through the dispatcher."""

from __future__ import annotations

import json
import logging
import socket

import pytest

from ellipses_sms import recipients, secrets
from ellipses_sms.gateway import OutgoingSms, PermanentError, TransientError
from ellipses_sms.gateway.vonage import VonageGateway, build, parse_callback
from ellipses_sms.states import JobState
from ellipses_sms.states import MessageState as S
from tests.fakes.vonage_server import API_KEY, API_SECRET, FakeVonage
from tests.local_http import Answer, LocalServer

TEXT = "Bonjour, votre commande est disponible à la librairie."
UNICODE = "Votre livre « L'Été » est arrivé 📚 — ça vous attend !"


@pytest.fixture
def vonage():
    server = FakeVonage()
    yield server
    server.close()


def gateway(server, secret: str = API_SECRET, **config) -> VonageGateway:
    config.setdefault("api_key", API_KEY)
    config.setdefault("sender", "LIBRAIRIE")
    config.setdefault("base_url", server.url)
    return VonageGateway("vg", config, secret)


def one(number: str = "+33612345678", text: str = TEXT):
    return [OutgoingSms(1, number, text, None, "ESMS-1")]


def people(*numbers: str) -> list[recipients.Recipient]:
    return [recipients.make(f"Client {i}", n) for i, n in enumerate(numbers)]


@pytest.fixture
def vg(services, vonage):
    gw = gateway(vonage)
    services.gateways.put(gw)
    return gw


def rows(services, job_id: int) -> dict[str, object]:
    return {r.number: r for r in services.dispatcher.messages(job_id)}


# -- sending ------------------------------------------------------------------------------------


def test_submit_one_message(vonage):
    (result,) = gateway(vonage).submit(one())
    assert result.accepted and result.provider_id.startswith("0A") and result.raw_status == "0"
    (request,) = vonage.requests
    assert request.method == "POST" and request.path == "/sms/json"
    assert request.form == {
        "api_key": API_KEY,
        "api_secret": API_SECRET,
        "from": "LIBRAIRIE",
        "to": "33612345678",
        "text": TEXT,
        "client-ref": "ESMS-1",
    }


def test_unicode_text_is_sent_as_unicode_and_arrives_exactly(services, vg, vonage):
    summary = services.dispatcher.send(people("+33612345678"), UNICODE, provider="vg")
    assert summary.accepted == 1
    (sent,) = vonage.sent
    assert sent["text"] == UNICODE and sent["type"] == "unicode"


def test_long_text_takes_the_first_part_id(vonage):
    (result,) = gateway(vonage).submit(one(text="x" * 400))
    assert result.accepted
    assert result.provider_id == "0A" + f"{1:014X}"  # three parts, the first one's id


def test_several_recipients_through_the_dispatcher(services, vg, vonage):
    numbers = ["+33612345670", "+33612345671", "+33612345672"]
    summary = services.dispatcher.send(people(*numbers), TEXT, provider="vg")
    assert summary.state == JobState.SUBMITTED and summary.accepted == 3
    assert sorted(s["to"] for s in vonage.sent) == [n[1:] for n in numbers]
    refs = {s["client-ref"] for s in vonage.sent}
    assert len(refs) == 3  # our reference of each message


def test_single_recipient_through_the_dispatcher(services, vg, vonage):
    summary = services.dispatcher.send(people("06 12 34 56 78"), TEXT, provider="vg")
    assert summary.accepted == 1 and vonage.sent[0]["to"] == "33612345678"


def test_no_sender_stops_before_the_network(vonage):
    with pytest.raises(PermanentError, match="Expéditeur"):
        gateway(vonage, sender="").submit(one())
    assert vonage.requests == []


# -- balance and check --------------------------------------------------------------------------


def test_balance_and_check(vonage):
    gw = gateway(vonage)
    balance = gw.balance()
    assert balance.amount == pytest.approx(10.171275) and balance.unit == "EUR"
    assert vonage.requests[0].query == {"api_key": API_KEY, "api_secret": API_SECRET}
    assert "10.17" in gw.check()
    with pytest.raises(PermanentError, match="identifiants refusés"):
        gateway(vonage, secret="mauvais-secret00").balance()


# -- errors -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "code, state, reason",
    [
        ("3", S.REJECTED, "paramètre invalide"),
        ("6", S.REJECTED, "non routable"),
        ("7", S.BLOCKED, "numéro bloqué"),
        ("29", S.REJECTED, "destination non autorisée"),
    ],
)
def test_refusals_of_one_number(services, vg, vonage, code, state, reason):
    vonage.errors["33612345671"] = code
    summary = services.dispatcher.send(people("+33612345670", "+33612345671"), TEXT, provider="vg")
    assert summary.accepted == 1 and summary.failed == 1
    refused = rows(services, summary.job_id)["+33612345671"]
    assert refused.state == state and reason in refused.error
    assert refused.raw_status == code
    assert len(vonage.requests) == 2  # not retried


def test_missing_parameter_is_a_refusal(vonage):
    gw = gateway(vonage)
    gw.api_key = ""
    with pytest.raises(PermanentError, match="Clé"):
        gw.submit(one())
    vonage.errors["33612345678"] = "2"
    (result,) = gateway(vonage).submit(one())
    assert result.state == S.REJECTED and "paramètre manquant" in result.error


@pytest.mark.parametrize(
    "code, text",
    [
        ("4", "identifiants refusés"),
        ("8", "bloqué"),
        ("9", "crédit épuisé"),
        # Nexmo/api-specification definitions/sms.yml x-errors (@ad04200): 22 « Invalid
        # Network Code », 23 « Invalid Callback Url », 32 « Signature And API Secret
        # Disallowed »: the request's settings, not the number (issue 17: they refused each
        # message in turn instead of stopping the job)
        ("22", "code réseau"),
        ("23", "adresse de rappel"),
        ("32", "signée"),
    ],
)
def test_account_errors_are_permanent(vonage, code, text):
    vonage.errors["33612345678"] = code
    with pytest.raises(PermanentError, match=text) as err:
        gateway(vonage).submit(one())
    assert err.value.raw == code


def test_bad_credentials_stop_the_job(services, vonage):
    services.gateways.put(gateway(vonage, secret="mauvais-secret00"))
    summary = services.dispatcher.send(people("+33612345670", "+33612345671"), TEXT, provider="vg")
    assert summary.state == JobState.INTERRUPTED and "identifiants refusés" in summary.error
    assert summary.count(S.QUEUED) == 2


@pytest.mark.parametrize("code", ["1", "5", "10"])
def test_throttled_and_internal_error_are_transient(vonage, code):
    """sms.yml x-errors: 1 « Throttled », 5 « Internal Error », 10 « Too Many Existing Binds
    … Back-off and retry » (issue 17: 10 was a permanent refusal of the number)."""
    vonage.errors["33612345678"] = code
    with pytest.raises(TransientError) as err:
        gateway(vonage).submit(one())
    assert not err.value.maybe_sent and err.value.raw == code
    if code == "10":
        assert err.value.retry_after and err.value.retry_after >= 10


def test_account_error_stops_the_job_and_keeps_the_messages(services, vg, vonage):
    vonage.errors["33612345670"] = "23"
    summary = services.dispatcher.send(people("+33612345670", "+33612345671"), TEXT, provider="vg")
    assert summary.state == JobState.INTERRUPTED and "adresse de rappel" in summary.error
    assert summary.count(S.QUEUED) == 2


def test_throttled_is_retried_by_the_dispatcher(services, vg, vonage):
    vonage.throttle_once()
    summary = services.dispatcher.send(people("+33612345670"), TEXT, provider="vg")
    assert summary.accepted == 1
    assert len(vonage.requests) == 2 and len(vonage.sent) == 1


def test_http_429_is_retried_by_the_dispatcher(services, vg, vonage):
    vonage.http_429_once("0")
    summary = services.dispatcher.send(people("+33612345670"), TEXT, provider="vg")
    assert summary.accepted == 1
    assert len(vonage.requests) == 2 and len(vonage.sent) == 1


def test_http_429_keeps_retry_after(vonage):
    vonage.http_429_once("3")
    with pytest.raises(TransientError) as err:
        gateway(vonage).submit(one())
    assert err.value.retry_after == 3.0


def test_5xx_and_nonsense_may_have_sent():
    server = LocalServer(lambda seen: Answer(502, "Bad Gateway"))
    try:
        with pytest.raises(TransientError) as err:
            gateway(server).submit(one())
        assert err.value.maybe_sent
        server.answer = lambda seen: Answer(200, "<html>proxy</html>")
        with pytest.raises(TransientError) as err:
            gateway(server).submit(one())
        assert err.value.maybe_sent and "réponse inattendue" in str(err.value)
    finally:
        server.close()


def test_connection_refused_is_transient_not_sent():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    gw = VonageGateway(
        "vg",
        {"api_key": API_KEY, "sender": "LIBRAIRIE", "base_url": f"http://127.0.0.1:{port}"},
        API_SECRET,
    )
    with pytest.raises(TransientError) as err:
        gw.submit(one())
    assert not err.value.maybe_sent


def test_partly_sent_long_text_is_not_sent_again():
    answer = {
        "message-count": "2",
        "messages": [
            {"to": "33612345678", "message-id": "0A01", "status": "0"},
            {"status": "5", "error-text": "Internal Error"},
        ],
    }
    server = LocalServer(lambda seen: Answer(200, json.dumps(answer)))
    try:
        (result,) = gateway(server).submit(one(text="x" * 200))
    finally:
        server.close()
    assert not result.accepted and not result.transient and result.state == S.FAILED


def test_secret_never_in_errors_or_log(vonage, tmp_path):
    log_path = tmp_path / "app.log"
    handler = logging.FileHandler(log_path, encoding="utf-8")
    handler.addFilter(secrets.LogMask())
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)  # urllib3 logs the balance URL, which holds the secret
    texts = []
    echo = LocalServer(
        lambda seen: Answer(
            200,
            json.dumps({"messages": [{"status": "3", "error-text": f"bad {API_SECRET}"}]}),
        )
    )
    try:
        gw = gateway(vonage)
        gw.balance()
        gw.submit(one())
        (refused,) = gateway(echo).submit(one())
        texts.append(refused.error)
        vonage.errors["33612345678"] = "9"
        with pytest.raises(PermanentError) as err:
            gw.submit(one())
        texts.append(str(err.value))
        logging.getLogger("test").error("échec %s / %s", refused.error, err.value)
    finally:
        echo.close()
        root.removeHandler(handler)
        root.setLevel(old_level)
        handler.close()
    texts.append(log_path.read_text(encoding="utf-8"))
    assert "get-balance" in texts[2]  # the URL was logged, masked
    assert "bad " in texts[0]
    for text in texts:
        assert API_SECRET not in text


def test_built_from_settings_and_keyring(services, vonage, memory_keyring):
    secrets.set_secret("boutique", "api_secret", API_SECRET)
    services.settings.set(
        "providers",
        {"boutique": {"type": "vonage", "api_key": API_KEY, "base_url": vonage.url}},
    )
    summary = services.dispatcher.send(
        people("+33612345670"), TEXT, provider="boutique", sender="LIBRAIRIE"
    )
    assert summary.accepted == 1 and vonage.sent[0]["from"] == "LIBRAIRIE"
    gw = services.gateways.get("boutique")
    assert isinstance(gw, VonageGateway) and not gw.can_poll_status


def test_missing_secret_is_a_french_error(vonage):
    gw = build("vg", {"api_key": API_KEY, "sender": "X", "base_url": vonage.url}, lambda k: None)
    with pytest.raises(PermanentError, match="Secret"):
        gw.submit(one())
    assert vonage.requests == []


# -- delivery reports (callback) ----------------------------------------------------------------


@pytest.mark.parametrize(
    "status, code, state, error",
    [
        ("delivered", "0", S.DELIVERED, None),
        ("expired", "0", S.EXPIRED, "délai de remise dépassé"),
        ("failed", "2", S.FAILED, "abonné absent (temporaire)"),
        ("failed", "9", S.BLOCKED, "le client s'est désabonné (STOP)"),
        ("rejected", "6", S.REJECTED, "rejeté par l'anti-spam"),
        ("failed", "99", S.FAILED, "erreur Vonage 99"),
        ("accepted", "0", S.SENT, None),
        ("buffered", "0", S.SENT, None),
    ],
)
def test_parse_callback(status, code, state, error):
    report = parse_callback(
        {
            "msisdn": "33612345678",
            "to": "LIBRAIRIE",
            "messageId": "0A0000000123ABCD1",
            "status": status,
            "err-code": code,
            "message-timestamp": "2026-11-23 10:15:00",
        }
    )
    assert report.provider_id == "0A0000000123ABCD1"
    assert report.state == state and report.error == error
    assert report.raw_status == f"{status} {code}"
    assert report.at is not None and report.at.hour == 10


def test_parse_callback_ignores_what_is_not_a_report():
    assert parse_callback({}) is None
    assert parse_callback({"messageId": "X"}) is None
    assert parse_callback({"messageId": "X", "status": "bizarre"}) is None
    assert parse_callback({"msisdn": "336", "text": "STOP", "messageId": "X"}) is None


def test_callback_report_reaches_the_message(services, vg, vonage):
    summary = services.dispatcher.send(people("+33612345670"), TEXT, provider="vg")
    (row,) = services.dispatcher.messages(summary.job_id)
    report = parse_callback({"messageId": row.provider_id, "status": "delivered", "err-code": "0"})
    assert services.dispatcher.apply_reports("vg", [report]) == 1
    (row,) = services.dispatcher.messages(summary.job_id)
    assert row.state == S.DELIVERED
