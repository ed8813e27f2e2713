"""The composition root: every service built once, from the settings, and handed out.

The command line and the window both start here, so that they reach the same services.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ellipses_sms import paths
from ellipses_sms.logmask import LogMask

if TYPE_CHECKING:  # imported when the services are built: the window shows before them
    from concurrent.futures import Future

    from ellipses_sms.gateway import Gateways
    from ellipses_sms.sending import Dispatcher, EventBus, ReportPoller
    from ellipses_sms.settings import Settings
    from ellipses_sms.store import Store
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
        from ellipses_sms.template_store import TemplateStore

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
        ".".join(map(str, sys.version_info[:3])),
        system_name(),
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


def system_name() -> str:
    """« Linux-6.1.0-x86_64 glibc 2.36 », « Windows-10-10.0.19045-AMD64 »: the system, cheaply.

    What `platform.platform()` says, without its cost at every start (it reads the whole
    interpreter file to find the C library's version; the C library tells it here).
    """
    import os

    if hasattr(os, "uname"):
        u = os.uname()
        name = f"{u.sysname}-{u.release}-{u.machine}"
    else:  # Windows
        import platform

        w = platform.uname()
        name = "-".join(part for part in (w.system, w.release, w.version, w.machine) if part)
    try:
        libc = os.confstr("CS_GNU_LIBC_VERSION")
    except (AttributeError, ValueError, OSError):  # Windows, macOS
        libc = None
    return f"{name} {libc}" if libc else name


#: Files that must stay open as long as the process (faulthandler's).
_keep: list = []


def _record_replies(store: Store, provider: str, found: list) -> None:
    from ellipses_sms import replies

    replies.record(store, provider, found)


def build_services(
    settings: Settings | None = None,
    role: str = "cli",
    *,
    gateways: Gateways | None = None,
    bus: EventBus | None = None,
) -> Services:
    """Open the store (migrating it), the providers and the dispatcher.

    `role` (window, cli, service) is what another sender is told holds a job. `gateways` and
    `bus`, when given, are the ones the window was already built on (`OpeningServices`).
    """
    from ellipses_sms.gateway import Gateways
    from ellipses_sms.sending import Dispatcher, EventBus, ReportPoller
    from ellipses_sms.settings import Settings
    from ellipses_sms.store import Store
    from ellipses_sms.store.db import store_url

    settings = settings or Settings()
    store = Store(store_url(settings))
    gateways = gateways or Gateways(settings)
    bus = bus or EventBus()
    dispatcher = Dispatcher(store, gateways, settings, bus, role=role)
    gateways.set_reply_sink(functools.partial(_record_replies, store))  # pushed replies, STOP
    return Services(settings, store, gateways, bus, dispatcher, ReportPoller(dispatcher))


class OpeningServices:
    """The window's services while their store opens on a worker thread, after the window shows.

    Opening the store (SQLAlchemy, Alembic, the migrations checked, perhaps a server on the
    network) is most of the start-up's time: the window is built on what needs none of it,
    here at once (`settings`, `gateways`, `bus`), and `open()` builds the rest on a worker
    thread. `store`, `dispatcher`, `poller` (every part of `Services`) are the opened
    services' once open; before that, stand-ins: reaching into them (`services.store.connect`,
    a method handed to a worker) waits for nothing, calling them waits until the store is open
    — only work done on a worker thread calls them that early (a send started in the first
    instant), so the window never waits. Whoever calls first while nobody has started opening
    opens the store there and then (never a wait for an opening that would come after), and
    only once. A store that cannot be opened raises its error to each caller.
    """

    def __init__(self, settings: Settings, build: Callable[..., Services] | None = None) -> None:
        import threading

        from ellipses_sms.gateway import Gateways
        from ellipses_sms.sending.bus import EventBus

        self.settings = settings
        self.gateways = Gateways(settings)
        self.bus = EventBus()
        self._build = build
        self._lock = threading.Lock()
        self._started = False
        self._opened: Future[Services] | None = None  # made by the first open (not at start)

    def open(self, build: Callable[..., Services] | None = None) -> Services:
        """The services built on the window's settings, providers and events (worker thread).

        Opened here unless someone already is (or has): then their result, or their error.
        """
        from concurrent.futures import Future

        with self._lock:
            first = not self._started
            self._started = True
            if self._opened is None:
                self._opened = Future()
            opening = self._opened
        if first:
            try:
                opened = (build or self._build or build_services)(
                    self.settings, role="window", gateways=self.gateways, bus=self.bus
                )
            except BaseException as exc:
                opening.set_exception(exc)
                raise
            opening.set_result(opened)
        return opening.result()

    def is_open(self) -> bool:
        opening = self._opened
        return opening is not None and opening.done() and opening.exception() is None

    def _part(self, name: str):
        if self.is_open():
            return getattr(self._opened.result(), name)
        return _WhenOpen(self, (name,))

    @property
    def store(self) -> Store:
        return self._part("store")

    @property
    def dispatcher(self) -> Dispatcher:
        return self._part("dispatcher")

    @property
    def poller(self) -> ReportPoller:
        return self._part("poller")

    def __getattr__(self, name: str):
        # any other part of the opened services (they grow: templates…), stood in for likewise
        from dataclasses import fields

        if name.startswith("_") or name not in {f.name for f in fields(Services)}:
            raise AttributeError(name)
        return self._part(name)

    def close(self) -> None:
        if self.is_open():
            self._opened.result().close()
        else:
            self.gateways.close()


class _WhenOpen:
    """A part of the services (or one of its attributes) before the store is open.

    Reaching further in costs nothing (`services.store.connect` is a stand-in too); calling
    it opens the services or waits for them, then calls the real thing.
    """

    __slots__ = ("_path", "_services")

    def __init__(self, services: OpeningServices, path: tuple[str, ...]) -> None:
        self._services = services
        self._path = path

    def _resolve(self):
        found = self._services.open()
        for name in self._path:
            found = getattr(found, name)
        return found

    def __getattr__(self, attr: str):
        if self._services.is_open():
            return getattr(self._resolve(), attr)
        return _WhenOpen(self._services, (*self._path, attr))

    def __call__(self, *args, **kwargs):
        return self._resolve()(*args, **kwargs)
