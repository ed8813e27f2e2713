"""Runs the history's queries and long jobs off the GUI thread, and hands results back to it.

A query of a 100,000-message month, an export or a resend must never freeze the window. The
work runs on Python threads; its result comes back through a queued Qt signal, so that the
callback always runs on the GUI thread. A window that closes simply drops the late results.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)


class TaskRunner(QObject):
    """Runs `fn()` on a worker and calls `on_done(result)` or `on_error(exc)` on the GUI thread.

    Short queries share a small pool; `long=True` gives the work its own thread (an export, a
    resend that waits on the provider), so that it never holds up the queries behind it.
    """

    _finished = Signal(int, object, object)  # task id, result, exception

    def __init__(self, parent: QObject | None = None, workers: int = 2):
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="history-query")
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Callable, Callable | None]] = {}
        self._lock = threading.Lock()
        self._closed = False
        self._finished.connect(self._deliver)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        *,
        long: bool = False,
    ) -> int:
        """Start `fn` off the GUI thread; returns the task's id."""
        task = next(self._ids)
        with self._lock:
            self._callbacks[task] = (on_done, on_error)
        if long:
            threading.Thread(
                target=self._work, args=(task, fn), name="history-job", daemon=True
            ).start()
        else:
            self._pool.submit(self._work, task, fn)
        return task

    def _work(self, task: int, fn: Callable[[], Any]) -> None:
        try:
            result, error = fn(), None
        except Exception as exc:  # handed to the GUI thread, which says it in French
            log.exception("background task failed")
            result, error = None, exc
        with contextlib.suppress(RuntimeError):  # the window is gone: nobody waits any more
            self._finished.emit(task, result, error)

    @Slot(int, object, object)
    def _deliver(self, task: int, result: Any, error: object) -> None:
        with self._lock:
            on_done, on_error = self._callbacks.pop(task, (None, None))
        if self._closed or on_done is None:
            return
        if error is None:
            on_done(result)
        elif on_error is not None:
            on_error(error)  # type: ignore[arg-type]
        else:
            log.error("unhandled background error: %s", error)

    def busy(self) -> bool:
        """True while a result is still to come (tests wait on it)."""
        with self._lock:
            return bool(self._callbacks)

    def close(self) -> None:
        """Drop the results still to come; running queries finish on their own."""
        self._closed = True
        with self._lock:
            self._callbacks.clear()
        self._pool.shutdown(wait=False, cancel_futures=True)
