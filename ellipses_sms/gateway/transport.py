"""One place that turns a network failure or a whole-request HTTP status into a typed error.

Why one module: the generic HTTP provider, the REST providers (Twilio, Vonage, Infobip) and
OVHcloud (through python-ovh, which wraps the same `requests` exceptions) must agree on what a
failure means for the money: a request that cannot have left (connection refused, unknown host,
connect time-out) is safe to send again; one whose answer was lost (read time-out, connection
cut, a 5xx from the provider or a proxy in front of it) *may* have been carried out, and is
reported `maybe_sent` when it sends messages, so that the dispatcher looks it up or marks it
uncertain instead of sending it twice. Every text that leaves here is French and carries no
secret (callers pass their `mask`).
"""

from __future__ import annotations

import email.utils
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

import requests
import urllib3.exceptions

from ellipses_sms.gateway.base import GatewayError, PermanentError, TransientError
from ellipses_sms.reasons import Reason

EXCERPT = 160

Mask = Callable[[str], str]


def _no_mask(text: str) -> str:
    return text


def excerpt(text: str, limit: int = EXCERPT) -> str:
    """One line of a provider's answer, short enough for a status column."""
    line = " ".join((text or "").split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (a number of seconds, or an HTTP date; RFC 9110)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def connection_never_made(exc: BaseException) -> bool:
    """True when the request cannot have reached the provider (refused, unknown host)."""
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return True
    reason: Any = exc.args[0] if exc.args else None
    reason = getattr(reason, "reason", reason)
    if isinstance(reason, urllib3.exceptions.NewConnectionError | ConnectionRefusedError):
        return True
    text = str(exc)
    return any(
        s in text
        for s in (
            "Connection refused",
            "NewConnectionError",
            "Failed to resolve",
            "Name or service",
        )
    )


def _unreachable(error: TransientError) -> TransientError:
    error.unreachable = True
    return error


def network_error(exc: BaseException, *, label: str, host: str, ambiguous: bool) -> GatewayError:
    """The typed error for a `requests` failure (`ambiguous`: the request sends messages)."""

    def gone(reason: Reason) -> Reason:
        return Reason("gw_maybe_sent", reason=reason) if ambiguous else reason

    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return _unreachable(TransientError(Reason("gw_connect_timeout", label=label)))
    if isinstance(exc, requests.exceptions.ReadTimeout):
        return TransientError(
            gone(Reason("gw_read_timeout", label=label)), raw="timeout", maybe_sent=ambiguous
        )
    if isinstance(exc, requests.exceptions.ConnectionError):
        if connection_never_made(exc):
            return _unreachable(
                TransientError(Reason("gw_unreachable", label=label, host=host or "?"))
            )
        return TransientError(gone(Reason("gw_connection_cut", label=label)), maybe_sent=ambiguous)
    if isinstance(
        exc,
        requests.exceptions.InvalidURL
        | requests.exceptions.MissingSchema
        | requests.exceptions.InvalidSchema,
    ):
        return PermanentError(Reason("gw_bad_address", label=label, kind=type(exc).__name__))
    return TransientError(
        gone(Reason("gw_network", label=label, kind=type(exc).__name__)), maybe_sent=ambiguous
    )


def request(
    session: requests.Session,
    method: str,
    url: str,
    *,
    timeout: float,
    label: str,
    host: str,
    ambiguous: bool,
    **kw: Any,
) -> requests.Response:
    """Run one request; a network failure raises its typed error (`network_error`)."""
    try:
        return session.request(method, url, timeout=(min(10.0, timeout), timeout), **kw)
    except requests.exceptions.RequestException as exc:
        raise network_error(exc, label=label, host=host, ambiguous=ambiguous) from None


def status_error(
    status: int,
    headers: Mapping[str, str],
    body: str,
    *,
    label: str,
    ambiguous: bool,
    mask: Mask = _no_mask,
) -> TransientError | None:
    """429 and 5xx, whatever the provider: the transient error to raise, or None.

    A 5xx is ambiguous when the request sends messages: the provider (or the proxy in front of
    it) may have carried it out before failing to answer (RFC 9110 §15.6: a 502 or 504 from a
    gateway says nothing of what the origin did).
    """
    if status == 429:
        return TransientError(
            Reason("gw_slow_down", label=label),
            raw="HTTP 429",
            retry_after=retry_after(headers.get("Retry-After")),
        )
    if status >= 500:
        text = mask(excerpt(body))
        if text:
            said = Reason("gw_server_said", label=label, status=status, text=text)
        else:
            said = Reason("gw_server", label=label, status=status)
        return TransientError(
            Reason("gw_maybe_sent_spaced", reason=said) if ambiguous else said,
            raw=f"HTTP {status}",
            maybe_sent=ambiguous,
            retry_after=retry_after(headers.get("Retry-After")),
        )
    return None


__all__ = [
    "connection_never_made",
    "excerpt",
    "network_error",
    "request",
    "retry_after",
    "status_error",
]
