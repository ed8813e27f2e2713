"""Every fixed sentence the services show in the interface has its English translation."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from ellipses_sms import phone

TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "services_en.ts"


def _phone_messages() -> set[str]:
    found = set()
    for code in phone.PhoneError:
        if code is phone.PhoneError.NOT_MOBILE:
            found.add(phone.error_message(code, None))
            for kind in phone.NumberType:
                for region in ("FR", "GB"):
                    found.add(phone.error_message(code, kind, region))
        else:
            found.add(phone.error_message(code))
    return found


def test_every_phone_refusal_is_translated():
    root = ET.parse(TS).getroot()
    translated = {
        m.findtext("source"): m.find("translation")
        for ctx in root.iter("context")
        if ctx.findtext("name") == "Services"
        for m in ctx.iter("message")
    }
    missing = _phone_messages() - set(translated)
    assert not missing, f"add these to {TS.name}: {sorted(missing)}"
    for source, node in translated.items():
        assert node is not None and (node.text or "").strip(), source
        assert node.get("type") != "unfinished", source
        assert node.text != source, source


def test_compiled_translations_in_the_package_are_current(tmp_path):
    """The committed `.qm` files are what `.ts` compile to today (`./setup.sh` makes them)."""
    import subprocess
    import sys

    sources = sorted(TS.parent.glob("*.ts"))
    assets = Path(__file__).resolve().parents[1] / "ellipses_sms" / "ui" / "assets"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    assert sources
    for ts in sources:
        fresh = tmp_path / f"{ts.stem}.qm"
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(fresh)], check=True)
        shipped = assets / f"{ts.stem}.qm"
        assert shipped.is_file(), f"{shipped.name} missing: run ./setup.sh"
        assert shipped.read_bytes() == fresh.read_bytes(), f"{shipped.name} stale: run ./setup.sh"


def test_wheel_carries_english_and_the_window_loads_it(tmp_path):
    """`pip install .` (pipx, uv too) ships the `.qm` files, and the window finds them there."""
    import subprocess
    import sys
    import zipfile

    root = Path(__file__).resolve().parents[1]
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(root)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("ellipses_sms-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        zf.extractall(tmp_path / "site")
    for ts in TS.parent.glob("*.ts"):
        assert f"ellipses_sms/ui/assets/{ts.stem}.qm" in names
    assert "ellipses_sms/ui/assets/ellipses-sms.svg" in names
    assert "ellipses_sms/ui/assets/icons/ellipses-sms-256.png" in names
    assert "ellipses_sms/ui/assets/icons/document-open-32.png" in names
    script = (
        "import sys; sys.path.insert(0, sys.argv[1])\n"
        "import ellipses_sms; assert ellipses_sms.__file__.startswith(sys.argv[1])\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from ellipses_sms.ui.i18n import install_translations\n"
        "app = QCoreApplication([])\n"
        "assert len(install_translations(app, 'en')) >= 6\n"
        "print(QCoreApplication.translate('WindowActions', 'Ouvrir une liste…'))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "site")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "Open a list…"


def test_every_state_label_is_translated_once_for_every_status_column():
    """The « Statut » of the recipient table and of the history come from one table."""
    from ellipses_sms.states import LABELS

    root = ET.parse(TS).getroot()
    states = {
        m.findtext("source"): m.findtext("translation")
        for ctx in root.iter("context")
        if ctx.findtext("name") == "States"
        for m in ctx.iter("message")
    }
    assert set(states) == set(LABELS.values())
    assert all(english and english not in LABELS.values() for english in states.values())


def test_the_recipient_table_and_the_history_say_a_state_alike(qapp):
    from PySide6.QtCore import QCoreApplication

    from ellipses_sms.states import MessageState
    from ellipses_sms.ui.history_model import HistoryTableModel
    from ellipses_sms.ui.i18n import install_translations
    from ellipses_sms.ui.recipient_model import RecipientTableModel

    installed = install_translations(qapp, "en")
    try:
        table, history = RecipientTableModel(), HistoryTableModel(None)
        assert table._labels == history.labels
        assert history.labels[MessageState.QUEUED] == "Pending"
        assert history.labels[MessageState.DELIVERED] == "Delivered"
    finally:
        for t in installed:
            QCoreApplication.removeTranslator(t)
