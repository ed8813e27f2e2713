"""The headless sender: what `ellipses-sms service` runs, and what the window runs inside.

Each turn it takes over the jobs whose sender is proven gone, sends the jobs that are due
(scheduled, suspended by a provider, interrupted), and between turns the report poller brings
sent messages to their final state while the providers' report listeners stay up. Two services
on one store, or on two workstations sharing PostgreSQL, are safe: a job is run by whichever
claims it first, the other one helps with the next job or waits.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from ellipses_sms.sending.dispatcher import Dispatcher
from ellipses_sms.sending.events import JobBusy, JobSummary
from ellipses_sms.sending.reports import ReportPoller
from ellipses_sms.states import JobState

log = logging.getLogger(__name__)

#: Seconds between two turns when nothing is due.
TURN_SECONDS = 5.0
#: Seconds between two passes for the customers' replies and STOP lists (`replies`).
REPLIES_SECONDS = 120.0


class Service:
    """Runs due jobs and keeps reports flowing until `stop()`.

    `resume_interrupted=False` (the window) leaves jobs interrupted by a crash to the clerk's
    start-up question, and sends only the jobs that became due by themselves.
    """

    def __init__(
        self,
        dispatcher: Dispatcher,
        poller: ReportPoller | None = None,
        *,
        interval: float = TURN_SECONDS,
        resume_interrupted: bool = True,
        on_summary: Callable[[JobSummary], None] | None = None,
    ):
        self.dispatcher = dispatcher
        self.poller = poller
        self.interval = interval
        self.resume_interrupted = resume_interrupted
        self.on_summary = on_summary
        #: Called at the start of each turn (the reception watcher's pass), errors logged.
        self.passes: list[Callable[[], object]] = []
        self.stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self.replies_interval = REPLIES_SECONDS
        self._replies_at: float | None = None

    def keep_listeners_up(self) -> None:
        """Build every configured provider: those with a report listener on a fixed port
        start listening, for the reports of messages sent by a process that has exited."""
        gateways = self.dispatcher.gateways
        for name in gateways.names():
            try:
                gateways.get(name)
            except Exception as exc:  # a provider badly configured: the others still work
                log.warning("provider %s unavailable: %s", name, exc)

    def due_jobs(self) -> list[int]:
        """Jobs to send now; without `resume_interrupted`, only those due by themselves."""
        if self.resume_interrupted:
            return self.dispatcher.recover()
        return self.dispatcher.unfinished_jobs(states=(JobState.WAITING,))

    def turn(self) -> list[JobSummary]:
        """One pass: every due job that nobody else holds, in order."""
        for extra in self.passes:
            if self.stopping.is_set():
                break
            try:
                extra()
            except Exception:  # the bookstore base away: the sending goes on
                log.exception("service pass failed")
        summaries = []
        for job_id in self.due_jobs():
            if self.stopping.is_set():
                break
            try:
                summary = self.dispatcher.run(job_id, pause=self.stopping)
            except JobBusy as exc:
                log.info("%s", exc)
                continue
            summaries.append(summary)
            if self.on_summary is not None:
                self.on_summary(summary)
        return summaries

    def fetch_replies(self) -> None:
        """The replies pass (STOP replies become opt-outs), every `replies_interval`."""
        now = self.dispatcher.clock.monotonic()
        if self._replies_at is not None and now - self._replies_at < self.replies_interval:
            return
        self._replies_at = now
        from ellipses_sms import replies

        try:
            replies.fetch_all(self.dispatcher.store, self.dispatcher.gateways)
        except Exception:  # a store or provider hiccup: the next pass tries again
            log.exception("replies pass failed")

    def run(self) -> None:
        """Turns until `stop()`; what the `service` command runs on its main thread."""
        self.keep_listeners_up()
        if self.poller is not None:
            self.poller.start()
        try:
            while not self.stopping.is_set():
                try:
                    self.turn()
                except Exception:  # a store or provider hiccup: the next turn tries again
                    log.exception("service turn failed")
                self.fetch_replies()
                self.stopping.wait(self.interval)
        finally:
            if self.poller is not None:
                self.poller.stop()

    def start(self) -> None:
        """Run in a thread (the window)."""
        if self._thread and self._thread.is_alive():
            return
        self.stopping.clear()
        self._thread = threading.Thread(target=self.run, name="service", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        self.stopping.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
