"""« Envois programmés »: what waits for its time, with « Envoyer maintenant » and « Annuler ».

Why: a send given a date and time (« Envoyer plus tard… », `send --at`), a marketing send held
for the sending hours, or one a provider asked to wait, goes out by itself when due — from the
open window or `ellipses-sms service`, once. The clerk sees each (when, type, how many, text,
why it waits) and can cancel it or send it now. Every read and action runs off the GUI thread.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ellipses_sms.ui.i18n import kind_label
from ellipses_sms.ui.reason_text import reason_text
from ellipses_sms.ui.tasks import TaskRunner


def _local(value: datetime | None) -> datetime | None:
    from ellipses_sms.store.queries import utc_to_local

    return utc_to_local(value) if value is not None else None


class ScheduledDialog(QDialog):
    """The jobs that wait for their time (`Dispatcher.scheduled_jobs`)."""

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Envois programmés"))
        self.setObjectName("scheduledDialog")
        self.services = services
        self._tasks = TaskRunner(self, workers=1)
        self._jobs: list = []

        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("scheduledJobs")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Quand"),
                self.tr("Type"),
                self.tr("Destinataires"),
                self.tr("Message"),
                self.tr("Pourquoi il attend"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel(self.tr("Aucun envoi programmé."), self)
        self.state = QLabel(self)
        self.state.setObjectName("scheduledState")
        self.state.setWordWrap(True)
        self.now_button = QPushButton(self.tr("Envoyer &maintenant"), self)
        self.now_button.setObjectName("sendNow")
        self.now_button.clicked.connect(self.send_now)
        self.cancel_button = QPushButton(self.tr("&Annuler l'envoi"), self)
        self.cancel_button.setObjectName("cancelJob")
        self.cancel_button.clicked.connect(self.cancel_job)
        close = QDialogButtonBox(self)
        close.addButton(self.tr("Fermer"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.now_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.state)
        layout.addLayout(row)
        self.resize(820, 360)
        self._update_buttons()
        self.reload()

    def reload(self) -> None:
        self._tasks.run(self.services.dispatcher.scheduled_jobs, self._loaded, self._failed)

    def busy(self) -> bool:
        return self._tasks.busy()

    def _failed(self, exc: BaseException) -> None:
        self.state.setText(reason_text(str(exc)))
        self._update_buttons()

    def _loaded(self, jobs: list) -> None:
        self._jobs = list(jobs)
        locale = QLocale()
        self.table.setRowCount(len(self._jobs))
        for row, job in enumerate(self._jobs):
            when = _local(job.not_before)
            shown = locale.toString(QDateTime(when), QLocale.FormatType.ShortFormat) if when else ""
            kind = kind_label(job.kind)
            text = " ".join(str(job.text or "").split())
            cells = [
                shown,
                kind,
                self.tr("%1 sur %2")
                .replace("%1", locale.toString(job.left or 0))
                .replace("%2", locale.toString(job.total or 0)),
                text,
                reason_text(job.note),
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                item.setData(Qt.ItemDataRole.UserRole, job.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not self._jobs)
        self.table.setVisible(bool(self._jobs))
        self._update_buttons()

    def selected_job(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self._jobs[rows[0].row()].id

    def _update_buttons(self) -> None:
        chosen = self.selected_job() is not None and not self._tasks.busy()
        self.now_button.setEnabled(chosen)
        self.cancel_button.setEnabled(chosen)

    def send_now(self) -> None:
        """Send the selected job now rather than at its time (a held marketing send too: the
        sending hours still decide for each customer)."""
        job_id = self.selected_job()
        if job_id is None:
            return
        dispatcher = self.services.dispatcher
        self.state.setText(self.tr("Envoi n° %1 en cours…").replace("%1", str(job_id)))
        self._tasks.run(lambda: dispatcher.send_now(job_id), self._done, self._failed, long=True)
        self._update_buttons()

    def cancel_job(self) -> None:
        job_id = self.selected_job()
        if job_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Annuler l'envoi"),
            self.tr(
                "Annuler l'envoi n° %1 ? Les messages pas encore partis ne partiront pas."
            ).replace("%1", str(job_id)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        dispatcher = self.services.dispatcher
        self._tasks.run(lambda: dispatcher.cancel_job(job_id), self._done, self._failed)
        self._update_buttons()

    def _done(self, summary: Any) -> None:
        self.state.setText(reason_text(summary.sentence()) if hasattr(summary, "sentence") else "")
        self.reload()

    def done(self, result: int) -> None:
        self._tasks.close()
        super().done(result)


class WhenDialog(QDialog):
    """« Envoyer plus tard… »: the date and time a send goes (local time, in the future)."""

    def __init__(self, parent: QWidget | None = None, now: QDateTime | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Envoyer plus tard"))
        now = now or QDateTime.currentDateTime()
        start = now.addSecs(3600 - now.time().minute() * 60 - now.time().second())
        self.edit = QDateTimeEdit(start, self)
        self.edit.setObjectName("sendAt")
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDateTime(now.addSecs(60))
        self.edit.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
        label = QLabel(self.tr("&Date et heure d'envoi :"), self)
        label.setBuddy(self.edit)
        note = QLabel(
            self.tr(
                "L'envoi partira de cette fenêtre ouverte ou du service, même après un "
                "redémarrage ; une publicité respecte en plus les heures d'envoi."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Programmer"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def when_utc(self) -> datetime:
        """The chosen time as the store keeps it (naive UTC)."""
        from datetime import UTC

        local = self.edit.dateTime().toPython()
        return local.astimezone(UTC).replace(tzinfo=None)
