"""Lists in the window: mapping dialog, refused-rows report, drag and drop, open/save helpers."""

from __future__ import annotations

import threading
import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QTableView

from ellipses_sms import listfiles
from ellipses_sms.listfiles import Mapping
from ellipses_sms.recipients import Recipient
from ellipses_sms.settings import Settings
from ellipses_sms.ui import lists
from ellipses_sms.ui.column_mapping_dialog import ColumnMappingDialog, column_letter


@pytest.fixture
def messages(monkeypatch):
    """Every message box is captured instead of blocking the test."""
    seen: list[tuple[str, str, str]] = []

    def fake(kind):
        def show(_parent, title, text, *_args, **_kwargs):
            seen.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return show

    monkeypatch.setattr(QMessageBox, "warning", fake("warning"))
    monkeypatch.setattr(QMessageBox, "critical", fake("critical"))
    monkeypatch.setattr(QMessageBox, "information", fake("information"))
    return seen


def odd_list(tmp_path: Path) -> Path:
    path = tmp_path / "bizarre.csv"
    path.write_text(
        "Qui;Prénom usuel;Quoi;Où\n"
        "Dupond;Claire;06 12 34 56 78;Lyon\n"
        "Martin;Jean;0123456789;Nice\n",
        encoding="utf-8",
    )
    return path


def needed_for(path: Path) -> listfiles.ColumnsNeeded:
    with pytest.raises(listfiles.ColumnsNeeded) as info:
        listfiles.read(path)
    return info.value


def test_column_letters():
    assert [column_letter(i) for i in (0, 1, 25, 26, 27, 701, 702)] == [
        "A",
        "B",
        "Z",
        "AA",
        "AB",
        "ZZ",
        "AAA",
    ]


def test_mapping_dialog_choose_and_remember(qtbot, home, tmp_path):
    path = odd_list(tmp_path)
    needed = needed_for(path)
    dialog = ColumnMappingDialog(needed)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.mapping() is None  # no number column yet
    assert dialog.preview.rowCount() == 2 and dialog.preview.columnCount() == 4
    assert dialog.preview.item(0, 2).text() == "06 12 34 56 78"

    dialog.number_combo.setCurrentIndex(dialog.number_combo.findData(2))
    dialog.name_list.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.name_list.item(0).setCheckState(Qt.CheckState.Checked)
    assert ok.isEnabled()
    assert "Numéro" in dialog.preview.horizontalHeaderItem(2).text()
    assert dialog.preview.item(0, 0).font().bold() and not dialog.preview.item(0, 3).font().bold()
    assert dialog.mapping() == Mapping((0, 1), 2)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted

    assert listfiles.remembered_mapping(needed.layout_key) == Mapping((0, 1), 2)
    result = listfiles.read(path)  # asked once: the next read needs no dialog
    assert [(r.name, r.number) for r in result.recipients] == [("Dupond Claire", "+33612345678")]


def test_mapping_dialog_not_remembered_when_unticked(qtbot, home, tmp_path):
    needed = needed_for(odd_list(tmp_path))
    dialog = ColumnMappingDialog(needed)
    qtbot.addWidget(dialog)
    dialog.number_combo.setCurrentIndex(dialog.number_combo.findData(2))
    dialog.remember_check.setChecked(False)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert listfiles.remembered_mapping(needed.layout_key) is None


def test_mapping_dialog_headerless_suggestion(qtbot, home, tmp_path):
    path = tmp_path / "sans-entete.csv"
    path.write_text("Dupond;Claire;0612345678\nMartin;Jean;0612345679\n", encoding="utf-8")
    needed = needed_for(path)
    dialog = ColumnMappingDialog(needed)
    qtbot.addWidget(dialog)
    assert not dialog.header_check.isChecked()
    assert dialog.mapping() == Mapping((0, 1), 2, has_header=False)
    assert dialog.preview.rowCount() == 2  # the first row is a recipient, shown as data
    dialog.header_check.setChecked(True)
    assert dialog.preview.rowCount() == 1
    assert dialog.number_combo.currentData() == 2  # the choice survives the toggle


def test_load_list_asks_the_columns_then_reads(qtbot, home, services, tmp_path, monkeypatch):
    path = odd_list(tmp_path)
    asked = []

    def answer(dialog):
        asked.append(dialog)
        dialog.number_combo.setCurrentIndex(dialog.number_combo.findData(2))
        dialog.name_list.item(1).setCheckState(Qt.CheckState.Checked)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ColumnMappingDialog, "exec", answer)
    result = lists.load_list(None, services, path)
    assert result is not None and len(asked) == 1
    assert [r.name for r in result.recipients] == ["Claire"]
    assert [(x.row, x.reason) for x in result.refused] == [(3, "numéro fixe")]
    assert lists.load_list(None, services, path) is not None and len(asked) == 1
    assert lists.recent_lists(services.settings) == [path.absolute()]


