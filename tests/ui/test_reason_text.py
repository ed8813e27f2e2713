"""The services' reasons in the window's language: every code in English, French as it was."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from ellipses_sms import reasons
from ellipses_sms.reasons import FRENCH, Reason
from ellipses_sms.recipients import make
from ellipses_sms.sending.events import JobSummary
from ellipses_sms.states import JobState, MessageState
from ellipses_sms.ui.reason_text import PLURALS, SOURCES, reason_text
from tests.test_reasons import sample

WAIT = 30_000
TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "reasons_en.ts"


@pytest.fixture
def english(qapp):
    from ellipses_sms.ui.i18n import install_translations

    translators = install_translations(qapp, "en")
    yield
    for t in translators:
        QCoreApplication.removeTranslator(t)
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))


def test_every_code_has_its_sentence_in_the_window_and_in_english():
    """The codes list walked: each has a sentence here, its French is the service's own (the
    same words, the values in the same places), and `reasons_en.ts` gives its English."""
    root = ET.parse(TS).getroot()
    english = {m.findtext("source"): m.find("translation") for m in root.iter("message")}
    for code in reasons.CODES:
        assert code in SOURCES or code in PLURALS, f"{code}: no sentence in ui/reason_text.py"
        if code not in SOURCES:
            continue
        source, names = SOURCES[code]
        places = {name: f"%{i}" for i, name in enumerate(names, 1)}
        qt_french = reasons._FIELD.sub(
            lambda m, places=places: places.get(m.group(1), m.group(0)[0]), FRENCH[code]
        )
        assert qt_french == source, code
        node = english.get(source)
        assert node is not None and node.get("type") != "unfinished", f"{code}: not in {TS.name}"
        assert (node.text or "").strip() and node.text != source, code
    for node in english.values():
        assert node.get("type") != "unfinished"
        forms = [f.text for f in node.iter("numerusform")] or [node.text]
        assert all((f or "").strip() for f in forms)


@pytest.mark.parametrize("code", [c for c in reasons.CODES if c not in reasons.COMPOSED])
def test_every_code_reads_in_english_even_back_from_the_store(english, code):
    made = Reason(code, **sample(code))
    shown = reason_text(made)
    assert shown != str(made)
    assert not re.search(r"%\d|%n|«|»", shown), shown  # filled, and English quotes
    assert reason_text(str(made)) == shown  # journaled as text, translated all the same


def test_without_a_translation_the_services_french_is_shown(qapp):
    at = Reason("held_some", held=1, total=5, when="lundi 7 décembre à 08:00")
    assert reason_text(at) == str(at)  # « 1 message sur 5 programmé », agreement included
    summary = JobSummary(1, JobState.SUBMITTED, 2, {MessageState.SENT: 2}).sentence()
    assert reason_text(summary) == "Envoi terminé : 2 envoyés"
    assert reason_text("Un mot du fournisseur") == "Un mot du fournisseur"


def test_counts_and_dates_in_english(english):
    assert reason_text(Reason("failed_after", attempts=1, reason=FRENCH["duplicate"])) == (
        "Failed after 1 attempt: Duplicate: already in this send"
    )
    at = datetime(2026, 12, 7, 8, 0)
    held = reason_text(Reason("held_some", held=1, total=5, when="lundi 7 décembre à 08:00", at=at))
    assert held.startswith("1 message of 5 scheduled, the first for Monday, December 7, 2026")
    counts = {MessageState.DELIVERED: 1, MessageState.BLOCKED: 2, MessageState.UNCERTAIN: 1}
    summary = JobSummary(1, JobState.INTERRUPTED, 4, counts, reasons.FRENCH["interrupted"])
    assert reason_text(summary.sentence()) == (
        "Send interrupted: 1 sent, 2 failed, 1 uncertain"
        " (the send was interrupted (program stopped or power cut))"
    )
    assert reason_text(Reason("retry_at", when="15:40")) == (
        "Next attempt at 3:40\u202fPM; the send will resume then."
    )


def test_a_refused_recipient_the_preview_and_the_end_notice_in_english(
    qtbot, services, poller, boxes, english
):
    from ellipses_sms.ui.main_window import MainWindow

    w = MainWindow(services, poller, check_unfinished=False)
    qtbot.addWidget(w)
    w.show()
    try:
        w.model.add_recipients(
            [
                make("Claire", "0612345678", prenom="Claire"),
                make("Sans Prénom", "0698765432", prenom=""),
            ]
        )
        w.editor.set_text("Bonjour {prenom}, votre livre est arrivé.")
        w.table.selectRow(1)
        assert "missing value: prenom" in w.preview.own.text()
        qtbot.waitUntil(
            lambda: "missing value: prenom (1)" in w.preview.totals.text(), timeout=WAIT
        )
        w.send()
        qtbot.waitUntil(lambda: not w.is_preparing(), timeout=WAIT)
        qtbot.waitUntil(lambda: not w.is_sending(), timeout=WAIT)
        dialog = boxes.confirmations[-1]
        assert "1 recipient will not receive it: missing value: prenom (1)" in dialog.plain_text()
        listing = dialog.findChild(QPlainTextEdit, "refusedList").toPlainText()
        assert listing.startswith("Sans Prénom (") and listing.endswith("): missing value: prenom")
        refused = w.model.status_text(1)
        assert refused.endswith(": missing value: prenom") and "valeur" not in refused
        notice = boxes.texts("information")[-1]
        assert notice.startswith("Send finished: 1 sent, 1 failed"), notice
        assert w.send_bar.send_state.text() == notice
    finally:
        w.relay.close()
        QApplication.processEvents()


def test_the_credit_and_a_template_error_in_english(english, services):
    from ellipses_sms import providers, templates

    check = providers.credit_check(services.gateways, "sandbox", 3, price_per_part=0.07)
    assert check.sentence.startswith("Crédit suffisant chez « sandbox »")
    assert (
        reason_text(check.sentence)
        == "Enough credit with “sandbox”: 100,000 SMS left, 3 SMS needed for 3 SMS."
    )
    with pytest.raises(templates.TemplateError) as raised:
        templates.render_all("Bonjour {prenon} {", [make("Léa", "0612345678", prenom="Léa")])
    shown = reason_text(str(raised.value))
    assert shown.startswith("brace “{” opened at character 18 and never closed"), shown
    with pytest.raises(templates.UnknownPlaceholder) as raised:
        templates.render_all("Bonjour {prenon}", [make("Léa", "0612345678", prenom="Léa")])
    assert reason_text(str(raised.value)) == "{prenon} unknown; did you mean {prenom}?"


def test_the_demo_providers_own_words_in_english(english):
    """The sandbox (the demo every new install sends with) says why in fixed sentences."""
    from ellipses_sms.gateway import sandbox

    said = [why for _, _, why in sandbox._REPORTS.values() if why]
    for why in said:
        assert reason_text(why) != why and "é" not in reason_text(why), why
    after = Reason("failed_after", attempts=3, reason="Réseau de l'opérateur saturé")
    assert reason_text(after) == "Failed after 3 attempts: The carrier's network is busy"


def test_the_sender_rule_in_english(english):
    from ellipses_sms.providers import check_sender

    assert reason_text(check_sender("Librairie é")) == (
        "sender name: only unaccented letters and digits (the space “é” refused)"
    )
    assert reason_text(check_sender("LibrairieDesArts")) == (
        "sender name too long: 11 letters or digits at most (“LibrairieDesArts” has 16)"
    )


def test_the_sender_rule_in_french_agrees(qapp):
    from ellipses_sms.providers import check_sender

    assert reason_text(check_sender("Librairie é")) == (
        "nom d'expéditeur : seulement des lettres sans accent et des chiffres"
        " (l'espace « é » refusés)"
    )
