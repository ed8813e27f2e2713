"""The one way `ui/` runs blocking work: off the GUI thread, results back on it.

A query of a 100,000-message month, an export, a send that waits on the provider, opening the
store at start: none may freeze the window. `TaskRunner.run` takes the work and its callbacks
(success, failure, progress) and returns a `Task` that can be cancelled or waited for. Work runs
on Python threads; results come back through a queued Qt signal, so callbacks always run on the
GUI thread, on a later turn of its event loop, never inside `run` itself. A window that closes
drops the late results.

`TaskRunner.synchronous = True` (tests) runs the work inline, on the GUI thread, with the same
queued delivery: no thread, same order of events.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

log = logging.getLogger(__name__)


class Task:
    """One piece of work handed to a `TaskRunner`: cancel it, ask whether it runs, wait for it."""

    def __init__(self, task_id: int, cancel: threading.Event | None = None) -> None:
        self.id = task_id
        self.cancelled = cancel if cancel is not None else threading.Event()
        self._ended = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop; work that checks `cancelled` (or was given it) stops early."""
        self.cancelled.set()

    def running(self) -> bool:
        return not self._ended.is_set()

    def join(self, timeout: float | None = None) -> bool:
        """Wait for the work to end (the application quitting); True when it has."""
        return self._ended.wait(timeout)


class TaskRunner(QObject):
    """Runs `fn()` off the GUI thread and calls `on_done(result)` or `on_error(exc)` on it.

    Short queries share a small pool; `long=True` gives the work its own thread (an export, a
    send, a resend that waits on the provider), so that it never holds up the queries behind it.
    With `on_progress`, the work is called as `fn(report)` and each `report(value)` reaches
    `on_progress(value)` on the GUI thread.
    """

    #: Tests: run the work inline (no thread); results are still delivered on a later turn.
    synchronous: ClassVar[bool] = False

    _finished = Signal(int, object, object)  # task id, result, exception
    _progressed = Signal(int, object)  # task id, value

    def __init__(
        self, parent: QObject | None = None, workers: int = 2, name: str = "ui-task"
    ) -> None:
        super().__init__(parent)
        self._name = name
        self._workers = workers
        self._pool: ThreadPoolExecutor | None = None  # made at the first short task, not at start
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Callable, Callable | None, Callable | None]] = {}
        self._lock = threading.Lock()
        self._closed = False
        queued = Qt.ConnectionType.QueuedConnection  # never inside `run`, even inline
        self._finished.connect(self._deliver, queued)
        self._progressed.connect(self._report, queued)

    def run(
        self,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        *,
        long: bool = False,
        on_progress: Callable[[Any], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> Task:
        """Start `fn` off the GUI thread; `cancel` is the event the work watches, if any."""
        task = Task(next(self._ids), cancel)
        if self._closed:  # its window is closing: nothing would receive the result
            task._ended.set()
            return task
        with self._lock:
            self._callbacks[task.id] = (on_done, on_error, on_progress)
        if on_progress is not None:
            work: Callable[[], Any] = lambda: fn(lambda value: self._progress(task, value))  # noqa: E731
        else:
            work = fn
        if self.synchronous:
            self._work(task, work)
        elif long:
            threading.Thread(
                target=self._work, args=(task, work), name=f"{self._name}-long", daemon=True
            ).start()
        else:
            self._executor().submit(self._work, task, work)
        return task

    def _executor(self) -> ThreadPoolExecutor:
        with self._lock:
            if self._pool is None:
                from concurrent.futures import ThreadPoolExecutor

                self._pool = ThreadPoolExecutor(self._workers, thread_name_prefix=self._name)
            return self._pool

    def _progress(self, task: Task, value: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the window is gone
            self._progressed.emit(task.id, value)

    def _work(self, task: Task, fn: Callable[[], Any]) -> None:
        try:
            result, error = fn(), None
        except Exception as exc:  # handed to the GUI thread, which says it in French
            log.exception("background task failed")
            result, error = None, exc
        finally:
            task._ended.set()
        with contextlib.suppress(RuntimeError):  # the window is gone: nobody waits any more
            self._finished.emit(task.id, result, error)

    @Slot(int, object)
    def _report(self, task: int, value: Any) -> None:
        with self._lock:
            callbacks = self._callbacks.get(task)
        if not self._closed and callbacks is not None and callbacks[2] is not None:
            callbacks[2](value)

    @Slot(int, object, object)
    def _deliver(self, task: int, result: Any, error: object) -> None:
        with self._lock:
            on_done, on_error, _ = self._callbacks.pop(task, (None, None, None))
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

    def drop_pending(self) -> None:
        """Forget the results still to come (the window closed); the runner stays usable."""
        with self._lock:
            self._callbacks.clear()

    def close(self) -> None:
        """Drop the results still to come and stop the pool; running work finishes alone."""
        self._closed = True
        self.drop_pending()
        with self._lock:
            pool = self._pool
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
