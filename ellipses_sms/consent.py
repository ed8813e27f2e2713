"""Consent for marketing SMS: each hand-typed or list-file recipient looked up in the bookstore.

Why this module exists: prospection by SMS needs the customer's prior consent (CPCE L34-5,
`../shared/reference/gsm7-and-french-rules.md` §3.1); the customer card's « Recevoir les News
par SMS » box (`clients.news_sms`) says it. Import scripts already require it
(`scripts.runner`); a number typed by hand or read from a list file is looked up here by number
(as E.164, whatever shape the card holds it in): a card that says no blocks that recipient with
the reason; a number on no card needs the clerk to vouch for it once per send (« J'ai l'accord
de ces N destinataires », `send --consent-confirmed`), recorded on the job. Read-only, like every
access to the bookstore database. Plain Python, no Qt.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text

from ellipses_sms import bookstore, phone
from ellipses_sms.reasons import Reason
from ellipses_sms.recipients import Recipient

log = logging.getLogger(__name__)

__all__ = ["NOT_CONFIRMED", "NO_NEWS", "ConsentCheck", "check", "confirm_sentence"]

#: The reason a recipient is blocked, as the history shows it.
NO_NEWS = Reason("no_consent")
#: The reason a number on no card is blocked when the clerk does not vouch for it.
NOT_CONFIRMED = Reason("not_confirmed")
#: Every mobile of the customer cards and their consent (the documented bookstore schema).
QUERY = "SELECT telephone_portable AS numero, news_sms FROM clients"


@dataclass
class ConsentCheck:
    """Per recipient index: refused (the card says no), or unknown (on no card)."""

    refusals: dict[int, str] = field(default_factory=dict)
    unknown: list[int] = field(default_factory=list)
    problem: str | None = None  # the bookstore database could not be read (French)

    def needs_confirmation(self) -> bool:
        return bool(self.unknown)


def confirm_sentence(count: int) -> str:
    """« J'ai l'accord de ces 3 destinataires » (what the clerk confirms)."""
    if count == 1:
        return "J'ai l'accord de ce destinataire"
    return f"J'ai l'accord de ces {count} destinataires"


def _cards(url: str, region: str) -> dict[str, bool]:
    """E.164 → consent, over every customer card (a number on several cards: any « no » wins)."""
    from ellipses_sms.scripts.runner import consents

    found: dict[str, bool] = {}
    with bookstore.connect(url) as conn:
        for number, news in conn.execute(text(QUERY)):
            parsed = phone.parse(str(number or ""), region)
            if parsed.valid and parsed.e164:
                found[parsed.e164] = found.get(parsed.e164, True) and consents(news)
    return found


def _scripted(r: Recipient) -> bool:
    """Came from a marketing import script, which already kept only consenting customers."""
    from ellipses_sms.scripts.runner import CONSENT_COLUMN, consents

    return CONSENT_COLUMN in r.fields and consents(r.fields.get(CONSENT_COLUMN))


def check(recipients: Sequence[Recipient], settings: Any) -> ConsentCheck:
    """Look each usable recipient up in the bookstore database (setting `bookstore_url`)."""
    done = ConsentCheck()
    wanted = [i for i, r in enumerate(recipients) if r.valid and not _scripted(r)]
    if not wanted:
        return done
    region = str(settings.get("region") or "FR")
    try:
        cards = _cards(bookstore.configured_url(settings), region)
    except Exception as exc:  # unreachable, or not the documented schema: nobody is known
        log.warning("consent lookup failed: %s", exc)
        done.problem = Reason("consent_unreadable", error=str(exc))
        cards = {}
    for i in wanted:
        agreed = cards.get(recipients[i].number)
        if agreed is None:
            done.unknown.append(i)
        elif not agreed:
            done.refusals[i] = NO_NEWS
    return done
