"""The failover provider (issue 17): it takes only the messages the first provider certainly
never received — a refused connection, a request refused whole — never one that may have gone.

The first provider is the generic HTTP gateway, for real: against a closed loopback port
(connection refused: the transport marks it `unreachable`) or a local server answering 401 or
502. The failover, « secours », is a recording sandbox put in the place of a configured
provider. Judged by what each provider received, on a real SQLite file and a real PostgreSQL.
"""

from __future__ import annotations

import socket

import pytest

from ellipses_sms import providers, recipients
from ellipses_sms.gateway import TransientError
from ellipses_sms.states import JobState
from ellipses_sms.states import MessageState as S
from tests.local_http import Answer, LocalServer
from tests.test_sending import Recording

TEXT = "Votre commande est arrivée."


@pytest.fixture
def home(home, store_url):
    import json

    settings = home / "config" / "settings.json"
    values = json.loads(settings.read_text(encoding="utf-8"))
    values["database_url"] = store_url
    settings.write_text(json.dumps(values), encoding="utf-8")
    return home


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def mobiles(count: int) -> list[recipients.Recipient]:
    return [recipients.make(f"Client {i}", f"+3361{i:07d}") for i in range(count)]


def add_http(services, url: str) -> None:
    providers.add(
        services.settings,
        "passerelle",
        "http",
        {"url": url + "/send?to={to}&msg={text}", "timeout": "5"},
        {"password": "pw"},
    )


@pytest.fixture
def sandbox(services, memory_keyring):
    """The failover « secours »: configured as a provider, answered by a recording sandbox."""
    providers.add(
        services.settings,
        "secours",
        "http",
        {"url": "http://127.0.0.1:9/send?to={to}&msg={text}"},
        {"password": "pw"},
    )
    gw = Recording(services.store, name="secours")
    services.gateways.put(gw)
    return gw


def by_provider(services, job_id: int) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for m in services.dispatcher.messages(job_id):
        found.setdefault(m.provider, []).append(m.state)
    return found


def test_an_unreachable_provider_hands_every_message_to_the_failover_once(
    services, sandbox, memory_keyring
):
    add_http(services, f"http://127.0.0.1:{closed_port()}")
    services.settings.set("failover_provider", "secours")
    summary = services.dispatcher.send(mobiles(5), TEXT, provider="passerelle")
    assert summary.state == JobState.SUBMITTED and summary.accepted == 5
    sent = [n for batch in sandbox.batches for n in batch]
    assert sorted(sent) == sorted(r.number for r in mobiles(5))  # each once
    assert by_provider(services, summary.job_id) == {"secours": ["sent"] * 5}
    rows = services.dispatcher.messages(summary.job_id)
    # the first message was tried there (one refused connection), then sent; the others, still
    # queued when it failed, went straight to the failover
    assert sorted(r.attempts for r in rows) == [1, 1, 1, 1, 2]
    from sqlalchemy import select

    from ellipses_sms.store.models import events_table

    with services.store.engine.connect() as conn:
        said = conn.execute(
            select(events_table.c.message_id, events_table.c.detail).where(
                events_table.c.message_id.in_([r.id for r in rows])
            )
        ).all()
    moved = {i for i, detail in said if "fournisseur de secours « secours »" in (detail or "")}
    assert moved == {r.id for r in rows}  # each message's history says why it went there


def test_a_request_refused_whole_goes_to_the_failover(services, sandbox, memory_keyring):
    server = LocalServer(lambda seen: Answer(401, "Unauthorized"))  # credentials refused
    try:
        add_http(services, server.url)
        services.settings.set("failover_provider", "secours")
        summary = services.dispatcher.send(mobiles(3), TEXT, provider="passerelle")
    finally:
        server.close()
    assert len(server.seen) == 1  # one request, refused: nothing accepted there
    assert summary.state == JobState.SUBMITTED
    assert by_provider(services, summary.job_id) == {"secours": ["sent"] * 3}


def test_a_request_that_may_have_arrived_never_goes_to_the_failover(
    services, sandbox, memory_keyring
):
    server = LocalServer(lambda seen: Answer(502, "Bad Gateway"))  # a proxy, after the request
    try:
        add_http(services, server.url)
        services.settings.set("failover_provider", "secours")
        services.settings.set("max_attempts", 1)
        summary = services.dispatcher.send(mobiles(2), TEXT, provider="passerelle")
    finally:
        server.close()
    assert sandbox.batches == []  # maybe received: looked up or « incertain », never resent
    states = by_provider(services, summary.job_id)
    assert list(states) == ["passerelle"] and S.SENT not in states["passerelle"]


def test_without_a_failover_an_unreachable_provider_is_only_retried(
    services, sandbox, memory_keyring
):
    add_http(services, f"http://127.0.0.1:{closed_port()}")
    summary = services.dispatcher.send(mobiles(2), TEXT, provider="passerelle")
    assert sandbox.batches == []  # no failover set: nothing elsewhere
    rows = services.dispatcher.messages(summary.job_id)
    assert {r.provider for r in rows} == {"passerelle"}
    assert all(r.attempts == 5 and "injoignable" in r.error for r in rows)  # max_attempts


def test_what_the_first_provider_accepted_stays_there(services, sandbox, memory_keyring):
    """The first batch is accepted, then the provider goes down: only the rest moves."""
    add_http(services, "http://127.0.0.1:9")  # its gateway is replaced below
    services.settings.set("failover_provider", "secours")

    class FlakyPrimary(Recording):
        def __init__(self, store):
            super().__init__(store, name="passerelle")
            self.max_recipients_per_request = 2

        def submit(self, batch):
            if self.batches:  # down after its first request
                error = TransientError("connexion refusée")
                error.unreachable = True
                raise error
            return super().submit(batch)

    primary = FlakyPrimary(services.store)
    services.gateways.put(primary)
    summary = services.dispatcher.send(mobiles(6), TEXT, provider="passerelle")
    assert summary.state == JobState.SUBMITTED and summary.accepted == 6
    first = set(primary.batches[0])
    rest = {n for batch in sandbox.batches for n in batch}
    assert len(first) == 2 and len(rest) == 4 and not first & rest
    assert by_provider(services, summary.job_id) == {
        "passerelle": ["sent"] * 2,
        "secours": ["sent"] * 4,
    }


def test_the_failover_is_not_its_own_failover_and_a_gone_one_is_ignored(services):
    services.settings.set("failover_provider", "secours")
    assert services.dispatcher.failover_for("sandbox") is None
    services.settings.set("failover_provider", "retiré")
    assert services.dispatcher.failover_for("passerelle") is None
