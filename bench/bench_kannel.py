"""The whole send path against the real Kannel, against a bare `requests.Session` loop.

Kannel (bearerbox + smsbox + the fake SMSC, Debian's kannel/kannel-extras) runs on loopback.
The baseline sends one recipient per sendsms request in a plain loop, with no journal and no
events, asking for the same delivery reports as we do (to a bare sink): Kannel is about ten
times slower per message that asks for reports, whoever asks, so that is the like-for-like
loop; a last line compares with a loop that asks for none, for information.
Our path is a clerk's send: the job journaled, batches marked
and recorded, events published, and the delivery reports received by our listener and written
to the store while the job runs.

Targets: >= 0.9x the loop with one recipient per request, >= 5x with batching (50 recipients per
request, Kannel's multi-recipient `to`). Batching is only safe with smsbox's
`immediate-sendsms-reply = true` (in the default mode smsbox answers for the first recipient
only): the one-per-request measure runs against Kannel in its default mode (the provider's
default), the batched one against a second Kannel in the immediate mode, each compared with the
same loop on the same Kannel.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import requests
from common import private_home, quick, report

private_home()

from ellipses_sms import paths, recipients  # noqa: E402
from ellipses_sms.gateway import Gateways  # noqa: E402
from ellipses_sms.gateway.kannel import KannelGateway  # noqa: E402
from ellipses_sms.sending import Dispatcher, EventBus  # noqa: E402
from ellipses_sms.settings import Settings  # noqa: E402
from ellipses_sms.states import MessageState  # noqa: E402
from ellipses_sms.store import Store  # noqa: E402
from tests.integration import kannel_env  # noqa: E402
from tests.local_http import Answer, LocalServer  # noqa: E402

COUNT = 300 if quick() else 1_500  # messages per measure
ROUNDS = 3 if quick() else 5  # the one-per-request measure alternates loop and ours, in rounds
TEXT = "Bonjour, votre commande est arrivée à la librairie. À bientôt !"


def numbers(offset: int, count: int = COUNT) -> list[str]:
    return [f"+336{offset + i:08d}" for i in range(count)]


def bare(env: kannel_env.KannelEnv, offset: int, dlr_url: str | None, count: int = COUNT) -> float:
    """The loop: one recipient per request; with `dlr_url`, the same delivery-report request
    as ours (Kannel itself works harder for a message that asks for reports)."""
    session = requests.Session()
    start = time.perf_counter()
    for number in numbers(offset, count):
        params = {
            "username": kannel_env.USERNAME,
            "password": kannel_env.PASSWORD,
            "to": number,
            "text": TEXT,
            "charset": "UTF-8",
        }
        if dlr_url:
            params["dlr-mask"] = "31"
            params["dlr-url"] = dlr_url + "?ref=x&type=%d&to=%p&reply=%A&ts=%T"
        response = session.get(env.sendsms_url, params=params, timeout=30)
        assert response.status_code == 202, response.text
    elapsed = time.perf_counter() - start
    session.close()
    return count / elapsed


def dispatched(
    env: kannel_env.KannelEnv, offset: int, per_request: int, count: int = COUNT
) -> tuple[float, int]:
    """Our send path; several recipients per request only against an immediate-mode Kannel."""
    settings = Settings(overrides={"database_url": f"sqlite:///{paths.data_dir()}/k{offset}.db"})
    store = Store(settings.database_url())
    gateways = Gateways(settings)
    gateway = KannelGateway(
        "kannel",
        {
            "url": env.sendsms_url,
            "username": kannel_env.USERNAME,
            "recipients_per_request": str(per_request),
            "immediate_reply": "yes" if env.immediate_reply else "no",
            "dlr_port": "0",
        },
        kannel_env.PASSWORD,
    )
    gateways.put(gateway)
    bus = EventBus()
    seen = []
    bus.subscribe(lambda e: seen.append(e))  # a listener, as the window or the CLI has
    dispatcher = Dispatcher(store, gateways, settings, bus)
    people = [recipients.Recipient(f"Client {i}", n) for i, n in enumerate(numbers(offset, count))]
    start = time.perf_counter()
    summary = dispatcher.send(people, TEXT, provider="kannel")
    elapsed = time.perf_counter() - start
    assert summary.accepted == count, summary.sentence()
    final = dispatcher.wait_for_reports(summary.job_id, timeout=60)
    delivered = final.count(MessageState.DELIVERED)
    if delivered != count:
        print(f"  (states after the reports: {dict(final.counts)})", file=sys.stderr)
    gateways.close()
    store.dispose()
    return count / elapsed, delivered


def main() -> None:
    reason = kannel_env.missing()
    if reason:
        print(f"bench_kannel: skipped ({reason})", file=sys.stderr)
        return
    env = kannel_env.KannelEnv(Path(tempfile.mkdtemp(prefix="bench-kannel-"))).start()
    # The loop's reports land on a bare sink that answers as ours must (« Connection: close »:
    # Kannel 1.4.5's smsbox can crash reusing a kept-alive connection that the sink closed).
    sink = LocalServer(lambda seen: Answer(200, "OK", {"Connection": "close"}))
    per_round = max(50, COUNT // ROUNDS)
    try:
        bare(env, 0, None, 200)  # warm-up: Kannel's first requests are slower
        loop_time = ours_time = 0.0
        delivered_1 = 0
        for r in range(ROUNDS):  # alternate, so that a busy moment hits both alike
            offset = 2_000_000 + r * 20_000
            loop_time += per_round / bare(env, offset, sink.url + "/dlr", per_round)
            rate, delivered = dispatched(env, offset + 10_000, 1, per_round)
            ours_time += per_round / rate
            delivered_1 += delivered
        time.sleep(1)  # the last reports reach the sink before Kannel stops
    finally:
        env.stop()
    immediate = kannel_env.KannelEnv(
        Path(tempfile.mkdtemp(prefix="bench-kannel-immediate-")), immediate_reply=True
    ).start()
    try:
        bare(immediate, 0, None, 200)  # warm-up
        no_dlr = bare(immediate, 1_000_000, None)
        loop_immediate = bare(immediate, 6_000_000, sink.url + "/dlr")
        batched, delivered_50 = dispatched(immediate, 5_000_000, 50)
        time.sleep(1)
    finally:
        immediate.stop()
        sink.close()
    total = per_round * ROUNDS
    report(
        f"kannel_send_1_per_request_{total}",
        total / ours_time,
        "msg/s",
        total / loop_time,
        f"target ratio >= 0.9; {ROUNDS} alternated rounds; "
        f"{delivered_1}/{total} delivery reports received",
    )
    report(
        f"kannel_send_batched_{COUNT}",
        batched,
        "msg/s",
        loop_immediate,
        f"target ratio >= 5 (50 recipients per request, immediate-sendsms-reply, against the "
        f"loop on the same Kannel); {delivered_50}/{COUNT} delivered",
    )
    report(
        f"kannel_send_batched_vs_loop_without_reports_{COUNT}",
        batched,
        "msg/s",
        no_dlr,
        "for information: a loop that asks Kannel for no delivery report at all",
    )


if __name__ == "__main__":
    main()
