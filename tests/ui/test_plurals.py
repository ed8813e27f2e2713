"""Counts in the interface go through Qt's %n: the right plural in French and in English.

French is the source language; its plural forms come from `*_fr.ts` (0 and 1 take the
singular), the English ones from `*_en.ts`, both compiled into the package.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from ellipses_sms.recipients import make

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ellipses_sms" / "ui"
TS = ROOT / "resources" / "translations"


def counted_sources() -> set[tuple[str, str]]:
    """(context, source) of every `self.tr(TEXT, "", n)` whose TEXT holds %n, in ui/."""
    found = set()
    for path in UI.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for call in (n for n in ast.walk(cls) if isinstance(n, ast.Call)):
                func = call.func
                if not (isinstance(func, ast.Attribute) and func.attr == "tr"):
                    continue
                if len(call.args) == 3 and isinstance(call.args[0], ast.Constant):
                    text = call.args[0].value
                    if "%n" in text or "%Ln" in text:
                        found.add((cls.name, text))
    return found


def numerus_forms(language: str) -> dict[tuple[str, str], list[str]]:
    forms = {}
    for ts in TS.glob(f"*_{language}.ts"):
        for ctx in ET.parse(ts).getroot().iter("context"):
            for m in ctx.iter("message"):
                if m.get("numerus") == "yes":
                    key = (ctx.findtext("name"), m.findtext("source"))
                    forms[key] = [f.text or "" for f in m.iter("numerusform")]
    return forms


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_counted_sentence_has_its_two_plural_forms(language):
    sources = counted_sources()
    assert len(sources) >= 15  # the window, the message box, the history, the import
    forms = numerus_forms(language)
    missing = sorted(s for s in sources if s not in forms)
    assert not missing, f"add to resources/translations/*_{language}.ts: {missing}"
    for key in sources:
        one, many = forms[key]
        assert one.strip() and many.strip() and "%" in one and "%" in many, key


def test_the_window_counts_in_french(qtbot, window):
    from ellipses_sms.recipients import make

    assert window.recipients.count_label.text() == "0 destinataire"
    window.model.add_recipients([make("A", "0612000001")])
    assert window.recipients.count_label.text() == "1 destinataire"
    window.model.add_recipients([make("B", "0612000002")])
    assert window.recipients.count_label.text() == "2 destinataires"
    window.editor.set_text("é")
    assert "1 caractère ·" in window.editor.counter.text()
    assert "restent 159" in window.editor.counter.text()
    assert window.editor.total.text() == "Total : 2 SMS pour 2 destinataires"
    window.add_recipients([make("C", "0612000003"), make("A", "0612000001")], "Liste")
    assert window.statusBar().currentMessage() == "Liste : 1 ajouté, 1 déjà présent"


def test_thousands_in_the_locales_digits(qtbot, window):
    window.model.add_recipients(make(f"C{i}", f"06120{i:05d}") for i in range(1200))
    # French groups thousands with a narrow no-break space
    assert window.recipients.count_label.text() == "1\u202f200 destinataires"


def test_the_window_counts_in_english(qtbot, services, poller, boxes):
    from PySide6.QtCore import QLocale

    from ellipses_sms.ui.i18n import install_translations
    from ellipses_sms.ui.main_window import MainWindow

    app = QCoreApplication.instance()
    translators = install_translations(app, "en")
    try:
        w = MainWindow(services, poller, check_unfinished=False)
        qtbot.addWidget(w)
        assert w.recipients.count_label.text() == "0 recipients"
        w.model.add_recipients([make("A", "0612000001")])
        assert w.recipients.count_label.text() == "1 recipient"
        w.editor.set_text("ab")
        assert "2 characters ·" in w.editor.counter.text()
        assert w.editor.total.text().endswith("1 recipient")
        w.relay.close()
    finally:
        for t in translators:
            QCoreApplication.removeTranslator(t)
        QLocale.setDefault(QLocale("fr_FR"))


def test_history_counts_in_both_languages(qapp):
    from PySide6.QtCore import QLocale

    from ellipses_sms.ui.i18n import install_translations

    source = "%Ln message(s) exporté(s) dans %1"
    for language, one, many in (
        ("fr", "1 message exporté dans %1", "3 messages exportés dans %1"),
        ("en", "1 message exported to %1", "3 messages exported to %1"),
    ):
        translators = install_translations(qapp, language)
        try:
            assert QCoreApplication.translate("HistoryDialog", source, "", 1) == one
            assert QCoreApplication.translate("HistoryDialog", source, "", 3) == many
        finally:
            for t in translators:
                QCoreApplication.removeTranslator(t)
    QLocale.setDefault(QLocale("fr_FR"))
