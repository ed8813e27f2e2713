"""The generic HTTP provider against a real HTTP server on loopback."""

from __future__ import annotations

import json
import logging
import socket

import pytest

from ellipses_sms import recipients, secrets
from ellipses_sms.gateway import OutgoingSms, PermanentError, TransientError
from ellipses_sms.gateway.http import (
    HttpGateway,
    format_number,
    json_path,
    parse_status_ranges,
    render,
    retry_after,
)
from ellipses_sms.states import MessageState as S
from tests.local_http import Answer, LocalServer

PASSWORD = "pa$$-w0rd/é"
TEXT = "Votre commande est arrivée : 12,50 € 😀"


@pytest.fixture
def server():
    srv = LocalServer()
    yield srv
    srv.close()


def batch(*numbers: str, text: str = TEXT, sender: str | None = "LIBRAIRIE"):
    return [OutgoingSms(i + 1, n, text, sender, f"ESMS-{i + 1}") for i, n in enumerate(numbers)]


def gateway(server, **config) -> HttpGateway:
    config.setdefault("url", server.url + "/send?to={to}&msg={text}&from={sender}")
    return HttpGateway("essai", config, config.pop("_password", PASSWORD))


def test_get_with_placeholders_url_encoded(server):
    gw = gateway(server)
    results = gw.submit(batch("+33612345678"))
    assert [r.accepted for r in results] == [True]
    seen = server.seen[0]
    assert seen.method == "GET" and seen.path == "/send"
    assert seen.q("to") == "+33612345678"
    assert seen.q("msg") == TEXT
    assert seen.q("from") == "LIBRAIRIE"
    assert seen.basic_auth is None


def test_get_with_basic_auth(server):
    gw = gateway(server, auth="basic", username="boutique")
    gw.submit(batch("+33612345678"))
    assert server.seen[0].basic_auth == ("boutique", PASSWORD)


def test_post_form_with_auth_and_several_recipients(server):
    gw = gateway(
        server,
        url=server.url + "/api",
        method="POST",
        auth="basic",
        username="u",
        body="dest={to}&texte={text}&ref={reference}",
        recipients_per_request="3",
        separator=";",
        number_format="00{cc}{national}",
    )
    assert gw.max_recipients_per_request == 3
    gw.submit(batch("+33612345678", "+262692123456"))
    seen = server.seen[0]
    assert seen.method == "POST" and seen.basic_auth == ("u", PASSWORD)
    assert seen.headers["Content-Type"].startswith("application/x-www-form-urlencoded")
    form = {
        k: v[0] for k, v in __import__("urllib.parse").parse.parse_qs(seen.body.decode()).items()
    }
    assert form == {"dest": "0033612345678;00262692123456", "texte": TEXT, "ref": "ESMS-1"}


def test_post_json_with_id_by_json_path(server):
    server.answer = lambda seen: Answer(200, json.dumps({"messages": [{"id": "A1"}, {"id": "A2"}]}))
    gw = gateway(
        server,
        url=server.url + "/json",
        method="POST",
        content_type="json",
        body='{"to": {to_list}, "text": "{text}", "from": "{sender}"}',
        recipients_per_request="2",
        id_json_path="messages.*.id",
    )
    results = gw.submit(batch("+33612345678", "+33612345679", text='Dites "oui"\nà demain'))
    assert [r.provider_id for r in results] == ["A1", "A2"]
    body = json.loads(server.seen[0].body)
    assert body == {
        "to": ["+33612345678", "+33612345679"],
        "text": 'Dites "oui"\nà demain',
        "from": "LIBRAIRIE",
    }
    assert server.seen[0].headers["Content-Type"].startswith("application/json")


def test_success_regex_and_id_regex(server):
    server.answer = lambda seen: Answer(200, "STATUS=OK ID=778899")
    gw = gateway(server, success_regex=r"STATUS=OK", id_regex=r"ID=(\d+)")
    (result,) = gw.submit(batch("+33612345678"))
    assert result.accepted and result.provider_id == "778899"

    server.answer = lambda seen: Answer(200, "STATUS=KO numéro inconnu")
    (result,) = gw.submit(batch("+33612345678"))
    assert not result.accepted and not result.transient
    assert "numéro inconnu" in result.error


