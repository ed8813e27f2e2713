"""Kannel's answers and delivery reports, against a local server that answers as smsbox does.

(The real Kannel is in tests/integration/test_kannel.py; these cover the answers the fake SMSC
cannot produce: refusals, 5xx, denied receivers, failed and rejected reports.)

Where each scripted answer comes from — Kannel's source, pruiz/kannel @ cdbcfc12 (the SVN
mirror; Debian ships 1.4.5), `gw/smsbox.c`:
- `delayed_http_reply`: 202 « 0: Accepted for delivery », 202 « 3: Queued for later delivery »,
  403 « Not routable. Do not try again. », 503 « Temporal failure, try again later. » — the
  answer to the *first* recipient's acknowledgement in the default mode;
- `smsbox_req_handle`: 400 « Number(s) has/have been denied by white- and/or black-lists. »,
  400 « Sender missing and no global set, rejected », 500 « Sending failed. », and with
  `immediate-sendsms-reply` 202 « Sent. Denied receivers are: … »;
- `authorise_user`: 403 « Authorization failed for sendsms ».
"""

from __future__ import annotations

import logging
import socket
import struct
import time
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


def gateway(server, **config) -> KannelGateway:
    return KannelGateway(
        "k",
        {
            "url": server.url + "/cgi-bin/sendsms",
            "username": "u",
            "sender": "LIB",
            "dlr_port": "0",
            **config,
        },
        "pw-123",
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
    # default mode: one recipient per request (smsbox answers for the first recipient only)
    assert gw.max_recipients_per_request == 1
    assert [seen.q("to") for seen in server.seen] == list(NUMBERS)
    seen = server.seen[0]
    assert seen.q("text") == "Ça marche 😀"
    assert seen.q("coding") == "2" and seen.q("charset") == "UTF-8"
    assert seen.q("from") == "LIB" and seen.q("username") == "u" and seen.q("password") == "pw-123"
    assert seen.q("dlr-mask") == "31"
    refs = []
    for seen in server.seen:
        dlr = seen.q("dlr-url")
        assert dlr.startswith(f"http://127.0.0.1:{gw.listener.port}/{gw.listener.token}/dlr?ref=")
        assert dlr.endswith("&type=%d&to=%p&reply=%A&ts=%T")
        refs.append(dlr.split("ref=")[1].split("&")[0])
    assert [r.provider_id for r in results] == [
        kannel_provider_id(ref, n) for ref, n in zip(refs, NUMBERS, strict=True)
    ]
    assert {r.raw_status for r in results} == {"0"}


def test_several_recipients_per_request_only_with_immediate_reply(server):
    server.answer = lambda seen: Answer(202, "Sent.")
    gw = gateway(server, immediate_reply="yes", recipients_per_request="2")
    try:
        results = gw.submit(batch())
    finally:
        gw.close()
    assert gw.max_recipients_per_request == 2
    assert [seen.q("to") for seen in server.seen] == [" ".join(NUMBERS[:2]), NUMBERS[2]]
    assert all(r.accepted for r in results)


def test_default_mode_ignores_recipients_per_request(server):
    assert gateway(server, recipients_per_request="50").max_recipients_per_request == 1


def test_a_503_for_one_recipient_is_not_sent_and_others_are_kept(server):
    """Issue 17: a 503 made the product resend the whole batch (duplicates for the others).
    Now each recipient has its own request: the 503 (bearerbox's `ack_failed_tmp`, message
    destroyed, gw/bb_boxc.c) concerns that recipient only, which is safe to send again."""
    server.answer = lambda seen: (
        Answer(503, "Temporal failure, try again later.")
        if seen.q("to") == NUMBERS[1]
        else Answer(202, "0: Accepted for delivery")
    )
    gw = gateway(server)
    try:
        results = gw.submit(batch())
    finally:
        gw.close()
    # the first one stays sent; the one refused for now, and the one after it (not tried
    # after a failure: bearerbox's queue is full), go back to the queue
    assert [seen.q("to") for seen in server.seen] == list(NUMBERS[:2])
    assert [r.accepted for r in results] == [True, False, False]
    assert all(r.transient and r.state is None for r in results[1:])


def test_a_403_not_routable_refuses_only_its_recipient(server):
    server.answer = lambda seen: (
        Answer(403, "Not routable. Do not try again.")
        if seen.q("to") == NUMBERS[0]
        else Answer(202, "0: Accepted for delivery")
    )
    gw = gateway(server)
    try:
        results = gw.submit(batch())
    finally:
        gw.close()
    assert [r.accepted for r in results] == [False, True, True]
    assert results[0].state == S.REJECTED and "Aucune route" in results[0].error


def test_a_proxy_502_after_some_went_out_leaves_that_one_uncertain(server):
    server.answer = lambda seen: (
        Answer(502, "<html>Bad Gateway</html>")
        if seen.q("to") == NUMBERS[1]
        else Answer(202, "0: Accepted for delivery")
    )
    gw = gateway(server)
    try:
        results = gw.submit(batch())
    finally:
        gw.close()
    assert len(server.seen) == 2  # the third is not sent after an unclear failure
    assert results[0].accepted
    assert results[1].state == S.UNCERTAIN and "502" in results[1].error
    assert results[2].transient and not results[2].accepted and results[2].state is None


def test_a_proxy_502_is_ambiguous_kannel_503_is_not(server):
    gw = gateway(server)
    try:
        server.answer = lambda seen: Answer(502, "Bad Gateway")
        with pytest.raises(TransientError) as err:
            gw.submit(batch()[:1])
        assert err.value.maybe_sent
        server.answer = lambda seen: Answer(503, "Service Unavailable")  # not Kannel's text
        with pytest.raises(TransientError) as err:
            gw.submit(batch()[:1])
        assert err.value.maybe_sent
        server.answer = lambda seen: Answer(503, "Temporal failure, try again later.")
        with pytest.raises(TransientError) as err:
            gw.submit(batch()[:1])
        assert not err.value.maybe_sent
    finally:
        gw.close()


def test_a_text_over_max_parts_is_refused_before_sending(server):
    """Issue 17: Kannel cuts a text at its `max-messages` parts and answers 202 (gw/smsbox.c
    `send_message` → `sms_split(…, max_msgs, …)`); the phone got 1,530 of 1,540 characters."""
    server.answer = lambda seen: Answer(202, "0: Accepted for delivery")
    gw = gateway(server, max_parts="10")
    assert gw.max_parts == 10
    long_text = "a" * 1540  # 11 parts of 153 GSM characters
    fits = "a" * 1530  # 10 parts
    try:
        results = gw.submit(
            [OutgoingSms(1, NUMBERS[0], long_text), OutgoingSms(2, NUMBERS[1], fits)]
        )
    finally:
        gw.close()
    assert [seen.q("to") for seen in server.seen] == [NUMBERS[1]]
    assert not results[0].accepted and not results[0].transient
    assert results[0].state == S.REJECTED
    assert "11 SMS" in results[0].error and "au plus 10" in results[0].error
    assert results[1].accepted


def test_max_parts_defaults_to_the_readme_advice(server):
    assert gateway(server).max_parts == 10
    assert gateway(server).too_long("a" * 1530) is None


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
    gw = gateway(server, immediate_reply="yes")
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
            gw.submit(batch()[:1])
        assert not err.value.maybe_sent
    finally:
        gw.close()
    gw = gateway(server, immediate_reply="yes")
    try:
        server.answer = lambda seen: Answer(500, "Sending failed.")
        with pytest.raises(TransientError) as err:
            gw.submit(batch())
        assert err.value.maybe_sent  # some of the three may have gone
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


def _raw_request(port: int, data: bytes, *, reset: bool = False) -> bytes:
    """Send raw bytes to the listener; `reset`: close at once with a TCP RST (no answer read)."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=5)
    try:
        sock.sendall(data)
        if reset:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return b""
        chunks = []
        while chunk := sock.recv(4096):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        sock.close()


def test_listener_is_quiet_on_disconnects_and_bad_lengths(capfd, caplog):
    """Issue 17: 550 connect-and-close gave 535 Python tracebacks on stderr (socketserver's
    `handle_error`), and `Content-Length: abc` raised. Now: debug log lines, a 400 answer."""
    listener = ReportListener(kannel_report, lambda reports: None)
    listener.start()
    path = f"/{listener.token}/dlr?ref=a&type=1&to=%2B33612345678"
    try:
        for _ in range(20):
            _raw_request(listener.port, b"", reset=True)  # connect and close
            _raw_request(listener.port, f"POST {path} HTTP/1.1\r\n".encode(), reset=True)
            _raw_request(
                listener.port,
                f"POST {path} HTTP/1.1\r\nContent-Length: 500\r\n\r\nabc".encode(),
                reset=True,
            )
        with caplog.at_level(logging.DEBUG, logger="ellipses_sms.gateway.listener"):
            answer = _raw_request(
                listener.port,
                f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n".encode(),
            )
            answer_negative = _raw_request(
                listener.port,
                f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n".encode(),
            )
        time.sleep(0.3)  # the handler threads finish
        # the listener still answers
        with urllib.request.urlopen(f"http://127.0.0.1:{listener.port}{path}", timeout=5) as r:
            assert r.status == 200
    finally:
        listener.stop()
    assert answer.startswith(b"HTTP/1.0 400") or answer.startswith(b"HTTP/1.1 400"), answer
    assert b" 400 " in answer_negative.split(b"\r\n", 1)[0]
    err = capfd.readouterr().err
    assert "Traceback" not in err and "Exception" not in err, err
    assert any("Content-Length" in r.getMessage() for r in caplog.records)


def test_listener_without_a_sink_asks_for_the_report_again():
    """A report that nobody can record is not acknowledged: 503, so that smsbox retries it
    (`http-request-retry`: gw/smsbox.c requeues any answer but 200/202) instead of dropping."""
    listener = ReportListener(kannel_report, None)
    listener.start()
    url = f"{listener.url}?ref=a&type=1&to=%2B33612345678&reply=&ts=1"
    try:
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(url, timeout=5)
        assert err.value.code == 503
        got = []
        listener.sink = got.extend
        with urllib.request.urlopen(url, timeout=5) as resp:
            assert resp.status == 200
    finally:
        listener.stop(linger=2)
    assert [r.state for r in got] == [S.DELIVERED]
