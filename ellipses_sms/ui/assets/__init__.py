"""Files the window loads, shipped inside the package: the product's icon and the compiled
translations (`*.qm`, built from `resources/translations/*.ts` when the wheel is built)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def folder() -> Iterator[Path]:
    """This folder on disk while the `with` lasts: a temporary copy if the package is zipped.

    Installed as files (pip, the Windows installer, a checkout), the package's own folder is
    used as it is; only a zipped one needs `importlib.resources`, imported then: it is ~4 ms
    the window's start would spend for nothing (`bench/bench_startup.py`).
    """
    here = Path(__file__).parent
    if here.is_dir():
        yield here
        return
    import importlib.resources

    with importlib.resources.as_file(importlib.resources.files(__name__)) as path:
        yield path
