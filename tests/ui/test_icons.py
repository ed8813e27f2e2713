"""The window's icons: shipped PNG files, drawn by packaging/render_icons.py, no QStyle at start."""

from __future__ import annotations

import contextlib
import importlib.util
import logging
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QIcon, QImage

from ellipses_sms.ui import assets, icons

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = Path(assets.__file__).parent / "icons"


def _render_module():
    spec = importlib.util.spec_from_file_location(
        "render_icons", ROOT / "packaging/render_icons.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _differing_share(a: QImage, b: QImage, tolerance: int = 24) -> float:
    """The share of pixels whose colour or alpha differs by more than `tolerance`."""
    a = a.convertToFormat(QImage.Format.Format_ARGB32)
    b = b.convertToFormat(QImage.Format.Format_ARGB32)
    assert a.size() == b.size()
    raw_a, raw_b = bytes(a.constBits()), bytes(b.constBits())
    pixels = a.width() * a.height()
    bad = sum(
        1
        for i in range(0, pixels * 4, 4)
        if max(abs(raw_a[i + k] - raw_b[i + k]) for k in range(4)) > tolerance
    )
    return bad / pixels


def test_the_shipped_files_are_what_the_drawing_script_draws(qtbot, tmp_path):
    """Change ellipses-sms.svg or the list without running the script, and this fails."""
    render = _render_module()
    assert render.ACTION_SIZES == icons.ACTION_SIZES and render.APP_SIZES == icons.APP_SIZES
    written = render.render(tmp_path)
    assert sorted(p.name for p in written) == sorted(p.name for p in SHIPPED.glob("*.png"))
    for path in written:
        fresh, shipped = QImage(str(path)), QImage(str(SHIPPED / path.name))
        assert not shipped.isNull(), path.name
        # another Qt may smooth an edge differently; a changed drawing differs everywhere
        assert _differing_share(fresh, shipped) < 0.02, path.name


def test_every_icon_of_the_window_is_drawn_without_a_theme_or_qstyle(window):
    assert QIcon.themeName() in ("", "hicolor")  # offscreen: no desktop theme, our own files
    with_icons = [name for name in vars(window) if name.startswith("act_")]
    drawn = [name for name in with_icons if not getattr(window, name).icon().isNull()]
    assert len(drawn) >= 14
    for name in drawn:
        image = getattr(window, name).icon().pixmap(32, 32).toImage()
        assert not image.isNull() and image.width() == 32, name
    assert not icons.app_icon().pixmap(48, 48).toImage().isNull()


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="Linux's list of mapped libraries")
def test_the_window_opens_without_qstyles_python_type(tmp_path):
    """QStyle's type and its enums are ~15 ms of CPU at every start, QtSvg's engine as much: no
    start-up code needs them (an SVG icon, or `style().standardIcon`, makes this fail)."""
    probe = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "import ellipses_sms.ui.main_window, ellipses_sms.ui.app\n"
        "from ellipses_sms.ui import icons, window_actions\n"
        "icons.app_icon().pixmap(32, 32); icons.icon('document-open').pixmap(32, 32)\n"
        "import PySide6.QtWidgets as w\n"
        "# the SVG icon engine is Qt's own plugin: seen in the libraries mapped, not sys.modules\n"
        "print('QStyle' in w.__dict__, 'libQt6Svg' in open('/proc/self/maps').read())\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "HOME": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "False"]


def test_a_zipped_package_gets_its_icons_read_before_the_copy_goes(qtbot, tmp_path, monkeypatch):
    copy = tmp_path / "copy"
    shutil.copytree(SHIPPED.parent, copy, ignore=shutil.ignore_patterns("*.qm", "__pycache__"))

    @contextlib.contextmanager
    def temporary_folder():
        yield copy

    monkeypatch.setattr(assets, "folder", temporary_folder)
    icons._own.cache_clear()
    try:
        icon = icons.icon("document-save")
        shutil.rmtree(copy)  # what importlib.resources does once the `with` ends
        assert not icon.pixmap(32, 32).toImage().isNull()
    finally:
        icons._own.cache_clear()


def test_a_missing_icon_file_is_a_blank_icon_and_a_warning(qtbot, caplog):
    with caplog.at_level(logging.WARNING, logger="ellipses_sms.ui.icons"):
        icon = icons.icon("no-such-icon")
    assert icon.isNull()
    assert "icon file missing" in caplog.text


@pytest.mark.parametrize("name", sorted(_render_module().FALLBACKS))
def test_each_named_icon_has_every_size(name):
    for size in icons.ACTION_SIZES:
        image = QImage(str(SHIPPED / f"{name}-{size}.png"))
        assert image.width() == size and image.height() == size
