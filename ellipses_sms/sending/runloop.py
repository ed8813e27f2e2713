"""The run loop: one run of one job, from its lease to its release.

Each turn throttles first (nothing is claimed while waiting for the provider's rate), claims a
batch (`queued → submitting`, durable), calls the gateway, and hands the results to the journal
thread, which writes them while the next batch is in flight — and, where a crash would cost
nothing but a lookup, claims the batch after it meanwhile (`JobRun._claims_ahead`). A wait
longer than the run may wait (`max_wait`, or past the command's deadline) suspends the job
until its messages are due: no command blocks longer than it says, and a running window or
service resumes it when due.
"""

from __future__ import annotations

import dataclasses
import logging
import queue
import random
import threading
from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import datetime

from ellipses_sms.gateway import (
    Gateway,
    GatewayError,
    OutgoingSms,
    PermanentError,
    SubmitResult,
    TransientError,
)
from ellipses_sms.sending import outcomes
from ellipses_sms.sending.bus import EventBus
from ellipses_sms.sending.clock import Clock
from ellipses_sms.sending.events import JobProgress, MessagesChanged, MessageUpdate
from ellipses_sms.sending.outbox import Claimed, LeaseLost, Outbox
from ellipses_sms.sending.recovery import after_ambiguous
from ellipses_sms.sending.throttle import Throttle
from ellipses_sms.states import MessageState

log = logging.getLogger(__name__)
S = MessageState


