"""Start-up: CPU time until the main window is on screen, against a bare PySide6 window.

Each figure is the CPU time (user + system, every thread of the process, interpreter start
included) from the process's start until the window's first frame is painted (the window's
first paint event and its children's, which follow it in the same frame: the figure is taken
when the event loop turns after it, before what the window starts once painted — the message
store's opening on a worker thread), measured in a fresh process, with the bytecode written as
an install has it. The product's line runs the command
line with no argument (`ellipses_sms.cli.main`: what `ellipses-sms` and `EllipsesSMS.exe`
run) on user folders that already have the message store (a second start: what a clerk sees
every morning), found as on a clerk's machine (no ELLIPSES_SMS_HOME), with the real
translations and settings. The baseline opens a bare
`QMainWindow` of the same size on the same Qt platform, in a fresh process in the same run.
The median of several starts each (they alternate, so that both see the same load of the
machine). Target: ratio ≤ 2.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

from common import private_home, quick, report

ROOT = Path(__file__).resolve().parent.parent

#: Runs in the child: report the CPU time once the window's first frame is painted, then quit.
PROBE = r"""
import os, resource, sys
if sys.argv[1] == "window":  # in the order `ellipses-sms` imports them: the command line, then Qt
    from ellipses_sms.cli import main
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
            # the children paint after the window, in the same frame: measure when it is done
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self.painted)
        return False
    def painted(self):
        size = self.window.size()
        print(f"CPU {cpu():.6f} {size.width()} {size.height()}", flush=True)
        self.window.close()
        self.window = None

def watch(window):
    window._first_paint = FirstPaint(window)

if sys.argv[1] == "bare":
    from PySide6.QtWidgets import QMainWindow
    app = QApplication(sys.argv[:1])
    w = QMainWindow()
    w.resize(int(sys.argv[2]), int(sys.argv[3]))  # the product window's size
    watch(w)
    w.show()
    app.exec()
else:
    import ellipses_sms.ui.app as ui_app  # main: what `ellipses-sms`, EllipsesSMS.exe run

    shown = ui_app.when_painted

    def when_painted(widget, then, latest_ms=1000):
        # what the window starts once painted (the store's opening, on a thread) is not its
        # start: watched after it, the probe's filter is asked first and measures before it
        shown(widget, then, latest_ms)
        watch(widget)

    ui_app.when_painted = when_painted
    sys.exit(main([]))
"""


def start(kind: str, home: Path, size: tuple[int, int] = (1000, 760)) -> tuple[float, tuple]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    # a clerk's start: no ELLIPSES_SMS_HOME, the user's folders found by platformdirs (here the
    # XDG ones, in the throw-away home)
    env.pop("ELLIPSES_SMS_HOME", None)
    for name in ("DATA", "CONFIG", "STATE"):
        env[f"XDG_{name}_HOME"] = str(home / name.lower())
    # an installed product has its bytecode compiled (pip, the Windows installer): so here
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run(
        [sys.executable, "-c", PROBE, kind, *map(str, size)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("CPU ")]
    if out.returncode != 0 or not lines:
        raise SystemExit(f"start-up {kind} failed ({out.returncode}): {out.stderr[-2000:]}")
    _, cpu, width, height = lines[0].split()
    return float(cpu), (int(width), int(height))


def main() -> None:
    home = private_home()
    runs = 3 if quick() else 7
    # the first starts create the store and write the bytecode (and say the window's size);
    # the next ones are the figure
    _, size = start("window", home)
    start("bare", home, size)
    bare, window = [], []
    for _ in range(runs):  # interleaved: both see the same machine load
        bare.append(start("bare", home, size)[0])
        window.append(start("window", home)[0])
    report(
        "startup_window_cpu",
        statistics.median(window),
        "s",
        statistics.median(bare),
        f"median of {runs} fresh processes to the first painted frame; "
        f"baseline: a bare PySide6 QMainWindow, {size[0]}x{size[1]} as the window; "
        "target ratio <= 2",
    )


if __name__ == "__main__":
    main()
