"""The outbox: the only code that writes jobs, messages and their status events.

Every decision that two senders could race on is one conditional statement in one write
transaction (`Store.begin`: `BEGIN IMMEDIATE` on SQLite, row locks on PostgreSQL):

- a job is claimed by a run only if nobody holds it, or if the holder was proven gone — the
  update names the holder it replaces, so of two claimants only one changes the row;
- a message moves `queued → submitting` only while its run holds the job's lease, in the same
  statement, and the run that moved it (`claimed_by`) is the only one whose results are written;
- a job is released only by the run that holds it.

Each message row carries its own text, encoding and parts, and a stable key (`ref`: the store's
instance id and the message id, set when it is first claimed) that providers keep as a client
reference.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import String, and_, bindparam, cast, func, insert, literal, select, update

from ellipses_sms import sms
from ellipses_sms.reasons import Reason
from ellipses_sms.recipients import Recipient
from ellipses_sms.sending.events import JobBusy, MessageUpdate, SendError
from ellipses_sms.sending.lease import LEASE_SECONDS, Lease, dispatcher_of
from ellipses_sms.sending.outcomes import Decision
from ellipses_sms.states import FINAL, JobState, MessageState
from ellipses_sms.store import Store
from ellipses_sms.store.db import EXECUTEMANY_SLICE, BulkWriter
from ellipses_sms.store.models import (
    events_table,
    jobs_table,
    messages_table,
    opt_outs_table,
)

log = logging.getLogger(__name__)
S = MessageState
OPTED_OUT = Reason("opted_out")
DUPLICATE = Reason("duplicate")


#: Extra rows written in a job's own transaction: (connection, job id, {position: message id}).
JournalHook = Callable[[Any, int, Mapping[int, int]], None]


class LeaseLost(SendError):
    """This run no longer holds its job (it was taken over after being thought gone)."""


@dataclass(frozen=True, slots=True)
class Claimed:
    """A message this run moved to `submitting`."""

    id: int
    position: int
    number: str
    name: str | None
    text: str
    attempts: int  # after this claim
    ref: str


def reference_of(message_id: int, instance: str = "") -> str:
    """A message's stable key, as the outbox stores it in `messages.ref`."""
    return f"E{instance}-{message_id}" if instance else f"ESMS-{message_id}"


