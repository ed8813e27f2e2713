"""Paramètres › « Base des messages »: this workstation's file, or a shared PostgreSQL server.

The address is kept in the settings without its password; the password goes to the system
keyring. « Tester la connexion » tries the address off the GUI thread and changes nothing.
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
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url

from ellipses_sms import paths, secrets
from ellipses_sms.store.db import KEYRING_KEY, KEYRING_NAME, StoreError, check_connection
from ellipses_sms.ui.provider_settings import secret_problem
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
    """The « Base des messages » tab; `save(settings)` keeps what the clerk chose."""

    def __init__(self, settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self._tasks = TaskRunner(self, workers=1, name="store-test")
        self._pending: Task | None = None

        self.local = QRadioButton(self.tr("Sur ce poste (un fichier, un seul poste)"))
        self.shared = QRadioButton(self.tr("Serveur PostgreSQL partagé (plusieurs postes)"))
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.shared)
        self.file_label = QLabel(str(paths.store_file()))
        self.file_label.setWordWrap(True)
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("postgresql://caisse@serveur:5432/ellipses")
        self.url_edit.setAccessibleName(self.tr("Adresse du serveur"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Mot de passe"))
        self.test_button = QPushButton(self.tr("Tester la connexion"))
        self.test_button.clicked.connect(self.test)
        self.result = QLabel()
        self.result.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Fichier :"), self.file_label)
        form.addRow(self.tr("Adresse du serveur :"), self.url_edit)
        form.addRow(self.tr("Mot de passe :"), self.password_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.local)
        layout.addWidget(self.shared)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Le mot de passe est gardé dans le trousseau du système, jamais dans les "
                    "réglages. Le changement s'applique au prochain démarrage."
                )
            )
        )
        layout.addStretch(1)
        url = (settings.get("database_url") or "").strip()
        shared = bool(url) and not url.startswith("sqlite")
        (self.shared if shared else self.local).setChecked(True)
        if shared:
            self.url_edit.setText(split_password(url)[0])
            try:
                if secrets.has_secret(KEYRING_NAME, KEYRING_KEY):
                    self.password_edit.setPlaceholderText(self.tr("enregistré"))
            except Exception:  # no keyring: the field stays empty
                pass
        self.local.toggled.connect(self._update)
        self._update()

    def _update(self) -> None:
        shared = self.shared.isChecked()
        for widget in (self.url_edit, self.password_edit, self.test_button):
            widget.setEnabled(shared)
        self.file_label.setEnabled(not shared)  # greyed: that file is not used then

    def address(self) -> tuple[str, str]:
        """(address without password, the password typed here or written in the address)."""
        url, inline = split_password(self.url_edit.text().strip())
        return url, self.password_edit.text() or inline

    def test(self) -> None:
        if self._pending is not None:
            return
        url, password = self.address()
        if not url:
            self._tested(False, self.tr("Saisissez l'adresse du serveur."))
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
                return False, str(exc)

        self._pending = self._tasks.run(work, lambda found: self._tested(*found))

    def _tested(self, ok: bool, sentence: str) -> None:
        self._pending = None
        self.test_button.setEnabled(self.shared.isChecked())
        self.result.setText(sentence)
        self.result.setStyleSheet("color: #1b5e20;" if ok else "color: #b00020;")

    def save(self) -> str | None:
        """Keep the choice; returns a French problem instead when it cannot be kept."""
        if self.local.isChecked():
            self.settings.set("database_url", "")
            return None
        url, password = self.address()
        if not url.startswith(("postgresql://", "postgres://", "postgresql+psycopg://")):
            return self.tr("L'adresse du serveur commence par postgresql://")
        if password:  # typed now; otherwise the one already kept stays
            try:
                secrets.set_secret(KEYRING_NAME, KEYRING_KEY, password)
            except Exception as exc:
                return secret_problem(exc)
        self.settings.set("database_url", url)
        return None

    def close_executor(self) -> None:
        self._tasks.close()
