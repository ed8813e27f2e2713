"""Start the window: Qt application, translations, the window, then the store, report poller.

`ellipses_sms.cli` calls `run()` when no sub-command is given.

The window shows first, built on what costs nothing to open (settings, providers, events); the
message store (SQLAlchemy, Alembic, the migrations) is opened after it, on a worker thread,
then the report poller and the scheduled sends start and the window looks for interrupted
jobs — the same steps as before, in an order that puts the window on screen first
(`bench/bench_startup.py`).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ellipses_sms.app import OpeningServices, build_services, setup_logging
from ellipses_sms.settings import Settings
from ellipses_sms.ui.i18n import install_translations, resolve_language

log = logging.getLogger(__name__)

#: How long the quit waits for a store still opening (a server that does not answer).
OPEN_JOIN_SECONDS = 15.0


def _poller(services):
    """The services' poller when the composition root provides one, else one for the window."""
    poller = getattr(services, "poller", None)
    if poller is None:
        from ellipses_sms.sending import ReportPoller

        interval = float(services.settings.get("report_poll_interval"))
        poller = ReportPoller(services.dispatcher, interval)
    return poller


class _FirstPaint(QObject):
    """Calls `then` once `widget` has been painted the first time (or after `latest_ms`)."""

    def __init__(self, widget: QWidget, then: Callable[[], None], latest_ms: int) -> None:
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(latest_ms, self, self._fire)  # a window shown minimized is not painted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._fire)  # after the paint, not during it
        return False

    def _fire(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()


def when_painted(widget: QWidget, then: Callable[[], None], latest_ms: int = 1000) -> None:
    """Run `then` on the GUI thread right after `widget`'s first paint.

    What the start-up does after the window is on screen: a worker thread started before the
    first paint would compete with it for the interpreter (the store's libraries are a few
    hundred milliseconds of imports).
    """
    _FirstPaint(widget, then, latest_ms)


def run(argv: Sequence[str] | None = None) -> int:
    """Open the main window and run until it is closed; returns the exit code.

    A failure at start-up (a store that cannot be opened, a broken install) is logged and
    shown in a dialog: the windowed program has no console to print it on.
    """
    setup_logging()
    app = QApplication.instance() or QApplication(list(argv if argv is not None else sys.argv))
    app.setOrganizationName("Ellipses")
    app.setApplicationName("Ellipses SMS")
    app.setApplicationDisplayName("Ellipses SMS")
    from ellipses_sms.ui.gc_guard import GuiThreadCollector

    collector = GuiThreadCollector(app)  # cyclic garbage collected on this thread only
    try:
        return _run(app)
    finally:
        collector.stop()


def _run(app: QApplication) -> int:
    from ellipses_sms.ui import about
    from ellipses_sms.ui.tasks import Task, TaskRunner

    app.setWindowIcon(about.app_icon())  # every window of the program
    try:
        settings = Settings()
        install_translations(app, resolve_language(settings.get("language")))

        from ellipses_sms.ui.main_window import MainWindow  # after the translators are installed

        # `build_services` is looked up when the store opens (a test stands in for it)
        services = OpeningServices(settings, lambda *a, **k: build_services(*a, **k))
    except Exception as exc:
        log.exception("start-up failed")
        about.show_startup_error(exc)
        return 1
    started: list = []  # what opened() started, stopped in this order's reverse at quit

    def opened(_services) -> None:
        poller = _poller(_services)
        poller.start()
        started.append(poller)
        # the jobs that become due by themselves (scheduled, suspended by a provider) go out
        # from the open window too; jobs interrupted by a crash are the clerk's start-up question
        from ellipses_sms.sending.service import Service

        service = Service(_services.dispatcher, None, resume_interrupted=False)
        from ellipses_sms.notices import watch_passes  # « Avis de réception automatiques »

        service.passes = watch_passes(
            _services.dispatcher, _services.settings, pause=service.stopping
        )
        service.start()
        started.append(service)
        window.check_unfinished()

    def failed(exc: Exception) -> None:
        log.error("start-up failed: %s", exc)
        window.hide()
        about.show_startup_error(exc)
        app.exit(1)

    # parented to the application: never deleted by a thread that outlives the quit
    opener = TaskRunner(app, workers=1, name="store-open")
    opening: list[Task] = []

    def open_store() -> None:
        opening.append(opener.run(services.open, opened, failed, long=True))

    try:
        window = MainWindow(services, check_unfinished=False)
        about.decorate(window)
        window.show()
        when_painted(window, open_store)  # once the window is on screen
        return int(app.exec())
    finally:
        if opening and opening[0].running():  # quit while the store was still opening
            opening[0].join(OPEN_JOIN_SECONDS)
        opener.close()  # a late answer is dropped: the window is free to go with this function
        for part in reversed(started):
            part.stop()
        services.close()
