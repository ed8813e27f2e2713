"""Vonage (Nexmo) SMS API: send, balance, and delivery reports pushed to a callback.

With a public callback address, each message carries `callback` (it wins over the account's
default DLR address) and the reports reach our listener (`CallbackReceiver`); without one,
Vonage sends them to the account's default address, if any, and messages stay « Envoyé ».

One recipient per request (`to` in E.164 without « + »). Vonage answers HTTP 200 both for
success and for its own errors: each `messages[]` element carries a `status` code, mapped here
onto a refusal of the number, a transient error (throttled, internal error) or a permanent one
(credentials, barred account, no credit). There is no status API: delivery reports arrive on a
callback, read by `parse_callback`. The API secret never reaches a log line or an error message
(it travels in the form, and in the query string of the balance request: `secrets.remember`
makes the log filter blank it out).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from ellipses_sms import sms
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
    CallbackRequest,
    callback_fields,
    check_callback_config,
)
from ellipses_sms.gateway.numbers import NumberRule, number_rule_fields
from ellipses_sms.gateway.rest import RestGateway, excerpt
from ellipses_sms.reasons import Reason, sentences
from ellipses_sms.states import MessageState as S

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://rest.nexmo.com"

FIELDS: list[Field] = [
    Field("api_key", "Clé d'API (API key)", required=True),
    Field("api_secret", "Secret d'API (API secret)", secret=True, required=True),
    Field(
        "sender",
        "Expéditeur (nom ou numéro)",
        kind="sender",
        help="Un nom de 11 lettres ou chiffres au plus, ou un numéro Vonage",
    ),
    Field("base_url", "Adresse de l'API", default=DEFAULT_BASE_URL, kind="url"),
    *callback_fields(),
    *number_rule_fields(),
    *credit_fields(),
]

check_config = check_callback_config

#: Send status codes that refuse the number: code → (state, French reason).
REFUSALS: dict[str, tuple[S, str]] = {
    "2": (S.REJECTED, "paramètre manquant"),
    "3": (S.REJECTED, "paramètre invalide"),
    "6": (S.REJECTED, "numéro non routable"),
    "7": (S.BLOCKED, "numéro bloqué (liste noire)"),
    "12": (S.REJECTED, "message trop long"),
    "29": (S.REJECTED, "destination non autorisée (compte de démonstration : numéro non inscrit)"),
    "33": (S.REJECTED, "numéro désactivé"),
}

#: Send status codes that stop the job: code → French reason.
PERMANENT: dict[str, str] = {
    "4": "identifiants refusés par Vonage : vérifiez la clé et le secret d'API",
    "8": "compte Vonage bloqué",
    "9": "crédit épuisé chez Vonage",
    "11": "compte Vonage non autorisé pour l'envoi HTTP",
    "14": "signature refusée par Vonage",
    "15": "expéditeur refusé par Vonage",
    # the request's own settings, the same for every message: sending the others cannot help
    "22": "code réseau refusé par Vonage (réglage du compte ou de la requête)",
    "23": "adresse de rappel des accusés refusée par Vonage (trop longue ou caractères "
    "interdits) : vérifiez l'adresse publique des accusés de réception",
    "32": "requête signée et secret d'API envoyés ensemble : Vonage refuse les deux à la fois "
    "(désactivez la signature des requêtes du compte ou ne l'utilisez pas ici)",
}

#: Send status codes worth trying again.
TRANSIENT: dict[str, str] = {
    "1": "Vonage demande de ralentir (trop de messages par seconde)",
    "5": "erreur interne de Vonage",
    "10": "trop de connexions simultanées à Vonage (Too Many Existing Binds)",
}

#: Seconds to wait before trying again, per transient code (the spec says « back-off and
#: retry » for 10: other connections of the account must end first).
TRANSIENT_WAIT: dict[str, float] = {"1": 1.0, "10": 30.0}

#: DLR `status` → our state.
DLR_STATES: dict[str, S] = {
    "delivered": S.DELIVERED,
    "expired": S.EXPIRED,
    "failed": S.FAILED,
    "rejected": S.REJECTED,
    "accepted": S.SENT,
    "buffered": S.SENT,
    "unknown": S.SENT,
}

#: DLR `err-code` → French reason.
DLR_ERRORS: dict[str, str] = {
    "1": "erreur inconnue",
    "2": "abonné absent (temporaire)",
    "3": "abonné absent (définitif)",
    "4": "appels bloqués par l'abonné",
    "5": "erreur de portabilité",
    "6": "rejeté par l'anti-spam",
    "7": "téléphone occupé",
    "8": "erreur réseau",
    "9": "le client s'est désabonné (STOP)",
    "10": "message refusé",
    "11": "non routable",
    "12": "destinataire injoignable",
    "13": "restriction d'âge de l'abonné",
    "14": "numéro bloqué par l'opérateur",
}


def _timestamp(params: Mapping[str, str]) -> datetime | None:
    value = params.get("message-timestamp") or ""
    for pattern in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S"):
        try:
            return datetime.strptime(value.strip()[:19], pattern).replace(tzinfo=UTC)
        except ValueError:
            continue
    scts = (params.get("scts") or "").strip()
    if len(scts) == 10 and scts.isdigit():
        try:
            return datetime.strptime(scts, "%y%m%d%H%M").replace(tzinfo=UTC)
        except ValueError:
            return None
    return None


def parse_callback(params: Mapping[str, str]) -> StatusReport | None:
    """A delivery report from Vonage's DLR callback parameters; None when it is not one."""
    message_id = (params.get("messageId") or params.get("message-id") or "").strip()
    status = (params.get("status") or "").strip().lower()
    if not message_id or status not in DLR_STATES:
        return None
    state = DLR_STATES[status]
    code = str(params.get("err-code") or "").strip()
    error = None
    if code and code != "0" and state != S.DELIVERED:
        error = DLR_ERRORS.get(code) or Reason("gw_vonage_error", code=code)
        if code == "9" and state in (S.FAILED, S.REJECTED):
            state = S.BLOCKED
    elif state in (S.FAILED, S.REJECTED):
        error = "non remis"
    elif state == S.EXPIRED:
        error = "délai de remise dépassé"
    raw = status if not code else f"{status} {code}"
    return StatusReport(message_id, state, raw, error, _timestamp(params))


