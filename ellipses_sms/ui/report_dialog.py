"""« Lignes non importées »: the rows a list file or an import left out, in a window that scrolls.

Why a dialog of its own: a message box grows with its text, and the report of a big import (one
line per refused customer) made one 32,767 pixels tall with its OK button off the screen. This
dialog keeps the text in a scrollable, read-only field, offers « Copier » (the clipboard) and
« Enregistrer… » (a .txt file, written atomically like the lists), and is never larger than the
screen it opens on (1366×768 with a taskbar included). The lists (`ui/lists.py`) and the import
from the bookstore database (`MainWindow.import_recipients`) both show their refusals here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ellipses_sms import listfiles
from ellipses_sms.listfiles import ListFileError

#: The size the dialog asks for; smaller when the screen is (at most 90 % of it, 80 % in height).
WIDTH, HEIGHT = 720, 460


class ReportDialog(QDialog):
    """The rows that were not imported, as text the clerk can copy or save to a .txt file.

    ``source`` is « list » (a list file: correct the file and open it again) or « import » (the
    bookstore database: correct the customers' records and import again).
    """

    def __init__(self, text: str, parent: QWidget | None = None, source: str = "list") -> None:
        super().__init__(parent)
        self.setObjectName("listReportDialog")
        self.setWindowTitle(self.tr("Lignes non importées"))
        if source == "import":
            intro_text = self.tr(
                "Certains clients n'ont pas été importés. Corrigez leur fiche dans le logiciel "
                "de la librairie puis relancez l'import : les numéros déjà présents ne seront "
                "pas ajoutés deux fois."
            )
        else:
            intro_text = self.tr(
                "Certaines lignes n'ont pas été importées. Corrigez-les dans le fichier puis "
                "rouvrez-le : les numéros déjà présents ne seront pas ajoutés deux fois."
            )
        intro = QLabel(intro_text)
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(text)
        self.text.setReadOnly(True)
        self.text.setObjectName("reportText")
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setAccessibleName(self.tr("Lignes non importées"))
        # an import's report is one line per customer left out (a list's starts with its totals)
        lines = len([line for line in text.splitlines() if line.strip()])
        self.count_label = QLabel(self.tr("%Ln client(s) non importé(s).", "", lines))
        self.count_label.setVisible(source == "import")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Fermer"))
        close.setDefault(True)
        self.copy_button = QPushButton(self.tr("Copier"))
        self.save_button = QPushButton(self.tr("Enregistrer…"))
        self.copy_button.setAutoDefault(False)
        self.save_button.setAutoDefault(False)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(buttons)
        self._fit_screen(parent)

    def _fit_screen(self, parent: QWidget | None) -> None:
        """At most the screen's free area (taskbar excluded), whatever the text's length."""
        free = free_area(parent)
        if free is None:
            self.resize(WIDTH, HEIGHT)
            return
        self.setMaximumSize(free.width(), free.height())
        self.resize(min(WIDTH, int(free.width() * 0.9)), min(HEIGHT, int(free.height() * 0.8)))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())

    def save(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Enregistrer le compte rendu"),
            "lignes-non-importees.txt",
            self.tr("Texte (*.txt)"),
        )
        if not name:
            return None
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".txt")
        try:
            listfiles._atomic_write(  # same safe write as the lists themselves
                path,
                lambda fh: fh.write(self.text.toPlainText().replace("\n", "\r\n")),
                binary=False,
            )
        except ListFileError as exc:
            QMessageBox.critical(self, self.tr("Enregistrement"), str(exc))
            return None
        return path


def free_area(widget: QWidget | None) -> QRect | None:
    """The free part of the screen ``widget`` is on (the primary one without it), or None."""
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fit_to_screen(dialog: QWidget, width: int, height: int) -> None:
    """Give a dialog (width, height), never more than the free part of its screen (1366×768
    with a taskbar: about 1366×728), leaving room for the title bar."""
    free = free_area(dialog.parentWidget() or dialog)
    if free is None or free.width() <= 0:
        dialog.resize(width, height)
        return
    dialog.resize(min(width, free.width() - 20), min(height, free.height() - 40))


def show_report(parent: QWidget | None, text: str, source: str = "list") -> None:
    """Show refused rows (nothing when ``text`` is empty: every row was imported)."""
    if text:
        ReportDialog(text, parent, source).exec()
