"""Compose a send without sending it: each recipient's text, encoding, parts, refusal; the totals.

Why this module exists: the command line (`send --dry-run`), the confirmation of the window and
the outbox must agree on what each customer will receive and what it costs, before anything is
journaled. `compose` renders the clerk's template for every recipient (`templates.render_all`),
or, when no text is given, each recipient's own message from a list's « message » / « texte »
column (placeholders work inside it too). It adds what the outbox itself refuses before sending
(unusable numbers, a number twice in the send, with the outbox's own words) so that the dry run
shows the send as it will be journaled; opt-outs need the store and stay the outbox's.

`Composition.texts` and `Composition.template_refusals` are what `Dispatcher.create_job` takes
(``texts=``, ``refusals=``). Plain Python, no Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from ellipses_sms import phone, policy, sms, templates
from ellipses_sms.listfiles import MESSAGE_FIELDS
from ellipses_sms.pricing import estimated_cost
from ellipses_sms.reasons import Reason
from ellipses_sms.recipients import Recipient

__all__ = ["DUPLICATE", "NO_MESSAGE", "Composition", "Message", "compose", "message_field"]

#: The outbox's words for a number already in the send (`sending.outbox.DUPLICATE`).
DUPLICATE = Reason("duplicate")
#: A list with a message per row, and a row without one.
#: The job's text when each recipient has their own message (a list's « message » column).
PER_ROW_TEXT = "(un message par destinataire)"
NO_MESSAGE = Reason("no_message")


@dataclass(frozen=True, slots=True)
class Message:
    """One recipient's line of the dry run."""

    position: int
    name: str
    number: str  # E.164 when valid, else as typed
    text: str  # "" when refused
    encoding: sms.Encoding
    parts: int  # 0 when refused
    refusal: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "position": self.position,
            "name": self.name,
            "number": self.number,
            "text": self.text,
            "encoding": self.encoding.value,
            "parts": self.parts,
            "refusal": self.refusal,
        }


@dataclass(frozen=True)
class Composition:
    """A send, rendered and counted, nothing journaled. Index ``i`` is ``recipients[i]``.

    ``template_refusals``: recipients refused by the rendering (a missing value, no message),
    for ``create_job(refusals=…)``; ``refusals``: those plus the numbers the outbox refuses
    itself, what the dry run shows. Refused recipients cost nothing.
    """

    recipients: Sequence[Recipient]
    template: str | None  # None: each recipient's own message
    texts: list[str]
    encodings: list[sms.Encoding]
    parts: list[int]
    template_refusals: dict[int, str]
    refusals: dict[int, str]
    price_per_part: float
    per_row: bool = field(default=False)
    #: The send's figures (parts, Unicode, longest), counted once: over 100,000 recipients each
    #: is a walk of every row, which the window must not repeat on its GUI thread. Forgotten by
    #: `refuse`, the one change a composition allows.
    _figures: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def __len__(self) -> int:
        return len(self.recipients)

    def refuse(self, refusals: Mapping[int, str]) -> None:
        """Refuse these recipients too, before anything is journaled (a marketing send to a
        customer whose card says no: `consent`); a recipient already refused keeps its reason."""
        for i, reason in refusals.items():
            if i not in self.refusals:
                self.refusals[i] = reason
                self.template_refusals[i] = reason
        self._figures.clear()

    def count(self) -> Composition:
        """Count the send's figures now (a worker thread does, before the window reads them)."""
        self.totals()
        return self

    def message(self, i: int) -> Message:
        r = self.recipients[i]
        refusal = self.refusals.get(i)
        if refusal is not None:
            return Message(i, r.name, r.number, "", sms.Encoding.GSM7, 0, refusal)
        return Message(i, r.name, r.number, self.texts[i], self.encodings[i], self.parts[i], None)

    def messages(self) -> Iterator[Message]:
        for i in range(len(self.recipients)):
            yield self.message(i)

    @property
    def to_send(self) -> int:
        return len(self.recipients) - len(self.refusals)

    @property
    def total_parts(self) -> int:
        """Parts of the messages that will go (refused ones excluded)."""
        if "parts" not in self._figures:
            refused = self.refusals
            self._figures["parts"] = sum(p for i, p in enumerate(self.parts) if i not in refused)
        return self._figures["parts"]

    @property
    def cost(self) -> float:
        """Estimated cost in euros: the sum of parts times the `price_per_part` setting."""
        return estimated_cost(self.total_parts, self.price_per_part)

    @property
    def unicode_count(self) -> int:
        if "unicode" not in self._figures:
            ucs2, refused = sms.Encoding.UCS2, self.refusals
            self._figures["unicode"] = sum(
                1 for i, e in enumerate(self.encodings) if e is ucs2 and i not in refused
            )
        return self._figures["unicode"]

    @property
    def longest(self) -> int | None:
        """Index of the first message that will go with the most parts (the example to show)."""
        if "longest" not in self._figures:
            best, at = 0, None
            for i, p in enumerate(self.parts):
                if p > best and i not in self.refusals:
                    best, at = p, i
            self._figures["longest"] = at
        return self._figures["longest"]

    @property
    def max_parts(self) -> int:
        at = self.longest
        return 0 if at is None else self.parts[at]

    def totals(self) -> dict[str, Any]:
        return {
            "recipients": len(self.recipients),
            "to_send": self.to_send,
            "refused": len(self.refusals),
            "parts": self.total_parts,
            "max_parts": self.max_parts,
            "unicode": self.unicode_count,
            "price_per_part": self.price_per_part,
            "cost": self.cost,
        }

    def to_json(self) -> dict[str, Any]:
        """What `send --dry-run --json` prints."""
        return {
            "dry_run": True,
            "template": self.template,
            "per_row": self.per_row,
            "messages": [m.to_json() for m in self.messages()],
            "totals": self.totals(),
        }

    def summary(self) -> str:
        """One French sentence: « 3 SMS pour 2 destinataires (1 refusé), coût estimé 0,21 € »."""
        refused = len(self.refusals)
        text = f"{self.total_parts} SMS pour {self.to_send} destinataire(s)"
        if refused:
            text += f" ({refused} refusé{'s' if refused > 1 else ''})"
        cost = f"{self.cost:,.2f}".replace(",", " ").replace(".", ",")
        text += f", coût estimé {cost} €"
        if self.max_parts > 1:
            text += f" ; jusqu'à {self.max_parts} SMS par message"
        if self.unicode_count:
            text += f" ; {self.unicode_count} en Unicode"
        return text + "."

    def lines(self) -> Iterator[str]:
        """The dry run for a terminal: one line per recipient, then the summary."""
        for m in self.messages():
            who = " ".join(v for v in (m.name, f"({phone.display(m.number)})") if v)
            if m.refusal:
                yield f"{who} : refusé, {m.refusal}"
            else:
                s = "" if m.parts == 1 else "s"
                yield f"{who} : {m.parts} SMS{s}, {m.encoding.value} — {m.text}"
        yield self.summary()


