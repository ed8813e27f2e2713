"""The outbox: jobs, batching, throttle, retry, cancel, resume, delivery reports, status events.

The rules that keep a clerk's send safe:

1. A job and one message row per recipient are written in one transaction before any network
   call. From then on nothing is lost.
2. A batch is marked `submitting` and committed before the gateway is called; each result is
   committed right after. A transient refusal goes back to `queued` with a back-off, up to the
   configured number of attempts; a permanent one is recorded with its reason.
3. A dispatcher holds a lease on the job it runs. When that dispatcher died (lease expired, or
   its process is gone), the messages it left `submitting` are checked with the provider where it
   can tell, and otherwise become `uncertain`: shown to the clerk, never silently sent twice.
4. A request error that may have reached the provider (a read time-out, an unexpected answer) is
   treated like a crash for that batch: looked up, or `uncertain`.

Every change is published on an `EventBus` that the command line and the window listen to.
"""

from __future__ import annotations

import logging
import os
import queue
import random
import secrets
import socket
import threading
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import and_, bindparam, func, insert, select, update

from ellipses_sms import sms
from ellipses_sms.gateway import (
    Gateway,
    GatewayError,
    Gateways,
    OutgoingSms,
    PermanentError,
    StatusReport,
    SubmitResult,
    TransientError,
)
from ellipses_sms.recipients import Recipient
from ellipses_sms.settings import Settings
from ellipses_sms.states import FINAL, JobState, MessageState
from ellipses_sms.store import Store
from ellipses_sms.store.db import EXECUTEMANY_SLICE, BulkWriter
from ellipses_sms.store.models import (
    events_table,
    jobs_table,
    messages_table,
    opt_outs_table,
    utcnow,
)

log = logging.getLogger(__name__)
S = MessageState

LEASE_SECONDS = 60.0
REPORT_WINDOW = timedelta(days=7)  # reports are not polled for older messages
CREATED_SLACK = timedelta(days=30)  # a message is sent within this long of being journaled
HOLD_SECONDS = 600.0  # how long a pushed report may wait for its message's result
HOLD_MAX = 100_000  # held reports kept per provider, at most
HOLD_RETRY = 0.5  # while a job runs, held reports are tried again at most this often (s)
KINDS = ("notification", "marketing")


# -- events -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MessageUpdate:
    """One message's new state, as the status column shows it."""

    message_id: int
    position: int
    number: str
    name: str | None
    state: MessageState
    raw_status: str | None = None
    error: str | None = None
    provider_id: str | None = None
    attempts: int = 0


@dataclass(frozen=True, slots=True)
class JobCreated:
    job_id: int
    total: int


@dataclass(frozen=True, slots=True)
class MessagesChanged:
    job_id: int
    updates: tuple[MessageUpdate, ...]


@dataclass(frozen=True, slots=True)
class JobProgress:
    job_id: int
    total: int
    counts: dict[str, int]

    @property
    def done(self) -> int:
        """Messages that have left the outbox (whatever their fate)."""
        return self.total - self.counts.get(S.QUEUED, 0) - self.counts.get(S.SUBMITTING, 0)


@dataclass(frozen=True, slots=True)
class JobFinished:
    job_id: int
    summary: JobSummary


Event = JobCreated | MessagesChanged | JobProgress | JobFinished


class EventBus:
    """Publishes events to subscribers, synchronously, from whatever thread the work runs on.

    Subscribers must be quick; the window re-emits them as Qt signals to its own thread.
    """

    def __init__(self) -> None:
        self._subscribers: list[Callable[[Event], None]] = []
        self._lock = threading.Lock()

    def subscribe(self, callback: Callable[[Event], None]) -> Callable[[], None]:
        with self._lock:
            self._subscribers.append(callback)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._subscribers:
                    self._subscribers.remove(callback)

        return unsubscribe

    def publish(self, event: Event) -> None:
        with self._lock:
            subscribers = list(self._subscribers)
        for callback in subscribers:
            try:
                callback(event)
            except Exception:  # a listener's bug must not stop a send
                log.exception("event subscriber failed on %r", type(event).__name__)


# -- summaries and errors ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class JobSummary:
    job_id: int
    state: JobState
    total: int
    counts: dict[str, int] = field(default_factory=dict)
    error: str | None = None  # why the job stopped, when it did not finish

    def count(self, *states: MessageState) -> int:
        return sum(self.counts.get(s, 0) for s in states)

    @property
    def accepted(self) -> int:
        return self.count(S.SENT, S.DELIVERED)

    @property
    def failed(self) -> int:
        return self.count(S.FAILED, S.EXPIRED, S.REJECTED, S.BLOCKED)

    @property
    def pending(self) -> int:
        return self.count(S.QUEUED, S.SUBMITTING, S.SENT, S.UNCERTAIN)

    def sentence(self) -> str:
        """The notice at the end, as the old tool gave it: « Envoi terminé : 98 envoyés, … »."""
        parts = [f"{self.accepted} envoyé{'s' if self.accepted > 1 else ''}"]
        if self.failed:
            parts.append(f"{self.failed} en échec")
        if self.count(S.CANCELLED):
            parts.append(
                f"{self.count(S.CANCELLED)} annulé{'s' if self.count(S.CANCELLED) > 1 else ''}"
            )
        if self.count(S.UNCERTAIN):
            parts.append(
                f"{self.count(S.UNCERTAIN)} incertain{'s' if self.count(S.UNCERTAIN) > 1 else ''}"
            )
        if self.count(S.QUEUED, S.SUBMITTING):
            parts.append(f"{self.count(S.QUEUED, S.SUBMITTING)} en attente")
        head = {
            JobState.CANCELLED: "Envoi annulé",
            JobState.INTERRUPTED: "Envoi interrompu",
        }.get(self.state, "Envoi terminé")
        text = f"{head} : {', '.join(parts)}"
        if self.error:
            text += f" ({self.error})"
        return text


