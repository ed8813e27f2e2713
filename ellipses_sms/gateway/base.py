"""The small interface every SMS provider implements, and its typed errors.

A gateway submits a batch (one request may carry many recipients where the provider allows it)
and answers one result per message. Errors that concern the whole request are raised as
`TransientError` (trying again can help: timeout before sending, 5xx, 429, connection refused)
or `PermanentError` (bad credentials, no credit). A transient error says whether the provider
*may* have received the request (`maybe_sent`, e.g. a read timeout): the dispatcher never
blindly sends those again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ellipses_sms.reasons import Reason
from ellipses_sms.states import MessageState


@dataclass(frozen=True, slots=True)
class OutgoingSms:
    """One recipient's message as handed to a gateway."""

    message_id: int
    to: str  # E.164
    text: str
    sender: str | None = None
    reference: str = ""  # our own id, for the providers that keep one (lookup after a crash)
    kind: str = "notification"  # or "marketing": the French rules differ (STOP mention, hours)


@dataclass(frozen=True, slots=True)
class InboundSms:
    """A message a customer sent back, as a provider's `incoming(since)` lists it."""

    id: str  # the provider's id: fetched twice, kept once (`replies`)
    sender: str  # E.164 when it can be read
    text: str
    at: datetime | None = None  # naive UTC


@dataclass(frozen=True, slots=True)
class SubmitResult:
    """The provider's answer for one message of a batch."""

    message_id: int
    accepted: bool
    provider_id: str | None = None
    raw_status: str | None = None
    error: str | None = None  # French reason when refused
    transient: bool = False  # refused, but trying again later can help
    state: MessageState | None = None  # a refusal's precise state (blocked, rejected), if known

    @classmethod
    def ok(cls, message_id: int, provider_id: str | None, raw: str | None = None) -> SubmitResult:
        return cls(message_id, True, provider_id, raw)

    @classmethod
    def refused(
        cls,
        message_id: int,
        error: str,
        *,
        transient: bool = False,
        raw: str | None = None,
        state: MessageState | None = None,
    ) -> SubmitResult:
        return cls(message_id, False, None, raw, error, transient, state)


@dataclass(frozen=True, slots=True)
class StatusReport:
    """A delivery report: where a message stands at the provider."""

    provider_id: str
    state: MessageState
    raw_status: str | None = None
    error: str | None = None
    at: datetime | None = None


@dataclass(frozen=True, slots=True)
class LookupResult:
    """What the provider knows of one of our references (after a crash)."""

    reference: str
    received: bool  # False only when the provider is sure it never got it
    provider_id: str | None = None
    state: MessageState | None = None
    raw_status: str | None = None


@dataclass(frozen=True, slots=True)
class Balance:
    """Credit left at the provider."""

    amount: float
    unit: str = "SMS"  # "SMS" credits, or a currency code


class GatewayError(Exception):
    """A failure of a whole request. `str(error)` is a French sentence for the clerk."""

    transient = False
    #: True when the provider was never reached (connection refused, unknown host, connect
    #: time-out): the request certainly did not arrive, so another provider may carry it.
    unreachable = False

    def __init__(self, message: str, *, raw: str | None = None, maybe_sent: bool = False):
        super().__init__(message)
        self.message = message
        self.raw = raw
        self.maybe_sent = maybe_sent


class TransientError(GatewayError):
    """Trying again later can help (timeout, 5xx, 429, connection refused)."""

    transient = True

    def __init__(
        self,
        message: str,
        *,
        raw: str | None = None,
        maybe_sent: bool = False,
        retry_after: float | None = None,
    ):
        super().__init__(message, raw=raw, maybe_sent=maybe_sent)
        self.retry_after = retry_after


class PermanentError(GatewayError):
    """Trying again cannot help (bad credentials, refused number, no credit)."""


