"""A small HTTP listener for delivery reports that providers call back (Kannel's `dlr-url`).

Why its own thread and queue: the provider waits for our answer, so a request is answered at
once and its report is queued; one worker hands the reports to the sink in small groups (one
store transaction for many reports instead of one each). It listens on loopback and picks a
free port unless one is set; a random token in the path keeps other local programs from
forging reports.
"""

from __future__ import annotations

import logging
import queue
import secrets as _random
import socket
import threading
import time
import urllib.parse
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from ellipses_sms.gateway.base import StatusReport
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


class ReportListener:
    """Receives callbacks on `http://HOST:PORT/TOKEN/dlr?...` and feeds `parse` → `sink`."""

    def __init__(
        self,
        parse: Callable[[Mapping[str, str]], StatusReport | None],
        sink: Callable[[list[StatusReport]], object] | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
    ):
        self.parse = parse
        self.sink = sink
        self.host = host
        self.port = port
        self.token = _random.token_urlsafe(12)
        self._queue: queue.Queue[StatusReport | None] = queue.Queue()
        self._server: ThreadingHTTPServer | None = None
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self.received = 0
        self._activity = 0.0

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def url(self) -> str:
        """The callback base URL (start the listener first)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/{self.token}/dlr"

    def start(self) -> None:
        with self._lock:
            if self._server is not None:
                return
            listener = self

            class Handler(BaseHTTPRequestHandler):
                def _handle(self) -> None:
                    parts = urllib.parse.urlsplit(self.path)
                    if parts.path != f"/{listener.token}/dlr":
                        self._answer(404, b"Unknown request.")
                        return
                    query = parts.query
                    if self.command == "POST":
                        length = int(self.headers.get("Content-Length") or 0)
                        query += "&" + self.rfile.read(length).decode("utf-8", "replace")
                    params = dict(urllib.parse.parse_qsl(query, keep_blank_values=True))
                    report = None
                    try:
                        report = listener.parse(params)
                    except Exception:
                        log.exception("unreadable delivery report")
                    if report is None:
                        self._answer(400, b"Bad report.")
                        return
                    listener.received += 1
                    listener.touch()
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

                def log_message(self, fmt: str, *args) -> None:
                    log.debug("report listener: " + fmt, *args)

            class Server(ThreadingHTTPServer):
                # Kannel fetches many report URLs at once; a short backlog drops some of them
                request_queue_size = 256
                address_family = socket.AF_INET6 if ":" in listener.host else socket.AF_INET

            try:
                server = Server((self.host, self.port), Handler)
            except OSError as exc:
                raise OSError(
                    f"impossible d'écouter les accusés de réception sur {self.host}:{self.port} "
                    f"({exc.strerror or exc})"
                ) from None
            server.daemon_threads = True
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
