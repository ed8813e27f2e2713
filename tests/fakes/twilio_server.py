"""A fake Twilio REST API (2010-04-01) on loopback: Messages, Balance and Account resources.

Answers as the published API does: HTTP Basic `AccountSid:AuthToken`, 201 with the Message JSON,
errors as `{"code", "message", "more_info", "status"}`. Tests steer it with `errors` (number →
error code at send), `outcomes` (number → final status and error code, reached at the first
fetch) and `throttle_once(retry_after)` (the next request answers 429 / 20429).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import re
import urllib.error
import urllib.parse
import urllib.request
from datetime import UTC, datetime
from email.utils import format_datetime

from tests.fakes import FakeServer, Reply, Request

ACCOUNT_SID = "AC" + "0123456789abcdef" * 2
AUTH_TOKEN = "tw-t0ken-S3CRET-9f8e7d6c"

E164 = re.compile(r"^\+[1-9]\d{6,14}$")

ERROR_TEXTS = {
    20003: (401, "Authenticate"),
    20404: (404, "The requested resource was not found"),
    20429: (429, "Too Many Requests"),
    21211: (400, "The 'To' number {to} is not a valid phone number."),
    21408: (
        400,
        "Permission to send an SMS has not been enabled for the region indicated by "
        "the 'To' number: {to}.",
    ),
    21602: (400, "Message body is required."),
    21603: (400, "A 'From' phone number is required."),
    21604: (400, "A 'To' phone number is required."),
    21610: (400, "Attempt to send to unsubscribed recipient"),
    21614: (400, "'To' number is not a valid mobile number"),
}


def error(code: int, **values: str) -> Reply:
    status, text = ERROR_TEXTS.get(code, (400, "Error"))
    return Reply(
        status,
        {
            "code": code,
            "message": text.format(**values),
            "more_info": f"https://www.twilio.com/docs/errors/{code}",
            "status": status,
        },
    )


def now() -> str:
    return format_datetime(datetime.now(UTC), usegmt=True)


class FakeTwilio(FakeServer):
    def __init__(self, account_sid: str = ACCOUNT_SID, auth_token: str = AUTH_TOKEN):
        self.account_sid = account_sid
        self.auth_token = auth_token
        self.messages: dict[str, dict] = {}
        self.callbacks: dict[str, str] = {}  # sid → StatusCallback URL
        self.errors: dict[str, int] = {}
        self.outcomes: dict[str, tuple[str, int | None]] = {}
        self.balance = "12.34"
        self.currency = "EUR"
        self._throttle: list[str | None] = []
        self._ids = itertools.count(1)
        self.list_queries: list[dict] = []
        super().__init__()

    def throttle_once(self, retry_after: str | None = "1") -> None:
        """The next request answers 429 (code 20429), with this Retry-After header."""
        self._throttle.append(retry_after)

    @property
    def sent(self) -> list[dict]:
        return list(self.messages.values())

    def _authorized(self, request: Request) -> bool:
        value = request.headers.get("Authorization", "")
        if not value.startswith("Basic "):
            return False
        user, _, password = base64.b64decode(value[6:]).decode("utf-8").partition(":")
        return user == self.account_sid and password == self.auth_token

    def handle(self, request: Request) -> Reply:
        if not self._authorized(request):
            return error(20003)
        if self._throttle:
            retry = self._throttle.pop(0)
            reply = error(20429)
            if retry is not None:
                reply.headers["Retry-After"] = retry
            return reply
        prefix = f"/2010-04-01/Accounts/{self.account_sid}"
        path = request.path
        if path == prefix + ".json" and request.method == "GET":
            return Reply(
                200,
                {
                    "sid": self.account_sid,
                    "friendly_name": "Librairie",
                    "status": "active",
                    "type": "Full",
                },
            )
        if path == prefix + "/Balance.json" and request.method == "GET":
            return Reply(
                200,
                {
                    "account_sid": self.account_sid,
                    "balance": self.balance,
                    "currency": self.currency,
                },
            )
        if path == prefix + "/Messages.json" and request.method == "POST":
            return self._create(request.form)
        if path == prefix + "/Messages.json" and request.method == "GET":
            return self._list(request)
        match = re.fullmatch(re.escape(prefix) + r"/Messages/(\w+)\.json", path)
        if match and request.method == "GET":
            return self._fetch(match.group(1))
        return error(20404)

    def _create(self, form: dict[str, str]) -> Reply:
        to = form.get("To", "")
        if not to:
            return error(21604)
        if not form.get("From") and not form.get("MessagingServiceSid"):
            return error(21603)
        if not form.get("Body"):
            return error(21602)
        if not E164.match(to):
            return error(21211, to=to)
        if to in self.errors:
            return error(self.errors[to], to=to)
        sid = f"SM{next(self._ids):032x}"
        service = form.get("MessagingServiceSid")
        message = {
            "sid": sid,
            "account_sid": self.account_sid,
            "messaging_service_sid": service,
            "from": form.get("From"),
            "to": to,
            "body": form["Body"],
            "status": "accepted" if service else "queued",
            "num_segments": "1",
            "num_media": "0",
            "direction": "outbound-api",
            "price": None,
            "price_unit": "USD",
            "error_code": None,
            "error_message": None,
            "date_created": now(),
            "date_updated": now(),
            "date_sent": None,
            "api_version": "2010-04-01",
            "uri": f"/2010-04-01/Accounts/{self.account_sid}/Messages/{sid}.json",
            "subresource_uris": {},
        }
        if form.get("StatusCallback"):
            self.callbacks[sid] = form["StatusCallback"]
        self.messages[sid] = message
        return Reply(201, message)

    def receive(self, sender: str, body: str, to: str = "+33700000000") -> str:
        """A customer's SMS to our number: listed with `direction` « inbound »."""
        sid = f"SM{next(self._ids):032x}"
        self.messages[sid] = {
            "sid": sid,
            "account_sid": self.account_sid,
            "from": sender,
            "to": to,
            "body": body,
            "status": "received",
            "num_segments": "1",
            "direction": "inbound",
            "error_code": None,
            "date_created": now(),
            "date_updated": now(),
            "date_sent": now(),
            "api_version": "2010-04-01",
        }
        return sid

    def _list(self, request: Request) -> Reply:
        """`GET Messages.json`: filters To, From, DateSent>= (a day); pages of PageSize,
        newest first, with `next_page_uri` (Twilio's list resource)."""
        q = request.query
        rows = list(reversed(self.messages.values()))
        if q.get("To"):
            rows = [m for m in rows if m["to"] == q["To"]]
        if q.get("From"):
            rows = [m for m in rows if m["from"] == q["From"]]
        size = int(q.get("PageSize") or 50)
        page = int(q.get("Page") or 0)
        chunk = rows[page * size : (page + 1) * size]
        base = f"/2010-04-01/Accounts/{self.account_sid}/Messages.json"
        more = (page + 1) * size < len(rows)
        following = None
        if more:
            params = {k: v for k, v in q.items() if k not in ("Page",)}
            params.update(Page=str(page + 1), PageSize=str(size))
            following = f"{base}?{urllib.parse.urlencode(params)}"
        self.list_queries.append(dict(q))
        return Reply(
            200,
            {
                "messages": chunk,
                "page": page,
                "page_size": size,
                "first_page_uri": base,
                "next_page_uri": following,
                "previous_page_uri": None,
                "uri": base,
            },
        )

    def _fetch(self, sid: str) -> Reply:
        message = self.messages.get(sid)
        if message is None:
            return error(20404)
        if message["status"] in ("queued", "accepted"):
            status, code = self.outcomes.get(message["to"], ("delivered", None))
            message.update(status=status, error_code=code, date_updated=now(), date_sent=now())
        return Reply(200, message)

    # -- status callbacks ---------------------------------------------------------------------

    def callback_form(self, sid: str, status: str, error_code: int | None = None) -> dict:
        """The form Twilio posts to a message's StatusCallback."""
        message = self.messages[sid]
        form = {
            "MessageSid": sid,
            "SmsSid": sid,
            "AccountSid": self.account_sid,
            "From": message["from"] or "",
            "To": message["to"],
            "MessageStatus": status,
            "SmsStatus": status,
            "ApiVersion": "2010-04-01",
        }
        if error_code is not None:
            form["ErrorCode"] = str(error_code)
        if status in ("delivered", "undelivered"):
            form["RawDlrDoneDate"] = datetime.now(UTC).strftime("%y%m%d%H%M")
        return form

    def sign(self, url: str, form: dict[str, str]) -> str:
        """X-Twilio-Signature as Twilio computes it (its security documentation)."""
        data = url
        for key in sorted(form):
            data += key + form[key]
        mac = hmac.new(self.auth_token.encode(), data.encode(), hashlib.sha1)
        return base64.b64encode(mac.digest()).decode()

    def post_status(
        self,
        sid: str,
        status: str,
        error_code: int | None = None,
        *,
        forward: tuple[str, str] | None = None,
        signature: str | None = None,
    ) -> int:
        """POST a status callback, signed for the public URL; `forward` = (public prefix,
        local prefix) plays the clerk's reverse proxy. Answers the HTTP status."""
        url = self.callbacks[sid]
        form = self.callback_form(sid, status, error_code)
        sign = signature if signature is not None else self.sign(url, form)
        target = url.replace(*forward, 1) if forward else url
        request = urllib.request.Request(
            target,
            urllib.parse.urlencode(form).encode(),
            {
                "Content-Type": "application/x-www-form-urlencoded",
                "X-Twilio-Signature": sign,
                "User-Agent": "TwilioProxy/1.1",
            },
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=5) as answer:
                return answer.status
        except urllib.error.HTTPError as exc:
            return exc.code
