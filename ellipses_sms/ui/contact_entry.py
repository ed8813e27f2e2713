"""« Nouveau destinataire »: the name and number a clerk types, checked, then added to the table.

The number rule is `ellipses_sms.recipients.make` (the same as the command line and the lists);
this panel only says its verdict beside the field, in red, and keeps what was typed so the clerk
corrects rather than retypes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ellipses_sms import recipients
from ellipses_sms.ui.i18n import service_text
from ellipses_sms.ui.recipient_model import RecipientTableModel

ERROR_STYLE = "color: #b3261e;"


class ContactEntry(QGroupBox):
    """The two fields and « Ajouter »; `added` says who went in, `duplicate` which number was
    already there (the table shows it)."""

    added = Signal(str)  # the name (or number) just added
    duplicate = Signal(str)  # the E.164 number already in the table

    def __init__(
        self,
        model: RecipientTableModel,
        icon: QIcon,
        tooltip: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Nouveau destinataire"))
        self.model = model
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("name")
        self.name_edit.setPlaceholderText(self.tr("ex. Dupond Claire"))
        self.number_edit = QLineEdit(self)
        self.number_edit.setObjectName("number")
        self.number_edit.setPlaceholderText(self.tr("ex. 06 12 34 56 78"))
        self.add_button = QPushButton(icon, self.tr("Ajouter"), self)
        self.add_button.setObjectName("add")
        self.add_button.setToolTip(tooltip)
        self.add_button.clicked.connect(self.add)
        self.number_error = QLabel(self)
        self.number_error.setObjectName("numberError")
        self.number_error.setStyleSheet(ERROR_STYLE)
        self.number_error.setWordWrap(True)

        grid = QFormLayout(self)
        number_row = QHBoxLayout()
        number_row.addWidget(self.number_edit, 1)
        number_row.addWidget(self.add_button)
        name_label = QLabel(self.tr("&Nom, Prénom, Raison Sociale"), self)
        name_label.setBuddy(self.name_edit)
        number_label = QLabel(self.tr("Numéro de &téléphone"), self)
        number_label.setBuddy(self.number_edit)
        grid.addRow(name_label, self.name_edit)
        grid.addRow(number_label, number_row)
        grid.addRow("", self.number_error)
        # screen readers say what the clerk reads (the group's title was announced before)
        self.name_edit.setAccessibleName(self.tr("Nom, Prénom, Raison Sociale"))
        self.number_edit.setAccessibleName(self.tr("Numéro de téléphone"))

        self.name_edit.returnPressed.connect(self.add)
        self.number_edit.returnPressed.connect(self.add)
        self.number_edit.textEdited.connect(self.clear_error)

    def add(self) -> bool:
        """Add the typed contact; a wrong or duplicate number is explained, the typing kept."""
        if not self.isEnabled():  # a send is running: the table is that send's
            return False
        name = self.name_edit.text().strip()
        number = self.number_edit.text()
        if not number.strip():
            self._refuse(self.tr("Tapez le numéro de téléphone portable du contact."))
            return False
        recipient = recipients.make(name, number, self.model.region)  # the settings' country
        if not recipient.valid:
            self._refuse(
                service_text(recipient.error) if recipient.error else self.tr("Numéro invalide")
            )
            return False
        if self.model.contains_number(recipient.number):
            self._refuse(self.tr("Ce numéro est déjà dans la liste des destinataires."))
            self.duplicate.emit(recipient.number)
            return False
        self.model.add_recipients([recipient])
        self.name_edit.clear()
        self.number_edit.clear()
        self.clear_error()
        self.name_edit.setFocus()
        self.added.emit(name or recipient.number)
        return True

    def clear_error(self, *_: Any) -> None:
        self.number_error.clear()
        self.number_edit.setStyleSheet("")

    def _refuse(self, message: str) -> None:
        self.number_error.setText(message)
        self.number_edit.setStyleSheet("QLineEdit { border: 2px solid #b3261e; }")
        self.number_edit.setFocus()
