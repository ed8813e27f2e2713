"""Reception notices: the réception script, the watcher's pass, and their exactly-once keys.

The old tool's first mode (manual, section II.1): when a book a customer ordered arrives, the
customer whose card has « Alertes SMS (réception) » ticked gets an SMS, with nobody at the
screen. Two ways in reach this module: `ellipses-sms notify reception --order ID` (a bookstore
software that can run a command) and the watcher (`ellipses-sms watch`, the service, the
window), which runs the réception script every few seconds.

Exactly once is decided by the store, never by this process's memory: each reception has a key,
(kind, order, reception date), under a unique constraint (`notices`, migration 0005). The rows of
the notices an SMS carries are inserted in the same transaction as its job and messages
(`Dispatcher.create_job(journal_with=…)`), so of two claimants (notify and the watcher, two
watchers, two workstations on one PostgreSQL) the second one's transaction fails on the key,
journals nothing, reads what the first decided, and says so. A reception that gets no SMS has
its row too: `seen` (dated before the watcher was enabled, the first run does not text the
past) or `unsent` with its French reason (no usable mobile), so it is not retried forever and
the clerk can call the customer instead.

One SMS per delivery: one customer's receptions of one day make one message (`{titres}`,
`{nb_ouvrages}`), and each of its orders has its own row pointing at that message. Quiet hours
(`notices_start`–`notices_end`, `hours.SendingWindow`): a reception seen at 22:30 is journaled
at once, due at 08:00 (`not_before`). Plain Python, no Qt.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from ellipses_sms import bookstore, phone
from ellipses_sms.hours import NOTICE_DEFAULT, SendingWindow, parse_hhmm
from ellipses_sms.recipients import Recipient
from ellipses_sms.scripts import runner
from ellipses_sms.store.models import (
    jobs_table,
    messages_table,
    notices_table,
    store_meta_table,
)
from ellipses_sms.store.queries import utc_to_local

log = logging.getLogger(__name__)

__all__ = [
    "NOTIFIED",
    "RECEPTION",
    "REMINDER",
    "SEEN",
    "UNSENT",
    "NoticeBook",
    "NoticeError",
    "Notifier",
    "Outcome",
    "Reception",
    "read_receptions",
]

RECEPTION, REMINDER = "reception", "reminder"
#: A notice's decided state (`notices.state`).
NOTIFIED, SEEN, UNSENT = "notified", "seen", "unsent"
#: Not recorded: decided again at each pass (the card may be ticked, the order collected).
DECLINED, COLLECTED, MISSING = "declined", "collected", "missing"
#: Receptions older than this many days before the watcher's start are not read at all.
LOOKBACK_DAYS = 60
#: `store_meta` key: the day the watcher was first run (receptions before it are not texted).
SINCE_KEY = "notices_since"
REQUIRED_COLUMNS = ("id_commande", "date_reception")
NO_ALERT = "le client n'a pas demandé les Alertes SMS (réception)"
_YES = frozenset({"1", "o", "oui", "y", "yes", "true", "vrai", "x"})
#: `jobs.source` of the notices' jobs.
SOURCE = "notice"
_ATTEMPTS = 5  # journaling rounds when another claimant wins a key meanwhile


class NoticeError(ValueError):
    """A notice cannot be looked up or journaled (French message for the clerk)."""


# -- the réception script -------------------------------------------------------------------


@dataclass(frozen=True)
class Reception:
    """One received order, as the réception script returns it."""

    order_id: str
    received_on: date
    customer_id: str  # the grouping key: id_client, else the number as typed
    name: str
    number: str  # as the bookstore database has it
    title: str
    fields: Mapping[str, str]
    alert: bool = True
    collected: bool = False

    @property
    def key(self) -> tuple[str, date]:
        return (self.order_id, self.received_on)


def _day(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()[:10]
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _ticked(value: Any) -> bool:
    if value is None or isinstance(value, bool):
        return bool(value)
    if isinstance(value, int | float):
        return value != 0
    return str(value).strip().lower() in _YES


def can_find_receptions(script: runner.Script) -> bool:
    """Whether a script can be the réception script: a notification script with the `depuis`
    date parameter `read_receptions` gives it (Paramètres offers only those)."""
    return (
        script.ok and script.kind == "notification" and "depuis" in {p.key for p in script.params}
    )


def read_receptions(script: runner.Script, url: str, depuis: date) -> list[Reception]:
    """The received orders the script returns from `depuis` on (its `depuis` parameter).

    The script returns `nom`, `numero`, `id_commande`, `date_reception`; optionally
    `titre_ouvrage`, `date_retrait` (a collected order is never notified), `alerte_sms` (a
    customer without it ticked is never notified, even when the SQL forgets to filter) and
    `id_client`; every column is a field for the template. Raises `runner.ScriptError`.
    """
    if script.error:
        raise script.error
    if "depuis" not in {p.key for p in script.params}:
        raise runner.ScriptError(
            script.path,
            None,
            "le script des réceptions doit déclarer le paramètre « -- param: depuis date … »",
        )
    found = runner.preview(script, {"depuis": depuis}, url, limit=sys.maxsize)
    lowered = [c.lower() for c in found.columns]
    name_at = next((lowered.index(c) for c in runner.NAME_COLUMNS if c in lowered), None)
    number_at = next((lowered.index(c) for c in runner.NUMBER_COLUMNS if c in lowered), None)
    missing = [c for c in REQUIRED_COLUMNS if c not in lowered]
    if name_at is None:
        missing.insert(0, "nom")
    if number_at is None:
        missing.insert(1 if name_at is None else 0, "numero")
    if missing:
        raise runner.ScriptError(
            script.path,
            script.sql_line,
            f"le script des réceptions doit renvoyer la colonne {' et '.join(missing)} "
            f"(colonnes renvoyées : {', '.join(found.columns) or 'aucune'})",
        )
    at = {c: i for i, c in enumerate(lowered) if i not in (name_at, number_at)}
    order_at, day_at = at["id_commande"], at["date_reception"]
    out = []
    for row in found.rows:
        fields = dict(runner.RowFields(at, row))
        received = _day(row[day_at])
        if received is None:
            continue  # not received yet
        number = "" if row[number_at] is None else str(row[number_at]).strip()
        customer = fields.get("id_client") or number
        out.append(
            Reception(
                order_id=str(row[order_at]).strip(),
                received_on=received,
                customer_id=customer,
                name=runner.RowFields({"n": name_at}, row)["n"],
                number=number,
                title=fields.get("titre_ouvrage", ""),
                fields=fields,
                alert=_ticked(row[at["alerte_sms"]]) if "alerte_sms" in at else True,
                collected=bool(fields.get("date_retrait", "")),
            )
        )
    return out


def french_list(items: Sequence[str]) -> str:
    """« A », « A et B », « A, B et C »."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " et " + items[-1]


