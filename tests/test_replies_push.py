"""Customers' replies pushed to our listener (`/TOKEN/mo`), recorded in the real SQLite store
before the answer: Kannel's `sms-service` get-url with the parameters verified against a real
Kannel and fakesmsc (shared/reference/providers.md §2.4: `GET /mo?from=%2B33600000009&to=12345&
text=STOP&kw=STOP`), and Vonage's inbound webhook (§4, Nexmo/api-specification sms.yml:
`msisdn`, `to`, `messageId`, `text`, `type`, `keyword`, `message-timestamp`)."""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request

import pytest

from ellipses_sms import optouts, replies
from ellipses_sms.gateway.kannel import KannelGateway
from ellipses_sms.gateway.vonage import VonageGateway


def get(url: str, data: dict | None = None) -> int:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    try:
        with urllib.request.urlopen(url, body, timeout=10) as answer:
            return answer.status
    except urllib.error.HTTPError as exc:
        return exc.code


@pytest.fixture
def kannel(services):
    gateway = KannelGateway(
        "k",
        {"url": "http://127.0.0.1:9/cgi-bin/sendsms", "username": "u", "dlr_port": "0"},
        "pw-123",
    )
    services.gateways.put(gateway)  # wires the report and reply sinks, as build_services does
    gateway._start_listener()
    yield gateway
    gateway.close()


def test_kannel_stop_reply_is_recorded_once_and_opts_out(services, kannel):
    assert "?from=%p&to=%P&text=%a&ts=%T&id=%I" in kannel.mo_url
    base = kannel.listener.mo_url
    verified = "from=%2B33600000009&to=12345&text=STOP&kw=STOP"
    assert get(f"{base}?{verified}") == 200
    assert get(f"{base}?{verified}") == 200  # Kannel retried: still one reply
    (reply,) = replies.recent(services.store)
    assert (reply.number, reply.text, reply.is_stop, reply.provider) == (
        "+33600000009",
        "STOP",
        True,
        "k",
    )
    assert optouts.is_opted_out(services.store, "+33600000009")
    assert get(f"{base}?from=%2B33600000010&to=12345&text=Merci&ts=1796288400&id=a1") == 200
    assert len(replies.recent(services.store)) == 2
    assert not optouts.is_opted_out(services.store, "+33600000010")


def test_kannel_refuses_a_wrong_token_and_an_empty_reply(services, kannel):
    wrong = kannel.listener.mo_url.replace(kannel.listener.token, "forged")
    assert get(f"{wrong}?from=%2B33600000009&text=STOP") == 404
    assert get(kannel.listener.mo_url + "?text=STOP") == 400
    assert replies.recent(services.store) == []


def test_without_a_store_kannel_is_asked_to_try_again(services):
    gateway = KannelGateway(
        "k2", {"url": "http://127.0.0.1:9/cgi-bin/sendsms", "username": "u", "dlr_port": "0"}, "x"
    )
    gateway.set_reply_sink(None)
    gateway._start_listener()
    try:
        assert get(gateway.listener.mo_url + "?from=%2B33600000009&text=STOP") == 503
    finally:
        gateway.close()


def test_vonage_inbound_webhook(services):
    gateway = VonageGateway(
        "vg",
        {
            "api_key": "abcd1234",
            "sender": "LIBRAIRIE",
            "base_url": "http://127.0.0.1:9",
            "callback_url": "https://librairie.example/ellipses",
            "callback_port": "0",
        },
        "0123456789abcdef",
    )
    services.gateways.put(gateway)  # the report sink starts the listener
    try:
        listener = gateway.listener
        assert listener.running
        form = {
            "msisdn": "33612345678",
            "to": "33700000000",
            "messageId": "0A0000000123ABCD1",
            "text": "Désabonner",
            "type": "unicode",
            "keyword": "DÉSABONNER",
            "message-timestamp": "2026-12-03 09:10:11",
        }
        assert get(listener.mo_url, form) == 200
        assert get(listener.mo_url, form) == 200  # Vonage retries: one reply
        (reply,) = replies.recent(services.store)
        assert reply.number == "+33612345678" and reply.is_stop
        assert str(reply.received_at) == "2026-12-03 09:10:11"
        assert optouts.is_opted_out(services.store, "+33612345678")
    finally:
        gateway.close()


def test_kannel_check_gives_the_replies_address(kannel, monkeypatch):
    class Answer:
        status_code, text = 400, "Missing receiver number"

    monkeypatch.setattr(kannel, "send", lambda request: Answer())
    sentence = kannel.check()
    assert f"get-url = « {kannel.mo_url} »" in sentence
