"""Reports pushed by a provider's listener reach the store, even when they beat the journal."""

from __future__ import annotations

from ellipses_sms import recipients
from ellipses_sms.gateway import Gateway, StatusReport, SubmitResult
from ellipses_sms.states import MessageState as S


class PushingGateway(Gateway):
    """Calls back with a delivery report *during* submit, before the dispatcher records it."""

    type = "test"
    max_recipients_per_request = 2

    def __init__(self, name: str = "pusher"):
        self.name = name
        self.pushed = 0

    def submit(self, batch):
        results = [SubmitResult.ok(m.message_id, f"P{m.message_id}") for m in batch]
        assert self.report_sink is not None, "the dispatcher wires the sink"
        self.report_sink([StatusReport(f"P{m.message_id}", S.DELIVERED, "1") for m in batch])
        self.report_sink([StatusReport(f"P{m.message_id}", S.SENT, "8") for m in batch])
        self.pushed += len(batch)
        return results


def test_early_reports_are_held_then_applied(services):
    gateway = PushingGateway()
    services.gateways.put(gateway)
    people = [recipients.make(f"C{i}", f"+3361234567{i}") for i in range(5)]
    summary = services.dispatcher.send(people, "Bonjour", provider="pusher")
    assert gateway.pushed == 5
    rows = services.dispatcher.messages(summary.job_id)
    assert {r.state for r in rows} == {S.DELIVERED}
    assert {r.raw_status for r in rows} == {"1"}


def test_sink_is_wired_for_gateways_built_later(services):
    gateway = PushingGateway("later")
    assert gateway.report_sink is None
    services.gateways.put(gateway)
    assert gateway.report_sink is not None
    # a report for an id nobody sent is held, not an error, and expires quietly
    assert gateway.report_sink([StatusReport("nobody", S.DELIVERED)]) == 0


def test_listener_binds_exclusively_where_windows_allows_port_sharing(monkeypatch):
    """Windows has SO_EXCLUSIVEADDRUSE, and SO_REUSEADDR there lets another process steal the
    port. Here the Windows option is stood in for by a harmless real one, to see it applied."""
    import socket

    from ellipses_sms.gateway.listener import ReportListener

    monkeypatch.setattr(socket, "SO_EXCLUSIVEADDRUSE", socket.SO_KEEPALIVE, raising=False)
    listener = ReportListener(parse=lambda params: None, sink=lambda reports: None)
    listener.start()
    try:
        sock = listener._server.socket
        assert sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) != 0
        assert sock.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) == 0
    finally:
        listener.stop()


def test_listener_keeps_reuse_address_off_windows():
    import socket

    from ellipses_sms.gateway.listener import ReportListener

    assert not hasattr(socket, "SO_EXCLUSIVEADDRUSE")
    listener = ReportListener(parse=lambda params: None, sink=lambda reports: None)
    listener.start()
    try:
        assert listener._server.socket.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0
    finally:
        listener.stop()
