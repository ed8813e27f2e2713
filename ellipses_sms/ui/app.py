"""Start the window: Qt application, translations, services built once, report poller.

`ellipses_sms.cli` calls `run()` when no sub-command is given.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

from ellipses_sms.app import build_services, setup_logging
from ellipses_sms.sending import ReportPoller
from ellipses_sms.sending.service import Service
from ellipses_sms.settings import Settings
from ellipses_sms.ui.i18n import install_translations, resolve_language

log = logging.getLogger(__name__)


def _poller(services) -> ReportPoller:
    """The services' poller when the composition root provides one, else one for the window."""
    poller = getattr(services, "poller", None)
    if poller is None:
        interval = float(services.settings.get("report_poll_interval"))
        poller = ReportPoller(services.dispatcher, interval)
    return poller


def run(argv: Sequence[str] | None = None) -> int:
    """Open the main window and run until it is closed; returns the exit code.

    A failure before the window is shown (a store that cannot be opened, a broken install)
    is logged and shown in a dialog: the windowed program has no console to print it on.
    """
    setup_logging()
    app = QApplication.instance() or QApplication(list(argv if argv is not None else sys.argv))
    app.setOrganizationName("Ellipses")
    app.setApplicationName("Ellipses SMS")
    app.setApplicationDisplayName("Ellipses SMS")
    from ellipses_sms.ui import about

    app.setWindowIcon(about.app_icon())
    try:
        settings = Settings()
        install_translations(app, resolve_language(settings.get("language")))

        from ellipses_sms.ui.main_window import MainWindow  # after the translators are installed

        services = build_services(settings, role="window")
    except Exception as exc:
        log.exception("start-up failed")
        about.show_startup_error(exc)
        return 1
    poller = _poller(services)
    # the jobs that become due by themselves (scheduled, suspended by a provider) go out
    # from the open window too; jobs interrupted by a crash are the clerk's start-up question
    service = Service(services.dispatcher, None, resume_interrupted=False)
    from ellipses_sms.notices import watch_passes  # « Avis de réception automatiques »

    service.passes = watch_passes(services.dispatcher, services.settings, pause=service.stopping)
    try:
        poller.start()
        window = MainWindow(services, poller)
        about.decorate(window)
        window.show()
        service.start()
        return int(app.exec())
    finally:
        service.stop()
        poller.stop()
        services.close()
