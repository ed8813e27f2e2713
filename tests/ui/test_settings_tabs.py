"""Paramètres as a clerk reaches it: the bookstore database (demo, file, server) with « Tester »,
the country of the numbers, the tries when the provider does not answer, the notices, in plain
French and complete English; every value saved in the real settings file and read back."""

from __future__ import annotations

import ast
import re
import socket
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from ellipses_sms import bookstore, secrets
from ellipses_sms.settings import DECLARED, Settings
from ellipses_sms.ui.settings_dialog import SettingsDialog
from tests.notice_fixtures import CUSTOMERS, make_bookstore

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ellipses_sms" / "ui"
SETTINGS_MODULES = (
    "settings_dialog.py",
    "provider_settings.py",
    "provider_editor.py",
    "general_settings.py",
    "sending_settings.py",
    "bookstore_settings.py",
    "store_settings.py",
    "notices_settings.py",
    "marketing_settings.py",
    "settings_widgets.py",
)
WAIT = 20_000
pytestmark = pytest.mark.usefixtures("french")  # as the window installs them: plural forms


def dialog_of(qtbot, services) -> SettingsDialog:
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    return dialog


def reopened(qtbot, services) -> SettingsDialog:
    """A new dialog on what the file holds now (not on the process's memory)."""
    services.settings = Settings()
    return dialog_of(qtbot, services)


def outcome(qtbot, tab) -> str:
    tab.test()
    qtbot.waitUntil(lambda: tab._pending is None, timeout=WAIT)
    return tab.result.text()


# -- the bookstore database ----------------------------------------------------------------------


def test_empty_means_the_demo_and_tester_says_so(qtbot, services):
    dialog = dialog_of(qtbot, services)
    tab = dialog.bookstore_tab
    assert tab.demo.isChecked() and not tab.path_edit.isEnabled()
    text = outcome(qtbot, tab)
    assert text.startswith("Base de démonstration : 5\u202f000 clients fictifs"), text
    dialog.accept()
    assert Settings().get("bookstore_url") == ""


def test_a_bookstore_file_is_tested_saved_and_read_back(qtbot, services, tmp_path):
    shop = make_bookstore(tmp_path / "EL2000" / "librairie.sqlite3")
    dialog = dialog_of(qtbot, services)
    tab = dialog.bookstore_tab
    tab.file.setChecked(True)
    tab.path_edit.setText(str(shop))
    text = outcome(qtbot, tab)
    assert text == f"Connexion réussie : {len(CUSTOMERS)} clients (8 tables dans la base).", text
    before = shop.read_bytes()
    dialog.accept()
    assert Settings().get("bookstore_url") == str(shop)
    assert shop.read_bytes() == before  # read only: the test changed nothing
    dialog2 = reopened(qtbot, services)
    again = dialog2.bookstore_tab
    assert again.file.isChecked() and again.path_edit.text() == str(shop)


def test_a_missing_file_is_said_in_french(qtbot, services, tmp_path):
    dialog = dialog_of(qtbot, services)
    tab = dialog.bookstore_tab
    tab.file.setChecked(True)
    missing = tmp_path / "Z" / "absente.sqlite3"
    tab.path_edit.setText(str(missing))
    text = outcome(qtbot, tab)
    assert text.startswith(f"Fichier introuvable : {missing}."), text
    assert "lecteur réseau" in text


def test_a_broken_file_is_said_in_french(qtbot, services, tmp_path):
    broken = tmp_path / "clients.db"
    broken.write_text("Nom;Portable\nDupond;0612345678\n", encoding="utf-8")  # a CSV, renamed
    dialog = dialog_of(qtbot, services)
    tab = dialog.bookstore_tab
    tab.file.setChecked(True)
    tab.path_edit.setText(str(broken))
    text = outcome(qtbot, tab)
    assert text.startswith(f"Ce fichier n'est pas une base de données : {broken}."), text


