"""A fake Infobip SMS API on loopback: send (`POST /sms/2/text/advanced`), message logs
(`GET /sms/3/logs`), balance (`GET /account/1/balance`), and delivery reports pushed to the
`notifyUrl` of each message.

Answers as the published API does: `Authorization: App <key>` or 401 `UNAUTHORIZED` in the
`requestError.serviceException` shape; 400 `BAD_REQUEST` with `validationErrors`; 429 in the
`{"errorCode": "E429", …}` shape; each destination gets a `messageId` and a status object
`{groupId, groupName, id, name, description}`. Tests steer it with `rejections` (number →
status id refused at send), `deliver(message_id, status_id, error_id)` (the final state, seen
in the logs and pushed to `notifyUrl` by `push_reports()`) and `http_429_once()`.
"""

from __future__ import annotations

import itertools
import json
import re
import urllib.request
from datetime import UTC, datetime
from typing import Any

from tests.fakes import FakeServer, Reply, Request

API_KEY = "0123456789abcdef0123456789abcdef-aa11bb22-cc33-dd44-ee55-ff6677889900"

#: Status id → (groupId, groupName, name, description), from Infobip's status code table.
STATUSES: dict[int, tuple[int, str, str, str]] = {
    3: (1, "PENDING", "PENDING_WAITING_DELIVERY", "Message sent, waiting for delivery report"),
    7: (1, "PENDING", "PENDING_ENROUTE", "Message sent to next instance"),
    26: (1, "PENDING", "PENDING_ACCEPTED", "Message accepted, pending for delivery"),
    4: (2, "UNDELIVERABLE", "UNDELIVERABLE_REJECTED_OPERATOR", "Message rejected by operator"),
    9: (2, "UNDELIVERABLE", "UNDELIVERABLE_NOT_DELIVERED", "Message sent not delivered"),
    2: (3, "DELIVERED", "DELIVERED_TO_OPERATOR", "Message delivered to operator"),
    5: (3, "DELIVERED", "DELIVERED_TO_HANDSET", "Message delivered to handset"),
    15: (4, "EXPIRED", "EXPIRED_EXPIRED", "Message expired"),
    29: (4, "EXPIRED", "EXPIRED_DLR_UNKNOWN", "Message expired, no delivery report"),
    6: (5, "REJECTED", "REJECTED_NETWORK", "Network is forbidden"),
    8: (5, "REJECTED", "REJECTED_PREFIX_MISSING", "Number prefix missing"),
    10: (5, "REJECTED", "REJECTED_DND", "Destination on DND list"),
    12: (5, "REJECTED", "REJECTED_NOT_ENOUGH_CREDITS", "Not enough credits"),
    13: (5, "REJECTED", "REJECTED_SENDER", "Sender ID blacklisted"),
    14: (5, "REJECTED", "REJECTED_DESTINATION", "Destination blacklisted"),
    52: (5, "REJECTED", "REJECTED_DESTINATION", "Invalid destination address"),
}

#: Error id → (groupId, groupName, name, description, permanent).
ERRORS: dict[int, tuple[int, str, str, str, bool]] = {
    0: (0, "OK", "NO_ERROR", "No Error", False),
    1: (1, "HANDSET_ERRORS", "EC_UNKNOWN_SUBSCRIBER", "Unknown Subscriber", True),
    27: (1, "HANDSET_ERRORS", "EC_ABSENT_SUBSCRIBER", "Absent Subscriber", False),
}

TO = re.compile(r"^\d{7,15}$")


def status(status_id: int) -> dict[str, Any]:
    group, group_name, name, description = STATUSES[status_id]
    return {
        "groupId": group,
        "groupName": group_name,
        "id": status_id,
        "name": name,
        "description": description,
    }


def error(error_id: int) -> dict[str, Any]:
    group, group_name, name, description, permanent = ERRORS[error_id]
    return {
        "groupId": group,
        "groupName": group_name,
        "id": error_id,
        "name": name,
        "description": description,
        "permanent": permanent,
    }


def service_exception(status_code: int, message_id: str, text: str, **validation) -> Reply:
    body: dict[str, Any] = {"messageId": message_id, "text": text}
    if validation:
        body["validationErrors"] = validation
    return Reply(status_code, {"requestError": {"serviceException": body}})


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + "000+0000"


