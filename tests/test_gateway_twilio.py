"""The Twilio gateway against a fake Twilio API on loopback, alone and through the dispatcher."""

from __future__ import annotations

import base64
import json
import logging
import socket

import pytest

from ellipses_sms import recipients, secrets
from ellipses_sms.gateway import OutgoingSms, PermanentError, TransientError
from ellipses_sms.gateway.twilio import TwilioGateway, build, report_of
from ellipses_sms.states import JobState
from ellipses_sms.states import MessageState as S
from tests.fakes.twilio_server import ACCOUNT_SID, AUTH_TOKEN, FakeTwilio
from tests.local_http import Answer, LocalServer

TEXT = "Bonjour, votre commande est disponible à la librairie."
UNICODE = "Votre livre « L'Été » est arrivé 📚 — ça vous attend ! ©"
SENDER = "+33757000000"


@pytest.fixture
def twilio():
    server = FakeTwilio()
    yield server
    server.close()


def gateway(server, token: str = AUTH_TOKEN, **config) -> TwilioGateway:
    config.setdefault("account_sid", ACCOUNT_SID)
    config.setdefault("sender", SENDER)
    config.setdefault("base_url", server.url)
    return TwilioGateway("tw", config, token)


def one(number: str = "+33612345678", text: str = TEXT, sender: str | None = None):
    return [OutgoingSms(1, number, text, sender, "ESMS-1")]


def people(*numbers: str) -> list[recipients.Recipient]:
    return [recipients.make(f"Client {i}", n) for i, n in enumerate(numbers)]


@pytest.fixture
def tw(services, twilio):
    gw = gateway(twilio)
    services.gateways.put(gw)
    return gw


def rows(services, job_id: int) -> dict[str, object]:
    return {r.number: r for r in services.dispatcher.messages(job_id)}


# -- sending ------------------------------------------------------------------------------------


def test_submit_one_message(twilio):
    gw = gateway(twilio)
    (result,) = gw.submit(one())
    assert result.accepted and result.provider_id.startswith("SM")
    assert result.raw_status == "queued"
    (request,) = twilio.requests
    assert request.path == f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
    assert request.form == {"To": "+33612345678", "From": SENDER, "Body": TEXT}
    user, _, password = (
        base64.b64decode(request.headers["Authorization"][6:]).decode().partition(":")
    )
    assert (user, password) == (ACCOUNT_SID, AUTH_TOKEN)


def test_messaging_service_instead_of_from(twilio):
    gw = gateway(twilio, messaging_service_sid="MG" + "1" * 32)
    (result,) = gw.submit(one())
    assert result.accepted and result.raw_status == "accepted"
    form = twilio.requests[0].form
    assert form["MessagingServiceSid"] == "MG" + "1" * 32 and "From" not in form


def test_no_sender_stops_before_the_network(twilio):
    gw = gateway(twilio, sender="")
    with pytest.raises(PermanentError, match="Expéditeur"):
        gw.submit(one())
    assert twilio.requests == []


def test_several_recipients_through_the_dispatcher_one_request_each(services, tw, twilio):
    numbers = ["+33612345670", "+33612345671", "+33612345672"]
    summary = services.dispatcher.send(people(*numbers), TEXT, provider="tw")
    assert summary.state == JobState.SUBMITTED and summary.accepted == 3
    assert sorted(r.form["To"] for r in twilio.requests) == numbers
    by_number = rows(services, summary.job_id)
    assert {r.provider_id for r in by_number.values()} == set(twilio.messages)


def test_single_recipient_through_the_dispatcher(services, tw, twilio):
    summary = services.dispatcher.send(people("06 12 34 56 78"), TEXT, provider="tw")
    assert summary.accepted == 1
    assert twilio.sent[0]["to"] == "+33612345678"


def test_unicode_text_arrives_exactly(services, tw, twilio):
    summary = services.dispatcher.send(people("+33612345678"), UNICODE, provider="tw")
    assert summary.accepted == 1
    assert twilio.sent[0]["body"] == UNICODE


# -- delivery reports ---------------------------------------------------------------------------


