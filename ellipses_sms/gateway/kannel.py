"""Kannel, the open-source SMS gateway: a preset of the HTTP provider for its sendsms interface.

One request carries many recipients (Kannel's `to` takes numbers separated by spaces and gives
each its own SMS). Long texts are split by Kannel itself (its `sendsms-user` group needs
`max-messages` > 1 and `concatenation = true`); texts outside the GSM alphabet go as UCS-2
(`coding=2`, `charset=UTF-8`). Kannel answers no message id, so each recipient's id is ours: a
token of the request plus the number, carried in the `dlr-url` that Kannel calls back for every
delivery report (`dlr-mask=31`), received by `listener.ReportListener` and pushed to the
dispatcher through the report sink.
"""

from __future__ import annotations

import logging
import secrets as _random
from collections.abc import Mapping, Sequence
from typing import Any

import requests

from ellipses_sms import sms
from ellipses_sms.gateway.base import (
    Field,
    OutgoingSms,
    PermanentError,
    ReportSink,
    SecretReader,
    SubmitResult,
    TransientError,
)
from ellipses_sms.gateway.http import HttpGateway, excerpt, format_number, read_secret
from ellipses_sms.gateway.listener import ReportListener, kannel_provider_id, kannel_report
from ellipses_sms.states import MessageState

log = logging.getLogger(__name__)
S = MessageState

LINGER = 3.0  # on close, wait this long at most for the reports still on their way
DLR_MASK = 31  # delivered, failed, buffered, SMSC accepted, SMSC refused
DLR_QUERY = "ref={ref}&type=%d&to=%p&reply=%A&ts=%T"

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
        "recipients_per_request",
        "Destinataires par requête",
        default="50",
        kind="int",
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
        default="",
        kind="int",
        help="Vide : un port libre est choisi à chaque démarrage",
    ),
    Field("timeout", "Délai d'attente (secondes)", default="30", kind="float"),
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
        self.dlr_host = str(config.get("dlr_host") or "127.0.0.1").strip()
        port = str(config.get("dlr_port") or "").strip()
        self.dlr_port = int(port) if port.isdigit() else 0
        self.listener = ReportListener(kannel_report, None, self.dlr_host, self.dlr_port)

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

    def _start_listener(self) -> None:
        if self.listener.running:
            return
        try:
            self.listener.start()
        except OSError:
            if not self.listener.port:
                raise
            log.warning(
                "port %s busy for delivery reports; a free port is used instead",
                self.listener.port,
            )
            self.listener.port = 0
            self.listener.start()

    def dlr_url(self, ref: str) -> str:
        return f"{self.listener.url}?{DLR_QUERY.format(ref=ref)}"

    # -- sending ------------------------------------------------------------------------------

    def _require_password(self) -> None:
        if self.password_error:
            raise PermanentError(self.password_error)
        if not self.password:
            raise PermanentError(
                f"Mot de passe Kannel du fournisseur « {self.name} » absent : saisissez-le dans "
                "les réglages (il est gardé dans le trousseau système)."
            )

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
        if not batch:
            return []
        self._require_password()
        try:
            self._start_listener()
        except OSError as exc:
            raise PermanentError(str(exc)) from None
        ref = _random.token_hex(6)
        request = {"method": "GET", "url": self.url, "params": self.params(batch, ref)}
        self.listener.touch()
        response = self.send(request, ambiguous_5xx=len(batch) > 1)
        self.listener.touch()
        return self.parse_kannel(batch, response, ref)

    def raise_for_status(self, response: requests.Response, *, ambiguous_5xx: bool = False) -> None:
        status = response.status_code
        text = response.text or ""
        if status == 403 and "Authorization failed" not in text:
            return  # « Not routable. Do not try again. »: a refusal of these numbers
        if status == 500 and ambiguous_5xx:
            # « Sending failed. » after some recipients of the request may have gone
            raise TransientError(
                "Kannel n'a pas pu transmettre tous les messages ; certains ont pu partir",
                raw="HTTP 500",
                maybe_sent=True,
            )
        super().raise_for_status(response, ambiguous_5xx=False)

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
                reason = f"{french} (Kannel : {self._mask(excerpt(text, 80))})"
                break
        else:
            reason = f"Refusé par Kannel : {reason}"
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
            try:
                self._start_listener()
                listening = (
                    f" Accusés de réception attendus sur {self.listener.host}:{self.listener.port}."
                )
            except OSError as exc:
                listening = f" Attention : {exc}."
            return f"Connexion réussie : Kannel a accepté les identifiants.{listening}"
        raise PermanentError(
            f"Réponse inattendue de Kannel (HTTP {response.status_code}) : "
            f"{self._mask(excerpt(text))}"
        )

    def close(self) -> None:
        self.listener.stop(linger=LINGER)
        super().close()


def build(name: str, config: Mapping[str, Any], secret: SecretReader) -> KannelGateway:
    password, error = read_secret(name, secret, "password")
    return KannelGateway(name, config, password, password_error=error)
