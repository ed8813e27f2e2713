"""Kannel, the open-source SMS gateway: a preset of the HTTP provider for its sendsms interface.

One recipient per request by default. Why: in its default mode (`immediate-sendsms-reply =
false`) smsbox answers the HTTP request when bearerbox acknowledges the *first* recipient's
message only (gw/smsbox.c, `delayed_http_reply`: the acknowledgements of the others find « No
client - multi-send »), so a `503 Temporal failure` or a `403 Not routable` describes one
recipient, not the request, and a number denied by a black list is not reported at all. With
one recipient, each answer is that recipient's: 503 « Temporal failure » and 500 « Sending
failed » are bearerbox's own « not queued » (gw/bb_boxc.c destroys the message), safe to send
again; any other 5xx (a proxy's 502) is ambiguous. When smsbox has `immediate-sendsms-reply =
true`, the reply comes after every recipient was handed to bearerbox and lists « Denied
receivers are: … »: only then may one request carry many recipients (`immediate_reply`).

Long texts are split by Kannel itself (its `sendsms-user` group needs `max-messages` > 1 and
`concatenation = true`) and cut *silently* at `max-messages` parts: the `max_parts` setting
says that number and a longer text is refused before anything is sent. Texts outside the GSM
alphabet go as UCS-2 (`coding=2`, `charset=UTF-8`). Kannel answers no message id, so each
recipient's id is ours: a token of the request plus the number, carried in the `dlr-url` that
Kannel calls back for every delivery report (`dlr-mask=31`), received by
`listener.ReportListener` on a fixed port with a path token derived from the password (both
survive a restart of the application) and pushed to the dispatcher through the report sink.
"""

from __future__ import annotations

import logging
import secrets as _random
import urllib.parse
from collections.abc import Mapping, Sequence
from typing import Any

import requests

from ellipses_sms import sms
from ellipses_sms.gateway import config as fields
from ellipses_sms.gateway.base import (
    Field,
    GatewayError,
    OutgoingSms,
    PermanentError,
    ReportSink,
    SecretReader,
    SubmitResult,
)
from ellipses_sms.gateway.http import HttpGateway, excerpt, format_number, read_secret
from ellipses_sms.gateway.listener import (
    ReportListener,
    callback_token,
    kannel_provider_id,
    kannel_replies,
    kannel_report,
)
from ellipses_sms.gateway.numbers import number_rule_fields
from ellipses_sms.reasons import Reason, sentences
from ellipses_sms.states import MessageState

log = logging.getLogger(__name__)
S = MessageState

LINGER = 3.0  # on close, wait this long at most for the reports still on their way
DLR_MASK = 31  # delivered, failed, buffered, SMSC accepted, SMSC refused
DLR_QUERY = "ref={ref}&type=%d&to=%p&reply=%A&ts=%T"
#: The listener's port when none is set: fixed, so that Kannel's reports of messages sent before
#: a restart find the application again (« 0 » asks for a free port at each start).
DEFAULT_DLR_PORT = 13080
#: Kannel's `max-messages` as the README advises it (Kannel's own default is 1).
DEFAULT_MAX_PARTS = 10

