"""The settings dialog: providers list and editor, secrets never shown, test off the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox
from sqlalchemy.engine import make_url

from ellipses_sms import providers, secrets
from ellipses_sms.settings import Settings
from ellipses_sms.ui.settings_dialog import SettingsDialog
from tests.local_http import Answer, LocalServer

PASSWORD = "Tr3s-s3cret!"


@pytest.fixture
def kannel_like():
    release = threading.Event()

    def answer(seen):
        release.wait(5)  # the test decides when the « network » answers
        if seen.q("password") == PASSWORD:
            return Answer(400, "Missing receiver number, rejected")
        return Answer(403, "Authorization failed for sendsms")

    server = LocalServer(answer)
    server.release = release
    yield server
    release.set()
    server.close()


def configure(settings, url="http://127.0.0.1:13013/cgi-bin/sendsms"):
    return providers.add(
        settings,
        "boutique",
        "kannel",
        {"url": url, "username": "librairie", "sender": "LIBRAIRIE"},
        {"password": PASSWORD},
    )


def names(dialog) -> list[str]:
    return [
        dialog.providers_tab.provider_list.item(i).text()
        for i in range(dialog.providers_tab.provider_list.count())
    ]


def select(dialog, name: str) -> None:
    for i in range(dialog.providers_tab.provider_list.count()):
        item = dialog.providers_tab.provider_list.item(i)
        if item.text().split("\n")[0].split(" ")[0] == name:
            dialog.providers_tab.provider_list.setCurrentItem(item)
            return
    raise AssertionError(name)


def all_texts(dialog) -> str:
    texts = [w.text() for w in dialog.findChildren(QLineEdit)]
    texts += [w.placeholderText() for w in dialog.findChildren(QLineEdit)]
    texts += [w.text() for w in dialog.findChildren(QLabel)]
    return "\n".join(texts)


def test_lists_providers_and_never_shows_a_secret(qtbot, services, memory_keyring):
    configure(services.settings)
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    assert (
        names(dialog)[0].startswith("sandbox (par défaut)\n") and "Bac à sable" in names(dialog)[0]
    )
    assert names(dialog)[1].startswith("boutique\n") and "Kannel" in names(dialog)[1]
    select(dialog, "boutique")
    password = dialog.providers_tab.editor._inputs["password"]
    assert password.echoMode() == QLineEdit.EchoMode.Password
    assert password.text() == ""
    assert "enregistré" in password.placeholderText()
    assert (
        dialog.providers_tab.editor._inputs["url"].text()
        == "http://127.0.0.1:13013/cgi-bin/sendsms"
    )
    assert PASSWORD not in all_texts(dialog)
    assert "trousseau système" in dialog.providers_tab.keyring_label.text()
    assert not dialog.providers_tab.plain_file_box.isVisibleTo(dialog)


def test_add_a_provider_through_the_form(qtbot, services, memory_keyring):
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    dialog.providers_tab.add_button.click()
    dialog.providers_tab.editor.type_combo.setCurrentIndex(
        dialog.providers_tab.editor.type_combo.findData("kannel")
    )
    dialog.providers_tab.editor.name_edit.setText("kannel-boutique")
    dialog.providers_tab.editor._inputs["url"].setText("http://127.0.0.1:13013/cgi-bin/sendsms")
    dialog.providers_tab.editor._inputs["username"].setText("librairie")
    dialog.providers_tab.editor._inputs["sender"].setText("LIBRAIRIE")
    dialog.providers_tab.editor._inputs["password"].setText(PASSWORD)
    dialog.providers_tab.editor.save_button.click()
    assert dialog.providers_tab.editor.error.text() == ""
    info = providers.get(Settings(), "kannel-boutique")
    assert info.config["username"] == "librairie" and info.secrets == {"password": True}
    assert secrets.get_secret("kannel-boutique", "password") == PASSWORD
    assert any(n.startswith("kannel-boutique\n") for n in names(dialog))
    assert (
        dialog.providers_tab.editor._inputs["password"].text() == ""
    )  # the form was rebuilt, empty


def test_bad_sender_and_missing_fields_are_explained(qtbot, services, memory_keyring):
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    dialog.providers_tab.add_button.click()
    dialog.providers_tab.editor.type_combo.setCurrentIndex(
        dialog.providers_tab.editor.type_combo.findData("kannel")
    )
    dialog.providers_tab.editor.name_edit.setText("k")
    dialog.providers_tab.editor._inputs["sender"].setText("LIBRAIRIE DUPONT")
    assert "lettres sans accent" in dialog.providers_tab.editor.sender_check.text()
    dialog.providers_tab.editor._inputs["sender"].setText("LIBRAIRIEDUPONT")
    assert "trop long" in dialog.providers_tab.editor.sender_check.text()
    dialog.providers_tab.editor._inputs["username"].setText("")
    dialog.providers_tab.editor.save_button.click()
    error = dialog.providers_tab.editor.error.text()
    assert "trop long" in error and "obligatoire" in error
    assert not Settings().raw("providers")


def test_connection_test_runs_off_the_gui_thread(qtbot, services, memory_keyring, kannel_like):
    configure(services.settings, kannel_like.url + "/cgi-bin/sendsms")
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    select(dialog, "boutique")
    dialog.providers_tab.test_button.click()
    # the server has not answered yet, and the window is still ours
    assert "en cours" in dialog.providers_tab.test_result.text()
    assert not dialog.providers_tab.test_button.isEnabled()
    kannel_like.release.set()
    qtbot.waitUntil(
        lambda: "Connexion réussie" in dialog.providers_tab.test_result.text(), timeout=10_000
    )
    assert dialog.providers_tab.test_button.isEnabled()


def test_failed_test_says_why_without_the_password(qtbot, services, memory_keyring, kannel_like):
    configure(services.settings, kannel_like.url + "/cgi-bin/sendsms")
    secrets.set_secret("boutique", "password", "wrong-one!")
    kannel_like.release.set()
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    select(dialog, "boutique")
    dialog.providers_tab.test_button.click()
    qtbot.waitUntil(lambda: "Échec" in dialog.providers_tab.test_result.text(), timeout=10_000)
    assert "identifiants refusés" in dialog.providers_tab.test_result.text()
    assert "wrong-one!" not in dialog.providers_tab.test_result.text()


def test_default_and_remove(qtbot, services, memory_keyring, monkeypatch):
    configure(services.settings)
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    select(dialog, "boutique")
    dialog.providers_tab.default_button.click()
    assert Settings().get("default_provider") == "boutique"
    assert "(par défaut)" in names(dialog)[1]
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    select(dialog, "boutique")
    dialog.providers_tab.remove_button.click()
    # issue 17: the default provider is not removed (the sandbox would become the default
    # without a word); the dialog says why
    assert "fournisseur par défaut" in dialog.providers_tab.test_result.text()
    assert Settings().get("default_provider") == "boutique"
    select(dialog, "sandbox")
    dialog.providers_tab.default_button.click()
    select(dialog, "boutique")
    dialog.providers_tab.remove_button.click()
    assert len(names(dialog)) == 1
    assert Settings().get("default_provider") == "sandbox"
    assert secrets.get_secret("boutique", "password") is None


def test_no_keyring_is_said_plainly(qtbot, services, no_keyring):
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    assert "Aucun trousseau" in dialog.providers_tab.keyring_label.text()
    assert dialog.providers_tab.plain_file_box.isVisibleTo(dialog)
    dialog.providers_tab.plain_file_box.setChecked(True)
    assert Settings().get("allow_plain_secrets") is True
    assert "NON CHIFFRÉ" in dialog.providers_tab.keyring_label.text()


def test_general_tab_saves_language_price_and_sender(qtbot, services):
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    dialog.general_tab.language_combo.setCurrentIndex(
        dialog.general_tab.language_combo.findData("en")
    )
    dialog.general_tab.price_spin.setValue(0.055)
    dialog.general_tab.sender_default.setText("Librairie Dupont")  # a space: refused
    dialog.accept()
    assert dialog.result() == 0 and dialog.tabs.currentWidget() is dialog.general_tab
    assert "lettres sans accent" in dialog.general_tab.sender_default_check.text()
    dialog.general_tab.sender_default.setText("LIBDUPONT")
    dialog.accept()
    saved = Settings()
    assert saved.get("language") == "en"
    assert saved.get("price_per_part") == pytest.approx(0.055)
    assert saved.get("sender") == "LIBDUPONT"


def test_store_tab_tests_a_postgresql_server_and_keeps_the_password_in_the_keyring(
    qtbot, services, memory_keyring, postgres
):
    """« Base des messages »: a real PostgreSQL, tested off the GUI thread; the address is kept
    without its password, which goes to the keyring; a wrong address says why, in French."""
    from ellipses_sms.store.db import KEYRING_KEY, KEYRING_NAME

    url = postgres.new_database()
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    tab = dialog.store_tab
    assert tab.local.isChecked() and not tab.host_edit.isEnabled()
    tab.shared.setChecked(True)
    assert tab.host_edit.isEnabled() and tab.base_edit.isEnabled()
    parsed = make_url(url)  # typed in the fields, as an IT person reads them off the server
    tab.host_edit.setText(parsed.host)
    tab.port_spin.setValue(parsed.port or 0)
    tab.base_edit.setText(parsed.database)
    tab.user_edit.setText(parsed.username or "")
    tab.password_edit.setText("mot-de-passe-du-serveur")
    tab.test()
    qtbot.waitUntil(
        lambda: tab._pending is None and "Connexion" in tab.result.text(), timeout=10_000
    )
    assert "Connexion réussie" in tab.result.text() and "base vide" in tab.result.text()
    dialog.accept()
    assert make_url(services.settings.get("database_url")) == parsed.set(password=None)
    assert secrets.get_secret(KEYRING_NAME, KEYRING_KEY) == "mot-de-passe-du-serveur"
    assert "mot-de-passe-du-serveur" not in services.settings.path.read_text(encoding="utf-8")

    again = SettingsDialog(services)
    qtbot.addWidget(again)
    assert again.store_tab.host_edit.text() == parsed.host  # the fields, read back
    assert again.store_tab.base_edit.text() == parsed.database
    assert again.store_tab.password_edit.placeholderText() == "enregistré"
    # an address pasted whole into « Serveur » is split into the fields
    again.store_tab.host_edit.setText(f"postgresql://personne@127.0.0.1:{_closed_port()}/x")
    again.store_tab.host_edit.editingFinished.emit()
    assert again.store_tab.host_edit.text() == "127.0.0.1"
    assert (again.store_tab.user_edit.text(), again.store_tab.base_edit.text()) == ("personne", "x")
    again.store_tab.test()
    qtbot.waitUntil(lambda: again.store_tab._pending is None, timeout=15_000)
    assert "Connexion impossible" in again.store_tab.result.text()
    assert "mot-de-passe-du-serveur" not in again.store_tab.result.text()


def test_store_tab_keeps_an_addresss_options_and_says_what_is_missing(
    qtbot, services, memory_keyring
):
    services.settings.set(
        "database_url", "postgresql+psycopg://caisse@serveur-caisse:5433/ellipses?sslmode=require"
    )
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    tab = dialog.store_tab
    assert tab.shared.isChecked()
    assert (tab.host_edit.text(), tab.port_spin.value(), tab.base_edit.text()) == (
        "serveur-caisse",
        5433,
        "ellipses",
    )
    tab.user_edit.setText("poste2")
    assert tab.save() is None
    assert services.settings.get("database_url") == (
        "postgresql+psycopg://poste2@serveur-caisse:5433/ellipses?sslmode=require"
    )
    tab.base_edit.clear()
    assert tab.save() == "Saisissez le nom de la base."
    tab.host_edit.clear()
    tab.test()
    assert tab.result.text() == "Saisissez le nom ou l'adresse du serveur."
    tab.local.setChecked(True)
    assert tab.save() is None and services.settings.get("database_url") == ""


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_bookstore_name_for_its_placeholder_is_set_in_general(qtbot, services):
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    dialog.general_tab.bookstore_name.setText("  Librairie du Marché ")
    dialog.accept()
    assert services.settings.get("librairie") == "Librairie du Marché"


def test_the_connection_test_also_shows_the_credit(qtbot, services):
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    select(dialog, "sandbox")
    dialog.providers_tab.test_button.click()
    qtbot.waitUntil(
        lambda: "Crédit restant" in dialog.providers_tab.test_result.text(), timeout=10_000
    )
    assert (
        "100 000 SMS" in dialog.providers_tab.test_result.text()
    )  # the sandbox's credit, nothing used


def test_the_test_number_is_checked_and_kept(qtbot, services):
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    dialog.general_tab.test_number.setText("01 23 45 67 89")  # a landline: no SMS
    assert dialog.general_tab.test_number_check.text().startswith("⚠")
    dialog.accept()
    assert services.settings.get("test_number") == ""  # refused: nothing kept
    dialog.general_tab.test_number.setText("06 11 22 33 44")
    assert dialog.general_tab.test_number_check.text() == ""
    dialog.accept()
    assert services.settings.get("test_number") == "06 11 22 33 44"


def test_the_failover_provider_is_chosen_among_real_providers(qtbot, services, memory_keyring):
    configure(services.settings)
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    choices = [
        dialog.sending_tab.failover_combo.itemData(i)
        for i in range(dialog.sending_tab.failover_combo.count())
    ]
    assert choices == ["", "boutique"]  # never the sandbox: it sends no real SMS
    dialog.sending_tab.failover_combo.setCurrentIndex(1)
    dialog.accept()
    assert services.settings.get("failover_provider") == "boutique"


def test_adding_a_provider_fits_a_1366x768_screen_with_a_taskbar(qtbot, services):
    """Its fields scroll (the generic HTTP type has 15): the OK button stays on the screen."""
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    dialog.providers_tab._new_provider()
    for i in range(dialog.providers_tab.editor.type_combo.count()):
        dialog.providers_tab.editor.type_combo.setCurrentIndex(i)
        assert dialog.minimumSizeHint().height() <= 728, (
            dialog.providers_tab.editor.type_combo.currentText()
        )
        assert dialog.minimumSizeHint().width() <= 1366
