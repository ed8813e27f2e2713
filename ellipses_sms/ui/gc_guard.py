"""Cyclic garbage collected on the GUI thread only, never on a worker thread; and the GUI thread
served by the interpreter within 1 ms while a worker computes.

Why: Python's cyclic collector runs on whichever thread happens to allocate past its
threshold. A Qt object caught in a reference cycle (a window and a helper that keeps a
reference back to it; a dialog and a lambda connected to it) is destroyed by that collection,
on that thread: the report poller's thread in the middle of a SQLAlchemy pool checkout, once,
in the GUI tests — a segmentation fault whose first frame was « Garbage-collecting ». Qt
objects must be destroyed on their own thread, the GUI thread for every widget.

So while the window runs, the automatic collector is off and a timer on the GUI thread
collects instead, with the interpreter's own thresholds (a generation is collected when its
count passes its threshold, as the automatic collector decides). Reference counting frees
everything else at once, as always.

A full collection walks every object the program holds (130,000 with 10,000 recipients in
the table: 80-160 ms, a visible stall in the middle of a send). So the objects that survive
one are frozen (`gc.freeze`): the next full collection walks only what came since, and comes
when that is a quarter of what was kept, as CPython decides. The price: a reference cycle
among frozen objects that becomes garbage later waits for `stop()`, which collects everything;
the window keeps no cycle on purpose (see `tests/ui/test_gc_guard.py`).

A bulk build of recipients that pauses the collector (`recipients.building_many`) is
honoured: nothing is collected while it runs. What it built (10,000 rows of a list: 50,000
objects) is then frozen at once rather than walked by the next collections (45 ms on the GUI
thread, in the middle of the first send after opening the list).

The same guard shortens the interpreter's switch interval (`sys.setswitchinterval`) from 5 ms
to 1 ms while the window runs. A worker that computes in Python (the preview rendering every
customer's message of a 100,000-row list) holds the interpreter until another thread has
waited that long, and the GUI thread asks for it again at each call from Qt into Python (each
cell painted, each key press): typing over such a list stalled 250-350 ms, of which the GUI
thread's own work was 14-22 ms (`bench/bench_gui.py`). At 1 ms: 70-110 ms. A worker alone
(the GUI thread idle) is never interrupted, so nothing else slows down.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, QTimer

from ellipses_sms import recipients

#: How often the GUI thread looks at the collector's counts (ms).
CHECK_MS = 250
#: The longest a thread waiting for the interpreter waits while another computes (s).
SWITCH_INTERVAL = 0.001


class GuiThreadCollector(QObject):
    """Turns the automatic collector off and collects from a timer of the GUI thread."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self._restore = gc.isenabled()
        self._thresholds = gc.get_threshold()
        self._builds = recipients.bulk_builds()
        self._switch = sys.getswitchinterval()
        sys.setswitchinterval(SWITCH_INTERVAL)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> int | None:
        """Collect the generation the automatic collector would; returns it, or None."""
        if recipients.collector_paused():
            return None
        builds = recipients.bulk_builds()
        if builds != self._builds:
            self._builds = builds
            gc.freeze()  # what a bulk build made lives on: no collection needs to walk it
        counts, thresholds = gc.get_count(), self._thresholds
        if not thresholds[0] or counts[0] <= thresholds[0]:
            return None
        generation = 0
        if counts[1] > thresholds[1]:
            generation = 2 if counts[2] > thresholds[2] and self._full_due() else 1
        gc.collect(generation)
        if generation == 2:
            gc.freeze()  # what survived is not walked again by the next full collection
        return generation

    @staticmethod
    def _full_due() -> bool:
        """CPython's own rule for a full collection: the objects that became long-lived since
        the last one are a quarter of those it kept (without it, one every ~30 s of activity,
        each walking the whole heap on the GUI thread)."""
        return len(gc.get_objects(2)) > gc.get_freeze_count() // 4

    def stop(self) -> None:
        """Collect what is left, here, and give the collector and the interval back as they were."""
        self._timer.stop()
        sys.setswitchinterval(self._switch)
        gc.unfreeze()
        gc.collect()
        if self._restore and not recipients.collector_paused():
            gc.enable()
