"""OVHcloud SMS (api.ovh.com v1) through the `ovh` package: signed requests, many receivers per job.

`POST /sms/{service}/jobs` carries one text to many receivers and answers which receivers were
valid (with one OVH id each) and which were not (refused here with a French reason). Each request
gets a tag derived from our first message id; the tag and the receivers are written to a small
journal *before* the request, so that after a crash or a lost answer `lookup()` can ask OVH's
outgoing list what it received. Delivery states come by polling `outgoing` (ptt and delivery
receipt codes, kept as the raw status). Credits left, incoming messages and the STOP blacklist
are read from the same API. The application secret and consumer key never reach a log line or
an error message.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import ovh
import ovh.exceptions as ovherr
import requests

from ellipses_sms import phone, secrets
from ellipses_sms.gateway import config as fields
from ellipses_sms.gateway import transport
from ellipses_sms.gateway.base import (
    Balance,
    Field,
    Gateway,
    GatewayError,
    LookupResult,
    OutgoingSms,
    PermanentError,
    SecretReader,
    StatusReport,
    SubmitResult,
    TransientError,
)
from ellipses_sms.gateway.config import credit_fields
from ellipses_sms.gateway.http import read_secret
from ellipses_sms.gateway.numbers import NumberRule, number_rule_fields
from ellipses_sms.gateway.transport import excerpt, retry_after
from ellipses_sms.states import MessageState as S

log = logging.getLogger(__name__)

DEFAULT_ENDPOINT = "ovh-eu"
#: The tag OVH keeps with a job (its http2sms interface limits tags to 20 characters).
TAG_MAX = 20
#: Messages whose state is fetched one by one; above, the outgoing list is filtered by code.
DETAIL_MAX = 10
#: How far back the outgoing list is searched for final delivery receipts.
STATUS_WINDOW = timedelta(days=7)
#: Journal entries older than this are forgotten (a crash is looked up within days).
JOURNAL_DAYS = 14

#: The priority as the settings show it → OVH's value.
PRIORITIES: dict[str, str] = {
    "haute": "high",
    "moyenne": "medium",
    "basse": "low",
    "très basse": "veryLow",
}

FIELDS: list[Field] = [
    Field(
        "endpoint",
        "Point d'accès de l'API",
        default=DEFAULT_ENDPOINT,
        help="ovh-eu (Europe), ovh-ca (Canada), ovh-us (États-Unis), ou une adresse https://…/1.0",
    ),
    Field("application_key", "Clé d'application (Application Key)", required=True),
    Field(
        "application_secret",
        "Secret d'application (Application Secret)",
        secret=True,
        required=True,
    ),
    Field(
        "consumer_key",
        "Clé client (Consumer Key)",
        secret=True,
        required=True,
        help="Créée avec les droits GET et POST sur /sms/*",
    ),
    Field(
        "service_name",
        "Compte SMS (sms-xx11111-1)",
        help="Vide : le seul compte SMS du compte OVHcloud est utilisé",
    ),
    Field(
        "sender",
        "Expéditeur",
        kind="sender",
        help="Un expéditeur validé chez OVHcloud ; vide : un numéro court qui permet de répondre",
    ),
    Field(
        "no_stop_clause",
        "Sans mention STOP (hors publicité)",
        default="non",
        kind="choice",
        choices=("non", "oui"),
        help="« oui » : les notifications (commande arrivée…) partent sans « STOP 36111 », à "
        "toute heure ; les envois publicitaires ont toujours la mention STOP des réglages",
    ),
    Field(
        "priority",
        "Priorité",
        default="haute",
        kind="choice",
        choices=tuple(PRIORITIES),
    ),
    Field("recipients_per_request", "Destinataires par requête", default="50", kind="int"),
    Field("rate_limit", "Messages par seconde (0 : sans limite)", default="0", kind="float"),
    Field("timeout", "Délai d'attente (secondes)", default="30", kind="float"),
    *number_rule_fields(),
    *credit_fields(),
]

#: Delivery receipt codes (`deliveryReceipt`, the callback's `description`) → our state.
DLR_STATES: dict[int, S] = {
    0: S.SENT,
    1: S.DELIVERED,
    2: S.FAILED,
    4: S.SENT,
    8: S.SENT,
    16: S.REJECTED,
}

#: ptt codes (« Code representing SMS state ») → our state and a French reason.
PTT: dict[int, tuple[S, str]] = {
    1: (S.SENT, "nouvel essai en cours (téléphone)"),
    2: (S.SENT, "pas encore remis (opérateur), nouvel essai en cours"),
    3: (S.SENT, "accepté par l'opérateur"),
    4: (S.DELIVERED, "remis"),
    5: (S.FAILED, "non remis"),
    6: (S.SENT, "pas de statut final de l'opérateur"),
    8: (S.EXPIRED, "délai de remise dépassé"),
    20: (S.FAILED, "message impossible à remettre sous cette forme"),
    21: (S.EXPIRED, "délai dépassé (crédit)"),
    23: (S.REJECTED, "numéro invalide, bloqué ou interdit"),
    24: (S.FAILED, "abonné absent"),
    25: (S.FAILED, "erreur réseau temporaire"),
    26: (S.FAILED, "erreur temporaire du téléphone"),
    27: (S.FAILED, "téléphone incompatible"),
    28: (S.REJECTED, "soupçon de spam"),
    29: (S.REJECTED, "contenu non autorisé"),
    33: (S.REJECTED, "contrôle parental"),
    39: (S.FAILED, "échec chez le nouvel opérateur"),
    73: (S.FAILED, "numéro porté injoignable"),
    74: (S.FAILED, "numéro en itinérance"),
    76: (S.REJECTED, "numéro porté bloqué pour ce client"),
    202: (S.REJECTED, "numéro porté bloqué pour ce client"),
    1999: (S.REJECTED, "envoi aux États-Unis sans modèle approuvé"),
}

#: Final states whose reason is shown to the clerk.
_FAILED = (S.FAILED, S.EXPIRED, S.REJECTED, S.BLOCKED)


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _date(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        when = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def e164(number: str) -> str:
    """A receiver as OVH writes it (+33…, 0033…, 06…) → E.164, to match our own numbers."""
    text = str(number or "").strip()
    digits = "".join(c for c in text if c.isdigit())
    if text.startswith("+"):
        return "+" + digits
    if digits.startswith("00"):
        return "+" + digits[2:]
    parsed = phone.parse(text, "FR")
    return parsed.e164 if parsed.valid and parsed.e164 else text


def raw_of(ptt: Any, dlr: Any) -> str:
    """The raw codes as kept beside the state: « ptt=4 dlr=1 »."""
    parts = []
    if ptt not in (None, ""):
        parts.append(f"ptt={ptt}")
    if dlr not in (None, ""):
        parts.append(f"dlr={dlr}")
    return " ".join(parts)


def state_of(ptt: Any, dlr: Any) -> tuple[S, str | None]:
    """Our state and the French reason from an outgoing SMS's ptt and delivery receipt codes.

    A final delivery receipt wins (delivered, failed, error); the ptt then tells why. A pending
    receipt with a final ptt (expired in the SMSC…) is final too.
    """
    ptt_n, dlr_n = _int(ptt), _int(dlr)
    by_ptt = PTT.get(ptt_n) if ptt_n is not None else None
    if dlr_n == 1 or ptt_n == 4:
        return S.DELIVERED, None
    if dlr_n in (2, 16):
        state = DLR_STATES[dlr_n]
        if by_ptt and by_ptt[0] in _FAILED:
            return by_ptt[0], by_ptt[1]
        reason = by_ptt[1] if by_ptt else (f"code OVH {ptt_n}" if ptt_n else "non remis")
        if dlr_n == 16 and not by_ptt:
            reason = "erreur de l'opérateur (non facturé)"
        return state, reason
    if by_ptt and by_ptt[0] in _FAILED:
        return by_ptt
    return S.SENT, None


def report_of(data: Mapping[str, Any]) -> StatusReport | None:
    """A StatusReport from an `sms.Outgoing` resource."""
    pid = data.get("id")
    if pid in (None, ""):
        return None
    ptt, dlr = data.get("ptt"), data.get("deliveryReceipt")
    state, reason = state_of(ptt, dlr)
    at = _date(data.get("deliveredAt")) or _date(data.get("sentAt"))
    return StatusReport(str(pid), state, raw_of(ptt, dlr) or None, reason, at)


def parse_callback(params: Mapping[str, str]) -> StatusReport | None:
    """A delivery report from OVH's status callback (`id`, `ptt`, `description` = DLR id)."""
    pid = (params.get("id") or "").strip()
    if not pid:
        return None
    ptt, dlr = params.get("ptt"), params.get("description")
    if _int(ptt) is None and _int(dlr) is None:
        return None
    state, reason = state_of(ptt, dlr)
    return StatusReport(pid, state, raw_of(ptt, dlr) or None, reason, _date(params.get("date")))


