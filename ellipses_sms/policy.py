"""The French rules for marketing SMS as pure functions: hours, the STOP mention, STOP replies.

Why this module exists: the window, the command line and the journal must apply the same rules
(`../shared/reference/gsm7-and-french-rules.md` §3). `Dispatcher.create_job` calls them for every
job, whoever asks for it; `compose` calls `with_stop_mention` so that the preview counts the SMS
the customer receives. Plain Python, no Qt, no store.

- **Hours** (§3.3): a marketing message asked for outside the window is held until the window
  opens, in the *customer's* local time. Overseas numbers (+262, +590, +594, +596, +269, +508,
  +687, +689, +681) have their own time and public holidays, so each message gets its own due
  time (`due_times`): one job, one clerk's decision, and the messages of a Réunion customer wait
  in the same job for their own morning. Overseas offsets are fixed (none of these has summer
  time, except Saint-Pierre-et-Miquelon, read from the zone database when it is there), so the
  rule needs no time-zone data on Windows.
- **STOP mention** (§3.1, §3.2): every marketing SMS ends with the setting's mention.
- **STOP replies** (§3.2): « STOP », « Arrêt », « stopp ! », « désabonner »… in any case.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from typing import Any

from ellipses_sms.hours import (
    MARKETING_DEFAULT,
    MARKETING_LATEST,
    MONTHS_FR,
    WEEKDAYS_FR,
    SendingWindow,
    parse_hhmm,
)
from ellipses_sms.reasons import Reason

__all__ = [
    "DEFAULT_STOP_MENTION",
    "HOURS_REASON",
    "Hold",
    "JobRules",
    "Zone",
    "departement_subdiv",
    "due_times",
    "hold_sentence",
    "is_stop_reply",
    "job_rules",
    "marketing_hold",
    "marketing_window",
    "stop_mention",
    "with_stop_mention",
    "zone_of",
]

DEFAULT_STOP_MENTION = "STOP au 36111"
HOURS_REASON = Reason("outside_hours")


# -- sending hours ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Zone:
    """Where a customer lives for the sending hours: their clock and their public holidays.

    `tz` None: the bookstore's own clock (the machine's zone) and its département's holidays.
    """

    name: str
    tz: tzinfo | None = None
    subdiv: str | None = None


def _fixed(hours: int) -> tzinfo:
    return timezone(timedelta(hours=hours))


def _miquelon() -> tzinfo:
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("America/Miquelon")
    except Exception:  # no zone database (Windows without tzdata): its winter time
        return _fixed(-3)


#: Longest prefix first. Holidays: the `holidays` package's French subdivisions.
_OVERSEAS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("+262269", "Mayotte", 3, "976"),
    ("+262639", "Mayotte", 3, "976"),
    ("+262", "La Réunion", 4, "974"),
    ("+590", "Guadeloupe", -4, "971"),
    ("+594", "Guyane", -3, "973"),
    ("+596", "Martinique", -4, "972"),
    ("+269", "Comores", 3, None),
    ("+508", "Saint-Pierre-et-Miquelon", _miquelon, "PM"),
    ("+687", "Nouvelle-Calédonie", 11, "NC"),
    ("+689", "Polynésie française", -10, "PF"),
    ("+681", "Wallis-et-Futuna", 12, "WF"),
)
_ZONES: dict[str, Zone] = {}
HOME = Zone("métropole")


def zone_of(number: str) -> Zone | None:
    """The overseas zone of an E.164 number, None for the bookstore's own clock."""
    for prefix, name, offset, subdiv in _OVERSEAS:
        if number.startswith(prefix):
            zone = _ZONES.get(prefix)
            if zone is None:
                tz = offset() if callable(offset) else _fixed(offset)
                zone = _ZONES[prefix] = Zone(name, tz, subdiv)
            return zone
    return None


