"""Distribution lists in the window: open, save, recent lists, drag and drop, refused rows.

These helpers present `ellipses_sms.listfiles` (which holds every rule) to the clerk:
file dialogs that remember the last folder, reading and writing off the GUI thread with a busy
indicator for big files, the column mapping dialog when a layout is not recognised, a French
message for a broken file, and the report of refused rows that the clerk can copy or save.

The main window wires them: File > Ouvrir une liste… calls `open_into`, File > Enregistrer la
liste… calls `choose_list_to_save` + `save_list`, the recent-lists menu reads `recent_lists`,
and `install_list_drop` on the recipient table emits dropped files.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
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
    """« Veuillez patienter »: a moving bar and, when the work can stop, « Annuler »."""

    cancelled = Signal()

    def __init__(self, label: str, can_cancel: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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

    def reject(self) -> None:  # Escape or the window's close button cancel too
        if self.cancel_button is not None and self.cancel_button.isEnabled():
            self._cancel()


class _Job(QThread):
    """Runs one function in a thread; the result or the exception is kept for the caller."""

    def __init__(self, fn: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self.value: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.value = self._fn()
        except BaseException as exc:  # handed back to the GUI thread, which decides
            self.error = exc


def run_in_background(
    parent: QWidget | None,
    label: str,
    fn: Callable[[], Any],
    cancel: threading.Event | None = None,
    delay_ms: int = BUSY_DELAY_MS,
) -> Any:
    """Run ``fn`` in a worker thread while the window keeps painting; return or raise its result.

    For the first ``delay_ms`` user input is held back (not lost) so a quick read looks instant;
    after that a modal busy indicator appears, with a Cancel button when ``cancel`` is given.
    """
    job = _Job(fn)
    loop = QEventLoop()
    job.finished.connect(loop.quit)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    job.start()
    timer.start(delay_ms)
    if not job.isFinished():
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    timer.stop()
    if not job.isFinished():
        busy = _BusyDialog(label, cancel is not None, parent)
        if cancel is not None:
            busy.cancelled.connect(cancel.set)
        busy.show()
        timer.setSingleShot(False)
        timer.start(100)  # re-check now and then: never wait on a missed signal
        while not job.isFinished():
            loop.exec()
        timer.stop()
        busy.close()
        busy.deleteLater()
    job.wait()
    if job.error is not None:
        raise job.error
    return job.value


# --------------------------------------------------------------------------- opening


def _warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def load_list(
    parent: QWidget | None, services: Any, path: str | Path, mapping: Mapping | None = None
) -> ReadResult | None:
    """Read a list file off the GUI thread; None if it cannot be read or the clerk gave up.

    Unrecognised columns open the mapping dialog (the choice is remembered for the layout) and
    the read is tried again; a broken file gives a French message box. The list is added to
    the recent lists.
    """
    from ellipses_sms.ui.column_mapping_dialog import ColumnMappingDialog

    path = Path(path)
    region = services.settings.get("region")
    title = _tr("Ouverture de la liste")
    while True:
        cancel = threading.Event()

        def work(m: Mapping | None = mapping, c: threading.Event = cancel) -> ReadResult:
            return listfiles.read(path, region=region, mapping=m, cancel=c)

        try:
            result = run_in_background(
                parent, _tr("Lecture de « {name} »…").replace("{name}", path.name), work, cancel
            )
        except ColumnsNeeded as needed:
            dialog = ColumnMappingDialog(needed, parent)
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.mapping() is None:
                return None
            mapping = dialog.mapping()
            continue
        except ReadCancelled:
            return None
        except ListFileError as exc:
            _warn(parent, title, str(exc))
            if not path.exists():
                remove_recent(services.settings, path)
            return None
        except Exception as exc:  # never a traceback for the clerk; the log keeps it
            log.exception("reading list %s", path)
            _warn(
                parent,
                title,
                _tr("« {name} » n'a pas pu être lu ({error}).")
                .replace("{name}", path.name)
                .replace("{error}", type(exc).__name__),
            )
            return None
        add_recent(services.settings, path)
        return result


def open_into(
    parent: QWidget | None,
    services: Any,
    add: Callable[[Iterable[Recipient]], Any],
    paths: Sequence[str | Path] | None = None,
) -> list[ReadResult]:
    """Open list files (asking for them when ``paths`` is None) and append them to the table.

    ``add`` is the table model's ``add_recipients``. Opening appends, as the old tool did; the
    refused rows of every file are shown together at the end so nothing goes unnoticed.
    """
    if paths is None:
        paths = open_list_dialog(parent, services)
    results: list[ReadResult] = []
    for path in paths:
        result = load_list(parent, services, path)
        if result is None:
            continue
        add(result.recipients)
        results.append(result)
    text = "\n\n".join(r.report() for r in results if r.report())
    if text:
        show_report(parent, text)
    return results


# --------------------------------------------------------------------------- saving


def save_list(
    parent: QWidget | None, services: Any, recipients: Iterable[Recipient], path: str | Path
) -> bool:
    """Write the list (atomically, off the GUI thread); a French message if it fails."""
    path = Path(path)
    people = list(recipients)
    try:
        run_in_background(
            parent,
            _tr("Enregistrement de « {name} »…").replace("{name}", path.name),
            lambda: listfiles.write(path, people),
        )
    except ListFileError as exc:
        QMessageBox.critical(parent, _tr("Enregistrement de la liste"), str(exc))
        return False
    except Exception as exc:
        log.exception("saving list %s", path)
        QMessageBox.critical(
            parent,
            _tr("Enregistrement de la liste"),
            _tr("« {name} » n'a pas pu être enregistré ({error}). Le fichier précédent est intact.")
            .replace("{name}", path.name)
            .replace("{error}", type(exc).__name__),
        )
        return False
    add_recent(services.settings, path)
    return True


# --------------------------------------------------------------------------- refused rows


def show_report(parent: QWidget | None, result: ReadResult | str) -> None:
    """Show the refused rows of a read (nothing when every row was imported)."""
    report_dialog.show_report(parent, result if isinstance(result, str) else result.report())


# --------------------------------------------------------------------------- drag and drop


def is_list_file(path: str | Path) -> bool:
    return Path(path).suffix.lower() in listfiles.SUFFIXES


class ListDropFilter(QObject):
    """Accepts list files (.csv, .xlsx, .xls, .ods…) dropped on a widget, emits their paths."""

    filesDropped = Signal(list)  # list[Path]

    def _paths(self, event: Any) -> list[Path]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [
            Path(url.toLocalFile())
            for url in mime.urls()
            if url.isLocalFile() and is_list_file(url.toLocalFile())
        ]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self._paths(event):
                event.acceptProposedAction()
                return True
            return False
        if kind == QEvent.Type.Drop:
            paths = self._paths(event)
            if paths:
                event.acceptProposedAction()
                self.filesDropped.emit(paths)
                return True
        return False


def install_list_drop(widget: QWidget) -> ListDropFilter:
    """Let list files be dropped on ``widget`` (a table: on its viewport); connect filesDropped."""
    drop = ListDropFilter(widget)
    targets = [widget]
    if isinstance(widget, QAbstractScrollArea):
        targets.append(widget.viewport())
    for target in targets:
        target.setAcceptDrops(True)
        target.installEventFilter(drop)
    return drop