def test_a_base_without_customers_is_questioned(qtbot, services, tmp_path):
    other = tmp_path / "compta.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE factures (id INTEGER PRIMARY KEY)")
    dialog = dialog_of(qtbot, services)
    tab = dialog.bookstore_tab
    tab.file.setChecked(True)
    tab.path_edit.setText(str(other))
    text = outcome(qtbot, tab)
    assert "sans table « clients »" in text and "1 table" in text, text


def test_a_file_must_be_chosen_before_saving(qtbot, services):
    dialog = dialog_of(qtbot, services)
    dialog.bookstore_tab.file.setChecked(True)
    dialog.accept()
    assert dialog.result() == 0 and dialog.tabs.currentWidget() is dialog.bookstore_tab
    assert "Parcourir" in dialog.bookstore_tab.result.text()
    assert Settings().get("bookstore_url") == ""


def test_parcourir_fills_the_path(qtbot, services, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    shop = make_bookstore(tmp_path / "librairie.sqlite3")
    seen = {}

    def choose(parent, title, folder, filters):
        seen["filters"] = filters
        return str(shop), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    dialog = dialog_of(qtbot, services)
    tab = dialog.bookstore_tab
    tab.browse_button.setEnabled(True)
    tab.browse()
    assert tab.file.isChecked() and tab.path_edit.text() == str(shop)
    assert "*.sqlite" in seen["filters"] and "Tous les fichiers" in seen["filters"]


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_server_that_does_not_answer_is_said_without_the_password(
    qtbot, services, memory_keyring
):
    dialog = dialog_of(qtbot, services)
    tab = dialog.bookstore_tab
    tab.server.setChecked(True)
    tab.host_edit.setText("127.0.0.1")
    tab.port_spin.setValue(_closed_port())
    tab.base_edit.setText("ellipses")
    tab.user_edit.setText("caisse")
    tab.password_edit.setText("Secret-Libr4irie")
    text = outcome(qtbot, tab)
    assert text.startswith("Le serveur ne répond pas ou refuse la connexion."), text
    assert "Secret-Libr4irie" not in text
    dialog.accept()
    url = Settings().get("bookstore_url")
    assert url == f"postgresql+psycopg://caisse@127.0.0.1:{tab.port_spin.value()}/ellipses"
    assert "Secret-Libr4irie" not in services.settings.path.read_text(encoding="utf-8")
    key = bookstore.password_key(url)
    assert secrets.get_secret(bookstore.KEYRING_NAME, key) == "Secret-Libr4irie"
    dialog2 = reopened(qtbot, services)
    again = dialog2.bookstore_tab
    assert again.server.isChecked() and again.user_edit.text() == "caisse"
    assert (
        again.password_edit.text() == "" and "enregistré" in again.password_edit.placeholderText()
    )


def test_a_password_written_in_the_address_moves_to_the_keyring(qtbot, services, memory_keyring):
    services.settings.set("bookstore_url", "postgresql://caisse:Ancien-Secret@serveur/el2000")
    services.settings.save()
    dialog = reopened(qtbot, services)
    dialog.accept()
    url = Settings().get("bookstore_url")
    assert url == "postgresql://caisse@serveur/el2000"
    assert "Ancien-Secret" not in services.settings.path.read_text(encoding="utf-8")
    key = bookstore.password_key(url)
    assert secrets.get_secret(bookstore.KEYRING_NAME, key) == "Ancien-Secret"


def test_a_server_without_its_driver_is_refused_by_the_import_rule(qtbot, services):
    dialog = dialog_of(qtbot, services)
    tab = dialog.bookstore_tab
    tab.server.setChecked(True)
    tab.type_combo.setCurrentIndex(tab.type_combo.findData("mssql+pyodbc"))
    tab.host_edit.setText("serveur")
    tab.base_edit.setText("EL2000")
    dialog.accept()
    assert dialog.result() == 0
    assert "pilote (pyodbc) n'est pas installé" in tab.result.text()
    tab.host_edit.clear()
    dialog.accept()
    assert "Indiquez au moins le serveur" in tab.result.text()


def test_a_real_postgresql_bookstore_with_its_password_from_the_keyring(
    qtbot, services, memory_keyring, postgres
):
    """The password typed once goes to the keyring; the next « Tester » (and the import) finds
    it there through `bookstore.open_engine`."""
    base = postgres.new_database().rsplit("/", 1)[1]
    postgres.sql("CREATE TABLE clients (id_client integer PRIMARY KEY, nom text)", base)
    postgres.sql("INSERT INTO clients VALUES (1, 'Dupond'), (2, 'Martin'), (3, 'Petit')", base)
    role = f"caisse_{base}"
    postgres.sql(f"CREATE ROLE {role} LOGIN PASSWORD 'Mot-de-passe-caisse'")
    postgres.sql(f"GRANT SELECT ON clients TO {role}", base)
    dialog = dialog_of(qtbot, services)
    tab = dialog.bookstore_tab
    tab.server.setChecked(True)
    tab.host_edit.setText("127.0.0.1")
    tab.port_spin.setValue(postgres.port)
    tab.base_edit.setText(base)
    tab.user_edit.setText(role)
    tab.password_edit.setText("wrong")
    assert "refuse la connexion" in outcome(qtbot, tab)
    tab.password_edit.setText("Mot-de-passe-caisse")
    assert outcome(qtbot, tab) == "Connexion réussie : 3 clients (1 table dans la base)."
    dialog.accept()
    assert "Mot-de-passe-caisse" not in services.settings.path.read_text(encoding="utf-8")
    dialog2 = reopened(qtbot, services)
    again = dialog2.bookstore_tab
    assert again.password_edit.text() == ""
    assert outcome(qtbot, again) == "Connexion réussie : 3 clients (1 table dans la base)."


# -- the country, the tries, the notices --------------------------------------------------------


def test_the_country_is_chosen_by_name_and_kept_as_its_code(qtbot, services):
    dialog = dialog_of(qtbot, services)
    combo = dialog.general_tab.region_combo
    first = [combo.itemText(i) for i in range(6)]
    assert first == ["France", "Belgique", "Suisse", "Monaco", "Luxembourg", "Canada"]
    assert combo.currentText() == "France"
    texts = {combo.itemText(i) for i in range(combo.count())}
    assert {"La Réunion", "Allemagne", "Royaume-Uni", "Saint-Martin"} <= texts
    assert not any(re.fullmatch(r"[A-Z]{2}", t) for t in texts)  # no bare code
    # a Belgian mobile is refused as a French test number, accepted once the country is Belgique
    dialog.general_tab.test_number.setText("0470 12 34 56")
    assert dialog.general_tab.test_number_check.text().startswith("⚠")
    combo.setCurrentIndex(combo.findText("Belgique"))
    assert dialog.general_tab.test_number_check.text() == ""
    dialog.accept()
    assert Settings().get("region") == "BE" and Settings().get("test_number") == "0470 12 34 56"
    dialog2 = reopened(qtbot, services)
    assert dialog2.general_tab.region_combo.currentText() == "Belgique"


def test_an_unknown_stored_country_is_said_and_france_proposed(qtbot, services):
    services.settings.set("region", "fr")  # lower case: not the canonical code
    services.settings.save()
    dialog2 = reopened(qtbot, services)
    tab = dialog2.general_tab
    assert tab.region_combo.currentData() == "FR"
    assert "(« fr ») est inconnu" in tab.region_note.text() and tab.region_note.isVisibleTo(tab)


def test_the_tries_are_said_in_words_saved_and_read_back(qtbot, services):
    services.settings.set("retry_base_delay", 2.0)
    services.settings.set("retry_max_delay", 300.0)
    services.settings.save()
    dialog = reopened(qtbot, services)
    tab = dialog.sending_tab
    assert tab.longest_wait.text() == "5 min"
    assert tab.summary.text() == (
        "Nouvelles tentatives si le fournisseur ne répond pas : 4 fois, la première après 2 s, "
        "au plus toutes les 5 min."
    )
    tab.attempts.setValue(3)
    tab.first_wait.set_seconds(30)
    tab.longest_wait.set_seconds(7200)
    tab.poll.set_seconds(60)
    assert "2 fois, la première après 30 s, au plus toutes les 2 h." in tab.summary.text()
    dialog.accept()
    saved = Settings()
    assert saved.get("max_attempts") == 3
    assert saved.get("retry_base_delay") == 30.0 and saved.get("retry_max_delay") == 7200.0
    assert saved.get("report_poll_interval") == 60.0
    dialog2 = reopened(qtbot, services)
    tab = dialog2.sending_tab
    assert (tab.attempts.value(), tab.first_wait.text(), tab.longest_wait.text()) == (
        3,
        "30 s",
        "2 h",
    )
    assert tab.poll.text() == "1 min"
    tab.attempts.setValue(1)
    assert tab.summary.text().startswith("Le SMS n'est pas essayé de nouveau")


def test_values_the_fields_cannot_show_are_left_alone(qtbot, services):
    """The tests' quick sandbox retries after 0.01 s; the fields count whole seconds, and
    saving another tab must not round it to 1 s."""
    assert services.settings.get("retry_base_delay") == 0.01
    dialog = dialog_of(qtbot, services)
    dialog.general_tab.bookstore_name.setText("Librairie du Parc")
    dialog.accept()
    assert Settings().get("retry_base_delay") == 0.01


def test_the_reception_script_is_chosen_among_reception_scripts(qtbot, services, tmp_path):
    from ellipses_sms import paths

    own = paths.user_scripts_dir()
    own.mkdir(parents=True, exist_ok=True)
    shipped = (ROOT / "ellipses_sms" / "scripts" / "reception.sql").read_text(encoding="utf-8")
    (own / "reception_boutique.sql").write_text(
        shipped.replace("Réception des commandes (avis automatiques)", "Réceptions boutique"),
        encoding="utf-8",
    )
    dialog = dialog_of(qtbot, services)
    combo = dialog.notices_tab.script
    items = [combo.itemText(i) for i in range(combo.count())]
    assert combo.currentData() == "reception"
    assert "Réceptions boutique (de la librairie)" in items
    assert not any("Meilleurs clients" in i for i in items)  # a marketing script: not offered
    combo.setCurrentIndex(combo.findData("reception_boutique"))
    dialog.notices_tab.auto.setChecked(True)
    dialog.accept()
    assert Settings().get("notices_script") == "reception_boutique"
    dialog2 = reopened(qtbot, services)
    assert dialog2.notices_tab.script.currentData() == "reception_boutique"


# -- plain words, the screen, English -----------------------------------------------------------


def visible_texts(dialog: SettingsDialog) -> list[str]:
    """Every text a clerk can read in the dialog, on every tab, tooltips included."""
    texts = [dialog.windowTitle()]
    texts += [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    for widget in dialog.findChildren(QWidget):
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
    return [t for t in texts if t]


def test_no_setting_key_in_any_visible_text(qtbot, services, no_keyring):
    """No « allow_plain_secrets », « bookstore_url »… anywhere, the no-keyring case included
    (the sentence the services give the command line names the setting)."""
    dialog = dialog_of(qtbot, services)
    dialog.bookstore_tab.server.setChecked(True)
    texts = visible_texts(dialog)
    assert any("Sans trousseau" in t for t in texts)  # the plain-file choice is there, in words
    keys = [k for k in DECLARED if "_" in k]
    found = [(k, t) for t in texts for k in keys if k in t]
    assert not found, found
    box = dialog.providers_tab.plain_file_box
    assert "Seulement si ce poste n'a aucun trousseau" in box.toolTip()


def test_a_password_without_keyring_names_no_setting(qtbot, services, no_keyring):
    dialog = dialog_of(qtbot, services)
    tab = dialog.bookstore_tab
    tab.server.setChecked(True)
    tab.host_edit.setText("serveur")
    tab.base_edit.setText("ellipses")
    tab.user_edit.setText("caisse")
    tab.password_edit.setText("x")
    dialog.accept()
    assert dialog.result() == 0
    assert "cochez « Sans trousseau… »" in tab.result.text()
    assert "allow_plain_secrets" not in tab.result.text()


def test_every_tab_fits_a_1366x768_screen_with_a_taskbar(qtbot, services):
    dialog = dialog_of(qtbot, services)
    dialog.bookstore_tab.server.setChecked(True)
    for i in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(i)
        hint = dialog.minimumSizeHint()
        assert hint.height() <= 728 and hint.width() <= 1366, dialog.tabs.tabText(i)
    assert dialog.height() <= 728 and dialog.width() <= 1366


def test_no_settings_class_passes_a_few_hundred_lines():
    for name in SETTINGS_MODULES:
        tree = ast.parse((UI / name).read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            assert cls.end_lineno - cls.lineno < 420, (name, cls.name)


def _tr_sources() -> set[tuple[str, str]]:
    """(class, text) of every `self.tr("…")` in the settings modules, plus the translate calls."""
    found = set()
    for name in SETTINGS_MODULES:
        tree = ast.parse((UI / name).read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for call in (n for n in ast.walk(cls) if isinstance(n, ast.Call)):
                func = call.func
                is_tr = isinstance(func, ast.Attribute) and func.attr == "tr" and call.args
                if is_tr and isinstance(call.args[0], ast.Constant):
                    found.add((cls.name, call.args[0].value))
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            func = call.func
            if isinstance(func, ast.Attribute) and func.attr == "translate" and call.args:
                context, text = call.args[0], call.args[1]
                if isinstance(context, ast.Constant) and isinstance(text, ast.Constant):
                    found.add((context.value, text.value))
    return found


def test_english_is_complete_for_every_settings_tab():
    translated = {}
    for ts in (ROOT / "resources" / "translations").glob("*_en.ts"):
        for ctx in ET.parse(ts).getroot().iter("context"):
            for m in ctx.iter("message"):
                node = m.find("translation")
                finished = node is not None and node.get("type") is None
                text = "".join(node.itertext()) if node is not None else ""
                if finished and text.strip():
                    translated[(ctx.findtext("name"), m.findtext("source"))] = True
    missing = sorted(s for s in _tr_sources() if s not in translated)
    assert not missing, missing


def test_the_dialog_speaks_english(qtbot, services, tmp_path):
    from ellipses_sms.ui.i18n import install_translations

    app = QCoreApplication.instance()
    translators = install_translations(app, "en")
    try:
        dialog = dialog_of(qtbot, services)
        tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
        assert tabs == [
            "SMS providers",
            "General",
            "Sending",
            "Bookstore database",
            "Message store",
            "Arrival notices",
            "Marketing",
        ]
        combo = dialog.general_tab.region_combo
        assert [combo.itemText(i) for i in range(3)] == ["France", "Belgium", "Switzerland"]
        assert dialog.sending_tab.summary.text().startswith(
            "If the provider does not answer, try again 4 times"
        )
        tab = dialog.bookstore_tab
        tab.file.setChecked(True)
        tab.path_edit.setText(str(tmp_path / "none.sqlite3"))
        assert outcome(qtbot, tab).startswith("File not found:")
        shop = make_bookstore(tmp_path / "librairie.sqlite3")
        tab.path_edit.setText(str(shop))
        assert outcome(qtbot, tab) == "Connected: 4 customers (8 tables in the database)."
    finally:
        for t in translators:
            QCoreApplication.removeTranslator(t)
        QLocale.setDefault(QLocale("fr_FR"))


@pytest.mark.parametrize(
    "seconds, shown", [(2, "2 s"), (90, "90 s"), (300, "5 min"), (3600, "1 h")]
)
def test_durations_show_the_unit_that_says_them_exactly(qtbot, seconds, shown):
    from ellipses_sms.ui.settings_widgets import DurationEdit

    edit = DurationEdit(seconds, 1, 86_400)
    qtbot.addWidget(edit)
    assert edit.text() == shown and edit.seconds() == seconds
