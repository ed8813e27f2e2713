"""The recipient table and what a clerk does to it: remove (asked first for many), Ctrl+Z, « Tout
effacer », edit a row in place, drop a list file on it.

The rows live in `RecipientTableModel`; this panel is the view around it. While a send runs the
panel is locked: the table is that send's, and its « Statut » column fills in.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ellipses_sms.recipients import Recipient
from ellipses_sms.ui.i18n import service_text
from ellipses_sms.ui.qt_workarounds import own_viewport
from ellipses_sms.ui.recipient_model import RecipientTableModel

#: Removing this many selected rows or more asks first (fewer: Ctrl+Z is enough).
ASK_BEFORE_REMOVING = 10


class ListDrop(QObject):
    """Accepts list files (.csv, .xlsx, .xls, .ods) dropped on a widget and emits their paths."""

    filesDropped = Signal(list)  # list[Path]

    @staticmethod
    def paths(event: Any) -> list[Path]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        from ellipses_sms.listfiles import SUFFIXES  # at the first drag: the window opens first

        return [
            Path(url.toLocalFile())
            for url in mime.urls()
            if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in SUFFIXES
        ]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and self.paths(event):
            event.acceptProposedAction()
            return True
        if kind == QEvent.Type.Drop:
            found = self.paths(event)
            if found:
                event.acceptProposedAction()
                self.filesDropped.emit(found)
                return True
        return False


class RecipientView(QTableView):
    """The recipient table; says what to do when it is empty. Tab leaves it (arrows move inside)
    and Ctrl+Tab goes on to the next control, as everywhere else in the window."""

    placeholder = ""

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0 and self.placeholder:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, self.placeholder)
            painter.end()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):  # Qt's table selects every row on Ctrl+Tab: here it moves on, as Tab does
            self.focusNextPrevChild(event.key() == Qt.Key.Key_Tab)
            event.accept()
            return
        super().keyPressEvent(event)


class RecipientsPanel(QWidget):
    """Count, « Retirer », « Tout effacer » and the table. `status` carries a line for the
    status bar; `cleared` a list emptied by « Tout effacer »; `undoAvailable` whether Ctrl+Z
    has something to put back."""

    status = Signal(str, int)  # text, milliseconds
    cleared = Signal()
    undoAvailable = Signal(bool)
    filesDropped = Signal(list)

    def __init__(
        self,
        model: RecipientTableModel,
        remove_icon: QIcon,
        clear_icon: QIcon,
        clear_tip: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._undo: list[tuple[int, Recipient]] | None = None
        self._locked = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.count_label = QLabel(self)
        font = self.count_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.count_label.setObjectName("recipientCount")
        self.count_label.setFont(font)
        self.remove_button = QPushButton(remove_icon, self.tr("Retirer"), self)
        self.remove_button.setToolTip(self.tr("Retirer les lignes sélectionnées (Suppr)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button = QPushButton(clear_icon, self.tr("Tout effacer"), self)
        self.clear_button.setObjectName("clearAll")
        self.clear_button.setToolTip(clear_tip)
        self.clear_button.clicked.connect(self.clear_all)
        head.addWidget(self.count_label)
        head.addStretch(1)
        head.addWidget(self.remove_button)
        head.addWidget(self.clear_button)
        layout.addLayout(head)

        self.table = RecipientView(self)
        own_viewport(self.table)  # before any viewport(): ~15 ms less before the window shows
        self.table.placeholder = self.tr(
            "Aucun destinataire pour l'instant.\n"
            "Tapez un nom et un numéro ci-dessus puis Entrée, ouvrez une liste (Ctrl+O)\n"
            "ou déposez ici un fichier CSV ou Excel."
        )
        self._build_table()
        layout.addWidget(self.table, 1)
        model.rowsInserted.connect(self._update_count)
        model.rowsRemoved.connect(self._update_count)
        model.modelReset.connect(self._update_count)
        model.editRefused.connect(self._edit_refused)
        self._update_count()

    def _build_table(self) -> None:
        table = self.table
        table.setObjectName("recipients")
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicatorShown(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab follows the screen and leaves the table
        table.setAccessibleName(self.tr("Destinataires"))
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.resizeSection(0, 260)
        header.resizeSection(1, 170)
        table.setToolTip(self.tr("Déposez ici un fichier de liste (CSV ou Excel) pour l'ajouter"))
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        for key, slot in (
            (QKeySequence.StandardKey.Delete, self.remove_selected),
            (QKeySequence.StandardKey.Undo, self.undo_remove),
        ):
            shortcut = QShortcut(QKeySequence(key), table)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.drop = ListDrop(self)
        self.drop.filesDropped.connect(self.filesDropped)
        table.viewport().setAcceptDrops(True)
        table.viewport().installEventFilter(self.drop)

    def set_locked(self, locked: bool) -> None:
        """While a send runs: no removal, no undo, no clearing, no editing."""
        self._locked = locked
        self.remove_button.setEnabled(not locked)
        self.clear_button.setEnabled(not locked)

    def _update_count(self, *_: Any) -> None:
        n = self.model.rowCount()
        self.count_label.setText(self.tr("%Ln destinataire(s)", "", n))

    def current_recipient(self) -> Recipient | None:
        row = self.table.currentIndex().row()
        people = self.model.recipients()
        return people[row] if 0 <= row < len(people) else None

    def current_row(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else None

    def select_number(self, e164: str) -> None:
        for row, r in enumerate(self.model.recipients()):
            if r.number == e164:
                self.table.scrollTo(self.model.index(row, 0))
                self.table.selectRow(row)
                return

    def remove_selected(self) -> None:
        """Remove the selected rows (asked first for many); Ctrl+Z puts them back."""
        from PySide6.QtWidgets import QMessageBox  # its type and enums: not at start-up

        if self._locked:
            return
        rows = [i.row() for i in self.table.selectionModel().selectedRows()]
        if len(rows) >= ASK_BEFORE_REMOVING:
            answer = QMessageBox.question(
                self,
                self.tr("Retirer"),
                self.tr("Retirer les %1 destinataires sélectionnés ?").replace(
                    "%1", QLocale().toString(len(rows))
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        taken = self.model.take_rows(rows)
        if taken:
            self._remember_removal(taken)

    def _remember_removal(self, taken: list[tuple[int, Recipient]]) -> None:
        self._undo = taken
        self.undoAvailable.emit(True)
        removed = len(taken)
        self.status.emit(
            (
                self.tr("%1 destinataire retiré — Ctrl+Z pour annuler")
                if removed == 1
                else self.tr("%1 destinataires retirés — Ctrl+Z pour annuler")
            ).replace("%1", QLocale().toString(removed)),
            8000,
        )

    def undo_remove(self) -> None:
        """Put back the rows last removed (« Retirer », Suppr or « Tout effacer »)."""
        if self._locked or not self._undo:
            return
        back = self.model.restore_rows(self._undo)
        self._undo = None
        self.undoAvailable.emit(False)
        self.status.emit(
            (
                self.tr("%1 destinataire remis") if back == 1 else self.tr("%1 destinataires remis")
            ).replace("%1", QLocale().toString(back)),
            4000,
        )

    def clear_all(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # its type and enums: not at start-up

        if self._locked or not self.model.rowCount():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Tout effacer"),
            self.tr("Retirer %Ln destinataire(s) de la liste ?", "", self.model.rowCount()),
        )
        if answer == QMessageBox.StandardButton.Yes:
            taken = list(enumerate(self.model.recipients()))
            self.model.clear()
            self._remember_removal(taken)
            self.cleared.emit()

    def add_recipients(self, people: list[Recipient], source: str = "") -> None:
        """Append recipients from a list or an import, and say what was left out."""
        result = self.model.add_recipients(people)
        parts = [self.tr("%Ln ajouté(s)", "", result.added)]
        if result.duplicates:
            parts.append(self.tr("%Ln déjà présent(s)", "", result.duplicates))
        if result.invalid:
            parts.append(self.tr("%Ln numéro(s) refusé(s)", "", result.invalid))
        text = ", ".join(parts)
        self.status.emit(f"{source} : {text}" if source else text, 10000)

    def _edit_refused(self, reason: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # its type and enums: not at start-up

        QMessageBox.warning(self, self.tr("Modification refusée"), service_text(reason))
