"""A small HTTP listener for delivery reports that providers call back (Kannel's `dlr-url`,
Twilio's `StatusCallback`, Vonage's `callback`, Infobip's `notifyUrl`).

Why its own thread and queue: the provider waits for our answer, so a request is answered at
once and its reports are queued; one worker hands the reports to the sink in small groups (one
store transaction for many reports instead of one each). It listens on loopback and picks a
free port unless one is set; a token in the path keeps other programs from forging reports
(random for Kannel; for the providers reached through a public address, derived from the
provider's secret so that it stays the same across restarts, see `CallbackReceiver`).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import queue
import secrets as _random
import socket
import socketserver
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from ellipses_sms.gateway.base import Field, InboundSms, ReportSink, StatusReport
from ellipses_sms.reasons import Reason
from ellipses_sms.states import MessageState

log = logging.getLogger(__name__)
S = MessageState

#: Kannel DLR types (`%d`): bit → (state, French reason or None).
KANNEL_DLR: dict[int, tuple[MessageState, str | None]] = {
    1: (S.DELIVERED, None),
    2: (S.FAILED, "Non remis au téléphone"),
    4: (S.SENT, None),  # buffered at the SMSC: still on its way
    8: (S.SENT, None),  # accepted by the SMSC
    16: (S.REJECTED, "Refusé par le centre SMS de l'opérateur"),
    32: (S.SENT, None),  # intermediate
}

BATCH_MAX = 500
BATCH_WAIT = 0.2
#: The largest report body read (Infobip pushes up to 100 reports per request, a few kB each).
MAX_BODY = 1 << 20
#: Seconds a client may take to send its request; past that its connection is closed.
CLIENT_TIMEOUT = 30.0


def content_length(value: str | None) -> int | None:
    """A request's Content-Length (0 when absent); None when it is not a sane number."""
    text = (value or "").strip()
    if not text:
        return 0
    if not text.isdigit():
        return None
    length = int(text)
    return length if length <= MAX_BODY else None


def log_client_error(request: object, client_address: object) -> None:
    """`socketserver`'s `handle_error` prints a traceback on stderr for any failure of a
    request, a client that disconnects early included: one debug line instead."""
    exc = sys.exc_info()[1]
    log.debug("report listener: request from %s failed: %r", client_address, exc)


def quiet(server: socketserver.BaseServer) -> None:
    """Make a listening server log its clients' failures instead of printing them."""
    server.handle_error = log_client_error  # type: ignore[method-assign,assignment]


def digits_key(number: str) -> str:
    """A number reduced to its digits without leading zeros: +33…, 0033… and 33… agree."""
    return "".join(c for c in number if c.isdigit()).lstrip("0")


def kannel_report(params: Mapping[str, str]) -> StatusReport | None:
    """A Kannel DLR callback (`ref`, `type`=%d, `to`=%p, `reply`=%A, `ts`=%T) as a report."""
    ref = params.get("ref", "")
    to = params.get("to", "")
    try:
        kind = int(params.get("type", ""))
    except ValueError:
        return None
    if not ref or not to or kind not in KANNEL_DLR:
        return None
    state, reason = KANNEL_DLR[kind]
    reply = (params.get("reply") or "").strip()
    if kind == 2 and "EXPIRED" in reply.upper():
        state, reason = S.EXPIRED, "Message expiré : téléphone éteint ou hors réseau"
    error = None
    if reason:
        error = f"{reason} (Kannel : {reply})" if reply else reason
    at = None
    ts = params.get("ts", "")
    if ts.isdigit():
        at = datetime.fromtimestamp(int(ts), UTC).replace(tzinfo=None)
    raw = str(kind) if not reply else f"{kind} {reply}"[:60]
    return StatusReport(kannel_provider_id(ref, to), state, raw, error, at)


def kannel_provider_id(ref: str, number: str) -> str:
    """Our id of one recipient of one Kannel request: the request's token and the number."""
    return f"{ref}:{digits_key(number)}"


