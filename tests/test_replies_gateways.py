"""Customers' replies from each provider that offers them, through the replies pass
(`replies.fetch_all`) on a real SQLite store. Each provider is a local server on loopback that
answers as its published API does (shared/reference/providers.md):

- OVHcloud: `GET /sms/{sn}/incoming[/{id}]` and `/blacklists` (§1.6; tests/fakes/ovh_server.py,
  built from the OVH API spec dump `specs/sms.json`);
- Twilio: `GET …/Messages.json?To=` with `direction` « inbound », and error 21610 « Attempt to
  send to unsubscribed recipient » at send (§3; twilio-oai, twilio.com/docs/api/errors/21610);
- Infobip: `GET /sms/1/inbox/reports` (§5; infobip-api-python-client's inbound models; each
  message returned only once).
"""

from __future__ import annotations

import pytest

from ellipses_sms import optouts, recipients, replies
from ellipses_sms.gateway.infobip import InfobipGateway
from ellipses_sms.gateway.ovh import OvhGateway, TagJournal
from ellipses_sms.gateway.twilio import TwilioGateway
from tests.fakes.infobip_server import API_KEY, FakeInfobip
from tests.fakes.ovh_server import APP_KEY, APP_SECRET, CONSUMER_KEY, FakeOvh
from tests.fakes.twilio_server import ACCOUNT_SID, AUTH_TOKEN, FakeTwilio
from tests.sending_hours import in_sending_hours

OUR_NUMBER = "+33757000000"


@pytest.fixture
def ovh(services, tmp_path):
    server = FakeOvh()
    config = {"endpoint": server.base, "application_key": APP_KEY, "sender": "LIBRAIRIE"}
    journal = TagJournal(tmp_path / "tags.sqlite3")
    services.gateways.put(
        OvhGateway("ovh", config, APP_SECRET, CONSUMER_KEY, journal=journal, poll_every=0)
    )
    yield server
    server.close()


@pytest.fixture
def twilio(services):
    server = FakeTwilio()
    config = {"account_sid": ACCOUNT_SID, "sender": OUR_NUMBER, "base_url": server.url}
    services.gateways.put(TwilioGateway("tw", config, AUTH_TOKEN))
    yield server
    server.close()


@pytest.fixture
def infobip(services):
    server = FakeInfobip()
    services.gateways.put(InfobipGateway("ib", {"base_url": server.url}, API_KEY))
    yield server
    server.close()


def stored(services) -> dict[str, str]:
    return {e.number: e.source for e in optouts.entries(services.store)}


def test_ovh_replies_and_blacklist(services, ovh):
    ovh.receive("+33612345671", "Merci, je passe demain")
    ovh.receive("+33612345672", "STOP")
    done = replies.fetch_all(services.store, services.gateways)
    assert done.replies["ovh"] == 2 and done.errors == {}
    texts = {r.number: (r.text, r.is_stop) for r in replies.recent(services.store)}
    assert texts == {
        "+33612345671": ("Merci, je passe demain", False),
        "+33612345672": ("STOP", True),
    }
    assert stored(services) == {"+33612345672": "reponse:ovh"}
    ovh.receive("+33612345673", "arrêt")  # only in incoming: our words, not OVH's
    again = replies.fetch_all(services.store, services.gateways)
    assert again.replies["ovh"] == 1 and "+33612345673" in stored(services)


def test_twilio_inbound_list_and_21610(services, twilio):
    twilio.receive("+33612345681", "STOP", to=OUR_NUMBER)
    twilio.receive("+33612345682", "Bonjour, c'est prêt ?", to=OUR_NUMBER)
    twilio.receive("+33612345689", "STOP", to="+33799999999")  # another number's reply
    twilio.errors["+33612345683"] = 21610
    in_sending_hours(services.dispatcher)
    people = [recipients.make("", n) for n in ("+33612345680", "+33612345683")]
    summary = services.dispatcher.send(people, "Nouveautés", provider="tw", kind="marketing")
    assert summary.accepted == 1
    done = replies.fetch_all(services.store, services.gateways)
    assert done.replies["tw"] == 2 and done.errors == {}
    assert twilio.list_queries[0]["To"] == OUR_NUMBER
    assert stored(services) == {"+33612345681": "reponse:tw", "+33612345683": "stop:tw"}
    assert replies.fetch_all(services.store, services.gateways).replies["tw"] == 0


def test_twilio_pages_are_followed(services, twilio):
    gateway = services.gateways.get("tw")
    for i in range(250):
        twilio.receive(f"+336123{i:05d}", "Merci", to=OUR_NUMBER)
    assert len(gateway.incoming()) == 250
    assert [q.get("Page") for q in twilio.list_queries] == [None, "1"]


def test_infobip_inbox_is_read_once(services, infobip):
    infobip.receive("33612345691", "Stop.")
    infobip.receive("33612345692", "ok merci")
    done = replies.fetch_all(services.store, services.gateways)
    assert done.replies["ib"] == 2 and stored(services) == {"+33612345691": "reponse:ib"}
    assert replies.fetch_all(services.store, services.gateways).replies["ib"] == 0


def test_a_provider_that_fails_is_said_and_the_others_still_asked(services, ovh, infobip):
    infobip.receive("33612345691", "STOP")
    ovh.close()
    done = replies.fetch_all(services.store, services.gateways)
    assert "ovh" in done.errors and "réponses non relevées" in done.errors["ovh"]
    assert done.replies["ib"] == 1