class Outbox:
    """Writes of the send path; built once per dispatcher over the store."""

    def __init__(self, store: Store, lease: Lease):
        self.store = store
        self.lease = lease
        self.prefix = f"E{store.instance}-"
        self._bulk = bulk = BulkWriter(store.engine)
        self.ts = bulk.ts
        self._sql_insert = bulk.sql(
            "INSERT INTO messages (job_id, position, number, name, text, encoding, parts, "
            "provider, state, error, attempts, created_at, final_at, updated_at, next_attempt_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
        )
        self._sql_result = bulk.sql(
            "UPDATE messages SET state=?, provider_id=?, raw_status=?, error=?, "
            "next_attempt_at=?, submitted_at=?, final_at=?, updated_at=? "
            "WHERE id=? AND claimed_by=? AND state IN ('submitting', 'uncertain')"
        )
        self._sql_event = bulk.sql(
            "INSERT INTO status_events (message_id, at, state, raw_status, detail) "
            "VALUES (?,?,?,?,?)"
        )
        m = messages_table
        self._stmt_report = (
            update(m)
            .where(and_(m.c.id == bindparam("_id"), m.c.final_at.is_(None)))  # not final yet
            .values(
                state=bindparam("_state"),
                raw_status=bindparam("_raw"),
                error=bindparam("_error"),
                final_at=bindparam("_final"),
                updated_at=bindparam("_now"),
            )
        )

    # -- creating a job -------------------------------------------------------------------

    def create_job(
        self,
        recipients: Sequence[Recipient],
        text: str,
        *,
        provider: str,
        sender: str | None,
        kind: str,
        source: str,
        journal_with: JournalHook | None = None,
        now: datetime,
        resend_of: int | None = None,
        texts: Sequence[str] | None = None,
        refusals: Mapping[int, str] | None = None,
        not_before: datetime | None = None,
        claim_for: str | None = None,
        due: Mapping[int, datetime] | None = None,
        note: str | None = None,
        block_opted_out: bool | None = None,
        consent_confirmed: int | None = None,
    ) -> tuple[int, list[MessageUpdate]]:
        """One job and a message per recipient in one transaction; returns the job id and
        the messages settled at once (unusable number, duplicate, opted out, refused).

        `due[i]`: recipient i's own due time (the sending hours in their zone), else the
        job's `not_before`; `block_opted_out`: check the opt-outs (default: marketing only)."""
        refusals = refusals or {}
        due = due or {}
        if block_opted_out is None:
            block_opted_out = kind == "marketing"
        job_text = unicodedata.normalize("NFC", text)
        with self.store.begin(durable=True) as conn:  # from here on nothing is lost
            opted_out: set[str] = set()
            if block_opted_out:
                numbers = [r.number for r in recipients if r.valid]
                for start in range(0, len(numbers), 900):
                    chunk = numbers[start : start + 900]
                    opted_out.update(
                        conn.scalars(
                            select(opt_outs_table.c.number).where(
                                opt_outs_table.c.number.in_(chunk)
                            )
                        )
                    )
            claimed = claim_for is not None and not_before is None
            job_id = conn.execute(
                insert(jobs_table).values(
                    created_at=now,
                    text=job_text,
                    sender=sender,
                    provider=provider,
                    kind=kind,
                    source=source,
                    state=JobState.RUNNING
                    if claimed
                    else (JobState.WAITING if not_before else JobState.QUEUED),
                    total=len(recipients),
                    resend_of=resend_of,
                    not_before=not_before,
                    note=note,
                    consent_confirmed=consent_confirmed,
                    lease_owner=claim_for if claimed else None,
                    lease_until=now + timedelta(seconds=LEASE_SECONDS) if claimed else None,
                )
            ).inserted_primary_key[0]
            ts = self.ts
            now_s, due_s = ts(now), ts(not_before)
            sizes: dict[str, sms.Size] = {}
            rows: list[tuple] = []
            settled: list[tuple[int, str, str | None, MessageState, str]] = []
            seen: set[str] = set()
            for position, r in enumerate(recipients):
                body = job_text if texts is None else unicodedata.normalize("NFC", texts[position])
                info = sizes.get(body)
                if info is None:  # `measure`: what is billed, without the counter's extras
                    info = sizes[body] = sms.measure(body)
                state, error, final = S.QUEUED, None, None
                if not r.valid:
                    state, error, final = S.BLOCKED, r.error or "Numéro invalide", now_s
                elif position in refusals:
                    state, error, final = S.BLOCKED, refusals[position], now_s
                elif r.number in seen:
                    state, error, final = S.CANCELLED, DUPLICATE, now_s
                elif r.number in opted_out:
                    state, error, final = S.BLOCKED, OPTED_OUT, now_s
                if r.valid:
                    seen.add(r.number)
                if error:
                    settled.append((position, r.number, r.name or None, state, error))
                rows.append(
                    (
                        job_id,
                        position,
                        r.number,
                        r.name or None,
                        body,
                        info.encoding.value,
                        info.parts,
                        provider,
                        state.value,
                        error,
                        0,
                        now_s,
                        final,
                        now_s,
                        (ts(due[position]) if position in due else due_s)
                        if state == S.QUEUED
                        else None,
                    )
                )
            self._bulk.run(conn, self._sql_insert, rows)
            updates: list[MessageUpdate] = []
            if settled:
                ids = self._ids_at_positions(conn, job_id, [s[0] for s in settled])
                self._bulk.run(
                    conn,
                    self._sql_event,
                    [
                        (ids[pos], now_s, state.value, None, err)
                        for pos, _, _, state, err in settled
                    ],
                )
                updates = [
                    MessageUpdate(ids[pos], pos, number, name, state, None, err)
                    for pos, number, name, state, err in settled
                ]
            if journal_with is not None:
                # rows of its own in this transaction (a reception notice's unique key),
                # given {position: message id}: if it raises, nothing of the job is journaled
                journal_with(
                    conn, job_id, self._ids_at_positions(conn, job_id, list(range(len(rows))))
                )
        return job_id, updates

    @staticmethod
    def _ids_at_positions(conn, job_id: int, positions: list[int]) -> dict[int, int]:
        m = messages_table
        found = {}
        for start in range(0, len(positions), 900):
            chunk = positions[start : start + 900]
            for mid, pos in conn.execute(
                select(m.c.id, m.c.position).where(m.c.job_id == job_id, m.c.position.in_(chunk))
            ):
                found[pos] = mid
        return found

    # -- holding a job ----------------------------------------------------------------------

    def claim_job(self, job_id: int, token: str):
        """Take the job for run `token`; returns (job row, previous holder proven gone or None).

        Raises JobBusy when a live dispatcher holds it, or when another claimant won.
        """
        j = jobs_table
        with self.store.begin() as conn:
            job = conn.execute(select(j).where(j.c.id == job_id)).one_or_none()
            if job is None:
                raise SendError(Reason("job_missing", job=job_id))
            holder = job.lease_owner
            if holder == token:
                return job, None
            if holder and not self.lease.is_gone(holder, conn):
                raise JobBusy(
                    Reason("job_busy_on", job=job_id, holder=self.lease.describe(holder, conn))
                )
            now = self.store.db_now(conn)
            won = conn.execute(
                update(j)
                .where(
                    j.c.id == job_id,
                    j.c.lease_owner.is_(None) if holder is None else j.c.lease_owner == holder,
                )
                .values(
                    lease_owner=token,
                    lease_until=now + timedelta(seconds=LEASE_SECONDS),
                    state=JobState.RUNNING,
                )
            ).rowcount
            if not won:
                raise JobBusy(Reason("job_taken", job=job_id))
            if holder:
                log.warning("job %s taken over from %s (proven gone)", job_id, holder)
                self._forget_if_idle(conn, dispatcher_of(holder))
        return job, holder

    def _forget_if_idle(self, conn, owner: str | None) -> None:
        """A gone dispatcher's row goes once it holds no job any more."""
        if not owner:
            return
        j = jobs_table
        left = conn.scalar(
            select(func.count()).select_from(j).where(j.c.lease_owner.like(f"{owner}#%"))
        )
        if not left:
            self.lease.forget_gone(conn, {owner})

    def release_job(
        self,
        job_id: int,
        token: str,
        state: JobState,
        now: datetime,
        *,
        not_before: datetime | None = None,
        note: str | None = None,
    ) -> bool:
        """Give the job back; only the run that holds it can. False when it was lost."""
        j = jobs_table
        with self.store.begin() as conn:
            return bool(
                conn.execute(
                    update(j)
                    .where(j.c.id == job_id, j.c.lease_owner == token)
                    .values(
                        lease_owner=None,
                        lease_until=None,
                        state=state,
                        finished_at=now if state == JobState.SUBMITTED else None,
                        not_before=not_before,
                        note=note,
                    )
                ).rowcount
            )

    # -- claiming and recording messages ------------------------------------------------------

    def claim_batch(
        self, job_id: int, token: str, limit: int, now: datetime, provider: str | None = None
    ) -> list[Claimed]:
        """Move up to `limit` due messages of one text to `submitting` for run `token`.

        `provider`: only the messages routed to that provider (a failover moves some away).

        Committed (and on disk) before it returns, so before any request leaves. Raises
        LeaseLost when the run no longer holds the job.
        """
        m = messages_table
        now_s = self.ts(now)
        with self.store.begin(durable=True) as conn:  # on disk before the request leaves
            due = conn.execute(
                select(m.c.id, m.c.text)
                .where(
                    m.c.job_id == job_id,
                    m.c.state == S.QUEUED,
                    (m.c.next_attempt_at.is_(None)) | (m.c.next_attempt_at <= now),
                    *([m.c.provider == provider] if provider is not None else []),
                )
                .order_by(m.c.id)
                .limit(max(1, int(limit)))
            ).all()
            if not due:
                return []
            first = due[0].text
            ids = []
            for row in due:  # one request carries one text: the run of the first one's text
                if row.text != first:
                    break
                ids.append(row.id)
            marks = ",".join("?" * len(ids))
            claimed = conn.exec_driver_sql(
                self._bulk.sql(
                    "UPDATE messages SET state = 'submitting', claimed_by = ?, "
                    "attempts = attempts + 1, updated_at = ?, "
                    "ref = COALESCE(ref, ? || CAST(id AS VARCHAR(20))) "
                    f"WHERE id IN ({marks}) AND state = 'queued' AND EXISTS "
                    "(SELECT 1 FROM jobs WHERE jobs.id = ? AND jobs.lease_owner = ?) "
                    "RETURNING id, position, number, name, text, attempts, ref"
                ),
                (token, now_s, self.prefix, *ids, job_id, token),
            ).all()
            if not claimed:
                holder = conn.scalar(
                    select(jobs_table.c.lease_owner).where(jobs_table.c.id == job_id)
                )
                if holder != token:
                    raise LeaseLost(
                        f"L'envoi n° {job_id} a été repris par un autre programme ; "
                        "ce programme s'arrête sans rien renvoyer."
                    )
        return sorted((Claimed(*row) for row in claimed), key=lambda c: c.id)

    def reroute(
        self,
        job_id: int,
        token: str,
        ids: Sequence[int],
        primary: str,
        failover: str,
        now: datetime,
        note: str,
    ) -> list[int]:
        """Give `failover` the messages `primary` certainly never received: this run's batch
        whose request never reached it (or was refused whole), and every message of the job
        still queued for it. One transaction, conditional on the claim and on the job's lease
        (a message another run holds, or one that may have left, never moves). Returns the ids
        of the batch that moved."""
        m = messages_table
        held = (
            select(jobs_table.c.id)
            .where(jobs_table.c.id == job_id, jobs_table.c.lease_owner == token)
            .exists()
        )
        with self.store.begin(durable=True) as conn:
            moved = conn.execute(
                update(m)
                .where(
                    m.c.id.in_(list(ids)),
                    m.c.claimed_by == token,
                    m.c.state == S.SUBMITTING,
                    m.c.provider == primary,
                    held,
                )
                .values(
                    state=S.QUEUED,
                    claimed_by=None,
                    provider=failover,
                    error=note,
                    next_attempt_at=None,
                    updated_at=now,
                )
                .returning(m.c.id)
            ).all()
            queued = conn.execute(
                update(m)
                .where(
                    m.c.job_id == job_id,
                    m.c.state == S.QUEUED,
                    m.c.provider == primary,
                    held,
                )
                .values(provider=failover, error=note, next_attempt_at=None, updated_at=now)
                .returning(m.c.id)
            ).all()
            every = [r.id for r in moved] + [r.id for r in queued]
            if every:  # the history says which provider carried it, and why
                conn.execute(
                    insert(events_table),
                    [
                        {"message_id": i, "at": now, "state": S.QUEUED, "detail": note}
                        for i in every
                    ],
                )
        return sorted(r.id for r in moved)

    def queued_providers(self, job_id: int) -> list[str]:
        """The providers that still have queued messages of this job (a failover adds one)."""
        m = messages_table
        with self.store.connect() as conn:
            rows = conn.execute(
                select(m.c.provider)
                .where(m.c.job_id == job_id, m.c.state == S.QUEUED)
                .group_by(m.c.provider)
            ).all()
        return sorted(r.provider for r in rows)

    def unclaim(self, token: str, ids: Sequence[int], now: datetime) -> int:
        """Put messages this run claimed but never sent back to the queue, as they were.

        For a batch claimed ahead (`JobRun`) that the run does not send after all (cancelled,
        job stopped): no request left for it, so it is safe to queue again. Conditional on
        the claim, like every write of a run. Returns how many went back.
        """
        if not ids:
            return 0
        m = messages_table
        with self.store.begin() as conn:
            return conn.execute(
                update(m)
                .where(m.c.id.in_(list(ids)), m.c.claimed_by == token, m.c.state == S.SUBMITTING)
                .values(
                    state=S.QUEUED,
                    claimed_by=None,
                    attempts=m.c.attempts - 1,
                    updated_at=now,
                )
            ).rowcount

    def next_due(self, job_id: int, provider: str | None = None) -> tuple[bool, datetime | None]:
        """(any message still queued, the earliest time one of them may go), for `provider`'s
        messages when given."""
        m = messages_table
        only = [m.c.provider == provider] if provider is not None else []
        with self.store.connect() as conn:
            count, wake = conn.execute(
                select(func.count(), func.min(m.c.next_attempt_at)).where(
                    m.c.job_id == job_id, m.c.state == S.QUEUED, *only
                )
            ).one()
        return bool(count), wake

    def queued_numbers(self, job_id: int) -> list[tuple[int, str, datetime | None]]:
        """(id, number, due time) of a job's queued messages."""
        m = messages_table
        with self.store.connect() as conn:
            return [
                tuple(row)
                for row in conn.execute(
                    select(m.c.id, m.c.number, m.c.next_attempt_at).where(
                        m.c.job_id == job_id, m.c.state == S.QUEUED
                    )
                )
            ]

    def hold_messages(self, due: Mapping[int, datetime], now: datetime) -> int:
        """Queued messages wait until their own time (the sending hours); returns how many."""
        m = messages_table
        stmt = (
            update(m)
            .where(m.c.id == bindparam("_id"), m.c.state == S.QUEUED)
            .values(next_attempt_at=bindparam("_due"), updated_at=bindparam("_now"))
        )
        params = [{"_id": mid, "_due": when, "_now": now} for mid, when in due.items()]
        with self.store.begin() as conn:
            for start in range(0, len(params), EXECUTEMANY_SLICE):
                conn.execute(stmt, params[start : start + EXECUTEMANY_SLICE])
        return len(params)

    def held_untried(self, job_id: int, until: datetime) -> bool:
        """Does a message never tried wait until `until` (a hold, not a retry's back-off)?"""
        m = messages_table
        with self.store.connect() as conn:
            return bool(
                conn.scalar(
                    select(func.count()).where(
                        m.c.job_id == job_id,
                        m.c.state == S.QUEUED,
                        m.c.attempts == 0,
                        m.c.next_attempt_at == until,
                    )
                )
            )

    def write_decisions(
        self, token: str, decided: Sequence[tuple[int, Decision]], now: datetime
    ) -> set[int]:
        """Record each message's new state and status event, in one transaction.

        Only messages this run claimed and that are still `submitting` (or were made
        `uncertain` meanwhile) change: a result in hand is the truth for them, and nothing
        else. Returns the ids written.
        """
        ts = self.ts
        now_s = ts(now)
        params = [
            (
                d.state.value,
                d.provider_id,
                d.raw_status,
                d.error,
                ts(d.next_at),
                ts(d.submitted_at),
                ts(d.final_at),
                now_s,
                mid,
                token,
            )
            for mid, d in decided
        ]
        events = [(mid, now_s, d.state.value, d.raw_status, d.detail) for mid, d in decided]
        with self.store.begin() as conn:
            written = self._bulk.run(conn, self._sql_result, params)
            if written == len(params):
                self._bulk.run(conn, self._sql_event, events)
                return {mid for mid, _ in decided}
        # some messages were settled by another run meanwhile: write only ours (rare)
        m = messages_table
        with self.store.begin() as conn:
            ours = set(
                conn.scalars(
                    select(m.c.id).where(
                        m.c.id.in_([mid for mid, _ in decided]),
                        m.c.claimed_by == token,
                        m.c.state.in_([S.SUBMITTING, S.UNCERTAIN]),
                    )
                )
            )
            self._bulk.run(conn, self._sql_result, [p for p in params if p[8] in ours])
            self._bulk.run(conn, self._sql_event, [e for e in events if e[0] in ours])
        log.warning("%d result(s) not written: settled by another run", len(params) - len(ours))
        return ours

    def stuck(self, job_id: int, token: str) -> list:
        """Messages of a job left `submitting` by an earlier run (gone)."""
        m = messages_table
        with self.store.connect() as conn:
            return conn.execute(
                select(
                    m.c.id,
                    m.c.position,
                    m.c.number,
                    m.c.name,
                    m.c.attempts,
                    m.c.provider,
                    # a message marked by a version before message keys has none yet
                    func.coalesce(m.c.ref, literal(self.prefix) + cast(m.c.id, String(20))).label(
                        "ref"
                    ),
                    m.c.claimed_by,
                ).where(
                    m.c.job_id == job_id,
                    m.c.state == S.SUBMITTING,
                    (m.c.claimed_by.is_(None)) | (m.c.claimed_by != token),
                )
            ).all()

    def write_recovered(self, stuck, decided: Mapping[int, Decision], now: datetime) -> None:
        """The lookups' verdicts on messages a gone run left `submitting`."""
        ts = self.ts
        now_s = ts(now)
        m = messages_table
        with self.store.begin() as conn:
            for r in stuck:
                d = decided[r.id]
                done = conn.execute(
                    update(m)
                    .where(
                        m.c.id == r.id,
                        m.c.state == S.SUBMITTING,
                        (m.c.claimed_by.is_(None))
                        if r.claimed_by is None
                        else (m.c.claimed_by == r.claimed_by),
                    )
                    .values(
                        state=d.state,
                        provider_id=d.provider_id,
                        raw_status=d.raw_status,
                        error=d.error,
                        next_attempt_at=None,
                        submitted_at=now if d.state == S.SENT else None,
                        final_at=None,
                        updated_at=now,
                    )
                ).rowcount
                if done:
                    conn.exec_driver_sql(
                        self._sql_event, (r.id, now_s, d.state.value, d.raw_status, d.detail)
                    )

    def cancel_queued(self, job_id: int, now: datetime, reason: str) -> list:
        """Every still-queued message of a job becomes `cancelled`; returns them."""
        m = messages_table
        with self.store.begin() as conn:
            rows = conn.execute(
                select(m.c.id, m.c.position, m.c.number, m.c.name, m.c.attempts).where(
                    m.c.job_id == job_id, m.c.state == S.QUEUED
                )
            ).all()
            if not rows:
                return []
            conn.execute(
                update(m)
                .where(m.c.job_id == job_id, m.c.state == S.QUEUED)
                .values(state=S.CANCELLED, error=reason, final_at=now, updated_at=now)
            )
            conn.execute(
                insert(events_table),
                [
                    {"message_id": r.id, "at": now, "state": S.CANCELLED, "detail": reason}
                    for r in rows
                ],
            )
        return rows

    def requeue_cancelled(self, job_id: int, token: str, now: datetime, note: str) -> list:
        """The clerk continues a cancelled send: its cancelled messages (never sent: only
        queued ones are ever cancelled) are queued again, for the run holding the job."""
        m = messages_table
        held = (
            select(jobs_table.c.id)
            .where(jobs_table.c.id == job_id, jobs_table.c.lease_owner == token)
            .exists()
        )
        with self.store.begin() as conn:
            rows = conn.execute(
                update(m)
                .where(m.c.job_id == job_id, m.c.state == S.CANCELLED, held)
                .values(
                    state=S.QUEUED,
                    error=None,
                    final_at=None,
                    next_attempt_at=None,
                    updated_at=now,
                )
                .returning(m.c.id, m.c.position, m.c.number, m.c.name, m.c.attempts)
            ).all()
            if rows:
                conn.execute(
                    insert(events_table),
                    [
                        {"message_id": r.id, "at": now, "state": S.QUEUED, "detail": note}
                        for r in rows
                    ],
                )
        return sorted(rows, key=lambda r: r.id)

    def make_due(self, job_id: int, now: datetime) -> bool:
        """A waiting job (scheduled, suspended) due now; False when it is not waiting."""
        j, m = jobs_table, messages_table
        with self.store.begin() as conn:
            done = conn.execute(
                update(j)
                .where(j.c.id == job_id, j.c.state == JobState.WAITING, j.c.lease_owner.is_(None))
                .values(not_before=None, note=None, state=JobState.QUEUED)
            ).rowcount
            if done:
                conn.execute(
                    update(m)
                    .where(m.c.job_id == job_id, m.c.state == S.QUEUED)
                    .values(next_attempt_at=None, updated_at=now)
                )
        return bool(done)

    def settle_uncertain(self, ids: list[int], resend: bool, now: datetime) -> int:
        """The clerk's decision on uncertain messages: send again, or give up (cancelled)."""
        m = messages_table
        state = S.QUEUED if resend else S.CANCELLED
        detail = (
            "Renvoi décidé par l'utilisateur"
            if resend
            else "Abandonné par l'utilisateur (envoi incertain)"
        )
        with self.store.begin() as conn:
            changed = []
            for start in range(0, len(ids), 900):
                chunk = ids[start : start + 900]
                changed += conn.scalars(
                    update(m)
                    .where(m.c.id.in_(chunk), m.c.state == S.UNCERTAIN)
                    .values(
                        state=state,
                        error=None if resend else detail,
                        updated_at=now,
                        final_at=None if resend else now,
                        next_attempt_at=None,
                    )
                    .returning(m.c.id)
                ).all()
            if not changed:
                return 0
            conn.execute(
                insert(events_table),
                [{"message_id": i, "at": now, "state": state, "detail": detail} for i in changed],
            )
            if resend:
                conn.execute(
                    update(jobs_table)
                    .where(
                        jobs_table.c.id.in_(
                            select(m.c.job_id).where(m.c.id.in_(changed)).scalar_subquery()
                        ),
                        jobs_table.c.lease_owner.is_(None),
                    )
                    .values(state=JobState.INTERRUPTED)
                )
        return len(changed)

    # -- delivery reports -----------------------------------------------------------------

    def apply_reports(self, provider: str, reports: list, now: datetime):
        """Move messages to their reported state; returns (updates per job, unknown ids)."""
        m = messages_table
        by_pid = {r.provider_id: r for r in reports}
        per_job: dict[int, list[MessageUpdate]] = {}
        with self.store.begin() as conn:
            rows = []
            pids = list(by_pid)
            for start in range(0, len(pids), 900):
                rows += conn.execute(
                    select(
                        m.c.id,
                        m.c.job_id,
                        m.c.position,
                        m.c.number,
                        m.c.name,
                        m.c.attempts,
                        m.c.provider_id,
                        m.c.state,
                    ).where(
                        m.c.provider == provider, m.c.provider_id.in_(pids[start : start + 900])
                    )
                ).all()
            unknown = set(by_pid) - {r.provider_id for r in rows}
            rows = [
                r for r in rows if r.state not in FINAL and r.state != by_pid[r.provider_id].state
            ]
            if not rows:
                return per_job, unknown
            params, events = [], []
            for r in rows:
                rep = by_pid[r.provider_id]
                final = (rep.at or now) if rep.state in FINAL else None
                params.append(
                    {
                        "_id": r.id,
                        "_state": rep.state,
                        "_raw": rep.raw_status,
                        "_error": rep.error,
                        "_final": final,
                        "_now": now,
                    }
                )
                events.append(
                    {
                        "message_id": r.id,
                        "at": rep.at or now,
                        "state": rep.state,
                        "raw_status": rep.raw_status,
                        "detail": rep.error,
                    }
                )
                per_job.setdefault(r.job_id, []).append(
                    MessageUpdate(
                        r.id,
                        r.position,
                        r.number,
                        r.name,
                        rep.state,
                        rep.raw_status,
                        rep.error,
                        r.provider_id,
                        r.attempts,
                    )
                )
            for start in range(0, len(params), EXECUTEMANY_SLICE):  # the GUI thread's turn
                conn.execute(self._stmt_report, params[start : start + EXECUTEMANY_SLICE])
                conn.execute(insert(events_table), events[start : start + EXECUTEMANY_SLICE])
        return per_job, unknown
