"""The dispatcher's throughput through the sandbox against a bare loop on the same gateway.

Target: the dispatcher (journal, batching, events) keeps at least 0.8 of the bare loop's
throughput, with the sandbox's rate limit off. A second line gives the same with the sandbox's
simulated network time off too: the journal's pure cost, for information.
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


def dispatched(latency: float, offset: int) -> float:
    settings = Settings(overrides={"database_url": f"sqlite:///{paths.data_dir()}/b{offset}.db"})
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
    store.dispose()
    return COUNT / elapsed


def main() -> None:
    for name, latency in (("dispatch_sandbox", 0.02), ("dispatch_sandbox_no_latency", 0.0)):
        base = bare(latency, 0)
        ours = dispatched(latency, 1_000_000 * (1 + int(latency == 0)))
        report(
            f"{name}_{COUNT}",
            ours,
            "msg/s",
            base,
            "target ratio >= 0.8" if latency else "journal cost alone, for information",
        )


if __name__ == "__main__":
    main()
