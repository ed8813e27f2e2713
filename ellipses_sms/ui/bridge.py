"""The bridge between the services' worker threads and the GUI thread.

The dispatcher publishes its events on the EventBus from whatever thread does the work (the
sender, its journal writer, the report poller). `EventRelay` only appends them to a queue there
and wakes the GUI thread once; the GUI thread then takes the whole burst at once, a few times a
second at most, so 10,000 status changes cost a handful of repaints instead of 10,000 events.

Blocking calls (create a job and send it, look for interrupted jobs) run on `ui/tasks.py`'s
`TaskRunner`, the one background helper of the interface.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ellipses_sms.lazy import lazy_module
from ellipses_sms.sending.bus import EventBus

if TYPE_CHECKING:
    from ellipses_sms.sending.events import JobProgress

# the event types, with the first event (the window subscribes long before it)
events = lazy_module("ellipses_sms.sending.events", globals())

log = logging.getLogger(__name__)

#: How long the GUI lets events pile up before taking them (ms): a burst becomes one update.
COALESCE_MS = 40
#: At most this many status changes per turn of the event loop.
MAX_UPDATES_PER_FLUSH = 1000


class EventRelay(QObject):
    """Re-emits the bus's events on the GUI thread, coalesced per burst."""

    jobCreated = Signal(int, int)  # job id, total
    messagesChanged = Signal(int, object)  # job id, [MessageUpdate] (object: no conversion)
    progress = Signal(int, int, int, object)  # job id, done, total, {state: count}
    jobFinished = Signal(int, object)  # job id, JobSummary
    _wake = Signal()

    def __init__(self, bus: EventBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: deque = deque()
        self._lock = threading.Lock()
        self._scheduled = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self.flush)
        self._wake.connect(self._timer.start)  # queued: emitted from worker threads
        self._unsubscribe: Callable[[], None] | None = bus.subscribe(self._on_event)

    def _on_event(self, event: Any) -> None:
        """Runs on the publishing thread: append, and wake the GUI thread once per burst."""
        with self._lock:
            self._queue.append(event)
            if self._scheduled:
                return
            self._scheduled = True
        self._wake.emit()

    @Slot()
    def flush(self) -> None:
        """On the GUI thread: hand out what was received, in order, a bounded slice at a time.

        A slice holds at most `MAX_UPDATES_PER_FLUSH` status changes; the rest is taken at
        the next turn of the event loop, so that painting and typing get their turn between.
        """
        taken_events: list = []
        taken = 0
        with self._lock:
            while self._queue and taken < MAX_UPDATES_PER_FLUSH:
                event = self._queue.popleft()
                taken_events.append(event)
                if isinstance(event, events.MessagesChanged):
                    taken += len(event.updates)
            more = bool(self._queue)
            if not more:
                self._scheduled = False
        self._dispatch(taken_events)
        if more:
            QTimer.singleShot(0, self.flush)

    def flush_all(self) -> None:
        """Everything received so far, now (before the end-of-send notice)."""
        with self._lock:
            taken_events = list(self._queue)
            self._queue.clear()
        self._dispatch(taken_events)

    def _dispatch(self, taken_events: list) -> None:
        changes: dict[int, list] = {}
        last_progress: dict[int, JobProgress] = {}
        for event in taken_events:
            if isinstance(event, events.MessagesChanged):
                changes.setdefault(event.job_id, []).extend(event.updates)
            elif isinstance(event, events.JobProgress):
                last_progress[event.job_id] = event
            elif isinstance(event, events.JobCreated):
                self._emit_changes(changes)
                self.jobCreated.emit(event.job_id, event.total)
            elif isinstance(event, events.JobFinished):
                self._emit_changes(changes)
                self._emit_progress(last_progress)
                self.jobFinished.emit(event.job_id, event.summary)
        self._emit_changes(changes)
        self._emit_progress(last_progress)

    def _emit_changes(self, changes: dict[int, list]) -> None:
        for job_id, updates in changes.items():
            self.messagesChanged.emit(job_id, updates)
        changes.clear()

    def _emit_progress(self, progress: dict[int, JobProgress]) -> None:
        for job_id, p in progress.items():
            self.progress.emit(job_id, p.done, p.total, dict(p.counts))
        progress.clear()

    def close(self) -> None:
        if self._unsubscribe:
            self._unsubscribe()
            self._unsubscribe = None
        self._timer.stop()
