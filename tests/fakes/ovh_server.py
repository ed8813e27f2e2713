"""A fake OVHcloud API (v1, `/1.0`) on loopback: signed requests and the SMS resources.

Answers as the published API and python-ovh expect (providers.md section 1):
- `GET /1.0/auth/time` → a bare JSON integer (the server's clock, `skew` seconds off ours);
- every other call needs `X-Ovh-Application` (else 403 INVALID_KEY), `X-Ovh-Consumer` (unknown:
  403 INVALID_CREDENTIAL; not validated yet: 403 NOT_CREDENTIAL), `X-Ovh-Timestamp` within 60 s
  of the server's clock (else 400 QUERY_TIME_OUT) and `X-Ovh-Signature` =
  `$1$` + sha1(AS+CK+METHOD+FULL_URL+BODY+TIMESTAMP) (else 400 INVALID_SIGNATURE); calls outside
  the consumer key's access rules answer 403 NOT_GRANTED_CALL;
- `GET /sms`, `GET /sms/{sn}`, `GET /sms/{sn}/senders/{sender}`, `POST /sms/{sn}/jobs`
  (`sms.SmsSendingReportUser`), `GET /sms/{sn}/jobs[/{id}]` (pending jobs),
  `GET /sms/{sn}/outgoing[/{id}]` with the documented filters, `GET /sms/{sn}/incoming[/{id}]`,
  `GET /sms/{sn}/blacklists[/{number}]`.

Error bodies are `{"errorCode", "httpCode", "message"}` for the authentication errors and
`{"message"}` otherwise. Not confirmed by a primary source, and chosen here: the 429 body, the
« Not enough credits » 400 answer, and that invalid receivers come back in HTTP 200.

Tests steer it with `invalid` (receivers OVH calls invalid), `outcomes` (receiver → (ptt,
deliveryReceipt) reached when the outgoing list is next read), `hold` (jobs stay pending, as
marketing SMS at night), `throttle_once(retry_after)` (next call 429), `fail_once(status, body)`,
`lose_answer_once()` (the next job is created, then the connection is cut) and `rules` (the
consumer key's access rules).
"""

from __future__ import annotations

import hashlib
import itertools
import re
import time
from datetime import UTC, datetime

from ellipses_sms import sms
from tests.fakes import FakeServer, Reply, Request

APP_KEY = "7kbG7Bk7S9Nt7ZSV"
APP_SECRET = "EXEgWIz07P0HYwtQDs7cNIqCiQaWSuHF"
CONSUMER_KEY = "MtSwSrPpNjqfVSmJhLbPyr2i45lSwPU1"
SERVICE = "sms-ab12345-1"

E164 = re.compile(r"^\+[1-9]\d{7,14}$")


def auth_error(status: int, code: str, message: str) -> Reply:
    reason = {400: "Bad Request", 401: "Unauthorized", 403: "Forbidden"}[status]
    return Reply(status, {"errorCode": code, "httpCode": f"{status} {reason}", "message": message})


def now_iso() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def _when(value: str) -> datetime | None:
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def sign(secret: str, consumer: str, method: str, url: str, body: str, timestamp: str) -> str:
    raw = "+".join([secret, consumer, method.upper(), url, body, timestamp])
    return "$1$" + hashlib.sha1(raw.encode("utf-8")).hexdigest()


