"""The command line on a cp1252 pipe, as on Windows: `--json` in UTF-8, no text ever crashes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


def _run(tmp_path, *argv: str, encoding: str = "cp1252") -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": encoding, "ELLIPSES_SMS_HOME": str(tmp_path)}
    env.pop("PYTHONUTF8", None)
    return subprocess.run(
        [sys.executable, "-X", "utf8=0", "-m", "ellipses_sms", *argv],
        capture_output=True,
        env=env,
        timeout=60,
    )


def test_json_is_utf8_on_a_cp1252_pipe(tmp_path):
    proc = _run(tmp_path, "count", "--json", "Prix 12€ 😊")
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    data = json.loads(proc.stdout.decode("utf-8"))
    assert data["non_gsm"] == ["😊"] and data["encoding"] == "UCS-2"


# the embeddable Windows CPython's pipes are cp1252 with surrogateescape (measured under wine)
@pytest.mark.parametrize("encoding", ["cp1252", "cp850", "ascii", "cp1252:surrogateescape"])
def test_plain_text_never_crashes(tmp_path, encoding):
    proc = _run(tmp_path, "count", "Prix 12€ 😊 ≠", encoding=encoding)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    text = proc.stdout.decode(encoding.split(":")[0])
    assert "SMS : 1" in text and "Encodage : UCS-2" in text
    assert "?" in text  # the emoji, which the code page cannot show


def test_window_that_cannot_load_qt_is_logged(tmp_path):
    """As on a Windows without a DLL Qt needs: the failure reaches the log (no console there)."""
    fake = tmp_path / "fake" / "PySide6"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text(
        'raise ImportError("DLL load failed while importing QtCore")\n', encoding="utf-8"
    )
    env = {
        **os.environ,
        "ELLIPSES_SMS_HOME": str(tmp_path / "home"),
        "PYTHONPATH": str(tmp_path / "fake"),
    }
    proc = subprocess.run(
        [sys.executable, "-m", "ellipses_sms"], capture_output=True, env=env, timeout=60
    )
    assert proc.returncode == 1
    assert b"Traceback" not in proc.stderr and b"DLL load failed" in proc.stderr
    text = (tmp_path / "home" / "logs" / "ellipses-sms.log").read_text(encoding="utf-8")
    assert "the window cannot open: Qt failed to load" in text
