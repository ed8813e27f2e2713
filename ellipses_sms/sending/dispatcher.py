"""The dispatcher: the one small API the command line, the window and the service call.

It composes the stages of the send path (see the package's docstring): `create_job` journals,
`run` holds a job's lease and sends it, `recover` takes over jobs whose sender is proven gone,
`resume_all` finishes what is due, and reports bring messages to their final state.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime

from sqlalchemy import func, select

from ellipses_sms import policy as french
from ellipses_sms.gateway import SANDBOX, GatewayError, Gateways, StatusReport
from ellipses_sms.reasons import Reason
from ellipses_sms.recipients import Recipient
from ellipses_sms.sending import outcomes
from ellipses_sms.sending.bus import EventBus
from ellipses_sms.sending.clock import Clock
from ellipses_sms.sending.events import (
    JobBusy,
    JobCreated,
    JobFinished,
    JobSummary,
    MessagesChanged,
    MessageUpdate,
    SendError,
)
from ellipses_sms.sending.lease import Lease
from ellipses_sms.sending.outbox import JournalHook, Outbox
from ellipses_sms.sending.recovery import INTERRUPTED, after_ambiguous
from ellipses_sms.sending.reports import Reports
from ellipses_sms.sending.runloop import JobRun, RunEnd
from ellipses_sms.settings import Settings
from ellipses_sms.states import SEND_KINDS, JobState, MessageState
from ellipses_sms.store import Store
from ellipses_sms.store.models import jobs_table, messages_table
from ellipses_sms.store.queries import utc_to_local

log = logging.getLogger(__name__)
S = MessageState
KINDS = SEND_KINDS


class Dispatcher:
    """Journals jobs and sends them through the gateways; built once, shared by CLI and window."""

    def __init__(
        self,
        store: Store,
        gateways: Gateways,
        settings: Settings,
        bus: EventBus | None = None,
        *,
        clock: Clock | None = None,
        role: str = "cli",
        lease: Lease | None = None,
    ):
        self.store = store
        self.gateways = gateways
        self.settings = settings
        self.bus = bus or EventBus()
        self.clock = clock or Clock()
        self.lease = lease or Lease(store, role, lease_seconds=settings.get("lease_seconds"))
        self.outbox = Outbox(store, self.lease)
        self.reports = Reports(store, self.outbox, gateways, self.bus, self.clock)
        self._held: dict[int, str] = {}  # jobs journaled held by us, not run yet: their tokens
        self._held_lock = threading.Lock()
        gateways.set_report_sink(self.receive_reports)

    @property
    def owner(self) -> str:
        return self.lease.owner

    def _now(self) -> datetime:
        return self.clock.now()

    def policy(self) -> outcomes.RetryPolicy:
        return outcomes.RetryPolicy.from_settings(self.settings)

    def close(self) -> None:
        """Stop the heartbeat and unregister (after every run of this process ended)."""
        self.lease.close()

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
        journal_with: JournalHook | None = None,
        resend_of: int | None = None,
        texts: Sequence[str] | None = None,
        refusals: Mapping[int, str] | None = None,
        not_before: datetime | None = None,
        claim_for: str | None = None,
        claim: bool = True,
        consent_confirmed: int | None = None,
    ) -> int:
        """Journal a job and its messages in one transaction; nothing is sent yet.

        `texts[i]` is recipient i's own text (placeholders filled), `refusals[i]` a reason to
        record recipient i as refused; `not_before` (naive UTC) makes the job due later.
        Unusable numbers, duplicates and (for marketing) opted-out numbers are recorded with
        their reason, so that the history shows every recipient the clerk asked for.
        A job due now is journaled already held by this dispatcher (`claim_for`, a run
        token, or a new one kept for the next `run` of it), so that no other sender can start
        it between its creation and its run; `claim=False` leaves it to whoever runs it first.
        `journal_with` writes extra rows in the job's transaction (see `Outbox.create_job`).
        """
        if not text or not text.strip():
            raise SendError(Reason("empty_send"))
        if not recipients:
            raise SendError(Reason("no_recipient"))
        if texts is not None and len(texts) != len(recipients):
            raise SendError("Un texte par destinataire est attendu.")
        if kind not in KINDS:
            raise SendError(f"Type d'envoi inconnu : « {kind} »")
        if not provider:
            problem = self.gateways.default_problem()
            if problem:  # never a silent fallback to the demo provider
                raise SendError(problem[0].upper() + problem[1:] + ".")
        provider = provider or self.gateways.default_name()
        self.gateways.get(provider)  # fails now, in French, if the provider does not exist
        sender = (sender if sender is not None else self.settings.get("sender")) or None
        if sender is not None:  # the one rule of sender names (window, dialogs, command line)
            from ellipses_sms.providers import check_sender

            problem = check_sender(sender)
            if problem:
                raise SendError(problem[0].upper() + problem[1:] + ".")
        now = self._now()
        try:  # the STOP mention, the sending hours, the opt-outs: one place (`policy`)
            rules = french.job_rules(
                recipients,
                text,
                texts,
                refusals,
                kind=kind,
                asked=not_before,
                now=now,
                settings=self.settings,
            )
        except ValueError as exc:
            raise SendError(str(exc)) from None
        text, texts, not_before = rules.text, rules.texts, rules.not_before
        if claim_for is None and claim and not_before is None:
            claim_for = self.lease.run_token()
        job_id, settled = self.outbox.create_job(
            recipients,
            text,
            provider=provider,
            journal_with=journal_with,
            sender=sender,
            kind=kind,
            source=source,
            now=now,
            resend_of=resend_of,
            texts=texts,
            refusals=refusals,
            not_before=not_before,
            claim_for=claim_for,
            due=rules.due,
            note=rules.note,
            block_opted_out=rules.block_opted_out,
            consent_confirmed=consent_confirmed,
        )
        if claim_for is not None and not_before is None:
            with self._held_lock:
                self._held[job_id] = claim_for
        self.bus.publish(JobCreated(job_id, len(recipients)))
        if settled:  # settled before any send (opted out, duplicate…): the status column says so
            self.bus.publish(MessagesChanged(job_id, tuple(settled)))
        return job_id

    def _keep_hours(self, job_id: int, now: datetime) -> None:
        """Hold each queued message of a marketing job until its zone's next allowed time:
        a job resumed after a crash at night, or sent with « Envoyer maintenant », waits."""
        queued = self.outbox.queued_numbers(job_id)
        if not queued:
            return
        try:
            window = french.marketing_window(self.settings)
        except ValueError as exc:
            raise SendError(str(exc)) from None
        dues = french.due_times([number for _, number, _ in queued], now, window)
        later = {
            mid: due
            for (mid, _, current), due in zip(queued, dues, strict=True)
            if due is not None and (current is None or current < due)
        }
        if later:
            self.outbox.hold_messages(later, now)

    def _hours_hold(self):
        """`hold(number, when)`: the next allowed time in that customer's zone, or None."""
        window = french.marketing_window(self.settings)

        def hold(number: str, when: datetime) -> datetime | None:
            return french.due_times([number], when, window)[0]

        return hold

    def hold_note(self, job_id: int) -> str | None:
        """The sending hours' sentence recorded on a job at its creation, if it waits for them."""
        with self.store.connect() as conn:
            return conn.scalar(select(jobs_table.c.note).where(jobs_table.c.id == job_id))

    def send(
        self,
        recipients: Sequence[Recipient],
        text: str,
        cancel: threading.Event | None = None,
        *,
        deadline: float | None = None,
        **options,
    ) -> JobSummary:
        """Journal then run a job, held from its creation (`create_job` claims it)."""
        return self.run(self.create_job(recipients, text, **options), cancel, deadline=deadline)

    # -- running a job --------------------------------------------------------------------

    def run(
        self,
        job_id: int,
        cancel: threading.Event | None = None,
        *,
        token: str | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
        pause: threading.Event | None = None,
    ) -> JobSummary:
        """Send every due message of a job; returns when none is left, on cancel, or when
        what is left is due later than this run may wait (the job then waits, `WAITING`).

        `max_wait`: the longest wait in a row (default: the `retry_max_delay` setting);
        `deadline` (monotonic): no wait goes past it. `pause` (a service stopping) ends the
        run between two batches and leaves the rest queued for the next start, where `cancel`
        (the clerk) cancels it. JobBusy when another live sender has the job.
        """
        cancel = cancel or threading.Event()
        stop = cancel if pause is None else _Either(cancel, pause)
        with self._held_lock:
            held = self._held.pop(job_id, None)
        token = token or held or self.lease.run_token()
        job, previous = self.outbox.claim_job(job_id, token)
        policy = self.policy()
        now = self._now()
        if job.not_before is not None and job.not_before > now and previous is None:
            note = job.note
            self.outbox.release_job(
                job_id, token, JobState.WAITING, now, not_before=job.not_before, note=note
            )
            return self.summary(job_id, note)
        try:
            self._recover_stuck(job_id, token)
            if job.kind == "marketing":  # resumed, sent « now », late: still in the hours
                self._keep_hours(job_id, now)
            counts = self.counts(job_id)
            end = self._run_providers(job, token, policy, stop, counts, max_wait, deadline)
        except JobBusy:
            raise
        except Exception as exc:
            log.exception("job %s stopped by an unexpected error", job_id)
            self.outbox.release_job(job_id, token, JobState.INTERRUPTED, self._now())
            summary = self.summary(job_id, f"erreur inattendue : {exc}")
            self.bus.publish(JobFinished(job_id, summary))
            return summary
        finally:
            self.reports.retry_held()  # pushed reports that waited for those results
        now = self._now()
        if end.lost:
            summary = self.summary(job_id, end.error)
            self.bus.publish(JobFinished(job_id, summary))
            return summary
        error, wake, note = end.error, None, None
        if cancel.is_set():
            self._cancel_queued(job_id)
            state = JobState.CANCELLED
        elif error or (pause is not None and pause.is_set()):
            state = JobState.INTERRUPTED
        elif end.wake is not None:
            state, wake, note, error = JobState.WAITING, end.wake, end.note, end.note
            if job.kind == "marketing" and self.outbox.held_untried(job_id, end.wake):
                note = error = french.hold_sentence(utc_to_local(end.wake))
        else:
            state = JobState.SUBMITTED
        self.outbox.release_job(job_id, token, state, now, not_before=wake, note=note)
        summary = self.summary(job_id, error)
        self.bus.publish(JobFinished(job_id, summary))
        return summary

    def _run_providers(self, job, token, policy, stop, counts, max_wait, deadline) -> RunEnd:
        """One run per provider that has messages of the job to send: the job's own first,
        then the failover's (the messages the first one certainly never received, moved by
        `JobRun._reroute`). A failover has no failover of its own."""
        failover = self.failover_for(job.provider)
        hold = self._hours_hold() if job.kind == "marketing" else None
        done: set[str] = set()
        end = RunEnd()
        wakes: list[RunEnd] = []
        order = [job.provider]
        while order:
            name = order.pop(0)
            if name in done:
                continue
            done.add(name)
            end = JobRun(
                self.outbox,
                self.bus,
                self.clock,
                policy,
                job,
                token,
                self.gateways.get(name),
                stop,
                max_wait=policy.max_delay + 1.0 if max_wait is None else max_wait,
                deadline=deadline,
                local=utc_to_local,
                on_written=self._after_results,
                failover=failover if name == job.provider else None,
                hold=hold,
            ).run(counts, sum(counts.values()))
            if end.error or end.lost or stop.is_set():
                return end
            if end.wake is not None:
                wakes.append(end)
            order += [p for p in self.outbox.queued_providers(job.id) if p not in done]
        if wakes:
            return min(wakes, key=lambda e: e.wake)
        return end

    def failover_for(self, provider: str) -> str | None:
        """The provider that takes what `provider` certainly never received (setting
        « failover_provider »), None when there is none, it is the same, it is gone, or it is
        the sandbox (no real SMS: a send must never « go » there in silence)."""
        name = str(self.settings.get("failover_provider") or "").strip()
        if not name or name in (provider, SANDBOX) or name not in self.gateways.names():
            return None
        return name

    def _after_results(self) -> None:
        if self.reports.has_held():
            self.reports.retry_held(throttled=True)

    def _cancel_queued(self, job_id: int) -> None:
        reason = "Annulé par l'utilisateur"
        rows = self.outbox.cancel_queued(job_id, self._now(), reason)
        self._publish(job_id, rows, lambda r: (S.CANCELLED, None, reason, None))

    def _publish(self, job_id: int, rows, outcome) -> None:
        """The status column's news for these rows: `outcome(row)` is (state, raw, error, id)."""
        if rows:
            self.bus.publish(
                MessagesChanged(
                    job_id,
                    tuple(
                        MessageUpdate(r.id, r.position, r.number, r.name, *outcome(r), r.attempts)
                        for r in rows
                    ),
                )
            )

    # -- after a crash ----------------------------------------------------------------------

    def _recover_stuck(self, job_id: int, token: str) -> None:
        """Messages an earlier run of this job left `submitting`: look up, or uncertain."""
        stuck = self.outbox.stuck(job_id, token)
        if not stuck:
            return
        by_provider: dict[str, list] = {}
        for row in stuck:  # a failover may have moved some to another provider
            by_provider.setdefault(row.provider, []).append(row)
        decided = {}
        for provider, rows in by_provider.items():
            results = after_ambiguous(self.gateways.get(provider), rows, GatewayError(INTERRUPTED))
            decided.update({res.message_id: outcomes.recovered(res) for res in results})
        self.outbox.write_recovered(stuck, decided, self._now())
        self._publish(
            job_id,
            stuck,
            lambda r: (
                decided[r.id].state,
                decided[r.id].raw_status,
                decided[r.id].error,
                decided[r.id].provider_id,
            ),
        )

    def recover(self) -> list[int]:
        """Take over the jobs whose sender is proven gone and settle what it left
        `submitting` (looked up, or uncertain); returns every job due to be resumed."""
        j = jobs_table
        with self.store.connect() as conn:
            running = conn.execute(
                select(j.c.id, j.c.lease_owner).where(j.c.lease_owner.is_not(None))
            ).all()
            gone = [r.id for r in running if self.lease.is_gone(r.lease_owner, conn)]
        for job_id in gone:
            token = self.lease.run_token()
            try:
                self.outbox.claim_job(job_id, token)
            except JobBusy:
                continue  # another sender took it over first
            log.warning("job %s was interrupted; recovering", job_id)
            try:
                self._recover_stuck(job_id, token)
            finally:
                self.outbox.release_job(job_id, token, JobState.INTERRUPTED, self._now())
        return self.unfinished_jobs()

    def unfinished_jobs(self, states: Sequence[JobState] | None = None) -> list[int]:
        """Jobs with messages still to send that are due now and held by nobody."""
        j, m = jobs_table, messages_table
        now = self._now()
        wanted = j.c.state != JobState.CANCELLED if states is None else j.c.state.in_(states)
        with self.store.connect() as conn:
            return list(
                conn.scalars(
                    select(j.c.id)
                    .where(
                        j.c.lease_owner.is_(None),
                        wanted,
                        (j.c.not_before.is_(None)) | (j.c.not_before <= now),
                        select(m.c.id)
                        .where(m.c.job_id == j.c.id, m.c.state.in_([S.QUEUED, S.SUBMITTING]))
                        .exists(),
                    )
                    .order_by(j.c.id)
                )
            )

    def waiting_jobs(self) -> list:
        """Jobs due later: (id, not_before, note), soonest first."""
        j = jobs_table
        now = self._now()
        with self.store.connect() as conn:
            return conn.execute(
                select(j.c.id, j.c.not_before, j.c.note)
                .where(j.c.state == JobState.WAITING, j.c.not_before > now)
                .order_by(j.c.not_before)
            ).all()

    def scheduled_jobs(self) -> list:
        """Jobs that wait for their time (scheduled sends, suspended ones), soonest first:
        id, not_before, note, text, kind, total, and how many of its messages still wait."""
        j, m = jobs_table, messages_table
        waiting = (
            select(func.count())
            .where(m.c.job_id == j.c.id, m.c.state == S.QUEUED)
            .scalar_subquery()
            .label("left")
        )
        with self.store.connect() as conn:
            return conn.execute(
                select(j.c.id, j.c.not_before, j.c.note, j.c.text, j.c.kind, j.c.total, waiting)
                .where(j.c.state == JobState.WAITING)
                .order_by(j.c.not_before, j.c.id)
            ).all()

    def cancel_job(self, job_id: int) -> JobSummary:
        """The clerk cancels a job that waits or stopped: what is still queued is cancelled.

        A job another live sender is running is not touched (JobBusy, French).
        """
        token = self.lease.run_token()
        self.outbox.claim_job(job_id, token)
        try:
            self._cancel_queued(job_id)
        finally:
            self.outbox.release_job(job_id, token, JobState.CANCELLED, self._now())
        summary = self.summary(job_id)
        self.bus.publish(JobFinished(job_id, summary))
        return summary

    def resume_cancelled(
        self, job_id: int, cancel: threading.Event | None = None, **run
    ) -> JobSummary:
        """Continue a send the clerk cancelled: only what was not sent goes (its cancelled
        messages, never sent, are queued again under this run's claim), then it runs.

        JobBusy when another live sender has the job."""
        token = self.lease.run_token()
        self.outbox.claim_job(job_id, token)
        note = "Reprise de l'envoi annulé"
        try:
            rows = self.outbox.requeue_cancelled(job_id, token, self._now(), note)
        except BaseException:
            self.outbox.release_job(job_id, token, JobState.INTERRUPTED, self._now())
            raise
        self._publish(job_id, rows, lambda r: (S.QUEUED, None, None, None))
        with self._held_lock:
            self._held[job_id] = token
        return self.run(job_id, cancel, **run)

    def send_now(self, job_id: int, cancel: threading.Event | None = None, **run) -> JobSummary:
        """A waiting job sent now rather than at its time (« Envoyer maintenant »)."""
        if not self.outbox.make_due(job_id, self._now()):
            state = self.summary(job_id).state
            if state != JobState.WAITING:
                raise SendError(f"L'envoi n° {job_id} n'attend pas (état : {state.value}).")
            raise JobBusy(Reason("job_busy", job=job_id))
        return self.run(job_id, cancel, **run)

    def busy_jobs(self) -> list[tuple[int, str]]:
        """Jobs held by another live sender, with a French line saying who holds them."""
        j = jobs_table
        found = []
        with self.store.connect() as conn:
            for row in conn.execute(
                select(j.c.id, j.c.lease_owner).where(j.c.lease_owner.is_not(None))
            ).all():
                if not self.lease.owns(row.lease_owner) and not self.lease.is_gone(
                    row.lease_owner, conn
                ):
                    who = self.lease.describe(row.lease_owner, conn)
                    found.append((row.id, f"L'envoi n° {row.id} est en cours sur {who}."))
        return found

    def uncertain_messages(self, job_id: int | None = None) -> list:
        m = messages_table
        query = select(m.c.id, m.c.job_id, m.c.number, m.c.name, m.c.error).where(
            m.c.state == S.UNCERTAIN
        )
        if job_id is not None:
            query = query.where(m.c.job_id == job_id)
        with self.store.connect() as conn:
            return conn.execute(query.order_by(m.c.id)).all()

    def settle_uncertain(self, message_ids: Iterable[int], *, resend: bool) -> int:
        """The clerk's decision on uncertain messages: send again, or give up (cancelled)."""
        ids = list(message_ids)
        if not ids:
            return 0
        return self.outbox.settle_uncertain(ids, resend, self._now())

    def resume_all(
        self,
        cancel: threading.Event | None = None,
        *,
        deadline: float | None = None,
        on_busy: Callable[[int, str], None] | None = None,
    ) -> list[JobSummary]:
        """Recover, then finish every due job in turn; jobs another sender holds are left
        to it (`on_busy(job, who)` is told)."""
        summaries = []
        for job_id in self.recover():
            if cancel and cancel.is_set():
                break
            try:
                summaries.append(self.run(job_id, cancel, deadline=deadline))
            except JobBusy as exc:
                log.info("job %s is being sent elsewhere; skipped", job_id)
                if on_busy is not None:
                    on_busy(job_id, str(exc))
        return summaries

    # -- delivery reports -------------------------------------------------------------------

    def poll_reports(self, job_id: int | None = None) -> int:
        return self.reports.poll(job_id)

    def receive_reports(self, provider: str, reports: Iterable[StatusReport]) -> int:
        return self.reports.receive(provider, reports)

    def apply_reports(self, provider: str, reports: Iterable[StatusReport]) -> int:
        return self.reports.apply(provider, reports)

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
        deadline = self.clock.monotonic() + timeout
        while True:
            self.poll_reports(job_id)
            summary = self.summary(job_id)
            left = deadline - self.clock.monotonic()
            if summary.count(S.SENT) == 0 or left <= 0 or cancel.is_set():
                return summary
            self.clock.wait(cancel, min(interval, left))

    # -- reading --------------------------------------------------------------------------

    def counts(self, job_id: int) -> Counter:
        m = messages_table
        with self.store.connect() as conn:
            return Counter(
                dict(
                    conn.execute(
                        select(m.c.state, func.count())
                        .where(m.c.job_id == job_id)
                        .group_by(m.c.state)
                    ).all()
                )
            )

    def job_details(self, job_id: int):
        """What the clerk is shown of a job before resuming it: id, created_at (UTC), text,
        kind, total, and its counts by state."""
        with self.store.connect() as conn:
            job = conn.execute(
                select(
                    jobs_table.c.id,
                    jobs_table.c.created_at,
                    jobs_table.c.text,
                    jobs_table.c.kind,
                    jobs_table.c.total,
                ).where(jobs_table.c.id == job_id)
            ).one()
        return job, self.counts(job_id)

    def summary(self, job_id: int, error: str | None = None) -> JobSummary:
        with self.store.connect() as conn:
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
        with self.store.connect() as conn:
            return conn.execute(select(m).where(m.c.job_id == job_id).order_by(m.c.position)).all()


class _Either(threading.Event):
    """Set when either of two events is: the run stops for a cancel or a pause alike."""

    def __init__(self, first: threading.Event, second: threading.Event):
        super().__init__()
        self._events = (first, second)

    def is_set(self) -> bool:
        return any(e.is_set() for e in self._events)

    def wait(self, timeout: float | None = None) -> bool:
        # short slices: neither event can wake a wait on the other
        end = None if timeout is None else time.monotonic() + timeout
        while not self.is_set():
            left = 0.2 if end is None else min(0.2, end - time.monotonic())
            if left <= 0:
                break
            self._events[1].wait(left)
        return self.is_set()
