"""The start-up: the window on screen first, the store opened after it, off the GUI thread.

The figure (CPU time against a bare PySide6 window) is `bench/bench_startup.py`'s; these tests
pin what makes it: what is not imported before the first paint, the store opened on a worker
thread after it, and what a worker asking for the store before it is open gets.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: In a fresh process: the real entry point (`ellipses-sms` with no argument); at the window's
#: first paint, note what is imported and which threads run; once the store is open and the
#: start-up check has run, close the window.
PROBE = r"""
import json, sys, threading
from PySide6.QtCore import QEvent, QObject, QTimer
import ellipses_sms.ui.main_window as mw
from ellipses_sms.cli import main

seen = {}
HEAVY = ("sqlalchemy", "alembic", "keyring", "phonenumbers", "regex", "openpyxl")

class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "paint" not in seen:
            seen["paint"] = {
                "imported": sorted(m for m in HEAVY if m in sys.modules),
                "threads": sorted(t.name for t in threading.enumerate()),
                "open": watched.services.is_open(),
            }
        return False

class Window(mw.MainWindow):
    def showEvent(self, event):
        super().showEvent(event)
        if not hasattr(self, "_probe"):
            self._probe = Probe(self)
            self.installEventFilter(self._probe)

    def check_unfinished(self):
        seen["checked_open"] = self.services.is_open()
        seen["checked_on"] = threading.current_thread().name
        super().check_unfinished()
        QTimer.singleShot(100, self.close)

mw.MainWindow = Window
code = main([])
print("SEEN " + json.dumps(seen), flush=True)
sys.exit(code)
"""


def test_the_window_is_painted_before_the_store_and_heavy_libraries(home):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", PROBE],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    line = next(ln for ln in out.stdout.splitlines() if ln.startswith("SEEN "))
    seen = json.loads(line[5:])
    paint = seen["paint"]
    assert paint["imported"] == []  # none of them is needed to show the window
    assert paint["open"] is False and "store-open" not in paint["threads"]
    # then the store opened, and the start-up question (interrupted jobs) was asked on the GUI
    assert seen["checked_open"] is True and seen["checked_on"] == "MainThread"
    assert (home / "data").exists() and any((home / "data").iterdir())


def test_the_stand_ins_wait_for_nothing_until_called(settings):
    """The window hands `services.templates.list` to a worker while being built: no wait."""
    from ellipses_sms.app import OpeningServices

    def never(*args, **kwargs):
        raise AssertionError("nothing is opened by reaching into a stand-in")

    services = OpeningServices(settings, never)
    try:
        method = services.store.connect  # reached into, not called
        assert callable(method) and services.dispatcher.unfinished_jobs is not None
        assert not services.is_open()
    finally:
        services.close()


def test_a_worker_calling_before_the_opening_opens_once_and_the_opener_gets_the_same(settings):
    from ellipses_sms.app import OpeningServices, build_services

    built: list = []

    def build(*args, **kwargs):
        built.append(threading.current_thread().name)
        return build_services(*args, **kwargs)

    services = OpeningServices(settings, build)
    got: list = []
    dispatcher = services.dispatcher  # taken by the window before the store is open

    def send() -> None:  # what a send started in the first instant does on its thread
        got.append(dispatcher.unfinished_jobs())

    thread = threading.Thread(target=send, name="gui-send")
    thread.start()
    thread.join(30)
    try:
        opened = services.open()  # the opener, after the first paint
        assert got == [[]] and built == ["gui-send"]  # opened once, by the first caller
        assert services.is_open() and services.dispatcher is opened.dispatcher
        assert opened.bus is services.bus and opened.gateways is services.gateways
    finally:
        services.close()


def test_a_store_that_cannot_open_fails_whoever_waits_for_it(settings):
    from ellipses_sms.app import OpeningServices
    from ellipses_sms.store import StoreError

    def broken(*args, **kwargs):
        raise StoreError("Impossible d'ouvrir la base des messages (verrouillée)")

    services = OpeningServices(settings, broken)
    connect = services.store.connect  # taken before the failure, called after it
    with pytest.raises(StoreError):
        services.open()
    assert not services.is_open()
    with pytest.raises(StoreError, match="verrouillée"):
        connect()
    services.close()  # closes what was opened: the providers