def group_fields(group: Sequence[Reception]) -> dict[str, str]:
    """One SMS's fields for one customer's receptions of one day: the first order's fields,
    with `{titres}` (« A, B et C »), `{nb_ouvrages}` and `{date_reception}` (JJ/MM/AAAA)."""
    first = group[0]
    titles = french_list([r.title for r in group])
    return {
        **first.fields,
        "titres": titles,
        "titre_ouvrage": titles,
        "nb_ouvrages": str(len(group)),
        "id_commande": ", ".join(r.order_id for r in group),
        "date_reception": first.received_on.strftime("%d/%m/%Y"),
    }


# -- what the store holds -------------------------------------------------------------------


@dataclass
class Outcome:
    """What became of one order's notice, in this call or before it."""

    kind: str
    order_id: str
    received_on: date | None
    name: str
    state: str  # notified, seen, unsent, declined, collected, missing
    fresh: bool = False  # decided by this call
    reason: str | None = None
    job_id: int | None = None
    message_id: int | None = None
    at: datetime | None = None  # when it was decided (naive UTC)
    due: datetime | None = None  # an SMS held until allowed hours (naive UTC)

    def who(self) -> str:
        what = "Rappel, commande" if self.kind == REMINDER else "Commande"
        return f"{what} {self.order_id}" + (f" ({self.name})" if self.name else "")

    def sentence(self) -> str:
        """French, for the command line: « Commande 12 (Claire Dupond) : déjà prévenu le … »."""
        when = utc_to_local(self.at)
        stamp = f"le {when:%d/%m/%Y} à {when:%H:%M}" if when else ""
        if self.state == NOTIFIED:
            if self.due is not None:
                due = utc_to_local(self.due)
                text = f"avis prévu le {due:%d/%m/%Y} à {due:%H:%M} (heures d'envoi des avis)"
            elif self.fresh:
                text = f"avis inscrit au journal (envoi n° {self.job_id})"
            else:
                text = f"déjà prévenu {stamp}"
        elif self.state == SEEN:
            day = f" du {self.received_on:%d/%m/%Y}" if self.received_on else ""
            text = f"réception{day} antérieure à la mise en service des avis : aucun SMS"
        elif self.state == UNSENT:
            text = f"avis non envoyé ({self.reason})"
            if not self.fresh and stamp:
                text = f"avis non envoyé {stamp} ({self.reason})"
        elif self.state == DECLINED:
            text = f"{NO_ALERT} : aucun SMS"
        elif self.state == COLLECTED:
            text = "commande déjà retirée : aucun SMS"
        else:
            text = "introuvable parmi les commandes reçues et non retirées de la base librairie"
        return f"{self.who()} : {text}."

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "order": self.order_id,
            "received_on": self.received_on.isoformat() if self.received_on else None,
            "name": self.name,
            "state": self.state,
            "new": self.fresh,
            "reason": self.reason,
            "job_id": self.job_id,
            "message_id": self.message_id,
            "at": self.at.isoformat(timespec="seconds") + "Z" if self.at else None,
            "due": self.due.isoformat(timespec="seconds") + "Z" if self.due else None,
        }


