"""The import dialog: scripts, description, parameter form, run off the GUI thread, cancel."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDoubleSpinBox, QLineEdit, QSpinBox

from ellipses_sms import paths
from ellipses_sms.ui.import_dialog import ImportDialog
from tests.bookstore_data import demo_db, demo_master, sha256

__all__ = ["demo_db", "demo_master"]  # fixtures used below


@pytest.fixture
def dialog_for(qtbot, services, demo_db):
    services.settings.set("bookstore_url", f"sqlite:///{demo_db}")
    made = []

    def make(has_rows: bool = False) -> ImportDialog:
        dialog = ImportDialog(services, has_rows)
        qtbot.addWidget(dialog)
        made.append(dialog)
        return dialog

    yield make
    for d in made:
        d.cancel()


def wait_idle(qtbot, dialog, timeout=15000):
    qtbot.waitUntil(lambda: not dialog.running(), timeout=timeout)


def names(dialog) -> list[str]:
    return [dialog.script_list.item(i).text() for i in range(dialog.script_list.count())]


def test_selecting_a_script_shows_its_description_and_form(dialog_for):
    dialog = dialog_for()
    assert dialog.script_list.count() >= 6
    assert "Commandes reçues non retirées (alerte réception)" in names(dialog)
    dialog.select("commandes_recues")
    assert dialog.title_label.text() == "Commandes reçues non retirées (alerte réception)"
    assert "Alertes SMS (réception)" in dialog.description_label.text()
    assert "Notification" in dialog.kind_label.text()
    since = dialog.input("depuis")
    assert isinstance(since, QDateEdit)
    assert since.date().toPython() == date.today() - timedelta(days=30)

    dialog.select("meilleurs_clients")
    assert "News par SMS" in dialog.kind_label.text()
    assert isinstance(dialog.input("montant"), QSpinBox)
    assert dialog.input("montant").value() == 200
    with pytest.raises(KeyError):
        dialog.input("depuis_longtemps")
    dialog.select("clients_categorie")
    combo = dialog.input("categorie")
    assert isinstance(combo, QComboBox) and combo.currentText() == "Jeunesse"
    assert [combo.itemText(i) for i in range(4)] == ["Jeunesse", "BD", "Policier", "Scolaire"]
    dialog.select("clients_auteur_editeur")
    assert isinstance(dialog.input("recherche"), QLineEdit)
    assert not dialog.mode_box.isVisibleTo(dialog)  # the table is empty: nothing to choose


def test_preview_then_run_returns_recipients(qtbot, dialog_for, demo_db):
    before = sha256(demo_db)
    dialog = dialog_for()
    dialog.select("clients_categorie")
    dialog.input("categorie").setCurrentText("BD")
    dialog.preview_button.click()
    assert dialog.running() and dialog.cancel_button.isEnabled()
    assert not dialog.run_button.isEnabled()
    wait_idle(qtbot, dialog)
    assert "destinataire(s)" in dialog.status_label.text()
    assert dialog.preview_table.rowCount() > 0
    headers = [
        dialog.preview_table.horizontalHeaderItem(c).text()
        for c in range(dialog.preview_table.columnCount())
    ]
    assert headers[:2] == ["nom", "numero"] and "categorie" in headers
    assert dialog.preview_table.item(0, headers.index("categorie")).text() == "BD"
    assert dialog.tabs.tabText(1).startswith("Lignes refusées (")

    with qtbot.waitSignal(dialog.accepted, timeout=15000):
        dialog.run_button.click()
    people = dialog.result_recipients()
    assert people and all(p.valid and p.fields["categorie"] == "BD" for p in people)
    assert dialog.mode() == "append"
    assert dialog.kind() == "marketing"
    report = dialog.refused_report()
    assert report.startswith("« Clients d'une catégorie » :") and "ligne " in report
    assert sha256(demo_db) == before


def test_parameters_reach_the_query(qtbot, dialog_for, demo_db):
    dialog = dialog_for()
    dialog.select("clients_news_sms")
    dialog.input("ville").setText("Givors")
    with qtbot.waitSignal(dialog.accepted, timeout=15000):
        dialog.execute()
    towns = {p.fields["ville"] for p in dialog.result_recipients()}
    assert towns == {"Givors"}

    later = dialog_for()
    later.select("commandes_recues")
    tomorrow = date.today() + timedelta(days=1)
    later.input("depuis").setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    later.execute()
    wait_idle(qtbot, later)
    assert later.result() == 0 and later.result_recipients() == []
    assert "Aucun destinataire" in later.status_label.text()


def test_replace_or_append_when_the_table_has_rows(qtbot, dialog_for):
    dialog = dialog_for(has_rows=True)
    assert dialog.mode_box.isVisibleTo(dialog)
    assert dialog.mode() == "append"
    dialog.replace_radio.setChecked(True)
    assert dialog.mode() == "replace"
    dialog.select("clients_alerte_reception")
    with qtbot.waitSignal(dialog.accepted, timeout=15000):
        dialog.execute()
    assert dialog.mode() == "replace" and len(dialog.result_recipients()) > 500


def test_broken_user_script_is_shown_with_its_error(qtbot, dialog_for):
    folder = paths.user_scripts_dir()
    (folder / "ma_requete.sql").write_text(
        "-- name: Ma requête\n-- description: cassée\nSELECT nom, portable AS numero\n"
        "FROM clients;\nDELETE FROM clients\n",
        encoding="utf-8",
    )
    (folder / "mes_fideles.sql").write_text(
        "-- name: Mes fidèles\n-- description: Les clients de Bron.\n"
        '-- param: plafond number 12.5 "Plafond"\n'
        "SELECT nom, portable AS numero FROM clients WHERE ville = 'Bron' AND :plafond > 0\n",
        encoding="utf-8",
    )
    dialog = dialog_for()
    listed = names(dialog)
    assert "⚠ Ma requête (erreur)" in listed
    assert "Mes fidèles (librairie)" in listed
    assert "Clients acceptant les News par SMS" in listed  # the others are all there
    dialog.select("ma_requete")
    assert dialog.error_label.isVisibleTo(dialog)
    assert dialog.error_label.text().startswith("ma_requete.sql, ligne 5 : une seule requête")
    assert not dialog.run_button.isEnabled() and not dialog.preview_button.isEnabled()
    dialog.select("mes_fideles")
    assert isinstance(dialog.input("plafond"), QDoubleSpinBox)
    assert dialog.input("plafond").value() == 12.5
    assert dialog.run_button.isEnabled()


def test_database_error_is_said_in_french_with_the_line(qtbot, dialog_for):
    (paths.user_scripts_dir() / "faute.sql").write_text(
        "-- name: Faute\nSELECT nom,\n  portabl AS numero\nFROM clients\n", encoding="utf-8"
    )
    dialog = dialog_for()
    dialog.select("faute")
    dialog.execute()
    wait_idle(qtbot, dialog)
    assert dialog.result() == 0
    assert dialog.status_label.text() == (
        "Erreur : faute.sql, ligne 3 : la base a refusé la requête : no such column: portabl"
    )


def test_a_long_query_can_be_cancelled(qtbot, dialog_for, demo_db):
    (paths.user_scripts_dir() / "lent.sql").write_text(
        "-- name: Très lent\nWITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
        "WHERE i < 10000000000)\nSELECT 'x' AS nom, count(*) AS numero FROM n\n",
        encoding="utf-8",
    )
    dialog = dialog_for()
    dialog.select("lent")
    dialog.execute()
    assert dialog.running() and dialog.progress.isVisibleTo(dialog)
    assert not dialog.script_list.isEnabled()
    dialog.cancel_button.click()
    wait_idle(qtbot, dialog)
    assert dialog.status_label.text() == "Requête annulée : rien n'a été importé."
    assert dialog.result() == 0 and dialog.result_recipients() == []
    assert dialog.run_button.isEnabled() and not dialog.progress.isVisibleTo(dialog)


def test_user_folder_is_shown_and_opened(dialog_for, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url)))
    dialog = dialog_for()
    folder = paths.user_scripts_dir()
    assert str(folder) in dialog.folder_label.text()
    dialog.open_folder_button.click()
    assert [u.toLocalFile() for u in opened] == [str(folder)]


def test_reload_picks_up_a_new_script(dialog_for):
    dialog = dialog_for()
    count = dialog.script_list.count()
    (paths.user_scripts_dir() / "nouveau.sql").write_text(
        "-- name: Nouveau\nSELECT nom, portable AS numero FROM clients\n", encoding="utf-8"
    )
    dialog.reload_button.click()
    assert dialog.script_list.count() == count + 1


def test_demo_database_is_used_when_no_url_is_set(qtbot, services):
    from ellipses_sms import bookstore

    assert services.settings.get("bookstore_url") == ""
    dialog = ImportDialog(services, False)
    qtbot.addWidget(dialog)
    assert "base de démonstration" in dialog.database_label.text()
    dialog.select("clients_alerte_reception")
    with qtbot.waitSignal(dialog.accepted, timeout=30000):
        dialog.execute()
    assert bookstore.demo_path().is_file()
    conn = sqlite3.connect(bookstore.demo_path())
    (alerts,) = conn.execute("SELECT sum(alerte_sms_reception) FROM clients").fetchone()
    conn.close()
    assert 0 < len(dialog.result_recipients()) <= alerts


def test_closing_while_running_cancels_the_query(qtbot, dialog_for):
    (paths.user_scripts_dir() / "lent.sql").write_text(
        "-- name: Très lent\nWITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
        "WHERE i < 10000000000)\nSELECT 'x' AS nom, count(*) AS numero FROM n\n",
        encoding="utf-8",
    )
    dialog = dialog_for()
    dialog.select("lent")
    dialog.execute()
    token = dialog._token
    assert token is not None
    dialog.reject()
    assert token.cancelled and not dialog.running()
    threads = [t for t in threading.enumerate() if t.name == "import-script"]
    for t in threads:
        t.join(10)
    assert not any(t.is_alive() for t in threads)


def test_english_translation_is_complete_and_loads(qtbot, dialog_for, tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QTranslator

    ts = Path(__file__).parents[2] / "resources" / "translations" / "import_en.ts"
    text = ts.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text and "<translation></translation>" not in text
    qm = tmp_path / "import_en.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        dialog = dialog_for(has_rows=True)
        assert dialog.windowTitle() == "Import from the bookstore database"
        assert dialog.run_button.text() == "Run"
        assert dialog.replace_radio.text() == "Replace the current recipients"
        dialog.select("clients_news_sms")
        assert dialog.kind_label.text().startswith("Marketing: only the customers")
    finally:
        QCoreApplication.removeTranslator(translator)


def test_main_window_imports_through_the_dialog(
    qtbot, window, services, demo_db, monkeypatch, boxes
):
    """The wiring already in the main window: append or replace, then the refused-rows report."""
    from PySide6.QtWidgets import QDialog

    services.settings.set("bookstore_url", f"sqlite:///{demo_db}")
    choices = iter([("clients_alerte_reception", False), ("commandes_recues", True)])
    returned: list[int] = []

    def run_in_dialog(self):
        ident, replace = next(choices)
        self.select(ident)
        self.replace_radio.setChecked(replace)
        with qtbot.waitSignal(self.accepted, timeout=15000):
            self.execute()
        returned.append(len(self.result_recipients()))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", run_in_dialog)
    assert window.available.get("import")
    window.import_recipients()
    first = window.model.rowCount()
    assert first == returned[0] > 500
    assert any("non importée(s)" in text for text in boxes.texts("information"))
    window.import_recipients()  # the table has rows: this one replaces them
    assert window.model.rowCount() == returned[1] < first
    assert all(r.fields.get("titre_ouvrage") for r in window.model.recipients())
