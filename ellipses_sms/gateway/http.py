"""A generic HTTP provider: the « URL GET / GET avec authentification / POST / POST avec
authentification » family of the old tool, for any provider that takes a templated request.

The URL and the body are templates with placeholders, each encoded for where it stands (URL
query, form body or JSON): {to} the recipients joined by the separator, {to_list} (JSON body: a
JSON array of the numbers), {text}, {sender}, {reference} (our id for the first message of the
request), {username}, {password}. Success is decided by the HTTP status and an optional pattern
in the answer; the provider's message id is taken by a pattern (its first group, or the group
named `id`) or a dotted JSON path (`messages.0.id`, `messages.*.id` for one id per recipient).

Errors: time-outs, refused connections, 5xx and 429 (with Retry-After) are transient — a read
time-out *may* have reached the provider — 401/403 stop the job (« identifiants refusés »), any
other 4xx refuses the messages of that request. The password never reaches a log line or an
error message: every text that leaves this module is masked.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import threading
import urllib.parse
from collections.abc import Mapping, Sequence
from typing import Any

import phonenumbers
import requests

from ellipses_sms import secrets
from ellipses_sms.gateway import config as fields
from ellipses_sms.gateway.base import (
    Field,
    Gateway,
    GatewayError,
    OutgoingSms,
    PermanentError,
    SecretReader,
    SubmitResult,
)
from ellipses_sms.gateway.numbers import NumberRule, number_rule_fields
from ellipses_sms.gateway.transport import (
    connection_never_made,
    excerpt,
    network_error,
    retry_after,
    status_error,
)
from ellipses_sms.reasons import Reason
from ellipses_sms.states import MessageState

log = logging.getLogger(__name__)

_connection_never_made = connection_never_made  # the old name, for the modules that import it

PLACEHOLDERS = ("to", "to_list", "text", "sender", "reference", "username", "password")
_PLACEHOLDER = re.compile(r"\{(" + "|".join(PLACEHOLDERS) + r")\}")
_NUMBER_PLACEHOLDER = re.compile(r"\{(e164|digits|cc|national)\}")

FIELDS: list[Field] = [
    Field(
        "url",
        "Adresse (modèle d'URL)",
        required=True,
        kind="url",
        help="Ex. https://sms.exemple.fr/envoi?to={to}&texte={text} ; champs possibles : "
        "{to} {to_list} {text} {sender} {reference} {username} {password}",
    ),
    Field("method", "Méthode", default="GET", kind="choice", choices=("GET", "POST")),
    Field(
        "auth",
        "Authentification",
        default="none",
        kind="choice",
        choices=("none", "basic"),
        help="none : aucune (ou identifiants dans l'URL) ; basic : authentification HTTP basique",
    ),
    Field("username", "Identifiant"),
    Field("password", "Mot de passe", secret=True),
    Field("body", "Corps de la requête (POST)", help="Ex. to={to}&message={text}"),
    Field(
        "content_type",
        "Format du corps",
        default="form",
        kind="choice",
        choices=("form", "json"),
    ),
    Field(
        "success_status",
        "Codes HTTP de succès",
        default="200-299",
        help="Ex. 200-299 ou 200,202",
    ),
    Field("success_regex", "Motif de succès dans la réponse (facultatif)", kind="regex"),
    Field(
        "id_regex",
        "Motif de l'identifiant du message (facultatif)",
        kind="regex",
        help="Son premier groupe, ou le groupe nommé id",
    ),
    Field("id_json_path", "Chemin JSON de l'identifiant (facultatif)", help="Ex. messages.0.id"),
    Field(
        "number_format",
        "Format des numéros",
        default="{e164}",
        help="{e164} (+33612345678), {digits} (33612345678), {cc} {national} : "
        "ex. 00{cc}{national}",
    ),
    Field("recipients_per_request", "Destinataires par requête", default="1", kind="int"),
    Field(
        "max_parts",
        "SMS au plus par message (0 : sans limite connue)",
        default="0",
        kind="int",
        help="La limite du fournisseur : un texte plus long est refusé avant l'envoi",
    ),
    Field("separator", "Séparateur des destinataires", default=","),
    Field("rate_limit", "Messages par seconde (0 : sans limite)", default="0", kind="float"),
    Field("sender", "Nom d'expéditeur", kind="sender"),
    Field("timeout", "Délai d'attente (secondes)", default="30", kind="float"),
    *number_rule_fields(),
]


# -- helpers shared with the presets ---------------------------------------------------------


def parse_status_ranges(spec: str) -> list[tuple[int, int]]:
    """« 200-299,302 » → [(200, 299), (302, 302)]; raises ValueError (French) when malformed."""
    ranges = []
    for part in (spec or "200-299").split(","):
        part = part.strip()
        if not part:
            continue
        low, _, high = part.partition("-")
        try:
            a, b = int(low), int(high or low)
        except ValueError:
            raise ValueError(Reason("gw_status_codes", spec=spec)) from None
        if not (100 <= a <= b <= 599):
            raise ValueError(Reason("gw_status_codes_range", spec=spec))
        ranges.append((a, b))
    if not ranges:
        raise ValueError("codes HTTP de succès vides")
    return ranges


def format_number(e164: str, pattern: str) -> str:
    """A number as the provider wants it: `{e164}`, `{digits}`, `00{cc}{national}`…"""
    if not pattern or pattern == "{e164}":
        return e164
    digits = e164.lstrip("+")
    cc = national = ""
    if "{cc}" in pattern or "{national}" in pattern:
        try:
            parsed = phonenumbers.parse(e164, None)
            cc, national = str(parsed.country_code), str(parsed.national_number)
        except phonenumbers.NumberParseException:
            cc, national = "", digits
    values = {"e164": e164, "digits": digits, "cc": cc, "national": national}
    return _NUMBER_PLACEHOLDER.sub(lambda m: values[m.group(1)], pattern)


def json_path(data: Any, path: str) -> Any:
    """Walk a dotted path (`messages.0.id`; `*` maps over a list). None when absent."""
    current: list[Any] | Any = data
    many = False
    for key in path.split("."):
        if key == "*":
            if not isinstance(current, list):
                return None
            many = True
            continue
        items = current if many else [current]
        nxt = []
        for item in items:
            if isinstance(item, dict):
                value = item.get(key)
            elif isinstance(item, list) and key.lstrip("-").isdigit():
                index = int(key)
                value = item[index] if -len(item) <= index < len(item) else None
            else:
                value = None
            nxt.append(value)
        current = nxt if many else nxt[0]
        if not many and current is None:
            return None
    return current


def render(template: str, values: Mapping[str, Any], mode: str) -> str:
    """Fill the placeholders of a template, each encoded for `mode` (url, form, json, raw)."""

    def encode(match: re.Match[str]) -> str:
        name = match.group(1)
        value = values.get(name)
        if value is None:
            value = ""
        if mode == "json":
            if name == "to_list":
                return json.dumps(list(value), ensure_ascii=False)
            return json.dumps(str(value), ensure_ascii=False)[1:-1]
        if isinstance(value, list):
            value = values.get("separator", ",").join(value)
        if mode == "url":
            return urllib.parse.quote(str(value), safe="")
        if mode == "form":
            return urllib.parse.quote_plus(str(value))
        return str(value)

    return _PLACEHOLDER.sub(encode, template)


#: JSON keys whose value says what went wrong, in the order they are read.
_MESSAGE_KEYS = ("message", "error_message", "errorMessage", "error_text", "description", "detail")
_FAILED_STATUSES = frozenset({"error", "failed", "failure", "fail", "ko", "nok", "rejected"})


def _message_of(data: Any) -> str:
    """The human sentence of a JSON error answer (its message, or the error itself)."""
    if isinstance(data, str):
        return data
    if isinstance(data, list):
        return "; ".join(filter(None, (_message_of(item) for item in data[:3])))
    if not isinstance(data, dict):
        return ""
    for key in _MESSAGE_KEYS:
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            return value
    for key in ("error", "errors"):
        found = _message_of(data.get(key))
        if found:
            return found
    code = data.get("code") or data.get("error_code") or data.get("errorCode")
    return Reason("gw_code", code=code) if code not in (None, "") else ""


def json_refusal(text: str) -> str | None:
    """The refusal a JSON answer states despite a success status, or None.

    Many SMS APIs answer 200 to a request they did not carry out, and say so in the body:
    `{"success": false, "message": …}`, `{"status": "error", …}`, `{"error": …}`,
    `{"errors": [...]}`. The generic provider cannot know each API, so any of these shapes is
    read as a refusal with its message (`success_regex` overrides this rule).
    """
    body = (text or "").lstrip()
    if not body.startswith("{"):
        return None
    try:
        data = json.loads(body)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    success = data.get("success", data.get("ok"))
    status = data.get("status")
    failed = (
        success is False
        or (isinstance(success, str) and success.strip().lower() in ("false", "0", "no"))
        or (isinstance(status, str) and status.strip().lower() in _FAILED_STATUSES)
        or bool(data.get("error"))
        or (isinstance(data.get("errors"), list) and bool(data["errors"]))
    )
    if not failed:
        return None
    return _message_of(data) or "le fournisseur signale une erreur"


# -- the gateway -----------------------------------------------------------------------------


class HttpGateway(Gateway):
    """Any provider driven by one templated HTTP request per batch."""

    type = "http"

    def __init__(
        self,
        name: str,
        config: Mapping[str, Any],
        password: str | None = None,
        *,
        password_error: str | None = None,
        session: requests.Session | None = None,
    ):
        self.name = name
        self.config = dict(config)
        self.url = str(config.get("url", "")).strip()
        self.method = str(config.get("method") or "GET").upper()
        self.auth = str(config.get("auth") or "none").lower()
        self.username = str(config.get("username") or "")
        self.password = password
        self.password_error = password_error
        self.body = str(config.get("body") or "")
        self.content_type = str(config.get("content_type") or "form").lower()
        self.success_ranges = parse_status_ranges(str(config.get("success_status") or ""))
        self.success_regex = self._regex(config.get("success_regex"))
        self.id_regex = self._regex(config.get("id_regex"))
        self.id_json_path = str(config.get("id_json_path") or "").strip()
        self.number_format = str(config.get("number_format") or "{e164}")
        self.separator = str(config.get("separator") or ",")
        self.sender = str(config.get("sender") or "")
        self.timeout = fields.number(config, "timeout", 30.0, minimum=0.1)
        self.max_recipients_per_request = fields.integer(
            config, "recipients_per_request", 1, minimum=1
        )
        self.max_messages_per_second = fields.number(config, "rate_limit", 0.0, minimum=0)
        self.max_parts = fields.integer(config, "max_parts", 0, minimum=0)
        self.number_rule = NumberRule.from_config(name, config)
        secrets.remember(password)
        self._session = session or self._new_session(render(self.url, {}, "url"))
        self._lock = threading.Lock()

    @staticmethod
    def _regex(value: Any) -> re.Pattern[str] | None:
        if not value:
            return None
        try:
            return re.compile(str(value))
        except re.error as exc:
            raise PermanentError(Reason("gw_bad_regex", value=value, detail=str(exc))) from None

    @staticmethod
    def _new_session(url: str) -> requests.Session:
        session = requests.Session()
        # the environment's proxies and CA bundle, read once rather than at every request
        session.trust_env = False
        with contextlib.suppress(Exception):  # an odd URL is refused elsewhere
            session.proxies.update(requests.utils.get_environ_proxies(url))
        bundle = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE")
        if bundle:
            session.verify = bundle
        adapter = requests.adapters.HTTPAdapter(pool_connections=2, pool_maxsize=8, max_retries=0)
        session.mount("http://", adapter)
        session.mount("https://", adapter)
        session.headers["User-Agent"] = "ellipses-sms"
        return session

    # -- masking ------------------------------------------------------------------------------

    def _mask(self, text: str) -> str:
        return secrets.mask(text or "", (self.password,))

    def _needs_password(self) -> bool:
        return self.auth == "basic" or "{password}" in self.url or "{password}" in self.body

    def _require_password(self) -> None:
        if self.password_error:
            raise PermanentError(self.password_error)
        if self._needs_password() and not self.password:
            raise PermanentError(Reason("gw_password_missing", provider=self.name))

    # -- the request --------------------------------------------------------------------------

    def values(self, batch: Sequence[OutgoingSms]) -> dict[str, Any]:
        numbers = [format_number(m.to, self.number_format) for m in batch]
        first = batch[0]
        return {
            "to": self.separator.join(numbers),
            "to_list": numbers,
            "text": first.text,
            "sender": first.sender or self.sender,
            "reference": first.reference,
            "username": self.username,
            "password": self.password or "",
            "separator": self.separator,
        }

    def build_request(self, batch: Sequence[OutgoingSms]) -> dict[str, Any]:
        """The keyword arguments of `requests.Session.request` for one batch."""
        values = self.values(batch)
        request: dict[str, Any] = {
            "method": self.method,
            "url": render(self.url, values, "url"),
        }
        if self.method == "POST" and self.body:
            if self.content_type == "json":
                request["data"] = render(self.body, values, "json").encode("utf-8")
                request["headers"] = {"Content-Type": "application/json; charset=utf-8"}
            else:
                request["data"] = render(self.body, values, "form")
                request["headers"] = {
                    "Content-Type": "application/x-www-form-urlencoded; charset=utf-8"
                }
        if self.auth == "basic":
            request["auth"] = self._basic()
        return request

    @property
    def label(self) -> str:
        """The provider's name in error messages (the subject of a French sentence)."""
        return Reason("gw_label_provider", name=self.name)

    def send(self, request: dict[str, Any], *, ambiguous_5xx: bool = False) -> requests.Response:
        """Run one request; whole-request failures become typed, masked errors.

        `ambiguous_5xx`: the request sends messages, so a lost answer (read time-out, cut
        connection, 5xx) may mean that they went out (`maybe_sent`).
        """
        try:
            response = self._session.request(
                timeout=(min(10.0, self.timeout), self.timeout), **request
            )
        except requests.exceptions.RequestException as exc:
            error = network_error(exc, label=self.label, host=self._host(), ambiguous=True)
            error.message = self._mask(error.message)
            error.args = (error.message,)
            raise error from None
        self.raise_for_status(response, ambiguous_5xx=ambiguous_5xx)
        return response

    def _basic(self) -> tuple[bytes, bytes]:
        """Basic credentials in UTF-8 (RFC 7617), not requests' Latin-1."""
        return self.username.encode("utf-8"), (self.password or "").encode("utf-8")

    def _host(self) -> str:
        parts = urllib.parse.urlsplit(self.url)
        return parts.hostname or "?"

    def raise_for_status(self, response: requests.Response, *, ambiguous_5xx: bool = False) -> None:
        """Whole-request errors: 429 and 5xx (transient), 401/403 (credentials)."""
        status = response.status_code
        error = status_error(
            status,
            response.headers,
            response.text,
            label=self.label,
            ambiguous=ambiguous_5xx and not self.server_error_not_sent(response),
            mask=self._mask,
        )
        if error is not None:
            raise error
        if status in (401, 403):
            raise PermanentError(
                Reason("gw_credentials", provider=self.name, status=status),
                raw=f"HTTP {status}",
            )

    def server_error_not_sent(self, response: requests.Response) -> bool:
        """True when this 5xx is documented by the provider as « not accepted » (a preset
        overrides it); the generic provider knows no such rule: every 5xx is ambiguous."""
        return False

    def _ok_status(self, status: int) -> bool:
        return any(a <= status <= b for a, b in self.success_ranges)

    # -- the interface --------------------------------------------------------------------------

    def submit(self, batch: Sequence[OutgoingSms]) -> list[SubmitResult]:
        if not batch:
            return []
        self._require_password()
        fit, refused = self.precheck(batch)
        if fit:
            response = self.send(self.build_request(fit), ambiguous_5xx=True)
            refused.update((r.message_id, r) for r in self.parse(fit, response))
        return [refused[m.message_id] for m in batch]

    def parse(
        self, batch: Sequence[OutgoingSms], response: requests.Response
    ) -> list[SubmitResult]:
        """One result per message from the provider's answer."""
        status = response.status_code
        text = response.text or ""
        raw = f"HTTP {status}"
        if not self._ok_status(status):
            reason = self._mask(excerpt(text)) or f"HTTP {status}"
            return [
                SubmitResult.refused(
                    m.message_id,
                    Reason("gw_refused", reason=reason),
                    raw=raw,
                    state=MessageState.REJECTED,
                )
                for m in batch
            ]
        if self.success_regex and not self.success_regex.search(text):
            reason = self._mask(excerpt(text)) or "réponse vide"
            return [
                SubmitResult.refused(
                    m.message_id, Reason("gw_not_confirmed", reason=reason), raw=raw
                )
                for m in batch
            ]
        if not self.success_regex:
            refusal = json_refusal(text)
            if refusal is not None:
                reason = self._mask(excerpt(refusal)) or "réponse d'erreur"
                return [
                    SubmitResult.refused(
                        m.message_id,
                        Reason("gw_refused", reason=reason),
                        raw=raw,
                        state=MessageState.REJECTED,
                    )
                    for m in batch
                ]
        ids = self.extract_ids(text)
        results = []
        for index, m in enumerate(batch):
            if len(ids) == len(batch):
                pid = ids[index]
            elif ids:
                pid = ids[0]
            else:
                pid = None
            results.append(SubmitResult.ok(m.message_id, pid, raw))
        return results

    def extract_ids(self, text: str) -> list[str]:
        if self.id_json_path:
            try:
                found = json_path(json.loads(text), self.id_json_path)
            except ValueError:
                found = None
            if isinstance(found, list):
                return [str(v) for v in found if v is not None]
            return [] if found is None else [str(found)]
        if self.id_regex:
            ids = []
            for match in self.id_regex.finditer(text):
                if "id" in match.re.groupindex:
                    ids.append(match.group("id"))
                elif match.re.groups:
                    ids.append(match.group(1))
                else:
                    ids.append(match.group(0))
            return [i for i in ids if i]
        return []

    def check(self) -> str:
        """Reach the provider's server without sending anything."""
        if self.password_error:
            raise PermanentError(self.password_error)
        parts = urllib.parse.urlsplit(render(self.url, {}, "url"))
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise PermanentError("adresse du fournisseur invalide (http:// ou https://)")
        base = f"{parts.scheme}://{parts.netloc}/"
        request: dict[str, Any] = {"method": "GET", "url": base}
        if self.auth == "basic":
            request["auth"] = self._basic()
        response = self.send(request)
        return Reason("gw_reachable", host=parts.hostname, status=response.status_code)

    def close(self) -> None:
        self._session.close()


def build(name: str, config: Mapping[str, Any], secret: SecretReader) -> HttpGateway:
    password, error = read_secret(name, secret, "password")
    return HttpGateway(name, config, password, password_error=error)


def read_secret(name: str, secret: SecretReader, key: str) -> tuple[str | None, str | None]:
    """A secret, or the French reason it cannot be read (the gateway reports it on use)."""
    try:
        return secret(key), None
    except secrets.SecretsError as exc:
        return None, str(exc)
    except Exception as exc:  # a keyring backend's own failure
        return None, Reason("gw_password_unreadable", provider=name, kind=type(exc).__name__)


__all__ = [
    "FIELDS",
    "GatewayError",
    "HttpGateway",
    "build",
    "format_number",
    "json_path",
    "render",
    "retry_after",
]
