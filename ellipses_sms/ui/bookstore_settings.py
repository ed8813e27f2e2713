"""Paramètres › « Base librairie »: where the import and the arrival notices read the customers.

Three choices: the demo database (the setting left empty), a database file (an SQLite file, a
server share's included), or a database server (type, server, base, user, password). The
address is kept in `bookstore_url` without its password; the password goes to the system
keyring under that address (`bookstore.KEYRING_NAME`), where `bookstore.open_engine` finds it.

« Tester » opens the base read-only on a `TaskRunner` (`bookstore.check`: a server may take
seconds to answer, a share may hang) and says what it found, or why it failed, in the clerk's
words. An address is checked by `bookstore.open_engine`, the rule the import itself applies.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
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

from ellipses_sms import bookstore, secrets
from ellipses_sms.ui.provider_settings import secret_problem
from ellipses_sms.ui.settings_widgets import (
    ERROR_STYLE,
    OK_STYLE,
    compact,
    indented_form,
    set_form_enabled,
)
from ellipses_sms.ui.tasks import Task, TaskRunner

log = logging.getLogger(__name__)

#: The kinds of server offered: (SQLAlchemy driver, what the clerk reads).
SERVER_TYPES = (
    ("postgresql+psycopg", "PostgreSQL"),
    ("mysql+pymysql", "MySQL / MariaDB"),
    ("mssql+pyodbc", "SQL Server (ODBC)"),
)
FILE_FILTER = "*.sqlite *.sqlite3 *.db *.db3 *.s3db *.sl3"


def _family(drivername: str) -> str:
    """« postgresql » for postgresql+psycopg, « mysql » for mariadb: one entry per kind."""
    backend = drivername.split("+", 1)[0]
    return {"postgres": "postgresql", "mariadb": "mysql"}.get(backend, backend)


class BookstoreSettings(QWidget):
    """The « Base librairie » tab; `save()` sets the setting and keeps the password."""

    def __init__(self, settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self._tasks = TaskRunner(self, workers=1, name="bookstore-test")
        self._pending: Task | None = None
        self._query: dict = {}  # the loaded address's options (ODBC driver...), kept as they are
        self._loaded_url = ""

        intro = QLabel(
            self.tr(
                "La base de la librairie (Ellipses 2000 ou autre) où l'import et les avis de "
                "réception trouvent les clients. Elle est seulement lue, jamais modifiée."
            )
        )
        intro.setWordWrap(True)
        self.demo = QRadioButton(self.tr("Base de démonstration (clients fictifs, pour essayer)"))
        self.file = QRadioButton(self.tr("Un fichier de base de données"))
        self.server = QRadioButton(self.tr("Un serveur de base de données"))
        group = QButtonGroup(self)
        for button in (self.demo, self.file, self.server):
            group.addButton(button)

        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("bookstoreFile")
        self.path_edit.setPlaceholderText(self.tr("ex. Z:\\EL2000\\librairie.sqlite"))
        self.path_edit.setAccessibleName(self.tr("Fichier"))
        self.browse_button = QPushButton(self.tr("Parcourir…"))
        self.browse_button.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        file_form = QFormLayout()
        file_form.setContentsMargins(24, 0, 0, 0)
        file_form.addRow(self.tr("Fichier :"), path_row)

        self.type_combo = QComboBox()
        for driver, label in SERVER_TYPES:
            self.type_combo.addItem(label, driver)
        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText(self.tr("ex. serveur-librairie ou 192.168.1.10"))
        self.port_spin = QSpinBox()
        self.port_spin.setRange(0, 65535)
        self.port_spin.setSpecialValueText(self.tr("par défaut"))
        self.port_spin.setMinimumWidth(140)
        self.base_edit = QLineEdit()
        self.base_edit.setPlaceholderText(self.tr("ex. ellipses"))
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.server_form = indented_form(
            (
                (self.tr("Type :"), self.type_combo),
                (self.tr("Serveur :"), self.host_edit),
                (self.tr("Port :"), compact(self.port_spin)),
                (self.tr("Base :"), self.base_edit),
                (self.tr("Utilisateur :"), self.user_edit),
                (self.tr("Mot de passe :"), self.password_edit),
            )
        )
        self.port_spin.setAccessibleName(self.tr("Port"))

        self.test_button = QPushButton(self.tr("Tester"))
        self.test_button.setToolTip(
            self.tr("Ouvre la base en lecture seule et compte ses clients ; rien n'est modifié.")
        )
        self.test_button.clicked.connect(self.test)
        self.result = QLabel()
        self.result.setObjectName("bookstoreResult")
        self.result.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.demo)
        layout.addWidget(self.file)
        layout.addLayout(file_form)
        layout.addWidget(self.server)
        layout.addLayout(self.server_form)
        layout.addLayout(test_row)
        layout.addWidget(self.result)
        note = QLabel(
            self.tr(
                "Le mot de passe est gardé dans le trousseau du système, jamais dans les réglages."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)

        self._load(str(settings.get("bookstore_url") or "").strip())
        for button in (self.demo, self.file, self.server):
            button.toggled.connect(self._update)
        self._update()

    # -- what is shown -------------------------------------------------------------------------

    def _load(self, value: str) -> None:
        self._loaded_url = value
        if not value:
            self.demo.setChecked(True)
            return
        if "://" not in value:
            self.file.setChecked(True)
            self.path_edit.setText(value)
            return
        try:
            parsed = make_url(value)
        except Exception:  # kept as typed: « Tester » and « Enregistrer » say what is wrong
            self.server.setChecked(True)
            self.host_edit.setText(value)
            return
        if parsed.get_backend_name() == "sqlite":
            self.file.setChecked(True)
            self.path_edit.setText(parsed.database or "")
            return
        self.server.setChecked(True)
        family = _family(parsed.drivername)
        index = next(
            (
                i
                for i in range(self.type_combo.count())
                if _family(self.type_combo.itemData(i)) == family
            ),
            -1,
        )
        if index < 0:  # a kind of base the list does not name: offered as it is
            self.type_combo.addItem(parsed.drivername, parsed.drivername)
            index = self.type_combo.count() - 1
        else:
            self.type_combo.setItemData(index, parsed.drivername)
        self.type_combo.setCurrentIndex(index)
        self._query = dict(parsed.query)
        self.host_edit.setText(parsed.host or "")
        self.port_spin.setValue(parsed.port or 0)
        self.base_edit.setText(parsed.database or "")
        self.user_edit.setText(parsed.username or "")
        if (
            parsed.password
        ):  # written in the address by hand: « Enregistrer » moves it to the keyring
            self.password_edit.setText(str(parsed.password))
            return
        try:
            if secrets.has_secret(bookstore.KEYRING_NAME, bookstore.password_key(value)):
                self.password_edit.setPlaceholderText(self.tr("enregistré (vide : inchangé)"))
        except Exception:  # no keyring: the field stays empty
            pass

    def _update(self) -> None:
        for widget in (self.path_edit, self.browse_button):
            widget.setEnabled(self.file.isChecked())
        set_form_enabled(self.server_form, self.server.isChecked())
        self.result.clear()

    def browse(self) -> None:
        start = self.path_edit.text().strip()
        folder = str(Path(start).parent) if start else ""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Fichier de la base librairie"),
            folder,
            self.tr("Bases de données (%1);;Tous les fichiers (*)").replace("%1", FILE_FILTER),
        )
        if name:
            self.path_edit.setText(str(Path(name)))
            self.file.setChecked(True)

    # -- the address ---------------------------------------------------------------------------

    def url(self) -> str:
        """The setting's value: empty (the demo), a file's path, or a server's address."""
        if self.demo.isChecked():
            return ""
        if self.file.isChecked():
            return self.path_edit.text().strip()
        driver = str(self.type_combo.currentData())
        query = self._query if _family(driver) == _family(self._loaded_driver()) else {}
        address = URL.create(
            driver,
            username=self.user_edit.text().strip() or None,
            host=self.host_edit.text().strip() or None,
            port=self.port_spin.value() or None,
            database=self.base_edit.text().strip() or None,
            query=query,
        )
        return address.render_as_string(hide_password=False)

    def _loaded_driver(self) -> str:
        try:
            return make_url(self._loaded_url).drivername if "://" in self._loaded_url else ""
        except Exception:
            return ""

    def problem(self) -> str | None:
        """What keeps the choice from being used, in French; None when it can be kept."""
        if self.file.isChecked() and not self.path_edit.text().strip():
            return self.tr("Choisissez le fichier de la base (« Parcourir… »).")
        if self.server.isChecked():
            if not self.host_edit.text().strip() or not self.base_edit.text().strip():
                return self.tr("Indiquez au moins le serveur et le nom de la base.")
            try:  # the rule the import applies: a readable address, a driver on this computer
                bookstore.open_engine(self.url()).dispose()
            except bookstore.BookstoreError as exc:
                return self._failure(exc)
        return None

    # -- « Tester », off the GUI thread --------------------------------------------------------

    def test(self) -> None:
        if self._pending is not None:
            return
        problem = self.problem()
        if problem:
            self._show(False, problem)
            return
        value, password = self.url(), self.password_edit.text()
        if password:
            secrets.remember(password)  # never in a log line

        def work() -> bookstore.Found:
            target = bookstore.configured_url(None, value)  # empty: the demo, made if needed
            if password:
                target = make_url(target).set(password=password).render_as_string(False)
            return bookstore.check(target)

        self.test_button.setEnabled(False)
        self._show(True, self.tr("Test en cours…"), style="")
        self._pending = self._tasks.run(work, self._found, self._failed)

    def _found(self, found: bookstore.Found) -> None:
        self._pending = None
        self.test_button.setEnabled(True)
        if found.demo:
            text = self.tr(
                "Base de démonstration : %Ln clients fictifs, pour essayer l'import et les avis. "
                "Choisissez la base de la librairie pour vos vrais clients.",
                "",
                found.customers or 0,
            )
        elif found.problem == "empty":
            self._show(
                False,
                self.tr(
                    "Cette base est vide : aucune table. Est-ce bien la base de la librairie ?"
                ),
            )
            return
        elif found.problem == "no_customers":
            text = self.tr(
                "Base ouverte (%n tables), mais sans table « clients » : les scripts fournis n'y "
                "trouveront pas les clients. Est-ce bien la base de la librairie ?",
                "",
                found.tables,
            )
            self._show(False, text)
            return
        else:
            text = self.tr("Connexion réussie : %Ln clients", "", found.customers) + self.tr(
                " (%n tables dans la base).", "", found.tables
            )
        self._show(True, text)

    def _failed(self, exc: BaseException) -> None:
        self._pending = None
        self.test_button.setEnabled(True)
        if isinstance(exc, bookstore.BookstoreError):
            text = self._failure(exc)
        else:
            text = self.tr("Échec du test : %1").replace("%1", str(exc))
        self._show(False, secrets.mask(text, (self.password_edit.text(),)))

    def _failure(self, exc: bookstore.BookstoreError) -> str:
        """The reason, in the clerk's words and the interface's language."""
        detail = exc.detail or str(exc)
        if exc.code == "missing":
            text = self.tr(
                "Fichier introuvable : %1. Vérifiez le chemin, et que le lecteur réseau est "
                "bien connecté."
            )
        elif exc.code == "not_a_database":
            text = self.tr(
                "Ce fichier n'est pas une base de données : %1. Choisissez le fichier de la base "
                "de la librairie."
            )
        elif exc.code == "driver":
            text = self.tr(
                "Ce type de base ne peut pas être lu sur ce poste : son pilote (%1) n'est pas "
                "installé."
            )
        elif exc.code == "invalid":
            text = self.tr("Adresse incomplète ou invalide : indiquez le serveur et la base.")
        elif self.file.isChecked():
            text = self.tr("Le fichier ne peut pas être lu (%1).")
        else:
            text = self.tr(
                "Le serveur ne répond pas ou refuse la connexion. Vérifiez le serveur, la base, "
                "l'utilisateur et le mot de passe. (Détail : %1)"
            )
        return text.replace("%1", detail)

    def _show(self, ok: bool, text: str, style: str | None = None) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(style if style is not None else (OK_STYLE if ok else ERROR_STYLE))

    # -- « Enregistrer » -----------------------------------------------------------------------

    def save(self) -> str | None:
        """Set the setting and keep a typed password; a French problem instead (nothing set)."""
        problem = self.problem()
        if problem:
            self._show(False, problem)
            return problem
        value, password = self.url(), self.password_edit.text()
        if self.server.isChecked():
            key = bookstore.password_key(value)
            try:
                if password:
                    secrets.set_secret(bookstore.KEYRING_NAME, key, password)
                elif self._loaded_url and bookstore.password_key(self._loaded_url) != key:
                    # the address changed, not the password: it follows the address
                    old = secrets.get_secret(
                        bookstore.KEYRING_NAME, bookstore.password_key(self._loaded_url)
                    )
                    if old:
                        secrets.set_secret(bookstore.KEYRING_NAME, key, old)
            except Exception as exc:
                text = secret_problem(exc)
                self._show(False, text)
                return text
        self.settings.set("bookstore_url", value)
        return None

    def close_executor(self) -> None:
        """The dialog closes: a test still running is left to end alone, its result dropped."""
        self._tasks.close()
