"""Defences against known defects of the Qt binding, applied once when the interface loads.

PySide6 6.12.0 on CPython 3.11: every `signal.emit(...)` made from Python returns ``True``
without taking a reference to it (measured: 100 emits lower ``sys.getrefcount(True)`` by 100,
with or without a connected slot; emissions made by Qt itself, a key press, do not). The window
emits from Python all the time (worker results, coalesced events, the preview), so after a few
hundred emits ``True``'s count reaches zero and the interpreter aborts: « Fatal Python error:
bool_dealloc: deallocating True or False », at a random moment or at quit. CPython 3.12 made
``True`` immortal, so only 3.11 (this project's floor, and the Windows bundle's Python) is hit.

The defence: give ``True`` and ``False`` 2⁴⁰ extra references once. They are never meant to be
freed, so extra references cost nothing, and a trillion emits would be needed to drain them; a
fixed binding (count exact again) is unaffected.

Also a cost of the binding at every start: once shiboken6 is loaded, its `__import__` hook asks
of every module an `import` statement names whether its source mentions « PySide6 » (for its
`__feature__` switches), and finds out through `inspect.getsource` — about 0.4 ms a module,
~90 modules as the window opens: 30 ms or more, a tenth of the start. `quicken_feature_scan`
answers the same question by reading the file's bytes (`bench/bench_startup.py`).
"""

from __future__ import annotations

import sys

#: References added to True and False: far more than any session can emit.
EXTRA_REFERENCES = 1 << 40

_done = False


def protect_bool_refcounts() -> bool:
    """Apply the defence once; returns True when it was needed here (CPython before 3.12)."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    ssize_t = _ssize_t()
    for obj in (True, False):
        # ob_refcnt is the first field of every object in CPython's (non free-threaded) layout
        ssize_t.from_address(id(obj)).value += EXTRA_REFERENCES
    _done = True
    return True


def _ssize_t() -> type:
    """`ctypes.c_ssize_t`, from `_ctypes` alone: this runs as the window starts, and the
    `ctypes` package (its ~100 types) and `platform` cost ~10 ms there that nothing else needs.

    Py_ssize_t has the size of a pointer on every platform CPython supports: « q » (long long)
    on 64-bit systems, Windows' included, « l » on 32-bit ones.
    """
    from _ctypes import _SimpleCData

    class c_ssize_t(_SimpleCData):  # ctypes' own name
        _type_ = "q" if sys.maxsize > 2**32 else "l"

    return c_ssize_t


def quicken_feature_scan() -> bool:
    """Make shiboken6's per-import source scan cheap; returns True when it was replaced.

    Same answer as shiboken6's `_mod_uses_pyside` (the module's source contains « PySide6 »;
    no source file: no), without `inspect`. A binding without that function is left alone.
    """
    import shiboken6  # noqa: F401 - installs the import hook and loads its `feature` module

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or original is _source_names_pyside:
        return False
    feature._mod_uses_pyside = _source_names_pyside  # type: ignore[union-attr]
    return True


def _source_names_pyside(module: object) -> bool:
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # built in, an extension, or bytecode only (the Windows bundle's stdlib)
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def own_viewport(view: object) -> None:
    """Give a scroll area (the recipients' table) a viewport made from Python, set as Qt's own.

    Why: the first time shiboken6 meets a widget C++ made, `view.viewport()` here, it finds
    its Python type by building every QtWidgets type that derives from QWidget (~50, and their
    enums): ~30 ms of CPU before the window shows, for types the window never uses. A
    viewport made here is known to Python from the start. Qt's own viewport differs from a
    bare QWidget by its name, its Base background filled, and touch events (compared, every
    widget attribute included, in tests/ui/test_qt_workarounds.py).
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QWidget

    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    viewport.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
    view.setViewport(viewport)  # type: ignore[attr-defined]
