"""What the REST providers (Twilio, Vonage) share: one `requests` session, time-outs, and the
mapping of network failures onto typed errors, with every secret masked.

Only whole-request failures are decided here (time-outs, refused connections, 429, 5xx); each
provider reads its own error bodies, since that is where they differ.
"""

from __future__ import annotations

import logging
import urllib.parse
from typing import Any

import requests

from ellipses_sms import secrets
from ellipses_sms.gateway import transport
from ellipses_sms.gateway.base import Gateway, PermanentError
from ellipses_sms.gateway.http import HttpGateway
from ellipses_sms.gateway.transport import excerpt, retry_after
from ellipses_sms.reasons import Reason

log = logging.getLogger(__name__)

__all__ = ["RestGateway", "excerpt", "retry_after"]


class RestGateway(Gateway):
    """A provider reached by a JSON REST API: subclasses build requests and read answers."""

    #: The provider's name for the clerk (« Twilio », « Vonage »).
    label = "le fournisseur"

    def __init__(
        self,
        name: str,
        base_url: str,
        *,
        secret_values: tuple[str | None, ...] = (),
        secret_error: str | None = None,
        timeout: float = 30.0,
        session: requests.Session | None = None,
    ):
        self.name = name
        self.base_url = (base_url or "").strip().rstrip("/")
        self.timeout = timeout
        self.secret_error = secret_error
        self._secret_values = tuple(v for v in secret_values if v)
        for value in self._secret_values:
            secrets.remember(value)
        self._session = session or HttpGateway._new_session(self.base_url or "https://x/")

    # -- masking ------------------------------------------------------------------------------

    def mask(self, text: str) -> str:
        return secrets.mask(text or "", self._secret_values)

    def host(self) -> str:
        return urllib.parse.urlsplit(self.base_url).hostname or "?"

    # -- the request --------------------------------------------------------------------------

    def request(self, method: str, path: str, *, ambiguous: bool = False, **kw: Any):
        """Run one request; network failures, 429 and 5xx become typed, masked errors.

        `ambiguous`: the request sends a message, so a lost answer (read time-out, cut
        connection, 5xx) may mean it went out.
        """
        if self.secret_error:
            raise PermanentError(self.secret_error)
        parts = urllib.parse.urlsplit(self.base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise PermanentError(
                Reason("gw_rest_address", label=self.label, url=self.mask(self.base_url))
            )
        response = transport.request(
            self._session,
            method,
            self.base_url + path,
            timeout=self.timeout,
            label=self.label,
            host=self.host(),
            ambiguous=ambiguous,
            **kw,
        )
        error = transport.status_error(
            response.status_code,
            response.headers,
            response.text,
            label=self.label,
            ambiguous=ambiguous,
            mask=self.mask,
        )
        if error is not None:
            raise error
        return response

    @staticmethod
    def json(response: requests.Response) -> Any:
        """The answer's JSON, or None when it is not JSON."""
        try:
            return response.json()
        except ValueError:
            return None

    def close(self) -> None:
        self._session.close()
