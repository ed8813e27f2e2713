"""Each customer's own message in the window: the preview as the clerk types, the confirmation
with a real example (part breaks shown), « M'envoyer un test », the templates and their menu."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QMessageBox

from ellipses_sms import paths
from ellipses_sms.recipients import make

WAIT = 30_000
TEXT = "Bonjour {prenom}, votre livre {titre_ouvrage|commandé} est arrivé."


def received() -> dict[str, str]:
    path = paths.data_dir() / "sandbox.sqlite3"
    if not path.exists():
        return {}
    with sqlite3.connect(path) as conn:
        return dict(conn.execute("SELECT number, text FROM sbx_messages"))


def customers():
    return [
        make("Claire Dupond", "0612345678", prenom="Claire", titre_ouvrage="Le Petit Prince"),
        make("Paul Martin", "0781223344", prenom="Paul", titre_ouvrage="x" * 170),
        make("Sans Prénom", "0698765432", prenom="", titre_ouvrage="Dune"),
    ]


def composed(window) -> bool:
    c = window.preview.composition(
        window.editor.text(), window.model.recipients(), window.preview.provider()
    )
    return c is not None


def test_the_preview_shows_the_selected_customers_own_message(qtbot, window):
    window.model.add_recipients(customers())
    window.editor.set_text(TEXT)
    own = window.preview.own.text()
    assert "Claire Dupond" in own and "Bonjour Claire, votre livre Le Petit Prince" in own
    assert "{prenom}" not in own
    window.table.selectRow(2)
    assert "non envoyé" in window.preview.own.text()
    assert "valeur manquante : prenom" in window.preview.own.text()
    qtbot.waitUntil(lambda: composed(window), timeout=WAIT)
    totals = window.preview.totals.text()
    assert "jusqu'à 2 SMS (Paul Martin)" in totals  # Paul's long title makes his message 2 SMS
    assert "1 destinataire ne le recevra pas" in totals and "valeur manquante" in totals
    # the total counts each customer's own message, not the braces: 1 + 2, the refused one none
    assert window.editor.total.text().startswith("Total : 3 SMS")


def test_the_preview_names_an_unknown_placeholder_and_its_closest_field(qtbot, window):
    window.model.add_recipients(customers())
    window.editor.set_text("Bonjour {prenon}")
    qtbot.waitUntil(lambda: not window.preview.is_busy(), timeout=WAIT)
    assert window.preview.error() is not None
    assert "{prenon} inconnu" in window.preview.totals.text()
    assert "{prenom}" in window.preview.totals.text()


def test_a_stale_preview_is_never_used_for_the_send(qtbot, window):
    window.model.add_recipients(customers()[:1])
    window.editor.set_text("Bonjour {prenom}")
    qtbot.waitUntil(lambda: composed(window), timeout=WAIT)
    window.editor.set_text("Au revoir {prenom}")
    assert not composed(window)  # the old rendering is not this text's


def test_the_confirmation_shows_a_real_example_with_its_parts(qtbot, window, boxes):
    window.model.add_recipients(customers())
    window.editor.set_text(TEXT)
    window.table.selectRow(1)  # Paul: his message is the long one
    boxes.answer = QMessageBox.StandardButton.No
    window.send()
    qtbot.waitUntil(lambda: bool(boxes.confirmations), timeout=WAIT)
    dialog = boxes.confirmations[-1]
    text = dialog.plain_text()
    assert "Envoyer ce message à 2 destinataires ?" in text
    assert "3 SMS au total, coût estimé 0,21 €" in text
    assert "jusqu'à 2 SMS par message" in text
    assert "1 destinataire ne le recevra pas" in text
    assert [b.objectName() for b in dialog.phone.bubbles] == ["part1", "part2"]
    assert "".join(b.text() for b in dialog.phone.bubbles).startswith("Bonjour Paul")
    assert dialog.cancel_button.isDefault()  # the safe answer
    assert not window.is_sending() and received() == {}


def test_confirming_sends_each_customer_the_message_the_confirmation_showed(qtbot, window, boxes):
    window.model.add_recipients(customers())
    window.editor.set_text(TEXT)
    window.send()
    qtbot.waitUntil(lambda: not window.is_preparing() and not window.is_sending(), timeout=WAIT)
    got = received()
    assert got["+33612345678"] == "Bonjour Claire, votre livre Le Petit Prince est arrivé."
    assert got["+33781223344"].startswith("Bonjour Paul, votre livre xxx")
    assert "+33698765432" not in got


def test_send_me_a_test_texts_the_example_to_the_clerks_number(qtbot, window, services):
    from ellipses_sms.compose import for_send
    from ellipses_sms.ui.send_confirm import ConfirmSendDialog

    services.settings.set("test_number", "06 11 22 33 44")
    people = customers()[:1]
    c = for_send(people, TEXT, services.settings)
    dialog = ConfirmSendDialog(
        c,
        provider="Bac à sable",
        kind="notification",
        settings=services.settings,
        send_test=window.sending.send_test,
        parent=window,
    )
    qtbot.addWidget(dialog)
    assert dialog.test_button.isVisible() or not dialog.isVisible()
    dialog.send_test()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=WAIT)
    assert received() == {"+33611223344": "Bonjour Claire, votre livre Le Petit Prince est arrivé."}
    assert dialog.test_state.text().startswith("Envoi terminé")
    dialog.reject()


def test_a_list_with_a_message_column_can_be_sent_without_typing_a_text(qtbot, window, boxes):
    window.model.add_recipients(
        [
            make("Claire", "0612345678", message="Bonjour Claire, c'est prêt."),
            make("Paul", "0781223344", message="Paul : votre commande {numero}"),
        ]
    )
    assert window.send_bar.send_button.isEnabled()  # no text typed: each row has its own
    window.send()
    qtbot.waitUntil(lambda: not window.is_preparing() and not window.is_sending(), timeout=WAIT)
    got = received()
    assert got["+33612345678"] == "Bonjour Claire, c'est prêt."
    assert got["+33781223344"].startswith("Paul : votre commande +33")


# -- templates ------------------------------------------------------------------------------


def test_choosing_a_template_fills_the_message_and_its_type(qtbot, window, services):
    window.template_menu.refresh()  # what opening the menu does
    qtbot.waitUntil(lambda: len(window.template_menu.templates()) == 3, timeout=WAIT)
    news = next(t for t in window.template_menu.templates() if t.name == "Nouveautés")
    window.template_menu.templateChosen.emit(news)
    assert window.editor.text() == news.text
    assert window.kind() == "marketing"  # a marketing template makes the send « Publicité »


def test_a_template_replaces_or_inserts_at_the_cursor_as_the_clerk_chooses(
    qtbot, window, monkeypatch
):
    from ellipses_sms.template_store import SavedTemplate

    window.editor.set_text("Déjà écrit. ")
    t = SavedTemplate(0, "X", "Texte du modèle", "notification", None)
    chosen = {}

    def fake_exec(box):
        buttons = {b.text(): b for b in box.buttons()}
        chosen["box"] = box
        monkeypatch.setattr(box, "clickedButton", lambda: buttons[chosen["want"]])
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    chosen["want"] = "Insérer au curseur"
    window.editor.edit.moveCursor(window.editor.edit.textCursor().MoveOperation.End)
    window.use_template(t)
    assert window.editor.text() == "Déjà écrit. Texte du modèle"
    chosen["want"] = "Annuler"
    window.use_template(SavedTemplate(0, "Y", "Autre", "marketing", None))
    assert window.editor.text() == "Déjà écrit. Texte du modèle" and window.kind() == "notification"
    chosen["want"] = "Remplacer"
    window.use_template(SavedTemplate(0, "Y", "Autre", "marketing", None))
    assert window.editor.text() == "Autre" and window.kind() == "marketing"


def test_the_field_menu_offers_the_tables_columns_and_the_builtins(qtbot, window):
    window.model.add_recipients(customers()[:1])
    window.template_menu._fill()
    fields = window.template_menu.fields_menu
    names = [a.text() for a in fields.actions()]
    assert "{prenom}" in names and "{titre_ouvrage}" in names and "{librairie}" in names
    window.editor.set_text("Bonjour ")
    window.editor.edit.moveCursor(window.editor.edit.textCursor().MoveOperation.End)
    window.template_menu.fieldChosen.emit("{prenom}")
    assert window.editor.text() == "Bonjour {prenom}"


def test_the_templates_dialog_adds_edits_duplicates_and_deletes(qtbot, services, boxes):
    from ellipses_sms.ui.templates_dialog import TemplatesDialog

    used = []
    d = TemplatesDialog(services.templates, use=used.append)
    qtbot.addWidget(d)
    qtbot.waitUntil(lambda: d.listing.count() == 3, timeout=WAIT)
    d.new_template()
    d.name_edit.setText("Promo rentrée")
    d.kind_combo.setCurrentIndex(d.kind_combo.findData("marketing"))
    d.editor.set_text("-10 % pour {prenom|vous}")
    d.save()
    qtbot.waitUntil(lambda: d.listing.count() == 4, timeout=WAIT)
    assert services.templates.require("promo rentree").kind == "marketing"
    assert d.name_edit.text() == "Promo rentrée"
    # a malformed text is refused, in French, and nothing changes
    d.editor.set_text("-10 % pour {prenom")
    d.save()
    qtbot.waitUntil(lambda: bool(d.error.text()), timeout=WAIT)
    assert "jamais fermée" in d.error.text()
    assert services.templates.require("Promo rentrée").text == "-10 % pour {prenom|vous}"
    d.editor.set_text("-20 % pour {prenom|vous}")
    d.save()
    qtbot.waitUntil(lambda: not d.busy() and not d.error.text(), timeout=WAIT)
    assert services.templates.require("Promo rentrée").text == "-20 % pour {prenom|vous}"
    d.duplicate()
    qtbot.waitUntil(lambda: d.listing.count() == 5, timeout=WAIT)
    assert services.templates.get("Promo rentrée (copie)") is not None
    boxes.answer = QMessageBox.StandardButton.Yes
    d.delete()  # the copy, now selected
    qtbot.waitUntil(lambda: d.listing.count() == 4, timeout=WAIT)
    assert services.templates.get("Promo rentrée (copie)") is None
    d.use_current()
    assert [t.text for t in used] == [d.editor.text()]


def test_a_taken_name_is_said_in_the_dialog(qtbot, services, boxes):
    from ellipses_sms.ui.templates_dialog import TemplatesDialog

    d = TemplatesDialog(services.templates)
    qtbot.addWidget(d)
    qtbot.waitUntil(lambda: d.listing.count() == 3, timeout=WAIT)
    d.new_template()
    d.name_edit.setText("nouveautes")
    d.editor.set_text("Autre texte")
    d.save()
    qtbot.waitUntil(lambda: bool(d.error.text()), timeout=WAIT)
    assert "existe déjà" in d.error.text()


def test_english_translation_of_templates_and_confirmation(qtbot, services):
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QTranslator

    from ellipses_sms.compose import for_send
    from ellipses_sms.ui.send_confirm import ConfirmSendDialog
    from ellipses_sms.ui.templates_dialog import TemplatesDialog

    root = Path(__file__).parents[2]
    ts = root / "resources" / "translations" / "templates_en.ts"
    assert 'type="unfinished"' not in ts.read_text(encoding="utf-8")
    translator = QTranslator()
    assert translator.load(str(root / "ellipses_sms" / "ui" / "assets" / "templates_en.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        c = for_send(customers(), TEXT, services.settings)
        dialog = ConfirmSendDialog(
            c, provider="Sandbox", kind="marketing", settings=services.settings
        )
        qtbot.addWidget(dialog)
        text = dialog.plain_text()
        assert text.startswith("Send this message to 2 recipients?")
        assert "customers who answered STOP" in text and "SMS 1 / 2" not in text
        assert dialog.test_button.text() == "Send me a test"
        d = TemplatesDialog(services.templates)
        qtbot.addWidget(d)
        assert d.save_button.text() == "&Save" and d.windowTitle() == "Message templates"
        d.reject()
        dialog.reject()
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_confirmation_checks_the_credit_and_forbids_a_send_it_does_not_cover(
    qtbot, window, boxes, monkeypatch
):
    from ellipses_sms.gateway import sandbox

    monkeypatch.setattr(sandbox, "INITIAL_CREDIT", 2)  # the sandbox tells 2 SMS left
    window.model.add_recipients(customers())
    window.editor.set_text(TEXT)  # 3 SMS in all
    boxes.answer = QMessageBox.StandardButton.No
    window.send()
    qtbot.waitUntil(lambda: bool(boxes.confirmations), timeout=WAIT)
    dialog = boxes.confirmations[-1]
    qtbot.waitUntil(lambda: dialog.credit is not None, timeout=WAIT)
    assert dialog.credit.enough is False
    assert "Crédit insuffisant" in dialog.credit_state.text()
    assert not dialog.send_button.isEnabled()


def test_the_preview_applies_the_chosen_providers_longest_message(qtbot, window, memory_keyring):
    from ellipses_sms import providers

    providers.add(
        window.services.settings,
        "boutique",
        "kannel",
        {"url": "http://127.0.0.1:9/cgi-bin/sendsms", "username": "l", "max_parts": "2"},
        {"password": "s3cret"},
    )
    window.message.refresh_providers()
    window.message.provider_combo.setCurrentIndex(
        window.message.provider_combo.findData("boutique")
    )
    window.model.add_recipients(customers()[:2])
    window.editor.set_text(TEXT + " " + "y" * 200)  # Paul's message: 3 SMS, Claire's: 2
    qtbot.waitUntil(lambda: composed(window), timeout=WAIT)
    totals = window.preview.totals.text()
    assert "au plus 2 SMS par message avec « boutique »" in totals
    assert "1 destinataire ne le recevra pas" in totals and "Texte trop long" in totals
    window.message.provider_combo.setCurrentIndex(window.message.provider_combo.findData("sandbox"))
    qtbot.waitUntil(lambda: composed(window), timeout=WAIT)
    assert "ne le recevra pas" not in window.preview.totals.text()  # the sandbox has no limit


def test_a_composition_made_stale_by_a_key_stops_and_the_current_one_is_shown(
    qtbot, window, monkeypatch
):
    """The clerk types while the whole send is composed: the running composition is told to
    stop (over a big list it holds the interpreter the window needs), and the one shown at the
    end is the text's as typed last."""
    import threading

    from ellipses_sms import compose

    real = compose.for_send
    started, release, asked = threading.Event(), threading.Event(), []

    def slow_first(*args, cancelled=None, **kwargs):
        if cancelled is not None and not asked:  # the first whole send's waits for a key
            asked.append(cancelled)
            started.set()
            release.wait(WAIT / 1000)
            if cancelled():
                raise compose.templates.Cancelled
        return real(*args, cancelled=cancelled, **kwargs)

    monkeypatch.setattr(compose, "for_send", slow_first)
    window.model.add_recipients(customers())
    window.editor.set_text("Bonjour {prenom}")
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    assert not asked[0]()
    window.editor.set_text("Bonsoir {prenom}")  # a key while the first one runs
    assert asked[0]()  # told to stop at once, not when the clerk pauses
    release.set()
    qtbot.waitUntil(lambda: not window.preview.is_busy(), timeout=WAIT)
    shown = window.preview.composition(
        window.editor.text(), window.model.recipients(), window.preview.provider()
    )
    assert shown is not None and shown.texts[0] == "Bonsoir Claire"