class SendError(RuntimeError):
    """A send cannot start (message in French)."""


class JobBusy(SendError):
    """Another dispatcher (another window, the command line) is running this job."""


class _JournalWriter:
    """The thread that records a running job's results while the next batch is in flight.

    A batch's `submitting` mark is committed by the dispatcher itself before the provider is
    called, so a crash at any point leaves every message `queued`, `submitting` (looked up or
    made uncertain on recovery) or recorded. A batch's results are handed over with `later()` and
    released once the next batch is marked: they are written while that batch is in flight,
    which hides the journal's cost behind the provider's network time, and the two writers
    never wait on each other's lock.
    """

    def __init__(self) -> None:
        self._queue: queue.Queue[Callable[[], None] | None] = queue.Queue()
        self._deferred: Callable[[], None] | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._loop, name="journal-writer", daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while True:
            work = self._queue.get()
            try:
                if work is None:
                    return
                if self._error is None:
                    work()
            except BaseException as exc:  # kept, and raised in the dispatcher's thread
                self._error = exc
            finally:
                self._queue.task_done()

    def _check(self) -> None:
        if self._error is not None:
            raise RuntimeError(f"écriture du journal impossible : {self._error}") from self._error

    def send(self, work: Callable[[], None]) -> None:
        """Hand `work` to the thread now, without waiting for it."""
        self._check()
        self._queue.put(work)

    def later(self, work: Callable[[], None]) -> None:
        """Keep `work` until `release()` (the next batch is marked) or `flush()`."""
        self._check()
        self.release()
        self._deferred = work

    def release(self) -> None:
        """Hand the deferred work to the thread without waiting for it."""
        if self._deferred is not None:
            self._queue.put(self._deferred)
            self._deferred = None

    def pending(self) -> bool:
        return self._deferred is not None or self._queue.unfinished_tasks > 0

    def flush(self) -> None:
        """Wait until everything handed over is committed."""
        self.release()
        self._queue.join()
        self._check()

    def close(self) -> None:
        self.release()
        self._queue.put(None)
        self._thread.join()


# -- the dispatcher ---------------------------------------------------------------------------


def _owner_token() -> str:
    return f"{socket.gethostname()[:32]}:{os.getpid()}:{secrets.token_hex(4)}"


def _owner_alive(owner: str | None) -> bool:
    """False when the lease holder is a process of this machine that no longer exists."""
    if not owner:
        return False
    host, _, rest = owner.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname()[:32] or not pid_text.isdigit():
        return True  # another machine: trust the lease's expiry only
    pid = int(pid_text)
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def reference_of(message_id: int) -> str:
    """Our own reference for a message, given to providers that keep one."""
    return f"ESMS-{message_id}"