def test_other_4xx_refuses_the_messages(server):
    server.answer = lambda seen: Answer(400, "invalid number")
    results = gateway(server).submit(batch("+33612345678", "+33612345679"))
    assert [r.accepted for r in results] == [False, False]
    assert results[0].state == S.REJECTED and "invalid number" in results[0].error


def test_429_retry_after_is_transient(server):
    server.answer = lambda seen: Answer(429, "slow down", {"Retry-After": "7"})
    with pytest.raises(TransientError) as err:
        gateway(server).submit(batch("+33612345678"))
    assert err.value.retry_after == 7 and not err.value.maybe_sent


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_5xx_after_the_request_arrived_is_ambiguous(server, status):
    """A 5xx says nothing of what was carried out (RFC 9110 §15.6.3: a 502 is a gateway's
    answer, the origin may have accepted the request): the message may have gone."""
    server.answer = lambda seen: Answer(status, "Bad Gateway", {"Retry-After": "3"})
    with pytest.raises(TransientError) as err:
        gateway(server).submit(batch("+33612345678"))
    assert str(status) in str(err.value) and err.value.maybe_sent
    assert err.value.retry_after == 3


def test_a_proxy_502_is_never_resent_by_the_dispatcher(services, server, memory_keyring):
    """Issue 17: a provider accepted the messages, its proxy answered 502, the product sent them
    again (2 to 5 copies). Now the message is « incertain » and the server sees one request."""
    server.answer = lambda seen: Answer(502, "<html>502 Bad Gateway</html>")
    services.settings.set(
        "providers", {"web": {"type": "http", "url": server.url + "/send?to={to}&msg={text}"}}
    )
    summary = services.dispatcher.send(
        [recipients.make("C", "+33612345678")], "Bonjour", provider="web"
    )
    assert len(server.seen) == 1
    assert summary.counts == {S.UNCERTAIN: 1}, summary.counts


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ('{"success": false, "message": "Crédit insuffisant"}', "Crédit insuffisant"),
        ('{"success": "false", "error": {"code": 21, "message": "bad number"}}', "bad number"),
        ('{"status": "error", "description": "Invalid sender"}', "Invalid sender"),
        ('{"error": "quota exceeded"}', "quota exceeded"),
        ('{"errors": [{"detail": "to is invalid"}]}', "to is invalid"),
    ],
)
def test_a_json_answer_that_says_error_is_a_refusal(server, body, reason):
    """Issue 17: a 200 whose body says `{"success": false, …}` counted as sent (40 of 40)."""
    server.answer = lambda seen: Answer(200, body, {"Content-Type": "application/json"})
    (result,) = gateway(server).submit(batch("+33612345678"))
    assert not result.accepted and reason in result.error
    assert result.state == S.REJECTED


@pytest.mark.parametrize(
    "body", ['{"success": true, "id": "A1"}', '{"status": "queued"}', '{"error": null}', "OK"]
)
def test_a_json_answer_without_error_is_a_success(server, body):
    server.answer = lambda seen: Answer(200, body)
    (result,) = gateway(server).submit(batch("+33612345678"))
    assert result.accepted


def test_the_success_regex_wins_over_the_json_rule(server):
    server.answer = lambda seen: Answer(200, '{"status": "error", "queued": "yes"}')
    (result,) = gateway(server, success_regex='"queued": "yes"').submit(batch("+33612345678"))
    assert result.accepted


def test_read_timeout_may_have_sent(server):
    server.answer = lambda seen: Answer(200, "late", delay=1.5)
    with pytest.raises(TransientError) as err:
        gateway(server, timeout="0.3").submit(batch("+33612345678"))
    assert err.value.maybe_sent


def test_connection_refused_is_transient_not_sent():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    gw = HttpGateway("essai", {"url": f"http://127.0.0.1:{port}/send?to={{to}}"}, None)
    with pytest.raises(TransientError) as err:
        gw.submit(batch("+33612345678"))
    assert not err.value.maybe_sent and "connexion impossible" in str(err.value)


