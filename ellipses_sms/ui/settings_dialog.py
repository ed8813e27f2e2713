"""Réglages: the SMS providers (list, add, edit, remove, default, connection test) and the
general settings (language, price per part).

Every rule lives in `ellipses_sms.providers` and `ellipses_sms.secrets`; this dialog only
presents them. The connection test talks to the network, so it runs on a worker thread and
comes back through a queued signal.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ellipses_sms import phone, providers, secrets
from ellipses_sms.gateway import SANDBOX
from ellipses_sms.gateway.base import Field
from ellipses_sms.ui.marketing_settings import MarketingSettings
from ellipses_sms.ui.notices_settings import NoticeSettings
from ellipses_sms.ui.report_dialog import fit_to_screen
from ellipses_sms.ui.store_settings import StoreSettings

log = logging.getLogger(__name__)

LANGUAGES = (("", "Système"), ("fr", "Français"), ("en", "English"))


class _Bridge(QObject):
    """Carries a worker's result back to the GUI thread (queued connection)."""

    finished = Signal(str, bool, str)  # provider name, success, French sentence


class SettingsDialog(QDialog):
    """The settings window: « Fournisseurs SMS » and « Général »."""

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.settings = services.settings
        self.setWindowTitle(self.tr("Paramètres"))
        fit_to_screen(self, 1040, 680)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="provider-test")
        self._bridge = _Bridge(self)
        self._bridge.finished.connect(self._test_finished)
        self._pending: Future | None = None
        self._editing: str | None = None  # provider name being edited; None: a new one
        self._inputs: dict[str, QLineEdit | QComboBox] = {}
        self._fields: list[Field] = []

        self.tabs = QTabWidget()
        self.tabs.addTab(self._providers_tab(), self.tr("Fournisseurs SMS"))
        self.tabs.addTab(self._general_tab(), self.tr("Général"))
        self.store_tab = StoreSettings(self.settings)
        self.tabs.addTab(self.store_tab, self.tr("Base des messages"))
        self.notices_tab = NoticeSettings(self.settings)
        self.tabs.addTab(self.notices_tab, self.tr("Avis de réception"))
        self.marketing_tab = MarketingSettings(self.settings)
        self.tabs.addTab(self.marketing_tab, self.tr("Publicité"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Fermer"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.refresh()

    # -- the providers tab --------------------------------------------------------------------

    def _providers_tab(self) -> QWidget:
        page = QWidget()
        self.provider_list = QListWidget()
        self.provider_list.setAccessibleName(self.tr("Fournisseurs configurés"))
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
        self.editor = QGroupBox(self.tr("Fournisseur"))
        editor_layout = QVBoxLayout(self.editor)
        head = QFormLayout()
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
        self.editor_error = QLabel()
        self.editor_error.setWordWrap(True)
        self.editor_error.setStyleSheet("color: #b00020;")
        editor_layout.addWidget(self.editor_error)
        editor_layout.addStretch(0)  # the fields take the room (they scroll past it)
        self.save_button = QPushButton(self.tr("Enregistrer ce fournisseur"))
        self.save_button.clicked.connect(self._save_provider)
        editor_layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        self.sandbox_note = QLabel(
            self.tr(
                "Le bac à sable est le fournisseur de démonstration : aucun SMS réel n'est "
                "envoyé. Ajoutez un fournisseur pour envoyer de vrais SMS."
            )
        )
        self.sandbox_note.setWordWrap(True)
        editor_layout.addWidget(self.sandbox_note)

        self.keyring_label = QLabel()
        self.keyring_label.setWordWrap(True)
        self.plain_file_box = QCheckBox(
            self.tr(
                "Sans trousseau : garder les mots de passe dans un fichier local NON CHIFFRÉ, "
                "lisible par moi seul"
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
        return page

    def refresh(self, select: str | None = None) -> None:
        """Reload the list from the settings (and the keyring status)."""
        current = select or self.current_name()
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
        usable, sentence = secrets.keyring_status()
        self.keyring_label.setText(sentence)
        self.keyring_label.setStyleSheet("" if usable else "color: #b00020;")
        allowed = bool(self.settings.get("allow_plain_secrets"))
        no_keyring = not usable or (allowed and "NON CHIFFRÉ" in sentence)
        self.plain_file_box.blockSignals(True)
        self.plain_file_box.setChecked(allowed)
        self.plain_file_box.blockSignals(False)
        self.plain_file_box.setVisible(no_keyring)

    def _plain_file_toggled(self, checked: bool) -> None:
        self.settings.set("allow_plain_secrets", checked)
        self.settings.save()
        self._show_keyring()

    def current_name(self) -> str | None:
        item = self.provider_list.currentItem() if hasattr(self, "provider_list") else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _selected(self, item: QListWidgetItem | None) -> None:
        name = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.test_result.clear()
        self.editor_error.clear()
        is_sandbox = name in (None, SANDBOX)
        self.remove_button.setEnabled(not is_sandbox)
        self.test_button.setEnabled(name is not None and self._pending is None)
        self.default_button.setEnabled(name is not None)
        self.sandbox_note.setVisible(is_sandbox)
        self.form_host.setVisible(not is_sandbox)
        self.save_button.setVisible(not is_sandbox)
        self.name_edit.setVisible(not is_sandbox)
        self.type_combo.setVisible(not is_sandbox)
        if is_sandbox:
            self._editing = None
            self._build_form(None)
            self.editor.setTitle(self.tr("Bac à sable (démonstration)"))
            return
        info = providers.get(self.settings, name)
        self._editing = name
        self.editor.setTitle(self.tr("Fournisseur « %1 »").replace("%1", name))
        self.name_edit.setText(name)
        self.name_edit.setReadOnly(True)
        index = self.type_combo.findData(info.type)
        self.type_combo.blockSignals(True)
        self.type_combo.setCurrentIndex(max(0, index))
        self.type_combo.blockSignals(False)
        self.type_combo.setEnabled(False)
        self._build_form(info)

    def _new_provider(self) -> None:
        self.provider_list.blockSignals(True)
        self.provider_list.setCurrentItem(None)
        self.provider_list.clearSelection()
        self.provider_list.blockSignals(False)
        self._editing = None
        self.editor.setTitle(self.tr("Nouveau fournisseur"))
        for widget in (self.form_host, self.save_button, self.name_edit, self.type_combo):
            widget.setVisible(True)
        self.sandbox_note.setVisible(False)
        self.remove_button.setEnabled(False)
        self.test_button.setEnabled(False)
        self.default_button.setEnabled(False)
        self.name_edit.setReadOnly(False)
        self.name_edit.clear()
        self.type_combo.setEnabled(True)
        self.editor_error.clear()
        self._build_form(None, self.type_combo.currentData())
        self.name_edit.setFocus()

    def _type_changed(self) -> None:
        if self._editing is None:
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
            self.sender_check.setText("⚠ " + problem[0].upper() + problem[1:] + ".")
            self.sender_check.setStyleSheet("color: #b00020;")
        elif text.strip():
            self.sender_check.setText(self.tr("Nom d'expéditeur valable."))
            self.sender_check.setStyleSheet("color: #1b5e20;")
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

    def _save_provider(self) -> bool:
        values, secret_values = self.form_values()
        try:
            if self._editing is None:
                name = self.name_edit.text().strip()
                info = providers.add(
                    self.settings,
                    name,
                    self.type_combo.currentData(),
                    values,
                    secret_values,
                    gateways=self.services.gateways,
                )
            else:
                info = providers.edit(
                    self.settings,
                    self._editing,
                    values,
                    secret_values,
                    merge=False,
                    gateways=self.services.gateways,
                )
        except (providers.ProviderError, secrets.SecretsError) as exc:
            problems = getattr(exc, "problems", None) or [str(exc)]
            self.editor_error.setText("\n".join("• " + p for p in problems))
            return False
        self.editor_error.clear()
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
        credit_text = self.tr("Crédit restant : %1.")

        def work() -> tuple[bool, str]:
            try:
                sentence = providers.test(gateways, name)
            except Exception as exc:  # every failure is told, in French
                message = getattr(exc, "message", None) or str(exc)
                return False, secrets.mask(message)
            try:  # the credit too, where the provider tells it
                if gateways.get(name).has_balance:
                    left = providers.balance_text(providers.balance(gateways, name))
                    sentence += " " + credit_text.replace("%1", left)
            except Exception as exc:  # the connection works; only the credit is unknown
                log.info("credit of %s not read: %s", name, secrets.mask(str(exc)))
            return True, sentence

        future = self._executor.submit(work)
        self._pending = future

        def done(f: Future) -> None:
            ok, sentence = f.result()
            self._bridge.finished.emit(name, ok, sentence)

        future.add_done_callback(done)

    def _test_finished(self, name: str, ok: bool, sentence: str) -> None:
        self._pending = None
        self.test_button.setEnabled(self.current_name() is not None)
        prefix = self.tr("Connexion réussie") if ok else self.tr("Échec du test")
        if ok and sentence.startswith("Connexion réussie"):
            text = sentence
        else:
            text = f"{prefix} ({name}) : {sentence}"
        self.test_result.setText(text)
        self.test_result.setStyleSheet("color: #1b5e20;" if ok else "color: #b00020;")

    # -- the general tab ------------------------------------------------------------------------

    def _general_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.language_combo = QComboBox()
        for code, label in LANGUAGES:
            self.language_combo.addItem(self.tr("Système") if code == "" else label, code)
        current = self.settings.get("language") or ""
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current)))
        form.addRow(self.tr("Langue de l'interface :"), self.language_combo)
        form.addRow("", QLabel(self.tr("La nouvelle langue s'applique au prochain démarrage.")))
        self.price_spin = QDoubleSpinBox()
        self.price_spin.setDecimals(3)
        self.price_spin.setRange(0.0, 5.0)
        self.price_spin.setSingleStep(0.005)
        self.price_spin.setSuffix(" €")
        self.price_spin.setValue(float(self.settings.get("price_per_part")))
        form.addRow(self.tr("Prix estimé d'un SMS (par partie) :"), self.price_spin)
        self.sender_default = QLineEdit(self.settings.get("sender") or "")
        self.sender_default.setPlaceholderText(self.tr("vide : celui du fournisseur"))
        self.sender_default_check = QLabel()
        self.sender_default_check.setWordWrap(True)
        self.sender_default.textChanged.connect(self._check_default_sender)
        form.addRow(self.tr("Nom d'expéditeur par défaut :"), self.sender_default)
        form.addRow("", self.sender_default_check)
        self.bookstore_name = QLineEdit(self.settings.get("librairie") or "")
        self.bookstore_name.setPlaceholderText(self.tr("ex. Librairie du Marché"))
        self.bookstore_name.setToolTip(
            self.tr("Écrit à la place de {librairie} dans les messages.")
        )
        form.addRow(self.tr("Nom de la librairie :"), self.bookstore_name)
        self.failover_combo = QComboBox()
        self.failover_combo.setObjectName("failover")
        self.failover_combo.addItem(self.tr("(aucun)"), "")
        for name in sorted((self.settings.raw("providers", {}) or {}).keys()):
            if name != SANDBOX:
                self.failover_combo.addItem(name, name)
        current = str(self.settings.get("failover_provider") or "")
        self.failover_combo.setCurrentIndex(max(0, self.failover_combo.findData(current)))
        self.failover_combo.setToolTip(
            self.tr(
                "Prend seulement les messages que le fournisseur de l'envoi n'a certainement pas "
                "reçus (injoignable, identifiants ou crédit refusés), jamais un message peut-être "
                "parti."
            )
        )
        form.addRow(self.tr("Fournisseur de secours :"), self.failover_combo)
        self.test_number = QLineEdit(self.settings.get("test_number") or "")
        self.test_number.setObjectName("testNumber")
        self.test_number.setPlaceholderText(self.tr("ex. 06 12 34 56 78"))
        self.test_number.setToolTip(
            self.tr(
                "Votre portable : « M'envoyer un test » y envoie un exemple réel du message "
                "avant l'envoi à tous."
            )
        )
        self.test_number_check = QLabel()
        self.test_number_check.setWordWrap(True)
        self.test_number.textChanged.connect(self._check_test_number)
        form.addRow(self.tr("Numéro pour les tests :"), self.test_number)
        form.addRow("", self.test_number_check)
        self._check_default_sender(self.sender_default.text())
        return page

    def _check_default_sender(self, text: str) -> None:
        problem = providers.check_sender(text)
        self.sender_default_check.setText(
            "⚠ " + problem[0].upper() + problem[1:] + "." if problem else ""
        )
        self.sender_default_check.setStyleSheet("color: #b00020;" if problem else "")

    def _test_number_problem(self, text: str) -> str | None:
        if not text.strip():
            return None
        parsed = phone.parse(text, str(self.settings.get("region") or "FR"))
        return None if parsed.valid else (parsed.message or self.tr("Numéro invalide."))

    def _check_test_number(self, text: str) -> None:
        problem = self._test_number_problem(text)
        self.test_number_check.setText("⚠ " + problem if problem else "")
        self.test_number_check.setStyleSheet("color: #b00020;" if problem else "")

    def accept(self) -> None:
        """Keep the general settings (the providers are saved by their own button)."""
        problem = providers.check_sender(self.sender_default.text())
        if problem:
            self.tabs.setCurrentIndex(1)
            self.sender_default.setFocus()
            return
        if self._test_number_problem(self.test_number.text()):
            self.tabs.setCurrentIndex(1)
            self.test_number.setFocus()
            return
        problem = self.store_tab.save()
        if problem:
            self.tabs.setCurrentWidget(self.store_tab)
            self.store_tab.result.setText(problem)
            return
        if self.notices_tab.save():
            self.tabs.setCurrentWidget(self.notices_tab)
            return
        if self.marketing_tab.save():  # hours, département, STOP mention (said on the tab)
            self.tabs.setCurrentWidget(self.marketing_tab)
            return
        self.settings.set("language", self.language_combo.currentData())
        self.settings.set("price_per_part", round(self.price_spin.value(), 4))
        self.settings.set("sender", self.sender_default.text().strip())
        self.settings.set("librairie", self.bookstore_name.text().strip())
        self.settings.set("test_number", self.test_number.text().strip())
        self.settings.set("failover_provider", self.failover_combo.currentData() or "")
        self.settings.save()
        super().accept()

    def done(self, result: int) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
        self.store_tab.close_executor()
        super().done(result)
