"""Lists in the window: mapping dialog, refused-rows report, drag and drop, open/save helpers."""

from __future__ import annotations

import threading
import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox

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


WAIT = 10_000


def load(qtbot, services, path, parent=None):
    """`lists.load_list` as the window calls it; what `on_loaded` got, once the work is over."""
    got = []
    lists.load_list(parent, services, path, got.append)
    assert got == []  # never inside the call: the answer comes on a later turn
    qtbot.waitUntil(lambda: bool(got) and not lists._alive, timeout=WAIT)
    assert len(got) == 1
    return got[0]


def visible(kind):
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_load_list_asks_the_columns_then_reads(qtbot, home, services, tmp_path):
    path = odd_list(tmp_path)
    got = []
    lists.load_list(None, services, path, got.append)
    qtbot.waitUntil(lambda: bool(visible(ColumnMappingDialog)), timeout=WAIT)
    (dialog,) = visible(ColumnMappingDialog)  # on the GUI thread, while no read runs
    assert not lists._alive - {dialog}
    dialog.number_combo.setCurrentIndex(dialog.number_combo.findData(2))
    dialog.name_list.item(1).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: bool(got) and not lists._alive, timeout=WAIT)  # read again
    (result,) = got
    assert result is not None
    assert [r.name for r in result.recipients] == ["Claire"]
    assert [(x.row, x.reason) for x in result.refused] == [(3, "numéro fixe")]
    assert load(qtbot, services, path) is not None  # remembered: no dialog the second time
    assert not visible(ColumnMappingDialog)
    assert lists.recent_lists(services.settings) == [path.absolute()]


def test_load_list_mapping_cancelled(qtbot, home, services, tmp_path):
    got = []
    lists.load_list(None, services, odd_list(tmp_path), got.append)
    qtbot.waitUntil(lambda: bool(visible(ColumnMappingDialog)), timeout=WAIT)
    visible(ColumnMappingDialog)[0].reject()
    qtbot.waitUntil(lambda: bool(got) and not lists._alive, timeout=WAIT)
    assert got == [None]
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
    assert load(qtbot, services, path) is None
    ((kind, title, text),) = messages
    assert kind == "warning" and title == "Ouverture de la liste" and words in text


def test_missing_recent_list_is_dropped_from_the_menu(qtbot, home, services, tmp_path, messages):
    gone = tmp_path / "partie.csv"
    lists.add_recent(services.settings, gone)
    assert load(qtbot, services, gone) is None
    assert "introuvable" in messages[0][2]
    assert lists.recent_lists(services.settings) == []


def test_an_unexpected_read_error_is_named_not_shown_as_a_traceback(
    qtbot, home, services, tmp_path, messages, monkeypatch
):
    path = tmp_path / "l.csv"
    path.write_text("Nom;Tél\nDupond;0612345678\n", encoding="utf-8")

    def broken(*_a, **_k):
        raise MemoryError("trop gros")

    monkeypatch.setattr(listfiles, "read", broken)
    assert load(qtbot, services, path) is None
    assert messages == [
        ("warning", "Ouverture de la liste", "« l.csv » n'a pas pu être lu (MemoryError).")
    ]


def test_reading_happens_off_the_gui_thread(qtbot, home, services, tmp_path, monkeypatch):
    path = tmp_path / "l.csv"
    path.write_text("Nom;Tél\nDupond;0612345678\n", encoding="utf-8")
    threads = []
    real_read = listfiles.read

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real_read(*args, **kwargs)

    monkeypatch.setattr(listfiles, "read", spy)
    assert load(qtbot, services, path) is not None
    assert threads and threads[0] is not threading.main_thread()


