"""One way to read every provider's numeric and yes/no settings (`gateway.config`)."""

from __future__ import annotations

import pytest

from ellipses_sms.gateway import PermanentError
from ellipses_sms.gateway import config as fields
from ellipses_sms.gateway.http import HttpGateway
from ellipses_sms.gateway.infobip import InfobipGateway
from ellipses_sms.gateway.kannel import KannelGateway
from ellipses_sms.gateway.ovh import OvhGateway


def test_numbers_integers_and_flags():
    assert fields.number({}, "rate", 2.5) == 2.5
    assert fields.number({"rate": " 1,5 "}, "rate", 0) == 1.5
    assert fields.integer({"n": ""}, "n", 7) == 7
    assert fields.integer({"n": "12"}, "n", 7) == 12
    assert fields.flag({"f": "oui"}, "f") and not fields.flag({"f": "no"}, "f")
    assert fields.flag({}, "f", True)
    for bad in ({"n": "abc"}, {"n": "1.5"}, {"n": "-1"}):
        with pytest.raises(PermanentError, match="réglage « n » invalide"):
            fields.integer(bad, "n", 0, minimum=0)
    for bad in ("abc", "nan", "inf", "-2"):
        with pytest.raises(PermanentError, match="réglage « rate » invalide"):
            fields.number({"rate": bad}, "rate", 0, minimum=0)
    with pytest.raises(PermanentError, match="oui ou non"):
        fields.flag({"f": "peut-être"}, "f")


@pytest.mark.parametrize(
    "build",
    [
        lambda c: HttpGateway("web", {"url": "http://127.0.0.1:1/s?to={to}", **c}, "cfg-Secret-1x"),
        lambda c: KannelGateway(
            "k", {"url": "http://127.0.0.1:1/", "username": "u", **c}, "cfg-Secret-2x"
        ),
        lambda c: InfobipGateway("ib", {"base_url": "http://127.0.0.1:1", **c}, "cfg-Secret-3x"),
        lambda c: OvhGateway(
            "ovh", {"application_key": "k", **c}, "cfg-Secret-4x", "cfg-Secret-5x"
        ),
    ],
    ids=["http", "kannel", "infobip", "ovh"],
)
def test_a_bad_setting_stops_every_provider_alike(build):
    """Issue 17: three parsing paths, three behaviours on a bad value (one stopped, two fell
    back to their default without a word). Now every provider refuses it, naming it."""
    with pytest.raises(PermanentError, match="réglage « rate_limit » invalide"):
        build({"rate_limit": "vite"})
    with pytest.raises(PermanentError, match="réglage « recipients_per_request » invalide"):
        build({"recipients_per_request": "beaucoup"})
    gateway = build({"rate_limit": "2,5"})
    try:
        assert gateway.max_messages_per_second == 2.5
    finally:
        gateway.close()
