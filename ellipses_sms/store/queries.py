"""History queries: messages of a date range, by status, with their totals.

Dates are the clerk's local calendar days; rows are stored in UTC, so the range is converted
once here. The same query serves the command line, the history window and the export.

What « sent » means is decided here once, for every screen and command: a message is sent
when the provider accepted it. The outbox stamps `submitted_at` then and only then (a
refusal, a retry, a block, a cancel or a schedule leave it empty), and keeps it whatever the
reports say next (delivered, failed, expired). So « Date d'envoi » is that time, empty until
then (`sent_date`), and « SMS utilisés », the credits the provider bills, are the parts of
those messages (`USED_PARTS` in SQL, `totals_of` for rows in hand): the history's totals and
the consumption window count the same thing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Row, Select, case, func, or_, select

from ellipses_sms.states import STATUS_FILTERS
from ellipses_sms.store.db import Store, fold
from ellipses_sms.store.models import events_table, jobs_table, messages_table

#: The provider accepted the message (see the module's docstring): it used credits.
WAS_SENT = messages_table.c.submitted_at.is_not(None)
#: « SMS utilisés » of the rows a query covers: the parts of the messages that were sent.
USED_PARTS = func.coalesce(func.sum(case((WAS_SENT, messages_table.c.parts), else_=0)), 0)


def sent_date(row: Any) -> datetime | None:
    """« Date d'envoi »: when the provider accepted the message (naive UTC); None until then,
    for a message queued, scheduled, blocked, refused, cancelled or uncertain."""
    return row.submitted_at


def totals_of(rows: Iterable[Any]) -> tuple[int, int]:
    """(messages, SMS used) of history rows already read: what `history_totals` counts."""
    count = used = 0
    for row in rows:
        count += 1
        if sent_date(row) is not None:
            used += row.parts
    return count, used


@dataclass(frozen=True)
class HistoryFilter:
    start: date | None = None  # first local day, inclusive
    end: date | None = None  # last local day, inclusive
    status: str = "all"  # all | success | failure | pending
    search: str = ""  # part of a number or a customer name


def _is_sqlite(store: Store) -> bool:
    return store.engine.dialect.name == "sqlite"


def local_day_to_utc(day: date) -> datetime:
    """Local midnight of `day`, as the naive UTC the store holds."""
    return datetime.combine(day, time.min).astimezone().astimezone(UTC).replace(tzinfo=None)


def utc_to_local(value: datetime | None) -> datetime | None:
    return value.replace(tzinfo=UTC).astimezone().replace(tzinfo=None) if value else None


def _where(
    query: Select, f: HistoryFilter, before: datetime | None = None, *, sqlite: bool = True
) -> Select:
    """The filter's conditions; `before` (inclusive) replaces the end when it comes first.

    One upper bound only: SQLite picks a single one for its index range, and the keyset's
    must be that one, or the next page would be found by scanning from the month's end.
    """
    m = messages_table
    if f.start:
        query = query.where(m.c.created_at >= local_day_to_utc(f.start))
    end = local_day_to_utc(f.end + timedelta(days=1)) if f.end else None
    if before is not None and (end is None or before < end):
        query = query.where(m.c.created_at <= before)
    elif end is not None:
        query = query.where(m.c.created_at < end)
    if f.status not in STATUS_FILTERS:
        raise ValueError(f"Statut inconnu : « {f.status} » (all, success, failure, pending)")
    states = STATUS_FILTERS[f.status]
    if states is not None:
        query = query.where(m.c.state.in_(sorted(states)))
    if f.search.strip():
        # what the clerk typed, literally: « 100% » or « a_b » are not patterns
        text = f.search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        digits = "".join(ch for ch in f.search if ch.isdigit())
        if sqlite:  # accents and case ignored (see store.db.fold)
            conds = [func.ellipses_fold(m.c.name).like(f"%{fold(text)}%", escape="\\")]
        else:
            conds = [m.c.name.ilike(f"%{text}%", escape="\\")]
        if digits:
            conds.append(m.c.number.like(f"%{digits.lstrip('0') or digits}%"))
        query = query.where(or_(*conds))
    return query


HISTORY_COLUMNS = (
    messages_table.c.id,
    messages_table.c.job_id,
    messages_table.c.provider_id,
    messages_table.c.created_at,
    messages_table.c.submitted_at,
    messages_table.c.state,
    messages_table.c.raw_status,
    messages_table.c.error,
    messages_table.c.number,
    messages_table.c.name,
    messages_table.c.text,
    messages_table.c.parts,
    messages_table.c.provider,
)


def history(
    store: Store,
    f: HistoryFilter,
    *,
    limit: int | None = None,
    offset: int = 0,
    after: tuple[datetime, int] | None = None,
) -> Sequence:
    """The messages of the filter, newest first.

    `after` is the (created_at, id) of the last row already shown: the next page starts right
    below it (keyset paging), so page 200 costs what page 1 costs, unlike an OFFSET.
    """
    m = messages_table
    created = after[0] if after is not None else None
    query = _where(select(*HISTORY_COLUMNS), f, before=created, sqlite=_is_sqlite(store))
    query = query.order_by(m.c.created_at.desc(), m.c.id.desc())
    if after is not None:
        # `created_at <= created` is the index range (above); this breaks ties on equal dates
        query = query.where(or_(m.c.created_at < created, m.c.id < after[1]))
    if limit is not None:
        query = query.limit(limit).offset(offset)
    with store.engine.connect() as conn:
        return conn.execute(query).all()


def history_totals(store: Store, f: HistoryFilter) -> tuple[int, int]:
    """(messages, SMS used) of the filter: the line under the history table.

    Every message counts in the first; only the parts of those sent count in the second,
    as in `history.consumption` (a blocked or cancelled message used no credit).
    """
    query = _where(select(func.count(), USED_PARTS), f, sqlite=_is_sqlite(store))
    with store.engine.connect() as conn:
        count, parts = conn.execute(query).one()
    return int(count), int(parts)


def messages_by_id(store: Store, ids: Iterable[int]) -> dict[int, Row]:
    """The history rows of these messages (to refresh the rows a status change touched)."""
    m = messages_table
    ids = list(ids)
    found: dict[int, Row] = {}
    with store.engine.connect() as conn:
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            for row in conn.execute(select(*HISTORY_COLUMNS).where(m.c.id.in_(chunk))):
                found[row.id] = row
    return found


@dataclass(frozen=True)
class MessageDetail:
    """Everything the detail view shows about one message: the row, its job, its events."""

    message: Row
    sender: str | None
    kind: str
    source: str
    resend_of: int | None
    events: list[Row]


def message_detail(store: Store, message_id: int) -> MessageDetail | None:
    """One message with its job's choices and every status event, oldest first."""
    m, j, e = messages_table, jobs_table, events_table
    with store.engine.connect() as conn:
        row = conn.execute(
            select(*HISTORY_COLUMNS, m.c.attempts, m.c.final_at, m.c.encoding).where(
                m.c.id == message_id
            )
        ).one_or_none()
        if row is None:
            return None
        job = conn.execute(
            select(j.c.sender, j.c.kind, j.c.source, j.c.resend_of).where(j.c.id == row.job_id)
        ).one()
        events = conn.execute(
            select(e.c.at, e.c.state, e.c.raw_status, e.c.detail)
            .where(e.c.message_id == message_id)
            .order_by(e.c.at, e.c.id)
        ).all()
    return MessageDetail(row, job.sender, job.kind, job.source, job.resend_of, list(events))