class JournalWriter:
    """The thread that records a running job's results while the next batch is in flight.

    A batch's `submitting` mark is committed by the run itself before the provider is called,
    so a crash at any point leaves every message `queued`, `submitting` (looked up or made
    uncertain by the next holder) or recorded. Results handed over with `later()` are released
    once the next batch is marked, which hides the journal's cost behind the network time.
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
            except BaseException as exc:  # kept, and raised in the run's thread
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


@dataclass(frozen=True, slots=True)
class RunEnd:
    """How a run ended: `error` stops the job (interrupted); `wake` suspends it until then."""

    error: str | None = None
    wake: datetime | None = None
    note: str | None = None
    lost: bool = False


class JobRun:
    """Sends every due message of one job for run `token`, then says how it ended."""

    def __init__(
        self,
        outbox: Outbox,
        bus: EventBus,
        clock: Clock,
        policy: outcomes.RetryPolicy,
        job,
        token: str,
        gateway: Gateway,
        cancel: threading.Event,
        *,
        max_wait: float,
        deadline: float | None = None,
        local: Callable[[datetime], datetime] | None = None,
        on_written: Callable[[], None] | None = None,
        failover: str | None = None,
        hold: Callable[[str, datetime], datetime | None] | None = None,
    ):
        self.outbox = outbox
        self.bus = bus
        self.clock = clock
        self.policy = policy
        self.job = job
        self.token = token
        self.gateway = gateway
        self.cancel = cancel
        self.max_wait = max_wait
        self.deadline = deadline
        self.local = local or (lambda t: t)
        self.on_written = on_written
        #: The provider that takes what this one certainly never received (None: no failover).
        self.failover = failover if failover and failover != gateway.name else None
        self.rerouted = 0
        #: marketing: `hold(number, when)` is the next allowed time when `when` is outside the
        #: customer's sending hours (a retry never lands at night), else None
        self.hold = hold
        self.rng = random.Random()
        self.asked_until: datetime | None = None  # the provider asked to wait until then
        size = max(1, gateway.max_recipients_per_request)
        if gateway.max_messages_per_second:
            size = min(size, max(1, int(gateway.max_messages_per_second)))
        self.size = size
        self.throttle = Throttle(gateway.max_messages_per_second, size, clock)

    def run(self, counts: Counter, total: int) -> RunEnd:
        self.counts, self.total = counts, total
        writer = self.writer = JournalWriter()
        try:
            return self._loop()
        except LeaseLost as exc:
            return RunEnd(error=str(exc), lost=True)
        finally:
            writer.close()  # pending results are committed before the job is left
            if writer._error is not None:
                log.error("journal writer failed: %s", writer._error)

    def _loop(self) -> RunEnd:
        writer = self.writer
        ahead: Future[list[Claimed]] | None = None
        try:
            while not self.cancel.is_set():
                batch: list[Claimed] = []
                if ahead is not None:
                    batch, ahead = ahead.result(), None  # raises LeaseLost like a claim
                if not batch:
                    want = max(1, min(self.size, self.counts.get(S.QUEUED, self.size) or 1))
                    if not self.throttle.wait_for(want, self.cancel, writer.release):
                        break
                    now = self.clock.now()
                    batch = self.outbox.claim_batch(
                        self.job.id, self.token, self.size, now, self.gateway.name
                    )
                if not batch:
                    if writer.pending():
                        writer.flush()  # a result in hand may put a message back in the queue
                        continue
                    left, wake = self.outbox.next_due(self.job.id, self.gateway.name)
                    if not left:
                        return RunEnd()
                    now = self.clock.now()
                    delay = max(0.0, (wake - now).total_seconds()) if wake else 0.0
                    limit = self.max_wait
                    if self.deadline is not None:
                        limit = min(limit, self.deadline - self.clock.monotonic())
                    if delay > limit:
                        return RunEnd(wake=wake, note=self._note(wake, now))
                    writer.release()
                    self.clock.wait(self.cancel, min(delay, 1.0))
                    continue
                self.throttle.spend(len(batch))
                ahead = Future() if self._claims_ahead(len(batch)) else None
                error = self._submit(batch, ahead)
                if error:
                    return RunEnd(error=error)
            return RunEnd()
        finally:
            if ahead is not None:
                self._give_back(ahead)

    def _in_hours(self, number: str, mid: int, d: outcomes.Decision, now: datetime):
        """A message put back in the queue waits for its sending hours (marketing)."""
        if d.state != S.QUEUED or self.hold is None:
            return mid, d
        due = self.hold(number, d.next_at or now)
        return (mid, d) if due is None else (mid, dataclasses.replace(d, next_at=due))

    def _claims_ahead(self, sent: int) -> bool:
        """Claim the next batch while this one is in flight?

        It takes the claim's commit (a few ms, synced to disk) off the path between two
        requests. The next batch is then `submitting` for one request's time before it leaves;
        were the program killed right then, its messages would be looked up by key at the
        next start. So only where that lookup can tell (`Gateway.can_lookup`: found, or
        « jamais reçu » and queued again, never a blind resend nor an `uncertain` for the
        clerk), when no rate limit makes the next batch wait, and when more are queued.
        """
        return (
            self.gateway.can_lookup
            and not self.throttle.rate
            and self.counts.get(S.QUEUED, 0) > sent
        )

    def _claim_into(self, ahead: Future[list[Claimed]]) -> None:
        """On the journal thread: claim the next batch; errors go to the run, not the writer."""
        if not ahead.set_running_or_notify_cancel():
            return
        try:
            now = self.clock.now()
            ahead.set_result(
                self.outbox.claim_batch(self.job.id, self.token, self.size, now, self.gateway.name)
            )
        except BaseException as exc:  # LeaseLost, a store error: raised where the run waits
            ahead.set_exception(exc)

    def _give_back(self, ahead: Future[list[Claimed]]) -> None:
        """A batch claimed ahead that will not be sent goes back to the queue, untouched."""
        try:
            batch = ahead.result()
        except BaseException:  # its claim failed: nothing was claimed
            return
        if batch:
            back = self.outbox.unclaim(self.token, [r.id for r in batch], self.clock.now())
            log.info("job %s: %d message(s) claimed ahead put back", self.job.id, back)

    def _note(self, wake: datetime, now: datetime) -> str:
        asked = self.asked_until is not None and self.asked_until >= wake
        note = outcomes.wait_note if asked else outcomes.retry_note
        return note(self.local(wake), self.local(now))

    def _fails_over(self, exc: GatewayError) -> bool:
        """Whether this request's messages go to the failover provider: only when the provider
        certainly never received them — never reached (connection refused, unknown host,
        connect time-out) or the whole request refused (credentials, credit) — never when the
        request may have arrived (a read time-out, a 5xx after sending: looked up instead)."""
        if self.failover is None or exc.maybe_sent:
            return False
        return exc.unreachable or isinstance(exc, PermanentError)

    def _reroute(
        self, batch: list[Claimed], ahead: Future[list[Claimed]] | None, exc: GatewayError
    ) -> None:
        """Hand this batch, and every message still queued for this provider, to the failover;
        the failover's own run (`Dispatcher.run`) sends them."""
        writer, job = self.writer, self.job
        writer.flush()  # the previous results first: a message they requeue moves too
        if ahead is not None:
            self._give_back(ahead)
        now = self.clock.now()
        note = outcomes.failover_note(self.gateway.name, self.failover, exc.message)
        moved = set(
            self.outbox.reroute(
                job.id,
                self.token,
                [r.id for r in batch],
                self.gateway.name,
                self.failover,
                now,
                note,
            )
        )
        self.rerouted += len(moved)
        log.warning(
            "job %s: provider %s never received the request (%s); %d message(s) go to %s",
            job.id,
            self.gateway.name,
            exc.message,
            len(moved),
            self.failover,
        )
        self.counts[S.SUBMITTING] -= len(batch)
        self.counts[S.QUEUED] += len(moved)
        self.bus.publish(
            MessagesChanged(
                job.id,
                tuple(
                    MessageUpdate(
                        r.id, r.position, r.number, r.name, S.QUEUED, None, note, None, r.attempts
                    )
                    for r in batch
                    if r.id in moved
                ),
            )
        )

    def _submit(self, batch: list[Claimed], ahead: Future[list[Claimed]] | None) -> str | None:
        """Call the gateway for a claimed batch and hand its results to the journal thread.

        `ahead`, when given, is filled by the journal thread with the next batch's claim while
        this request is in flight. Returns a job-level error that must stop the job (a
        permanent error of the request).
        """
        writer, job = self.writer, self.job
        writer.release()  # the previous batch's results, written while this one is in flight

        def announce() -> None:
            self.counts[S.QUEUED] -= len(batch)
            self.counts[S.SUBMITTING] += len(batch)
            self.bus.publish(
                MessagesChanged(
                    job.id,
                    tuple(
                        MessageUpdate(
                            r.id, r.position, r.number, r.name, S.SUBMITTING, attempts=r.attempts
                        )
                        for r in batch
                    ),
                )
            )

        writer.send(announce)
        if ahead is not None:
            writer.send(lambda: self._claim_into(ahead))
        outgoing = [OutgoingSms(r.id, r.number, r.text, job.sender, r.ref, job.kind) for r in batch]
        job_error: str | None = None
        retry_after = 0.0
        try:
            results = self.gateway.submit(outgoing)
        except GatewayError as exc:
            if self._fails_over(exc):
                self._reroute(batch, ahead, exc)
                return None
            if isinstance(exc, TransientError) and exc.maybe_sent:
                results = after_ambiguous(self.gateway, batch, exc)
            elif isinstance(exc, TransientError) or exc.transient:
                results = [
                    SubmitResult.refused(r.id, exc.message, transient=True, raw=exc.raw)
                    for r in batch
                ]
                retry_after = getattr(exc, "retry_after", None) or 0.0
            elif isinstance(exc, PermanentError):
                # A whole request refused for good (credentials, credit, sender): the messages
                # go back to the queue untouched and the job stops, to be resumed once fixed.
                job_error = exc.message
                results = [
                    SubmitResult.refused(r.id, exc.message, transient=True, raw=exc.raw)
                    for r in batch
                ]
            else:  # a bare GatewayError: the request may have gone
                results = after_ambiguous(self.gateway, batch, exc)
        except Exception as exc:  # an adapter bug or nonsense answer: the request may have gone
            log.exception("gateway %s failed unexpectedly", self.gateway.name)
            results = after_ambiguous(
                self.gateway, batch, GatewayError(f"réponse inattendue du fournisseur ({exc})")
            )
        now = self.clock.now()
        resume_at = outcomes.suspension(retry_after, self.policy, now)
        if resume_at is not None:
            self.asked_until = resume_at
        requeue_only = job_error is not None

        def write() -> None:  # on the journal thread, while the next batch is in flight
            by_id = {res.message_id: res for res in results}
            decided = [
                (
                    r.id,
                    outcomes.decide(
                        r.attempts,
                        by_id.get(r.id),
                        now,
                        self.policy,
                        requeue_only=requeue_only,
                        retry_after=retry_after,
                        resume_at=resume_at,
                        rng=self.rng,
                    ),
                )
                for r in batch
            ]
            if self.hold is not None:
                decided = [
                    self._in_hours(r.number, mid, d, now)
                    for r, (mid, d) in zip(batch, decided, strict=True)
                ]
            written = self.outbox.write_decisions(self.token, decided, now)
            updates = []
            for r, (mid, d) in zip(batch, decided, strict=True):
                self.counts[S.SUBMITTING] -= 1
                if mid not in written:
                    continue
                self.counts[d.state] += 1
                updates.append(
                    MessageUpdate(
                        r.id,
                        r.position,
                        r.number,
                        r.name,
                        d.state,
                        d.raw_status,
                        d.error,
                        d.provider_id,
                        r.attempts,
                    )
                )
            self.bus.publish(MessagesChanged(job.id, tuple(updates)))
            self.bus.publish(JobProgress(job.id, self.total, dict(self.counts)))
            if self.on_written is not None:
                self.on_written()

        writer.later(write)
        if job_error:
            writer.flush()
        return job_error