class Dispatcher:
    """Journals jobs and sends them through the gateways; built once, shared by CLI and window."""

    def __init__(
        self,
        store: Store,
        gateways: Gateways,
        settings: Settings,
        bus: EventBus | None = None,
        *,
        clock: Callable[[], datetime] = utcnow,
        monotonic: Callable[[], float] = time.monotonic,
    ):
        self.store = store
        self.gateways = gateways
        self.settings = settings
        self.bus = bus or EventBus()
        self._now = clock
        self._monotonic = monotonic
        self.owner = _owner_token()
        self._random = random.Random()
        # reports pushed before their message's result was written (see receive_reports)
        self._held: dict[str, list[tuple[float, StatusReport]]] = {}
        self._held_lock = threading.Lock()
        self._held_retry_at = 0.0
        gateways.set_report_sink(self.receive_reports)

        self._bulk = bulk = BulkWriter(store.engine)
        self._sql_insert_message = bulk.sql(
            "INSERT INTO messages (job_id, position, number, name, text, encoding, parts, "
            "provider, state, error, attempts, created_at, final_at, updated_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
        )
        self._sql_result = bulk.sql(
            "UPDATE messages SET state=?, provider_id=?, raw_status=?, error=?, "
            "next_attempt_at=?, submitted_at=?, final_at=?, updated_at=? WHERE id=?"
        )
        self._sql_renew = bulk.sql("UPDATE jobs SET lease_until = ? WHERE id = ?")
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
        provider: str | None = None,
        sender: str | None = None,
        kind: str = "notification",
        source: str = "cli",
        resend_of: int | None = None,
    ) -> int:
        """Journal a job and its messages in one transaction; nothing is sent yet.

        Unusable numbers, duplicates and (for marketing) opted-out numbers are recorded with
        their reason, so that the history shows every recipient the clerk asked for.
        """
        if not text or not text.strip():
            raise SendError("Le message est vide.")
        if not recipients:
            raise SendError("Aucun destinataire.")
        if kind not in KINDS:
            raise SendError(f"Type d'envoi inconnu : « {kind} »")
        provider = provider or self.gateways.default_name()
        self.gateways.get(provider)  # fails now, in French, if the provider does not exist
        sender = (sender if sender is not None else self.settings.get("sender")) or None
        text = unicodedata.normalize("NFC", text)
        info = sms.analyze(text)
        now = self._now()

        with self.store.engine.begin() as conn:
            opted_out: set[str] = set()
            if kind == "marketing":
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
            job_id = conn.execute(
                insert(jobs_table).values(
                    created_at=now,
                    text=text,
                    sender=sender,
                    provider=provider,
                    kind=kind,
                    source=source,
                    state=JobState.QUEUED,
                    total=len(recipients),
                    resend_of=resend_of,
                )
            ).inserted_primary_key[0]
            ts = self._bulk.ts
            now_s = ts(now)
            encoding, parts = info.encoding.value, info.segments
            rows: list[tuple] = []
            blocked: list[tuple[int, str, str]] = []
            updates: list[tuple[int, str, str | None, MessageState, str]] = []
            seen: set[str] = set()
            for position, r in enumerate(recipients):
                state, error, final = S.QUEUED, None, None
                if not r.valid:
                    state, error, final = S.BLOCKED, r.error or "Numéro invalide", now_s
                elif r.number in seen:
                    state, error, final = S.CANCELLED, "Doublon : déjà dans cet envoi", now_s
                elif r.number in opted_out:
                    state, final = S.BLOCKED, now_s
                    error = "Le client a demandé à ne plus recevoir de SMS (STOP)"
                seen.add(r.number)
                if error:
                    blocked.append((position, state.value, error))
                    updates.append((position, r.number, r.name or None, state, error))
                rows.append(
                    (
                        job_id,
                        position,
                        r.number,
                        r.name or None,
                        text,
                        encoding,
                        parts,
                        provider,
                        state.value,
                        error,
                        0,
                        now_s,
                        final,
                        now_s,
                    )
                )
            self._bulk.run(conn, self._sql_insert_message, rows)
            if blocked:
                ids = self._ids_at_positions(conn, job_id, [pos for pos, _, _ in blocked])
                self._bulk.run(
                    conn,
                    self._sql_event,
                    [(ids[pos], now_s, state, None, error) for pos, state, error in blocked],
                )
        self.bus.publish(JobCreated(job_id, len(recipients)))
        if blocked:  # settled before any send (opted out, duplicate…): the status column says so
            self.bus.publish(
                MessagesChanged(
                    job_id,
                    tuple(
                        MessageUpdate(ids[pos], pos, number, name, state, None, error)
                        for pos, number, name, state, error in updates
                    ),
                )
            )
        return job_id

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

    # -- running a job --------------------------------------------------------------------

    def send(
        self,
        recipients: Sequence[Recipient],
        text: str,
        cancel: threading.Event | None = None,
        **options,
    ) -> JobSummary:
        """Journal then run a job: what the command line and the automatic notices call."""
        return self.run(self.create_job(recipients, text, **options), cancel)

    def run(self, job_id: int, cancel: threading.Event | None = None) -> JobSummary:
        """Send every queued message of a job; returns when none is left to send or on cancel."""
        cancel = cancel or threading.Event()
        job = self._claim(job_id)
        gateway = self.gateways.get(job.provider)
        try:
            error = self._run_loop(job_id, job.sender, gateway, cancel, job.kind)
        except Exception as exc:
            log.exception("job %s stopped by an unexpected error", job_id)
            error = f"erreur inattendue : {exc}"
            self._release(job_id, JobState.INTERRUPTED)
            summary = self.summary(job_id, error)
            self.bus.publish(JobFinished(job_id, summary))
            return summary
        if cancel.is_set():
            self._cancel_queued(job_id)
            state = JobState.CANCELLED
        elif error:
            state = JobState.INTERRUPTED
        else:
            state = JobState.SUBMITTED
        self._release(job_id, state)
        summary = self.summary(job_id, error)
        self.bus.publish(JobFinished(job_id, summary))
        return summary

    def _claim(self, job_id: int):
        now = self._now()
        j = jobs_table
        with self.store.engine.begin() as conn:
            job = conn.execute(select(j).where(j.c.id == job_id)).one_or_none()
            if job is None:
                raise SendError(f"Envoi n° {job_id} introuvable.")
            if (
                job.lease_owner
                and job.lease_owner != self.owner
                and job.lease_until
                and job.lease_until > now
                and _owner_alive(job.lease_owner)
            ):
                raise JobBusy(f"L'envoi n° {job_id} est déjà en cours ailleurs.")
            conn.execute(
                update(j)
                .where(j.c.id == job_id)
                .values(
                    lease_owner=self.owner,
                    lease_until=now + timedelta(seconds=LEASE_SECONDS),
                    state=JobState.RUNNING,
                )
            )
        self._recover_job(job_id, job.lease_owner)
        return job

    def _renew(self, conn, job_id: int, extra: float = 0.0) -> None:
        until = self._now() + timedelta(seconds=LEASE_SECONDS + extra)
        conn.exec_driver_sql(self._sql_renew, (self._bulk.ts(until), job_id))

    def _release(self, job_id: int, state: JobState) -> None:
        with self.store.engine.begin() as conn:
            conn.execute(
                update(jobs_table)
                .where(jobs_table.c.id == job_id)
                .values(
                    lease_owner=None,
                    lease_until=None,
                    state=state,
                    finished_at=self._now() if state == JobState.SUBMITTED else None,
                )
            )

    def _batch_size(self, gateway: Gateway) -> int:
        size = max(1, gateway.max_recipients_per_request)
        if gateway.max_messages_per_second:
            size = min(size, max(1, int(gateway.max_messages_per_second)))
        return size

    def _run_loop(
        self,
        job_id: int,
        sender: str | None,
        gateway: Gateway,
        cancel: threading.Event,
        kind: str = "notification",
    ) -> str | None:
        size = self._batch_size(gateway)
        # a little under the provider's rate: its clock and ours never tick exactly together
        rate = gateway.max_messages_per_second * 0.97
        counts = self.counts(job_id)
        total = sum(counts.values())
        select_ready = self._bulk.sql(
            "SELECT id, position, number, name, text, attempts FROM messages "
            "WHERE job_id = ? AND state = 'queued' "
            "AND (next_attempt_at IS NULL OR next_attempt_at <= ?) "
            f"ORDER BY id LIMIT {int(size)}"
        )
        writer = _JournalWriter()
        try:
            return self._loop(
                job_id,
                sender,
                gateway,
                cancel,
                writer,
                select_ready,
                size,
                rate,
                counts,
                total,
                kind,
            )
        finally:
            writer.close()  # pending results are committed before the job is left
            self._retry_held()  # pushed reports that waited for those results

    def _loop(
        self,
        job_id,
        sender,
        gateway,
        cancel,
        writer,
        select_ready,
        size,
        rate,
        counts,
        total,
        kind="notification",
    ) -> str | None:
        m = messages_table
        tokens, tokens_at = float(size), self._monotonic()
        while not cancel.is_set():
            with self.store.engine.connect() as conn:
                now_s = self._bulk.ts(self._now())
                rows = conn.exec_driver_sql(select_ready, (job_id, now_s)).all()
                if not rows and writer.pending():
                    conn.close()
                    writer.flush()  # a result in hand may put a message back in the queue
                    continue
                if not rows:
                    wake = conn.scalar(
                        select(func.min(m.c.next_attempt_at)).where(
                            m.c.job_id == job_id, m.c.state == S.QUEUED
                        )
                    )
                    if wake is None:
                        return None
                    writer.release()
                    delay = max(0.0, (wake - self._now()).total_seconds())
                    self._renew(conn, job_id, delay)
                    conn.commit()
                    cancel.wait(min(delay, 1.0))
                    continue
            text = rows[0].text
            batch = [r for r in rows if r.text == text]
            if rate:  # throttle to the provider's rate (a token bucket)
                while True:
                    now_m = self._monotonic()
                    tokens = min(float(size), tokens + (now_m - tokens_at) * rate)
                    tokens_at = now_m
                    if tokens >= len(batch) or cancel.is_set():
                        break
                    writer.release()  # show the last results while waiting
                    cancel.wait((len(batch) - tokens) / rate)
                if cancel.is_set():
                    break
                tokens -= len(batch)
            error = self._submit_batch(job_id, sender, gateway, batch, counts, writer, total, kind)
            if error:
                return error
        return None

    def _submit_batch(
        self,
        job_id: int,
        sender: str | None,
        gateway: Gateway,
        batch,
        counts: Counter,
        writer: _JournalWriter,
        total: int,
        kind: str = "notification",
    ) -> str | None:
        """Mark submitting, commit, call the gateway, record each result. Returns a job-level
        error that must stop the job (a permanent error of the whole request)."""
        ids = [r.id for r in batch]
        now = self._now()

        # the writer is idle here (the previous results were written while that batch was in
        # flight): the mark takes the database's write lock without waiting
        marks = ",".join("?" * len(ids))
        with self.store.engine.begin() as conn:
            conn.exec_driver_sql(
                self._bulk.sql(
                    "UPDATE messages SET state = 'submitting', attempts = attempts + 1, "
                    f"updated_at = ? WHERE id IN ({marks})"
                ),
                (self._bulk.ts(now), *ids),
            )
            self._renew(conn, job_id)
        writer.release()  # the previous batch's results, written while this one is in flight

        def announce() -> None:
            counts[S.QUEUED] -= len(batch)
            counts[S.SUBMITTING] += len(batch)
            self.bus.publish(
                MessagesChanged(
                    job_id,
                    tuple(
                        MessageUpdate(
                            r.id,
                            r.position,
                            r.number,
                            r.name,
                            S.SUBMITTING,
                            attempts=r.attempts + 1,
                        )
                        for r in batch
                    ),
                )
            )

        writer.send(announce)
        outgoing = [
            OutgoingSms(r.id, r.number, r.text, sender, reference_of(r.id), kind) for r in batch
        ]
        job_error: str | None = None
        retry_after = 0.0
        try:
            results = gateway.submit(outgoing)
        except TransientError as exc:
            if exc.maybe_sent:
                results = self._after_ambiguous(gateway, batch, exc)
            else:
                results = [
                    SubmitResult.refused(r.id, exc.message, transient=True, raw=exc.raw)
                    for r in batch
                ]
                retry_after = exc.retry_after or 0.0
        except PermanentError as exc:
            # A whole request refused for good (credentials, credit, sender): the messages go
            # back to the queue untouched and the job stops, to be resumed once fixed.
            job_error = exc.message
            results = [
                SubmitResult.refused(r.id, exc.message, transient=True, raw=exc.raw) for r in batch
            ]
        except Exception as exc:  # an adapter bug or nonsense answer: the request may have gone
            log.exception("gateway %s failed unexpectedly", gateway.name)
            results = self._after_ambiguous(
                gateway, batch, GatewayError(f"réponse inattendue du fournisseur ({exc})")
            )
        requeue_only = job_error is not None

        def write() -> None:  # on the journal thread, while the next batch is in flight
            params, events, updates = self._record(
                batch, results, counts, requeue_only=requeue_only, retry_after=retry_after
            )
            self._write_results(params, events)
            self.bus.publish(MessagesChanged(job_id, tuple(updates)))
            self.bus.publish(JobProgress(job_id, total, dict(counts)))

        writer.later(write)
        if job_error:
            writer.flush()
        return job_error

    def _after_ambiguous(self, gateway: Gateway, batch, exc: GatewayError) -> list[SubmitResult]:
        """The request may have reached the provider: ask it, or leave the messages uncertain."""
        if gateway.can_lookup:
            try:
                found = {
                    lk.reference: lk for lk in gateway.lookup(reference_of(r.id) for r in batch)
                }
                results = []
                for r in batch:
                    lk = found.get(reference_of(r.id))
                    if lk and lk.received:
                        results.append(SubmitResult.ok(r.id, lk.provider_id, lk.raw_status))
                    elif lk and not lk.received:
                        results.append(
                            SubmitResult.refused(r.id, exc.message, transient=True, raw=exc.raw)
                        )
                    else:
                        results.append(self._uncertain(r.id, exc))
                return results
            except GatewayError:
                log.warning("lookup after an ambiguous error failed", exc_info=True)
        return [self._uncertain(r.id, exc) for r in batch]

    @staticmethod
    def _uncertain(message_id: int, exc: GatewayError) -> SubmitResult:
        return SubmitResult(
            message_id,
            False,
            raw_status=exc.raw,
            error=f"Envoi incertain : {exc.message}",
            state=S.UNCERTAIN,
        )

    def _backoff(self, attempts: int, floor: float = 0.0) -> float:
        """Exponential back-off with jitter, never sooner than the provider asked."""
        base = self.settings.get("retry_base_delay")
        cap = self.settings.get("retry_max_delay")
        delay = min(cap, base * 2 ** max(0, attempts - 1)) * self._random.uniform(0.8, 1.2)
        return max(delay, floor)

    def _record(
        self,
        batch,
        results: Sequence[SubmitResult],
        counts: Counter,
        requeue_only: bool = False,
        retry_after: float = 0.0,
    ) -> tuple[list[tuple], list[tuple], list[MessageUpdate]]:
        """Each message's new state after the provider's answer (written by the caller)."""
        now = self._now()
        now_s = self._bulk.ts(now)
        max_attempts = max(1, self.settings.get("max_attempts"))
        by_id = {res.message_id: res for res in results}
        params, events, updates = [], [], []
        for r in batch:
            res = by_id.get(r.id)
            attempts = r.attempts + 1
            if res is None:
                res = SubmitResult(
                    r.id,
                    False,
                    error="Envoi incertain : pas de réponse du fournisseur pour ce numéro",
                    state=S.UNCERTAIN,
                )
            next_at = submitted = final = None
            if res.accepted:
                state, error, submitted = S.SENT, None, now
            elif res.state == S.UNCERTAIN:
                state, error = S.UNCERTAIN, res.error
            elif res.transient and (requeue_only or attempts < max_attempts):
                state, error = S.QUEUED, res.error
                if not requeue_only:
                    next_at = now + timedelta(seconds=self._backoff(attempts, retry_after))
            elif res.transient:
                state, final = S.FAILED, now
                error = f"Échec après {attempts} tentatives : {res.error}"
            else:
                state, error, final = res.state or S.FAILED, res.error, now
            ts = self._bulk.ts
            params.append(
                (
                    state.value,
                    res.provider_id,
                    res.raw_status,
                    error,
                    ts(next_at),
                    ts(submitted),
                    ts(final),
                    now_s,
                    r.id,
                )
            )
            detail = error
            if state == S.QUEUED:
                detail = f"Tentative {attempts} : {error} ; nouvel essai prévu"
            events.append((r.id, now_s, state.value, res.raw_status, detail))
            counts[S.SUBMITTING] -= 1
            counts[state] += 1
            updates.append(
                MessageUpdate(
                    r.id,
                    r.position,
                    r.number,
                    r.name,
                    state,
                    res.raw_status,
                    error,
                    res.provider_id,
                    attempts,
                )
            )
        return params, events, updates

    def _write_results(self, params: list[tuple], events: list[tuple]) -> None:
        """One transaction: the messages' new states and their status events."""
        with self.store.engine.begin() as conn:
            self._bulk.run(conn, self._sql_result, params)
            self._bulk.run(conn, self._sql_event, events)
        if self._held:
            self._retry_held(throttled=True)

    def _cancel_queued(self, job_id: int) -> None:
        m = messages_table
        now = self._now()
        with self.store.engine.begin() as conn:
            rows = conn.execute(
                select(m.c.id, m.c.position, m.c.number, m.c.name, m.c.attempts).where(
                    m.c.job_id == job_id, m.c.state == S.QUEUED
                )
            ).all()
            if not rows:
                return
            conn.execute(
                update(m)
                .where(m.c.job_id == job_id, m.c.state == S.QUEUED)
                .values(
                    state=S.CANCELLED,
                    error="Annulé par l'utilisateur",
                    final_at=now,
                    updated_at=now,
                )
            )
            conn.execute(
                insert(events_table),
                [
                    {
                        "message_id": r.id,
                        "at": now,
                        "state": S.CANCELLED,
                        "detail": "Annulé par l'utilisateur",
                    }
                    for r in rows
                ],
            )
        self.bus.publish(
            MessagesChanged(
                job_id,
                tuple(
                    MessageUpdate(
                        r.id,
                        r.position,
                        r.number,
                        r.name,
                        S.CANCELLED,
                        error="Annulé par l'utilisateur",
                        attempts=r.attempts,
                    )
                    for r in rows
                ),
            )
        )

    # -- after a crash ----------------------------------------------------------------------

    def recover(self) -> list[int]:
        """Find jobs whose dispatcher died; settle what they left `submitting`.

        Returns the ids of every unfinished job (to resume or to offer for resumption).
        """
        now = self._now()
        j = jobs_table
        with self.store.engine.begin() as conn:
            running = conn.execute(
                select(j.c.id, j.c.lease_owner, j.c.lease_until).where(
                    j.c.state == JobState.RUNNING
                )
            ).all()
            dead = [
                row
                for row in running
                if row.lease_owner != self.owner
                and (
                    row.lease_until is None
                    or row.lease_until < now
                    or not _owner_alive(row.lease_owner)
                )
            ]
            for row in dead:
                conn.execute(
                    update(j)
                    .where(j.c.id == row.id, j.c.state == JobState.RUNNING)
                    .values(state=JobState.INTERRUPTED, lease_owner=None, lease_until=None)
                )
        for row in dead:
            log.warning("job %s was interrupted (owner %s); recovering", row.id, row.lease_owner)
            self._recover_job(row.id, row.lease_owner)
        return self.unfinished_jobs()

    def _recover_job(self, job_id: int, previous_owner: str | None) -> None:
        """Messages left `submitting` by a dead dispatcher: look them up, or mark uncertain."""
        m = messages_table
        with self.store.engine.connect() as conn:
            stuck = conn.execute(
                select(
                    m.c.id, m.c.position, m.c.number, m.c.name, m.c.attempts, m.c.provider
                ).where(m.c.job_id == job_id, m.c.state == S.SUBMITTING)
            ).all()
        if not stuck:
            return
        gateway = self.gateways.get(stuck[0].provider)
        exc = GatewayError("l'envoi a été interrompu (arrêt du programme ou coupure)")
        self._record_recovery(job_id, stuck, self._after_ambiguous(gateway, stuck, exc))

    def _record_recovery(self, job_id: int, stuck, results: Sequence[SubmitResult]) -> None:
        now_s = self._bulk.ts(self._now())
        by_id = {r.message_id: r for r in results}
        params, events, updates = [], [], []
        for r in stuck:
            res = by_id[r.id]
            if res.accepted:
                state, error, detail = (
                    S.SENT,
                    None,
                    "Retrouvé chez le fournisseur après interruption",
                )
            elif res.state == S.UNCERTAIN:
                state, error, detail = S.UNCERTAIN, res.error, res.error
            else:  # the provider is sure it never got it: safe to send
                state, error = S.QUEUED, None
                detail = "Jamais reçu par le fournisseur : remis dans la file"
            params.append(
                (
                    state.value,
                    res.provider_id,
                    res.raw_status,
                    error,
                    None,
                    now_s if state == S.SENT else None,
                    None,
                    now_s,
                    r.id,
                )
            )
            events.append((r.id, now_s, state.value, res.raw_status, detail))
            updates.append(
                MessageUpdate(
                    r.id,
                    r.position,
                    r.number,
                    r.name,
                    state,
                    res.raw_status,
                    error,
                    res.provider_id,
                    r.attempts,
                )
            )
        self._write_results(params, events)
        self.bus.publish(MessagesChanged(job_id, tuple(updates)))

    def unfinished_jobs(self) -> list[int]:
        """Jobs with messages still to send, not held by a live dispatcher."""
        j, m = jobs_table, messages_table
        with self.store.engine.connect() as conn:
            return list(
                conn.scalars(
                    select(j.c.id)
                    .where(
                        j.c.state.in_([JobState.QUEUED, JobState.INTERRUPTED]),
                        select(m.c.id)
                        .where(m.c.job_id == j.c.id, m.c.state.in_([S.QUEUED, S.SUBMITTING]))
                        .exists(),
                    )
                    .order_by(j.c.id)
                )
            )

    def uncertain_messages(self, job_id: int | None = None) -> list:
        m = messages_table
        query = select(m.c.id, m.c.job_id, m.c.number, m.c.name, m.c.error).where(
            m.c.state == S.UNCERTAIN
        )
        if job_id is not None:
            query = query.where(m.c.job_id == job_id)
        with self.store.engine.connect() as conn:
            return conn.execute(query.order_by(m.c.id)).all()

    def settle_uncertain(self, message_ids: Iterable[int], *, resend: bool) -> int:
        """The clerk's decision on uncertain messages: send again, or give up (cancelled)."""
        ids = list(message_ids)
        if not ids:
            return 0
        m = messages_table
        now = self._now()
        state = S.QUEUED if resend else S.CANCELLED
        detail = (
            "Renvoi décidé par l'utilisateur"
            if resend
            else "Abandonné par l'utilisateur (envoi incertain)"
        )
        with self.store.engine.begin() as conn:
            changed = conn.scalars(
                select(m.c.id).where(m.c.id.in_(ids), m.c.state == S.UNCERTAIN)
            ).all()
            if changed:
                conn.execute(
                    update(m)
                    .where(m.c.id.in_(changed))
                    .values(
                        state=state,
                        error=None if resend else detail,
                        updated_at=now,
                        final_at=None if resend else now,
                        next_attempt_at=None,
                    )
                )
                conn.execute(
                    insert(events_table),
                    [
                        {"message_id": i, "at": now, "state": state, "detail": detail}
                        for i in changed
                    ],
                )
                if resend:
                    conn.execute(
                        update(jobs_table)
                        .where(
                            jobs_table.c.id.in_(
                                select(m.c.job_id).where(m.c.id.in_(changed)).scalar_subquery()
                            ),
                            jobs_table.c.state != JobState.RUNNING,
                        )
                        .values(state=JobState.INTERRUPTED)
                    )
        return len(changed)

    def resume_all(self, cancel: threading.Event | None = None) -> list[JobSummary]:
        """Recover, then finish every unfinished job in turn."""
        summaries = []
        for job_id in self.recover():
            if cancel and cancel.is_set():
                break
            try:
                summaries.append(self.run(job_id, cancel))
            except JobBusy:
                log.info("job %s is being sent elsewhere; skipped", job_id)
        return summaries

    # -- delivery reports -------------------------------------------------------------------

    def poll_reports(self, job_id: int | None = None) -> int:
        """Ask the providers that have a status API about messages awaiting a report."""
        self._retry_held()  # pushed reports that arrived just as their results were written
        m = messages_table
        since = self._now() - REPORT_WINDOW
        query = select(m.c.provider, m.c.provider_id, m.c.updated_at).where(
            m.c.state == S.SENT,
            m.c.provider_id.is_not(None),
            m.c.updated_at >= since,
            # a range of the (state, created_at) index: this runs every few seconds, and a
            # store holds every message still `sent` forever (providers without reports)
            m.c.created_at >= since - CREATED_SLACK,
        )
        if job_id is not None:
            query = query.where(m.c.job_id == job_id)
        with self.store.engine.connect() as conn:
            rows = conn.execute(query).all()
        by_provider: dict[str, list[tuple[str, datetime]]] = {}
        for provider, pid, updated in rows:
            by_provider.setdefault(provider, []).append((pid, updated))
        changed = 0
        for provider, items in by_provider.items():
            try:
                gateway = self.gateways.get(provider)
            except LookupError:
                continue
            if not gateway.can_poll_status:
                continue
            grace = gateway.callback_grace
            if grace > 0:  # its reports come by callback: poll only those that did not come
                cutoff = self._now() - timedelta(seconds=grace)
                items = [(pid, up) for pid, up in items if up is None or up <= cutoff]
            pids = [pid for pid, _ in items]
            for start in range(0, len(pids), 500):
                try:
                    reports = gateway.statuses(pids[start : start + 500])
                except GatewayError as exc:
                    log.warning("status poll of %s failed: %s", provider, exc)
                    break
                changed += self.apply_reports(provider, reports)
        return changed

    def receive_reports(self, provider: str, reports: Iterable[StatusReport]) -> int:
        """Reports pushed by a provider's callback listener (from the listener's thread).

        A report can arrive before its message's result is written (results are journaled
        while the next batch is in flight): reports for ids not in the store yet are held and
        applied again after the next results are written, for up to `HOLD_SECONDS`.
        """
        reports = [r for r in reports if r.state != S.SENT]
        if not reports:
            return 0
        self._retry_held(throttled=True)
        changed, unknown = self._apply(provider, reports)
        if unknown:
            until = self._monotonic() + HOLD_SECONDS
            with self._held_lock:
                held = self._held.setdefault(provider, [])
                held.extend((until, r) for r in reports if r.provider_id in unknown)
                del held[:-HOLD_MAX]
        return changed

    def _retry_held(self, throttled: bool = False) -> None:
        """Apply the held reports whose message results are now written.

        `throttled` (while a job runs): at most every `HOLD_RETRY` seconds, so that a job sent
        one recipient per request does not pay one more store transaction per message.
        """
        now = self._monotonic()
        with self._held_lock:
            if not self._held or (throttled and now - self._held_retry_at < HOLD_RETRY):
                return
            held, self._held = self._held, {}
            self._held_retry_at = now
        for provider, items in held.items():
            items = [(until, r) for until, r in items if until > now]
            if not items:
                continue
            _, unknown = self._apply(provider, [r for _, r in items])
            keep = [(until, r) for until, r in items if r.provider_id in unknown]
            if keep:
                with self._held_lock:
                    self._held.setdefault(provider, []).extend(keep)

    def apply_reports(self, provider: str, reports: Iterable[StatusReport]) -> int:
        """Move messages to the state their delivery report says (polled or called back)."""
        reports = [r for r in reports if r.state != S.SENT]
        if not reports:
            return 0
        return self._apply(provider, reports)[0]

    def _apply(self, provider: str, reports: list[StatusReport]) -> tuple[int, set[str]]:
        """Apply reports; returns how many messages changed and the ids not in the store."""
        m = messages_table
        now = self._now()
        by_pid = {r.provider_id: r for r in reports}
        with self.store.engine.begin() as conn:
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
                return 0, unknown
            params, events = [], []
            per_job: dict[int, list[MessageUpdate]] = {}
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
        for job, updates in per_job.items():
            self.bus.publish(MessagesChanged(job, tuple(updates)))
        return len(rows), unknown

    def wait_for_reports(
        self,
        job_id: int,
        timeout: float,
        cancel: threading.Event | None = None,
        interval: float | None = None,
    ) -> JobSummary:
        """Poll until every message of the job has a final state, or `timeout` seconds."""
        cancel = cancel or threading.Event()
        interval = interval or min(1.0, self.settings.get("report_poll_interval"))
        deadline = self._monotonic() + timeout
        while True:
            self.poll_reports(job_id)
            summary = self.summary(job_id)
            if summary.count(S.SENT) == 0 or self._monotonic() >= deadline or cancel.is_set():
                return summary
            cancel.wait(min(interval, max(0.0, deadline - self._monotonic())))

    # -- reading --------------------------------------------------------------------------

    def counts(self, job_id: int) -> Counter:
        m = messages_table
        with self.store.engine.connect() as conn:
            return Counter(
                dict(
                    conn.execute(
                        select(m.c.state, func.count())
                        .where(m.c.job_id == job_id)
                        .group_by(m.c.state)
                    ).all()
                )
            )

    def summary(self, job_id: int, error: str | None = None) -> JobSummary:
        with self.store.engine.connect() as conn:
            job = conn.execute(
                select(jobs_table.c.state, jobs_table.c.total).where(jobs_table.c.id == job_id)
            ).one()
        return JobSummary(
            job_id,
            JobState(job.state),
            job.total,
            {MessageState(k): v for k, v in self.counts(job_id).items()},
            error,
        )

    def messages(self, job_id: int) -> list:
        m = messages_table
        with self.store.engine.connect() as conn:
            return conn.execute(select(m).where(m.c.job_id == job_id).order_by(m.c.position)).all()


