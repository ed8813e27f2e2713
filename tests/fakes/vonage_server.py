"""A fake Vonage (Nexmo) SMS API on loopback: `POST /sms/json` and `GET /account/get-balance`.

Answers as the published API does: HTTP 200 with `{"message-count", "messages": [...]}` for
success *and* for errors (each element's `status`), credentials in the parameters. Tests steer it
with `errors` (number without « + » → status code), `throttle_once()` (next send answers status 1)
and `http_429_once(retry_after)` (next request answers HTTP 429).
"""

from __future__ import annotations

import itertools
import json
import math
import re
import urllib.error
import urllib.request
from datetime import UTC, datetime

from tests.fakes import FakeServer, Reply, Request

API_KEY = "a1b2c3d4"
API_SECRET = "V0nageS3cret-xyz"  # 16 characters

TO = re.compile(r"^\d{7,15}$")

ERROR_TEXTS = {
    "1": "Throttled",
    "2": "Missing {param} param",
    "3": "Invalid {param} param",
    "4": "Bad Credentials",
    "5": "Internal Error",
    "6": "Invalid Message",
    "7": "Number barred.",
    "8": "Partner Account barred.",
    "9": "Partner quota exceeded.",
    "10": "Too Many Existing Binds",
    "22": "Invalid Network Code",
    "23": "Invalid Callback Url",
    "32": "Signature And API Secret Disallowed",
    "15": "Illegal Sender Address - rejected",
    "29": "Non White-listed Destination - rejected",
}

GSM_LIMITS = {"text": (160, 153), "unicode": (70, 67)}


def failure(code: str, to: str | None = None, param: str = "") -> Reply:
    element = {"status": code, "error-text": ERROR_TEXTS.get(code, "Error").format(param=param)}
    if to:
        element["to"] = to
    return Reply(200, {"message-count": "1", "messages": [element]})


class FakeVonage(FakeServer):
    def __init__(self, api_key: str = API_KEY, api_secret: str = API_SECRET):
        self.api_key = api_key
        self.api_secret = api_secret
        self.sent: list[dict[str, str]] = []
        self.by_id: dict[str, dict[str, str]] = {}  # first part's message-id → parameters
        self.errors: dict[str, str] = {}
        self.balance = 10.171275
        self._throttle = 0
        self._http_429: list[str | None] = []
        self._ids = itertools.count(1)
        super().__init__()

    def throttle_once(self) -> None:
        self._throttle += 1

    def http_429_once(self, retry_after: str | None = "1") -> None:
        self._http_429.append(retry_after)

    def handle(self, request: Request) -> Reply:
        if self._http_429:
            retry = self._http_429.pop(0)
            return Reply(429, "", {"Retry-After": retry} if retry is not None else {})
        params = request.params()
        if request.path == "/account/get-balance" and request.method == "GET":
            if (params.get("api_key"), params.get("api_secret")) != (self.api_key, self.api_secret):
                return Reply(
                    401, {"error-code": "401", "error-code-label": "authentication failed"}
                )
            return Reply(200, {"value": self.balance, "autoReload": False})
        if request.path == "/sms/json" and request.method in ("GET", "POST"):
            return self._send(params)
        return Reply(404, "")

    def _send(self, params: dict[str, str]) -> Reply:
        for key in ("api_key", "api_secret", "from", "to"):
            if not params.get(key):
                return failure("2", param=key)
        if (params["api_key"], params["api_secret"]) != (self.api_key, self.api_secret):
            return failure("4")
        to = params["to"]
        if not TO.match(to):
            return failure("3", param="to")
        kind = params.get("type", "text")
        if kind not in GSM_LIMITS:
            return failure("3", param="type")
        text = params.get("text", "")
        if not text:
            return failure("2", param="text")
        if self._throttle:
            self._throttle -= 1
            return failure("1", to)
        if to in self.errors:
            return failure(self.errors[to], to)
        self.sent.append(params)
        single, multi = GSM_LIMITS[kind]
        count = 1 if len(text) <= single else math.ceil(len(text) / multi)
        messages = []
        for _ in range(count):
            self.balance -= 0.0333
            element = {
                "to": to,
                "message-id": f"0A{next(self._ids):014X}",
                "status": "0",
                "remaining-balance": f"{self.balance:.8f}",
                "message-price": "0.03330000",
                "network": "20801",
            }
            if params.get("client-ref"):
                element["client-ref"] = params["client-ref"]
            messages.append(element)
        self.by_id[messages[0]["message-id"]] = params
        return Reply(200, {"message-count": str(count), "messages": messages})

    # -- delivery receipts --------------------------------------------------------------------

    def post_dlr(
        self, message_id: str, status: str, err_code: str = "0", *, target: str | None = None
    ) -> int:
        """POST a delivery receipt as JSON (the spec's webhook) to the message's `callback`,
        or to `target` (the reverse proxy's local side). Answers the HTTP status."""
        params = self.by_id[message_id]
        now = datetime.now(UTC)
        body = {
            "msisdn": params["to"],
            "to": params["from"],
            "network-code": "20801",
            "messageId": message_id,
            "price": "0.03330000",
            "status": status,
            "scts": now.strftime("%y%m%d%H%M"),
            "err-code": err_code,
            "api-key": self.api_key,
            "message-timestamp": now.strftime("%Y-%m-%d %H:%M:%S"),
        }
        if params.get("client-ref"):
            body["client-ref"] = params["client-ref"]
        request = urllib.request.Request(
            target or params["callback"],
            json.dumps(body).encode(),
            {"Content-Type": "application/json"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=5) as answer:
                return answer.status
        except urllib.error.HTTPError as exc:
            return exc.code