FIELDS: list[Field] = [
    Field(
        "url",
        "Adresse sendsms de Kannel",
        required=True,
        kind="url",
        default="http://127.0.0.1:13013/cgi-bin/sendsms",
        help="Le port sendsms-port du groupe smsbox, chemin /cgi-bin/sendsms",
    ),
    Field("username", "Utilisateur (groupe sendsms-user)", required=True),
    Field("password", "Mot de passe", secret=True, required=True),
    Field("sender", "Nom d'expéditeur", kind="sender"),
    Field(
        "max_parts",
        "SMS au plus par message (max-messages de Kannel)",
        default=str(DEFAULT_MAX_PARTS),
        kind="int",
        help="La valeur max-messages du groupe sendsms-user (Kannel coupe au-delà sans le dire "
        "et vaut 1 si elle est absente) ; un texte plus long est refusé avant l'envoi",
    ),
    Field(
        "immediate_reply",
        "smsbox a immediate-sendsms-reply = true",
        default="no",
        kind="choice",
        choices=("no", "yes"),
        help="yes seulement si le groupe smsbox de Kannel a immediate-sendsms-reply = true : "
        "alors une requête peut porter plusieurs destinataires ; sinon un par requête",
    ),
    Field(
        "recipients_per_request",
        "Destinataires par requête (avec immediate-sendsms-reply)",
        default="50",
        kind="int",
        help="Sans immediate-sendsms-reply, toujours 1 : Kannel ne répond alors que pour le "
        "premier destinataire",
    ),
    Field("rate_limit", "Messages par seconde (0 : sans limite)", default="0", kind="float"),
    Field(
        "dlr_host",
        "Adresse d'écoute des accusés de réception",
        default="127.0.0.1",
        kind="host",
        help="Celle où Kannel peut joindre ce poste ; 127.0.0.1 si Kannel tourne ici",
    ),
    Field(
        "dlr_port",
        "Port d'écoute des accusés de réception",
        default=str(DEFAULT_DLR_PORT),
        kind="int",
        help=f"Fixe ({DEFAULT_DLR_PORT} si vide), pour que les accusés des messages envoyés "
        "avant un redémarrage arrivent encore ; 0 : un port libre à chaque démarrage (ces "
        "accusés-là sont alors perdus)",
    ),
    Field("timeout", "Délai d'attente (secondes)", default="30", kind="float"),
    *number_rule_fields(),
]

#: Kannel's own answers (smsbox.c) → a French reason.
KNOWN_REFUSALS = {
    "Number(s) has/have been denied": "Numéro refusé par Kannel (liste blanche ou noire)",
    "Not routable": "Aucune route vers ce numéro chez Kannel",
    "Missing receiver": "Destinataire manquant",
    "Sender missing": "Nom d'expéditeur manquant et aucun expéditeur par défaut dans Kannel",
    "Text field misformed": "Texte refusé par Kannel",
    "Coding field misformed": "Codage refusé par Kannel",
}