class SlowRead:
    """`listfiles.read` that waits until the test lets it go, or until it is cancelled."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.go = threading.Event()
        self.cancel: threading.Event | None = None
        self.real = listfiles.read

    def __call__(self, path, region=None, mapping=None, cancel=None, **kwargs):
        self.cancel = cancel
        self.started.set()
        while not self.go.is_set():
            if cancel is not None and cancel.wait(0.01):
                raise listfiles.ReadCancelled("annulé")
        return self.real(path, region=region, mapping=mapping, cancel=cancel, **kwargs)


@pytest.fixture
def slow_read(monkeypatch):
    slow = SlowRead()
    monkeypatch.setattr(listfiles, "read", slow)
    yield slow
    slow.go.set()  # never a thread left waiting


def test_a_quick_read_shows_no_busy_indicator(qtbot, home, services, tmp_path, monkeypatch):
    path = tmp_path / "l.csv"
    path.write_text("Nom;Tél\nDupond;0612345678\n", encoding="utf-8")
    shown = []
    monkeypatch.setattr(lists._BusyDialog, "show", lambda d: shown.append(d))
    monkeypatch.setattr(lists, "BUSY_DELAY_MS", 30)
    monkeypatch.setattr(lists.TaskRunner, "synchronous", True)  # done before the timer fires
    assert load(qtbot, services, path) is not None
    qtbot.wait(60)  # past the delay: the timer was stopped with the answer
    assert shown == []


def test_a_slow_read_shows_the_busy_indicator_until_it_ends(
    qtbot, home, services, tmp_path, monkeypatch, slow_read
):
    path = tmp_path / "clients.csv"
    path.write_text("Nom;Tél\nDupond;0612345678\n", encoding="utf-8")
    monkeypatch.setattr(lists, "BUSY_DELAY_MS", 50)
    got = []
    lists.load_list(None, services, path, got.append)
    assert slow_read.started.wait(WAIT)
    assert not visible(lists._BusyDialog)  # not at once: a quick read would not flash it
    qtbot.waitUntil(lambda: bool(visible(lists._BusyDialog)), timeout=WAIT)
    (busy,) = visible(lists._BusyDialog)
    assert busy.labelText() == "Lecture de « clients.csv »…"
    assert busy.windowModality() == Qt.WindowModality.WindowModal
    assert busy.cancel_button is not None and busy.cancel_button.isEnabled()
    slow_read.go.set()
    qtbot.waitUntil(lambda: bool(got), timeout=WAIT)
    assert [r.number for r in got[0].recipients] == ["+33612345678"]
    assert not visible(lists._BusyDialog)  # closed when the result arrived


def test_cancel_in_the_busy_indicator_stops_the_read(
    qtbot, home, services, tmp_path, monkeypatch, messages, slow_read
):
    path = tmp_path / "clients.csv"
    path.write_text("Nom;Tél\nDupond;0612345678\n", encoding="utf-8")
    monkeypatch.setattr(lists, "BUSY_DELAY_MS", 10)
    got = []
    lists.load_list(None, services, path, got.append)
    qtbot.waitUntil(lambda: bool(visible(lists._BusyDialog)), timeout=WAIT)
    (busy,) = visible(lists._BusyDialog)
    qtbot.mouseClick(busy.cancel_button, Qt.MouseButton.LeftButton)
    assert busy.labelText() == "Annulation…" and not busy.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: bool(got) and not lists._alive, timeout=WAIT)
    assert got == [None]
    assert slow_read.cancel is not None and slow_read.cancel.is_set()
    assert not slow_read.go.is_set()  # it stopped because of « Annuler », not by finishing
    assert messages == []  # a cancel is no error
    assert lists.recent_lists(services.settings) == []
    assert not visible(lists._BusyDialog)


def test_open_into_appends_and_reports(qtbot, home, services, tmp_path, monkeypatch):
    first = tmp_path / "a.csv"
    first.write_text("Nom;Tél\nDupond;0612345678\nMartin;0123456789\n", encoding="utf-8")
    second = tmp_path / "b.xlsx"
    listfiles.write(second, [Recipient("Petit", "+33612345679")])
    added = []
    shown = []
    done = []
    monkeypatch.setattr(lists, "show_report", lambda _p, text: shown.append(text))
    lists.open_into(
        None,
        services,
        lambda people, name: added.append((name, people)),
        [first, second],
        done.append,
    )
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT)
    assert [(name, [r.number for r in people]) for name, people in added] == [
        ("a.csv", ["+33612345678"]),
        ("b.xlsx", ["+33612345679"]),
    ]
    assert len(done[0]) == 2
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
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from ellipses_sms.ui.recipient_model import RecipientTableModel
    from ellipses_sms.ui.recipients_panel import RecipientsPanel

    panel = RecipientsPanel(RecipientTableModel(), QIcon(), QIcon(), "")
    qtbot.addWidget(panel)
    viewport = panel.table.viewport()
    assert viewport.acceptDrops()
    good = [tmp_path / "clients.CSV", tmp_path / "autres.xlsx", tmp_path / "vieux.xls"]
    good.append(tmp_path / "calc.ods")
    received = []
    panel.filesDropped.connect(received.append)

    _mime, enter, drop = _drag_events([*good, tmp_path / "photo.png"])
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(viewport, drop)
    assert received == [good]

    _mime, enter, drop = _drag_events([tmp_path / "photo.png"])
    enter.ignore()
    QApplication.sendEvent(viewport, enter)
    assert not enter.isAccepted()
    QApplication.sendEvent(viewport, drop)
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


def save(qtbot, services, people, path) -> bool:
    got = []
    lists.save_list(None, services, people, path, got.append)
    assert got == []
    qtbot.waitUntil(lambda: bool(got) and not lists._alive, timeout=WAIT)
    (saved,) = got
    return saved


def test_save_list_writes_and_reports_failures(qtbot, home, services, tmp_path, messages):
    people = [Recipient("Claire Dupond", "+33612345678", {"prenom": "Claire"})]
    path = tmp_path / "liste.xlsx"
    assert save(qtbot, services, people, path)
    assert [r.name for r in listfiles.read(path).recipients] == ["Claire Dupond"]
    assert lists.recent_lists(services.settings)[0] == path.absolute()
    assert not save(qtbot, services, people, tmp_path / "absent" / "l.csv")
    ((kind, _title, text),) = messages
    assert kind == "critical" and "introuvable" in text


def test_save_list_unexpected_error_keeps_the_old_file(
    qtbot, home, services, tmp_path, messages, monkeypatch
):
    path = tmp_path / "liste.csv"
    path.write_text("ancienne", encoding="utf-8")

    def broken(*_a, **_k):
        raise RuntimeError("plus de mémoire")

    monkeypatch.setattr(listfiles, "write", broken)
    assert not save(qtbot, services, [Recipient("A", "+33612345678")], path)
    assert messages == [
        (
            "critical",
            "Enregistrement de la liste",
            "« liste.csv » n'a pas pu être enregistré (RuntimeError)."
            " Le fichier précédent est intact.",
        )
    ]
    assert path.read_text(encoding="utf-8") == "ancienne"


def test_a_slow_save_shows_a_busy_indicator_without_cancel(
    qtbot, home, services, tmp_path, monkeypatch
):
    go = threading.Event()
    real = listfiles.write

    def slow(path, people, kind=None):
        go.wait(WAIT / 1000)
        return real(path, people, kind)

    monkeypatch.setattr(listfiles, "write", slow)
    monkeypatch.setattr(lists, "BUSY_DELAY_MS", 10)
    got = []
    path = tmp_path / "l.csv"
    lists.save_list(None, services, [Recipient("A", "+33612345678")], path, got.append)
    qtbot.waitUntil(lambda: bool(visible(lists._BusyDialog)), timeout=WAIT)
    (busy,) = visible(lists._BusyDialog)
    assert busy.labelText() == "Enregistrement de « l.csv »…" and busy.cancel_button is None
    busy.reject()  # Escape: a write cannot stop halfway, the indicator stays
    assert busy.isVisible()
    go.set()
    qtbot.waitUntil(lambda: bool(got), timeout=WAIT)
    assert got == [True] and path.is_file() and not visible(lists._BusyDialog)


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


# -- in the window: nothing waits, nothing starts twice, the save at quit ----------------------


def test_the_window_stays_responsive_and_locked_while_a_list_loads(
    qtbot, window, boxes, tmp_path, monkeypatch, slow_read
):
    from PySide6.QtCore import QTimer

    path = tmp_path / "clients.csv"
    path.write_text("Nom;Tél\nDupond;0612345678\nMartin;0612345679\n", encoding="utf-8")
    monkeypatch.setattr(lists, "BUSY_DELAY_MS", 60_000)  # this test is about before the dialog
    window.editor.set_text("Votre commande est arrivée")
    window.model.add_recipients([Recipient("Petit", "+33612345670")])
    assert window.act_send.isEnabled()
    window.open_lists([path])
    assert slow_read.started.wait(WAIT)

    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=WAIT)  # the event loop turns
    timer.stop()
    window.contact.name_edit.setFocus()
    qtbot.keyClicks(window.contact.name_edit, "Claire")  # typing goes on
    assert window.contact.name_edit.text() == "Claire"

    # no second read, no save, no send on a table that is about to grow
    for action in (window.act_open, window.act_save, window.act_send, window.act_import):
        assert not action.isEnabled(), action.text()
    assert not window.recent_menu.menuAction().isEnabled()
    assert not window.send_bar.send_button.isEnabled()
    window.act_send.trigger()
    qtbot.mouseClick(window.send_bar.send_button, Qt.MouseButton.LeftButton)
    assert not window.is_sending() and not window.is_preparing()
    window.open_lists([path])  # a drop meanwhile
    assert "en cours de lecture" in window.statusBar().currentMessage()
    window.close()  # waits for the list
    assert window.isVisible()

    slow_read.go.set()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=WAIT)
    qtbot.waitUntil(lambda: not lists._alive, timeout=WAIT)
    assert slow_read.started.is_set()
    for action in (window.act_open, window.act_save, window.act_send, window.act_import):
        assert action.isEnabled(), action.text()
    assert window.send_bar.send_button.isEnabled()
    assert not window.act_resume_cancelled.isEnabled()  # kept its own state through the lock
    assert lists.recent_lists(window.settings) == [path.absolute()]


def test_the_busy_dialog_covers_the_window_and_events_go_on(
    qtbot, window, boxes, tmp_path, monkeypatch, slow_read
):
    from PySide6.QtCore import QTimer

    path = tmp_path / "clients.csv"
    path.write_text("Nom;Tél\nDupond;0612345678\n", encoding="utf-8")
    monkeypatch.setattr(lists, "BUSY_DELAY_MS", 20)
    window.open_lists([path])
    qtbot.waitUntil(lambda: bool(visible(lists._BusyDialog)), timeout=WAIT)
    (busy,) = visible(lists._BusyDialog)
    assert busy.parent() is window and busy.isModal()
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=WAIT)
    timer.stop()
    qtbot.mouseClick(busy.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not lists._alive, timeout=WAIT)
    assert window.model.rowCount() == 0 and window.act_open.isEnabled()
    assert not visible(lists._BusyDialog)
    assert boxes.shown == []  # cancelled: nothing to tell


def _save_at_quit(window, boxes, monkeypatch, answer: str) -> None:
    boxes.close_answer = "save"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (answer, ""))
    window.model.add_recipients([Recipient("Claire", "+33612345678")])
    window.editor.set_text("Votre commande est arrivée")


def test_save_at_quit_closes_once_the_list_is_written(qtbot, window, boxes, tmp_path, monkeypatch):
    target = tmp_path / "avant de partir.csv"
    _save_at_quit(window, boxes, monkeypatch, str(target))
    window.close()
    assert window.isVisible()  # the close waits for the file
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT)
    assert [r.number for r in listfiles.read(target).recipients] == ["+33612345678"]
    assert len([t for t in boxes.texts("question") if "avant de quitter" in t]) == 1  # once
    from ellipses_sms import draft

    kept = draft.load()  # and the draft, as after any quit with work in the window
    assert kept is not None and kept.text == "Votre commande est arrivée"


def test_save_at_quit_that_fails_keeps_the_window(qtbot, window, boxes, tmp_path, monkeypatch):
    _save_at_quit(window, boxes, monkeypatch, str(tmp_path / "absent" / "liste.csv"))
    window.close()
    qtbot.waitUntil(lambda: bool(boxes.texts("critical")), timeout=WAIT)
    qtbot.waitUntil(lambda: not lists._alive, timeout=WAIT)
    assert "introuvable" in boxes.texts("critical")[0]
    assert window.isVisible() and window.model.rowCount() == 1
    assert window.editor.text() == "Votre commande est arrivée"
    boxes.close_answer = "discard"  # the next close asks again
    window.close()
    assert not window.isVisible()
    assert len([t for t in boxes.texts("question") if "avant de quitter" in t]) == 2


def test_save_at_quit_with_the_file_dialog_cancelled_keeps_the_window(
    qtbot, window, boxes, monkeypatch
):
    _save_at_quit(window, boxes, monkeypatch, "")
    window.close()
    assert window.isVisible() and not lists._alive
    assert window.act_open.isEnabled() and window.act_send.isEnabled()


def test_a_campaign_list_saved_and_reopened_comes_back_as_publicite(
    qtbot, window, boxes, tmp_path, monkeypatch
):
    """Saved while « Publicité » is chosen, the .xlsx keeps it; reopened in a fresh table after
    « Tout effacer » (which goes back to « Information client »), it sets « Publicité » again."""
    target = tmp_path / "promo.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    window.model.add_recipients([Recipient("Claire", "+33612345678")])
    window.set_kind("marketing")
    window.save_list()
    qtbot.waitUntil(lambda: target.exists() and not window.lists.busy, timeout=WAIT)
    window.clear_all()
    assert window.kind() == "notification"
    window.open_lists([target])
    qtbot.waitUntil(lambda: window.model.rowCount() == 1 and not window.lists.busy, timeout=WAIT)
    assert window.kind() == "marketing"


def test_the_refused_rows_read_in_the_windows_language(qtbot, home, tmp_path):
    """French as the command line writes it; English with the English translators."""
    from PySide6.QtCore import QCoreApplication

    from ellipses_sms.ui.i18n import install_translations
    from ellipses_sms.ui.report_text import list_report

    path = tmp_path / "clients.csv"
    path.write_text(
        "Nom;Tél\nDupond;0612345678\nMartin;0142000000\nPetit;0612345678\n", encoding="utf-8"
    )
    result = listfiles.read(path)
    assert list_report(result) == result.report()  # no translator: the CLI's words exactly
    app = QCoreApplication.instance()
    installed = install_translations(app, "en")
    try:
        english = list_report(result)
    finally:
        for t in installed:
            QCoreApplication.removeTranslator(t)
    assert english.splitlines()[0] == (
        "List “clients.csv”: 1 recipient imported, 1 row refused, 1 duplicate."
    )
    assert "row 3: landline number (Martin, 0142000000)" in english
    assert "row 4: same number as row 2 (Petit, +33 6 12 34 56 78)" in english
    assert "ligne" not in english and "numéro" not in english
