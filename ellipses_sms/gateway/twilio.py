"""Twilio Programmable Messaging (REST API 2010-04-01): send, status by polling or by
callback, balance.

One recipient per request (Twilio has no multi-recipient field). Request errors come back as
`{"code", "message", "more_info", "status"}`: the codes that concern one number (invalid, STOP,
not a mobile, country not enabled) refuse that message; bad credentials stop the job; 429 (code
20429, never processed) is retried. With a public callback address, each message carries a
`StatusCallback` and Twilio posts its status changes to our listener, signed with
`X-Twilio-Signature` (checked: a forged report is refused). The auth token never reaches a log
line or an error message.
"""

from __future__ import annotations

import base64
import email.utils
import hashlib
import hmac
import logging
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from ellipses_sms.gateway.base import (
    Balance,
    Field,
    InboundSms,
    OutgoingSms,
    PermanentError,
    SecretReader,
    StatusReport,
    SubmitResult,
    TransientError,
)
from ellipses_sms.gateway.config import credit_fields
from ellipses_sms.gateway.http import read_secret
from ellipses_sms.gateway.listener import (
    CallbackReceiver,
    CallbackRefused,
    CallbackRequest,
    callback_fields,
    check_callback_config,
)
from ellipses_sms.gateway.numbers import NumberRule, number_rule_fields
from ellipses_sms.gateway.rest import RestGateway, excerpt
from ellipses_sms.reasons import Reason, sentences
from ellipses_sms.states import MessageState as S

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.twilio.com"
API = "/2010-04-01"

FIELDS: list[Field] = [
    Field("account_sid", "Identifiant du compte (Account SID)", required=True, help="AC…"),
    Field("auth_token", "Jeton d'authentification (Auth Token)", secret=True, required=True),
    Field(
        "sender",
        "Expéditeur (numéro Twilio ou nom)",
        kind="sender",
        help="Un numéro Twilio au format +33… ou un nom alphanumérique autorisé",
    ),
    Field(
        "messaging_service_sid",
        "Service de messagerie (facultatif)",
        help="MG… : Twilio choisit alors l'expéditeur",
    ),
    Field("base_url", "Adresse de l'API", default=DEFAULT_BASE_URL, kind="url"),
    *callback_fields(),
    *number_rule_fields(),
    *credit_fields(),
]

check_config = check_callback_config

#: Twilio status → our state (`sent` stays « Envoyé » until a delivery report says more).
STATES: dict[str, S] = {
    "accepted": S.SENT,
    "scheduled": S.SENT,
    "queued": S.SENT,
    "sending": S.SENT,
    "sent": S.SENT,
    "partially_delivered": S.SENT,
    "delivered": S.DELIVERED,
    "read": S.DELIVERED,
    "undelivered": S.FAILED,
    "failed": S.FAILED,
    "canceled": S.CANCELLED,
}

#: Request errors that refuse one number: code → (state, French reason).
REFUSALS: dict[int, tuple[S, str]] = {
    21211: (S.REJECTED, "numéro invalide"),
    21610: (S.BLOCKED, "le client a répondu STOP"),
    21614: (S.REJECTED, "pas un mobile"),
    21408: (S.REJECTED, "envoi vers ce pays non autorisé sur le compte Twilio"),
}

#: Delivery error codes of a status report → French reason.
DELIVERY_ERRORS: dict[int, str] = {
    30003: "téléphone éteint ou injoignable",
    30005: "numéro inconnu",
    30006: "ligne fixe ou opérateur injoignable",
    30007: "filtré par l'opérateur",
    30008: "erreur inconnue",
}


def _code(data: Any) -> int | None:
    if isinstance(data, dict):
        try:
            return int(data.get("code"))
        except (TypeError, ValueError):
            return None
    return None