@pytest.mark.parametrize("status", [401, 403])
def test_credentials_refused_is_permanent(server, status):
    server.answer = lambda seen: Answer(status, f"bad password {PASSWORD}")
    with pytest.raises(PermanentError) as err:
        gateway(server, auth="basic", username="u").submit(batch("+33612345678"))
    assert "identifiants refusés" in str(err.value)
    assert PASSWORD not in str(err.value)


def test_missing_password_stops_before_sending(server):
    gw = HttpGateway("essai", {"url": server.url + "/s?p={password}&to={to}"}, None)
    with pytest.raises(PermanentError) as err:
        gw.submit(batch("+33612345678"))
    assert "Mot de passe" in str(err.value)
    assert server.seen == []


def test_password_never_in_errors_or_log(server, tmp_path):
    """The password travels in the URL; the answer echoes it; neither error nor log shows it."""
    server.answer = lambda seen: Answer(400, f"refused for password={seen.q('p')}")
    log_path = tmp_path / "app.log"
    handler = logging.FileHandler(log_path, encoding="utf-8")
    handler.addFilter(secrets.LogMask())
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)  # urllib3 logs every URL at DEBUG
    try:
        gw = gateway(server, url=server.url + "/s?p={password}&to={to}&t={text}")
        (result,) = gw.submit(batch("+33612345678"))
        server.answer = lambda seen: Answer(500, f"crash {seen.q('p')}")
        with pytest.raises(TransientError) as err:
            gw.submit(batch("+33612345678"))
        logging.getLogger("test").error("result %s / %s", result.error, err.value)
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        handler.close()
    assert server.seen[0].q("p") == PASSWORD  # it did reach the server
    texts = [result.error, str(err.value), log_path.read_text(encoding="utf-8")]
    for text in texts:
        assert PASSWORD not in text
        assert "pa%24%24-w0rd" not in text
    assert "/s?p=" in texts[2]  # the URL was logged, masked


def test_through_the_dispatcher(services, server, memory_keyring):
    """The registry builds it from the settings and the keyring; the send path uses it."""
    secrets.set_secret("web", "password", PASSWORD)
    services.settings.set(
        "providers",
        {
            "web": {
                "type": "http",
                "url": server.url + "/send?to={to}&msg={text}&pw={password}",
                "recipients_per_request": "10",
                "separator": ",",
            }
        },
    )
    people = [recipients.make(f"C{i}", f"+3361234567{i}") for i in range(4)]
    summary = services.dispatcher.send(people, "Bonjour", provider="web")
    assert summary.accepted == 4
    assert len(server.seen) == 1
    assert server.seen[0].q("to") == ",".join(p.number for p in people)
    assert server.seen[0].q("pw") == PASSWORD


def test_helpers():
    assert parse_status_ranges("200-299, 302") == [(200, 299), (302, 302)]
    with pytest.raises(ValueError):
        parse_status_ranges("abc")
    assert retry_after("12") == 12
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0
    assert retry_after(None) is None
    assert format_number("+33612345678", "{digits}") == "33612345678"
    assert format_number("+33612345678", "00{cc}{national}") == "0033612345678"
    assert format_number("+33612345678", "0{national}") == "0612345678"
    assert json_path({"a": [{"b": 1}, {"b": 2}]}, "a.1.b") == 2
    assert json_path({"a": [{"b": 1}, {"b": 2}]}, "a.*.b") == [1, 2]
    assert json_path({"a": 1}, "x.y") is None
    assert render("{to}&{unknown}", {"to": "+33 6"}, "url") == "%2B33%206&{unknown}"
    assert render("{to}", {"to": "+33 6"}, "form") == "%2B33+6"


def test_max_parts_refuses_a_longer_text_before_sending(server):
    gw = gateway(server, max_parts="2")
    assert gw.max_parts == 2
    (result,) = gw.submit(batch("+33612345678", text="x" * 307))  # 3 parts of 153
    assert not result.accepted and result.state == S.REJECTED and "3 SMS" in result.error
    assert server.seen == []
    (result,) = gw.submit(batch("+33612345678", text="x" * 306))  # 2 parts
    assert result.accepted and len(server.seen) == 1
    assert gateway(server).max_parts == 0  # no known limit unless set
