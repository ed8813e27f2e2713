"""The reception notices' entries in « Suivi »: « Avis non envoyés… » and, in demo mode,
« Simuler une réception », which marks a waiting order of the demo base received and notifies it
at once, so that a newcomer sees the SMS in the status and the history within seconds.

The dialog (`notices_dialog`, its table's types) is imported when the entry is chosen, not at
every start (`bench/bench_startup.py`). Translated in the « NoticesDialog » context.
"""

from __future__ import annotations

import weakref
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ellipses_sms.ui.tasks import TaskRunner


def _tr(text: str) -> str:
    return QCoreApplication.translate("NoticesDialog", text)


def _show_unsent(window) -> None:
    from ellipses_sms.ui.notices_dialog import NoticesDialog

    NoticesDialog(window.services, window).exec()


def simulate_reception(services) -> list[str]:
    """Mark a waiting order of the demo base received today, and notify it: French lines."""
    from ellipses_sms import bookstore, notices

    url = bookstore.configured_url(services.settings)
    marked = notices.demo_receive(url, [], date.today())
    notifier = notices.Notifier(services.dispatcher, services.settings)
    done = notifier.notify_orders([order for order, _, _ in marked])
    held = {o.job_id for o in done.outcomes if o.due is not None}
    notifier.run_jobs([job for job in done.jobs if job not in held])
    return notifier.lines(done)[0]


def add_notice_actions(window, menu: QMenu) -> None:
    """« Avis non envoyés… », and in demo mode « Simuler une réception », in `menu`."""
    unsent = QAction(_tr("Avis non envoyés…"), window)
    unsent.setStatusTip(_tr("Les clients dont l'avis de réception n'a pas pu partir"))
    win = weakref.ref(window)  # a closure holding the window would keep it alive once closed
    unsent.triggered.connect(lambda: _show_unsent(win()))
    menu.addAction(unsent)
    window.act_unsent_notices = unsent
    if (window.services.settings.get("bookstore_url") or "").strip():
        return  # a real bookstore base: never written, nothing to simulate
    simulate = QAction(_tr("Simuler une réception (démonstration)"), window)
    simulate.setStatusTip(
        _tr("Marque reçue une commande de la base de démonstration et prévient le client")
    )
    runner = TaskRunner(window, workers=1)

    def said(lines: list[str]) -> None:
        if win() is not None:
            win().statusBar().showMessage(" ".join(lines), 15000)

    def failed(exc: BaseException) -> None:
        if win() is not None:
            win().statusBar().showMessage(
                _tr("Simulation impossible : %1").replace("%1", str(exc)), 15000
            )

    services = window.services
    simulate.triggered.connect(
        lambda: runner.run(lambda: simulate_reception(services), said, failed, long=True)
    )
    menu.addAction(simulate)
    window.act_simulate_reception = simulate
    window.notice_runner = runner