def departement_subdiv(departement: str) -> str | None:
    """The `holidays` subdivision of the bookstore's département: Moselle « 57 », Alsace
    « 67 » / « 68 » (« 6AE »: Good Friday and 26 December); others have none of their own."""
    dep = (departement or "").strip().upper()
    if dep == "57":
        return "57"
    if dep in ("67", "68", "6AE"):
        return "6AE"
    if dep in ("971", "972", "973", "974", "976"):
        return dep
    return None


def marketing_window(settings) -> SendingWindow:
    """The marketing window from the settings (`marketing_start`, `marketing_end`,
    `departement`); ValueError (French) when the hours are wrong or end after 21:30."""
    start = parse_hhmm(str(settings.get("marketing_start") or "08:00"))
    end = parse_hhmm(str(settings.get("marketing_end") or "20:00"))
    if end > MARKETING_LATEST:
        raise ValueError(
            Reason("marketing_too_late", end=f"{end:%H:%M}", latest=f"{MARKETING_LATEST:%H:%M}")
        )
    return dataclasses.replace(
        MARKETING_DEFAULT,
        start=start,
        end=end,
        subdiv=departement_subdiv(str(settings.get("departement") or "")),
    )


def _opening_utc(window: SendingWindow, zone: Zone | None, base: datetime) -> datetime | None:
    """When a message asked for at `base` (naive UTC) may go there; None: at `base`."""
    if zone is None:
        local = base.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
        opening = window.next_allowed(local)
        return None if opening == local else opening.astimezone(UTC).replace(tzinfo=None)
    if zone.subdiv is not None:
        window = dataclasses.replace(window, subdiv=zone.subdiv)
    local = base.replace(tzinfo=UTC).astimezone(zone.tz).replace(tzinfo=None)
    opening = window.next_allowed(local)
    if opening == local:
        return None
    return opening.replace(tzinfo=zone.tz).astimezone(UTC).replace(tzinfo=None)


def due_times(
    numbers: Sequence[str], base: datetime, window: SendingWindow
) -> list[datetime | None]:
    """Each number's due time (naive UTC) for a message asked for at `base` (naive UTC):
    None when it may go at `base`, else the next opening of the window in its own zone."""
    by_zone: dict[Zone | None, datetime | None] = {}
    found = []
    for number in numbers:
        zone = zone_of(number or "")
        if zone not in by_zone:
            by_zone[zone] = _opening_utc(window, zone, base)
        found.append(by_zone[zone])
    return found


def french_when(local: datetime) -> str:
    """« lundi 7 décembre à 08:00 », « mardi 1er juin à 08:30 »."""
    day = "1er" if local.day == 1 else str(local.day)
    return f"{WEEKDAYS_FR[local.weekday()]} {day} {MONTHS_FR[local.month - 1]} à {local:%H:%M}"


def hold_sentence(first_local: datetime, held: int = 1, total: int = 1) -> str:
    """What the clerk is told: « Envoi programmé pour lundi 7 décembre à 08:00 : hors des
    heures autorisées », or « 2 messages sur 5 programmés, le premier pour … » when some go
    now); `first_local` is the bookstore's clock."""
    when = french_when(first_local)
    if held >= total:
        return Reason("held", when=when, at=first_local)
    return Reason("held_some", held=held, total=total, when=when, at=first_local)


@dataclass(frozen=True, slots=True)
class Hold:
    """What the sending hours make of a marketing job asked for at some time.

    `not_before`: the job's due time (the first opening when every message waits, else as
    asked); `due`: position → its own due time (naive UTC) for each message that waits;
    `note`: the French sentence for the clerk, None when nothing waits."""

    not_before: datetime | None
    due: dict[int, datetime]
    note: str | None