def _date(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(str(value))
    except (TypeError, ValueError):
        return None


def delivery_error(code: Any) -> str | None:
    """The French reason of a delivery error code (None when there is none)."""
    if code in (None, "", 0, "0"):
        return None
    try:
        number = int(code)
    except (TypeError, ValueError):
        return Reason("gw_error_code", code=code)
    return DELIVERY_ERRORS.get(number) or Reason("gw_twilio_error", code=number)


def report_of(data: Mapping[str, Any]) -> StatusReport | None:
    """A StatusReport from a Message resource (fetch answer)."""
    sid = data.get("sid")
    status = str(data.get("status") or "")
    if not sid or not status:
        return None
    state = STATES.get(status, S.SENT)
    code = data.get("error_code")
    raw = status if code in (None, "", 0) else f"{status} {code}"
    error = delivery_error(code) if state not in (S.SENT, S.DELIVERED) else None
    if state == S.FAILED and error is None:
        error = "non remis"
    return StatusReport(
        str(sid), state, raw, error, _date(data.get("date_updated") or data.get("date_sent"))
    )


def signature(auth_token: str, url: str, form: Mapping[str, str]) -> str:
    """Twilio's `X-Twilio-Signature`: HMAC-SHA1, keyed with the auth token, of the full URL
    followed by each POST parameter's name and value, sorted by name; base64."""
    data = url + "".join(f"{key}{form[key]}" for key in sorted(form))
    digest = hmac.new(auth_token.encode("utf-8"), data.encode("utf-8"), hashlib.sha1).digest()
    return base64.b64encode(digest).decode("ascii")


class TwilioGateway(CallbackReceiver, RestGateway):
    type = "twilio"
    label = "Twilio"
    max_recipients_per_request = 1
    #: « The Body parameter for an outgoing message can be up to 1,600 characters »; longer is
    #: error 21617 (https://www.twilio.com/docs/api/errors/21617; twilio-oai CreateMessage).
    max_chars = 1600
    can_poll_status = True
    has_balance = True
    #: 21610 « Attempt to send to unsubscribed recipient »: the customer answered STOP
    stop_raw_statuses = ("21610",)

    def __init__(
        self,
        name: str,
        config: Mapping[str, Any],
        auth_token: str | None,
        *,
        token_error: str | None = None,
        **kw: Any,
    ):
        super().__init__(
            name,
            str(config.get("base_url") or DEFAULT_BASE_URL),
            secret_values=(auth_token,),
            secret_error=token_error,
            **kw,
        )
        self.account_sid = str(config.get("account_sid") or "").strip()
        self.auth_token = auth_token or ""
        self.sender = str(config.get("sender") or "").strip()
        self.messaging_service_sid = str(config.get("messaging_service_sid") or "").strip()
        self.number_rule = NumberRule.from_config(name, config)
        self.setup_callbacks(name, config, auth_token)

    # -- requests -------------------------------------------------------------------------------

    def _call(self, method: str, path: str, *, ambiguous: bool = False, **kw: Any):
        if not self.account_sid:
            raise PermanentError(Reason("gw_twilio_sid_missing", provider=self.name))
        if not self.auth_token and not self.secret_error:
            raise PermanentError(Reason("gw_twilio_token_missing", provider=self.name))
        response = self.request(
            method,
            f"{API}/Accounts/{self.account_sid}{path}",
            ambiguous=ambiguous,
            auth=(self.account_sid.encode("utf-8"), self.auth_token.encode("utf-8")),
            **kw,
        )
        data = self.json(response)
        code = _code(data)
        if code == 20429:  # too many concurrent requests, sometimes without the 429 status
            raise TransientError("Twilio demande de ralentir (trop de requêtes)", raw="20429")
        if response.status_code in (401, 403) and code in (None, 20003, 20005, 20006):
            raise PermanentError(
                Reason("gw_twilio_credentials", provider=self.name, status=response.status_code),
                raw=str(code or f"HTTP {response.status_code}"),
            )
        return response, data

    def _message(self, data: Any) -> str:
        text = data.get("message") if isinstance(data, dict) else None
        return self.mask(excerpt(str(text or "")))

    # -- the interface --------------------------------------------------------------------------

    def submit(self, batch: Sequence[OutgoingSms]) -> list[SubmitResult]:
        self.start_callbacks()
        return [self._submit_one(m) for m in batch]

    def _submit_one(self, m: OutgoingSms) -> SubmitResult:
        _, refused = self.precheck([m])  # too long: Twilio would answer 400 (21617)
        if refused:
            return refused[m.message_id]
        form = {"To": m.to, "Body": m.text}
        if self.callback_target:
            form["StatusCallback"] = self.callback_target
        if self.messaging_service_sid:
            form["MessagingServiceSid"] = self.messaging_service_sid
        else:
            sender = m.sender or self.sender
            if not sender:
                raise PermanentError(Reason("gw_twilio_sender_missing", provider=self.name))
            form["From"] = sender
        response, data = self._call("POST", "/Messages.json", ambiguous=True, data=form)
        status = response.status_code
        if 200 <= status < 300 and isinstance(data, dict) and data.get("sid"):
            return SubmitResult.ok(m.message_id, str(data["sid"]), str(data.get("status") or ""))
        if 200 <= status < 300:
            raise TransientError(
                Reason(
                    "gw_maybe_sent_spaced", reason="réponse de Twilio sans identifiant de message"
                ),
                raw=f"HTTP {status}",
                maybe_sent=True,
            )
        code = _code(data)
        if status == 404:
            raise PermanentError(
                Reason("gw_twilio_account_unknown", sid=self.account_sid),
                raw=str(code or "HTTP 404"),
            )
        if code in REFUSALS:
            state, reason = REFUSALS[code]
            return SubmitResult.refused(
                m.message_id, Reason("gw_twilio_refused", reason=reason), raw=str(code), state=state
            )
        detail = self._message(data) or f"HTTP {status}"
        return SubmitResult.refused(
            m.message_id,
            Reason("gw_twilio_refused_code", code=code, reason=detail)
            if code
            else Reason("gw_twilio_refused", reason=detail),
            raw=str(code or f"HTTP {status}"),
            state=S.REJECTED,
        )

    def statuses(self, provider_ids: Iterable[str]) -> list[StatusReport]:
        """Fetch each message; only those past « sent » (or with news) are listed."""
        reports = []
        for sid in provider_ids:
            response, data = self._call("GET", f"/Messages/{sid}.json")
            if response.status_code == 404:
                log.warning("Twilio does not know message %s", sid)
                continue
            if not (200 <= response.status_code < 300) or not isinstance(data, dict):
                log.warning("Twilio status of %s: HTTP %s", sid, response.status_code)
                continue
            report = report_of(data)
            if report is not None and report.state != S.SENT:
                reports.append(report)
        return reports

    def incoming(self, since: datetime | None = None, pages: int = 10) -> list[InboundSms]:
        """Replies customers sent to our number: `GET …/Messages.json?To=<our number>`, kept
        where `direction` is « inbound » (providers.md §3), from the day of `since`."""
        params: dict[str, str] = {"PageSize": "200"}
        if self.sender.startswith("+"):
            params["To"] = self.sender
        if since is not None:
            params["DateSent>"] = since.strftime("%Y-%m-%d")  # « DateSent>=YYYY-MM-DD »
        found: list[InboundSms] = []
        path: str | None = "/Messages.json"
        for _ in range(pages):
            if path is None:
                break
            response, data = self._call("GET", path, params=params)
            if not (200 <= response.status_code < 300) or not isinstance(data, dict):
                raise TransientError(
                    Reason("gw_replies_unreadable", status=response.status_code),
                    raw=f"HTTP {response.status_code}",
                )
            for item in data.get("messages") or []:
                if isinstance(item, dict) and item.get("direction") == "inbound":
                    found.append(
                        InboundSms(
                            str(item.get("sid") or ""),
                            str(item.get("from") or ""),
                            str(item.get("body") or ""),
                            _date(item.get("date_sent") or item.get("date_created")),
                        )
                    )
            following = data.get("next_page_uri")
            prefix = f"{API}/Accounts/{self.account_sid}"
            path = following[len(prefix) :] if following and following.startswith(prefix) else None
            params = {}
        return sorted(found, key=lambda m: (m.at or datetime.min, m.id))

    def read_callback(self, request: CallbackRequest) -> list[StatusReport] | None:
        """A status callback, once its signature is checked against the public URL."""
        given = request.headers.get("X-Twilio-Signature") or ""
        query = request.target.partition("?")[2]
        url = f"{self.callback_target}?{query}" if query else str(self.callback_target)
        expected = signature(self.auth_token, url, request.form)
        if not self.auth_token or not hmac.compare_digest(given, expected):
            raise CallbackRefused(f"Twilio signature invalid for {self.name}")
        form = request.form
        report = report_of(
            {
                "sid": form.get("MessageSid") or form.get("SmsSid"),
                "status": form.get("MessageStatus") or form.get("SmsStatus"),
                "error_code": form.get("ErrorCode"),
            }
        )
        return None if report is None else [report]

    def balance(self) -> Balance:
        response, data = self._call("GET", "/Balance.json")
        if response.status_code == 404 or not isinstance(data, dict):
            raise PermanentError(
                "solde indisponible chez Twilio (un sous-compte n'a pas de solde)",
                raw=f"HTTP {response.status_code}",
            )
        try:
            amount = float(data.get("balance"))
        except (TypeError, ValueError):
            raise PermanentError("réponse de Twilio illisible pour le solde") from None
        return Balance(amount, str(data.get("currency") or "USD").upper())

    def check(self) -> str:
        response, data = self._call("GET", ".json")
        if response.status_code == 404:
            raise PermanentError(Reason("gw_twilio_account_unknown", sid=self.account_sid))
        if not (200 <= response.status_code < 300) or not isinstance(data, dict):
            raise PermanentError(
                Reason(
                    "gw_twilio_unexpected",
                    status=response.status_code,
                    text=self.mask(excerpt(response.text)),
                )
            )
        name = self.mask(str(data.get("friendly_name") or self.account_sid))
        status = str(data.get("status") or "?")
        if status != "active":
            raise PermanentError(Reason("gw_twilio_inactive", account=name, status=status))
        return sentences(Reason("gw_twilio_ok", account=name), self.callback_note())

    def close(self) -> None:
        self.stop_callbacks()
        super().close()


def build(name: str, config: Mapping[str, Any], secret: SecretReader) -> TwilioGateway:
    token, error = read_secret(name, secret, "auth_token")
    return TwilioGateway(name, config, token, token_error=error)


__all__ = [
    "FIELDS",
    "STATES",
    "TwilioGateway",
    "build",
    "delivery_error",
    "report_of",
    "signature",
]
