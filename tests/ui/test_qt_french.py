"""Qt's own dialogs (open / save) speak the window's language: French, or English when asked.

Each language runs in a fresh process (a Qt application holds its translators for good), with
`install_translations` as `ui/app.py` calls it, then a real QFileDialog (Qt's own widgets, as
on Linux and under wine) and Qt's file type for a folder. The English texts are Qt 6's sources
(`strings libQt6Widgets.so.6`: « &Look in: », « Files of &type: »); the French ones are the words
of Qt's own qtbase_fr for the same labels.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

SCRIPT = r"""
import json, os, sys, tempfile
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QFileInfo
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QFileIconProvider, QLabel
from ellipses_sms.ui.i18n import install_translations

app = QApplication([])
install_translations(app, sys.argv[1])
dialog = QFileDialog(None, "x", tempfile.gettempdir())
dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
labels = {w.objectName(): w.text() for w in dialog.findChildren(QLabel) if w.objectName()}
box = dialog.findChild(QDialogButtonBox)
print(json.dumps({
    "look_in": labels.get("lookInLabel"),
    "file_type": labels.get("fileTypeLabel"),
    "file_name": labels.get("fileNameLabel"),
    "buttons": sorted(b.text() for b in box.buttons()),
    "folder": QFileIconProvider().type(QFileInfo(tempfile.gettempdir())),
    "drive": QFileIconProvider().type(QFileInfo("/")),
}))
"""

EXPECTED = {
    "fr": {
        "look_in": "&Voir dans\xa0:",
        "file_type": "Fichiers de &type\xa0:",
        "file_name": "&Nom de fichier\xa0:",
        "buttons": ["&Ouvrir", "Annuler"],
        "folder": "Dossier",
        "drive": "Disque",
    },
    "en": {
        "look_in": "&Look in:",
        "file_type": "Files of &type:",
        "file_name": "File &name:",
        "buttons": ["&Open", "Cancel"],
        "folder": "Folder",
        "drive": "Drive",
    },
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_file_dialog_in_the_window_language(language, tmp_path):
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, language],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env={**os.environ, "ELLIPSES_SMS_HOME": str(tmp_path)},
    )
    assert proc.returncode == 0, proc.stderr
    got = json.loads(proc.stdout.strip().splitlines()[-1])
    assert got == EXPECTED[language]