def _insert_ignore(conn, table, index: Sequence[str]):
    """`INSERT … ON CONFLICT DO NOTHING` in the store's dialect (SQLite or PostgreSQL)."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    return dialect_insert(table).on_conflict_do_nothing(index_elements=list(index))


class NoticeBook:
    """Reads and writes the `notices` table; every decision is a unique key of the store."""

    KEY = ("kind", "order_id", "received_on")

    def __init__(self, store):
        self.store = store

    def known(self, kind: str, keys: Iterable[tuple[str, date]]) -> dict[tuple[str, date], Any]:
        """The notices already decided among these keys, with their job's due time."""
        n, j, m = notices_table, jobs_table, messages_table
        wanted = set(keys)
        orders = sorted({k[0] for k in wanted})
        found: dict[tuple[str, date], Any] = {}
        with self.store.connect() as conn:
            for start in range(0, len(orders), 500):
                query = (
                    select(n, j.c.not_before, m.c.state.label("message_state"))
                    .select_from(n.outerjoin(j, j.c.id == n.c.job_id))
                    .outerjoin(m, m.c.id == n.c.message_id)
                    .where(n.c.kind == kind, n.c.order_id.in_(orders[start : start + 500]))
                )
                for row in conn.execute(query):
                    key = (row.order_id, row.received_on)
                    if key in wanted:
                        found[key] = row
        return found

    def record(self, rows: Sequence[Mapping[str, Any]]) -> set[tuple[str, date]]:
        """Rows decided without an SMS (seen, unsent), each once; returns the keys written
        here (another claimant may have decided some first)."""
        written: set[tuple[str, date]] = set()
        if not rows:
            return written
        with self.store.begin() as conn:
            stmt = _insert_ignore(conn, notices_table, self.KEY).returning(
                notices_table.c.order_id, notices_table.c.received_on
            )
            for row in rows:
                for order_id, received_on in conn.execute(stmt, dict(row)):
                    written.add((order_id, received_on))
        return written

    def enabled_since(self, today: date) -> date:
        """The day the watcher was first run (recorded now if it never was)."""
        meta = store_meta_table
        with self.store.begin() as conn:
            conn.execute(
                _insert_ignore(conn, meta, ("key",)).values(key=SINCE_KEY, value=today.isoformat())
            )
            value = conn.scalar(select(meta.c.value).where(meta.c.key == SINCE_KEY))
        return _day(value) or today

    def unsent(self, limit: int = 500) -> list:
        """Notices recorded as not sent (no usable mobile…), newest first: for the clerk."""
        n = notices_table
        with self.store.connect() as conn:
            return conn.execute(
                select(n).where(n.c.state == UNSENT).order_by(n.c.created_at.desc()).limit(limit)
            ).all()


