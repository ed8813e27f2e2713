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
