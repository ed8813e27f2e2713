"""Distribution lists in the window: open, save, recent lists, refused rows.

These helpers present `ellipses_sms.listfiles` (which holds every rule) to the clerk:
file dialogs that remember the last folder, reading and writing off the GUI thread on a
`TaskRunner` with a busy indicator for big files, the column mapping dialog when a layout is not
recognised, a French message for a broken file, and the report of refused rows that the clerk
can copy or save.

Reading and writing are asynchronous: `load_list`, `open_into` and `save_list` start the work and
return at once; their callback comes later, on the GUI thread. No event loop is nested here. The
busy dialog (window-modal, « Annuler » for a read) shows only when the work outlasts
`BUSY_DELAY_MS`; before that the caller keeps its window from starting another read, a save or
a send (`MainWindow` puts its list and send actions in a disabled group until the callback).

The main window wires them: File > Ouvrir une liste… and the recent lists call `open_into`, File
> Enregistrer la liste… calls `choose_list_to_save` + `save_list`; the recipient table's
`recipients_panel.ListDrop` hands over dropped files.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ellipses_sms import listfiles
from ellipses_sms.listfiles import ColumnsNeeded, ListFileError, Mapping, ReadCancelled, ReadResult
from ellipses_sms.recipients import Recipient
from ellipses_sms.ui import report_dialog
from ellipses_sms.ui.report_dialog import ReportDialog  # noqa: F401  (known as lists.ReportDialog)
from ellipses_sms.ui.report_text import list_report
from ellipses_sms.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

MAX_RECENT = 8
RECENT_KEY = "recent_lists"
FOLDER_KEY = "lists_last_folder"
#: Below this delay a read finishes without any busy indicator flashing on screen.
BUSY_DELAY_MS = 300


def _tr(text: str) -> str:
    return QCoreApplication.translate("Lists", text)


def _open_filter() -> str:
    return ";;".join(
        (
            _tr("Listes (*.csv *.xlsx *.xls *.ods *.txt)"),
            _tr("CSV (*.csv *.txt)"),
            _tr("Classeurs Excel (*.xlsx *.xls)"),
            _tr("Classeurs OpenDocument (*.ods)"),
            _tr("Tous les fichiers (*)"),
        )
    )


def _csv_filter() -> str:
    return _tr("Liste CSV pour Excel (*.csv)")


def _xlsx_filter() -> str:
    return _tr("Classeur Excel (*.xlsx)")


# --------------------------------------------------------------------------- remembered places


def _save_settings(settings: Any) -> None:
    try:
        settings.save()
    except OSError as exc:  # a read-only profile: the choice is only kept for this session
        log.warning("settings not saved: %s", exc)


def last_folder(settings: Any) -> str:
    """The folder of the last list opened or saved ("" the first time: the dialog decides)."""
    value = settings.raw(FOLDER_KEY, "")
    return value if isinstance(value, str) and value and Path(value).is_dir() else ""


def set_last_folder(settings: Any, folder: str | Path) -> None:
    settings.set(FOLDER_KEY, str(folder))
    _save_settings(settings)


def recent_lists(settings: Any) -> list[Path]:
    """The last lists opened or saved, most recent first (at most 8), for the File menu."""
    value = settings.raw(RECENT_KEY, [])
    if not isinstance(value, list):
        return []
    return [Path(v) for v in value if isinstance(v, str) and v][:MAX_RECENT]


def add_recent(settings: Any, path: str | Path) -> list[Path]:
    """Put a list at the top of the recent lists (and remember its folder)."""
    path = Path(path).absolute()
    kept = [p for p in recent_lists(settings) if p != path]
    updated = [path, *kept][:MAX_RECENT]
    settings.set(RECENT_KEY, [str(p) for p in updated])
    settings.set(FOLDER_KEY, str(path.parent))
    _save_settings(settings)
    return updated


def remove_recent(settings: Any, path: str | Path) -> list[Path]:
    """Drop a list from the recent lists (e.g. it was moved or deleted)."""
    path = Path(path).absolute()
    updated = [p for p in recent_lists(settings) if p != path]
    settings.set(RECENT_KEY, [str(p) for p in updated])
    _save_settings(settings)
    return updated


# --------------------------------------------------------------------------- file dialogs


def choose_list_to_open(parent: QWidget | None, settings: Any) -> Path | None:
    """Ask for one list file to open (CSV, XLSX, XLS, ODS), starting in the last folder."""
    name, _ = QFileDialog.getOpenFileName(
        parent, _tr("Ouvrir une liste de diffusion"), last_folder(settings), _open_filter()
    )
    if not name:
        return None
    set_last_folder(settings, Path(name).parent)
    return Path(name)


def open_list_dialog(parent: QWidget | None, services: Any) -> list[Path]:
    """Ask for one or several list files to open; [] when the clerk cancels."""
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        _tr("Ouvrir des listes de diffusion"),
        last_folder(services.settings),
        _open_filter(),
    )
    if names:
        set_last_folder(services.settings, Path(names[0]).parent)
    return [Path(n) for n in names]


def choose_list_to_save(
    parent: QWidget | None, settings: Any, suggested: str = "liste.csv"
) -> Path | None:
    """Ask where to save the list; the extension follows the chosen format (.csv or .xlsx)."""
    start = str(Path(last_folder(settings) or ".") / suggested) if suggested else ""
    chosen_filter = _xlsx_filter() if suggested.lower().endswith(".xlsx") else _csv_filter()
    name, selected = QFileDialog.getSaveFileName(
        parent,
        _tr("Enregistrer la liste de diffusion"),
        start,
        ";;".join((_csv_filter(), _xlsx_filter())),
        chosen_filter,
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".csv", ".xlsx"):
        path = path.with_name(path.name + (".xlsx" if selected == _xlsx_filter() else ".csv"))
    set_last_folder(settings, path.parent)
    return path


# --------------------------------------------------------------------------- work off the GUI


class _BusyDialog(QDialog):
    """« Veuillez patienter »: a moving bar and, when the work can stop, « Annuler ».

    Window-modal: while it shows, the window takes no input (no second list, no send)."""

    cancelled = Signal()

    def __init__(self, label: str, can_cancel: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listBusy")
        self.setWindowTitle(_tr("Veuillez patienter"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        self.label = QLabel(label)
        layout.addWidget(self.label)
        bar = QProgressBar()
        bar.setRange(0, 0)
        layout.addWidget(bar)
        self.cancel_button: QPushButton | None = None
        if can_cancel:
            self.cancel_button = QPushButton(_tr("Annuler"))
            self.cancel_button.clicked.connect(self._cancel)
            layout.addWidget(self.cancel_button, alignment=Qt.AlignmentFlag.AlignRight)

    def labelText(self) -> str:
        return self.label.text()

    def _cancel(self) -> None:
        if self.cancel_button is not None:
            self.cancel_button.setEnabled(False)
        self.label.setText(_tr("Annulation…"))
        self.cancelled.emit()

    def reject(self) -> None:  # Escape or the dialog's close button cancel too
        if self.cancel_button is not None and self.cancel_button.isEnabled():
            self._cancel()


#: What is under way (a read, a write, a mapping dialog): kept here so that Python does not
#: collect it before its answer arrives when it has no parent widget.
_alive: set[QObject] = set()


class ListWork(QObject):
    """One read or write of a list file on a `TaskRunner`, and its busy indicator.

    The busy dialog appears only if the work is still running after `BUSY_DELAY_MS` (a
    `QTimer`, so a quick read looks instant and nothing flashes) and closes when the answer
    arrives. « Annuler » sets `cancelled`, the event the read watches. The answer comes back on
    the GUI thread, on a later turn of the event loop: nothing here waits or spins a loop.
    """

    def __init__(self, parent: QWidget | None, label: str, can_cancel: bool) -> None:
        super().__init__(parent)
        self._parent = parent
        self._label = label
        self._can_cancel = can_cancel
        self.cancelled = threading.Event()
        self.busy: _BusyDialog | None = None
        self._tasks = TaskRunner(self, workers=1, name="gui-list")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_busy)

    def start(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> ListWork:
        """Run ``fn`` off the GUI thread; ``on_done`` or ``on_error`` once, on the GUI thread."""
        _alive.add(self)
        self._on_done, self._on_error = on_done, on_error
        self._timer.start(BUSY_DELAY_MS)
        self._tasks.run(fn, self._done, self._failed, long=True, cancel=self.cancelled)
        return self

    def running(self) -> bool:
        return self in _alive

    def cancel(self) -> None:
        """Ask the read to stop (« Annuler »); its answer still comes, as `ReadCancelled`."""
        self.cancelled.set()

    def _show_busy(self) -> None:
        if not self.running():
            return
        self.busy = _BusyDialog(self._label, self._can_cancel, self._parent)
        self.busy.cancelled.connect(self.cancel)
        self.busy.show()

    def _end(self) -> None:
        self._timer.stop()
        if self.busy is not None:
            self.busy.hide()
            self.busy.deleteLater()
            self.busy = None
        self._tasks.close()
        _alive.discard(self)
        self.deleteLater()

    def _done(self, value: Any) -> None:
        self._end()
        self._on_done(value)

    def _failed(self, exc: BaseException) -> None:
        self._end()
        self._on_error(exc)


# --------------------------------------------------------------------------- opening


def _warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def load_list(
    parent: QWidget | None,
    services: Any,
    path: str | Path,
    on_loaded: Callable[[ReadResult | None], None],
    mapping: Mapping | None = None,
) -> None:
    """Read a list file off the GUI thread, then call ``on_loaded`` once with what was read, or
    None if it cannot be read or the clerk gave up (cancelled the read or the column choice).

    Unrecognised columns open the mapping dialog (the choice is remembered for the layout) and
    the read starts again with the mapping; a broken file gives a French message box, and a
    file that is gone leaves the recent lists. A list read is added to the recent lists.

    The caller keeps the window from starting a second read or a send until ``on_loaded``: the
    busy dialog (window-modal) does it after `BUSY_DELAY_MS`, the window's own lock before.
    """
    path = Path(path)
    region = services.settings.get("region")
    title = _tr("Ouverture de la liste")
    work = ListWork(parent, _tr("Lecture de « {name} »…").replace("{name}", path.name), True)

    def read() -> ReadResult | Exception:
        try:
            return listfiles.read(path, region=region, mapping=mapping, cancel=work.cancelled)
        except (ColumnsNeeded, ListFileError) as answer:  # expected answers, not failures
            return answer

    def done(value: ReadResult | Exception) -> None:
        if isinstance(value, ColumnsNeeded):
            _ask_columns(parent, value, _columns_chosen)
            return
        if isinstance(value, ReadCancelled):
            on_loaded(None)
            return
        if isinstance(value, ListFileError):
            _warn(parent, title, str(value))
            if not path.exists():
                remove_recent(services.settings, path)
            on_loaded(None)
            return
        add_recent(services.settings, path)
        on_loaded(value)

    def _columns_chosen(chosen: Mapping | None) -> None:
        if chosen is None:
            on_loaded(None)
        else:
            load_list(parent, services, path, on_loaded, chosen)

    def failed(exc: BaseException) -> None:  # never a traceback for the clerk; the log has it
        _warn(
            parent,
            title,
            _tr("« {name} » n'a pas pu être lu ({error}).")
            .replace("{name}", path.name)
            .replace("{error}", type(exc).__name__),
        )
        on_loaded(None)

    work.start(read, done, failed)


def _ask_columns(
    parent: QWidget | None, needed: ColumnsNeeded, answer: Callable[[Mapping | None], None]
) -> None:
    """The column mapping dialog, opened (not exec'd): ``answer`` gets the mapping or None."""
    from ellipses_sms.ui.column_mapping_dialog import ColumnMappingDialog

    dialog = ColumnMappingDialog(needed, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    _alive.add(dialog)

    def finished(code: int) -> None:
        chosen = dialog.mapping() if code == QDialog.DialogCode.Accepted else None
        _alive.discard(dialog)
        dialog.deleteLater()
        answer(chosen)

    dialog.finished.connect(finished)
    dialog.open()


def open_into(
    parent: QWidget | None,
    services: Any,
    add: Callable[[list[Recipient], str], Any],
    paths: Sequence[str | Path] | None = None,
    on_done: Callable[[list[ReadResult]], None] | None = None,
) -> None:
    """Open list files one after the other (asking for them when ``paths`` is None) and append
    each to the table as it is read; ``on_done`` gets every result once the last one is in.

    ``add(recipients, file name)`` is the window's ``add_recipients``. Opening appends, as the
    old tool did; the refused rows of every file are shown together at the end so nothing goes
    unnoticed.
    """
    if paths is None:
        paths = open_list_dialog(parent, services)
    waiting = [Path(p) for p in paths]
    results: list[ReadResult] = []

    def next_file() -> None:
        if not waiting:
            text = "\n\n".join(t for t in map(list_report, results) if t)
            if text:
                show_report(parent, text)
            if on_done is not None:
                on_done(results)
            return
        path = waiting.pop(0)
        load_list(parent, services, path, lambda result: loaded(path, result))

    def loaded(path: Path, result: ReadResult | None) -> None:
        if result is not None:
            add(result.recipients, path.name)
            results.append(result)
        next_file()

    next_file()


# --------------------------------------------------------------------------- saving


def save_list(
    parent: QWidget | None,
    services: Any,
    recipients: Iterable[Recipient],
    path: str | Path,
    on_saved: Callable[[bool], None],
    kind: str | None = None,
) -> None:
    """Write the list (atomically, off the GUI thread), then call ``on_saved(True)``, or show a
    French message and call ``on_saved(False)``: the file that was there is left intact.
    ``kind`` « marketing » goes with an .xlsx (`listfiles.write`).

    A write cannot be stopped halfway, so its busy dialog has no « Annuler »."""
    path = Path(path)
    people = list(recipients)  # the table as it is now, whatever happens to it meanwhile
    title = _tr("Enregistrement de la liste")

    def write() -> int | ListFileError:
        try:
            return listfiles.write(path, people, kind)
        except ListFileError as answer:  # a French sentence already (folder gone, disk full…)
            return answer

    def done(value: int | ListFileError) -> None:
        if isinstance(value, ListFileError):
            QMessageBox.critical(parent, title, str(value))
            on_saved(False)
            return
        add_recent(services.settings, path)
        on_saved(True)

    def failed(exc: BaseException) -> None:
        QMessageBox.critical(
            parent,
            title,
            _tr("« {name} » n'a pas pu être enregistré ({error}). Le fichier précédent est intact.")
            .replace("{name}", path.name)
            .replace("{error}", type(exc).__name__),
        )
        on_saved(False)

    ListWork(
        parent, _tr("Enregistrement de « {name} »…").replace("{name}", path.name), False
    ).start(write, done, failed)


# --------------------------------------------------------------------------- refused rows


def show_report(parent: QWidget | None, result: ReadResult | str) -> None:
    """Show the refused rows of a read (nothing when every row was imported)."""
    report_dialog.show_report(parent, result if isinstance(result, str) else list_report(result))