def _outcome(kind: str, row, fresh: bool, now: datetime) -> Outcome:
    held = row.not_before if row.not_before is not None and row.not_before > now else None
    if row.message_state not in (None, "queued"):
        held = None
    return Outcome(
        kind,
        row.order_id,
        row.received_on,
        row.customer or "",
        row.state,
        fresh,
        row.reason,
        row.job_id,
        row.message_id,
        row.created_at,
        held,
    )


# -- journaling -----------------------------------------------------------------------------


@dataclass
class Journaled:
    """What one call decided: an outcome per order, and the jobs it journaled."""

    outcomes: list[Outcome] = field(default_factory=list)
    jobs: list[int] = field(default_factory=list)

    def fresh(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.fresh]

    def extend(self, other: Journaled) -> None:
        self.outcomes += other.outcomes
        self.jobs += other.jobs


class Notifier:
    """Turns receptions into journaled SMS, each reception once; built over the dispatcher."""

    def __init__(self, dispatcher, settings, *, bookstore_url: str | None = None):
        from ellipses_sms.template_store import TemplateStore

        self.dispatcher = dispatcher
        self.settings = settings
        self.store = dispatcher.store
        self.clock = dispatcher.clock
        self.book = NoticeBook(self.store)
        self.templates = TemplateStore(self.store)
        self.bookstore_url = bookstore_url

    # -- settings -------------------------------------------------------------------------

    def window(self) -> SendingWindow:
        """The hours notices may go (settings `notices_start`, `notices_end`)."""
        try:
            return SendingWindow(
                parse_hhmm(self.settings.get("notices_start")),
                parse_hhmm(self.settings.get("notices_end")),
            )
        except ValueError as exc:
            log.warning("notice hours unusable (%s); 08:00-21:00 used", exc)
            return NOTICE_DEFAULT

    def script(self) -> runner.Script:
        script = runner.find(self.settings.get("notices_script") or "reception")
        if script.error:
            raise script.error
        return script

    def url(self) -> str:
        return bookstore.configured_url(self.settings, self.bookstore_url)

    def today(self) -> date:
        return utc_to_local(self.clock.now()).date()

    # -- notify ---------------------------------------------------------------------------

    def lookup(self, order_ids: Sequence[str], days: int = 365) -> list[Reception]:
        """The receptions of these orders (the réception script over the last `days`), with
        the same customer's other receptions of the same day: one SMS for the delivery."""
        wanted = {str(o).strip() for o in order_ids}
        depuis = self.today() - timedelta(days=days)
        found = read_receptions(self.script(), self.url(), depuis)
        days_of = {(r.customer_id, r.received_on) for r in found if r.order_id in wanted}
        return [
            r for r in found if r.order_id in wanted or (r.customer_id, r.received_on) in days_of
        ]

    def notify_orders(self, order_ids: Sequence[str], *, claim: bool = True) -> Journaled:
        """`notify reception --order ID…`: each order's reception notice, once."""
        receptions = self.lookup(order_ids)
        done = self.journal(receptions, kind=RECEPTION, claim=claim)
        found = {o.order_id for o in done.outcomes}
        for order in dict.fromkeys(str(o).strip() for o in order_ids):
            if order not in found:
                done.outcomes.append(Outcome(RECEPTION, order, None, "", MISSING))
        return done

    # -- the watcher's pass ---------------------------------------------------------------

    def watch_pass(self, since: date | None = None, *, claim: bool = True) -> Journaled:
        """One pass: every new reception notified; older ones (before the day the watcher
        was first run, or `since`) recorded as seen; reminders when the setting asks."""
        today = self.today()
        first = self.book.enabled_since(since or today)
        since = since or first
        reminder_days = max(0, int(self.settings.get("notices_reminder_days") or 0))
        depuis = min(since, today) - timedelta(days=LOOKBACK_DAYS + reminder_days)
        receptions = read_receptions(self.script(), self.url(), depuis)
        done = self.journal(receptions, kind=RECEPTION, since=since, claim=claim)
        if reminder_days:
            limit = today - timedelta(days=reminder_days)
            due = [
                r
                for r in receptions
                if r.alert and not r.collected and since <= r.received_on <= limit
            ]
            notified = self.book.known(RECEPTION, [r.key for r in due])
            due = [r for r in due if r.key in notified and notified[r.key].state == NOTIFIED]
            done.extend(self.journal(due, kind=REMINDER, claim=claim))
        return done

    # -- sending what was journaled ---------------------------------------------------------

    def pending_jobs(self) -> list[int]:
        """Notice jobs due now that nobody holds: left by a pass that was killed (their
        sender proven gone first, what it left `submitting` looked up), or held until
        allowed hours whose time has come."""
        due = self.dispatcher.recover()
        if not due:
            return []
        j = jobs_table
        with self.store.connect() as conn:
            ours = set(conn.scalars(select(j.c.id).where(j.c.id.in_(due), j.c.source == SOURCE)))
        return [job for job in due if job in ours]

    def run_jobs(self, jobs: Iterable[int], pause=None) -> list:
        """Send these jobs now (a job another sender holds is left to it)."""
        from ellipses_sms.sending import JobBusy

        summaries = []
        for job in jobs:
            if pause is not None and pause.is_set():
                break
            try:
                summaries.append(self.dispatcher.run(job, pause=pause))
            except JobBusy as exc:
                log.info("%s", exc)
        return summaries

    def cycle(self, since: date | None = None, pause=None) -> tuple[Journaled, list]:
        """What `watch` and the service do each time: finish the notice jobs left behind,
        one pass, and send what it journaled that may go now."""
        summaries = self.run_jobs(self.pending_jobs(), pause)
        done = self.watch_pass(since)
        held = {o.job_id for o in done.outcomes if o.due is not None}
        summaries += self.run_jobs([job for job in done.jobs if job not in held], pause)
        return done, summaries

    def lines(self, done: Journaled, *, fresh_only: bool = False) -> tuple[list[str], bool]:
        """Each order's line in French, with its SMS's state once sent (« Commande 12 (Claire
        Dupond) : SMS au +33 6 12 34 56 78, Envoyé. »), and whether every customer is (or
        rightly is not) told. `fresh_only` (a pass): what was decided now, the past in one
        line."""
        from ellipses_sms.states import ACCEPTED, label

        m = messages_table
        ids = [o.message_id for o in done.outcomes if o.fresh and o.message_id and o.due is None]
        rows = {}
        with self.store.connect() as conn:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                rows.update(
                    {r.id: r for r in conn.execute(select(m).where(m.c.id.in_(chunk))).all()}
                )
        lines, ok, seen = [], True, 0
        for o in done.outcomes:
            if fresh_only and not o.fresh:
                continue
            if fresh_only and o.state == SEEN:
                seen += 1
                continue
            row = rows.get(o.message_id) if o.fresh and o.due is None else None
            if row is None or row.state == "queued":
                lines.append(o.sentence())
                ok = ok and o.state in (NOTIFIED, SEEN, DECLINED, COLLECTED)
                continue
            number = phone.display(row.number)
            lines.append(f"{o.who()} : SMS au {number}, {label(row.state, row.error)}.")
            ok = ok and row.state in ACCEPTED
        if seen:
            s = "s" if seen > 1 else ""
            lines.append(
                f"{seen} réception{s} antérieure{s} à la mise en service des avis notée{s} "
                f"comme vue{s}, sans SMS."
            )
        return lines, ok

    # -- the one path both take -------------------------------------------------------------

    def journal(
        self,
        receptions: Sequence[Reception],
        *,
        kind: str = RECEPTION,
        since: date | None = None,
        claim: bool = True,
    ) -> Journaled:
        """Decide each reception once: an SMS per customer and day, `seen` before `since`,
        `unsent` without a usable mobile. Returns every order's outcome and the jobs made."""
        from ellipses_sms.template_store import NOTICE
        from ellipses_sms.template_store import REMINDER as REMINDER_TEMPLATE

        done = Journaled()
        todo: dict[tuple[str, date], Reception] = {}
        for r in receptions:
            if r.collected or not r.alert:
                state = COLLECTED if r.collected else DECLINED
                done.outcomes.append(Outcome(kind, r.order_id, r.received_on, r.name, state))
            else:
                todo.setdefault(r.key, r)
        if not todo:
            return done
        template = self.templates.require(NOTICE if kind == RECEPTION else REMINDER_TEMPLATE)
        mine: set[tuple[str, date]] = set()
        for _ in range(_ATTEMPTS):
            known = self.book.known(kind, todo)
            new = [r for k, r in todo.items() if k not in known]
            if not new:
                break
            try:
                self._decide(new, kind, template.text, since, claim, done, mine)
            except IntegrityError:  # another claimant decided one of them first: read again
                log.info("a reception notice was decided elsewhere meanwhile; reading again")
                continue
            break
        now = self.clock.now()
        known = self.book.known(kind, todo)
        for key, r in todo.items():
            row = known.get(key)
            if row is None:  # pragma: no cover - only after _ATTEMPTS lost races in a row
                raise NoticeError(f"Commande {r.order_id} : avis non décidé, réessayez.")
            done.outcomes.append(_outcome(kind, row, key in mine, now))
        return done

    def _decide(
        self,
        new: list[Reception],
        kind: str,
        text: str,
        since: date | None,
        claim: bool,
        done: Journaled,
        mine: set[tuple[str, date]],
    ) -> None:
        """Journal `new` (none decided yet when read); adds the keys decided here to `mine`.

        IntegrityError when another claimant decided one of a job's keys first: that job is
        not journaled (its transaction rolled back), the jobs before it stand."""
        from ellipses_sms import compose, templates
        from ellipses_sms.listfiles import refusal_reason

        now = self.clock.now()
        region = self.settings.get("region")
        quiet, groups = [], {}
        for r in new:
            if since is not None and r.received_on < since:
                quiet.append(self._row(kind, r, SEEN, now, number=r.number))
                continue
            parsed = phone.parse(r.number, region)
            if not (parsed.valid and parsed.e164):
                reason = refusal_reason(parsed)
                quiet.append(self._row(kind, r, UNSENT, now, reason=reason, number=r.number))
                continue
            groups.setdefault((r.customer_id, r.received_on), (parsed.e164, []))[1].append(r)
        mine |= self.book.record(quiet)
        if not groups:
            return
        due = self.window().next_allowed_utc(now)
        not_before = due if due > now else None
        builtins = templates.builtin_values(self.settings, today=utc_to_local(due).date())
        # one job per set of distinct numbers: two SMS to one number in one job would be
        # cancelled as a duplicate by the outbox
        buckets: list[list[tuple[str, list[Reception]]]] = []
        for number, group in groups.values():
            bucket = next((b for b in buckets if all(n != number for n, _ in b)), None)
            if bucket is None:
                buckets.append(bucket := [])
            bucket.append((number, group))
        for bucket in buckets:
            people = [Recipient(g[0].name, n, group_fields(g)) for n, g in bucket]
            composition = compose.compose(people, text, builtins=builtins)
            refused = []
            for i, reason in composition.refusals.items():
                for r in bucket[i][1]:
                    refused.append(self._row(kind, r, UNSENT, now, reason=reason, number=r.number))
            mine |= self.book.record(refused)
            kept = [i for i in range(len(people)) if i not in composition.refusals]
            if not kept:
                continue
            rows: list[dict[str, Any]] = []

            def with_notices(
                conn, job_id: int, ids: Mapping[int, int], kept=kept, bucket=bucket, rows=rows
            ):
                for position, i in enumerate(kept):
                    number, group = bucket[i]
                    for r in group:
                        rows.append(
                            self._row(
                                kind,
                                r,
                                NOTIFIED,
                                now,
                                job=job_id,
                                message=ids[position],
                                number=number,
                            )
                        )
                conn.execute(insert(notices_table), rows)  # the unique key decides

            job_id = self.dispatcher.create_job(
                [people[i] for i in kept],
                text,
                texts=[composition.texts[i] for i in kept],
                kind="notification",
                source=SOURCE,
                not_before=not_before,
                claim=claim,
                journal_with=with_notices,
            )
            done.jobs.append(job_id)
            mine |= {(row["order_id"], row["received_on"]) for row in rows}

    @staticmethod
    def _row(
        kind: str,
        r: Reception,
        state: str,
        now: datetime,
        *,
        reason: str | None = None,
        job: int | None = None,
        message: int | None = None,
        number: str | None = None,
    ) -> dict[str, Any]:
        return {
            "kind": kind,
            "order_id": r.order_id,
            "received_on": r.received_on,
            "customer_id": r.customer_id[:64] or None,
            "customer": r.name[:200] or None,
            "number": (number or "")[:32] or None,
            "title": r.title or None,
            "state": state,
            "reason": reason,
            "job_id": job,
            "message_id": message,
            "created_at": now,
        }


