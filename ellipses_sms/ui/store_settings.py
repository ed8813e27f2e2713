"""Paramètres › « Base des messages »: this workstation's file, or a shared PostgreSQL server.

A server is given in plain fields (server, port, base, user, password); the address built from
them is kept in the settings without its password, which goes to the system keyring.
« Tester la connexion » tries it off the GUI thread and changes nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL, make_url

from ellipses_sms import paths, secrets
from ellipses_sms.store.db import KEYRING_KEY, KEYRING_NAME, StoreError, check_connection
from ellipses_sms.ui.provider_settings import secret_problem
from ellipses_sms.ui.settings_widgets import (
    ERROR_STYLE,
    OK_STYLE,
    compact,
    indented_form,
    set_form_enabled,
)
from ellipses_sms.ui.tasks import Task, TaskRunner


def split_password(url: str) -> tuple[str, str]:
    """An address as typed → (the address without password, the password or "")."""
    try:
        parsed = make_url(url)
    except Exception:
        return url, ""
    if not parsed.password:
        return url, ""
    return parsed.set(password=None).render_as_string(hide_password=False), str(parsed.password)


class StoreSettings(QWidget):
    """The « Base des messages » tab; `save()` keeps what the clerk chose.

    A server is given in fields (server, port, base, user, password), as the bookstore's is;
    an address pasted whole into « Serveur » (`postgresql://caisse@serveur:5432/ellipses`) is
    split into them. The loaded address's options (`?sslmode=require`…) are kept as they are.
    """

    def __init__(self, settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self._tasks = TaskRunner(self, workers=1, name="store-test")
        self._pending: Task | None = None
        self._driver = "postgresql"  # a loaded `postgresql+psycopg://` keeps its driver
        self._query: dict = {}
        self._pasted_password = ""

        self.local = QRadioButton(self.tr("Sur ce poste (un fichier, un seul poste)"))
        self.shared = QRadioButton(self.tr("Serveur PostgreSQL partagé (plusieurs postes)"))
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.shared)
        self.file_label = QLabel(str(paths.store_file()))
        self.file_label.setWordWrap(True)
        self.host_edit = QLineEdit()
        self.host_edit.setObjectName("storeHost")
        self.host_edit.setPlaceholderText(self.tr("ex. serveur-caisse ou 192.168.1.10"))
        self.host_edit.editingFinished.connect(self._split_pasted)
        self.port_spin = QSpinBox()
        self.port_spin.setRange(0, 65535)
        self.port_spin.setSpecialValueText(self.tr("par défaut (5432)"))
        self.port_spin.setMinimumWidth(160)
        self.base_edit = QLineEdit()
        self.base_edit.setPlaceholderText(self.tr("ex. ellipses"))
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.test_button = QPushButton(self.tr("Tester la connexion"))
        self.test_button.clicked.connect(self.test)
        self.result = QLabel()
        self.result.setWordWrap(True)

        form = QFormLayout()
        form.setContentsMargins(24, 0, 0, 0)
        form.addRow(self.tr("Fichier :"), self.file_label)
        self.server_form = indented_form(
            (
                (self.tr("Serveur :"), self.host_edit),
                (self.tr("Port :"), compact(self.port_spin)),
                (self.tr("Base :"), self.base_edit),
                (self.tr("Utilisateur :"), self.user_edit),
                (self.tr("Mot de passe :"), self.password_edit),
            )
        )
        self.port_spin.setAccessibleName(self.tr("Port"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.local)
        layout.addLayout(form)
        layout.addWidget(self.shared)
        layout.addLayout(self.server_form)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        note = QLabel(
            self.tr(
                "Le mot de passe est gardé dans le trousseau du système, jamais dans les "
                "réglages. Le changement s'applique au prochain démarrage."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)
        url = (settings.get("database_url") or "").strip()
        shared = bool(url) and not url.startswith("sqlite")
        (self.shared if shared else self.local).setChecked(True)
        if shared:
            self._fill(split_password(url)[0])
            try:
                if secrets.has_secret(KEYRING_NAME, KEYRING_KEY):
                    self.password_edit.setPlaceholderText(self.tr("enregistré"))
            except Exception:  # no keyring: the field stays empty
                pass
        self.local.toggled.connect(self._update)
        self._update()

    def _fill(self, url: str) -> bool:
        """The fields from an address; False (fields unchanged) when it is not one."""
        try:
            parsed = make_url(url)
        except Exception:
            return False
        if not parsed.drivername.startswith(("postgresql", "postgres")):
            return False
        self.host_edit.setText(parsed.host or "")
        self.port_spin.setValue(parsed.port or 0)
        self.base_edit.setText(parsed.database or "")
        self.user_edit.setText(parsed.username or "")
        self._driver = parsed.drivername
        self._query = dict(parsed.query)
        if parsed.password:
            self._pasted_password = str(parsed.password)
        return True

    def _split_pasted(self) -> None:
        text = self.host_edit.text().strip()
        if "://" in text and self._fill(text):
            self.result.setStyleSheet("")
            self.result.setText(self.tr("Adresse répartie dans les champs."))

    def _update(self) -> None:
        shared = self.shared.isChecked()
        set_form_enabled(self.server_form, shared)
        self.test_button.setEnabled(shared)
        self.file_label.setEnabled(not shared)  # greyed: that file is not used then

    def address(self) -> tuple[str, str]:
        """(address without password, the password typed here or pasted in an address)."""
        self._split_pasted()
        host = self.host_edit.text().strip()
        if not host:
            return "", ""
        url = URL.create(
            self._driver,
            username=self.user_edit.text().strip() or None,
            host=host,
            port=self.port_spin.value() or None,
            database=self.base_edit.text().strip() or None,
            query=self._query,
        )
        return url.render_as_string(hide_password=False), (
            self.password_edit.text() or self._pasted_password
        )

    def _missing(self) -> str | None:
        if not self.host_edit.text().strip():
            return self.tr("Saisissez le nom ou l'adresse du serveur.")
        if not self.base_edit.text().strip():
            return self.tr("Saisissez le nom de la base.")
        return None

    def test(self) -> None:
        if self._pending is not None:
            return
        url, password = self.address()
        missing = self._missing()
        if missing:
            self._tested(False, missing)
            return
        self.test_button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Test en cours…"))

        def work() -> tuple[bool, str]:  # off the GUI thread, the keyring read included
            secret = password
            if not secret:
                try:
                    secret = secrets.get_secret(KEYRING_NAME, KEYRING_KEY) or ""
                except Exception:  # no keyring: try without a password
                    secret = ""
            try:
                target = (
                    make_url(url).set(password=secret).render_as_string(False) if secret else url
                )
                return True, check_connection(target)
            except StoreError as exc:
                return False, secrets.mask(str(exc), (secret,))
            except Exception as exc:  # an address SQLAlchemy cannot read
                return False, secrets.mask(str(exc), (secret,))

        self._pending = self._tasks.run(work, lambda found: self._tested(*found))

    def _tested(self, ok: bool, sentence: str) -> None:
        self._pending = None
        self.test_button.setEnabled(self.shared.isChecked())
        self.result.setText(sentence)
        self.result.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)

    def save(self) -> str | None:
        """Keep the choice; returns a French problem instead when it cannot be kept."""
        if self.local.isChecked():
            self.settings.set("database_url", "")
            return None
        url, password = self.address()
        missing = self._missing()
        if missing:
            return missing
        if password:  # typed now; otherwise the one already kept stays
            try:
                secrets.set_secret(KEYRING_NAME, KEYRING_KEY, password)
            except Exception as exc:
                return secret_problem(exc)
        self.settings.set("database_url", url)
        return None

    def close_executor(self) -> None:
        self._tasks.close()
