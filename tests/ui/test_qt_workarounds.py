"""The defence against PySide6's lost reference to True (see ellipses_sms/ui/qt_workarounds.py).

Without it, a few hundred `signal.emit()` made from Python abort the interpreter with « Fatal
Python error: bool_dealloc » (PySide6 6.12.0 on CPython 3.11, measured): the clerk's window would
close at a random moment. Run in a child process, since the failure is an abort.
"""

from __future__ import annotations

import subprocess
import sys

EMITS = """
import sys
{setup}
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Emitter(QObject):
    changed = Signal(str)

app = QCoreApplication([])
e = Emitter()
e.changed.connect(lambda text: None)
for _ in range(20_000):
    e.changed.emit("x")
print("ok")
"""


def run(setup: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", EMITS.format(setup=setup)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_twenty_thousand_emits_from_python_do_not_abort_the_window_process():
    done = run("import ellipses_sms.ui")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"


def test_the_defence_is_applied_once_and_only_where_needed():
    from ellipses_sms.ui import qt_workarounds

    before = sys.getrefcount(True)
    assert qt_workarounds.protect_bool_refcounts() is False  # already applied at import
    assert sys.getrefcount(True) - before < 10
    if sys.version_info < (3, 12):
        assert sys.getrefcount(True) > qt_workarounds.EXTRA_REFERENCES // 2


def _shiboken_answer(module) -> bool:
    """shiboken6 6.12's own `_mod_uses_pyside`, as its `feature.py` writes it."""
    import inspect

    try:
        source = inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False
    return "PySide6" in source


def test_the_feature_scan_answers_as_shiboken_for_every_loaded_module():
    import ellipses_sms.ui.main_window  # plenty of modules, with Qt and without
    from ellipses_sms.ui import qt_workarounds

    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside is qt_workarounds._source_names_pyside  # applied at import
    modules = [m for name, m in list(sys.modules.items()) if m is not None and "." in name]
    assert len(modules) > 100
    differ = [
        m.__name__ for m in modules if qt_workarounds._source_names_pyside(m) != _shiboken_answer(m)
    ]
    assert differ == []
    assert qt_workarounds._source_names_pyside(ellipses_sms.ui.main_window)
    assert not qt_workarounds._source_names_pyside(sys.modules["json"])
    assert qt_workarounds.quicken_feature_scan() is False  # once


VIEWPORTS = """
import json
from PySide6 import QtWidgets
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView
from ellipses_sms.ui.qt_workarounds import own_viewport

app = QApplication([])

def state(view):
    vp = view.viewport()
    return {
        "name": vp.objectName(), "role": vp.backgroundRole().name,
        "fill": vp.autoFillBackground(), "tracking": vp.hasMouseTracking(),
        "drops": vp.acceptDrops(), "focus": vp.focusPolicy().name,
        "proxy": vp.focusProxy() is view, "parent": vp.parent() is view,
        "palette": vp.palette() == view.palette(), "menu": vp.contextMenuPolicy().name,
        "cursor": vp.cursor().shape().name, "sheet": vp.styleSheet(),
        "attributes": sorted(a.name for a in Qt.WidgetAttribute if vp.testAttribute(a)),
        "geometry": list(vp.geometry().getRect()), "visible": vp.isVisible(),
    }

ours = QTableView(); own_viewport(ours); ours.resize(400, 300)
types = len(vars(QtWidgets))
ours.viewport()
built = len(vars(QtWidgets)) - types
qts = QTableView(); qts.resize(400, 300)
ours.show(); qts.show(); app.processEvents()
print(json.dumps({"ours": state(ours), "qt": state(qts), "built": built}))
"""


def test_a_viewport_made_from_python_is_qt_s_own_without_the_types_it_costs():
    import json

    done = subprocess.run(
        [sys.executable, "-c", VIEWPORTS],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["ours"] == found["qt"]
    assert found["built"] == 0  # no QtWidgets type made to find the viewport's
