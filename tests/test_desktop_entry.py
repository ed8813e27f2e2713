"""The Linux application-menu entry that setup.sh installs, with the product's icon."""

from __future__ import annotations

import configparser
import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_desktop_entry_starts_this_checkout_with_the_icon(tmp_path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    script = ROOT / "packaging" / "linux" / "install-desktop-entry"
    proc = subprocess.run([str(script)], capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    desktop = Path(proc.stdout.strip())
    assert desktop == tmp_path / "applications" / "ellipses-sms.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(desktop, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Name"] == "Ellipses SMS" and section["Type"] == "Application"
    assert section["Exec"].strip('"') == str(ROOT / ".venv" / "bin" / "ellipses-sms")
    icon = Path(section["Icon"])
    assert icon.is_file() and icon.read_bytes().startswith(b"<svg")
    assert section["Terminal"] == "false"


def test_two_setups_at_once_both_install_the_entry(tmp_path):
    """Two checkouts of one user set up at the same time (it happened): neither fails."""
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    script = ROOT / "packaging" / "linux" / "install-desktop-entry"
    procs = [
        subprocess.Popen([str(script)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        for _ in range(6)
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err.decode()
    apps = tmp_path / "applications"
    assert [p.name for p in apps.iterdir()] == ["ellipses-sms.desktop"]  # no temporary left
    assert (apps / "ellipses-sms.desktop").stat().st_mode & 0o777 == 0o644
