"""Responsiveness of the main window while it sends 10,000 messages through the sandbox.

A 5 ms QTimer on the GUI thread records the longest gap between its ticks while the window
sends (create the job, send it, show every status, delivery reports polled). Target: under 50 ms.
The baseline is the longest gap of the same timer over one idle second in the same run.
"""

from __future__ import annotations

import json
import os
import time

from common import private_home, quick, report

home = private_home()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
(home / "config").mkdir(parents=True, exist_ok=True)
(home / "config" / "settings.json").write_text(
    json.dumps(
        {
            "sandbox_latency": 0.0,
            "sandbox_rate_limit": 0.0,
            "sandbox_report_delay": 0.5,
            "sandbox_failure_rate": 0.02,
            "report_poll_interval": 0.5,
        }
    ),
    encoding="utf-8",
)

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from ellipses_sms.app import build_services  # noqa: E402
from ellipses_sms.recipients import Recipient  # noqa: E402
from ellipses_sms.sending import ReportPoller  # noqa: E402
from ellipses_sms.ui.main_window import MainWindow  # noqa: E402

COUNT = 2_000 if quick() else 10_000


class GapMeter:
    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)
        self.longest = 0.0
        self.ticks = 0

    def start(self) -> None:
        self.longest, self.ticks = 0.0, 0
        self.clock.start()
        self.timer.start()

    def tick(self) -> None:
        gap = self.clock.restart()
        self.ticks += 1
        if self.ticks > 1:
            self.longest = max(self.longest, float(gap))

    def stop(self) -> float:
        self.timer.stop()
        return self.longest


def run_loop(ms: int, until=None) -> None:
    loop = QEventLoop()
    deadline = time.monotonic() + ms / 1000
    check = QTimer()
    check.setInterval(20)
    check.timeout.connect(
        lambda: loop.quit() if (until and until()) or time.monotonic() > deadline else None
    )
    check.start()
    loop.exec()
    check.stop()


def main() -> None:
    _app = QApplication.instance() or QApplication([])
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    QMessageBox.information = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok)
    services = build_services()
    poller = ReportPoller(services.dispatcher, 0.5)
    poller.start()
    window = MainWindow(services, poller, check_unfinished=False)
    window.resize(1000, 760)
    window.show()
    window.model.add_recipients(
        Recipient(f"Client {i}", f"+336{12000000 + i:08d}") for i in range(COUNT)
    )
    window.editor.set_text("Bonjour, votre commande est arrivée à la librairie. À bientôt !")
    meter = GapMeter()
    meter.start()
    run_loop(1000)
    idle = meter.stop()

    meter.start()
    started = time.monotonic()
    window.send()
    run_loop(600_000, lambda: not window.is_sending())
    elapsed = time.monotonic() - started
    busy = meter.stop()
    counts = window.model.counts()
    poller.stop()
    window.relay.close()
    services.close()
    report(
        f"gui_longest_gap_sending_{COUNT // 1000}k",
        busy,
        "ms",
        max(idle, 1.0),
        f"{COUNT} messages in {elapsed:.1f} s, {sum(counts.values())} statuses shown; "
        "baseline: idle second; target < 50 ms",
    )


if __name__ == "__main__":
    main()
