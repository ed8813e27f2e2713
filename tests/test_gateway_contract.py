"""One contract every real gateway keeps, whatever the provider: the failures that decide
whether a message may be sent again, and the secrets that must never show.

Each gateway talks to a local server on loopback that answers the *send* request with the
scripted failure (every other request — python-ovh's `GET /auth/time` — answers as the API
does). Where the expected behaviour comes from:
- 429 with `Retry-After` (RFC 9110 §10.2.3, seconds or an HTTP date): « Too Many Requests »,
  the request was not carried out (RFC 6585 §4); Twilio's 20429 « never processed », Infobip's
  `E429`, OVH's FAQ « retry HTTP 429 … with exponential backoff » (reference/providers.md).
- 5xx: RFC 9110 §15.6 — a 500 says the server failed *while* handling the request, a 502/504
  comes from a gateway and says nothing of what the origin did: the message may have gone, so
  the error is `maybe_sent` (the dispatcher looks it up or marks it uncertain, issue 17).
- connection refused: the TCP connection never opened, nothing reached the provider.
- read time-out: the request was sent, the answer did not come: `maybe_sent`.
- secrets: the server echoes the whole request (query, body, Authorization) in its error body;
  neither the error nor a log line (urllib3 logs URLs at DEBUG) may show a secret.
- a missing secret: a French `PermanentError` before any request.
"""

from __future__ import annotations

import base64
import json
import logging
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from ellipses_sms import secrets
from ellipses_sms.gateway import (
    Gateway,
    GatewayError,
    OutgoingSms,
    PermanentError,
    TransientError,
)
from ellipses_sms.gateway.http import HttpGateway
from ellipses_sms.gateway.infobip import InfobipGateway
from ellipses_sms.gateway.kannel import KannelGateway
from ellipses_sms.gateway.ovh import OvhGateway
from ellipses_sms.gateway.twilio import TwilioGateway
from ellipses_sms.gateway.vonage import VonageGateway
from tests.local_http import Answer, LocalServer, Seen

SECRET = "C0ntract-S3cret-xyz9"  # 20 characters: fits every provider's secret field


@dataclass(frozen=True)
class Maker:
    """How to build one provider's gateway against `url` (None: a refused port)."""

    name: str
    build: Callable[[str, str | None, float, dict], Gateway]
    path: str = ""  # the base path the gateway's URL setting carries

    def __call__(
        self, url: str, secret: str | None = SECRET, timeout: float = 5.0, **extra: str
    ) -> Gateway:
        return self.build(url + self.path, secret, timeout, extra)


MAKERS = [
    Maker(
        "http",
        lambda url, s, t, x: HttpGateway(
            "web",
            {"url": url + "/send?to={to}&t={text}&pw={password}", "timeout": str(t), **x},
            s,
        ),
    ),
    Maker(
        "kannel",
        lambda url, s, t, x: KannelGateway(
            "kannel",
            {
                "url": url + "/cgi-bin/sendsms",
                "username": "u",
                "dlr_port": "0",
                "timeout": str(t),
                **x,
            },
            s,
        ),
    ),
    Maker(
        "twilio",
        lambda url, s, t, x: TwilioGateway(
            "tw",
            {"account_sid": "AC" + "0" * 32, "sender": "+33700000000", "base_url": url, **x},
            s,
            timeout=t,
        ),
    ),
    Maker(
        "vonage",
        lambda url, s, t, x: VonageGateway(
            "vg",
            {"api_key": "a1b2c3d4", "sender": "LIBRAIRIE", "base_url": url, **x},
            s,
            timeout=t,
        ),
    ),
    Maker(
        "infobip",
        lambda url, s, t, x: InfobipGateway(
            "ib", {"base_url": url, "sender": "LIBRAIRIE", **x}, s, timeout=t
        ),
    ),
    Maker(
        "ovh",
        lambda url, s, t, x: OvhGateway(
            "ovh",
            {
                "endpoint": url,
                "application_key": "7kbG7Bk7S9Nt7ZSV",
                "service_name": "sms-ab12345-1",
                "sender": "LIBRAIRIE",
                "timeout": str(t),
                **x,
            },
            s,
            SECRET + "-ck" if s else None,
            poll_every=0,
            settle=0,
        ),
        path="/1.0",
    ),
]
IDS = [m.name for m in MAKERS]


def one() -> list[OutgoingSms]:
    return [OutgoingSms(1, "+33612345678", "Votre commande est arrivée.", None, "ESMS-1")]


def echo(seen: Seen) -> str:
    """What a careless server puts in an error page: the whole request, credentials included
    (every header: OVH's consumer key travels in `X-Ovh-Consumer`)."""
    auth = seen.headers.get("Authorization", "")
    decoded = ""
    if auth.startswith("Basic "):
        decoded = base64.b64decode(auth[6:]).decode("utf-8", "replace")
    headers = " ".join(f"{k}={v}" for k, v in seen.headers.items())
    body = seen.body.decode("utf-8", "replace")
    return f"{seen.path}?{seen.query} {body} {headers} {decoded}"


class Scripted(LocalServer):
    """Answers the send request with `failure(seen)`; python-ovh's clock request as OVH does
    (`GET /auth/time` → a bare JSON integer, reference/providers.md §1.1)."""

    def __init__(self, failure: Callable[[Seen], Answer]):
        def answer(seen: Seen) -> Answer:
            if seen.path.endswith("/auth/time"):
                return Answer(200, str(int(time.time())), {"Content-Type": "application/json"})
            return failure(seen)

        super().__init__(answer)

    def sends(self) -> list[Seen]:
        return [s for s in self.seen if not s.path.endswith("/auth/time")]


