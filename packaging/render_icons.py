"""Draws the PNG icons the window ships, into `ellipses_sms/ui/assets/icons/`.

Run it (`.venv/bin/python packaging/render_icons.py`) after changing `ellipses-sms.svg` or the
list below, and commit what it writes; `tests/ui/test_icons.py` fails while they disagree.

Why PNG files, drawn once here: asking `QStyle` for its standard icons at start builds QStyle's
Python type and its dozen enums, and the product's SVG icon loads QtSvg and its icon engine —
together about 70 million instructions of every start (`bench/bench_startup.py`), for pictures
that never change. The action icons are the ones Qt's Fusion style draws (what the window
showed before, the same on every system); the product's icon is its SVG at each size.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ASSETS = ROOT / "ellipses_sms" / "ui" / "assets"
OUT = ASSETS / "icons"

#: Each action icon, by its freedesktop theme name (what `ellipses_sms.ui.icons.icon` takes),
#: and the Fusion standard pixmap drawn for it where the desktop has no theme (Windows).
FALLBACKS: dict[str, str] = {
    "document-open": "SP_DialogOpenButton",
    "document-save": "SP_DialogSaveButton",
    "mail-send": "SP_ArrowForward",
    "document-open-recent": "SP_FileDialogDetailedView",
    "list-add": "SP_FileDialogNewFolder",
    "document-import": "SP_DriveNetIcon",
    "preferences-system": "SP_FileDialogInfoView",
    "x-office-spreadsheet": "SP_FileDialogContentsView",
    "list-remove": "SP_DialogDiscardButton",
    "edit-undo": "SP_ArrowBack",
    "appointment-new": "SP_FileDialogDetailedView",
    "x-office-calendar": "SP_FileDialogListView",
    "view-refresh": "SP_BrowserReload",
    "edit-clear": "SP_DialogResetButton",
}

#: Kept in step with `ellipses_sms.ui.icons` (the test compares them).
ACTION_SIZES = (16, 32, 64)
APP_SIZES = (16, 24, 32, 48, 64, 128, 256)


def _application():
    # offscreen, whatever the desktop: its icon theme would otherwise replace Fusion's drawings
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    return app


def render(out: Path = OUT) -> list[Path]:
    """Writes every icon file into `out`; returns their paths."""
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QStyle, QStyleFactory

    _app = _application()
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    style = QStyleFactory.create("Fusion")
    for name, pixmap in FALLBACKS.items():
        icon = style.standardIcon(getattr(QStyle.StandardPixmap, pixmap))
        for size in ACTION_SIZES:
            image = icon.pixmap(QSize(size, size)).toImage()
            if image.size() != QSize(size, size):  # drawn smaller: centred on its square
                square = QImage(size, size, QImage.Format.Format_ARGB32)
                square.fill(Qt.GlobalColor.transparent)
                painter = QPainter(square)
                painter.drawImage((size - image.width()) // 2, (size - image.height()) // 2, image)
                painter.end()
                image = square
            path = out / f"{name}-{size}.png"
            image.save(str(path), "PNG")
            written.append(path)
    renderer = QSvgRenderer(str(ASSETS / "ellipses-sms.svg"))
    for size in APP_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        path = out / f"ellipses-sms-{size}.png"
        image.save(str(path), "PNG")
        written.append(path)
    return written


if __name__ == "__main__":
    paths = render(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
    print(f"{len(paths)} icônes écrites dans {paths[0].parent}")