def kannel_replies(request: CallbackRequest) -> list[InboundSms] | None:
    """A customer's SMS that Kannel's `sms-service` passes on with `get-url =
    "…/TOKEN/mo?from=%p&to=%P&text=%a&ts=%T&id=%I"` (providers.md §2.4, verified with
    fakesmsc: `GET /mo?from=%2B33600000009&to=12345&text=STOP&kw=STOP&…`)."""
    params = request.params
    sender = (params.get("from") or "").strip()
    if not sender:
        return None
    if sender.startswith("00"):
        sender = "+" + sender[2:]
    text = params.get("text") or ""
    ts = (params.get("ts") or "").strip()
    at = datetime.fromtimestamp(int(ts), UTC).replace(tzinfo=None) if ts.isdigit() else None
    pid = (params.get("id") or "").strip()
    if not pid:  # no message id asked for: the same reply pushed twice keeps one row
        digest = hashlib.sha1(f"{sender}|{ts}|{text}".encode()).hexdigest()[:16]
        pid = f"{digits_key(sender)}-{ts or 'x'}-{digest}"
    return [InboundSms(pid, sender, text, at)]


@dataclass(frozen=True, slots=True)
class CallbackRequest:
    """One callback as the listener received it, for the parsers that need more than the
    parameters (a JSON body, a signature header)."""

    method: str
    target: str  # path and query string exactly as requested (signatures cover them)
    params: dict[str, str]  # query string and form body together (form wins)
    form: dict[str, str]  # the form body alone (what Twilio signs)
    headers: Mapping[str, str]  # case-insensitive
    body: bytes = b""

    def json(self) -> Any:
        """The body as JSON, or None when it is not JSON."""
        try:
            return json.loads(self.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return None


class CallbackRefused(Exception):
    """A callback that is not the provider's (bad signature): answered 403, nothing applied."""


#: Reads one callback request: its reports (possibly none: an intermediate status), or None
#: when the request is not a report at all (answered 400). Raises CallbackRefused when forged.
RequestReader = Callable[[CallbackRequest], list[StatusReport] | None]


class ReportListener:
    """Receives callbacks on `http://HOST:PORT/TOKEN/dlr?...` and feeds `parse` → `sink`.

    `parse` reads the parameters of a request into one report (Kannel); `read` reads the
    whole request into several reports (JSON bodies, signed requests).
    """

    def __init__(
        self,
        parse: Callable[[Mapping[str, str]], StatusReport | None] | None = None,
        sink: Callable[[list[StatusReport]], object] | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        read: RequestReader | None = None,
        token: str | None = None,
    ):
        if read is None:
            if parse is None:
                raise ValueError("a parser is needed")

            def read(request: CallbackRequest) -> list[StatusReport] | None:
                report = parse(request.params)
                return None if report is None else [report]

        self.parse = parse
        self.read = read
        self.sink = sink
        self.host = host
        self.port = port
        self.token = token or _random.token_urlsafe(12)
        self._queue: queue.Queue[StatusReport | None] = queue.Queue()
        self._server: ThreadingHTTPServer | None = None
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self.received = 0
        self._activity = 0.0
        #: Customers' replies pushed to `/TOKEN/mo` (Kannel's sms-service, Vonage's inbound
        #: webhook): `mo_read` reads them, `mo_sink` records them before the answer, so that
        #: a reply the store could not take is asked again (5xx), never lost.
        self.mo_read: Callable[[CallbackRequest], list[InboundSms] | None] | None = None
        self.mo_sink: Callable[[list[InboundSms]], object] | None = None

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def url(self) -> str:
        """The callback base URL (start the listener first)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/{self.token}/dlr"

    @property
    def mo_url(self) -> str:
        """Where customers' replies are pushed (start the listener first)."""
        return self.url[: -len("/dlr")] + "/mo"

    def _take_replies(self, request: CallbackRequest) -> tuple[int, bytes]:
        """Answer for a pushed reply: 200 once recorded, 400 unreadable, 503 not now."""
        read, sink = self.mo_read, self.mo_sink
        try:
            found = read(request) if read is not None else None
        except Exception as exc:
            log.warning("unreadable reply (%s)", type(exc).__name__)
            found = None
        if found is None:
            return 400, b"Bad reply."
        if sink is None:
            return 503, b"Not ready, try again later."
        try:
            sink(found)
        except Exception:
            log.exception("replies could not be recorded")
            return 503, b"Not recorded, try again later."
        self.touch()
        return 200, b"OK"

    def start(self) -> None:
        with self._lock:
            if self._server is not None:
                return
            listener = self

            class Handler(BaseHTTPRequestHandler):
                def _handle(self) -> None:
                    parts = urllib.parse.urlsplit(self.path)
                    # a reverse proxy may keep its own path prefix (/ellipses/TOKEN/dlr)
                    mo = parts.path.endswith(f"/{listener.token}/mo")
                    if not mo and not parts.path.endswith(f"/{listener.token}/dlr"):
                        self._answer(404, b"Unknown request.")
                        return
                    body = b""
                    if self.command == "POST":
                        length = content_length(self.headers.get("Content-Length"))
                        if length is None:
                            log.debug(
                                "report listener: bad Content-Length %r",
                                self.headers.get("Content-Length"),
                            )
                            self._answer(400, b"Bad Content-Length.")
                            return
                        body = self.rfile.read(length) if length > 0 else b""
                    form: dict[str, str] = {}
                    kind = (self.headers.get("Content-Type") or "").lower()
                    if body and "json" not in kind and "xml" not in kind:
                        text = body.decode("utf-8", "replace")
                        form = dict(urllib.parse.parse_qsl(text, keep_blank_values=True))
                    query = dict(urllib.parse.parse_qsl(parts.query, keep_blank_values=True))
                    request = CallbackRequest(
                        self.command, self.path, {**query, **form}, form, self.headers, body
                    )
                    if mo:
                        self._answer(*listener._take_replies(request))
                        return
                    reports = None
                    try:
                        reports = listener.read(request)
                    except CallbackRefused as exc:
                        log.warning("delivery report refused: %s", exc)
                        self._answer(403, b"Forbidden.")
                        return
                    except Exception as exc:
                        log.warning("unreadable delivery report (%s)", type(exc).__name__)
                        log.debug("unreadable delivery report", exc_info=True)
                    if reports is None:
                        self._answer(400, b"Bad report.")
                        return
                    if reports and listener.sink is None:
                        # nobody to record them: ask the provider to send them again later
                        # (Kannel's http-request-retry, Infobip's and Vonage's retries)
                        log.info("%d delivery reports refused for now: no sink", len(reports))
                        self._answer(503, b"Not ready, try again later.")
                        return
                    listener.received += len(reports)
                    listener.touch()
                    for report in reports:
                        listener._queue.put(report)
                    self._answer(200, b"OK")

                def _answer(self, status: int, body: bytes) -> None:
                    self.send_response(status)
                    self.send_header("Content-Type", "text/plain")
                    self.send_header("Content-Length", str(len(body)))
                    self.send_header("Connection", "close")  # no pooled connection to reset
                    self.end_headers()
                    self.wfile.write(body)

                do_GET = do_POST = _handle
                timeout = CLIENT_TIMEOUT  # a client that stalls does not hold a thread

                def log_message(self, fmt: str, *args) -> None:
                    log.debug("report listener: " + fmt, *args)

            class Server(ThreadingHTTPServer):
                # Kannel fetches many report URLs at once; a short backlog drops some of them
                request_queue_size = 256
                address_family = socket.AF_INET6 if ":" in listener.host else socket.AF_INET
                # On Windows SO_REUSEADDR lets another process bind the same port and take the
                # reports: there the port is bound exclusively instead (the option is Windows')
                exclusive = getattr(socket, "SO_EXCLUSIVEADDRUSE", None)
                allow_reuse_address = exclusive is None

                def server_bind(self) -> None:
                    if self.exclusive is not None:
                        self.socket.setsockopt(socket.SOL_SOCKET, self.exclusive, 1)
                    super().server_bind()

            try:
                server = Server((self.host, self.port), Handler)
            except OSError as exc:
                raise OSError(
                    f"impossible d'écouter les accusés de réception sur {self.host}:{self.port} "
                    f"({exc.strerror or exc})"
                ) from None
            server.daemon_threads = True
            quiet(server)
            self._server = server
            self.port = server.server_address[1]
            self._threads = [
                threading.Thread(
                    target=server.serve_forever,
                    kwargs={"poll_interval": 0.2},
                    name="dlr-listener",
                    daemon=True,
                ),
                threading.Thread(target=self._deliver, name="dlr-sink", daemon=True),
            ]
            for thread in self._threads:
                thread.start()
            log.info("delivery report listener on %s:%s", self.host, self.port)

    def _deliver(self) -> None:
        """Hand the queued reports to the sink, a few at a time."""
        while True:
            first = self._queue.get()
            if first is None:
                return
            reports = [first]
            stop = False
            try:
                while len(reports) < BATCH_MAX:
                    item = self._queue.get(timeout=BATCH_WAIT)
                    if item is None:
                        stop = True
                        break
                    reports.append(item)
            except queue.Empty:
                pass
            sink = self.sink
            if sink is None:
                log.warning("%d delivery reports dropped: no sink", len(reports))
            else:
                try:
                    sink(reports)
                except Exception:
                    log.exception("delivery reports could not be recorded")
            if stop:
                return

    def touch(self) -> None:
        """Note activity (a report received, a message sent that will be reported)."""
        self._activity = time.monotonic()

    def stop(self, linger: float = 0.0, quiet: float = 0.3) -> None:
        """Stop listening; with `linger`, first wait (at most that long) until no report has
        come for `quiet` seconds: Kannel 1.4.5's smsbox can crash when a report's connection
        is cut under it."""
        deadline = time.monotonic() + linger
        while self.running and time.monotonic() < deadline:
            if time.monotonic() - self._activity >= quiet:
                break
            time.sleep(0.05)
        with self._lock:
            server, self._server = self._server, None
            if server is None:
                return
            server.shutdown()
            server.server_close()
            self._queue.put(None)
            for thread in self._threads:
                thread.join(timeout=5)
            self._threads = []


# -- callbacks of the REST providers (Twilio, Vonage, Infobip) ------------------------------------

#: While the listener runs, a message younger than this is not polled: its report should come
#: by callback. Older ones are polled (a callback lost, or sent while nothing listened).
CALLBACK_GRACE = 900.0


def callback_fields() -> list[Field]:
    """The settings of a provider's delivery-report callbacks (all optional)."""
    return [
        Field(
            "callback_url",
            "Adresse publique des accusés de réception",
            kind="url",
            help="Facultatif : l'adresse https://… (proxy inverse ou tunnel) que le fournisseur "
            "peut joindre et qui renvoie vers le port d'écoute ci-dessous. Vide : les états "
            "sont demandés au fournisseur à intervalles réguliers.",
        ),
        Field(
            "callback_host",
            "Adresse d'écoute des accusés de réception",
            default="127.0.0.1",
            kind="host",
            help="Celle où le proxy ou le tunnel joint ce poste ; 127.0.0.1 s'il tourne ici",
        ),
        Field(
            "callback_port",
            "Port d'écoute des accusés de réception",
            kind="int",
            help="Le port vers lequel le proxy ou le tunnel renvoie (obligatoire avec "
            "l'adresse publique)",
        ),
    ]


def check_callback_config(values: Mapping[str, str]) -> list[str]:
    """What is wrong between the callback settings (French), for `providers.validate`."""
    url = str(values.get("callback_url") or "").strip()
    port = str(values.get("callback_port") or "").strip()
    if url and not port:
        return [
            "Port d'écoute des accusés de réception (callback_port) : obligatoire avec "
            "l'adresse publique (le port vers lequel le proxy ou le tunnel renvoie)"
        ]
    if url and ("?" in url or "#" in url):
        return [
            "Adresse publique des accusés de réception (callback_url) : sans « ? » ni « # » "
            "(l'application y ajoute son propre chemin)"
        ]
    return []


def callback_token(secret: str | None, name: str) -> str:
    """The path token of a provider's callbacks: derived from its secret, so that it survives
    a restart (reports of messages sent before it still arrive) and cannot be guessed without
    the secret; random when there is no secret."""
    if not secret:
        return _random.token_urlsafe(16)
    digest = hmac.new(
        secret.encode("utf-8"), f"ellipses-sms/callback/{name}".encode(), hashlib.sha256
    ).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")[:22]


class CallbackReceiver:
    """What Twilio, Vonage and Infobip share for their delivery reports pushed to a callback.

    With `callback_url` set, the gateway listens on `callback_host:callback_port` (where the
    clerk's reverse proxy or tunnel forwards the public address), gives the provider
    `callback_url/TOKEN/dlr` with each message, and pushes what it receives to the report sink.
    While the listener runs, `callback_grace` tells the report poller to leave young messages
    alone; without a callback address (or when the port is busy) polling does everything.
    """

    listener: ReportListener | None = None
    callback_url: str = ""
    report_sink: ReportSink | None = None

    def setup_callbacks(self, name: str, config: Mapping[str, Any], secret: str | None) -> None:
        self.callback_url = str(config.get("callback_url") or "").strip().rstrip("/")
        host = str(config.get("callback_host") or "127.0.0.1").strip()
        port = str(config.get("callback_port") or "").strip()
        self.listener = None
        if self.callback_url:
            self.listener = ReportListener(
                None,
                None,
                host,
                int(port) if port.isdigit() else 0,
                read=self.read_callback,
                token=callback_token(secret, name),
            )

    def read_callback(self, request: CallbackRequest) -> list[StatusReport] | None:
        """The reports of one callback request (see `RequestReader`)."""
        raise NotImplementedError

    # -- the listener ---------------------------------------------------------------------------

    @property
    def callback_target(self) -> str | None:
        """The public URL given to the provider with each message (None: no callbacks)."""
        if not self.callback_url or self.listener is None:
            return None
        return f"{self.callback_url}/{self.listener.token}/dlr"

    @property
    def callback_grace(self) -> float:
        """Seconds during which a sent message is left to its callback rather than polled."""
        return CALLBACK_GRACE if self.listener is not None and self.listener.running else 0.0

    def start_callbacks(self) -> bool:
        """Listen now (idempotent); False when the port cannot be opened (polling remains)."""
        if self.listener is None:
            return False
        if self.listener.running:
            return True
        try:
            self.listener.start()
        except OSError as exc:
            log.warning("%s ; delivery reports will be polled", exc)
            return False
        return True

    def set_report_sink(self, sink: ReportSink | None) -> None:
        self.report_sink = sink
        if self.listener is not None:
            self.listener.sink = sink
            if sink is not None:
                # listen at once, for the reports of messages sent before a restart
                self.start_callbacks()

    def read_replies(self, request: CallbackRequest) -> list[InboundSms] | None:
        """Customers' replies pushed to `callback_url/TOKEN/mo` (None: not a reply)."""
        return None

    def set_reply_sink(self, sink: Callable[[list[InboundSms]], object] | None) -> None:
        self.reply_sink = sink
        if self.listener is not None:
            self.listener.mo_read = self.read_replies
            self.listener.mo_sink = sink

    def callback_note(self) -> str:
        """A French sentence for `check()` about the callbacks."""
        if self.listener is None:
            if getattr(self, "can_poll_status", False):
                return " États des messages : interrogation régulière du fournisseur."
            return (
                " Sans adresse publique des accusés de réception, les messages restent "
                "« Envoyé » (pas d'interrogation possible chez ce fournisseur)."
            )
        where = f"{self.listener.host}:{self.listener.port}"
        if self.start_callbacks():
            return " " + Reason("gw_callbacks_at", url=self.callback_url, local=where)
        fallback = (
            "les états seront demandés au fournisseur"
            if getattr(self, "can_poll_status", False)
            else "les accusés de réception ne seront pas reçus ici"
        )
        return " " + Reason("gw_callbacks_busy", local=where, reason=fallback)

    def stop_callbacks(self) -> None:
        if self.listener is not None:
            self.listener.stop(linger=0.5)
