"""The bus the outbox publishes its events on (`events`), to the window and the command line.

Apart from the event types: the window subscribes at start-up, long before the first event,
and the types' dataclasses are ~9 ms of CPU it would spend before showing
(`bench/bench_startup.py`).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ellipses_sms.sending.events import Event

log = logging.getLogger(__name__)


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