class VonageGateway(CallbackReceiver, RestGateway):
    type = "vonage"
    label = "Vonage"
    max_recipients_per_request = 1
    can_poll_status = False
    has_balance = True

    def __init__(
        self,
        name: str,
        config: Mapping[str, Any],
        api_secret: str | None,
        *,
        secret_error: str | None = None,
        **kw: Any,
    ):
        super().__init__(
            name,
            str(config.get("base_url") or DEFAULT_BASE_URL),
            secret_values=(api_secret,),
            secret_error=secret_error,
            **kw,
        )
        self.api_key = str(config.get("api_key") or "").strip()
        self.api_secret = api_secret or ""
        self.sender = str(config.get("sender") or "").strip()
        self.number_rule = NumberRule.from_config(name, config)
        self.setup_callbacks(name, config, api_secret)

    def _credentials(self) -> dict[str, str]:
        if not self.api_key:
            raise PermanentError(Reason("gw_vonage_key_missing", provider=self.name))
        if not self.api_secret and not self.secret_error:
            raise PermanentError(Reason("gw_vonage_secret_missing", provider=self.name))
        return {"api_key": self.api_key, "api_secret": self.api_secret}

    def _unauthorized(self, status: int) -> None:
        if status in (401, 403):
            raise PermanentError(
                Reason("gw_vonage_credentials", provider=self.name, status=status),
                raw=f"HTTP {status}",
            )

    # -- the interface --------------------------------------------------------------------------

    def submit(self, batch: Sequence[OutgoingSms]) -> list[SubmitResult]:
        self.start_callbacks()
        return [self._submit_one(m) for m in batch]

    def _submit_one(self, m: OutgoingSms) -> SubmitResult:
        _, refused = self.precheck([m])
        if refused:
            return refused[m.message_id]
        sender = m.sender or self.sender
        if not sender:
            raise PermanentError(Reason("gw_vonage_sender_missing", provider=self.name))
        form = {
            **self._credentials(),
            "from": sender,
            "to": m.to.lstrip("+"),
            "text": m.text,
        }
        if sms.encoding_of(m.text) == sms.Encoding.UCS2:
            form["type"] = "unicode"
        if m.reference:
            form["client-ref"] = m.reference[:40]
        if self.callback_target:
            form["callback"] = self.callback_target
        response = self.request("POST", "/sms/json", ambiguous=True, data=form)
        self._unauthorized(response.status_code)
        data = self.json(response)
        parts = data.get("messages") if isinstance(data, dict) else None
        if not (200 <= response.status_code < 300) or not isinstance(parts, list) or not parts:
            raise TransientError(
                Reason(
                    "gw_vonage_unexpected",
                    status=response.status_code,
                    text=self.mask(excerpt(response.text)),
                ),
                raw=f"HTTP {response.status_code}",
                maybe_sent=True,
            )
        parts = [p for p in parts if isinstance(p, dict)]
        sent = [p for p in parts if str(p.get("status")) == "0"]
        errors = [p for p in parts if str(p.get("status")) != "0"]
        if not errors:
            return SubmitResult.ok(m.message_id, str(sent[0].get("message-id") or "") or None, "0")
        code = str(errors[0].get("status"))
        text = self.mask(excerpt(str(errors[0].get("error-text") or "")))

        def said(reason: str) -> str:  # the reason, with Vonage's own words if it gave some
            return Reason("gw_with_text", reason=reason, text=text) if text else reason

        if sent:  # some parts left: sending again would repeat them
            return SubmitResult.refused(
                m.message_id,
                said(Reason("gw_vonage_partial", code=code)),
                raw=code,
                state=S.FAILED,
            )
        if code in TRANSIENT:
            raise TransientError(
                said(TRANSIENT[code]), raw=code, retry_after=TRANSIENT_WAIT.get(code)
            )
        if code in PERMANENT:
            raise PermanentError(said(PERMANENT[code]), raw=code)
        state, reason = REFUSALS.get(code) or (S.REJECTED, Reason("gw_code", code=code))
        return SubmitResult.refused(
            m.message_id, Reason("gw_vonage_refused", reason=said(reason)), raw=code, state=state
        )

    def read_callback(self, request: CallbackRequest) -> list[StatusReport] | None:
        """A DLR posted as JSON, or sent as GET/POST parameters (the account may choose)."""
        data = request.json()
        params = (
            {k: "" if v is None else str(v) for k, v in data.items()}
            if isinstance(data, dict)
            else request.params
        )
        report = parse_callback(params)
        return None if report is None else [report]

    def read_replies(self, request: CallbackRequest) -> list[InboundSms] | None:
        """An inbound SMS posted to the number's webhook (`callback_url/TOKEN/mo`): `msisdn`
        (sender, no +), `to`, `messageId`, `text`, `message-timestamp` (UTC, « YYYY-MM-DD
        HH:MM:SS ») as GET/POST parameters or JSON (providers.md §4, Vonage's sms.yml)."""
        data = request.json()
        params = (
            {k: "" if v is None else str(v) for k, v in data.items()}
            if isinstance(data, dict)
            else request.params
        )
        sender = (params.get("msisdn") or "").strip()
        pid = (params.get("messageId") or "").strip()
        if not sender or not pid:
            return None
        at = None
        with contextlib.suppress(ValueError):
            at = datetime.strptime(params.get("message-timestamp") or "", "%Y-%m-%d %H:%M:%S")
        return [InboundSms(pid, "+" + sender.lstrip("+"), params.get("text") or "", at)]

    def balance(self) -> Balance:
        response = self.request("GET", "/account/get-balance", params=self._credentials())
        self._unauthorized(response.status_code)
        data = self.json(response)
        try:
            amount = float(data["value"])  # type: ignore[index]
        except (TypeError, KeyError, ValueError):
            raise PermanentError(
                Reason("gw_vonage_balance_unreadable", status=response.status_code)
            ) from None
        return Balance(amount, "EUR")

    def check(self) -> str:
        """The balance request checks the credentials without sending anything."""
        balance = self.balance()
        return sentences(
            Reason("gw_vonage_ok", amount=f"{balance.amount:.2f}", unit=balance.unit),
            self.callback_note(),
        )

    def close(self) -> None:
        self.stop_callbacks()
        super().close()


def build(name: str, config: Mapping[str, Any], secret: SecretReader) -> VonageGateway:
    api_secret, error = read_secret(name, secret, "api_secret")
    return VonageGateway(name, config, api_secret, secret_error=error)


__all__ = ["DLR_STATES", "FIELDS", "VonageGateway", "build", "parse_callback"]
