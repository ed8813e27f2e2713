"""« Message »: the text that counts as it is typed, each customer's rendering, and what the send
is made of — templates, sender name, type (« Information client » or « Publicité »), provider.

The rules are the domain's: the sender name is `providers.check_sender`, the kinds are
`states.SEND_KINDS`, the composition is `compose` (through `MessagePreview`). This panel holds
the widgets and says their verdicts where the clerk is looking.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ellipses_sms.gateway import SANDBOX
from ellipses_sms.recipients import Recipient
from ellipses_sms.states import SEND_KINDS, SendKind
from ellipses_sms.ui.contact_entry import ERROR_STYLE
from ellipses_sms.ui.i18n import kind_label
from ellipses_sms.ui.message_editor import MessageEditor
from ellipses_sms.ui.message_preview import MessagePreview
from ellipses_sms.ui.reason_text import reason_text
from ellipses_sms.ui.template_menu import TemplateMenu


class MessagePanel(QGroupBox):
    """The message group. `providerChanged` follows the provider choice (the demo banner);
    `manageTemplates` is « Gérer les modèles… »; `status` a line for the status bar."""

    providerChanged = Signal(str)
    manageTemplates = Signal()
    status = Signal(str, int)

    def __init__(
        self,
        services: Any,
        recipients: Callable[[], list[Recipient]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Message"))
        self.services = services
        self.settings = services.settings
        self._recipients = recipients
        self._locked = False  # a send runs: its message is not changed under it
        layout = QVBoxLayout(self)
        self.editor = MessageEditor(self)
        layout.addWidget(self.editor, 1)
        self.preview = MessagePreview(self.settings, recipients, services.gateways.carrier, self)
        layout.addWidget(self.preview)
        layout.addLayout(self._build_options())
        self.editor.textChanged.connect(self._text_changed)
        self.preview.composed.connect(self._preview_composed)

    def _build_options(self) -> QHBoxLayout:
        options = QHBoxLayout()
        self.sender_edit = QLineEdit(self)
        self.sender_edit.setObjectName("sender")
        self.sender_edit.setMaxLength(16)
        self.sender_edit.setPlaceholderText(self.tr("celui du fournisseur"))
        self.sender_edit.setToolTip(
            self.tr(
                "Nom affiché sur le téléphone du client : 11 lettres ou chiffres au plus, "
                "sans accent (ou un numéro)."
            )
        )
        self.sender_edit.setText(str(self.settings.get("sender") or ""))
        self.sender_edit.editingFinished.connect(self.save_sender)
        self.sender_edit.textEdited.connect(self.check_sender)
        self.sender_error = QLabel(self)
        self.sender_error.setObjectName("senderError")
        self.sender_error.setStyleSheet(ERROR_STYLE)
        sender_label = QLabel(self.tr("E&xpéditeur :"), self)
        sender_label.setBuddy(self.sender_edit)
        self.sender_edit.setAccessibleName(self.tr("Expéditeur"))

        self.template_menu = TemplateMenu(self.services.templates, self._recipients, self)
        self.template_menu.templateChosen.connect(self.use_template)
        self.template_menu.fieldChosen.connect(self.insert_field)
        self.template_menu.manageRequested.connect(self.manageTemplates)
        self.template_button = QToolButton(self)
        self.template_button.setObjectName("templates")
        self.template_button.setText(self.tr("Modèles"))
        self.template_button.setToolTip(
            self.tr("Reprendre un modèle enregistré, insérer un champ ({prenom}…)")
        )
        self.template_button.setMenu(self.template_menu)
        self.template_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kind")
        for kind in SEND_KINDS:
            self.kind_combo.addItem(kind_label(kind), str(kind))
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.kind_combo.setToolTip(
            self.tr(
                "Information client : commande arrivée, rendez-vous… Publicité : promotions, "
                "nouveautés ; les clients qui ont répondu STOP sont écartés et la mention STOP "
                "est obligatoire."
            )
        )
        kind_label_widget = QLabel(self.tr("T&ype :"), self)
        kind_label_widget.setBuddy(self.kind_combo)
        self.kind_combo.setAccessibleName(self.tr("Type"))

        self.provider_combo = QComboBox(self)
        self.provider_combo.setObjectName("provider")
        self.provider_combo.setToolTip(self.tr("Le fournisseur SMS qui acheminera ce message"))
        self.provider_combo.currentIndexChanged.connect(self._provider_changed)
        provider_label = QLabel(self.tr("&Fournisseur :"), self)
        provider_label.setBuddy(self.provider_combo)
        self.provider_combo.setAccessibleName(self.tr("Fournisseur"))

        for widget in (sender_label, self.sender_edit, self.sender_error):
            options.addWidget(widget)
        options.addStretch(1)
        options.addWidget(self.template_button)
        options.addSpacing(12)
        options.addWidget(kind_label_widget)
        options.addWidget(self.kind_combo)
        options.addSpacing(12)
        options.addWidget(provider_label)
        options.addWidget(self.provider_combo)
        return options

    # -- what the send is made of ---------------------------------------------------------

    def text(self) -> str:
        return self.editor.text()

    def kind(self) -> str:
        """« notification » or « marketing »: what the next send is (French rules differ)."""
        return str(self.kind_combo.currentData())

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(str(SendKind(kind)))))

    def provider(self) -> str:
        return self.provider_combo.currentData() or self.services.gateways.default_name()

    def provider_label(self) -> str:
        return self.provider_combo.currentText()

    def sender(self) -> str | None:
        return self.sender_edit.text().strip() or None

    def refresh_providers(self) -> None:
        """The provider list after Paramètres: the choice kept if it still exists."""
        gateways = self.services.gateways
        current = self.provider_combo.currentData() or gateways.default_name()
        self.provider_combo.blockSignals(True)
        self.provider_combo.clear()
        for name in gateways.names():
            label = self.tr("Bac à sable (démonstration)") if name == SANDBOX else name
            self.provider_combo.addItem(label, name)
        index = self.provider_combo.findData(current)
        if index < 0:
            index = self.provider_combo.findData(gateways.default_name())
        self.provider_combo.setCurrentIndex(max(0, index))
        self.provider_combo.blockSignals(False)
        self._provider_changed()

    def reload_sender(self) -> None:
        self.sender_edit.setText(str(self.settings.get("sender") or ""))
        self.check_sender()

    def check_sender(self, *_: Any) -> bool:
        from ellipses_sms import providers  # the providers' one rule, imported when first typed

        problem = providers.check_sender(self.sender_edit.text())
        self.sender_error.setText(reason_text(problem) if problem else "")
        return problem is None

    def save_sender(self) -> None:
        if not self.check_sender():
            return
        value = self.sender_edit.text().strip()
        if value != (self.settings.get("sender") or ""):
            self.settings.set("sender", value)
            try:
                self.settings.save()
            except OSError as exc:
                self.status.emit(
                    self.tr("Réglage non enregistré : %1").replace("%1", str(exc)), 8000
                )

    def set_locked(self, locked: bool) -> None:
        """While a send runs: the message, its type, sender and provider are that send's."""
        for widget in (self.provider_combo, self.kind_combo, self.sender_edit):
            widget.setEnabled(not locked)
        self.editor.set_read_only(locked)
        self._locked = locked

    # -- templates ------------------------------------------------------------------------

    def use_template(self, template) -> None:
        """Put a template in the message (replacing it, or at the cursor) and take its type."""
        from PySide6.QtWidgets import QMessageBox  # its type and enums: not at start-up

        if self._locked:
            return
        current = self.editor.text()
        if current.strip() and current != template.text:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(self.tr("Modèles"))
            box.setText(
                self.tr("Remplacer le message par le modèle « %1 » ?").replace("%1", template.name)
            )
            replace = box.addButton(self.tr("Remplacer"), QMessageBox.ButtonRole.AcceptRole)
            insert = box.addButton(self.tr("Insérer au curseur"), QMessageBox.ButtonRole.ActionRole)
            box.addButton(self.tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(replace)
            box.exec()
            if box.clickedButton() is insert:
                self.editor.edit.insertPlainText(template.text)
            elif box.clickedButton() is replace:
                self.editor.set_text(template.text)
            else:
                return
        else:
            self.editor.set_text(template.text)
        self.set_kind(template.kind)
        self.editor.edit.setFocus()

    def insert_field(self, placeholder: str) -> None:
        if not self._locked:
            self.editor.edit.insertPlainText(placeholder)
            self.editor.edit.setFocus()

    # -- the preview follows ----------------------------------------------------------------
    # bound methods, not lambdas: a lambda holding `self` would keep the closed window alive

    def _provider_changed(self, *_: Any) -> None:
        self.preview.set_provider(self.provider())
        self.providerChanged.emit(self.provider())

    def _kind_changed(self, *_: Any) -> None:
        self.preview.set_kind(self.kind())

    def _text_changed(self) -> None:
        self.preview.set_text(self.editor.text())

    def _preview_composed(self) -> None:
        c = self.preview.composition(
            self.editor.text(), self._recipients(), self.preview.provider(), self.kind()
        )
        self.editor.set_exact_total(c.total_parts if c is not None else None)

    def composition(self, people: list[Recipient]):
        """The preview's whole-send composition when it matches what is on screen, or None."""
        return self.preview.composition(self.editor.text(), people, self.provider(), self.kind())

    def close_tasks(self) -> None:
        self.preview.close_tasks()
        self.template_menu.close_tasks()
