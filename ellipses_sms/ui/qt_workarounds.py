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
"""

from __future__ import annotations

import ctypes
import platform
import sys

#: References added to True and False: far more than any session can emit.
EXTRA_REFERENCES = 1 << 40

_done = False


def protect_bool_refcounts() -> bool:
    """Apply the defence once; returns True when it was needed here (CPython before 3.12)."""
    global _done
    if _done or sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return False
    for obj in (True, False):
        # ob_refcnt is the first field of every object in CPython's (non free-threaded) layout
        ctypes.c_ssize_t.from_address(id(obj)).value += EXTRA_REFERENCES
    _done = True
    return True