def test_status_polling_to_delivered_and_failed(services, tw, twilio):
    twilio.outcomes["+33612345671"] = ("undelivered", 30003)
    twilio.outcomes["+33612345672"] = ("failed", 30007)
    numbers = ["+33612345670", "+33612345671", "+33612345672"]
    summary = services.dispatcher.send(people(*numbers), TEXT, provider="tw")
    final = services.dispatcher.wait_for_reports(summary.job_id, timeout=5, interval=0.02)
    assert final.count(S.DELIVERED) == 1 and final.count(S.FAILED) == 2
    by_number = rows(services, summary.job_id)
    assert by_number["+33612345670"].state == S.DELIVERED
    assert by_number["+33612345670"].raw_status == "delivered"
    assert by_number["+33612345671"].raw_status == "undelivered 30003"
    assert "téléphone éteint ou injoignable" in by_number["+33612345671"].error
    assert "filtré par l'opérateur" in by_number["+33612345672"].error


def test_statuses_skip_pending_and_unknown(twilio):
    gw = gateway(twilio)
    (sent,) = gw.submit(one())
    twilio.messages[sent.provider_id]["status"] = "sending"
    assert gw.statuses([sent.provider_id, "SM" + "f" * 32]) == []
    twilio.messages[sent.provider_id]["status"] = "queued"
    (report,) = gw.statuses([sent.provider_id])
    assert report.state == S.DELIVERED and report.at is not None


@pytest.mark.parametrize(
    "status, code, state, error",
    [
        ("queued", None, S.SENT, None),
        ("accepted", None, S.SENT, None),
        ("scheduled", None, S.SENT, None),
        ("sending", None, S.SENT, None),
        ("sent", None, S.SENT, None),
        ("delivered", None, S.DELIVERED, None),
        ("undelivered", 30005, S.FAILED, "numéro inconnu"),
        ("undelivered", 30006, S.FAILED, "ligne fixe ou opérateur injoignable"),
        ("failed", 30008, S.FAILED, "erreur inconnue"),
        ("failed", 30001, S.FAILED, "erreur Twilio 30001"),
        ("failed", None, S.FAILED, "non remis"),
        ("canceled", None, S.CANCELLED, None),
    ],
)
def test_report_mapping(status, code, state, error):
    report = report_of({"sid": "SM1", "status": status, "error_code": code})
    assert report.state == state and report.error == error
    assert report.raw_status == (status if code is None else f"{status} {code}")


# -- balance and check --------------------------------------------------------------------------


def test_balance(twilio):
    balance = gateway(twilio).balance()
    assert balance.amount == pytest.approx(12.34) and balance.unit == "EUR"


def test_check(twilio):
    assert "Librairie" in gateway(twilio).check()
    with pytest.raises(PermanentError, match="identifiants refusés"):
        gateway(twilio, token="mauvais-jeton").check()


# -- errors -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "code, state, reason",
    [
        (21211, S.REJECTED, "numéro invalide"),
        (21610, S.BLOCKED, "le client a répondu STOP"),
        (21614, S.REJECTED, "pas un mobile"),
        (21408, S.REJECTED, "pays non autorisé"),
    ],
)
def test_refusals_of_one_number(services, tw, twilio, code, state, reason):
    twilio.errors["+33612345671"] = code
    summary = services.dispatcher.send(people("+33612345670", "+33612345671"), TEXT, provider="tw")
    assert summary.accepted == 1 and summary.failed == 1
    refused = rows(services, summary.job_id)["+33612345671"]
    assert refused.state == state and reason in refused.error
    assert refused.raw_status == str(code)
    assert len(twilio.requests) == 2  # a refusal is not retried


def test_invalid_number_as_twilio_sees_it(twilio):
    (result,) = gateway(twilio).submit(one("+0123"))
    assert not result.accepted and not result.transient
    assert result.state == S.REJECTED and "numéro invalide" in result.error


def test_other_4xx_refuses_with_twilio_message(twilio):
    twilio.errors["+33612345678"] = 21602
    (result,) = gateway(twilio).submit(one())
    assert result.state == S.REJECTED and "code 21602" in result.error
    assert "Message body is required" in result.error


def test_bad_credentials_stop_the_job(services, twilio):
    services.gateways.put(gateway(twilio, token="mauvais-jeton"))
    summary = services.dispatcher.send(people("+33612345670", "+33612345671"), TEXT, provider="tw")
    assert summary.state == JobState.INTERRUPTED
    assert "identifiants refusés" in summary.error
    assert summary.count(S.QUEUED) == 2


def test_429_is_transient_with_retry_after(twilio):
    twilio.throttle_once("2")
    with pytest.raises(TransientError) as err:
        gateway(twilio).submit(one())
    assert err.value.retry_after == 2.0 and not err.value.maybe_sent


