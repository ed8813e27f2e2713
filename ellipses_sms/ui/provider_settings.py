"""Paramètres › « Fournisseurs SMS »: the list, the editor of a provider's fields, the default,
the connection test, and where the passwords are kept.

Every rule lives in `ellipses_sms.providers` and `ellipses_sms.secrets`; this tab only presents
them. The connection test talks to the network, so it runs on the tab's `TaskRunner` and comes
back on the GUI thread. Providers are saved by their own button, at once (the command line sees
them); the dialog's « Enregistrer » keeps the other tabs.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ellipses_sms import providers, secrets
from ellipses_sms.gateway import SANDBOX
from ellipses_sms.ui.provider_editor import ProviderEditor
from ellipses_sms.ui.reason_text import reason_text
from ellipses_sms.ui.settings_widgets import ERROR_STYLE, OK_STYLE
from ellipses_sms.ui.tasks import Task, TaskRunner

log = logging.getLogger(__name__)


def secret_problem(exc: Exception) -> str:
    """A password that could not be kept, in the clerk's words (never a setting's key name)."""
    if isinstance(exc, secrets.SecretsError) and secrets.keyring_state()[0] == "none":
        return QCoreApplication.translate(
            "ProviderSettings",
            "Aucun trousseau système pour garder le mot de passe : installez ou déverrouillez un "
            "trousseau, ou cochez « Sans trousseau… » en bas de l'onglet « Fournisseurs SMS ».",
        )
    return str(exc)


class ProviderSettings(QWidget):
    """The « Fournisseurs SMS » tab."""

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.settings = services.settings
        self._tasks = TaskRunner(self, workers=1, name="provider-test")
        self._pending: Task | None = None
        self._build()
        self.refresh()

    def _build(self) -> None:
        page = self
        self.provider_list = QListWidget()
        self.provider_list.setAccessibleName(self.tr("Fournisseurs configurés"))
        self.provider_list.setWordWrap(True)  # « — mot de passe absent » stays readable
        self.provider_list.currentItemChanged.connect(self._selected)

        self.add_button = QPushButton(self.tr("Ajouter…"))
        self.remove_button = QPushButton(self.tr("Supprimer"))
        self.default_button = QPushButton(self.tr("Définir par défaut"))
        self.test_button = QPushButton(self.tr("Tester la connexion"))
        self.add_button.clicked.connect(self._new_provider)
        self.remove_button.clicked.connect(self._remove)
        self.default_button.clicked.connect(self._make_default)
        self.test_button.clicked.connect(self._test)

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Fournisseurs configurés :")))
        left.addWidget(self.provider_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        left.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.default_button)
        row.addWidget(self.test_button)
        left.addLayout(row)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left.addWidget(self.test_result)

        # the editor: name and type (for a new provider), then the type's fields
        self.editor = ProviderEditor()
        self.editor.save_button.clicked.connect(self._save_provider)

        self.keyring_label = QLabel()
        self.keyring_label.setWordWrap(True)
        self.plain_file_box = QCheckBox(
            self.tr(
                "Sans trousseau : garder les mots de passe dans un fichier local NON CHIFFRÉ, "
                "lisible par moi seul"
            )
        )
        self.plain_file_box.setToolTip(
            self.tr(
                "Seulement si ce poste n'a aucun trousseau système et qu'on ne peut pas en "
                "installer un : les mots de passe des fournisseurs et des bases sont alors écrits "
                "en clair dans un fichier de votre dossier, que seul votre compte peut lire. "
                "Avec un trousseau, laissez cette case décochée."
            )
        )
        self.plain_file_box.toggled.connect(self._plain_file_toggled)

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(self.editor, 2)
        layout = QVBoxLayout(page)
        layout.addLayout(columns, 1)
        layout.addWidget(self.keyring_label)
        layout.addWidget(self.plain_file_box)

    def refresh(self, select: str | None = None) -> None:
        """Reload the list from the settings (and the keyring status)."""
        current = select or self.current_name() or self.settings.get("default_provider")
        self.provider_list.blockSignals(True)
        self.provider_list.clear()
        for info in providers.list_providers(self.settings):
            text = info.name
            if info.default:
                text += self.tr(" (par défaut)")
            text += f"\n    {info.label}"
            if any(not ok for ok in info.secrets.values()):
                text += self.tr(" — mot de passe absent")
            item = QListWidgetItem(text)
            item.setToolTip(info.label)
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            self.provider_list.addItem(item)
            if info.name == current:
                self.provider_list.setCurrentItem(item)
        self.provider_list.blockSignals(False)
        if self.provider_list.currentItem() is None and self.provider_list.count():
            self.provider_list.setCurrentRow(0)
        self._selected(self.provider_list.currentItem())
        self._show_keyring()

    def _show_keyring(self) -> None:
        state, where = secrets.keyring_state()
        if state == "keyring":
            text = self.tr("Les mots de passe sont gardés dans le trousseau système (%1).")
        elif state == "file":
            text = self.tr(
                "Aucun trousseau système : les mots de passe sont gardés dans un fichier local "
                "NON CHIFFRÉ, lisible par vous seul (%1), comme vous l'avez autorisé."
            )
        else:
            text = self.tr(
                "Aucun trousseau système n'est disponible pour garder les mots de passe. "
                "Installez ou déverrouillez un trousseau (Trousseau GNOME ou KWallet sous Linux, "
                "Trousseau d'accès sous macOS, Gestionnaire d'identification sous Windows), puis "
                "rouvrez Paramètres ; ou cochez la case ci-dessous."
            )
        self.keyring_label.setText(text.replace("%1", where))
        self.keyring_label.setStyleSheet(ERROR_STYLE if state == "none" else "")
        allowed = bool(self.settings.get("allow_plain_secrets"))
        self.plain_file_box.blockSignals(True)
        self.plain_file_box.setChecked(allowed)
        self.plain_file_box.blockSignals(False)
        self.plain_file_box.setVisible(state != "keyring")

    def _plain_file_toggled(self, checked: bool) -> None:
        self.settings.set("allow_plain_secrets", checked)
        self.settings.save()
        self._show_keyring()

    def current_name(self) -> str | None:
        item = self.provider_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _selected(self, item: QListWidgetItem | None) -> None:
        name = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.test_result.clear()
        is_sandbox = name in (None, SANDBOX)
        self.remove_button.setEnabled(not is_sandbox)
        self.test_button.setEnabled(name is not None and self._pending is None)
        self.default_button.setEnabled(name is not None)
        if is_sandbox:
            self.editor.show_sandbox()
        else:
            self.editor.show_provider(name, providers.get(self.settings, name))

    def _new_provider(self) -> None:
        self.provider_list.blockSignals(True)
        self.provider_list.setCurrentItem(None)
        self.provider_list.clearSelection()
        self.provider_list.blockSignals(False)
        self.remove_button.setEnabled(False)
        self.test_button.setEnabled(False)
        self.default_button.setEnabled(False)
        self.editor.show_new()

    def _save_provider(self) -> bool:
        editor = self.editor
        values, secret_values = editor.form_values()
        try:
            if editor.editing is None:
                info = providers.add(
                    self.settings,
                    editor.name_edit.text().strip(),
                    editor.type_combo.currentData(),
                    values,
                    secret_values,
                    gateways=self.services.gateways,
                )
            else:
                info = providers.edit(
                    self.settings,
                    editor.editing,
                    values,
                    secret_values,
                    merge=False,
                    gateways=self.services.gateways,
                )
        except (providers.ProviderError, secrets.SecretsError) as exc:
            problems = getattr(exc, "problems", None) or [secret_problem(exc)]
            editor.error.setText("\n".join("• " + p for p in problems))
            return False
        editor.error.clear()
        self.refresh(select=info.name)
        self.test_result.setText(self.tr("Fournisseur enregistré."))
        return True

    def _remove(self) -> None:
        name = self.current_name()
        if not name or name == SANDBOX:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Supprimer le fournisseur"),
            self.tr("Supprimer le fournisseur « %1 » et son mot de passe ?").replace("%1", name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            providers.remove(self.settings, name, gateways=self.services.gateways)
        except providers.ProviderError as exc:
            self.test_result.setText(str(exc))
            return
        self.refresh(select=SANDBOX)

    def _make_default(self) -> None:
        name = self.current_name()
        if not name:
            return
        providers.set_default(self.settings, name)
        self.refresh(select=name)
        self.test_result.setText(
            self.tr("« %1 » est maintenant le fournisseur par défaut.").replace("%1", name)
        )

    # -- the connection test, off the GUI thread ------------------------------------------------

    def _test(self) -> None:
        name = self.current_name()
        if not name or self._pending is not None:
            return
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("Test de « %1 » en cours…").replace("%1", name))
        gateways = self.services.gateways

        def work() -> tuple[bool, str, str | None]:
            try:
                sentence = providers.test(gateways, name)
            except Exception as exc:  # every failure is told, in French
                message = getattr(exc, "message", None) or str(exc)
                return False, secrets.mask(message), None
            left = None
            try:  # the credit too, where the provider tells it
                if gateways.get(name).has_balance:
                    left = providers.balance_text(providers.balance(gateways, name))
            except Exception as exc:  # the connection works; only the credit is unknown
                log.info("credit of %s not read: %s", name, secrets.mask(str(exc)))
            return True, sentence, left

        self._pending = self._tasks.run(work, lambda found: self._test_finished(name, *found))

    def _test_finished(self, name: str, ok: bool, sentence: str, left: str | None) -> None:
        self._pending = None
        self.test_button.setEnabled(self.current_name() is not None)
        prefix = self.tr("Connexion réussie") if ok else self.tr("Échec du test")
        said = reason_text(sentence)  # the provider's French, in the window's language
        if left is not None:
            said += " " + self.tr("Crédit restant : %1.").replace("%1", left)
        if ok and sentence.startswith("Connexion réussie"):
            text = said
        else:
            text = f"{prefix} ({name}) : {said}"
        self.test_result.setText(text)
        self.test_result.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)

    def close_executor(self) -> None:
        self._tasks.close()