def _local(utc: datetime) -> datetime:
    return utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def marketing_hold(
    numbers: Sequence[str | None],
    asked: datetime | None,
    now: datetime,
    settings,
) -> Hold:
    """The sending hours applied to a marketing job: `numbers[i]` is recipient i's E.164
    number, or None when that recipient is refused anyway; `asked` the job's requested time
    (naive UTC, None: now). ValueError (French) when the hours settings are wrong."""
    window = marketing_window(settings)
    base = asked or now
    dues = due_times([n or "" for n in numbers], base, window)
    wanted = [i for i, n in enumerate(numbers) if n]
    held = {i: dues[i] for i in wanted if dues[i] is not None}
    if not held:
        return Hold(asked, {}, None)
    first = min(held.values())
    if len(held) == len(wanted):
        return Hold(first, held, hold_sentence(_local(first)))
    return Hold(asked, held, hold_sentence(_local(first), len(held), len(wanted)))


@dataclass(frozen=True, slots=True)
class JobRules:
    """A job as the French rules make it, for `Dispatcher.create_job`: each text with its STOP
    mention, the job's and each message's due time, the clerk's note, the opt-out check."""

    text: str
    texts: list[str] | None
    not_before: datetime | None
    due: dict[int, datetime]
    note: str | None
    block_opted_out: bool


def job_rules(
    recipients: Sequence[Any],
    text: str,
    texts: Sequence[str] | None,
    refusals: Mapping[int, str] | None,
    *,
    kind: str,
    asked: datetime | None,
    now: datetime,
    settings,
) -> JobRules:
    """The rules for one job, whoever asks for it (window, command line, service): marketing
    gets the STOP mention and the sending hours and never goes to an opted-out number; a
    notification goes to one only without `optout_blocks_notices`. ValueError (French) when the
    hours settings are wrong."""
    if kind != "marketing":
        block = bool(settings.get("optout_blocks_notices"))
        return JobRules(text, None if texts is None else list(texts), asked, {}, None, block)
    mention = stop_mention(settings)
    marked = None if texts is None else [with_stop_mention(t, mention) for t in texts]
    refused = refusals or {}
    numbers = [r.number if r.valid and i not in refused else None for i, r in enumerate(recipients)]
    hold = marketing_hold(numbers, asked, now, settings)
    return JobRules(
        with_stop_mention(text, mention), marked, hold.not_before, hold.due, hold.note, True
    )


# -- the STOP mention ---------------------------------------------------------------------------


def stop_mention(settings) -> str:
    """The mention every marketing SMS ends with (setting `stop_mention`; never empty)."""
    return str(settings.get("stop_mention") or "").strip() or DEFAULT_STOP_MENTION


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", bare.casefold()).split())


def with_stop_mention(text: str, mention: str) -> str:
    """`text` ending with `mention`: added after a space, unless the text already ends so."""
    folded, wanted = _fold(text), _fold(mention)
    if not wanted or folded == wanted or folded.endswith(" " + wanted):
        return text
    body = text.rstrip()
    return f"{body} {mention}" if body else mention


# -- STOP replies -------------------------------------------------------------------------------

#: First word of a reply that asks to unsubscribe (folded: no accents, lower case).
STOP_WORDS = frozenset(
    {
        "stop",
        "stopp",
        "stoppe",
        "stoppez",
        "stopall",
        "arret",
        "arrete",
        "arreter",
        "arretez",
        "desabonner",
        "desabonne",
        "desabonnez",
        "desabonnement",
        "desinscrire",
        "desinscris",
        "desinscrivez",
        "desinscription",
        "unsubscribe",
    }
)


def is_stop_reply(text: str) -> bool:
    """Does this reply ask for no more SMS? « STOP », « Stop ! », « ARRÊT svp », « stopp »,
    « Désabonner »: its first word is a STOP keyword (whatever the case, accents, punctuation).
    « Je ne veux pas arrêter » is not."""
    words = _fold(text or "").split()
    if not words:
        return False
    first = words[0]
    return first in STOP_WORDS or (first.startswith("stop") and set(first[4:]) <= {"p"})
