"""Infobip SMS API: send, status by polling the message logs or by callback, balance.

One request carries many recipients (`destinations[]` of one message, `POST
/sms/2/text/advanced`); Infobip picks the encoding (GSM-7 or UCS-2) and splits long texts
itself. Its answer gives each recipient a `messageId` and a status `{groupId, groupName, id,
name, description}`: group 5 (REJECTED) refuses that number, except the account-wide reasons
(no credit, sender refused) that stop the job. Delivery reports come by polling `GET
/sms/3/logs` (many `messageId` per request; the logs keep 48 hours) or, with a public callback
address, pushed as JSON to `notifyUrl` (`CallbackReceiver`). The API key (`Authorization: App
<key>`) never reaches a log line or an error message.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from ellipses_sms.gateway import config as fields
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
from ellipses_sms.states import MessageState as S

log = logging.getLogger(__name__)

SEND_PATH = "/sms/2/text/advanced"
LOGS_PATH = "/sms/3/logs"
INBOX_PATH = "/sms/1/inbox/reports"
BALANCE_PATH = "/account/1/balance"
LOGS_IDS_PER_REQUEST = 100  # messageId values per logs request (the logs answer 1000 at most)
#: « messageId: … May contain multiple comma-separated values. Maximum length 2048 characters. »
#: (infobip-api-python-client, `SmsApi.get_outbound_sms_message_logs`): the ids of one request,
#: joined by commas, stay within it.
LOGS_IDS_MAX_CHARS = 2048

FIELDS: list[Field] = [
    Field(
        "base_url",
        "Adresse de l'API (personnelle)",
        required=True,
        kind="url",
        help="https://xxxxx.api.infobip.com : votre adresse, affichée sur la page d'accueil "
        "du portail Infobip",
    ),
    Field(
        "api_key",
        "Clé d'API (API key)",
        secret=True,
        required=True,
        help="Créée dans le portail Infobip (Développeurs → Clés d'API)",
    ),
    Field(
        "sender",
        "Expéditeur (nom ou numéro)",
        kind="sender",
        help="Un nom de 11 lettres ou chiffres au plus, ou un numéro ; vide : celui du compte",
    ),
    Field("recipients_per_request", "Destinataires par requête", default="100", kind="int"),
    Field("rate_limit", "Messages par seconde (0 : sans limite)", default="0", kind="float"),
    *callback_fields(),
    *number_rule_fields(),
    *credit_fields(),
]

check_config = check_callback_config

# -- statuses -------------------------------------------------------------------------------------

PENDING, UNDELIVERABLE, DELIVERED, EXPIRED, REJECTED = 1, 2, 3, 4, 5

#: Status group → our state (DELIVERED_TO_OPERATOR, id 2, is not final: see `state_of`).
GROUP_STATES: dict[int, S] = {
    PENDING: S.SENT,
    UNDELIVERABLE: S.FAILED,
    DELIVERED: S.DELIVERED,
    EXPIRED: S.EXPIRED,
    REJECTED: S.REJECTED,
}
GROUP_IDS = {
    "PENDING": PENDING,
    "ACCEPTED": PENDING,
    "UNDELIVERABLE": UNDELIVERABLE,
    "DELIVERED": DELIVERED,
    "EXPIRED": EXPIRED,
    "REJECTED": REJECTED,
}
DELIVERED_TO_OPERATOR = 2
REJECTED_DND = 10  # the recipient refuses messages (do-not-disturb / opposition list)

#: Status id → French reason (for the states that are not a success).
REASONS: dict[int, str] = {
    4: "refusé par l'opérateur",
    9: "non remis au téléphone",
    15: "délai de remise dépassé (téléphone éteint ou hors réseau)",
    29: "délai dépassé sans accusé de l'opérateur",
    6: "réseau du destinataire non desservi",
    8: "indicatif du pays manquant",
    10: "le destinataire refuse les SMS (liste d'opposition)",
    11: "expéditeur refusé",
    12: "crédit épuisé chez Infobip",
    13: "nom d'expéditeur refusé",
    14: "destination bloquée",
    17: "forfait prépayé expiré",
    18: "destination non enregistrée sur le compte",
    19: "aucune route vers ce numéro",
    20: "bloqué par le filtre anti-flood",
    21: "erreur interne d'Infobip",
    23: "identifiant de message en double",
    24: "en-tête UDH invalide",
    25: "message trop long",
    51: "destinataire manquant",
    52: "numéro invalide",
}

#: Rejections at sending that concern the account, not the number: they stop the job.
ACCOUNT_REJECTIONS: frozenset[int] = frozenset({11, 12, 13, 17})


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _group(status: Mapping[str, Any]) -> int | None:
    group = _int(status.get("groupId"))
    if group is None:
        group = GROUP_IDS.get(str(status.get("groupName") or "").upper())
    return group


def state_of(status: Mapping[str, Any]) -> S:
    """Our state for an Infobip status object (unknown groups stay « sent »)."""
    group = _group(status)
    code = _int(status.get("id"))
    if group == DELIVERED and code == DELIVERED_TO_OPERATOR:
        return S.SENT  # reached the operator, not the phone yet
    if group == REJECTED and code == REJECTED_DND:
        return S.BLOCKED
    return GROUP_STATES.get(group, S.SENT) if group is not None else S.SENT


def reason_of(status: Mapping[str, Any], error: Mapping[str, Any] | None = None) -> str:
    """The French reason of a status that is not a success (with the error when it says more)."""
    code = _int(status.get("id"))
    reason = REASONS.get(code) if code is not None else None
    if reason is None:
        name = str(status.get("name") or status.get("groupName") or "inconnu")
        reason = f"statut Infobip {name}"
    if error and _int(error.get("id")) not in (None, 0):
        detail = str(error.get("name") or error.get("description") or error.get("id"))
        reason = f"{reason} ({detail})"
    return reason


def raw_of(status: Mapping[str, Any], error: Mapping[str, Any] | None = None) -> str:
    """The raw code kept with the message: status name (and error name when there is one)."""
    raw = str(status.get("name") or status.get("groupName") or status.get("id") or "?")
    if error and _int(error.get("id")) not in (None, 0):
        raw += f" {error.get('name') or error.get('id')}"
    return raw[:60]


def _date(value: Any) -> datetime | None:
    """`yyyy-MM-dd'T'HH:mm:ss.SSSZ` (e.g. 2026-11-23T10:15:00.000+0000) → naive UTC."""
    if not value:
        return None
    text = str(value).strip()
    for pattern in ("%Y-%m-%dT%H:%M:%S.%f%z", "%Y-%m-%dT%H:%M:%S%z"):
        try:
            when = datetime.strptime(text.replace("Z", "+0000"), pattern)
        except ValueError:
            continue
        return when.astimezone(UTC).replace(tzinfo=None)
    return None


def report_of(entry: Mapping[str, Any]) -> StatusReport | None:
    """A StatusReport from a delivery report (pushed) or a log entry (polled)."""
    message_id = str(entry.get("messageId") or "").strip()
    status = entry.get("status")
    if not message_id or not isinstance(status, dict):
        return None
    error = entry.get("error") if isinstance(entry.get("error"), dict) else None
    state = state_of(status)
    reason = None if state in (S.SENT, S.DELIVERED) else reason_of(status, error)
    return StatusReport(
        message_id,
        state,
        raw_of(status, error),
        reason,
        _date(entry.get("doneAt") or entry.get("sentAt")),
    )


def parse_callback(data: Any) -> list[StatusReport] | None:
    """The reports of one pushed request `{"results": [...]}`; None when it is not one."""
    results = data.get("results") if isinstance(data, dict) else None
    if not isinstance(results, list):
        return None
    reports = [report_of(r) for r in results if isinstance(r, dict)]
    return [r for r in reports if r is not None]


def id_chunks(provider_ids: Iterable[str]) -> list[list[str]]:
    """The ids in groups for the logs request: at most `LOGS_IDS_PER_REQUEST` each, and their
    comma-joined length at most `LOGS_IDS_MAX_CHARS` (an id longer than that goes alone)."""
    chunks: list[list[str]] = []
    current: list[str] = []
    size = 0
    for pid in dict.fromkeys(provider_ids):
        extra = len(pid) + (1 if current else 0)
        if current and (len(current) >= LOGS_IDS_PER_REQUEST or size + extra > LOGS_IDS_MAX_CHARS):
            chunks.append(current)
            current, size, extra = [], 0, len(pid)
        current.append(pid)
        size += extra
    if current:
        chunks.append(current)
    return chunks


def service_exception(data: Any) -> tuple[str, str, dict[str, Any]]:
    """(messageId, text, validationErrors) of an error body, old or new shape."""
    if isinstance(data, dict):
        request_error = data.get("requestError")
        if isinstance(request_error, dict):
            exc = request_error.get("serviceException") or request_error.get("policyException")
            if isinstance(exc, dict):
                errors = exc.get("validationErrors")
                return (
                    str(exc.get("messageId") or ""),
                    str(exc.get("text") or ""),
                    errors if isinstance(errors, dict) else {},
                )
        if "errorCode" in data or "description" in data:
            return str(data.get("errorCode") or ""), str(data.get("description") or ""), {}
    return "", "", {}


class InfobipGateway(CallbackReceiver, RestGateway):
    type = "infobip"
    label = "Infobip"
    can_poll_status = True
    has_balance = True

    def __init__(
        self,
        name: str,
        config: Mapping[str, Any],
        api_key: str | None,
        *,
        key_error: str | None = None,
        **kw: Any,
    ):
        super().__init__(
            name,
            str(config.get("base_url") or ""),
            secret_values=(api_key,),
            secret_error=key_error,
            **kw,
        )
        self.api_key = api_key or ""
        self.sender = str(config.get("sender") or "").strip()
        self.max_recipients_per_request = fields.integer(
            config, "recipients_per_request", 100, minimum=1
        )
        self.max_messages_per_second = fields.number(config, "rate_limit", 0.0, minimum=0)
        self.number_rule = NumberRule.from_config(name, config)
        self.setup_callbacks(name, config, api_key)

    # -- requests -------------------------------------------------------------------------------

    def _call(self, method: str, path: str, *, ambiguous: bool = False, **kw: Any):
        if not self.base_url:
            raise PermanentError(
                f"Adresse de l'API Infobip absente pour « {self.name} » "
                "(https://xxxxx.api.infobip.com, sur la page d'accueil du portail)"
            )
        if not self.api_key and not self.secret_error:
            raise PermanentError(
                f"Clé d'API Infobip absente pour « {self.name} » : saisissez-la dans les "
                "réglages (elle est gardée dans le trousseau système)."
            )
        headers = {"Authorization": f"App {self.api_key}", "Accept": "application/json"}
        response = self.request(method, path, ambiguous=ambiguous, headers=headers, **kw)
        data = self.json(response)
        status = response.status_code
        if status in (401, 403):
            code, text, _ = service_exception(data)
            detail = self.mask(excerpt(text)) if text else f"HTTP {status}"
            if status == 401:
                raise PermanentError(
                    f"clé d'API refusée par Infobip pour « {self.name} » ({detail}) : "
                    "vérifiez la clé et l'adresse de l'API",
                    raw=code or "HTTP 401",
                )
            raise PermanentError(
                f"accès refusé par Infobip pour « {self.name} » ({detail}) : la clé d'API "
                "n'a pas les droits nécessaires (SMS, compte)",
                raw=code or "HTTP 403",
            )
        if status == 404:
            raise PermanentError(
                f"adresse de l'API Infobip introuvable ({self.host()}) : vérifiez l'adresse "
                "personnelle https://xxxxx.api.infobip.com",
                raw="HTTP 404",
            )
        return response, data

    # -- sending --------------------------------------------------------------------------------

    def payload(self, batch: Sequence[OutgoingSms]) -> dict[str, Any]:
        """The JSON body of one request: one message, one destination per recipient."""
        first = batch[0]
        message: dict[str, Any] = {
            "destinations": [{"to": m.to.lstrip("+")} for m in batch],
            "text": first.text,
        }
        sender = first.sender or self.sender
        if sender:
            message["from"] = sender
        target = self.callback_target
        if target:
            message["notifyUrl"] = target
            message["notifyContentType"] = "application/json"
        return {"messages": [message]}

    def submit(self, batch: Sequence[OutgoingSms]) -> list[SubmitResult]:
        if not batch:
            return []
        fit, results = self.precheck(batch)
        if fit:
            self.start_callbacks()
            results.update((r.message_id, r) for r in self._send(fit))
        return [results[m.message_id] for m in batch]

    def _send(self, batch: Sequence[OutgoingSms], retried: bool = False) -> list[SubmitResult]:
        response, data = self._call("POST", SEND_PATH, ambiguous=True, json=self.payload(batch))
        status = response.status_code
        if status == 400:
            return self._bad_request(batch, data, retried)
        answers = data.get("messages") if isinstance(data, dict) else None
        if not (200 <= status < 300) or not isinstance(answers, list):
            raise TransientError(
                f"réponse inattendue d'Infobip (HTTP {status}) : "
                f"{self.mask(excerpt(response.text))} ; les messages ont pu partir",
                raw=f"HTTP {status}",
                maybe_sent=True,
            )
        by_number: dict[str, list[dict[str, Any]]] = {}
        for answer in answers:
            if isinstance(answer, dict):
                number = "".join(c for c in str(answer.get("to") or "") if c.isdigit())
                by_number.setdefault(number, []).append(answer)
        results = []
        account_refusals = []
        for m in batch:
            found = by_number.get(m.to.lstrip("+"))
            answer = found.pop(0) if found else None
            results.append(self._result(m, answer))
            if answer is not None:
                st = answer.get("status") if isinstance(answer.get("status"), dict) else {}
                if _group(st) == REJECTED and _int(st.get("id")) in ACCOUNT_REJECTIONS:
                    account_refusals.append(st)
        if account_refusals and len(account_refusals) == len(batch):
            st = account_refusals[0]
            raise PermanentError(f"Infobip refuse l'envoi : {reason_of(st)}", raw=raw_of(st))
        return results

    def _result(self, m: OutgoingSms, answer: Mapping[str, Any] | None) -> SubmitResult:
        if answer is None:
            return SubmitResult(
                m.message_id,
                False,
                error="Envoi incertain : Infobip n'a pas répondu pour ce numéro",
                state=S.UNCERTAIN,
            )
        status = answer.get("status") if isinstance(answer.get("status"), dict) else {}
        message_id = str(answer.get("messageId") or "") or None
        state = state_of(status)
        if state in (S.SENT, S.DELIVERED) and message_id:
            return SubmitResult.ok(m.message_id, message_id, raw_of(status))
        if state in (S.SENT, S.DELIVERED):
            return SubmitResult(
                m.message_id,
                False,
                raw_status=raw_of(status),
                error="Envoi incertain : Infobip n'a pas donné d'identifiant de message",
                state=S.UNCERTAIN,
            )
        return SubmitResult.refused(
            m.message_id,
            f"Refusé par Infobip : {reason_of(status)}",
            raw=raw_of(status),
            state=S.BLOCKED if state == S.BLOCKED else S.REJECTED,
        )

    def _bad_request(
        self, batch: Sequence[OutgoingSms], data: Any, retried: bool = False
    ) -> list[SubmitResult]:
        """HTTP 400 (nothing was sent): about some numbers → those are refused and the others
        sent again in one more request; about the settings (sender, text) → the job stops."""
        code, text, errors = service_exception(data)
        details = "; ".join(
            f"{key} : {', '.join(map(str, value)) if isinstance(value, list) else value}"
            for key, value in errors.items()
        )
        detail = self.mask(excerpt(details or text or "requête invalide"))
        if not any("destination" in key or key.endswith(".to") for key in errors):
            raise PermanentError(f"Infobip refuse la requête : {detail}", raw=code or "HTTP 400")
        bad = {
            int(found.group(1))
            for key in errors
            if (found := re.search(r"destinations\[(\d+)\]", key))
        }
        if retried or not bad or not bad < set(range(len(batch))):
            bad = set(range(len(batch)))  # which ones is unclear: the whole request is refused
        results = {
            batch[i].message_id: SubmitResult.refused(
                batch[i].message_id,
                f"Refusé par Infobip : {self.mask(excerpt(self._errors_of(errors, i) or detail))}",
                raw=code or "HTTP 400",
                state=S.REJECTED,
            )
            for i in bad
        }
        rest = [m for i, m in enumerate(batch) if i not in bad]
        if rest:
            for result in self._send(rest, retried=True):
                results[result.message_id] = result
        return [results[m.message_id] for m in batch]

    @staticmethod
    def _errors_of(errors: Mapping[str, Any], index: int) -> str:
        """The validation errors of one destination (« to : size must be… »)."""
        found = [
            f"{key.rsplit('.', 1)[-1]} : "
            f"{', '.join(map(str, value)) if isinstance(value, list) else value}"
            for key, value in errors.items()
            if f"destinations[{index}]" in key
        ]
        return "; ".join(found)

    # -- delivery reports -----------------------------------------------------------------------

    def statuses(self, provider_ids: Iterable[str]) -> list[StatusReport]:
        """Ask the message logs about these messages; only those past « sent » are listed."""
        reports = []
        for chunk in id_chunks(provider_ids):
            params = [("messageId", pid) for pid in chunk] + [("limit", str(len(chunk)))]
            response, data = self._call("GET", LOGS_PATH, params=params)
            results = data.get("results") if isinstance(data, dict) else None
            if not (200 <= response.status_code < 300) or not isinstance(results, list):
                log.warning("Infobip logs: HTTP %s", response.status_code)
                continue
            for entry in results:
                report = report_of(entry) if isinstance(entry, dict) else None
                if report is not None and report.state != S.SENT:
                    reports.append(report)
        return reports

    def incoming(self, since: datetime | None = None, rounds: int = 10) -> list[InboundSms]:
        """Replies customers sent: `GET /sms/1/inbox/reports?limit=1000` (providers.md §5:
        the last 48 hours, each message returned only once), while more are pending.
        `since` is not needed: Infobip never returns a message twice."""
        found: list[InboundSms] = []
        for _ in range(rounds):
            response, data = self._call("GET", INBOX_PATH, params={"limit": "1000"})
            results = data.get("results") if isinstance(data, dict) else None
            if not (200 <= response.status_code < 300) or not isinstance(results, list):
                raise TransientError(
                    f"réponses Infobip illisibles (HTTP {response.status_code})",
                    raw=f"HTTP {response.status_code}",
                )
            for entry in results:
                if not isinstance(entry, dict):
                    continue
                sender = str(entry.get("from") or "").strip()
                if sender.isdigit():
                    sender = "+" + sender
                text = entry.get("cleanText") or entry.get("text") or ""
                found.append(
                    InboundSms(
                        str(entry.get("messageId") or ""),
                        sender,
                        str(text),
                        _date(entry.get("receivedAt")),
                    )
                )
            if not _int(data.get("pendingMessageCount")):
                break
        return found

    def read_callback(self, request: CallbackRequest) -> list[StatusReport] | None:
        return parse_callback(request.json())

    # -- account --------------------------------------------------------------------------------

    def balance(self) -> Balance:
        response, data = self._call("GET", BALANCE_PATH)
        try:
            amount = float(data["balance"])  # type: ignore[index]
        except (TypeError, KeyError, ValueError):
            raise PermanentError(
                f"réponse d'Infobip illisible pour le solde (HTTP {response.status_code})"
            ) from None
        return Balance(amount, str(data.get("currency") or "EUR").upper())

    def check(self) -> str:
        """The balance request checks the address and the key without sending anything."""
        balance = self.balance()
        return (
            f"Connexion à Infobip réussie : crédit de {balance.amount:.2f} {balance.unit}."
            + self.callback_note()
        )

    def close(self) -> None:
        self.stop_callbacks()
        super().close()


def build(name: str, config: Mapping[str, Any], secret: SecretReader) -> InfobipGateway:
    api_key, error = read_secret(name, secret, "api_key")
    return InfobipGateway(name, config, api_key, key_error=error)


__all__ = [
    "FIELDS",
    "InfobipGateway",
    "build",
    "parse_callback",
    "report_of",
    "state_of",
]
