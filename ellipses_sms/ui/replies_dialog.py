"""The « Réponses » window: what customers texted back (date, number, name, text, STOP).

The same service as `ellipses-sms replies list | fetch` (`ellipses_sms.replies`). Opening it
marks the replies read (the unread count of the main window goes down); « Relever maintenant »
asks every provider at once. Store and provider calls run off the GUI thread (`TaskRunner`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ellipses_sms import phone, replies
from ellipses_sms.store.queries import utc_to_local
from ellipses_sms.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class RepliesDialog(QDialog):
    """The customers' replies, newest first; STOP replies marked."""

    def __init__(self, services, parent=None):
        super().__init__(parent)
        self.services = services
        self.runner = TaskRunner(self)
        self.setWindowTitle(self.tr("Réponses des clients"))
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("N° Téléphone"), self.tr("Client"), self.tr("Message")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.fetch_button = QPushButton(self.tr("Relever maintenant"), self)
        self.fetch_button.clicked.connect(self.fetch)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        row.addWidget(self.fetch_button)
        row.addWidget(self.state, 1)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.reload(mark_read=True)

    def busy(self) -> bool:
        return self.runner.busy()

    def reload(self, mark_read: bool = False) -> None:
        store = self.services.store

        def work() -> list[replies.Reply]:
            found = replies.recent(store)
            if mark_read:
                replies.mark_read(store)
            return found

        self.runner.run(work, self._show, self._failed)

    def _show(self, found: list[replies.Reply]) -> None:
        self.table.setRowCount(len(found))
        stop_color = QColor("#b00020")
        for i, r in enumerate(found):
            local = utc_to_local(r.received_at)
            text = r.text + (self.tr("  (STOP : désinscrit)") if r.is_stop else "")
            cells = (
                QLocale().toString(QDateTime(local), QLocale.FormatType.ShortFormat)
                if local
                else "",
                phone.display(r.number),
                r.name or "",
                text,
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if r.is_stop:
                    item.setForeground(stop_color)
                if column == 3:
                    item.setToolTip(r.text)
                self.table.setItem(i, column, item)
        if not found:
            self.state.setText(self.tr("Aucune réponse reçue."))

    def _failed(self, exc: BaseException) -> None:
        self.fetch_button.setEnabled(True)
        self.state.setText(str(exc))

    def fetch(self) -> None:
        store, gateways = self.services.store, self.services.gateways
        self.fetch_button.setEnabled(False)
        self.state.setText(self.tr("Relève en cours…"))

        def done(result: replies.FetchResult) -> None:
            self.fetch_button.setEnabled(True)
            new = sum(result.replies.values())
            stops = sum(result.stops.values())
            text = (
                self.tr("%1 nouvelle(s) réponse(s), %2 nouveau(x) désinscrit(s).")
                .replace("%1", str(new))
                .replace("%2", str(stops))
            )
            if result.errors:
                text += " " + "; ".join(f"{k} : {v}" for k, v in result.errors.items())
            self.state.setText(text)
            self.reload(mark_read=True)

        self.runner.run(lambda: replies.fetch_all(store, gateways), done, self._failed, long=True)

    def done(self, result: int) -> None:
        self.runner.drop_pending()
        super().done(result)