def test_load_list_mapping_cancelled(qtbot, home, services, tmp_path, monkeypatch):
    monkeypatch.setattr(ColumnMappingDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)
    assert lists.load_list(None, services, odd_list(tmp_path)) is None
    assert lists.recent_lists(services.settings) == []


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("protege.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "mot de passe"),
        ("vide.csv", b"", "vide"),
        ("casse.xlsx", b"PK\x03\x04garbage", "endommagé"),
    ],
)
def test_load_broken_list_shows_a_french_message(
    qtbot, home, services, tmp_path, messages, name, data, words
):
    path = tmp_path / name
    path.write_bytes(data)
    assert lists.load_list(None, services, path) is None
    ((kind, title, text),) = messages
    assert kind == "warning" and title == "Ouverture de la liste" and words in text


def test_missing_recent_list_is_dropped_from_the_menu(qtbot, home, services, tmp_path, messages):
    gone = tmp_path / "partie.csv"
    lists.add_recent(services.settings, gone)
    assert lists.load_list(None, services, gone) is None
    assert "introuvable" in messages[0][2]
    assert lists.recent_lists(services.settings) == []


def test_reading_happens_off_the_gui_thread(qtbot, home, services, tmp_path, monkeypatch):
    path = tmp_path / "l.csv"
    path.write_text("Nom;Tél\nDupond;0612345678\n", encoding="utf-8")
    threads = []
    real_read = listfiles.read

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real_read(*args, **kwargs)

    monkeypatch.setattr(listfiles, "read", spy)
    assert lists.load_list(None, services, path) is not None
    assert threads and threads[0] is not threading.main_thread()


def test_slow_read_shows_a_busy_indicator_that_can_cancel(qtbot, home, services, tmp_path):
    from PySide6.QtWidgets import QApplication

    started = threading.Event()

    def slow(cancel=None):
        started.set()
        while not cancel.is_set():
            cancel.wait(0.01)
        raise listfiles.ReadCancelled("annulé")

    cancel = threading.Event()
    seen = []

    def press_cancel():
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, lists._BusyDialog) and w.isVisible()
        ]
        if dialogs and dialogs[0].cancel_button.isEnabled():
            seen.append(dialogs[0].labelText())
            dialogs[0].cancel_button.click()

    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(press_cancel)
    timer.start(20)
    with pytest.raises(listfiles.ReadCancelled):
        lists.run_in_background(None, "Lecture…", lambda: slow(cancel), cancel, delay_ms=10)
    timer.stop()
    assert started.is_set() and seen == ["Lecture…"]


def test_open_into_appends_and_reports(qtbot, home, services, tmp_path, monkeypatch):
    first = tmp_path / "a.csv"
    first.write_text("Nom;Tél\nDupond;0612345678\nMartin;0123456789\n", encoding="utf-8")
    second = tmp_path / "b.xlsx"
    listfiles.write(second, [Recipient("Petit", "+33612345679")])
    added = []
    shown = []
    monkeypatch.setattr(lists, "show_report", lambda _p, text: shown.append(text))
    results = lists.open_into(None, services, added.extend, [first, second])
    assert [r.number for r in added] == ["+33612345678", "+33612345679"]
    assert len(results) == 2
    assert len(shown) == 1 and "ligne 3 : numéro fixe" in shown[0]
    assert lists.recent_lists(services.settings) == [second.absolute(), first.absolute()]


def test_report_dialog_copy_and_save(qtbot, tmp_path, monkeypatch):
    text = "Liste : 1 destinataire(s)\nligne 17 : numéro fixe\nligne 40 : numéro manquant"
    dialog = lists.ReportDialog(text)
    qtbot.addWidget(dialog)
    assert dialog.text.toPlainText() == text and dialog.text.isReadOnly()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text
    target = tmp_path / "compte-rendu"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "Texte (*.txt)")
    )
    saved = dialog.save()
    assert saved == target.with_suffix(".txt")
    assert saved.read_text(encoding="utf-8-sig").splitlines() == text.splitlines()


