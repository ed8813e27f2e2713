"""The composition root: every service built once, from the settings, and handed out.

The command line and the window both start here, so that they reach the same services.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, field

from ellipses_sms import paths
from ellipses_sms.gateway import Gateways
from ellipses_sms.secrets import LogMask
from ellipses_sms.sending import Dispatcher, EventBus, ReportPoller
from ellipses_sms.settings import Settings
from ellipses_sms.store import Store
from ellipses_sms.store.db import store_url
from ellipses_sms.template_store import TemplateStore


@dataclass
class Services:
    settings: Settings
    store: Store
    gateways: Gateways
    bus: EventBus
    dispatcher: Dispatcher
    #: Brings sent messages to their final state; the window starts it (`poller.start()`).
    poller: ReportPoller
    #: The saved templates, in the store (every workstation sees the same ones).
    templates: TemplateStore = field(init=False)

    def __post_init__(self) -> None:
        self.templates = TemplateStore(self.store)

    def close(self) -> None:
        self.poller.stop()
        self.gateways.close()
        self.dispatcher.close()
        self.store.dispose()


def setup_logging(level: int = logging.INFO) -> None:
    """The log file, shared safely by the window and the command line; secrets never reach it.

    Also what a clerk's support call needs: the version and the system at start, every uncaught
    exception of any thread, and, through faulthandler, the stack of a hard crash (a windowed
    program has no console to show them).
    """
    import faulthandler
    import platform
    import sys
    import threading

    from ellipses_sms import __version__
    from ellipses_sms.logfile import SharedRotatingFileHandler

    root = logging.getLogger()
    if any(getattr(h, "_ellipses", False) for h in root.handlers):
        return
    handler = SharedRotatingFileHandler(paths.log_file(), max_bytes=2_000_000, backup_count=5)
    handler._ellipses = True  # type: ignore[attr-defined]
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s")
    )
    handler.addFilter(LogMask())  # any secret read from the keyring is blanked out
    root.addHandler(handler)
    root.setLevel(level)
    log = logging.getLogger("ellipses_sms")
    log.info(
        "Ellipses SMS %s, Python %s, %s (%s), argv %s",
        __version__,
        platform.python_version(),
        platform.platform(terse=True),
        sys.executable,
        sys.argv[1:2],
    )

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread else "?"
        log.critical(
            "uncaught exception in thread %s",
            name,
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )

    threading.excepthook = thread_hook
    previous = sys.excepthook

    def main_hook(exc_type, exc_value, traceback) -> None:  # also Qt slots' exceptions
        log.critical("uncaught exception", exc_info=(exc_type, exc_value, traceback))
        if sys.stderr is not None:  # pythonw.exe has none
            previous(exc_type, exc_value, traceback)

    sys.excepthook = main_hook
    if not faulthandler.is_enabled():
        try:  # kept open for the process's life; appended to, never rotated
            crash = open(paths.log_dir() / "crash.log", "a", encoding="utf-8")  # noqa: SIM115
            faulthandler.enable(crash, all_threads=True)
            _keep.append(crash)
        except (OSError, ValueError, RuntimeError):
            log.warning("faulthandler could not be enabled", exc_info=True)


#: Files that must stay open as long as the process (faulthandler's).
_keep: list = []


def _record_replies(store: Store, provider: str, found: list) -> None:
    from ellipses_sms import replies

    replies.record(store, provider, found)


def build_services(settings: Settings | None = None, role: str = "cli") -> Services:
    """Open the store (migrating it), the providers and the dispatcher.

    `role` (window, cli, service) is what another sender is told holds a job.
    """
    settings = settings or Settings()
    store = Store(store_url(settings))
    gateways = Gateways(settings)
    bus = EventBus()
    dispatcher = Dispatcher(store, gateways, settings, bus, role=role)
    gateways.set_reply_sink(functools.partial(_record_replies, store))  # pushed replies, STOP
    return Services(settings, store, gateways, bus, dispatcher, ReportPoller(dispatcher))