class Watch:
    """The watcher inside a running program (`ellipses-sms service`): a `cycle` every
    `interval` seconds at most, called from the program's own loop; `say` gets a French line
    per notice decided."""

    def __init__(self, notifier: Notifier, interval: float, say=None, pause=None):
        self.notifier = notifier
        self.interval = max(1.0, float(interval))
        self.say = say
        self.pause = pause
        self._last: float | None = None

    def __call__(self) -> None:
        now = self.notifier.clock.monotonic()
        if self._last is not None and now - self._last < self.interval:
            return
        self._last = now
        done, _ = self.notifier.cycle(pause=self.pause)
        for line in self.notifier.lines(done, fresh_only=True)[0]:
            log.info("%s", line)
            if self.say is not None:
                self.say(line)


def watch_passes(dispatcher, settings, say=None, pause=None) -> list:
    """The watcher for a running program's loop (`Service.passes`): it does nothing while
    « Avis de réception automatiques » (`notices_auto`) is not ticked, so that ticking it in
    Paramètres takes effect in the open window without a restart."""
    watch = Watch(Notifier(dispatcher, settings), settings.get("notices_interval"), say, pause)

    def notice_pass() -> None:
        if settings.get("notices_auto"):
            watch.interval = max(1.0, float(settings.get("notices_interval")))
            watch()

    return [notice_pass]


