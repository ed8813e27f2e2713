"""The small dialog that asks which columns hold the name and the number of a list file.

Shown when `listfiles.read` cannot recognise the columns (`ColumnsNeeded`): the clerk sees the
first rows, picks the number column and the column(s) that make the name, and the choice is
remembered for every file with the same layout, so the question is asked once.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ellipses_sms import listfiles
from ellipses_sms.listfiles import ColumnsNeeded, Mapping


def column_letter(index: int) -> str:
    """Excel's name of a 0-based column: 0 → A, 26 → AA (what the clerk sees in Excel)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


class ColumnMappingDialog(QDialog):
    """Choose the number column and the name column(s), with a preview of the first rows."""

    def __init__(self, needed: ColumnsNeeded, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._needed = needed
        rows = [needed.headers, *needed.preview_rows]
        self._width = max((len(r) for r in rows), default=0)
        self.setWindowTitle(self.tr("Colonnes de la liste"))
        self.setObjectName("columnMappingDialog")

        name = needed.path.name if needed.path else self.tr("la liste")
        intro = QLabel(
            self.tr(
                "Les colonnes de « {name} » n'ont pas été reconnues. Indiquez quelle colonne "
                "contient le numéro de téléphone et quelles colonnes forment le nom du client."
            ).replace("{name}", name)
        )
        intro.setWordWrap(True)

        self.header_check = QCheckBox(self.tr("La première ligne contient les titres des colonnes"))
        suggestion = needed.suggestion
        self.header_check.setChecked(suggestion.has_header if suggestion else True)

        self.number_combo = QComboBox()
        self.number_combo.setObjectName("numberColumn")
        self.name_list = QListWidget()
        self.name_list.setObjectName("nameColumns")
        self.name_list.setMaximumHeight(120)

        self.preview = QTableWidget()
        self.preview.setObjectName("preview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )

        self.remember_check = QCheckBox(
            self.tr("Se souvenir de ce choix pour les listes de même présentation")
        )
        self.remember_check.setChecked(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Importer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Numéro de téléphone :"), self.number_combo)
        form.addRow(self.tr("Nom (une ou plusieurs colonnes) :"), self.name_list)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.header_check)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Aperçu des premières lignes :")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.remember_check)
        layout.addWidget(self.buttons)
        self.resize(720, 520)

        self._fill_choices()
        if suggestion is not None:
            self._select(suggestion)
        self.header_check.toggled.connect(self._header_toggled)
        self.number_combo.currentIndexChanged.connect(self._refresh)
        self.name_list.itemChanged.connect(self._refresh)
        self._refresh()

    # -- building -----------------------------------------------------------------------------

    def _label(self, index: int) -> str:
        letter = column_letter(index)
        if self.header_check.isChecked():
            title = self._needed.headers[index] if index < len(self._needed.headers) else ""
            return (
                f"{letter} — {title}"
                if title
                else self.tr("Colonne {letter}").replace("{letter}", letter)
            )
        sample = self._needed.headers[index] if index < len(self._needed.headers) else ""
        base = self.tr("Colonne {letter}").replace("{letter}", letter)
        return f"{base} (« {sample} »)" if sample else base

    def _fill_choices(self) -> None:
        current = self.number_combo.currentData()
        checked = self._checked_names()
        self.number_combo.blockSignals(True)
        self.name_list.blockSignals(True)
        self.number_combo.clear()
        self.number_combo.addItem(self.tr("— choisir une colonne —"), -1)
        self.name_list.clear()
        for index in range(self._width):
            label = self._label(index)
            self.number_combo.addItem(label, index)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if index in checked else Qt.CheckState.Unchecked
            )
            self.name_list.addItem(item)
        if current is not None:
            self.number_combo.setCurrentIndex(max(0, self.number_combo.findData(current)))
        self.number_combo.blockSignals(False)
        self.name_list.blockSignals(False)

    def _select(self, mapping: Mapping) -> None:
        self.number_combo.setCurrentIndex(max(0, self.number_combo.findData(mapping.number_column)))
        for row in range(self.name_list.count()):
            item = self.name_list.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) in mapping.name_columns
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def _checked_names(self) -> tuple[int, ...]:
        return tuple(
            self.name_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.name_list.count())
            if self.name_list.item(row).checkState() == Qt.CheckState.Checked
        )

    def _header_toggled(self) -> None:
        self._fill_choices()
        self._refresh()

    def _refresh(self) -> None:
        """Redraw the preview with the chosen columns marked; OK only with a number column."""
        number = self.number_combo.currentData()
        names = set(self._checked_names())
        has_header = self.header_check.isChecked()
        rows = (
            self._needed.preview_rows
            if has_header
            else [
                self._needed.headers,
                *self._needed.preview_rows,
            ]
        )
        self.preview.clear()
        self.preview.setColumnCount(self._width)
        self.preview.setRowCount(len(rows))
        titles = []
        for index in range(self._width):
            title = self._label(index)
            if index == number:
                title = self.tr("☎ Numéro") + "\n" + title
            elif index in names:
                title = self.tr("Nom") + "\n" + title
            titles.append(title)
        self.preview.setHorizontalHeaderLabels(titles)
        bold = QFont(self.preview.font())
        bold.setBold(True)
        for r, row in enumerate(rows):
            for c in range(self._width):
                item = QTableWidgetItem(row[c] if c < len(row) else "")
                if c == number or c in names:
                    item.setFont(bold)
                self.preview.setItem(r, c, item)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(isinstance(number, int) and number >= 0)

    # -- result -------------------------------------------------------------------------------

    def mapping(self) -> Mapping | None:
        """The clerk's choice, or None while no number column is chosen."""
        number = self.number_combo.currentData()
        if not isinstance(number, int) or number < 0:
            return None
        names = tuple(i for i in self._checked_names() if i != number)
        return Mapping(names, number, has_header=self.header_check.isChecked())

    def accept(self) -> None:
        mapping = self.mapping()
        if mapping is None:
            return
        if self.remember_check.isChecked():
            # if it cannot be remembered this time, the import itself still goes on
            with contextlib.suppress(listfiles.ListFileError):
                listfiles.remember_mapping(self._needed.layout_key, mapping, self._needed.headers)
        super().accept()
