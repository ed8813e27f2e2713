"""Qt objects are never destroyed by a garbage collection on a worker thread.

The crash this prevents: a segmentation fault in the GUI tests whose first frame was
« Garbage-collecting », on the report poller's thread (`ReportPoller._run` → `poll_reports` →
a SQLAlchemy pool checkout): a window caught in a reference cycle was collected there.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
from pathlib import Path

import shiboken6

ROOT = Path(__file__).resolve().parents[2]


def collections_by_thread():
    """Record the thread of every collection that starts (gc.callbacks); remove when done."""
    seen: list[str] = []

    def callback(phase, info):
        if phase == "start":
            seen.append(threading.current_thread().name)

    gc.callbacks.append(callback)
    return seen, lambda: gc.callbacks.remove(callback)


def test_a_worker_allocating_does_not_collect_the_gui_thread_does(qtbot, gui_thread_collector):
    seen, done = collections_by_thread()
    try:

        def allocate() -> None:  # far past the thresholds: the automatic collector would run
            junk = []
            for _ in range(50_000):
                cycle: list = []
                cycle.append(cycle)
                junk.append(cycle)

        worker = threading.Thread(target=allocate, name="allocating-worker")
        worker.start()
        worker.join(30)
        assert "allocating-worker" not in seen
        qtbot.waitUntil(lambda: "MainThread" in seen, timeout=5_000)  # the collector's timer
        assert set(seen) == {"MainThread"}
    finally:
        done()


def test_the_collector_waits_for_a_bulk_build_of_recipients(gui_thread_collector):
    from ellipses_sms.recipients import building_many

    junk = [[] for _ in range(5_000)]  # past generation 0's threshold
    with building_many():
        assert gui_thread_collector.check() is None
    assert gui_thread_collector.check() is None  # what it built is frozen, not walked
    assert gc.get_freeze_count() >= len(junk)
    more = [[] for _ in range(5_000)]
    assert gui_thread_collector.check() is not None  # and collecting goes on as before
    del junk, more


def test_a_closed_window_is_freed_at_once_and_never_left_to_the_cyclic_collector(
    qtbot, services, poller, boxes
):
    """Dropped, the window goes by reference counting, on the GUI thread, with its children.

    Left in a reference cycle it would wait for the cyclic collector — on whatever thread runs
    it (the poller's, here); kept by a connected lambda it would never go at all.
    """
    import weakref

    from ellipses_sms.ui import about
    from ellipses_sms.ui.main_window import MainWindow

    def open_and_close() -> weakref.ref:
        w = MainWindow(services, poller, check_unfinished=False)
        about.decorate(w)
        w.show()
        qtbot.waitExposed(w)
        w.close()
        w.relay.close()
        return weakref.ref(w)

    gc.collect()
    gone = open_and_close()
    found: list = []

    def collect() -> None:  # what the poller's thread did; the garbage is kept, not freed
        gc.set_debug(gc.DEBUG_SAVEALL)
        try:
            gc.collect()
            found.extend(type(o).__name__ for o in gc.garbage if isinstance(o, shiboken6.Object))
        finally:
            gc.set_debug(0)
            gc.garbage.clear()

    worker = threading.Thread(target=collect, name="report-poller")
    worker.start()
    worker.join(30)
    assert found == []
    assert gone() is None


#: In a fresh process, as `ellipses-sms` runs: open the window, let the store open, send to a
#: few sandbox numbers, quit; a worker thread collects garbage all along.
CHILD = r"""
import gc, sys, threading
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
import ellipses_sms.ui.main_window as mw
from ellipses_sms.cli import main
from ellipses_sms.recipients import Recipient
QMessageBox.information = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok)
stop = threading.Event()

def collecting():
    while not stop.wait(0.02):
        gc.collect()

class Window(mw.MainWindow):
    def check_unfinished(self):
        super().check_unfinished()
        self.model.add_recipients(Recipient(f"C {i}", f"+3361200{i:04d}") for i in range(20))
        self.editor.set_text("Votre commande est arrivée")
        job = self.services.dispatcher.create_job(self.model.recipients(), "Votre commande")
        self.sending.ended.connect(self._close_soon)
        self.resume_job(job)

    def _close_soon(self, summary):
        QTimer.singleShot(50, self.close)

mw.MainWindow = Window
threading.Thread(target=collecting, daemon=True).start()
code = main([])
stop.set()
sys.exit(code)
"""


def test_the_real_window_starts_sends_and_quits_cleanly_again_and_again(home):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    for attempt in range(2):
        out = subprocess.run(
            [sys.executable, "-X", "faulthandler", "-c", CHILD],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert out.returncode == 0, (attempt, out.stderr[-3000:])
        assert "Fatal Python error" not in out.stderr and "Segmentation" not in out.stderr


def past_every_count() -> list:
    """Counts past every threshold, as a long busy spell leaves them; returns the young."""
    threshold = gc.get_threshold()
    while gc.get_count()[2] <= threshold[2]:
        gc.collect(1)
    for _ in range(threshold[1] + 1):
        gc.collect(0)
    return [[] for _ in range(2 * threshold[0])]


def test_a_full_collection_walks_only_what_came_since_the_last_one(gui_thread_collector):
    """Survivors of a full collection are frozen: the next one does not walk them again, and
    comes only when the newcomers are a quarter of them (CPython's own rule)."""
    kept = [[] for _ in range(20_000)]  # long-lived: a table of recipients, say
    young = past_every_count()
    assert gui_thread_collector.check() == 2
    assert gc.get_freeze_count() >= len(kept)
    assert len(gc.get_objects(2)) < 1000
    # newcomers, past every count again: too few yet to be worth a full collection
    del young
    young = past_every_count()
    assert gui_thread_collector.check() == 1
    gui_thread_collector.stop()
    assert gc.get_freeze_count() == 0  # stop() collects everything, frozen or not
    del kept, young


def test_what_a_bulk_build_made_is_frozen_not_walked_by_the_next_collections(
    gui_thread_collector,
):
    from ellipses_sms.recipients import Recipient
    from ellipses_sms.ui.recipient_model import RecipientTableModel

    model = RecipientTableModel()
    model.add_recipients(Recipient(f"C {i}", f"+336{12000000 + i:08d}") for i in range(5_000))
    gui_thread_collector.check()
    young = {id(o) for g in (0, 1, 2) for o in gc.get_objects(g)}
    assert not any(id(row) in young for row in model.snapshot()[:50])
    assert gc.get_freeze_count() >= 10_000  # the rows and their recipients
    model.clear()


def test_the_gui_thread_waits_at_most_a_millisecond_for_the_interpreter(qtbot):
    """While the window runs, a computing worker gives the interpreter back within 1 ms (not
    CPython's 5 ms): each call from Qt into Python (a cell painted, a key) may wait that long.
    The interval before the window is given back when it stops (a test, an embedding program).
    """
    from ellipses_sms.ui.gc_guard import SWITCH_INTERVAL, GuiThreadCollector

    before = sys.getswitchinterval()
    sys.setswitchinterval(0.004)
    try:
        collector = GuiThreadCollector()
        assert sys.getswitchinterval() == SWITCH_INTERVAL == 0.001
        collector.stop()
        assert sys.getswitchinterval() == 0.004
    finally:
        sys.setswitchinterval(before)
