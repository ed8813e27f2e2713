"""A generic HTTP SMS provider on loopback that counts what it really received, per number.

The race and crash tests judge the product by this count — what left the workstation — and
not by what the store says. It answers as the generic HTTP provider's default settings expect
(`reference/providers.md` §generic HTTP: any 2xx is success; the id is the body's `id=…`).
`delay` makes each request last, so that a second sender has time to race the first.
"""

from __future__ import annotations

import itertools
import threading
import time
import urllib.parse
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class CountingProvider:
    def __init__(self, delay: float = 0.0):
        self.delay = delay
        self.first_delay: float | None = None  # a longer wait for the very first request
        self.received: Counter[str] = Counter()
        self.requests = 0
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
                numbers = [n for n in query.get("to", [""])[0].split(",") if n]
                with outer._lock:
                    outer.requests += 1
                    first = outer.requests == 1
                    for n in numbers:
                        outer.received[n] += 1
                    ident = next(outer._ids)
                wait = outer.first_delay if first and outer.first_delay else outer.delay
                if wait:
                    time.sleep(wait)
                body = f"OK id={ident}".encode()
                try:
                    self.send_response(200)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:
                    pass

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def provider_config(self, per_request: int = 5) -> dict:
        """The `providers` entry of settings.json that points the product here."""
        return {
            "type": "http",
            "url": f"http://127.0.0.1:{self.port}/send?to={{to}}&text={{text}}&ref={{reference}}",
            "recipients_per_request": str(per_request),
            "id_regex": r"id=(\d+)",
            "timeout": "30",
        }

    def duplicates(self) -> dict[str, int]:
        with self._lock:
            return {n: c for n, c in self.received.items() if c > 1}

    def reset(self) -> None:
        with self._lock:
            self.received.clear()
            self.requests = 0

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