# -- the demo bookstore database ----------------------------------------------------------------

#: How the demo database says what it is (`informations.description`, `bookstore.generate_demo`).
DEMO_MARK = "Base librairie de démonstration"


def is_demo(url: str) -> bool:
    """Whether this bookstore URL is a demo database (the only one ever written)."""
    try:
        demo_file(url)
    except (NoticeError, bookstore.BookstoreError):
        return False
    return True


def demo_file(url: str):
    """The demo database's file, or a French refusal: no other bookstore base is ever written."""
    from pathlib import Path

    from sqlalchemy.engine import make_url

    refusal = NoticeError(
        f"{bookstore.describe(url)} n'est pas la base de démonstration : Ellipses SMS n'écrit "
        "jamais dans la base de la librairie."
    )
    try:
        parsed = make_url(url)
    except Exception:
        raise refusal from None
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        raise refusal
    with bookstore.connect(url) as conn:  # read-only: is it the demo?
        try:
            mark = conn.exec_driver_sql(
                "SELECT valeur FROM informations WHERE cle = 'description'"
            ).scalar()
        except Exception:
            mark = None
    if not str(mark or "").startswith(DEMO_MARK):
        raise refusal
    return Path(parsed.database)


def demo_receive(url: str, orders: Sequence[str], day: date) -> list[tuple[str, str, date]]:
    """Mark orders received on `day` in the demo database (« Simuler une réception »);
    without orders, the oldest one waiting of a customer with alerts and a mobile. Returns
    (order, customer, day) for each. Refuses any database but the demo (`NoticeError`)."""
    import sqlite3

    path = demo_file(url)
    marked = []
    with sqlite3.connect(path) as conn:
        orders = [str(o).strip() for o in orders if str(o).strip()]
        if not orders:
            found = conn.execute(
                "SELECT cmd.id_commande FROM commandes cmd JOIN clients c USING (id_client) "
                "WHERE cmd.date_reception IS NULL AND c.alerte_sms_reception = 1 "
                "AND COALESCE(TRIM(c.telephone_portable), '') <> '' "
                "ORDER BY cmd.date_commande, cmd.id_commande LIMIT 1"
            ).fetchone()
            if found is None:
                raise NoticeError("Aucune commande en attente dans la base de démonstration.")
            orders = [str(found[0])]
        for order in orders:
            row = conn.execute(
                "SELECT TRIM(COALESCE(c.prenom, '') || ' ' || c.nom) "
                "FROM commandes cmd JOIN clients c USING (id_client) WHERE id_commande = ?",
                (order,),
            ).fetchone()
            if row is None:
                raise NoticeError(f"Commande {order} introuvable dans la base de démonstration.")
            conn.execute(
                "UPDATE commandes SET date_reception = ?, date_retrait = NULL "
                "WHERE id_commande = ?",
                (day.isoformat(), order),
            )
            marked.append((order, row[0], day))
    return marked
