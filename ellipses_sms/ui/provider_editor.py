"""Paramètres › Fournisseurs SMS: the editor of one provider (its name, its type, the type's
fields, the sender check), beside the list.

The fields come from the provider type (`providers.fields`); a secret field is never shown, only
said to be kept (its placeholder), and an empty one keeps what the keyring holds. The tab saves
what `form_values` gives through `providers.add` / `providers.edit`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ellipses_sms import providers
from ellipses_sms.gateway.base import Field
from ellipses_sms.ui.reason_text import reason_text
from ellipses_sms.ui.settings_widgets import ERROR_STYLE, OK_STYLE


class ProviderEditor(QGroupBox):
    """One provider's fields; `editing` is the provider's name, None for a new one."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Fournisseur"))
        self.editing: str | None = None
        self._inputs: dict[str, QLineEdit | QComboBox] = {}
        self._fields: list[Field] = []
        editor_layout = QVBoxLayout(self)
        head = self._head = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("ex. kannel-boutique"))
        self.type_combo = QComboBox()
        for type_ in providers.types():
            self.type_combo.addItem(providers.TYPE_LABELS.get(type_, type_), type_)
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        head.addRow(self.tr("Nom :"), self.name_edit)
        head.addRow(self.tr("Type :"), self.type_combo)
        editor_layout.addLayout(head)
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        # a provider type has up to 15 settings: they scroll, the dialog stays on the screen
        self.form_scroll = QScrollArea()
        self.form_scroll.setObjectName("providerFields")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.form_scroll.setWidget(self.form_host)
        editor_layout.addWidget(self.form_scroll, 1)
        self.sender_check = QLabel()
        self.sender_check.setWordWrap(True)
        editor_layout.addWidget(self.sender_check)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        editor_layout.addWidget(self.error)
        editor_layout.addStretch(0)  # the fields take the room (they scroll past it)
        self.save_button = QPushButton(self.tr("Enregistrer ce fournisseur"))
        editor_layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        self.sandbox_note = QLabel(
            self.tr(
                "Le bac à sable est le fournisseur de démonstration : aucun SMS réel n'est "
                "envoyé. Ajoutez un fournisseur pour envoyer de vrais SMS."
            )
        )
        self.sandbox_note.setWordWrap(True)
        editor_layout.insertWidget(1, self.sandbox_note)  # under the title: nothing to set

    def show_sandbox(self) -> None:
        """The demo provider: nothing to set, a sentence that says so."""
        self.editing = None
        self.error.clear()
        self.sandbox_note.setVisible(True)
        self._show_editor(False)
        self._build_form(None)
        self.setTitle(self.tr("Bac à sable (démonstration)"))

    def show_provider(self, name: str, info: providers.ProviderInfo) -> None:
        self.editing = name
        self.error.clear()
        self.sandbox_note.setVisible(False)
        self._show_editor(True)
        self.setTitle(self.tr("Fournisseur « %1 »").replace("%1", name))
        self.name_edit.setText(name)
        self.name_edit.setReadOnly(True)
        index = self.type_combo.findData(info.type)
        self.type_combo.blockSignals(True)
        self.type_combo.setCurrentIndex(max(0, index))
        self.type_combo.blockSignals(False)
        self.type_combo.setEnabled(False)
        self._build_form(info)

    def show_new(self) -> None:
        self.editing = None
        self.error.clear()
        self.setTitle(self.tr("Nouveau fournisseur"))
        self._show_editor(True)
        self.sandbox_note.setVisible(False)
        self.name_edit.setReadOnly(False)
        self.name_edit.clear()
        self.type_combo.setEnabled(True)
        self._build_form(None, self.type_combo.currentData())
        self.name_edit.setFocus()

    def _show_editor(self, shown: bool) -> None:
        """The name, type and fields, with their labels (none for the sandbox: no settings)."""
        for row in range(self._head.rowCount()):
            self._head.setRowVisible(row, shown)
        self.form_scroll.setVisible(shown)
        self.save_button.setVisible(shown)

    def _type_changed(self) -> None:
        if self.editing is None:
            self._build_form(None, self.type_combo.currentData())

    def _build_form(self, info: providers.ProviderInfo | None, type_: str | None = None) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self._inputs.clear()
        self.sender_check.clear()
        type_ = info.type if info else type_
        if not type_:
            self._fields = []
            return
        self._fields = providers.fields(type_)
        for f in self._fields:
            label = f.label + (" *" if f.required else "") + " :"
            if f.kind == "choice":
                widget: QLineEdit | QComboBox = QComboBox()
                for choice in f.choices:
                    widget.addItem(choice, choice)
                value = (info.config.get(f.key) if info else None) or f.default
                widget.setCurrentIndex(max(0, widget.findData(value)))
            else:
                widget = QLineEdit()
                if f.secret:
                    widget.setEchoMode(QLineEdit.EchoMode.Password)
                    stored = bool(info and info.secrets.get(f.key))
                    if stored:
                        widget.setToolTip(
                            self.tr(
                                "Un mot de passe est enregistré dans le trousseau ; il n'est "
                                "jamais affiché. Laissez vide pour le garder."
                            )
                        )
                    widget.setPlaceholderText(
                        self.tr("enregistré (vide : inchangé)")
                        if stored
                        else self.tr("non enregistré")
                    )
                else:
                    widget.setText((info.config.get(f.key, "") if info else "") or f.default)
                if f.kind == "sender":
                    widget.textChanged.connect(self._check_sender)
            if f.help and not widget.toolTip():
                widget.setToolTip(f.help)
            widget.setAccessibleName(f.label)
            self._inputs[f.key] = widget
            self.form.addRow(label, widget)
        for key, widget in self._inputs.items():
            if isinstance(widget, QLineEdit) and key == "sender":
                self._check_sender(widget.text())

    def _check_sender(self, text: str) -> None:
        problem = providers.check_sender(text)
        if problem:
            said = reason_text(problem)  # in the window's language
            self.sender_check.setText("⚠ " + said[0].upper() + said[1:] + ".")
            self.sender_check.setStyleSheet(ERROR_STYLE)
        elif text.strip():
            self.sender_check.setText(self.tr("Nom d'expéditeur valable."))
            self.sender_check.setStyleSheet(OK_STYLE)
        else:
            self.sender_check.clear()

    def form_values(self) -> tuple[dict[str, str], dict[str, str]]:
        """The form's (settings, secrets); an empty secret keeps the stored one."""
        values, secret_values = {}, {}
        for f in self._fields:
            widget = self._inputs[f.key]
            value = widget.currentData() if isinstance(widget, QComboBox) else widget.text()
            if f.secret:
                if value:
                    secret_values[f.key] = value
            else:
                values[f.key] = value.strip()
        return values, secret_values
