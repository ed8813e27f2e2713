"""The dispatcher's throughput through the sandbox against a bare loop on the same gateway.

Target: the dispatcher (journal, leases, conditional claims, batching, events) keeps at least
0.8 of the bare loop's throughput, with the sandbox's rate limit off and every SQLite commit
synced to disk (`synchronous=FULL`: a batch is durably `submitting` before its request). Then,
for information: the same on a real PostgreSQL (fsync on), the cost of FULL against NORMAL, and
the journal's pure cost with the sandbox's simulated network time off.
"""

from __future__ import annotations

import time

from common import private_home, quick, report

private_home()

from ellipses_sms import paths, recipients  # noqa: E402
from ellipses_sms.gateway import Gateways, OutgoingSms  # noqa: E402
from ellipses_sms.gateway.sandbox import SandboxGateway  # noqa: E402
from ellipses_sms.sending import Dispatcher, EventBus  # noqa: E402
from ellipses_sms.settings import Settings  # noqa: E402
from ellipses_sms.store import Store  # noqa: E402

COUNT = 2_000 if quick() else 10_000
TEXT = "Bonjour, votre commande est arrivée à la librairie. À bientôt !"


def people(offset: int):
    return [recipients.Recipient(f"Client {i}", f"+336{offset + i:08d}") for i in range(COUNT)]


def bare(latency: float, offset: int) -> float:
    gw = SandboxGateway(rate_limit=0, latency=latency, failure_rate=0)
    batch_size = gw.max_recipients_per_request
    msgs = [OutgoingSms(i, r.number, TEXT, None, f"ESMS-{i}") for i, r in enumerate(people(offset))]
    start = time.perf_counter()
    for i in range(0, len(msgs), batch_size):
        gw.submit(msgs[i : i + batch_size])
    elapsed = time.perf_counter() - start
    gw.close()
    return COUNT / elapsed


def dispatched(latency: float, offset: int, url: str | None = None) -> float:
    url = url or f"sqlite:///{paths.data_dir()}/b{offset}.db"
    settings = Settings(overrides={"database_url": url})
    store = Store(settings.database_url())
    gateways = Gateways(settings)
    gateways.put(SandboxGateway(rate_limit=0, latency=latency, failure_rate=0))
    bus = EventBus()
    seen = []
    bus.subscribe(lambda e: seen.append(e))  # a listener, as the window or the CLI has
    d = Dispatcher(store, gateways, settings, bus)
    start = time.perf_counter()
    summary = d.send(people(offset), TEXT)  # journal + run: what a clerk's click costs
    elapsed = time.perf_counter() - start
    assert summary.accepted == COUNT, summary
    gateways.close()
    d.close()
    store.dispose()
    return COUNT / elapsed


def main() -> None:
    from ellipses_sms.store import db

    base = bare(0.02, 0)
    ours = dispatched(0.02, 1_000_000)
    report(f"dispatch_sandbox_{COUNT}", ours, "msg/s", base, "durable (FULL); target >= 0.8")
    try:
        from tests.pg_env import PostgresServer, pg_bin
    except ImportError:
        pg_bin = None  # type: ignore[assignment]
    if pg_bin is not None and pg_bin() is not None:
        server = PostgresServer(fsync=True)
        try:
            base = bare(0.02, 0)
            ours = dispatched(0.02, 2_000_000, server.new_database())
            report(f"dispatch_sandbox_postgresql_{COUNT}", ours, "msg/s", base, "fsync on")
        finally:
            server.stop()
    full = dispatched(0.0, 3_000_000)
    db.SYNCHRONOUS = "NORMAL"
    normal = dispatched(0.0, 4_000_000)
    db.SYNCHRONOUS = "FULL"
    report(
        f"durability_full_vs_normal_{COUNT}", full, "msg/s", normal, "no network time: fsync cost"
    )
    base = bare(0.0, 0)
    report(
        f"dispatch_sandbox_no_latency_{COUNT}",
        full,
        "msg/s",
        base,
        "journal cost alone, for information",
    )


if __name__ == "__main__":
    main()
