"""The window's icons: the desktop's own theme icon where it has one, else the product's PNGs.

The PNG files in `assets/icons/` are drawn once by `packaging/render_icons.py` (Qt's Fusion
drawings for the actions, the product's SVG at each size for its icon). Nothing here asks
`QStyle` or QtSvg for a picture: building QStyle's Python type and its enums, and loading
QtSvg with its icon engine, cost about 70 million instructions of every start
(`bench/bench_startup.py`). The files are named, not read, here: Qt reads one the first time
it is painted at that size.
"""

from __future__ import annotations

import logging
import os
from functools import cache

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QPixmap

from ellipses_sms.ui import assets

log = logging.getLogger(__name__)

#: The sizes drawn for each action icon (menus and buttons 16, toolbar 32, high DPI 64).
ACTION_SIZES = (16, 32, 64)
#: The product's icon: the window, the taskbar, the « À propos » dialog.
APP_SIZES = (16, 24, 32, 48, 64, 128, 256)


def icon(theme: str) -> QIcon:
    """The desktop theme's `theme` icon (a freedesktop name), else the product's drawing of it."""
    return QIcon.fromTheme(theme, _own(theme, ACTION_SIZES))


def app_icon() -> QIcon:
    """The product's icon (the same drawing as the installer's and the shortcuts')."""
    return _own("ellipses-sms", APP_SIZES)


@cache
def _own(name: str, sizes: tuple[int, ...]) -> QIcon:
    result = QIcon()
    with assets.folder() as folder:
        # plain strings: pathlib was half of this function's time, at every start
        here = os.path.join(str(folder), "icons", name)
        lasting = str(folder) == os.path.dirname(assets.__file__)  # else a copy, gone soon
        for size in sizes:
            path = f"{here}-{size}.png"
            if not os.path.isfile(path):  # a damaged install: a blank icon, not a failed window
                log.warning("icon file missing: %s", path)
            elif lasting:
                result.addFile(path, QSize(size, size))  # read when first painted at that size
            else:
                result.addPixmap(QPixmap(path))
    return result
