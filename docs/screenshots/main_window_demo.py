"""Ten sandbox recipients sent in the main window: the picture of docs/screenshots/main-window.png.

Usage (from the project root; a private home under /tmp, sandbox provider only):
    ../shared/tools/screenshot docs/screenshots/main-window.png --wait 9 --size 1200x800 -- \\
        .venv/bin/python docs/screenshots/main_window_demo.py
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

HOME = Path("/tmp/ellipses-sms-screenshot")
PEOPLE = [
    ("Dupond Claire", "06 12 34 56 78"),
    ("Librairie du Centre", "07 81 22 33 44"),
    ("Martin Paul", "06 45 67 89 01"),
    ("Bernard Sophie", "06 98 76 54 32"),
    ("Petit Jean", "06 00 00 00 01"),
    ("Durand Marie", "06 00 00 00 02"),
    ("Leroy Luc", "06 22 33 44 55"),
    ("Moreau Anne", "06 00 00 00 07"),
    ("Fournier Léa", "07 66 55 44 33"),
    ("Girard Hugo", "06 11 22 33 44"),
]
TEXT = (
    "Bonjour, votre commande « Les Misérables » est arrivée à la librairie. "
    "Elle vous attend à l'accueil jusqu'à samedi. Bonne journée !"
)


def main() -> int:
    (HOME / "config").mkdir(parents=True, exist_ok=True)
    settings = {"sandbox_report_delay": 1.0, "report_poll_interval": 0.5, "sender": "LIBRAIRIE"}
    (HOME / "config" / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    os.environ["ELLIPSES_SMS_HOME"] = str(HOME)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ellipses_sms.app import build_services
    from ellipses_sms.recipients import make
    from ellipses_sms.sending import ReportPoller

    app = QApplication(sys.argv)
    from ellipses_sms.ui.main_window import MainWindow

    # no clerk to click: the confirmation is answered « Oui », the end notice goes to the bar
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    QMessageBox.information = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok)
    services = build_services()
    poller = ReportPoller(services.dispatcher, 0.5)
    poller.start()
    window = MainWindow(services, poller, check_unfinished=False)
    window.model.add_recipients(make(name, number) for name, number in PEOPLE)
    window.editor.set_text(TEXT)
    window.resize(1200, 800)
    window.show()
    QTimer.singleShot(800, window.send)
    try:
        return int(app.exec())
    finally:
        poller.stop()
        services.close()


if __name__ == "__main__":
    sys.exit(main())
