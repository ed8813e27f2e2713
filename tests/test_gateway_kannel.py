"""Kannel's answers and delivery reports, against a local server that answers as smsbox does.

(The real Kannel is in tests/integration/test_kannel.py; these cover the answers the fake SMSC
cannot produce: refusals, 5xx, denied receivers, failed and rejected reports.)
"""

from __future__ import annotations

import urllib.error
import urllib.request

import pytest

from ellipses_sms.gateway import OutgoingSms, PermanentError, TransientError
from ellipses_sms.gateway.kannel import KannelGateway
from ellipses_sms.gateway.listener import ReportListener, kannel_provider_id, kannel_report
from ellipses_sms.states import MessageState as S
from tests.local_http import Answer, LocalServer

NUMBERS = ("+33612345678", "+33612345679", "+33612345670")


@pytest.fixture
def server():
    srv = LocalServer()
    yield srv
    srv.close()


def gateway(server) -> KannelGateway:
    return KannelGateway(
        "k", {"url": server.url + "/cgi-bin/sendsms", "username": "u", "sender": "LIB"}, "pw-123"
    )


def batch(text: str = "Bonjour"):
    return [OutgoingSms(i + 1, n, text) for i, n in enumerate(NUMBERS)]


def test_request_shape(server):
    server.answer = lambda seen: Answer(202, "0: Accepted for delivery")
    gw = gateway(server)
    try:
        results = gw.submit(batch("Ça marche 😀"))
    finally:
        gw.close()
    seen = server.seen[0]
    assert seen.q("to") == " ".join(NUMBERS)
    assert seen.q("text") == "Ça marche 😀"
    assert seen.q("coding") == "2" and seen.q("charset") == "UTF-8"
    assert seen.q("from") == "LIB" and seen.q("username") == "u" and seen.q("password") == "pw-123"
    assert seen.q("dlr-mask") == "31"
    dlr = seen.q("dlr-url")
    assert dlr.startswith(f"http://127.0.0.1:{gw.listener.port}/{gw.listener.token}/dlr?ref=")
    assert dlr.endswith("&type=%d&to=%p&reply=%A&ts=%T")
    ref = dlr.split("ref=")[1].split("&")[0]
    assert [r.provider_id for r in results] == [kannel_provider_id(ref, n) for n in NUMBERS]
    assert {r.raw_status for r in results} == {"0"}


def test_gsm_text_has_no_coding(server):
    server.answer = lambda seen: Answer(202, "3: Queued for later delivery")
    gw = gateway(server)
    try:
        (result, *_) = gw.submit(batch("Prix : 12 € à régler"))
    finally:
        gw.close()
    assert "coding" not in server.seen[0].query
    assert result.accepted and result.raw_status == "3"


@pytest.mark.parametrize(
    ("status", "body", "reason"),
    [
        (400, "Number(s) has/have been denied by white- and/or black-lists.", "liste"),
        (403, "Not routable. Do not try again.", "Aucune route"),
        (400, "Sender missing and no global set, rejected", "expéditeur manquant"),
    ],
)
def test_refusals_refuse_the_messages(server, status, body, reason):
    server.answer = lambda seen: Answer(status, body)
    gw = gateway(server)
    try:
        results = gw.submit(batch())
    finally:
        gw.close()
    assert [r.accepted for r in results] == [False] * 3
    assert all(r.state == S.REJECTED and reason in r.error for r in results)


def test_denied_receivers_in_an_immediate_reply(server):
    server.answer = lambda seen: Answer(202, f"Sent. Denied receivers are: {NUMBERS[1]}")
    gw = gateway(server)
    try:
        results = gw.submit(batch())
    finally:
        gw.close()
    assert [r.accepted for r in results] == [True, False, True]


def test_credentials_temporary_and_partial_failures(server):
    gw = gateway(server)
    try:
        server.answer = lambda seen: Answer(403, "Authorization failed for sendsms")
        with pytest.raises(PermanentError, match="identifiants refusés"):
            gw.submit(batch())
        server.answer = lambda seen: Answer(503, "Temporal failure, try again later.")
        with pytest.raises(TransientError) as err:
            gw.submit(batch())
        assert not err.value.maybe_sent
        server.answer = lambda seen: Answer(500, "Sending failed.")
        with pytest.raises(TransientError) as err:
            gw.submit(batch())
        assert err.value.maybe_sent  # some of the three may have gone
        with pytest.raises(TransientError) as err:
            gw.submit(batch()[:1])
        assert not err.value.maybe_sent
    finally:
        gw.close()


def test_missing_password():
    gw = KannelGateway("k", {"url": "http://127.0.0.1:1/cgi-bin/sendsms", "username": "u"}, None)
    with pytest.raises(PermanentError, match="Mot de passe"):
        gw.submit(batch())


@pytest.mark.parametrize(
    ("params", "state", "error"),
    [
        ({"type": "1"}, S.DELIVERED, None),
        ({"type": "2", "reply": "NACK/"}, S.FAILED, "Non remis"),
        ({"type": "2", "reply": "id:1 stat:EXPIRED err:000"}, S.EXPIRED, "expiré"),
        ({"type": "4"}, S.SENT, None),
        ({"type": "8", "reply": "ACK/"}, S.SENT, None),
        ({"type": "16", "reply": "NACK/0x0000000b/Invalid Destination"}, S.REJECTED, "Refusé"),
    ],
)
def test_kannel_report_mapping(params, state, error):
    report = kannel_report({"ref": "abc", "to": "+33612345678", "ts": "1700000000", **params})
    assert report.provider_id == kannel_provider_id("abc", "0033612345678")
    assert report.state == state
    assert (report.error is None) if error is None else (error in report.error)
    assert report.raw_status.startswith(params["type"])
    assert report.at is not None


@pytest.mark.parametrize(
    "params", [{}, {"ref": "a", "to": "1", "type": "x"}, {"ref": "a", "type": "1"}]
)
def test_nonsense_reports_are_refused(params):
    assert kannel_report(params) is None


def test_listener_checks_its_token_and_batches_reports():
    got = []
    listener = ReportListener(kannel_report, got.extend)
    listener.start()
    try:
        base = f"http://127.0.0.1:{listener.port}"
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(f"{base}/wrong/dlr?ref=a&type=1&to=%2B336", timeout=5)
        assert err.value.code == 404
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(f"{listener.url}?ref=a&type=zz&to=1", timeout=5)
        assert err.value.code == 400
        for kind in (8, 1):
            with urllib.request.urlopen(
                f"{listener.url}?ref=a&type={kind}&to=%2B33612345678&reply=&ts=1", timeout=5
            ) as resp:
                assert resp.status == 200
    finally:
        listener.stop(linger=2)
    assert [r.state for r in got] == [S.SENT, S.DELIVERED]
