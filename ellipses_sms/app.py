"""The composition root: every service built once, from the settings, and handed out.

The command line and the window both start here, so that they reach the same services.
"""

from __future__ import annotations

import logging
import logging.handlers
from dataclasses import dataclass

from ellipses_sms import paths
from ellipses_sms.gateway import Gateways
from ellipses_sms.secrets import LogMask
from ellipses_sms.sending import Dispatcher, EventBus, ReportPoller
from ellipses_sms.settings import Settings
from ellipses_sms.store import Store
from ellipses_sms.store.db import store_url


@dataclass
class Services:
    settings: Settings
    store: Store
    gateways: Gateways
    bus: EventBus
    dispatcher: Dispatcher
    #: Brings sent messages to their final state; the window starts it (`poller.start()`).
    poller: ReportPoller

    def close(self) -> None:
        self.poller.stop()
        self.gateways.close()
        self.dispatcher.close()
        self.store.dispose()


def setup_logging(level: int = logging.INFO) -> None:
    """A rotating log file in the log folder; secrets never reach it (gateways mask them)."""
    root = logging.getLogger()
    if any(getattr(h, "_ellipses", False) for h in root.handlers):
        return
    handler = logging.handlers.RotatingFileHandler(
        paths.log_file(), maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler._ellipses = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(LogMask())  # any secret read from the keyring is blanked out
    root.addHandler(handler)
    root.setLevel(level)


def build_services(settings: Settings | None = None, role: str = "cli") -> Services:
    """Open the store (migrating it), the providers and the dispatcher.

    `role` (window, cli, service) is what another sender is told holds a job.
    """
    settings = settings or Settings()
    store = Store(store_url(settings))
    gateways = Gateways(settings)
    bus = EventBus()
    dispatcher = Dispatcher(store, gateways, settings, bus, role=role)
    return Services(settings, store, gateways, bus, dispatcher, ReportPoller(dispatcher))
