"""Open the history or the consumption window on sample data (for screenshots and demos).

    python bench/show_history.py history|consumption|detail [--count N]

Uses a throw-away ELLIPSES_SMS_HOME: a few real sends through the sandbox (with their delivery
reports) and N generated messages over the last ten months. French locale.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

home = Path(tempfile.mkdtemp(prefix="ellipses-show-"))
os.environ["ELLIPSES_SMS_HOME"] = str(home)
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_history import generate  # noqa: E402
from PySide6.QtCore import QLocale, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ellipses_sms import paths, recipients  # noqa: E402


def main() -> None:
    what = sys.argv[1] if len(sys.argv) > 1 else "history"
    count = int(sys.argv[sys.argv.index("--count") + 1]) if "--count" in sys.argv else 20_000
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    (home / "config").mkdir(parents=True)
    (home / "config" / "settings.json").write_text(
        json.dumps({"sandbox_latency": 0, "sandbox_rate_limit": 0, "sandbox_report_delay": 0.05}),
        encoding="utf-8",
    )
    generate(paths.store_file(), count)
    from ellipses_sms.app import build_services

    services = build_services()
    people = [
        ("Claire Dupond", "06 12 34 56 78"),
        ("Jean Martin", "+33600000002"),
        ("Librairie Voisine", "+33600000001"),
        ("Zoé Petit", "06 98 76 54 32"),
        ("Hugo Bernard", "+33600000007"),
    ]
    summary = services.dispatcher.send(
        [recipients.make(n, p) for n, p in people],
        "Bonjour, le livre que vous avez commandé est arrivé à la librairie.\n"
        "Il vous attend en caisse jusqu'au 30. À bientôt !",
    )
    services.dispatcher.wait_for_reports(summary.job_id, timeout=3, interval=0.05)
    app = QApplication.instance() or QApplication(sys.argv)
    if what == "consumption":
        from ellipses_sms.ui.consumption_dialog import ConsumptionDialog

        dialog = ConsumptionDialog(services)
    else:
        from ellipses_sms.ui.history_dialog import HistoryDialog

        dialog = HistoryDialog(services)
        if what == "detail":
            rows = services.dispatcher.messages(summary.job_id)
            QTimer.singleShot(800, lambda: dialog.open_detail(rows[1].id))
    dialog.show()
    code = app.exec()
    services.close()
    shutil.rmtree(home, ignore_errors=True)
    sys.exit(code)


if __name__ == "__main__":
    main()
