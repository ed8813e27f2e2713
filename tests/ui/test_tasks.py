"""The one background helper of `ui/`: results, errors and progress come back on the GUI thread,
never inside `run`; cancel reaches the work; the synchronous mode runs without a thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread

from ellipses_sms.ui.tasks import TaskRunner

WAIT = 10_000


@pytest.fixture
def runner(qapp):
    r = TaskRunner(None, workers=1, name="test-task")
    yield r
    r.close()


def on_gui_thread() -> bool:
    return QThread.currentThread() is QThread.currentThread().thread() and (
        threading.current_thread() is threading.main_thread()
    )


@pytest.mark.parametrize("long", [False, True])
def test_the_result_comes_back_on_the_gui_thread_after_run_returned(qtbot, runner, long):
    seen: list = []
    worked_on: list = []

    def work():
        worked_on.append(threading.current_thread().name)
        return 42

    task = runner.run(work, lambda v: seen.append((v, on_gui_thread())), long=long)
    assert seen == []  # never inside `run`
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT)
    assert seen == [(42, True)]
    assert worked_on[0].startswith("test-task") and worked_on[0] != "MainThread"
    assert task.join(1) and not task.running()
    assert not runner.busy()


def test_an_error_goes_to_on_error_and_not_to_on_done(qtbot, runner):
    done, errors = [], []

    def work():
        raise ValueError("base injoignable")

    runner.run(work, done.append, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=WAIT)
    assert done == [] and str(errors[0]) == "base injoignable"


def test_progress_arrives_in_order_then_the_result(qtbot, runner):
    events: list = []

    def work(report):
        for i in range(5):
            report(i)
        return "fini"

    runner.run(
        work,
        lambda v: events.append(("done", v)),
        on_progress=lambda v: events.append(("progress", v, on_gui_thread())),
    )
    qtbot.waitUntil(lambda: bool(events) and events[-1][0] == "done", timeout=WAIT)
    assert events == [("progress", i, True) for i in range(5)] + [("done", "fini")]


def test_cancel_reaches_the_work_through_its_event(qtbot, runner):
    started, results = threading.Event(), []
    stop = threading.Event()

    def work():
        started.set()
        return stop.wait(WAIT / 1000)  # True once cancelled

    task = runner.run(work, results.append, long=True, cancel=stop)
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: bool(results), timeout=WAIT)
    assert results == [True] and task.cancelled.is_set()


def test_a_closed_runner_drops_late_results(qtbot, runner):
    release, results = threading.Event(), []
    task = runner.run(lambda: release.wait(5), results.append, long=True)
    runner.close()
    release.set()
    assert task.join(5)
    qtbot.wait(50)
    assert results == []


def test_the_synchronous_mode_runs_inline_and_still_delivers_later(qtbot, runner, monkeypatch):
    monkeypatch.setattr(TaskRunner, "synchronous", True)
    threads, results = [], []

    def work():
        threads.append(threading.current_thread())
        return "ok"

    task = runner.run(work, results.append, long=True)
    assert threads == [threading.main_thread()] and not task.running()
    assert results == []  # the callback waits for the event loop, as in the threaded mode
    qtbot.waitUntil(lambda: bool(results), timeout=WAIT)
    assert results == ["ok"]


def test_work_handed_to_a_closed_runner_is_not_started(qtbot, runner):
    """A window closed before the store opened: the late start-up check runs nothing."""
    ran = []
    runner.close()
    task = runner.run(lambda: ran.append(1), ran.append)
    qtbot.wait(50)
    assert ran == [] and not task.running()
