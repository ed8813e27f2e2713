"""The import dialog on the real demo bookstore database, its query running off the GUI thread."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QComboBox, QDateEdit, QDoubleSpinBox, QLineEdit, QSpinBox

from ellipses_sms.ui.import_dialog import ImportDialog
from tests import import_fixtures as fx

demo_db = fx.demo_db  # shared fixture

LONG = (
    "-- name: Très longue requête\n"
    "-- description: compte jusqu'à deux milliards\n"
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000000000)\n"
    "SELECT 'x' AS nom, '0612345678' AS numero FROM n WHERE i < 0\n"
)


@pytest.fixture
def dialog(qtbot, services, demo_db, home):
    services.settings.set("bookstore_url", str(demo_db))
    folder = home / "data" / "scripts"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "casse.sql").write_text("-- name: Script cassé\nDELETE FROM clients", "utf-8")
    (folder / "long.sql").write_text(LONG, "utf-8")

    def make(has_rows: bool = True) -> ImportDialog:
        d = ImportDialog(services, has_rows)
        qtbot.addWidget(d)
        return d

    return make


def wait_idle(qtbot, d: ImportDialog) -> None:
    qtbot.waitUntil(lambda: not d.busy() and d.run_button.isEnabled(), timeout=20_000)


def test_lists_scripts_with_description_and_broken_ones(dialog):
    d = dialog()
    names = [d.script_list.item(i).text() for i in range(d.script_list.count())]
    assert "Clients acceptant les news SMS" in names
    assert "Script cassé (librairie)" in names
    d.select_script("news_sms")
    assert "Recevoir les News par SMS" in d.description_label.text()
    assert "Marketing" in d.kind_label.text()
    d.select_script("casse")
    assert "casse.sql, ligne 2" in d.description_label.text()
    assert not d.run_button.isEnabled() and not d.preview_button.isEnabled()
    assert "Vos scripts" in d.folder_label.text() and "scripts" in d.folder_label.text()


def test_form_is_built_from_the_parameters(dialog):
    d = dialog()
    d.select_script("clients_categorie")
    combo = d.param_widget("categorie")
    assert isinstance(combo, QComboBox) and combo.currentText() == "Jeunesse"
    assert combo.count() >= 10
    assert isinstance(d.param_widget("depuis"), QDateEdit)
    d.select_script("meilleurs_clients")
    assert isinstance(d.param_widget("ca_min"), QDoubleSpinBox)
    assert d.param_widget("ca_min").value() == 150.0
    d.select_script("clients_inactifs")
    assert isinstance(d.param_widget("mois"), QSpinBox)
    d.select_script("auteur_editeur")
    line = d.param_widget("recherche")
    assert isinstance(line, QLineEdit) and line.text() == "Vargas"
    d.select_script("commandes_recues")
    assert d.values()["depuis"] < date.today()


def test_preview_counts_and_shows_first_rows(qtbot, dialog):
    d = dialog()
    d.select_script("news_sms")
    d.preview_button.click()
    assert d.cancel_button.isEnabled()  # busy while the worker runs
    wait_idle(qtbot, d)
    assert "client(s) trouvé(s)" in d.status_label.text()
    assert d.preview_table.rowCount() == 20
    assert d.preview_table.horizontalHeaderItem(0).text() == "nom"
    assert not d.import_button.isEnabled()  # a preview imports nothing


def test_run_then_import_with_refused_rows_reported(qtbot, dialog):
    d = dialog(has_rows=True)
    d.select_script("news_sms")
    d.param_widget("ville").setText("Lyon")
    d.run_button.click()
    wait_idle(qtbot, d)
    people = d.result_recipients()
    assert people and all(p.valid and p.fields["ville"] == "Lyon" for p in people)
    assert d.import_button.isEnabled() and str(len(people)) in d.import_button.text()
    assert d.refused_report() and "ligne" in d.refused_report()
    assert d.refused_view.isVisible() or not d.isVisible()
    assert d.mode_box.isVisibleTo(d)
    d.replace_radio.setChecked(True)
    d.import_button.click()
    assert d.result() == d.DialogCode.Accepted
    assert d.mode() == "replace"


def test_no_choice_when_the_table_is_empty(dialog):
    d = dialog(has_rows=False)
    assert not d.mode_box.isVisibleTo(d)
    assert d.mode() == "append"
    assert d.result_recipients() == [] and d.refused_report() == ""


def test_a_wrong_value_or_database_error_is_a_french_message(qtbot, dialog, services, tmp_path):
    services.settings.set("bookstore_url", str(tmp_path / "absente.sqlite3"))
    d = dialog()
    d.select_script("news_sms")
    d.run_button.click()
    wait_idle(qtbot, d)
    assert "introuvable" in d.status_label.text()
    assert d.result_recipients() == [] and not d.import_button.isEnabled()


def test_a_long_query_can_be_cancelled(qtbot, dialog):
    d = dialog()
    d.select_script("long")
    d.run_button.click()
    qtbot.waitUntil(lambda: d.cancel_button.isEnabled(), timeout=5_000)
    qtbot.wait(200)
    d.cancel_button.click()
    wait_idle(qtbot, d)
    assert d.status_label.text() == "Recherche annulée."
    assert d.result_recipients() == []


def test_english_translation_is_complete():
    import re
    import xml.etree.ElementTree as ET
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    ts = ET.parse(root / "resources" / "translations" / "import_en.ts")
    messages = {m.findtext("source"): m.find("translation") for m in ts.iter("message")}
    code = (root / "ellipses_sms" / "ui" / "import_dialog.py").read_text(encoding="utf-8")
    used = set(re.findall(r'self\.tr\(\s*"((?:[^"\\]|\\.)*)"', code))
    # a string split over two literals is found by its first part
    missing = {u for u in used if not any(m.startswith(u) for m in messages)}
    assert not missing, missing
    for source, translation in messages.items():
        assert translation.get("type") is None and translation.text, source


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [
        ("fr", "Importer 1 destinataire", "Importer 3 destinataires"),
        ("en", "Import 1 recipient", "Import 3 recipients"),
    ],
)
def test_counts_take_the_plural_of_the_language(qtbot, language, one, many):
    """Qt's %n plural forms, from the `.qm` files inside the package (French ones too)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from ellipses_sms.ui.i18n import install_translations

    app = QApplication.instance()
    translators = install_translations(app, language)
    try:

        def tr(n: int) -> str:
            return QCoreApplication.translate("ImportDialog", "Importer %n destinataire(s)", "", n)

        assert (tr(1), tr(3)) == (one, many)
        found = QCoreApplication.translate(
            "ImportDialog", "%n client(s) trouvé(s) ; les {shown} premiers ci-dessous.", "", 0
        )
        assert found.startswith("0 client trouvé" if language == "fr" else "0 customers found")
    finally:
        for t in translators:
            app.removeTranslator(t)
