"""Delivery reports pushed by Twilio, Vonage and Infobip to the application's listener.

Each fake provider posts its real callback request (Twilio's signed form, Vonage's JSON DLR,
Infobip's JSON `results`) to the public address the gateway gave with the message; the test
plays the clerk's reverse proxy (public prefix → the listener on loopback). The states are read
back from the real SQLite store, through the dispatcher.
"""

from __future__ import annotations

import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import timedelta

import pytest
from sqlalchemy import update

from ellipses_sms import providers, recipients
from ellipses_sms.gateway.infobip import InfobipGateway
from ellipses_sms.gateway.listener import CALLBACK_GRACE, callback_token
from ellipses_sms.gateway.twilio import TwilioGateway, signature
from ellipses_sms.gateway.vonage import VonageGateway
from ellipses_sms.states import MessageState as S
from ellipses_sms.store.models import messages_table, utcnow
from tests.fakes import infobip_server, twilio_server, vonage_server

TEXT = "Bonjour, votre commande est disponible à la librairie."
PUBLIC = "https://sms.librairie-exemple.fr/ellipses"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def people(*numbers: str) -> list[recipients.Recipient]:
    return [recipients.make(f"Client {i}", n) for i, n in enumerate(numbers)]


def rows(services, job_id: int) -> dict[str, object]:
    return {r.number: r for r in services.dispatcher.messages(job_id)}


def wait_state(services, job_id: int, number: str, state: S, timeout: float = 5.0):
    """The message once it reached `state` (the listener applies reports on its own thread)."""
    deadline = time.monotonic() + timeout
    while True:
        row = rows(services, job_id)[number]
        if row.state == state or time.monotonic() > deadline:
            return row
        time.sleep(0.02)


def proxy(gw) -> tuple[str, str]:
    """What the clerk's reverse proxy does: the public prefix → the local listener."""
    return PUBLIC, f"http://127.0.0.1:{gw.listener.port}"