@dataclass(frozen=True, slots=True)
class IncomingSms:
    """A message a customer sent back (replies to a short code, or STOP)."""

    id: str
    sender: str  # E.164 when it can be read
    text: str
    at: datetime | None = None
    tag: str = ""


def check_config(values: Mapping[str, str]) -> list[str]:
    """Rules `providers.validate` applies once each field is fine (French problems)."""
    problems = []
    endpoint = str(values.get("endpoint") or DEFAULT_ENDPOINT).strip()
    if endpoint not in ovh.client.ENDPOINTS:
        parts = urllib.parse.urlsplit(endpoint)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            names = ", ".join(ovh.client.ENDPOINTS)
            problems.append(
                f"Point d'accès de l'API (endpoint) : « {endpoint} » inconnu "
                f"({names}, ou une adresse https://…/1.0)"
            )
    service = str(values.get("service_name") or "").strip()
    if service and not all(c.isalnum() or c in "-_." for c in service):
        problems.append(f"Compte SMS (service_name) : « {service} » n'a pas la forme sms-xx11111-1")
    return problems


# -- the journal of tags ------------------------------------------------------------------------


class TagJournal:
    """Which of our references went out in which tagged request, kept *before* each request.

    A small SQLite file: after a crash (or a lost answer) `lookup()` knows the tag and receiver
    of each reference, and asks OVH for that tag's outgoing messages.
    """

    def __init__(self, path: Path | Callable[[], Path]):
        self._path = path  # a callable: resolved on first use (building a gateway writes nothing)
        self._lock = threading.Lock()
        self._ready = False

    @property
    def path(self) -> Path:
        return Path(self._path() if callable(self._path) else self._path)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=10)
        if not self._ready:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS sent (gateway TEXT NOT NULL, reference TEXT NOT NULL, "
                "tag TEXT NOT NULL, receiver TEXT NOT NULL, at REAL NOT NULL, "
                "PRIMARY KEY (gateway, reference, tag))"
            )
            conn.execute("DELETE FROM sent WHERE at < ?", (time.time() - JOURNAL_DAYS * 86400,))
            conn.commit()
            self._ready = True
        return conn

    def record(self, gateway: str, tag: str, items: Iterable[tuple[str, str]]) -> None:
        """Note (reference, receiver) pairs of one tagged request; committed on return."""
        now = time.time()
        rows = [(gateway, ref, tag, to, now) for ref, to in items if ref]
        with self._lock:
            conn = self._connect()
            try:
                with conn:
                    conn.executemany("INSERT OR REPLACE INTO sent VALUES (?, ?, ?, ?, ?)", rows)
            finally:
                conn.close()

    def find(
        self, gateway: str, references: Iterable[str]
    ) -> dict[str, list[tuple[str, str, float]]]:
        """reference → every (tag, receiver, at) it went out with, newest first."""
        refs = list(dict.fromkeys(references))
        found: dict[str, list[tuple[str, str, float]]] = {}
        with self._lock:
            conn = self._connect()
            try:
                for start in range(0, len(refs), 500):
                    chunk = refs[start : start + 500]
                    marks = ",".join("?" * len(chunk))
                    for ref, tag, to, at in conn.execute(
                        f"SELECT reference, tag, receiver, at FROM sent WHERE gateway = ? "
                        f"AND reference IN ({marks}) ORDER BY at DESC",
                        (gateway, *chunk),
                    ):
                        found.setdefault(ref, []).append((tag, to, at))
            finally:
                conn.close()
        return found