class FakeInfobip(FakeServer):
    def __init__(self, api_key: str = API_KEY):
        self.api_key = api_key
        self.sent: list[dict[str, Any]] = []  # one per destination, in order
        self.rejections: dict[str, int] = {}  # number (digits) → status id at send
        self.logs: dict[str, dict[str, Any]] = {}  # messageId → log entry
        self.inbox: list[dict[str, Any]] = []  # replies not fetched yet
        self.balance = 47.795
        self._http_429: list[str | None] = []
        self._ids = itertools.count(1)
        self._bulks = itertools.count(1)
        super().__init__()

    def http_429_once(self, retry_after: str | None = None) -> None:
        self._http_429.append(retry_after)

    # -- the API --------------------------------------------------------------------------------

    def handle(self, request: Request) -> Reply:
        if request.headers.get("Authorization") != f"App {self.api_key}":
            return service_exception(401, "UNAUTHORIZED", "Invalid login details")
        if self._http_429:
            retry = self._http_429.pop(0)
            body = {
                "errorCode": "E429",
                "description": "Too many requests sent.",
                "action": "Reduce the number of requests sent per time unit.",
                "violations": [],
                "resources": [],
            }
            return Reply(429, body, {"Retry-After": retry} if retry is not None else {})
        if request.path == "/sms/2/text/advanced" and request.method == "POST":
            return self._send(request.json())
        if request.path == "/sms/3/logs" and request.method == "GET":
            return self._logs(request)
        if request.path == "/sms/1/inbox/reports" and request.method == "GET":
            return self._inbox(request)
        if request.path == "/account/1/balance" and request.method == "GET":
            return Reply(200, {"balance": self.balance, "currency": "EUR"})
        return service_exception(404, "NOT_FOUND", "Requested URL not found: " + request.path)

    def _send(self, body: Any) -> Reply:
        messages = body.get("messages") if isinstance(body, dict) else None
        if not isinstance(messages, list) or not messages:
            return service_exception(
                400, "BAD_REQUEST", "Bad request", messages=["must not be empty"]
            )
        problems: dict[str, list[str]] = {}
        for i, message in enumerate(messages):
            destinations = message.get("destinations")
            if not isinstance(destinations, list) or not destinations:
                problems[f"messages[{i}].destinations"] = ["must not be empty"]
                continue
            for j, destination in enumerate(destinations):
                to = str(destination.get("to") or "")
                if not to or len(to) > 64:
                    problems[f"messages[{i}].destinations[{j}].to"] = [
                        "size must be between 1 and 64"
                    ]
            if not message.get("text"):
                problems[f"messages[{i}].text"] = ["must not be blank"]
            sender = message.get("from")
            if sender is not None and not (1 <= len(str(sender)) <= 15):
                problems[f"messages[{i}].from"] = ["size must be between 1 and 15"]
        if problems:
            return service_exception(400, "BAD_REQUEST", "Bad request", **problems)
        answers = []
        count = sum(len(m["destinations"]) for m in messages)
        bulk_id = f"bulk-{next(self._bulks)}" if count > 1 else None
        for message in messages:
            text = message["text"]
            for destination in message["destinations"]:
                to = str(destination["to"])
                message_id = destination.get("messageId") or f"ib-{next(self._ids):08d}"
                state = self.rejections.get(to, 26) if TO.match(to) else 52
                answers.append({"to": to, "status": status(state), "messageId": message_id})
                if state == 26:
                    self.balance -= 0.0125
                    self.sent.append(
                        {
                            "to": to,
                            "text": text,
                            "from": message.get("from"),
                            "messageId": message_id,
                            "notifyUrl": message.get("notifyUrl"),
                            "notifyContentType": message.get("notifyContentType"),
                        }
                    )
                self.logs[message_id] = {
                    "sender": message.get("from") or "InfoSMS",
                    "destination": to,
                    "bulkId": bulk_id,
                    "messageId": message_id,
                    "sentAt": now(),
                    "doneAt": now(),
                    "messageCount": 1 if len(text) <= 160 else -(-len(text) // 153),
                    "price": {"pricePerMessage": 0.0125, "currency": "EUR"},
                    "status": status(state),
                    "error": error(0),
                    "content": {"text": text},
                }
        reply: dict[str, Any] = {"messages": answers}
        if bulk_id:
            reply = {"bulkId": bulk_id, **reply}
        return Reply(200, reply)

    def receive(self, sender_digits: str, text: str, to: str = "33700000000") -> str:
        """A customer's SMS to our number, waiting in the inbox until it is fetched once."""
        message_id = f"MO-{next(self._ids)}"
        words = text.split()
        self.inbox.append(
            {
                "messageId": message_id,
                "from": sender_digits,
                "to": to,
                "text": text,
                "cleanText": text,
                "keyword": words[0].upper() if words else "",
                "receivedAt": now(),
                "smsCount": 1,
                "price": {"pricePerMessage": 0, "currency": "EUR"},
                "callbackData": None,
            }
        )
        return message_id

    def _inbox(self, request: Request) -> Reply:
        """`GET /sms/1/inbox/reports?limit=` (default 50, max 1000; each message returned
        only once), answering `{results, messageCount, pendingMessageCount}` (providers.md §5,
        infobip-api-python-client's SmsInboundMessageResult)."""
        limit = int(request.query.get("limit") or 50)
        if limit > 1000:
            return service_exception(
                400, "BAD_REQUEST", "Bad request", limit=["must be less than or equal to 1000"]
            )
        given, self.inbox = self.inbox[:limit], self.inbox[limit:]
        return Reply(
            200,
            {
                "results": given,
                "messageCount": len(given),
                "pendingMessageCount": len(self.inbox),
            },
        )

    def _logs(self, request: Request) -> Reply:
        wanted = request.query_all("messageId")
        # « messageId: … May contain multiple comma-separated values. Maximum length 2048
        # characters. » (infobip-api-python-client @5419238, sms_api.py,
        # get_outbound_sms_message_logs); the 400 shape is the API's validation error
        if len(",".join(wanted)) > 2048:
            return service_exception(
                400, "BAD_REQUEST", "Bad request", messageId=["size must be at most 2048"]
            )
        try:
            limit = int(request.query.get("limit") or 50)
        except ValueError:
            return service_exception(400, "BAD_REQUEST", "Bad request", limit=["invalid"])
        if limit > 1000:
            return service_exception(
                400, "BAD_REQUEST", "Bad request", limit=["must be less than or equal to 1000"]
            )
        entries = [self.logs[m] for m in wanted if m in self.logs] if wanted else []
        if not wanted:
            entries = list(self.logs.values())[-limit:]
        return Reply(200, {"results": entries[:limit]})

    # -- what the network does ------------------------------------------------------------------

    def deliver(self, message_id: str, status_id: int = 5, error_id: int = 0) -> None:
        """The message reaches its final state (seen in the logs, pushed by `push_reports`)."""
        entry = self.logs[message_id]
        entry["status"] = status(status_id)
        entry["error"] = error(error_id)
        entry["doneAt"] = now()

    def report(self, message_id: str) -> dict[str, Any]:
        """A delivery report as Infobip pushes it to `notifyUrl`."""
        entry = self.logs[message_id]
        return {
            "bulkId": entry["bulkId"],
            "price": entry["price"],
            "status": entry["status"],
            "error": entry["error"],
            "messageId": message_id,
            "doneAt": entry["doneAt"],
            "smsCount": entry["messageCount"],
            "sentAt": entry["sentAt"],
            "to": entry["destination"],
        }

    def push_reports(self, message_ids: list[str], url: str | None = None) -> int:
        """POST the reports (up to 100 per request) to their `notifyUrl`; the HTTP status."""
        target = url or next(s["notifyUrl"] for s in self.sent if s["messageId"] in message_ids)
        body = json.dumps({"results": [self.report(m) for m in message_ids]}).encode()
        request = urllib.request.Request(
            target, body, {"Content-Type": "application/json"}, method="POST"
        )
        try:
            with urllib.request.urlopen(request, timeout=5) as answer:
                return answer.status
        except urllib.error.HTTPError as exc:
            return exc.code
