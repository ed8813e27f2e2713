"""Start-up: CPU time until the main window is on screen, against a bare PySide6 window.

Each figure is the CPU time (user + system, every thread of the process, interpreter start
included) from the process's start until the window's first paint, measured in a fresh
process, with the bytecode written as an install has it. The product's line runs the command
line with no argument (`ellipses_sms.cli.main`: what `ellipses-sms` and `EllipsesSMS.exe`
run) on a home folder that already has its message store (a second start: what a clerk sees
every morning), with the real translations and settings. The baseline opens a bare
`QMainWindow` in a fresh process in the same run. The median of several starts each (they
alternate, so that both see the same load of the machine). Target: ratio ≤ 2.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

from common import private_home, quick, report

ROOT = Path(__file__).resolve().parent.parent

#: Runs in the child: report the CPU time at the window's first paint, then quit.
PROBE = r"""
import os, resource, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime

class FirstPaint(QObject):
    def __init__(self, window):
        super().__init__()
        self.window = window
        window.installEventFilter(self)
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and self.window is not None:
            print(f"CPU {cpu():.6f}", flush=True)
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self.window.close)
            self.window = None
        return False

def watch(window):
    window._first_paint = FirstPaint(window)

if sys.argv[1] == "bare":
    from PySide6.QtWidgets import QMainWindow
    app = QApplication(sys.argv[:1])
    w = QMainWindow()
    w.resize(1000, 760)
    watch(w)
    w.show()
    app.exec()
else:
    from ellipses_sms.cli import main  # what `ellipses-sms` and EllipsesSMS.exe run
    import ellipses_sms.ui.main_window as mw

    class Probed(mw.MainWindow):
        def showEvent(self, event):
            super().showEvent(event)
            if not hasattr(self, "_first_paint"):
                watch(self)

    mw.MainWindow = Probed
    sys.exit(main([]))
"""


def start(kind: str, home: Path) -> float:
    env = dict(os.environ, ELLIPSES_SMS_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = str(ROOT)
    # an installed product has its bytecode compiled (pip, the Windows installer): so here
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run(
        [sys.executable, "-c", PROBE, kind],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("CPU ")]
    if out.returncode != 0 or not lines:
        raise SystemExit(f"start-up {kind} failed ({out.returncode}): {out.stderr[-2000:]}")
    return float(lines[0].split()[1])


def main() -> None:
    home = private_home()
    runs = 3 if quick() else 7
    # the first starts create the store and write the bytecode; the next ones are the figure
    start("bare", home)
    start("window", home)
    bare, window = [], []
    for _ in range(runs):  # interleaved: both see the same machine load
        bare.append(start("bare", home))
        window.append(start("window", home))
    report(
        "startup_window_cpu",
        statistics.median(window),
        "s",
        statistics.median(bare),
        f"median of {runs} fresh processes to the first paint; "
        "baseline: a bare PySide6 QMainWindow; target ratio <= 2",
    )


if __name__ == "__main__":
    main()