def post(url: str, body: bytes, content_type: str, headers: dict | None = None) -> int:
    request = urllib.request.Request(
        url, body, {"Content-Type": content_type, **(headers or {})}, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as answer:
            return answer.status
    except urllib.error.HTTPError as exc:
        return exc.code


def age(services, job_id: int, seconds: float) -> None:
    """Make the job's messages look sent `seconds` ago."""
    with services.store.engine.begin() as conn:
        conn.execute(
            update(messages_table)
            .where(messages_table.c.job_id == job_id)
            .values(updated_at=utcnow() - timedelta(seconds=seconds))
        )


# -- Twilio -------------------------------------------------------------------------------------


@pytest.fixture
def twilio():
    server = twilio_server.FakeTwilio()
    yield server
    server.close()


@pytest.fixture
def tw(services, twilio):
    gw = TwilioGateway(
        "tw",
        {
            "account_sid": twilio_server.ACCOUNT_SID,
            "sender": "+33757000000",
            "base_url": twilio.url,
            "callback_url": PUBLIC,
            "callback_port": str(free_port()),
        },
        twilio_server.AUTH_TOKEN,
    )
    services.gateways.put(gw)  # wires the report sink: the listener starts
    return gw


def test_twilio_signed_callbacks_reach_the_store(services, tw, twilio):
    assert tw.listener.running and tw.callback_grace == CALLBACK_GRACE
    summary = services.dispatcher.send(people("+33612345670", "+33612345671"), TEXT, provider="tw")
    by_number = rows(services, summary.job_id)
    sid0 = by_number["+33612345670"].provider_id
    sid1 = by_number["+33612345671"].provider_id
    assert twilio.callbacks[sid0] == f"{PUBLIC}/{tw.listener.token}/dlr"

    assert twilio.post_status(sid0, "sent", forward=proxy(tw)) == 200  # not final: no change
    assert twilio.post_status(sid0, "delivered", forward=proxy(tw)) == 200
    assert twilio.post_status(sid1, "undelivered", 30003, forward=proxy(tw)) == 200
    delivered = wait_state(services, summary.job_id, "+33612345670", S.DELIVERED)
    failed = wait_state(services, summary.job_id, "+33612345671", S.FAILED)
    assert delivered.state == S.DELIVERED and delivered.raw_status == "delivered"
    assert failed.state == S.FAILED and failed.raw_status == "undelivered 30003"
    assert "téléphone éteint ou injoignable" in failed.error
    fetches = [r for r in twilio.requests if r.method == "GET"]
    assert fetches == []  # nothing was polled


def test_twilio_signature_matches_the_documented_algorithm():
    # the example of Twilio's request-validation documentation (its canonical test vector)
    url = "https://mycompany.com/myapp.php?foo=1&bar=2"
    form = {
        "CallSid": "CA1234567890ABCDE",
        "Caller": "+14158675309",
        "Digits": "1234",
        "From": "+14158675309",
        "To": "+18005551212",
    }
    assert signature("12345", url, form) == "RSOYDt4T1cUTdK1PDd93/VVr8B8="


@pytest.mark.parametrize(
    "forge",
    [
        "wrong-signature",
        "another-token",
        "local-url",
        "missing",
        "tampered-status",
    ],
)
def test_twilio_forged_callbacks_are_refused(services, tw, twilio, forge):
    summary = services.dispatcher.send(people("+33612345670"), TEXT, provider="tw")
    (row,) = services.dispatcher.messages(summary.job_id)
    sid = row.provider_id
    public_url = twilio.callbacks[sid]
    local_url = public_url.replace(*proxy(tw))
    form = twilio.callback_form(sid, "delivered")
    headers = {"X-Twilio-Signature": twilio.sign(public_url, form)}
    if forge == "wrong-signature":
        headers["X-Twilio-Signature"] = "AAAAAAAAAAAAAAAAAAAAAAAAAAA="
    elif forge == "another-token":
        headers["X-Twilio-Signature"] = signature("un-autre-jeton", public_url, form)
    elif forge == "local-url":
        headers["X-Twilio-Signature"] = twilio.sign(local_url, form)
    elif forge == "missing":
        headers = {}
    elif forge == "tampered-status":
        form = twilio.callback_form(sid, "undelivered", 30007)  # signed for « delivered »
    body = urllib.parse.urlencode(form).encode()
    assert post(local_url, body, "application/x-www-form-urlencoded", headers) == 403
    time.sleep(0.3)  # the sink batches for 0.2 s: a wrongly accepted report would be applied
    (row,) = services.dispatcher.messages(summary.job_id)
    assert row.state == S.SENT


def test_twilio_behind_a_proxy_that_keeps_its_prefix(services, tw, twilio):
    summary = services.dispatcher.send(people("+33612345670"), TEXT, provider="tw")
    (row,) = services.dispatcher.messages(summary.job_id)
    keep = ("https://sms.librairie-exemple.fr", f"http://127.0.0.1:{tw.listener.port}")
    assert twilio.post_status(row.provider_id, "delivered", forward=keep) == 200
    row = wait_state(services, summary.job_id, "+33612345670", S.DELIVERED)
    assert row.state == S.DELIVERED


def test_twilio_unknown_path_token_is_404(services, tw, twilio):
    summary = services.dispatcher.send(people("+33612345670"), TEXT, provider="tw")
    (row,) = services.dispatcher.messages(summary.job_id)
    local = f"http://127.0.0.1:{tw.listener.port}/devine/dlr"
    form = twilio.callback_form(row.provider_id, "delivered")
    headers = {"X-Twilio-Signature": twilio.sign(f"{PUBLIC}/devine/dlr", form)}
    body = urllib.parse.urlencode(form).encode()
    assert post(local, body, "application/x-www-form-urlencoded", headers) == 404


def test_polling_is_the_fallback_for_old_messages(services, tw, twilio):
    summary = services.dispatcher.send(people("+33612345670"), TEXT, provider="tw")
    assert services.dispatcher.poll_reports() == 0
    assert [r for r in twilio.requests if r.method == "GET"] == []  # left to the callback
    age(services, summary.job_id, CALLBACK_GRACE + 60)
    assert services.dispatcher.poll_reports() == 1  # no callback came: Twilio is asked
    (row,) = services.dispatcher.messages(summary.job_id)
    assert row.state == S.DELIVERED


def test_without_listener_every_message_is_polled(services, twilio):
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen()
    try:
        gw = TwilioGateway(
            "tw",
            {
                "account_sid": twilio_server.ACCOUNT_SID,
                "sender": "+33757000000",
                "base_url": twilio.url,
                "callback_url": PUBLIC,
                "callback_port": str(busy.getsockname()[1]),
            },
            twilio_server.AUTH_TOKEN,
        )
        services.gateways.put(gw)
        assert not gw.listener.running and gw.callback_grace == 0
        assert "Attention" in gw.check() and "demandés au fournisseur" in gw.check()
        summary = services.dispatcher.send(people("+33612345670"), TEXT, provider="tw")
        assert services.dispatcher.poll_reports() == 1
        (row,) = services.dispatcher.messages(summary.job_id)
        assert row.state == S.DELIVERED
    finally:
        busy.close()


def test_no_callback_url_no_status_callback(services, twilio):
    gw = TwilioGateway(
        "tw",
        {
            "account_sid": twilio_server.ACCOUNT_SID,
            "sender": "+33757000000",
            "base_url": twilio.url,
        },
        twilio_server.AUTH_TOKEN,
    )
    services.gateways.put(gw)
    services.dispatcher.send(people("+33612345670"), TEXT, provider="tw")
    assert "StatusCallback" not in twilio.requests[0].form
    assert gw.listener is None and gw.callback_grace == 0


# -- Vonage -------------------------------------------------------------------------------------


@pytest.fixture
def vonage():
    server = vonage_server.FakeVonage()
    yield server
    server.close()


@pytest.fixture
def vg(services, vonage):
    gw = VonageGateway(
        "vg",
        {
            "api_key": vonage_server.API_KEY,
            "sender": "LIBRAIRIE",
            "base_url": vonage.url,
            "callback_url": PUBLIC,
            "callback_port": str(free_port()),
        },
        vonage_server.API_SECRET,
    )
    services.gateways.put(gw)
    return gw


def test_vonage_json_dlrs_reach_the_store(services, vg, vonage):
    summary = services.dispatcher.send(people("+33612345670", "+33612345671"), TEXT, provider="vg")
    by_number = rows(services, summary.job_id)
    mid0 = by_number["+33612345670"].provider_id
    mid1 = by_number["+33612345671"].provider_id
    assert vonage.sent[0]["callback"] == f"{PUBLIC}/{vg.listener.token}/dlr"
    local = vonage.sent[0]["callback"].replace(*proxy(vg))
    assert vonage.post_dlr(mid0, "delivered", "0", target=local) == 200
    assert vonage.post_dlr(mid1, "failed", "9", target=local) == 200
    delivered = wait_state(services, summary.job_id, "+33612345670", S.DELIVERED)
    blocked = wait_state(services, summary.job_id, "+33612345671", S.BLOCKED)
    assert delivered.state == S.DELIVERED and delivered.raw_status == "delivered 0"
    assert blocked.state == S.BLOCKED and "STOP" in blocked.error


def test_vonage_dlr_as_get_parameters(services, vg, vonage):
    summary = services.dispatcher.send(people("+33612345670"), TEXT, provider="vg")
    (row,) = services.dispatcher.messages(summary.job_id)
    local = vonage.sent[0]["callback"].replace(*proxy(vg))
    query = urllib.parse.urlencode(
        {"msisdn": "33612345670", "messageId": row.provider_id, "status": "expired"}
    )
    with urllib.request.urlopen(f"{local}?{query}", timeout=5) as answer:
        assert answer.status == 200
    row = wait_state(services, summary.job_id, "+33612345670", S.EXPIRED)
    assert row.state == S.EXPIRED


def test_vonage_wrong_token_and_nonsense(services, vg, vonage):
    services.dispatcher.send(people("+33612345670"), TEXT, provider="vg")
    base = f"http://127.0.0.1:{vg.listener.port}"
    assert post(f"{base}/x/dlr", b"{}", "application/json") == 404
    assert post(f"{base}/{vg.listener.token}/dlr", b"[1, 2]", "application/json") == 400


# -- Infobip ------------------------------------------------------------------------------------


@pytest.fixture
def infobip():
    server = infobip_server.FakeInfobip()
    yield server
    server.close()


@pytest.fixture
def ib(services, infobip):
    gw = InfobipGateway(
        "ib",
        {
            "base_url": infobip.url,
            "sender": "LIBRAIRIE",
            "callback_url": PUBLIC,
            "callback_port": str(free_port()),
        },
        infobip_server.API_KEY,
    )
    services.gateways.put(gw)
    return gw


def test_infobip_pushed_reports_reach_the_store(services, ib, infobip):
    numbers = ["+33612345670", "+33612345671", "+33612345672"]
    summary = services.dispatcher.send(people(*numbers), TEXT, provider="ib")
    (message,) = infobip.requests[0].json()["messages"]
    assert message["notifyUrl"] == f"{PUBLIC}/{ib.listener.token}/dlr"
    assert message["notifyContentType"] == "application/json"

    assert services.dispatcher.poll_reports() == 0
    assert [r for r in infobip.requests if r.path == "/sms/3/logs"] == []  # left to callbacks

    by_number = rows(services, summary.job_id)
    ids = [by_number[n].provider_id for n in numbers]
    infobip.deliver(ids[0], 5)
    infobip.deliver(ids[1], 9, 27)
    infobip.deliver(ids[2], 15)
    local = message["notifyUrl"].replace(*proxy(ib))
    assert infobip.push_reports(ids, url=local) == 200  # three reports in one request
    delivered = wait_state(services, summary.job_id, numbers[0], S.DELIVERED)
    failed = wait_state(services, summary.job_id, numbers[1], S.FAILED)
    expired = wait_state(services, summary.job_id, numbers[2], S.EXPIRED)
    assert delivered.raw_status == "DELIVERED_TO_HANDSET"
    assert failed.raw_status == "UNDELIVERABLE_NOT_DELIVERED EC_ABSENT_SUBSCRIBER"
    assert "non remis au téléphone" in failed.error
    assert expired.state == S.EXPIRED


def test_infobip_old_messages_are_polled(services, ib, infobip):
    summary = services.dispatcher.send(people("+33612345670"), TEXT, provider="ib")
    (row,) = services.dispatcher.messages(summary.job_id)
    infobip.deliver(row.provider_id, 5)
    age(services, summary.job_id, CALLBACK_GRACE + 60)
    assert services.dispatcher.poll_reports() == 1
    (row,) = services.dispatcher.messages(summary.job_id)
    assert row.state == S.DELIVERED


def test_infobip_nonsense_is_400(services, ib):
    url = f"http://127.0.0.1:{ib.listener.port}/{ib.listener.token}/dlr"
    assert post(url, b"not json", "application/json") == 400
    assert post(url, b'{"results": []}', "application/json") == 200


# -- common -------------------------------------------------------------------------------------


def test_token_survives_a_restart_and_needs_the_secret(services, infobip):
    config = {"base_url": infobip.url, "callback_url": PUBLIC, "callback_port": "1"}
    first = InfobipGateway("ib", config, infobip_server.API_KEY)
    again = InfobipGateway("ib", config, infobip_server.API_KEY)
    other = InfobipGateway("ib", config, "une-autre-cle")
    assert first.listener.token == again.listener.token != other.listener.token
    assert callback_token("secret", "a") != callback_token("secret", "b")
    assert len(first.listener.token) >= 20 and infobip_server.API_KEY not in first.callback_target


def test_listener_stops_with_the_gateway(services, ib):
    port = ib.listener.port
    services.gateways.forget("ib")
    assert not ib.listener.running
    with socket.socket() as s:  # the port is free again
        s.bind(("127.0.0.1", port))


@pytest.mark.parametrize("type_", ["twilio", "vonage", "infobip"])
def test_callback_url_needs_a_port_and_no_query(type_):
    secrets = {
        "twilio": {"auth_token": "x"},
        "vonage": {"api_secret": "x"},
        "infobip": {"api_key": "x"},
    }[type_]
    values = {
        "twilio": {"account_sid": "AC1"},
        "vonage": {"api_key": "k"},
        "infobip": {"base_url": "https://abcde.api.infobip.com"},
    }[type_]
    with pytest.raises(providers.ProviderError, match="callback_port"):
        providers.validate(type_, {**values, "callback_url": PUBLIC}, secrets)
    with pytest.raises(providers.ProviderError, match="sans « \\? »"):
        providers.validate(
            type_, {**values, "callback_url": PUBLIC + "?a=1", "callback_port": "8080"}, secrets
        )
    cleaned = providers.validate(
        type_, {**values, "callback_url": PUBLIC, "callback_port": "8080"}, secrets
    )
    assert cleaned["callback_host"] == "127.0.0.1" and cleaned["callback_port"] == "8080"
