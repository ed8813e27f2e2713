"""The « Désinscrits » window: the numbers that receive no marketing SMS, and the clerk's edits.

The same service as `ellipses-sms optout …` (`ellipses_sms.optouts`): list (number, date, source,
note), add one number with a note, remove the selected ones, import a list file, export to CSV
or XLSX. Every store or file access runs off the GUI thread (`TaskRunner`).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ellipses_sms import optouts, phone, recipients
from ellipses_sms.store.queries import utc_to_local
from ellipses_sms.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class OptOutDialog(QDialog):
    """List, add, remove, import and export the opted-out numbers."""

    def __init__(self, services, parent=None):
        super().__init__(parent)
        self.services = services
        self.runner = TaskRunner(self)
        self.setWindowTitle(self.tr("Désinscrits (STOP)"))
        self.resize(720, 480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Ces numéros ne reçoivent aucune publicité. Les avis (commande arrivée) leur "
                "sont encore envoyés, sauf si le réglage « Bloquer aussi les avis » est coché."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Numéro"), self.tr("Date"), self.tr("Source"), self.tr("Note")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table)

        row = QHBoxLayout()
        self.number_edit = QLineEdit(self)
        self.number_edit.setPlaceholderText(self.tr("Numéro de téléphone"))
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("Note (facultative)"))
        self.add_button = QPushButton(self.tr("Ajouter"), self)
        self.add_button.clicked.connect(self.add_number)
        self.number_edit.returnPressed.connect(self.add_number)
        row.addWidget(self.number_edit, 2)
        row.addWidget(self.note_edit, 3)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        layout.addWidget(self.error)

        buttons = QHBoxLayout()
        self.remove_button = QPushButton(self.tr("Retirer la sélection"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button = QPushButton(self.tr("Importer…"), self)
        self.import_button.clicked.connect(self.import_file)
        self.export_button = QPushButton(self.tr("Exporter…"), self)
        self.export_button.clicked.connect(self.export_file)
        self.count = QLabel(self)
        for widget in (self.remove_button, self.import_button, self.export_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.reload()

    # -- reading -------------------------------------------------------------------------------

    def busy(self) -> bool:
        return self.runner.busy()

    def reload(self) -> None:
        store = self.services.store
        self.runner.run(lambda: optouts.entries(store), self._show, self._failed)

    def _show(self, entries: list[optouts.Entry]) -> None:
        self.table.setRowCount(len(entries))
        for i, e in enumerate(entries):
            local = utc_to_local(e.created_at)
            cells = (
                phone.display(e.number),
                QLocale().toString(QDateTime(local), QLocale.FormatType.ShortFormat)
                if local
                else "",
                e.source_label,
                e.note or "",
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, e.number)
                self.table.setItem(i, column, item)
        self.count.setText(self.tr("%1 numéro(s)").replace("%1", str(len(entries))))

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(str(exc))

    # -- changes -------------------------------------------------------------------------------

    def add_number(self) -> None:
        typed = self.number_edit.text().strip()
        r = recipients.make("", typed, str(self.services.settings.get("region") or "FR"))
        if not typed or not r.valid:
            self.error.setText(
                self.tr("Numéro refusé : %1").replace("%1", r.error or self.tr("numéro vide"))
            )
            self.number_edit.setFocus()
            return  # what was typed stays in the field
        self.error.clear()
        note = self.note_edit.text().strip() or None
        store = self.services.store

        def done(result) -> None:
            added, _ = result
            if not added:
                self.error.setText(self.tr("Ce numéro est déjà dans les désinscrits."))
            self.number_edit.clear()
            self.note_edit.clear()
            self.reload()

        self.runner.run(
            lambda: optouts.add_numbers(store, [r.number], optouts.BOOKSTORE, note),
            done,
            self._failed,
        )

    def selected_numbers(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows]

    def remove_selected(self) -> None:
        numbers = self.selected_numbers()
        if not numbers:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Retirer des désinscrits"),
            self.tr(
                "Retirer %1 numéro(s) des désinscrits ? Ils pourront de nouveau recevoir des "
                "publicités."
            ).replace("%1", str(len(numbers))),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        store = self.services.store
        self.runner.run(
            lambda: [optouts.remove(store, n) for n in numbers],
            lambda _: self.reload(),
            self._failed,
        )

    def import_file(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Importer des désinscrits"), "", self.tr("Listes (*.csv *.xlsx)")
            )
        if not path:
            return
        store, region = self.services.store, str(self.services.settings.get("region") or "FR")

        def work():
            from ellipses_sms import listfiles

            result = listfiles.read(path, region=region)
            note = f"fichier {Path(path).name}"[:200]
            numbers = [r.number for r in result.recipients]
            added, known = optouts.add_numbers(store, numbers, optouts.FILE, note)
            return added, known, len(result.refused)

        def done(result) -> None:
            added, known, refused = result
            self.error.setText(
                self.tr("%1 ajouté(s), %2 déjà connu(s), %3 ligne(s) refusée(s).")
                .replace("%1", str(added))
                .replace("%2", str(known))
                .replace("%3", str(refused))
            )
            self.reload()

        self.runner.run(work, done, self._failed, long=True)

    def export_file(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Exporter les désinscrits"),
                "desinscrits.csv",
                self.tr("Listes (*.csv *.xlsx)"),
            )
        if not path:
            return
        store = self.services.store

        def work() -> int:
            from ellipses_sms import listfiles

            rows = []
            for e in optouts.entries(store):
                local = utc_to_local(e.created_at)
                when = local.strftime("%d/%m/%Y %H:%M") if local else ""
                fields = {"date": when, "source": e.source_label, "note": e.note or ""}
                rows.append(recipients.Recipient("", e.number, fields))
            return listfiles.write(path, rows)

        def done(count: int) -> None:
            self.error.setText(self.tr("%1 numéro(s) enregistré(s).").replace("%1", str(count)))

        self.runner.run(work, done, self._failed, long=True)

    def done(self, result: int) -> None:  # closing: late results are dropped
        self.runner.drop_pending()
        super().done(result)