def test_show_report_only_when_something_was_refused(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(lists.ReportDialog, "exec", lambda d: shown.append(d.text.toPlainText()))
    lists.show_report(None, listfiles.ReadResult(recipients=[]))
    assert shown == []
    result = listfiles.ReadResult([], refused=[listfiles.Refused(40, "numéro manquant")])
    lists.show_report(None, result)
    assert len(shown) == 1 and "ligne 40 : numéro manquant" in shown[0]


def _drag_events(paths: list[Path]):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    with warnings.catch_warnings():
        # PySide6 flags Qt 6's only QDragEnterEvent constructor as deprecated (it takes a QPoint)
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            QPoint(5, 5),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    drop = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    return mime, enter, drop


def test_drop_list_files_on_the_table(qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication

    table = QTableView()
    qtbot.addWidget(table)
    drop_filter = lists.install_list_drop(table)
    assert table.viewport().acceptDrops()
    good = [tmp_path / "clients.CSV", tmp_path / "autres.xlsx", tmp_path / "vieux.xls"]
    good.append(tmp_path / "calc.ods")
    received = []
    drop_filter.filesDropped.connect(received.append)

    _mime, enter, drop = _drag_events([*good, tmp_path / "photo.png"])
    QApplication.sendEvent(table.viewport(), enter)
    assert enter.isAccepted()
    QApplication.sendEvent(table.viewport(), drop)
    assert received == [good]

    _mime, enter, drop = _drag_events([tmp_path / "photo.png"])
    enter.ignore()
    QApplication.sendEvent(table.viewport(), enter)
    QApplication.sendEvent(table.viewport(), drop)
    assert received == [good]  # nothing for a file that is not a list


def test_recent_lists_keep_eight_most_recent_first(home, tmp_path):
    settings = Settings()
    for i in range(10):
        lists.add_recent(settings, tmp_path / f"l{i}.csv")
    lists.add_recent(settings, tmp_path / "l5.csv")
    expected = [tmp_path / f"l{i}.csv" for i in (5, 9, 8, 7, 6, 4, 3, 2)]
    assert lists.recent_lists(settings) == expected
    assert lists.recent_lists(Settings()) == expected  # saved in the settings file
    assert lists.remove_recent(settings, tmp_path / "l9.csv")[:2] == expected[:1] + expected[2:3]


def test_open_dialog_starts_in_the_last_folder(qtbot, home, tmp_path, monkeypatch):
    settings = Settings()
    folder = tmp_path / "listes"
    folder.mkdir()
    calls = []

    def fake_open(_parent, _title, start, _filter):
        calls.append(start)
        return str(folder / "clients.csv"), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_open)
    assert lists.choose_list_to_open(None, settings) == folder / "clients.csv"
    assert lists.choose_list_to_open(None, Settings()) == folder / "clients.csv"
    assert calls == ["", str(folder)]


def test_save_dialog_adds_the_chosen_extension(qtbot, home, tmp_path, monkeypatch):
    settings = Settings()
    answers = iter(
        [
            (str(tmp_path / "ma liste"), lists._xlsx_filter()),
            (str(tmp_path / "autre"), lists._csv_filter()),
            (str(tmp_path / "x.CSV"), lists._xlsx_filter()),
            ("", ""),
        ]
    )
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: next(answers))
    assert lists.choose_list_to_save(None, settings) == tmp_path / "ma liste.xlsx"
    assert lists.choose_list_to_save(None, settings) == tmp_path / "autre.csv"
    assert lists.choose_list_to_save(None, settings) == tmp_path / "x.CSV"
    assert lists.choose_list_to_save(None, settings) is None


def test_save_list_writes_and_reports_failures(qtbot, home, services, tmp_path, messages):
    people = [Recipient("Claire Dupond", "+33612345678", {"prenom": "Claire"})]
    path = tmp_path / "liste.xlsx"
    assert lists.save_list(None, services, people, path)
    assert [r.name for r in listfiles.read(path).recipients] == ["Claire Dupond"]
    assert lists.recent_lists(services.settings)[0] == path.absolute()
    assert not lists.save_list(None, services, people, tmp_path / "absent" / "l.csv")
    ((kind, _title, text),) = messages
    assert kind == "critical" and "introuvable" in text


def test_english_translation_of_the_lists(tmp_path):
    """Every French text of the lists area has its English version, through Qt's .qm."""
    import subprocess
    import sys

    from PySide6.QtCore import QTranslator

    ts = Path(__file__).resolve().parents[2] / "resources" / "translations" / "lists_en.ts"
    qm = tmp_path / "lists_en.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("Lists", "Veuillez patienter") == "Please wait"
    assert translator.translate("ColumnMappingDialog", "Colonnes de la liste") == "List columns"
    assert "unfinished" not in ts.read_text(encoding="utf-8")