# -- the gateway ----------------------------------------------------------------------------------


def _float(value: Any, default: float) -> float:
    try:
        return float(str(value).replace(",", "."))
    except (TypeError, ValueError):
        return default


class OvhGateway(Gateway):
    type = "ovh"
    label = "OVHcloud"
    can_poll_status = True
    has_balance = True

    def __init__(
        self,
        name: str,
        config: Mapping[str, Any],
        application_secret: str | None,
        consumer_key: str | None,
        *,
        secret_error: str | None = None,
        journal: TagJournal | None = None,
        poll_every: float = 20.0,
        settle: float = 3.0,
    ):
        self.name = name
        self.endpoint = str(config.get("endpoint") or DEFAULT_ENDPOINT).strip()
        self.application_key = str(config.get("application_key") or "").strip()
        self.application_secret = application_secret or ""
        self.consumer_key = consumer_key or ""
        self.secret_error = secret_error
        self.configured_service = str(config.get("service_name") or "").strip()
        self.sender = str(config.get("sender") or "").strip()
        self.no_stop_clause = fields.flag(config, "no_stop_clause")
        priority = str(config.get("priority") or "haute").strip()
        self.priority = PRIORITIES.get(priority.lower(), priority)
        if self.priority not in PRIORITIES.values():
            self.priority = "high"
        self.max_recipients_per_request = fields.integer(
            config, "recipients_per_request", 50, minimum=1
        )
        self.max_messages_per_second = fields.number(config, "rate_limit", 0.0, minimum=0)
        self.timeout = fields.number(config, "timeout", 30.0, minimum=0.1)
        self.number_rule = NumberRule.from_config(name, config)
        self.journal = journal
        #: Seconds between two status polls (OVH asks for about 60 requests a minute at most).
        self.poll_every = poll_every
        #: A lookup waits until its newest request is this many seconds old (OVH files a job).
        self.settle = settle
        self._secret_values = tuple(v for v in (self.application_secret, self.consumer_key) if v)
        for value in self._secret_values:
            secrets.remember(value)
        self._client: ovh.Client | None = None
        self._service: str | None = None
        self._lock = threading.RLock()
        self._polled_at = float("-inf")
        self._final: dict[str, int] | None = None

    @property
    def can_lookup(self) -> bool:  # type: ignore[override]
        return self.journal is not None

    # -- the client -----------------------------------------------------------------------------

    def mask(self, text: str) -> str:
        return secrets.mask(text or "", self._secret_values)

    def client(self) -> ovh.Client:
        """The `ovh.Client`, built on first use (a custom endpoint URL serves loopback tests)."""
        if self.secret_error:
            raise PermanentError(self.secret_error)
        if not self.application_key:
            raise PermanentError(f"Clé d'application OVHcloud absente pour « {self.name} »")
        if not self.application_secret:
            raise PermanentError(
                f"Secret d'application OVHcloud absent pour « {self.name} » : saisissez-le "
                "dans les réglages (il est gardé dans le trousseau système)."
            )
        if not self.consumer_key:
            raise PermanentError(
                f"Clé client (Consumer Key) OVHcloud absente pour « {self.name} » : "
                "saisissez-la dans les réglages (elle est gardée dans le trousseau système)."
            )
        with self._lock:
            if self._client is None:
                custom = self.endpoint not in ovh.client.ENDPOINTS
                if custom:
                    parts = urllib.parse.urlsplit(self.endpoint)
                    if parts.scheme not in ("http", "https") or not parts.hostname:
                        raise PermanentError(
                            f"point d'accès OVHcloud inconnu : « {self.mask(self.endpoint)} » "
                            "(ovh-eu, ovh-ca, ovh-us ou une adresse https://…/1.0)"
                        )
                try:
                    client = ovh.Client(
                        endpoint=DEFAULT_ENDPOINT if custom else self.endpoint,
                        application_key=self.application_key,
                        application_secret=self.application_secret,
                        consumer_key=self.consumer_key,
                        timeout=(min(10.0, self.timeout), self.timeout),
                    )
                except ovherr.APIError as exc:
                    raise PermanentError(
                        f"réglages OVHcloud incomplets pour « {self.name} » ({type(exc).__name__})"
                    ) from None
                if custom:  # the package knows only its named endpoints
                    client._endpoint = self.endpoint.rstrip("/")
                self._client = client
            return self._client

    def call(
        self,
        method: str,
        path: str,
        *,
        ambiguous: bool = False,
        missing_ok: bool = False,
        **params: Any,
    ) -> Any:
        """One signed call; OVH's errors become typed French errors (secrets masked).

        `ambiguous`: the call sends messages, so a lost answer may mean they went out.
        `missing_ok`: a 404 answers None instead of raising.
        """
        client = self.client()
        try:
            with self._lock:
                if method == "GET":
                    return client.get(path, **params)
                if method == "POST":
                    return client.post(path, **params)
                return client.call(method, path, params or None)
        except ovherr.ResourceNotFoundError as exc:
            if missing_ok:
                return None
            raise self._error(exc, path, ambiguous) from None
        except ovherr.APIError as exc:
            raise self._error(exc, path, ambiguous) from None

    def _error(self, exc: ovherr.APIError, path: str, ambiguous: bool) -> GatewayError:
        response = getattr(exc, "response", None)
        status = response.status_code if response is not None else None
        data: Any = None
        if response is not None:
            try:
                data = response.json()
            except ValueError:
                data = None
        data = data if isinstance(data, dict) else {}
        code = str(data.get("errorCode") or "")
        text = self.mask(excerpt(str(data.get("message") or "")))
        detail = f" ({text})" if text else ""
        raw = code or (f"HTTP {status}" if status else type(exc).__name__)
        log.info("OVH %s on %s: %s %s", type(exc).__name__, path, raw, text)
        if isinstance(exc, ovherr.HTTPError):
            return self._network_error(exc, ambiguous)
        if isinstance(exc, ovherr.InvalidResponse):
            return TransientError(
                "réponse illisible de OVHcloud" + ("; le message a pu partir" if ambiguous else ""),
                raw="InvalidResponse",
                maybe_sent=ambiguous,
            )
        if code == "INVALID_SIGNATURE":
            return PermanentError(
                "signature refusée par OVHcloud : vérifiez le secret d'application et la clé "
                "client (Consumer Key)",
                raw=code,
            )
        if code == "QUERY_TIME_OUT":
            if self._client is not None:
                self._client._time_delta = None  # read the server's clock again
            return TransientError("requête hors délai pour OVHcloud (horloge décalée)", raw=code)
        if isinstance(exc, ovherr.InvalidKey):
            return PermanentError(
                f"clé d'application refusée par OVHcloud pour « {self.name} » : vérifiez "
                "l'Application Key",
                raw=code or "INVALID_KEY",
            )
        if isinstance(exc, ovherr.InvalidCredential):
            return PermanentError(
                "clé client (Consumer Key) inconnue, expirée ou révoquée chez OVHcloud : "
                "créez-en une nouvelle",
                raw=code,
            )
        if isinstance(exc, ovherr.NotCredential):
            return PermanentError(
                "clé client (Consumer Key) pas encore validée : ouvrez son lien de validation "
                "et connectez-vous à votre compte OVHcloud",
                raw=code,
            )
        if isinstance(exc, ovherr.NotGrantedCall):
            return PermanentError(
                "la clé client (Consumer Key) n'a pas les droits nécessaires : créez-en une "
                "avec GET et POST sur /sms/*",
                raw=code,
            )
        if isinstance(exc, ovherr.Forbidden) or status == 403:
            return PermanentError(f"accès refusé par OVHcloud{detail}", raw=raw)
        if isinstance(exc, ovherr.ResourceNotFoundError):
            service = self._service or self.configured_service
            return PermanentError(
                f"introuvable chez OVHcloud{detail} : vérifiez le compte SMS « {service} »"
                if service
                else f"introuvable chez OVHcloud{detail}",
                raw=raw,
            )
        if isinstance(exc, ovherr.ResourceExpiredError):
            return PermanentError("compte SMS OVHcloud expiré : renouvelez-le", raw=raw)
        if isinstance(exc, ovherr.BadParametersError):
            if "credit" in text.lower() or "crédit" in text.lower():
                return PermanentError(f"crédit SMS insuffisant chez OVHcloud{detail}", raw=raw)
            return PermanentError(f"OVHcloud refuse la demande{detail}", raw=raw)
        if isinstance(exc, ovherr.ResourceConflictError):
            return TransientError(f"OVHcloud signale un conflit{detail}", raw=raw)
        if status == 429:
            wait = (
                retry_after(response.headers.get("Retry-After")) if response is not None else None
            )
            return TransientError(
                "OVHcloud demande de ralentir (trop de requêtes)",
                raw="HTTP 429",
                retry_after=wait,
            )
        if status is not None and status >= 500:
            return TransientError(
                f"OVHcloud est en difficulté (HTTP {status}){detail}",
                raw=f"HTTP {status}",
                maybe_sent=ambiguous,
            )
        if isinstance(exc, ovherr.NetworkError):
            return TransientError("erreur réseau vers OVHcloud", maybe_sent=ambiguous)
        return PermanentError(
            f"erreur OVHcloud{f' (HTTP {status})' if status else ''}{detail}", raw=raw
        )

    def _network_error(self, exc: ovherr.HTTPError, ambiguous: bool) -> GatewayError:
        """python-ovh wraps the `requests` failure: the shared transport reads the cause."""
        cause = exc.args[1] if len(exc.args) > 1 else exc.__context__
        host = urllib.parse.urlsplit(
            ovh.client.ENDPOINTS.get(self.endpoint, self.endpoint)
        ).hostname
        if not isinstance(cause, BaseException):
            cause = requests.exceptions.ConnectionError(str(exc))
        return transport.network_error(
            cause, label=self.label, host=host or "?", ambiguous=ambiguous
        )

    # -- the SMS account ------------------------------------------------------------------------

    def service(self) -> str:
        """The SMS account (`sms-xx11111-1`): the configured one, or the account's only one."""
        if self.configured_service:
            return self.configured_service
        if self._service:
            return self._service
        names = self.call("GET", "/sms")
        names = [str(n) for n in names] if isinstance(names, list) else []
        if not names:
            raise PermanentError(
                "aucun compte SMS sur ce compte OVHcloud : commandez des crédits SMS d'abord"
            )
        if len(names) > 1:
            raise PermanentError(
                f"plusieurs comptes SMS chez OVHcloud ({', '.join(names)}) : indiquez lequel "
                "utiliser dans les réglages (service_name)"
            )
        self._service = names[0]
        return self._service

    def _base(self) -> str:
        return f"/sms/{urllib.parse.quote(self.service(), safe='')}"

    # -- sending --------------------------------------------------------------------------------

    @staticmethod
    def tag_for(batch: Sequence[OutgoingSms]) -> str:
        """A tag unique to one request: our first message id and 4 random hex digits."""
        return f"ESMS-{batch[0].message_id}-{os.urandom(2).hex()}"[-TAG_MAX:]

    def payload(self, batch: Sequence[OutgoingSms], tag: str) -> dict[str, Any]:
        first = batch[0]
        body: dict[str, Any] = {
            "message": first.text,
            "receivers": [m.to for m in batch],
            "charset": "UTF-8",
            # a marketing SMS ends with the product's own STOP mention (`policy`, added to
            # every marketing text before it is journaled): OVH's would be there twice
            "noStopClause": self.no_stop_clause or first.kind == "marketing",
            "priority": self.priority,
            "tag": tag,
        }
        sender = first.sender or self.sender
        if sender:
            body["sender"] = sender
        else:
            body["senderForResponse"] = True
        return body

    def submit(self, batch: Sequence[OutgoingSms]) -> list[SubmitResult]:
        if not batch:
            return []
        fit, results = self.precheck(batch)
        if fit:
            results.update((r.message_id, r) for r in self._submit(fit))
        return [results[m.message_id] for m in batch]

    def _submit(self, batch: Sequence[OutgoingSms]) -> list[SubmitResult]:
        base = self._base()
        tag = self.tag_for(batch)
        body = self.payload(batch, tag)
        if self.journal is not None:
            try:
                self.journal.record(self.name, tag, ((m.reference, m.to) for m in batch))
            except (OSError, sqlite3.Error):
                log.warning("OVH tag journal not writable; lookups will be uncertain")
        data = self.call("POST", f"{base}/jobs", ambiguous=True, **body)
        if not isinstance(data, dict):
            raise TransientError(
                "réponse inattendue de OVHcloud ; le message a pu partir",
                raw="bad answer",
                maybe_sent=True,
            )
        return self._results(batch, data)

    def _results(self, batch: Sequence[OutgoingSms], data: Mapping[str, Any]) -> list[SubmitResult]:
        valid = [e164(v) for v in data.get("validReceivers") or []]
        invalid = {e164(v) for v in data.get("invalidReceivers") or []}
        ids = [str(i) for i in data.get("ids") or []]
        pool: dict[str, list[str]] = {}
        if len(ids) == len(valid):
            for number, pid in zip(valid, ids, strict=True):
                pool.setdefault(number, []).append(pid)
        else:
            log.warning("OVH answered %d ids for %d valid receivers", len(ids), len(valid))
        results = []
        for m in batch:
            key = e164(m.to)
            if pool.get(key):
                results.append(SubmitResult.ok(m.message_id, pool[key].pop(0), "validReceiver"))
            elif key in valid:
                results.append(SubmitResult.ok(m.message_id, None, "validReceiver"))
            elif key in invalid:
                results.append(
                    SubmitResult.refused(
                        m.message_id,
                        "Refusé par OVHcloud : numéro invalide ou non joignable",
                        raw="invalidReceiver",
                        state=S.REJECTED,
                    )
                )
            else:
                results.append(
                    SubmitResult(
                        m.message_id,
                        False,
                        raw_status="absent",
                        error="Envoi incertain : OVHcloud n'a pas mentionné ce numéro",
                        state=S.UNCERTAIN,
                    )
                )
        return results

    # -- delivery reports -----------------------------------------------------------------------

    def outgoing(self, provider_id: str) -> dict[str, Any] | None:
        """One `sms.Outgoing` (None while OVH keeps it among the pending jobs)."""
        data = self.call("GET", f"{self._base()}/outgoing/{provider_id}", missing_ok=True)
        return data if isinstance(data, dict) else None

    def statuses(self, provider_ids: Iterable[str]) -> list[StatusReport]:
        """Polled at most every `poll_every` seconds: a few ids are fetched one by one; more,
        through the outgoing list filtered by final delivery receipt (3 calls), then the
        failed ones one by one for their ptt (at most DETAIL_MAX a time)."""
        ids = list(dict.fromkeys(str(p) for p in provider_ids if p))
        if not ids:
            return []
        now = time.monotonic()
        fresh = now - self._polled_at < self.poll_every
        if len(ids) <= DETAIL_MAX:
            if fresh:
                return []
            self._polled_at = now
            return self._details(ids)
        if not fresh or self._final is None:
            self._polled_at = now
            self._final = self._final_receipts()
        final = self._final
        reports = [
            StatusReport(pid, S.DELIVERED, raw_of(None, 1)) for pid in ids if final.get(pid) == 1
        ]
        failed = [pid for pid in ids if final.get(pid) in (2, 16)]
        reports += self._details(failed[:DETAIL_MAX])
        return reports

    def _details(self, ids: Sequence[str]) -> list[StatusReport]:
        reports = []
        for pid in ids:
            data = self.outgoing(pid)
            report = report_of(data) if data else None
            if report is not None and report.state != S.SENT:
                reports.append(report)
        return reports

    def _final_receipts(self) -> dict[str, int]:
        since = (datetime.now(UTC) - STATUS_WINDOW).isoformat(timespec="seconds")
        found: dict[str, int] = {}
        for dlr in (1, 2, 16):
            listed = self.call(
                "GET",
                f"{self._base()}/outgoing",
                **{"deliveryReceipt": dlr, "creationDatetime.from": since},
            )
            for pid in listed if isinstance(listed, list) else []:
                found[str(pid)] = dlr
        return found

    # -- after a crash ----------------------------------------------------------------------------

    def lookup(self, references: Iterable[str]) -> list[LookupResult]:
        """What OVH received of our references, through the tags noted in the journal.

        Found in the tag's outgoing list: received, with its id and state. Neither there nor
        among the pending jobs for that receiver: OVH never got it. A pending job for the same
        receiver (its tag is not shown) leaves the reference unanswered, i.e. uncertain.
        """
        if self.journal is None:
            return []
        refs = list(dict.fromkeys(references))
        try:
            noted = self.journal.find(self.name, refs)
        except (OSError, sqlite3.Error):
            log.warning("OVH tag journal unreadable", exc_info=True)
            return []
        if not noted:
            return []
        newest = max(at for entries in noted.values() for _, _, at in entries)
        wait = self.settle - (time.time() - newest)
        if wait > 0:
            time.sleep(wait)
        base = self._base()
        by_tag: dict[str, dict[str, list[dict[str, Any]]]] = {}
        for tag in {tag for entries in noted.values() for tag, _, _ in entries}:
            listed = self.call("GET", f"{base}/outgoing", tag=tag)
            received: dict[str, list[dict[str, Any]]] = {}
            for pid in listed if isinstance(listed, list) else []:
                data = self.outgoing(str(pid))
                if data:
                    received.setdefault(e164(str(data.get("receiver") or "")), []).append(data)
            by_tag[tag] = received
        pending: set[str] | None = None
        results = []
        for ref in refs:
            entries = noted.get(ref)
            if not entries:
                continue
            hit = None
            for tag, to, _ in entries:
                found = by_tag.get(tag, {}).get(e164(to))
                if found:
                    hit = found.pop(0)
                    break
            if hit is not None:
                state, _ = state_of(hit.get("ptt"), hit.get("deliveryReceipt"))
                raw = raw_of(hit.get("ptt"), hit.get("deliveryReceipt")) or None
                results.append(LookupResult(ref, True, str(hit.get("id")), state, raw))
                continue
            if pending is None:
                pending = self._pending_receivers()
            if pending is not None and e164(entries[0][1]) not in pending:
                results.append(LookupResult(ref, False))
        return results

    def _pending_receivers(self, limit: int = 200) -> set[str] | None:
        """The receivers of OVH's pending jobs (None when there are too many to read)."""
        base = self._base()
        ids = self.call("GET", f"{base}/jobs")
        ids = ids if isinstance(ids, list) else []
        if len(ids) > limit:
            return None
        receivers = set()
        for pid in ids:
            data = self.call("GET", f"{base}/jobs/{pid}", missing_ok=True)
            if isinstance(data, dict):
                receivers.add(e164(str(data.get("receiver") or "")))
        return receivers

    # -- account ----------------------------------------------------------------------------------

    def balance(self) -> Balance:
        data = self.call("GET", self._base())
        try:
            amount = float(data["creditsLeft"])  # type: ignore[index]
        except (TypeError, KeyError, ValueError):
            raise PermanentError("réponse de OVHcloud illisible pour le crédit restant") from None
        return Balance(amount, "SMS")

    def check(self) -> str:
        """The account, its credits and the sender's validation, without sending anything."""
        data = self.call("GET", self._base())
        if not isinstance(data, dict):
            raise PermanentError("réponse de OVHcloud illisible pour le compte SMS")
        service = self.service()
        status = str(data.get("status") or "?")
        if status != "enable":
            raise PermanentError(f"compte SMS OVHcloud « {service} » désactivé (statut : {status})")
        credits = _float(data.get("creditsLeft"), 0.0)
        sender_note = "numéro court (réponses possibles)"
        if self.sender:
            path = f"{self._base()}/senders/{urllib.parse.quote(self.sender, safe='')}"
            info = self.call("GET", path, missing_ok=True)
            if not isinstance(info, dict):
                raise PermanentError(
                    f"expéditeur « {self.sender} » inconnu du compte SMS « {service} » : "
                    "créez-le chez OVHcloud (validation sous 72 h environ)"
                )
            sender_status = str(info.get("status") or "?")
            if sender_status != "enable":
                raise PermanentError(
                    f"expéditeur « {self.sender} » pas encore utilisable chez OVHcloud "
                    f"(statut : {sender_status})"
                )
            sender_note = f"expéditeur « {self.sender} » validé"
        return (
            f"Connexion à OVHcloud réussie : compte SMS « {service} » actif, "
            f"{credits:g} crédits, {sender_note}."
        )

    # -- replies and STOP -------------------------------------------------------------------------

    def incoming(self, since: datetime | None = None, limit: int = 200) -> list[IncomingSms]:
        """Messages received on the SMS account (newest `limit`), oldest first."""
        base = self._base()
        params = {}
        if since is not None:
            when = since if since.tzinfo else since.replace(tzinfo=UTC)
            params["creationDatetime.from"] = when.isoformat(timespec="seconds")
        ids = self.call("GET", f"{base}/incoming", **params)
        ids = sorted((i for i in ids if _int(i) is not None), key=int)[-limit:] if ids else []
        found = []
        for pid in ids:
            data = self.call("GET", f"{base}/incoming/{pid}", missing_ok=True)
            if isinstance(data, dict):
                found.append(
                    IncomingSms(
                        str(data.get("id", pid)),
                        e164(str(data.get("sender") or "")),
                        str(data.get("message") or ""),
                        _date(data.get("creationDatetime")),
                        str(data.get("tag") or ""),
                    )
                )
        return found

    def opt_outs(self) -> list[str]:
        """The numbers OVH blacklisted after they answered STOP (E.164)."""
        numbers = self.call("GET", f"{self._base()}/blacklists")
        return sorted({e164(str(n)) for n in numbers or [] if str(n).strip()})

    def close(self) -> None:
        client = self._client
        if client is not None:
            client._session.close()


def default_journal() -> TagJournal:
    from ellipses_sms import paths

    return TagJournal(lambda: paths.data_dir() / "ovh-tags.sqlite3")


def build(name: str, config: Mapping[str, Any], secret: SecretReader) -> OvhGateway:
    app_secret, error = read_secret(name, secret, "application_secret")
    consumer_key, error2 = read_secret(name, secret, "consumer_key")
    return OvhGateway(
        name,
        config,
        app_secret,
        consumer_key,
        secret_error=error or error2,
        journal=default_journal(),
    )


__all__ = [
    "DLR_STATES",
    "FIELDS",
    "PTT",
    "IncomingSms",
    "OvhGateway",
    "TagJournal",
    "build",
    "check_config",
    "e164",
    "parse_callback",
    "report_of",
    "state_of",
]
