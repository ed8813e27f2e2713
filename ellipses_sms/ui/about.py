"""The product's icon, the « À propos » dialog and the start-up failure dialog.

A clerk who calls for help is asked « which version? » and « where is the log? »: the « À
propos » dialog answers both, with a button that copies it all. A windowed program has no
console, so a failure before the window opens is shown in a dialog, never lost.
"""

from __future__ import annotations

import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QVBoxLayout, QWidget

from ellipses_sms import __version__, paths
from ellipses_sms.ui.icons import app_icon


def system_lines() -> list[str]:
    """What support needs to know, one fact a line (also written to the log at start)."""
    import platform  # not at start-up: only the dialog says it

    return [
        f"Ellipses SMS {__version__}",
        f"Python {platform.python_version()} ({sys.executable})",
        f"Qt {qVersion()}, PySide6 {pyside_version}",
        f"{platform.platform(terse=True)}",
        f"Journal : {paths.log_file()}",
        f"Données : {paths.data_dir()}",
    ]


class AboutDialog(QDialog):
    """The version, the system and the folders, with a button that copies them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("À propos d'Ellipses SMS"))
        self.setWindowIcon(app_icon())
        layout = QVBoxLayout(self)
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(icon)
        title = QLabel(f"<h2>Ellipses SMS {__version__}</h2>", self)
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(title)
        layout.addWidget(
            QLabel(self.tr("Envoi de SMS aux clients de la librairie, avec Ellipses 2000."), self)
        )
        self.details = QLabel("\n".join(system_lines()[1:]), self)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        from PySide6.QtWidgets import QDialogButtonBox  # its type and enums: not at start-up

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(
            self.tr("Copier"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(system_lines()))


def decorate(window: QMainWindow) -> QAction:
    """The window's icon and an « Aide » menu with « À propos »; returns the action."""
    window.setWindowIcon(app_icon())
    menu = window.menuBar().addMenu(QCoreApplication.translate("AboutDialog", "&Aide"))
    action = QAction(QCoreApplication.translate("AboutDialog", "À propos d'Ellipses SMS…"), window)
    action.setMenuRole(QAction.MenuRole.AboutRole)
    # through the action, not the window: a lambda holding the window would keep it alive
    action.triggered.connect(lambda: show_about(action.parent()))
    menu.addAction(action)
    return action


def show_about(parent: QWidget | None) -> None:
    """The « À propos » dialog, modal, deleted once closed."""
    dialog = AboutDialog(parent)
    dialog.exec()
    dialog.deleteLater()


def show_startup_error(exc: BaseException) -> None:
    """A failure before the window could open, in a dialog (a windowed program has no console)."""
    text = QCoreApplication.translate(
        "AboutDialog",
        "Ellipses SMS n'a pas pu démarrer.\n\n%1\n\nLes détails sont dans le journal : %2",
    )
    from PySide6.QtWidgets import QMessageBox  # its type and enums: not at every start

    reason = str(exc) or type(exc).__name__
    box = QMessageBox(QMessageBox.Icon.Critical, "Ellipses SMS", "")
    box.setText(text.replace("%1", reason).replace("%2", str(paths.log_file())))
    box.setWindowIcon(app_icon())
    box.exec()