class Gateway:
    """Base class of the providers. Override `submit`, and the optional capabilities."""

    #: The provider's name as configured (e.g. "sandbox", "kannel-boutique").
    name: str = "gateway"
    #: The provider type ("sandbox", "http", "kannel", "ovh", ...).
    type: str = "gateway"
    #: How many recipients one request may carry (same text).
    max_recipients_per_request: int = 1
    #: Messages per second the provider accepts; 0 means no limit.
    max_messages_per_second: float = 0.0
    #: Whether `statuses()` works (delivery reports by polling).
    can_poll_status: bool = False
    #: Whether `lookup()` can tell if a reference was received (resolving uncertain messages).
    can_lookup: bool = False
    #: Whether `balance()` works.
    has_balance: bool = False
    #: True only for the demo provider: the window shows that no real SMS leaves.
    is_sandbox: bool = False
    #: While the provider's reports come by callback (its listener runs), messages sent less
    #: than this many seconds ago are not polled; 0: every pending message is polled.
    callback_grace: float = 0.0
    #: The most SMS parts one message may take at this provider (Kannel's `max-messages`, a
    #: provider's documented limit); 0: no known limit. A longer text is refused before anything
    #: is sent (`too_long`), since some providers cut it silently; the counter shows it.
    max_parts: int = 0
    #: Raw refusal codes meaning « this customer answered STOP » (Twilio's 21610): the
    #: replies pass (`replies.fetch_all`) makes those numbers opt-outs.
    stop_raw_statuses: tuple[str, ...] = ()
    #: The most characters one message may have at this provider (Twilio's `Body`: 1,600);
    #: 0: no known limit. Checked with `max_parts` by `too_long`.
    max_chars: int = 0

    def too_long(self, text: str) -> str | None:
        """Why `text` cannot go through this provider (more parts or characters than it
        carries), in French; None when it fits. Checked by `submit` before any request."""
        # UTF-16 units: an emoji counts twice, as it does in an SMS and at Twilio
        chars = len(text.encode("utf-16-le")) // 2
        if self.max_chars and chars > self.max_chars:
            return Reason("too_long_chars", provider=self.name, chars=chars, limit=self.max_chars)
        if not self.max_parts:
            return None
        from ellipses_sms import sms

        parts = sms.analyze(text).segments
        if parts <= self.max_parts:
            return None
        return Reason("too_long_parts", provider=self.name, parts=parts, limit=self.max_parts)

    #: The provider's own rule for the numbers it takes (`numbers.NumberRule`: countries, a
    #: pattern), or None; `number_refusal` applies it.
    number_rule: Any = None

    def number_refusal(self, e164: str) -> str | None:
        """Why this provider does not take `e164` (its number rule), in French; None when it
        does. The window and the policy may ask before composing; `submit` checks it too."""
        return None if self.number_rule is None else self.number_rule.refusal(e164)

    def precheck(
        self, batch: Sequence[OutgoingSms]
    ) -> tuple[list[OutgoingSms], dict[int, SubmitResult]]:
        """The messages that may go, and a refusal (nothing sent) for each one whose text is
        too long (`too_long`) or whose number the provider does not take (`number_refusal`)."""
        fit: list[OutgoingSms] = []
        refused: dict[int, SubmitResult] = {}
        for m in batch:
            raw = "number-rule"
            reason = self.number_refusal(m.to)
            if reason is None:
                raw, reason = "too-long", self.too_long(m.text)
            if reason is None:
                fit.append(m)
            else:
                refused[m.message_id] = SubmitResult.refused(
                    m.message_id, reason, raw=raw, state=MessageState.REJECTED
                )
        return fit, refused

    def submit(self, batch: Sequence[OutgoingSms]) -> list[SubmitResult]:
        """Send one request for `batch` (all with the same text); one result per message."""
        raise NotImplementedError

    def statuses(self, provider_ids: Iterable[str]) -> list[StatusReport]:
        """The current state of messages sent earlier (only those that changed may be listed)."""
        raise NotImplementedError

    def lookup(self, references: Iterable[str]) -> list[LookupResult]:
        """What the provider knows of our references (after a crash)."""
        raise NotImplementedError

    def balance(self) -> Balance:
        raise NotImplementedError

    def check(self) -> str:
        """Test the connection; returns a French sentence, raises GatewayError on failure."""
        raise NotImplementedError

    def set_report_sink(self, sink: ReportSink | None) -> None:
        """Where a provider that calls back (a listener) pushes its delivery reports.

        The dispatcher wires this once (`Gateways.set_report_sink`); gateways that only poll
        ignore it.
        """
        self.report_sink = sink

    #: Set by `set_report_sink`; None until the dispatcher wires it.
    report_sink: ReportSink | None = None

    def set_reply_sink(self, sink: Callable[[list[InboundSms]], object] | None) -> None:
        """Where a provider that pushes customers' replies (a listener) records them; wired
        once by `Gateways.set_reply_sink` (`replies.record`). Polled providers ignore it."""
        self.reply_sink = sink

    reply_sink: Callable[[list[InboundSms]], object] | None = None

    def close(self) -> None:
        """Release sockets, threads, listeners."""


@dataclass(frozen=True, slots=True)
class Field:
    """One setting of a provider type, as the settings dialog and `provider add` ask for it."""

    key: str
    label: str  # French, for the settings dialog
    secret: bool = False  # kept in the system keyring, never in the settings file
    required: bool = False
    default: str = ""
    help: str = ""
    #: How `providers.validate` checks the value: "text", "url", "int", "float", "choice",
    #: "sender" (an SMS sender name or number), "host".
    kind: str = "text"
    choices: tuple[str, ...] = ()  # for kind "choice"


#: Receives delivery reports pushed by a provider (its callback listener).
ReportSink = Callable[[list[StatusReport]], None]

#: A provider module's `build(name, config, secret)`: `config` holds the non-secret fields from
#: the settings file, `secret(key)` reads a secret field from the keyring (None when unset).
SecretReader = Callable[[str], str | None]
