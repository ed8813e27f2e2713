"""« Lignes non importées »: scrolls, copies, saves, fits 1366×768, after a list or an import."""

from __future__ import annotations

import importlib.machinery
import subprocess
import sys
import types
from pathlib import Path

from PySide6.QtCore import QLocale, QRect, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ellipses_sms import listfiles
from ellipses_sms.recipients import make
from ellipses_sms.ui import report_dialog
from ellipses_sms.ui.report_dialog import ReportDialog

#: 1366×768 with a 40-pixel Windows taskbar: what the clerk's screen leaves free.
SMALL_SCREEN = QRect(0, 0, 1366, 728)


def big_report(lines: int = 30_000) -> str:
    # the lines `scripts.runner.ImportResult.report` writes, one per refused customer
    return "\n".join(
        f"ligne {i} : Client {i} — « 01 23 45 67 89 » : numéro fixe" for i in range(lines)
    )


def test_a_big_report_scrolls_inside_a_dialog_that_fits_the_screen(qtbot, monkeypatch):
    monkeypatch.setattr(report_dialog, "free_area", lambda _w: SMALL_SCREEN)
    text = big_report()
    dialog = ReportDialog(text, source="import")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    frame = dialog.frameGeometry()
    assert frame.width() <= SMALL_SCREEN.width() and frame.height() <= SMALL_SCREEN.height()
    assert dialog.maximumHeight() <= SMALL_SCREEN.height()  # however long the text
    assert dialog.text.verticalScrollBar().maximum() > 0  # the rows scroll inside
    assert dialog.text.toPlainText() == text and dialog.text.isReadOnly()
    for button in (dialog.copy_button, dialog.save_button):
        assert dialog.rect().contains(button.geometry().translated(button.parentWidget().pos()))
    assert not dialog.count_label.isHidden()
    assert QLocale().toString(30_000) in dialog.count_label.text()  # « 30 000 » in French
    assert "logiciel de la librairie" in dialog.findChildren(type(dialog.count_label))[0].text()


def test_copy_and_save(qtbot, tmp_path, monkeypatch):
    text = "Liste : 1 destinataire(s)\nligne 17 : numéro fixe\nligne 40 : numéro manquant"
    dialog = ReportDialog(text)
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == text
    target = tmp_path / "compte-rendu"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    dialog.save_button.click()
    saved = target.with_suffix(".txt")
    assert saved.read_bytes().decode("utf-8-sig") == text.replace("\n", "\r\n")  # Notepad's


def test_a_failed_save_says_why_in_french_and_keeps_the_report(qtbot, tmp_path, monkeypatch):
    dialog = ReportDialog("ligne 3 : numéro fixe")
    qtbot.addWidget(dialog)
    missing = tmp_path / "absent" / "compte-rendu.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(missing), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text: told.append(text))
    assert dialog.save() is None
    assert told and "Dossier introuvable" in told[0]
    assert dialog.text.toPlainText() == "ligne 3 : numéro fixe"  # nothing lost: save again


def test_a_list_with_refused_rows_opens_the_dialog(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(ReportDialog, "exec", lambda d: shown.append(d))
    from ellipses_sms.ui import lists

    lists.show_report(None, listfiles.ReadResult(recipients=[]))
    assert shown == []
    lists.show_report(
        None, listfiles.ReadResult([], refused=[listfiles.Refused(40, "numéro manquant")])
    )
    assert len(shown) == 1 and "ligne 40 : numéro manquant" in shown[0].text.toPlainText()
    assert "dans le fichier" in shown[0].findChildren(type(shown[0].count_label))[0].text()
    assert shown[0].count_label.isHidden()  # a list's report starts with its own totals


def test_an_import_with_refusals_opens_the_dialog_not_a_message_box(
    qtbot, window, boxes, monkeypatch
):
    fake = types.ModuleType("ellipses_sms.ui.import_dialog")
    fake.__spec__ = importlib.machinery.ModuleSpec("ellipses_sms.ui.import_dialog", None)
    report = big_report(2000)

    class Dialog:  # the import dialog's contract with the window (ui/import_dialog.py)
        def __init__(self, services, has_rows, parent):
            pass

        exec = staticmethod(lambda: True)
        result_recipients = staticmethod(lambda: [make("Claire", "0612345678")])
        mode = staticmethod(lambda: "append")
        refused_report = staticmethod(lambda: report)
        kind = staticmethod(lambda: "notification")

    fake.ImportDialog = Dialog
    monkeypatch.setitem(sys.modules, "ellipses_sms.ui.import_dialog", fake)
    shown = []
    monkeypatch.setattr(ReportDialog, "exec", lambda d: shown.append(d))
    window.import_recipients()
    assert window.model.rowCount() == 1
    assert [d.text.toPlainText() for d in shown] == [report]
    assert shown[0].parent() is window
    assert not any(report[:40] in t for t in boxes.texts())


def test_english(tmp_path):
    ts = Path(__file__).resolve().parents[2] / "resources" / "translations" / "report_en.ts"
    qm = tmp_path / "report_en.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("ReportDialog", "Lignes non importées") == "Rows not imported"
    counted = translator.translate("ReportDialog", "%Ln client(s) non importé(s).", "", 2)
    assert counted == "%Ln customers not imported."  # Qt puts « 2 » in for %Ln
