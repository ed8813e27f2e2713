"""The send path: many producers, one outbox, each message sent exactly once.

The window, the command line, the service and (later) the reception watcher all go through the
same stages, from one process, several, or several workstations on one shared store:

1. journal (`outbox.Outbox.create_job`): a job and a message per recipient, each with its own
   text and parts and a stable key, in one transaction — from here on nothing is lost;
2. dispatch (`runloop.JobRun`): a run holds the job's lease (`lease`: heartbeats, proof that a
   holder is gone), claims batches with conditional updates only it can win, makes each
   `submitting` mark durable before the request, throttles (`throttle`), retries with bounded
   back-off and suspends the job when a provider asks for longer (`outcomes`, pure);
3. recover (`recovery`): what a gone sender left `submitting` is looked up at the provider or
   made `uncertain` — never silently sent twice;
4. reports (`reports`): delivery reports move messages to their final state.

`Dispatcher` is the small API the command line, the window and `service.Service` call; every
change is published on an `EventBus` (`events`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ellipses_sms.sending.bus import EventBus
    from ellipses_sms.sending.clock import Clock, FakeClock
    from ellipses_sms.sending.dispatcher import KINDS, Dispatcher
    from ellipses_sms.sending.events import (
        Event,
        JobBusy,
        JobCreated,
        JobFinished,
        JobProgress,
        JobSummary,
        MessagesChanged,
        MessageUpdate,
        SendError,
    )
    from ellipses_sms.sending.lease import HEARTBEAT_SECONDS, LEASE_SECONDS, Lease
    from ellipses_sms.sending.outbox import LeaseLost, reference_of
    from ellipses_sms.sending.reports import CREATED_SLACK, REPORT_WINDOW, ReportPoller

#: Each name's module, imported on first use: the window shows before the store's libraries
#: (SQLAlchemy, Alembic) are imported, as it needs only the bus at start-up.
_HOMES = {
    "Clock": "clock",
    "FakeClock": "clock",
    "KINDS": "dispatcher",
    "Dispatcher": "dispatcher",
    "Event": "events",
    "EventBus": "bus",
    "JobBusy": "events",
    "JobCreated": "events",
    "JobFinished": "events",
    "JobProgress": "events",
    "JobSummary": "events",
    "MessagesChanged": "events",
    "MessageUpdate": "events",
    "SendError": "events",
    "HEARTBEAT_SECONDS": "lease",
    "LEASE_SECONDS": "lease",
    "Lease": "lease",
    "LeaseLost": "outbox",
    "reference_of": "outbox",
    "CREATED_SLACK": "reports",
    "REPORT_WINDOW": "reports",
    "ReportPoller": "reports",
}


def __getattr__(name: str):
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


__all__ = [
    "CREATED_SLACK",
    "HEARTBEAT_SECONDS",
    "KINDS",
    "LEASE_SECONDS",
    "REPORT_WINDOW",
    "Clock",
    "Dispatcher",
    "Event",
    "EventBus",
    "FakeClock",
    "JobBusy",
    "JobCreated",
    "JobFinished",
    "JobProgress",
    "JobSummary",
    "Lease",
    "LeaseLost",
    "MessageUpdate",
    "MessagesChanged",
    "ReportPoller",
    "SendError",
    "reference_of",
]