def test_429_is_retried_by_the_dispatcher(services, tw, twilio):
    twilio.throttle_once("0")
    summary = services.dispatcher.send(people("+33612345670"), TEXT, provider="tw")
    assert summary.accepted == 1
    assert len(twilio.requests) == 2 and len(twilio.messages) == 1


def test_20429_without_429_status_is_transient(twilio):
    server = LocalServer(lambda seen: Answer(400, '{"code": 20429, "message": "Too Many"}'))
    try:
        with pytest.raises(TransientError):
            gateway(server).submit(one())
    finally:
        server.close()


def test_5xx_is_transient_and_may_have_sent():
    server = LocalServer(lambda seen: Answer(503, "Service Unavailable"))
    try:
        with pytest.raises(TransientError) as err:
            gateway(server).submit(one())
        assert err.value.maybe_sent and "HTTP 503" in str(err.value)
    finally:
        server.close()


def test_read_timeout_may_have_sent():
    server = LocalServer(lambda seen: Answer(201, "{}", delay=1.0))
    try:
        gw = gateway(server)
        gw.timeout = 0.2
        with pytest.raises(TransientError) as err:
            gw.submit(one())
        assert err.value.maybe_sent
    finally:
        server.close()


def test_connection_refused_is_transient_not_sent():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    gw = TwilioGateway(
        "tw",
        {"account_sid": ACCOUNT_SID, "sender": SENDER, "base_url": f"http://127.0.0.1:{port}"},
        AUTH_TOKEN,
    )
    with pytest.raises(TransientError) as err:
        gw.submit(one())
    assert not err.value.maybe_sent and "connexion impossible" in str(err.value)


def test_token_never_in_errors_or_log(twilio, tmp_path):
    log_path = tmp_path / "app.log"
    handler = logging.FileHandler(log_path, encoding="utf-8")
    handler.addFilter(secrets.LogMask())
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    texts = []
    echo = LocalServer(
        lambda seen: Answer(400, json.dumps({"code": 21999, "message": f"bad token {AUTH_TOKEN}"}))
    )
    try:
        (refused,) = gateway(echo).submit(one())
        texts.append(refused.error)
        with pytest.raises(PermanentError) as err:
            gateway(twilio, token=AUTH_TOKEN + "x").submit(one())
        texts.append(str(err.value))
        gateway(twilio).submit(one())
        logging.getLogger("test").error("échec %s / %s", refused.error, err.value)
    finally:
        echo.close()
        root.removeHandler(handler)
        root.setLevel(old_level)
        handler.close()
    texts.append(log_path.read_text(encoding="utf-8"))
    assert "bad token" in texts[0]  # the provider's message is kept, masked
    for text in texts:
        assert AUTH_TOKEN not in text


def test_built_from_settings_and_keyring(services, twilio, memory_keyring):
    secrets.set_secret("boutique", "auth_token", AUTH_TOKEN)
    services.settings.set(
        "providers",
        {
            "boutique": {
                "type": "twilio",
                "account_sid": ACCOUNT_SID,
                "sender": SENDER,
                "base_url": twilio.url,
            }
        },
    )
    summary = services.dispatcher.send(people("+33612345670"), TEXT, provider="boutique")
    assert summary.accepted == 1
    gw = services.gateways.get("boutique")
    assert isinstance(gw, TwilioGateway) and gw.can_poll_status


def test_missing_token_is_a_french_error(twilio):
    config = {"account_sid": ACCOUNT_SID, "sender": SENDER, "base_url": twilio.url}
    gw = build("tw", config, lambda key: None)
    with pytest.raises(PermanentError, match="Jeton"):
        gw.submit(one())
    assert twilio.requests == []


def test_a_body_over_1600_characters_is_refused_before_sending(twilio):
    """Twilio refuses a Body over 1,600 characters with error 21617
    (https://www.twilio.com/docs/api/errors/21617): refused here, without a request."""
    gw = gateway(twilio)
    assert gw.max_chars == 1600
    (result,) = gw.submit(one(text="a" * 1601))
    assert not result.accepted and result.state == S.REJECTED and "1601 caractères" in result.error
    (result,) = gw.submit(one(text="😀" * 801))  # 1,602 UTF-16 units
    assert not result.accepted
    assert [r for r in twilio.requests if r.method == "POST"] == []
    (result,) = gw.submit(one(text="a" * 1600))
    assert result.accepted