def for_send(
    recipients: Sequence[Recipient],
    text: str | None,
    settings: Any,
    *,
    provider: ProviderLimits | None = None,
    kind: str = "notification",
    today: date | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Composition:
    """The composition a send journals, for the window and the command line alike: the
    settings' built-ins (``{librairie}``, ``{date}`` of ``today``, the day it goes), the price
    per part, the STOP mention of a marketing send, and the carrying provider's limits."""
    return compose(
        recipients,
        text,
        builtins=templates.builtin_values(settings, today=today),
        price_per_part=float(settings.get("price_per_part") or 0.0),
        provider=provider,
        stop_mention=policy.stop_mention(settings) if kind == "marketing" else None,
        cancelled=cancelled,
    )


def message_field(recipients: Sequence[Recipient]) -> str | None:
    """The field holding each row's own message (« message », « texte »), if the list has one."""
    for key in MESSAGE_FIELDS:
        if any(key in r.fields for r in recipients):
            return key
    return None


def _all_refusals(recipients: Sequence[Recipient], rendering: Mapping[int, str]) -> dict[int, str]:
    """What the journal will say, in the outbox's order: an unusable number, then the
    rendering's refusal, then a number already in the send (`sending.outbox`)."""
    refused: dict[int, str] = {}
    seen: set[str] = set()
    for i, r in enumerate(recipients):
        if not r.valid:
            refused[i] = r.error or Reason("invalid_number")
        elif i in rendering:
            refused[i] = rendering[i]
        elif r.number in seen:
            refused[i] = DUPLICATE
        if r.valid:
            seen.add(r.number)
    return refused


class ProviderLimits(Protocol):
    """What compose asks of the provider that will carry the send (a `gateway.Gateway`)."""

    max_parts: int
    max_chars: int

    def too_long(self, text: str) -> str | None: ...

    def number_refusal(self, e164: str) -> str | None: ...


def provider_refusals(
    recipients: Sequence[Recipient],
    texts: Sequence[str],
    parts: Sequence[int],
    refused: Mapping[int, str],
    provider: ProviderLimits,
) -> dict[int, str]:
    """The recipients this provider will not take: its number rule, then its longest text.

    The same rule as the gateway's own `precheck` at submit time, applied before anything is
    journaled so that the dry run, the confirmation and the journal say it first. Only messages
    over the provider's limits are measured again (cheap at 100,000 rows).
    """
    found: dict[int, str] = {}
    max_parts, max_chars = provider.max_parts, provider.max_chars
    for i, r in enumerate(recipients):
        if i in refused or not r.valid:
            continue
        reason = provider.number_refusal(r.number)
        if reason is None and (
            (max_parts and parts[i] > max_parts) or (max_chars and len(texts[i]) > max_chars // 2)
        ):
            reason = provider.too_long(texts[i])
        if reason is not None:
            found[i] = reason
    return found


def compose(
    recipients: Sequence[Recipient],
    text: str | None,
    *,
    builtins: Mapping[str, str] | None = None,
    price_per_part: float = 0.0,
    transliterate: bool = False,
    provider: ProviderLimits | None = None,
    stop_mention: str | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Composition:
    """Render and count a send for these recipients; nothing is journaled, nothing sent.

    ``text`` is the clerk's template; empty or None uses each recipient's « message » (or
    « texte ») field as its own template. Raises `templates.TemplateError` for the clerk's
    template (exit 2 on the command line), and `ValueError` (French) when there is no text and
    no message column. A per-row message that cannot be rendered refuses that row alone.
    ``provider``: the gateway that will carry the send; a number it does not take or a text
    longer than it carries (Kannel's ``max-messages``) refuses that recipient alone, here.
    ``stop_mention`` (marketing: `policy.stop_mention`) ends every message, counted with it.
    ``cancelled``: the window's preview stops a stale composition with `templates.Cancelled`.
    """
    people = list(recipients)
    mention = (stop_mention or "").replace("{", "{{").replace("}", "}}")
    if mention and text is not None and text.strip():
        text = policy.with_stop_mention(text, mention)
    if text is not None and text.strip():
        rendering = templates.render_all(
            text, people, builtins, transliterate=transliterate, cancelled=cancelled
        )
        texts, encodings, parts = rendering.texts, rendering.encodings, rendering.parts
        template_refusals = dict(rendering.refusals)
        per_row = False
    else:
        key = message_field(people)
        if key is None:
            raise ValueError(Reason("no_text"))
        texts, encodings, parts, template_refusals = _per_row(
            people, key, builtins, transliterate, mention
        )
        text, per_row = None, True
    if cancelled is not None and cancelled():
        raise templates.Cancelled
    if provider is not None:
        template_refusals.update(
            provider_refusals(people, texts, parts, template_refusals, provider)
        )
    refusals = _all_refusals(people, template_refusals)
    for i in refusals:
        texts[i], encodings[i], parts[i] = "", sms.Encoding.GSM7, 0
    return Composition(
        people,
        text,
        texts,
        encodings,
        parts,
        dict(sorted(template_refusals.items())),
        dict(sorted(refusals.items())),
        price_per_part,
        per_row,
    )


def _per_row(
    people: list[Recipient],
    key: str,
    builtins: Mapping[str, str] | None,
    transliterate: bool,
    mention: str = "",
) -> tuple[list[str], list[sms.Encoding], list[int], dict[int, str]]:
    """Each row's own message as its template: rows sharing a message are rendered together."""
    count = len(people)
    all_known: set[str] | None = None  # the list's fields, computed at the first need
    texts = [""] * count
    encodings = [sms.Encoding.GSM7] * count
    parts = [0] * count
    refusals: dict[int, str] = {}
    groups: dict[str, list[int]] = {}
    for i, r in enumerate(people):
        own = str(r.fields.get(key) or "").strip()
        if not own:
            refusals[i] = NO_MESSAGE
        else:
            own = policy.with_stop_mention(own, mention) if mention else own
            groups.setdefault(own, []).append(i)
    for own, rows in groups.items():
        try:
            rendering = templates.render_all(
                own, [people[i] for i in rows], builtins, transliterate=transliterate
            )
        except templates.UnknownPlaceholder as exc:
            # unknown to these rows, but a field of the list: a missing value, as with one text
            if all_known is None:
                all_known = set(templates.known_fields(people, builtins))
            if set(exc.keys) <= all_known:
                refusals.update(dict.fromkeys(rows, templates.missing_reason(list(exc.keys))))
            else:
                refusals.update(dict.fromkeys(rows, Reason("list_message", error=str(exc))))
            continue
        except templates.TemplateError as exc:
            refusals.update(dict.fromkeys(rows, Reason("list_message", error=str(exc))))
            continue
        for j, i in enumerate(rows):
            texts[i], encodings[i], parts[i] = (
                rendering.texts[j],
                rendering.encodings[j],
                rendering.parts[j],
            )
            if j in rendering.refusals:
                refusals[i] = rendering.refusals[j]
    return texts, encodings, parts, refusals
