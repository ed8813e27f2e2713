"""Modules imported on their first use, so that the window shows before what it needs later.

The window is on screen long before the clerk adds a number (phonenumbers), types an emoji
(`regex`) or sends (the placeholders' rendering): those modules are imported when first used,
not at start-up (`bench/bench_startup.py`). A module written

    phone = lazy_module("ellipses_sms.phone", globals())

holds a stand-in under that name; its first attribute access imports the module (on any
thread: the import system's own locks make that safe) and puts the module itself in its place,
so that from then on the name is the module and costs nothing more.
"""

from __future__ import annotations

import importlib
from typing import Any


class _LazyModule:
    __slots__ = ("_as", "_name", "_namespace")

    def __init__(self, name: str, namespace: dict[str, Any], as_name: str) -> None:
        self._name = name
        self._namespace = namespace
        self._as = as_name

    def __getattr__(self, attr: str) -> Any:
        module = importlib.import_module(self._name)
        if self._namespace.get(self._as) is self:
            self._namespace[self._as] = module
        return getattr(module, attr)

    def __repr__(self) -> str:
        return f"<module {self._name!r}, imported on first use>"


def lazy_module(name: str, namespace: dict[str, Any], as_name: str | None = None) -> Any:
    """A stand-in for module `name`, bound as `as_name` (its last part) in `namespace`."""
    as_name = as_name or name.rpartition(".")[2]
    return _LazyModule(name, namespace, as_name)
