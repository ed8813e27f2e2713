"""Local fake provider servers (loopback only) that answer as the published APIs do."""

from __future__ import annotations

import json
import threading
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Request:
    """One request as the fake server received it."""

    method: str
    path: str
    query: dict[str, str]
    form: dict[str, str]
    headers: dict[str, str]
    body: bytes = b""
    raw_query: str = ""  # for repeated parameters (`query` keeps the first of each)

    def query_all(self, key: str) -> list[str]:
        """Every value of a repeated query parameter (`messageId=a&messageId=b`)."""
        pairs = urllib.parse.parse_qsl(self.raw_query, keep_blank_values=True)
        return [v for k, v in pairs if k == key]

    def json(self) -> object:
        """The body as JSON (None when it is not JSON)."""
        try:
            return json.loads(self.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return None

    def params(self) -> dict[str, str]:
        """Query and form parameters together (form wins), as most providers read them."""
        return {**self.query, **self.form}


@dataclass
class Reply:
    status: int = 200
    body: object = field(default_factory=dict)  # dict/list → JSON, str → as is
    headers: dict[str, str] = field(default_factory=dict)


def _single(pairs: dict[str, list[str]]) -> dict[str, str]:
    return {k: v[0] for k, v in pairs.items()}


class FakeServer:
    """A ThreadingHTTPServer on 127.0.0.1:0 in a daemon thread; `handle(request) -> Reply`."""

    def __init__(self) -> None:
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urllib.parse.urlsplit(self.path)
                form = {}
                if "form-urlencoded" in (self.headers.get("Content-Type") or ""):
                    form = _single(
                        urllib.parse.parse_qs(body.decode("utf-8"), keep_blank_values=True)
                    )
                request = Request(
                    self.command,
                    parts.path,
                    _single(urllib.parse.parse_qs(parts.query, keep_blank_values=True)),
                    form,
                    dict(self.headers.items()),
                    body,
                    parts.query,
                )
                with outer._lock:
                    outer.requests.append(request)
                    reply = outer.handle(request)
                data = reply.body
                if isinstance(data, dict | list):
                    data = json.dumps(data)
                raw = str(data).encode("utf-8")
                try:
                    self.send_response(reply.status)
                    headers = {"Content-Type": "application/json; charset=utf-8", **reply.headers}
                    for key, value in headers.items():
                        self.send_header(key, value)
                    self.send_header("Content-Length", str(len(raw)))
                    self.end_headers()
                    self.wfile.write(raw)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            do_GET = do_POST = do_DELETE = _serve

            def log_message(self, *args) -> None:  # quiet
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self._thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    def handle(self, request: Request) -> Reply:
        raise NotImplementedError

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()