class FakeOvh(FakeServer):
    def __init__(
        self,
        app_key: str = APP_KEY,
        app_secret: str = APP_SECRET,
        consumer_key: str = CONSUMER_KEY,
        services: tuple[str, ...] = (SERVICE,),
        skew: int = 0,
    ):
        self.app_key = app_key
        self.app_secret = app_secret
        self.consumer_keys = {consumer_key: "validated"}
        self.services = list(services)
        self.skew = skew
        self.credits = 100.0
        self.senders = {"LIBRAIRIE": "enable", "NOUVEAU": "waitingValidation"}
        self.rules = [("GET", "/sms*"), ("POST", "/sms*")]
        self.invalid: set[str] = set()
        self.outcomes: dict[str, tuple[int, int]] = {}
        self.hold = False
        self.answer_delay = 0.0  # seconds before a job's answer (after the job is created)
        self.auto_advance = True  # reading the outgoing list moves pending SMS to their outcome
        self.jobs: list[dict] = []  # the POST bodies, as received
        self.pending: dict[int, dict] = {}
        self.outgoing: dict[int, dict] = {}
        self.incoming: dict[int, dict] = {}
        self.blacklist: dict[str, dict] = {}
        self._failures: list[Reply] = []
        self._lose: int = 0
        self._ids = itertools.count(26929925)
        self._in_ids = itertools.count(5000)
        super().__init__()

    # -- steering -------------------------------------------------------------------------------

    @property
    def base(self) -> str:
        return self.url + "/1.0"

    def throttle_once(self, retry_after: str | None = None) -> None:
        reply = Reply(429, {"message": "Too many requests"})
        if retry_after is not None:
            reply.headers["Retry-After"] = retry_after
        self._failures.append(reply)

    def fail_once(self, status: int, body: object | None = None) -> None:
        self._failures.append(Reply(status, body if body is not None else {"message": "Error"}))

    def lose_answer_once(self) -> None:
        """The next job is created, and its answer is an HTML 502 from a proxy."""
        self._lose += 1

    def receive(self, sender: str, text: str, tag: str = "") -> int:
        """A customer's reply arrives; a STOP blacklists the number, as OVH does."""
        pid = next(self._in_ids)
        self.incoming[pid] = {
            "creationDatetime": now_iso(),
            "credits": 0,
            "id": pid,
            "message": text,
            "sender": sender,
            "tag": tag,
        }
        if text.strip().upper().startswith("STOP"):
            self.blacklist[sender] = {
                "number": sender,
                "dateCreation": now_iso(),
                "batchID": None,
                "smsOutgoingID": None,
            }
        return pid

    def release(self) -> None:
        """Held jobs leave the pending list for the outgoing one (the morning came)."""
        for pid, job in list(self.pending.items()):
            del self.pending[pid]
            self.outgoing[pid] = job

    def advance(self) -> None:
        """Every pending outgoing SMS reaches its outcome (delivered unless told otherwise)."""
        for message in self.outgoing.values():
            if message["deliveryReceipt"] in (0, 4, 8):
                ptt, dlr = self.outcomes.get(message["receiver"], (4, 1))
                message.update(ptt=ptt, deliveryReceipt=dlr)
                if dlr == 1:
                    message["deliveredAt"] = now_iso()

    # -- authentication -------------------------------------------------------------------------

    def _authenticate(self, request: Request) -> Reply | None:
        h = {k.lower(): v for k, v in request.headers.items()}
        if h.get("x-ovh-application") != self.app_key:
            return auth_error(403, "INVALID_KEY", "This application key is invalid")
        consumer = h.get("x-ovh-consumer", "")
        state = self.consumer_keys.get(consumer)
        if state is None:
            return auth_error(403, "INVALID_CREDENTIAL", "This credential does not exist")
        if state != "validated":
            return auth_error(403, "NOT_CREDENTIAL", "This credential is not valid")
        timestamp = h.get("x-ovh-timestamp", "")
        if not timestamp.isdigit() or abs(int(timestamp) - self.server_time()) > 60:
            return auth_error(400, "QUERY_TIME_OUT", "Query out of time")
        url = "http://" + h.get("host", "") + request.path
        if request.raw_query:
            url += "?" + request.raw_query
        body = request.body.decode("utf-8")
        expected = sign(self.app_secret, consumer, request.method, url, body, timestamp)
        if h.get("x-ovh-signature") != expected:
            return auth_error(400, "INVALID_SIGNATURE", "Invalid signature")
        path = request.path[len("/1.0") :]
        if not any(
            method == request.method and re.fullmatch(re.escape(rule).replace(r"\*", ".*"), path)
            for method, rule in self.rules
        ):
            return auth_error(403, "NOT_GRANTED_CALL", "This call has not been granted")
        return None

    def server_time(self) -> int:
        return int(time.time()) + self.skew

    # -- the API --------------------------------------------------------------------------------

    def handle(self, request: Request) -> Reply:
        if not request.path.startswith("/1.0/"):
            return Reply(404, {"message": "Got an invalid (or empty) URL"})
        path = request.path[len("/1.0") :]
        if path == "/auth/time" and request.method == "GET":
            return Reply(200, self.server_time())
        refused = self._authenticate(request)
        if refused is not None:
            return refused
        if self._failures:
            return self._failures.pop(0)
        if path == "/sms" and request.method == "GET":
            return Reply(200, list(self.services))
        match = re.fullmatch(r"/sms/([^/]+)(/.*)?", path)
        if not match:
            return Reply(404, {"message": "Got an invalid (or empty) URL"})
        service, rest = match.group(1), match.group(2) or ""
        if service not in self.services:
            return Reply(
                404, {"message": f"The requested object (serviceName = {service}) does not exist"}
            )
        if rest == "" and request.method == "GET":
            return Reply(200, self._account(service))
        if rest == "/jobs" and request.method == "POST":
            return self._send(request)
        if request.method != "GET":
            return Reply(404, {"message": "Got an invalid (or empty) URL"})
        return self._read(rest, request)

    def _account(self, service: str) -> dict:
        return {
            "automaticRecreditAmount": None,
            "callBack": "",
            "channel": "both",
            "creditThresholdForAutomaticRecredit": 0,
            "creditsHoldByQuota": 0,
            "creditsLeft": self.credits,
            "description": "Librairie",
            "name": service,
            "smsResponse": {"responseType": "cgi", "cgiUrl": "", "text": ""},
            "status": "enable",
            "stopCallBack": "",
            "userQuantityWithQuota": 0,
        }

    def _send(self, request: Request) -> Reply:
        body = request.json()
        if not isinstance(body, dict):
            return Reply(400, {"message": "Invalid JSON body"})
        self.jobs.append(body)
        message = body.get("message")
        if not message:
            return Reply(400, {"message": "Missing parameter message"})
        sender = body.get("sender")
        if sender and self.senders.get(sender) != "enable":
            return Reply(400, {"message": f"The sender {sender} is not valid"})
        if not sender and not body.get("senderForResponse"):
            return Reply(400, {"message": "Missing parameter sender"})
        receivers = body.get("receivers") or []
        valid = [r for r in receivers if E164.match(str(r)) and r not in self.invalid]
        invalid = [r for r in receivers if r not in valid]
        text = message
        if not body.get("noStopClause") and sender:
            text = message + "\nSTOP 36111"
        parts = max(1, sms.analyze(text).segments)
        cost = float(parts * len(valid))
        if cost > self.credits:
            return Reply(400, {"message": "Not enough credits"})
        self.credits -= cost
        ids = []
        for receiver in valid:
            pid = next(self._ids)
            ids.append(pid)
            entry = {
                "batchID": None,
                "creationDatetime": now_iso(),
                "credits": float(parts),
                "deliveredAt": None,
                "deliveryReceipt": 0,
                "differedDelivery": 0,
                "id": pid,
                "message": text,
                "messageID": None,
                "messageLength": len(text),
                "numberOfSms": parts,
                "ptt": 3,
                "receiver": receiver,
                "sender": sender or "36xxx",
                "sentAt": None if self.hold else now_iso(),
                "tag": body.get("tag") or "",
                "tariffCode": None,
            }
            (self.pending if self.hold else self.outgoing)[pid] = entry
        if self.answer_delay:
            time.sleep(self.answer_delay)  # the job exists; the answer comes too late
        if self._lose:
            self._lose -= 1
            return Reply(502, "<html><body>502 Bad Gateway</body></html>")
        return Reply(
            200,
            {
                "ids": ids,
                "validReceivers": valid,
                "invalidReceivers": invalid,
                "totalCreditsRemoved": cost,
                "creditsLeft": self.credits,
                "tag": body.get("tag") or "",
            },
        )

    def _read(self, rest: str, request: Request) -> Reply:
        q = request.query
        if rest.startswith("/senders/"):
            name = rest[len("/senders/") :]
            if name not in self.senders:
                return Reply(
                    404, {"message": f"The requested object (sender = {name}) does not exist"}
                )
            return Reply(
                200,
                {
                    "comment": "",
                    "description": "",
                    "referer": "custom",
                    "sender": name,
                    "status": self.senders[name],
                    "type": "alpha",
                    "validationMedia": None,
                },
            )
        if rest == "/jobs":
            return Reply(200, sorted(self.pending))
        if rest.startswith("/jobs/"):
            job = self.pending.get(int(rest[6:])) if rest[6:].isdigit() else None
            if job is None:
                return Reply(404, {"message": "The requested object (id) does not exist"})
            keys = [
                "creationDatetime",
                "credits",
                "deliveredAt",
                "deliveryReceipt",
                "differedDelivery",
                "id",
                "message",
                "messageLength",
                "numberOfSms",
                "ptt",
                "receiver",
                "sender",
                "sentAt",
            ]
            return Reply(200, {k: job[k] for k in keys})
        if rest == "/outgoing":
            if self.auto_advance:
                self.advance()
            found = []
            since, until = q.get("creationDatetime.from"), q.get("creationDatetime.to")
            for pid, m in sorted(self.outgoing.items()):
                if "tag" in q and m["tag"] != q["tag"]:
                    continue
                if "receiver" in q and m["receiver"] != q["receiver"]:
                    continue
                if "deliveryReceipt" in q and str(m["deliveryReceipt"]) != q["deliveryReceipt"]:
                    continue
                if "ptt" in q and str(m["ptt"]) != q["ptt"]:
                    continue
                created = _when(m["creationDatetime"])
                if since and created < _when(since):
                    continue
                if until and created > _when(until):
                    continue
                found.append(pid)
            return Reply(200, found)
        if rest.startswith("/outgoing/"):
            if self.auto_advance:
                self.advance()
            m = self.outgoing.get(int(rest[10:])) if rest[10:].isdigit() else None
            if m is None:
                return Reply(404, {"message": "The requested object (id) does not exist"})
            return Reply(200, m)
        if rest == "/incoming":
            since = q.get("creationDatetime.from")
            return Reply(
                200,
                [
                    pid
                    for pid, m in sorted(self.incoming.items())
                    if not since or _when(m["creationDatetime"]) >= _when(since)
                ],
            )
        if rest.startswith("/incoming/"):
            m = self.incoming.get(int(rest[10:])) if rest[10:].isdigit() else None
            if m is None:
                return Reply(404, {"message": "The requested object (id) does not exist"})
            return Reply(200, m)
        if rest == "/blacklists":
            return Reply(200, sorted(self.blacklist))
        if rest.startswith("/blacklists/"):
            entry = self.blacklist.get(rest[len("/blacklists/") :])
            if entry is None:
                return Reply(404, {"message": "The requested object (number) does not exist"})
            return Reply(200, entry)
        return Reply(404, {"message": "Got an invalid (or empty) URL"})
