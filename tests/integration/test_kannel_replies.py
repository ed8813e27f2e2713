"""A customer's STOP through the real Kannel: fakesmsc (the "phone network") sends an MO, the
smsbox's `sms-service` calls our listener with the get-url `KannelGateway.mo_url` gives
(shared/reference/providers.md §2.4), and the reply is kept once and becomes an opt-out."""

from __future__ import annotations

import time

import pytest

from ellipses_sms import optouts, replies
from ellipses_sms.gateway.kannel import KannelGateway
from tests.integration import kannel_env
from tests.integration.kannel_env import PASSWORD, USERNAME, KannelEnv, free_port

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(kannel_env.missing() is not None, reason=kannel_env.missing() or ""),
]


def test_a_stop_sent_to_kannel_becomes_an_opt_out(services, tmp_path):
    env = KannelEnv(tmp_path)  # ports first: the gateway's listener must exist before Kannel
    gateway = KannelGateway(
        "kannel",
        {"url": env.sendsms_url, "username": USERNAME, "dlr_port": str(free_port())},
        PASSWORD,
    )
    services.gateways.put(gateway)  # the reply sink, as build_services wires it
    gateway._start_listener()
    env.mo_url = gateway.mo_url
    env.mo = ("+33600000009 12345 text Stop merci",)
    env.start()
    try:
        deadline = time.monotonic() + 30
        while not replies.recent(services.store) and time.monotonic() < deadline:
            time.sleep(0.2)  # waiting for the real peer, not for a delay under test
        (reply,) = replies.recent(services.store)
        assert (reply.number, reply.text, reply.is_stop) == ("+33600000009", "Stop merci", True)
        assert optouts.is_opted_out(services.store, "+33600000009")
    finally:
        env.stop()
        gateway.close()
