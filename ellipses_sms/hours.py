"""Sending hours: when a message may leave, in the bookstore's local time.

One rule for every kind of hold, used by the outbox's due times (`not_before`), the window, the
command line and the watcher alike: marketing SMS only on working days in the day (French
practice, `../shared/reference/gsm7-and-french-rules.md` §3.3: Monday–Saturday 08:00–20:00, no
public holidays, configurable up to 21:30), reception notices not at night (08:00–21:00 by
default). A message asked for outside its window is held until the window opens, never dropped.

Times here are naive local times (the machine's zone, what the clerk reads on the wall clock);
`next_allowed_utc` converts for the store, which keeps naive UTC. Plain Python, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache

from ellipses_sms.reasons import Reason

__all__ = [
    "MARKETING_DEFAULT",
    "MONTHS_FR",
    "NOTICE_DEFAULT",
    "WEEKDAYS_FR",
    "SendingWindow",
    "is_public_holiday",
    "parse_hhmm",
]

#: Monday is 0, as `date.weekday` counts.
WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
#: French month names, for dates written in sentences (`policy.french_when`, `{date}`).
MONTHS_FR = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
#: The latest end the AF2M 2026 charter allows for promotional SMS.
MARKETING_LATEST = time(21, 30)


@lru_cache(maxsize=64)
def _holidays(year: int, subdiv: str | None) -> frozenset[date]:
    import holidays  # imported on first use: the command line starts without it

    return frozenset(holidays.France(years=year, subdiv=subdiv))


def is_public_holiday(day: date, subdiv: str | None = None) -> bool:
    """A French public holiday (`subdiv` « 57 », « 67 », « 68 » adds Alsace-Moselle's days)."""
    return day in _holidays(day.year, subdiv)


def parse_hhmm(text: str) -> time:
    """« 8:00 », « 08h00 », « 21:30 » → a time; ValueError in French otherwise."""
    cleaned = (text or "").strip().lower().replace("h", ":")
    if cleaned.endswith(":"):
        cleaned += "00"
    try:
        hours, minutes = cleaned.split(":") if ":" in cleaned else (cleaned, "0")
        return time(int(hours), int(minutes))
    except ValueError:
        raise ValueError(Reason("invalid_time", text=text)) from None


@dataclass(frozen=True, slots=True)
class SendingWindow:
    """Daily hours on some weekdays, optionally not on public holidays.

    `start` is included and `end` excluded: 08:00–20:00 lets 19:59 go and holds 20:00.
    """

    start: time
    end: time
    weekdays: frozenset[int] = field(default_factory=lambda: frozenset(range(7)))
    skip_holidays: bool = False
    subdiv: str | None = None

    def __post_init__(self) -> None:
        if not self.start < self.end:
            raise ValueError(
                Reason("invalid_hours", begin=f"{self.start:%H:%M}", end=f"{self.end:%H:%M}")
            )
        if not self.weekdays:
            raise ValueError(Reason("no_sending_day"))

    def _day_open(self, day: date) -> bool:
        if day.weekday() not in self.weekdays:
            return False
        return not (self.skip_holidays and is_public_holiday(day, self.subdiv))

    def allows(self, local: datetime) -> bool:
        """May a message leave at this local time?"""
        return self._day_open(local.date()) and self.start <= local.time() < self.end

    def next_allowed(self, local: datetime) -> datetime:
        """`local` itself when allowed, else the next opening (local time)."""
        if self.allows(local):
            return local
        day = local.date()
        if self._day_open(day) and local.time() < self.start:
            return datetime.combine(day, self.start)
        for _ in range(400):  # a year and more: every window opens within it
            day += timedelta(days=1)
            if self._day_open(day):
                return datetime.combine(day, self.start)
        raise ValueError("Aucun jour d'envoi permis dans l'année.")  # pragma: no cover

    def next_allowed_utc(self, utc: datetime) -> datetime:
        """The same for a naive UTC time (the store's clock), answered in naive UTC."""
        local = utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
        opening = self.next_allowed(local)
        if opening == local:
            return utc
        return opening.astimezone(UTC).replace(tzinfo=None)

    def describe(self) -> str:
        """French, for the clerk: « du lundi au samedi, de 08:00 à 20:00, hors jours fériés »."""
        days = sorted(self.weekdays)
        if len(days) == 7:
            when = "tous les jours"
        elif days == list(range(days[0], days[-1] + 1)):
            when = f"du {WEEKDAYS_FR[days[0]]} au {WEEKDAYS_FR[days[-1]]}"
        else:
            when = ", ".join(WEEKDAYS_FR[d] for d in days)
        text = f"{when}, de {self.start:%H:%M} à {self.end:%H:%M}"
        return text + (", hors jours fériés" if self.skip_holidays else "")


#: Promotional SMS: Monday–Saturday 08:00–20:00, no public holidays (satisfies every version).
MARKETING_DEFAULT = SendingWindow(time(8), time(20), frozenset(range(6)), skip_holidays=True)
#: Reception notices: not at night, every day.
NOTICE_DEFAULT = SendingWindow(time(8), time(21))
