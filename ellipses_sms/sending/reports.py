"""Delivery reports: polled from providers that have a status API, or pushed by a listener.

Reports move `sent` messages to their final state; the history and the status column read the
same rows. A report pushed before its message's result was written (results are journaled
while the next batch is in flight) is held and applied again for up to `HOLD_SECONDS`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import select

from ellipses_sms.gateway import GatewayError, Gateways, StatusReport
from ellipses_sms.sending.bus import EventBus
from ellipses_sms.sending.clock import Clock
from ellipses_sms.sending.events import MessagesChanged
from ellipses_sms.sending.outbox import Outbox
from ellipses_sms.states import MessageState
from ellipses_sms.store import Store
from ellipses_sms.store.models import messages_table

log = logging.getLogger(__name__)
S = MessageState

REPORT_WINDOW = timedelta(days=7)  # reports are not polled for older messages
CREATED_SLACK = timedelta(days=30)  # a message is sent within this long of being journaled
HOLD_SECONDS = 600.0  # how long a pushed report may wait for its message's result
HOLD_MAX = 100_000  # held reports kept per provider, at most
HOLD_RETRY = 0.5  # while a job runs, held reports are tried again at most this often (s)


class Reports:
    """Applies delivery reports to the outbox and tells the bus."""

    def __init__(
        self, store: Store, outbox: Outbox, gateways: Gateways, bus: EventBus, clock: Clock
    ):
        self.store = store
        self.outbox = outbox
        self.gateways = gateways
        self.bus = bus
        self.clock = clock
        self._held: dict[str, list[tuple[float, StatusReport]]] = {}
        self._held_lock = threading.Lock()
        self._held_retry_at = 0.0

    def poll(self, job_id: int | None = None) -> int:
        """Ask the providers that have a status API about messages awaiting a report."""
        self.retry_held()  # pushed reports that arrived just as their results were written
        m = messages_table
        now = self.clock.now()
        since = now - REPORT_WINDOW
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
        with self.store.connect() as conn:
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
                cutoff = now - timedelta(seconds=grace)
                items = [(pid, up) for pid, up in items if up is None or up <= cutoff]
            pids = [pid for pid, _ in items]
            for start in range(0, len(pids), 500):
                try:
                    reports = gateway.statuses(pids[start : start + 500])
                except GatewayError as exc:
                    log.warning("status poll of %s failed: %s", provider, exc)
                    break
                changed += self.apply(provider, reports)
        return changed

    def receive(self, provider: str, reports: Iterable[StatusReport]) -> int:
        """Reports pushed by a provider's callback listener (from the listener's thread)."""
        reports = [r for r in reports if r.state != S.SENT]
        if not reports:
            return 0
        self.retry_held(throttled=True)
        changed, unknown = self._apply(provider, reports)
        if unknown:
            until = self.clock.monotonic() + HOLD_SECONDS
            with self._held_lock:
                held = self._held.setdefault(provider, [])
                held.extend((until, r) for r in reports if r.provider_id in unknown)
                del held[:-HOLD_MAX]
        return changed

    def has_held(self) -> bool:
        return bool(self._held)

    def retry_held(self, throttled: bool = False) -> None:
        """Apply the held reports whose message results are now written.

        `throttled` (while a job runs): at most every `HOLD_RETRY` seconds, so that a job sent
        one recipient per request does not pay one more store transaction per message.
        """
        now = self.clock.monotonic()
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

    def apply(self, provider: str, reports: Iterable[StatusReport]) -> int:
        """Move messages to the state their delivery report says (polled or called back)."""
        reports = [r for r in reports if r.state != S.SENT]
        if not reports:
            return 0
        return self._apply(provider, reports)[0]

    def _apply(self, provider: str, reports: list[StatusReport]) -> tuple[int, set[str]]:
        per_job, unknown = self.outbox.apply_reports(provider, reports, self.clock.now())
        for job, updates in per_job.items():
            self.bus.publish(MessagesChanged(job, tuple(updates)))
        return sum(len(u) for u in per_job.values()), unknown


class ReportPoller:
    """Brings pending messages to their final state with no clerk involved.

    A thread asks the providers that offer a status API, every `interval` seconds (by default
    the `report_poll_interval` setting), about the messages still awaiting their delivery
    report; changes reach the window and the history through the dispatcher's events.
    Providers that call back need no polling (their listener calls `Dispatcher.receive_reports`):
    while a provider's listener runs, its messages younger than `Gateway.callback_grace` are
    left to the callback, and only the older ones are polled (a callback lost or missed).
    """

    def __init__(self, dispatcher, interval: float | None = None):
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