class ReportPoller:
    """Brings pending messages to their final state with no clerk involved.

    A thread asks the providers that offer a status API, every `interval` seconds (by default
    the `report_poll_interval` setting), about the messages still awaiting their delivery
    report; changes reach the window and the history through the dispatcher's events.
    Providers that call back need no polling (their listener calls `Dispatcher.receive_reports`):
    while a provider's listener runs, its messages younger than `Gateway.callback_grace` are
    left to the callback, and only the older ones are polled (a callback lost or missed).
    """

    def __init__(self, dispatcher: Dispatcher, interval: float | None = None):
        self.dispatcher = dispatcher
        self._interval = interval  # None: the `report_poll_interval` setting, read at each tick
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def interval(self) -> float:
        """Seconds between two polls: a changed setting applies from the next tick."""
        value = self._interval
        if value is None:
            value = self.dispatcher.settings.get("report_poll_interval")
        return max(0.05, float(value))

    def start(self) -> None:
        if self._thread and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="report-poller", daemon=True)
        self._thread.start()

    def poke(self) -> None:
        """Poll now (e.g. right after a send finished)."""
        self._wake.set()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.dispatcher.poll_reports()
            except Exception:  # a store or provider hiccup: try again at the next tick
                log.exception("delivery report poll failed")
            self._wake.wait(self.interval)
            self._wake.clear()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread:
            self._thread.join(timeout=10)
            self._thread = None