class KannelGateway(HttpGateway):
    """Kannel's `GET /cgi-bin/sendsms`, with delivery reports through our listener."""

    type = "kannel"

    def __init__(
        self,
        name: str,
        config: Mapping[str, Any],
        password: str | None = None,
        *,
        password_error: str | None = None,
        session: requests.Session | None = None,
    ):
        config = dict(config)
        config.setdefault("recipients_per_request", "50")
        config["method"] = "GET"
        super().__init__(name, config, password, password_error=password_error, session=session)
        self.immediate_reply = fields.flag(config, "immediate_reply")
        if not self.immediate_reply:
            self.max_recipients_per_request = 1
        self.max_parts = fields.integer(config, "max_parts", DEFAULT_MAX_PARTS, minimum=1)
        self.dlr_host = str(config.get("dlr_host") or "127.0.0.1").strip()
        self.dlr_port = fields.integer(config, "dlr_port", DEFAULT_DLR_PORT, minimum=0)
        self.listener = ReportListener(
            kannel_report,
            None,
            self.dlr_host,
            self.dlr_port,
            token=callback_token(password, f"kannel/{name}"),
        )
        #: True when the fixed port was busy and a free one is used instead.
        self.listener_moved = False

    @property
    def label(self) -> str:
        return Reason("gw_label_kannel", name=self.name)

    # -- reports ------------------------------------------------------------------------------

    def set_report_sink(self, sink: ReportSink | None) -> None:
        super().set_report_sink(sink)
        self.listener.sink = sink
        if sink is not None and self.dlr_port:
            # a fixed port: listen at once, for reports of messages sent before a restart
            try:
                self._start_listener()
            except OSError as exc:
                log.warning("%s", exc)

    def set_reply_sink(self, sink) -> None:
        """Customers' replies come through an `sms-service` whose `get-url` is `mo_url`."""
        super().set_reply_sink(sink)
        self.listener.mo_read = kannel_replies
        self.listener.mo_sink = sink

    @property
    def mo_url(self) -> str:
        """For Kannel's `sms-service` (`get-url`, with `max-messages = 0`): the listener's
        reply address and the escapes it reads."""
        return f"{self.listener.mo_url}?from=%p&to=%P&text=%a&ts=%T&id=%I"

    def _start_listener(self) -> None:
        if self.listener.running:
            return
        try:
            self.listener.start()
        except OSError:
            if not self.listener.port:
                raise
            log.warning(
                "port %s busy for delivery reports; a free port is used instead (the reports "
                "of messages sent before a restart will not arrive)",
                self.listener.port,
            )
            self.listener.port = 0
            self.listener.start()
            self.listener_moved = True

    def dlr_url(self, ref: str) -> str:
        return f"{self.listener.url}?{DLR_QUERY.format(ref=ref)}"

    # -- sending ------------------------------------------------------------------------------

    def _require_password(self) -> None:
        if self.password_error:
            raise PermanentError(self.password_error)
        if not self.password:
            raise PermanentError(Reason("gw_kannel_password_missing", provider=self.name))

    def params(self, batch: Sequence[OutgoingSms], ref: str) -> dict[str, str]:
        first = batch[0]
        params = {
            "username": self.username,
            "password": self.password or "",
            "to": " ".join(format_number(m.to, self.number_format) for m in batch),
            "text": first.text,
            "charset": "UTF-8",
            "dlr-mask": str(DLR_MASK),
            "dlr-url": self.dlr_url(ref),
        }
        sender = first.sender or self.sender
        if sender:
            params["from"] = sender
        if sms.analyze(first.text).encoding == sms.Encoding.UCS2:
            params["coding"] = "2"
        return params

    def submit(self, batch: Sequence[OutgoingSms]) -> list[SubmitResult]:
        """One request per recipient (several only with `immediate_reply`); a text longer
        than `max_parts` is refused before anything is sent."""
        if not batch:
            return []
        self._require_password()
        fit, results = self.precheck(batch)
        if fit:
            try:
                self._start_listener()
            except OSError as exc:
                raise PermanentError(str(exc)) from None
        size = self.max_recipients_per_request
        groups = [fit[i : i + size] for i in range(0, len(fit), size)]
        for index, group in enumerate(groups):
            try:
                answers = self._request(group)
            except GatewayError as exc:
                if index == 0 and not results:
                    raise  # nothing went out: the whole batch shares the error
                results.update(self._after_failure(groups[index:], exc))
                break
            results.update((r.message_id, r) for r in answers)
        return [results[m.message_id] for m in batch]

    def _request(self, group: Sequence[OutgoingSms]) -> list[SubmitResult]:
        ref = _random.token_hex(6)
        request = {"method": "GET", "url": self.url, "params": self.params(group, ref)}
        self.listener.touch()
        response = self.send(request, ambiguous_5xx=True)
        self.listener.touch()
        return self.parse_kannel(group, response, ref)

    @staticmethod
    def _after_failure(
        groups: Sequence[Sequence[OutgoingSms]], exc: GatewayError
    ) -> dict[int, SubmitResult]:
        """Once some messages of the batch went out, a failure is told per message: the failed
        request's messages are uncertain (maybe sent) or to try again, the rest not sent."""
        results: dict[int, SubmitResult] = {}
        for index, group in enumerate(groups):
            for m in group:
                if index == 0 and exc.maybe_sent:
                    results[m.message_id] = SubmitResult(
                        m.message_id,
                        False,
                        raw_status=exc.raw,
                        error=Reason("gw_uncertain", reason=exc.message),
                        state=S.UNCERTAIN,
                    )
                else:
                    results[m.message_id] = SubmitResult.refused(
                        m.message_id,
                        Reason("gw_not_sent", reason=exc.message),
                        transient=True,
                        raw=exc.raw,
                    )
        return results

    def raise_for_status(self, response: requests.Response, *, ambiguous_5xx: bool = False) -> None:
        status = response.status_code
        text = response.text or ""
        if status == 403 and "Authorization failed" not in text:
            return  # « Not routable. Do not try again. »: a refusal of this number
        super().raise_for_status(response, ambiguous_5xx=ambiguous_5xx)

    def server_error_not_sent(self, response: requests.Response) -> bool:
        """Kannel's own 503 « Temporal failure » and 500 « Sending failed » for one recipient:
        bearerbox did not queue it (gw/bb_boxc.c `deliver_sms_to_queue` destroys the message on
        `ack_failed_tmp`; gw/smsbox.c answers 500 when the message could not be written to
        bearerbox). For several recipients, or another body (a proxy's), it is ambiguous."""
        text = (response.text or "").strip()
        own = (response.status_code == 503 and text.startswith("Temporal failure")) or (
            response.status_code == 500 and text.startswith("Sending failed")
        )
        return own and _recipients(response) == 1

    def parse_kannel(
        self, batch: Sequence[OutgoingSms], response: requests.Response, ref: str
    ) -> list[SubmitResult]:
        status = response.status_code
        text = (response.text or "").strip()
        numbers = [format_number(m.to, self.number_format) for m in batch]
        if 200 <= status < 300:
            raw = text.split(":", 1)[0].strip() if ":" in text[:4] else excerpt(text, 40)
            denied: set[str] = set()
            if "Denied receivers are:" in text:
                tail = text.split("Denied receivers are:", 1)[1]
                tail = tail.split("Message splits:", 1)[0]
                denied = set(tail.split())
            results = []
            for m, number in zip(batch, numbers, strict=True):
                if number in denied:
                    results.append(
                        SubmitResult.refused(
                            m.message_id,
                            KNOWN_REFUSALS["Number(s) has/have been denied"],
                            raw=raw,
                            state=S.REJECTED,
                        )
                    )
                else:
                    pid = kannel_provider_id(ref, number)
                    results.append(SubmitResult.ok(m.message_id, pid, raw))
            return results
        reason = self._mask(excerpt(text)) or f"HTTP {status}"
        for key, french in KNOWN_REFUSALS.items():
            if key in text:
                reason = Reason(
                    "gw_kannel_known", reason=french, text=self._mask(excerpt(text, 80))
                )
                break
        else:
            reason = Reason("gw_kannel_refused", reason=reason)
        return [
            SubmitResult.refused(m.message_id, reason, raw=f"HTTP {status}", state=S.REJECTED)
            for m in batch
        ]

    def check(self) -> str:
        """Ask Kannel with our credentials and no recipient: nothing is sent."""
        self._require_password()
        request = {
            "method": "GET",
            "url": self.url,
            "params": {"username": self.username, "password": self.password or ""},
        }
        response = self.send(request)
        text = response.text or ""
        if "Missing receiver" in text or response.status_code in (200, 202, 400):
            said = ["Connexion réussie : Kannel a accepté les identifiants."]
            try:
                self._start_listener()
                where = f"{self.listener.host}:{self.listener.port}"
                said.append(" " + Reason("gw_kannel_reports_at", local=where))
                if self.listener_moved:
                    said.append(" " + Reason("gw_kannel_port_busy", port=self.dlr_port))
                elif not self.dlr_port:
                    said.append(
                        " Port choisi au démarrage : les accusés des messages envoyés avant un "
                        "redémarrage n'arriveront pas (fixez dlr_port)."
                    )
                said.append(" " + Reason("gw_kannel_replies_url", url=self.mo_url))
            except OSError as exc:
                said[1:] = [" " + Reason("gw_warning", reason=str(exc))]
            return sentences(*said)
        raise PermanentError(
            Reason(
                "gw_kannel_unexpected", status=response.status_code, text=self._mask(excerpt(text))
            )
        )

    def close(self) -> None:
        self.listener.stop(linger=LINGER)
        super().close()


def _recipients(response: requests.Response) -> int:
    """How many recipients the request of this answer carried (Kannel's `to`)."""
    url = response.request.url if response.request is not None else ""
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(url or "").query)
    return len(" ".join(query.get("to", [""])).split())


def build(name: str, config: Mapping[str, Any], secret: SecretReader) -> KannelGateway:
    password, error = read_secret(name, secret, "password")
    return KannelGateway(name, config, password, password_error=error)