def json_answer(status: int, body: dict, headers: dict | None = None, delay: float = 0.0):
    return Answer(
        status, json.dumps(body), {"Content-Type": "application/json", **(headers or {})}, delay
    )


@pytest.fixture(params=MAKERS, ids=IDS)
def maker(request) -> Maker:
    return request.param


def submit(gateway: Gateway) -> GatewayError:
    try:
        with pytest.raises((TransientError, PermanentError)) as err:
            gateway.submit(one())
        return err.value
    finally:
        gateway.close()


def test_429_is_transient_with_retry_after(maker):
    server = Scripted(
        lambda seen: json_answer(429, {"message": "Too many requests"}, {"Retry-After": "7"})
    )
    try:
        error = submit(maker(server.url))
    finally:
        server.close()
    assert isinstance(error, TransientError), error
    assert error.retry_after == 7 and not error.maybe_sent


def test_429_with_an_http_date(maker):
    when = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 60))
    server = Scripted(
        lambda seen: json_answer(429, {"message": "Too many requests"}, {"Retry-After": when})
    )
    try:
        error = submit(maker(server.url))
    finally:
        server.close()
    assert isinstance(error, TransientError) and 50 <= error.retry_after <= 61


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_5xx_after_the_request_arrived_is_ambiguous(maker, status):
    server = Scripted(lambda seen: json_answer(status, {"message": "upstream failed"}))
    try:
        error = submit(maker(server.url))
    finally:
        server.close()
    assert len(server.sends()) == 1
    assert isinstance(error, TransientError) and error.maybe_sent, (error, error.maybe_sent)


def test_connection_refused_is_transient_and_not_sent(maker):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    error = submit(maker(f"http://127.0.0.1:{port}"))
    assert isinstance(error, TransientError) and not error.maybe_sent
    assert "connexion impossible" in str(error)
    assert error.unreachable  # certainly never received: another provider may carry it


def test_read_timeout_may_have_sent(maker):
    server = Scripted(lambda seen: json_answer(200, {}, delay=1.5))
    try:
        error = submit(maker(server.url, timeout=0.4))
    finally:
        server.close()
    assert isinstance(error, TransientError) and error.maybe_sent and not error.unreachable


def test_secrets_never_in_errors_or_logs(maker, tmp_path):
    server = Scripted(lambda seen: json_answer(500, {"message": "crash " + echo(seen)}))
    log_path = tmp_path / "app.log"
    handler = logging.FileHandler(log_path, encoding="utf-8")
    handler.addFilter(secrets.LogMask())
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)  # urllib3 logs every URL at DEBUG
    try:
        error = submit(maker(server.url))
        logging.getLogger("test").error("send failed: %s (%s)", error, error.raw)
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        handler.close()
        server.close()
    echoed = " ".join(echo(s) for s in server.seen)
    assert SECRET in echoed  # the secret did travel, and the server did echo it
    for text in (str(error), str(error.raw), log_path.read_text(encoding="utf-8")):
        assert SECRET not in text
        assert SECRET.replace("-", "%2D") not in text


def test_missing_secret_is_a_french_error_before_any_request(maker):
    server = Scripted(lambda seen: json_answer(200, {}))
    try:
        error = submit(maker(server.url, secret=None))
    finally:
        server.close()
    assert isinstance(error, PermanentError)
    assert any(w in str(error) for w in ("absent", "absente")), str(error)
    assert server.sends() == []


@pytest.mark.parametrize(
    ("rule", "number", "reason"),
    [
        ({"allowed_countries": "FR,GP,RE"}, "+32470123456", "pays BE"),
        ({"number_regex": r"\+33[67]\d{8}"}, "+262692123456", "motif"),
    ],
)
def test_the_number_rule_refuses_before_any_request(maker, rule, number, reason):
    """uContact's « SMS RegExp »: a provider that takes some countries or numbers only; the
    others are refused in French before anything is sent (issue 17)."""
    server = Scripted(lambda seen: json_answer(500, {"message": "must not be reached"}))
    gateway = maker(server.url, **rule)
    try:
        assert gateway.number_refusal("+33612345678") is None
        (result,) = gateway.submit([OutgoingSms(1, number, "Bonjour", None, "ESMS-1")])
    finally:
        gateway.close()
        server.close()
    assert not result.accepted and not result.transient
    assert result.state is not None and result.state.value == "rejected"
    assert "Numéro non accepté" in result.error and reason in result.error
    assert server.sends() == []


def test_after_a_crash_a_gateway_never_says_never_received_unless_it_can_tell(maker):
    """The recovery queues a message again only on `received=False` (« jamais reçu »), so a
    gateway that cannot look its references up must never answer that: it says it cannot
    (NotImplementedError, `can_lookup` False) or leaves the reference unanswered (uncertain)."""
    server = Scripted(lambda seen: json_answer(200, {"messages": [], "results": []}))
    gateway = maker(server.url)
    try:
        try:
            found = gateway.lookup(["E1234-1", "E1234-2"])
        except NotImplementedError:
            assert not gateway.can_lookup
            return
        if not gateway.can_lookup:
            assert found == []
        assert all(r.reference in ("E1234-1", "E1234-2") for r in found)
    finally:
        gateway.close()
        server.close()
