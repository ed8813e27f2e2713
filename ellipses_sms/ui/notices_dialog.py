"""« Avis non envoyés »: the customers to call instead (its menu entry is `notice_actions`).

A reception notice that could not go (no usable mobile…) is recorded once with its reason by
`ellipses_sms.notices`; this dialog lists them, read off the GUI thread. In demo mode (the
bookstore base is the demo one), « Simuler une réception » marks a waiting order as received
and notifies it at once, so that a newcomer sees the SMS in the status and the history within
seconds. No business rule here: both reach the same service as the command line.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ellipses_sms.ui.reason_text import reason_text
from ellipses_sms.ui.tasks import TaskRunner


def _tr(text: str) -> str:
    return QCoreApplication.translate("NoticesDialog", text)


def unsent_rows(store) -> list[tuple[str, ...]]:
    """(when, customer, order, reception date, number, reason) of the notices not sent."""
    from ellipses_sms.notices import NoticeBook
    from ellipses_sms.store.queries import utc_to_local

    out = []
    locale, short = QLocale(), QLocale.FormatType.ShortFormat
    for row in NoticeBook(store).unsent():
        when = utc_to_local(row.created_at)
        out.append(
            (
                locale.toString(QDateTime(when), short) if when else "",
                row.customer or "",
                row.order_id,
                locale.toString(QDate(d.year, d.month, d.day), short)
                if (d := row.received_on)
                else "",
                row.number or "",
                row.reason or "",
            )
        )
    return out


class NoticesDialog(QDialog):
    """The list of notices recorded as not sent, newest first."""

    loaded = Signal()

    def __init__(self, services: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Avis non envoyés"))
        self.resize(900, 480)
        self.runner = TaskRunner(self, workers=1)
        intro = QLabel(
            self.tr(
                "Ces clients n'ont pas reçu l'avis d'arrivée de leur commande : appelez-les. "
                "Un avis non envoyé n'est pas réessayé."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Noté le"),
                self.tr("Client"),
                self.tr("Commande"),
                self.tr("Reçue le"),
                self.tr("Numéro"),
                self.tr("Raison"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(self.tr("Lecture…"))
        from PySide6.QtWidgets import QDialogButtonBox  # its type and enums: not at start-up

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        store = self.services.store
        self.runner.run(lambda: unsent_rows(store), self._show, self._failed)

    def _show(self, rows: list[tuple[str, ...]]) -> None:
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                shown = reason_text(value) if c == 5 else value
                self.table.setItem(r, c, QTableWidgetItem(shown))
        if not rows:
            self.status.setText(self.tr("Aucun avis non envoyé."))
        elif len(rows) == 1:
            self.status.setText(self.tr("1 avis non envoyé."))
        else:
            self.status.setText(self.tr("%1 avis non envoyés.").replace("%1", str(len(rows))))
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("Lecture impossible : %1").replace("%1", str(exc)))
        self.loaded.emit()

    def done(self, result: int) -> None:
        self.runner.close()
        super().done(result)
