"""Who is sending: each dispatcher's registration, its heartbeat, and the proof that it is gone.

A dispatcher (a window, a `send`, a `resume`, a service) registers a row in `dispatchers` before
it claims anything, and a thread renews its heartbeat every `HEARTBEAT_SECONDS` — also while a
request is in flight, so a slow provider never makes a live sender look dead.

A job held by another dispatcher is taken over only with proof that its holder is gone:

- on the same machine (same machine id and boot): its process no longer exists, or the pid now
  belongs to a process started at another time (psutil: works on Windows, where
  `os.kill(pid, 0)` would send Ctrl-C);
- on the same machine after a reboot: gone (its process belonged to the previous boot);
- on another machine (a shared PostgreSQL): its heartbeat, in the database's clock, is older
  than `LEASE_SECONDS`.

An expired lease alone is never proof. Each run of a job gets its own token (`owner#n`), so two
threads of one process cannot hold the same job either.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import secrets
import socket
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path

import psutil
from sqlalchemy import delete, insert, select, update

from ellipses_sms.store import Store
from ellipses_sms.store.models import dispatchers_table, jobs_table

log = logging.getLogger(__name__)

#: A heartbeat older than this (database clock) proves a dispatcher of another machine gone.
LEASE_SECONDS = 60.0
#: How often a live dispatcher renews its heartbeat.
HEARTBEAT_SECONDS = LEASE_SECONDS / 4
#: Two start times of one process read apart by less than this are the same process (s).
START_TOLERANCE = 1.0


#: Tests play two workstations on one machine by giving each process its own machine id.
MACHINE_ENV = "ELLIPSES_SMS_MACHINE_ID"


@cache
def machine_id() -> str:
    """This machine, told apart from a clone with the same host name where the OS can."""
    forced = os.environ.get(MACHINE_ENV, "").strip()
    if forced:
        return forced[:128]
    host = socket.gethostname()[:48]
    ident = ""
    for candidate in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        with contextlib.suppress(OSError):
            ident = Path(candidate).read_text(encoding="ascii").strip()
            if ident:
                break
    if not ident and os.name == "nt":
        with contextlib.suppress(OSError, ImportError):
            import winreg

            key = winreg.OpenKey(
                winreg.HKEY_LOCAL_MACHINE,
                r"SOFTWARE\Microsoft\Cryptography",
                0,
                winreg.KEY_READ | winreg.KEY_WOW64_64KEY,
            )
            ident = str(winreg.QueryValueEx(key, "MachineGuid")[0])
    return f"{host}/{ident[:64]}" if ident else host


def process_started(pid: int) -> float | None:
    """When process `pid` started (epoch seconds), or None when there is no such process."""
    try:
        return psutil.Process(pid).create_time()
    except (psutil.NoSuchProcess, psutil.ZombieProcess):
        return None
    except psutil.AccessDenied:  # another user's process: it exists
        return -1.0


@dataclass(frozen=True, slots=True)
class Identity:
    """The facts that let another dispatcher prove this one gone."""

    owner: str
    machine: str
    host: str
    pid: int
    pid_started: float
    boot: float

    @classmethod
    def here(cls) -> Identity:
        pid = os.getpid()
        host = socket.gethostname()[:24]
        return cls(
            owner=f"{host}:{pid}:{secrets.token_hex(4)}",
            machine=machine_id(),
            host=host,
            pid=pid,
            pid_started=process_started(pid) or 0.0,
            boot=psutil.boot_time(),
        )


def dispatcher_of(token: str | None) -> str | None:
    """The dispatcher part of a run token (`owner#n` → `owner`)."""
    if not token:
        return None
    return token.partition("#")[0]


class Lease:
    """This process's registration as a dispatcher, and its heartbeat thread."""

    def __init__(
        self,
        store: Store,
        role: str = "cli",
        identity: Identity | None = None,
        lease_seconds: float = LEASE_SECONDS,
    ):
        self.store = store
        self.lease_seconds = lease_seconds
        self.role = role[:16]
        self.identity = identity or Identity.here()
        self._runs = itertools.count(1)
        self._registered = False
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.interval = lease_seconds / 4

    @property
    def owner(self) -> str:
        return self.identity.owner

    def run_token(self) -> str:
        """A token for one run of one job, registering this dispatcher first if needed."""
        self.register()
        return f"{self.owner}#{next(self._runs)}"

    def owns(self, token: str | None) -> bool:
        return dispatcher_of(token) == self.owner

    # -- registration and heartbeat -------------------------------------------------------

    def register(self) -> None:
        """Insert this dispatcher's row (committed before any claim), start the heartbeat."""
        with self._lock:
            if self._registered:
                return
            self._write_row()
            self._registered = True
            self._stop.clear()
            self._thread = threading.Thread(target=self._beat, name="lease-heartbeat", daemon=True)
            self._thread.start()

    def _write_row(self) -> None:
        i = self.identity
        d = dispatchers_table
        with self.store.begin() as conn:
            now = self.store.db_now(conn)
            conn.execute(delete(d).where(d.c.owner == i.owner))
            conn.execute(
                insert(d).values(
                    owner=i.owner,
                    machine=i.machine,
                    host=i.host,
                    pid=i.pid,
                    pid_started=i.pid_started,
                    boot=i.boot,
                    role=self.role,
                    started_at=now,
                    heartbeat_at=now,
                )
            )

    def beat(self) -> None:
        """Renew the heartbeat now; re-register if another dispatcher wrongly cleaned us up."""
        d = dispatchers_table
        with self.store.begin() as conn:
            now = self.store.db_now(conn)
            done = conn.execute(
                update(d).where(d.c.owner == self.owner).values(heartbeat_at=now)
            ).rowcount
            if done:
                j = jobs_table
                conn.execute(
                    update(j)
                    .where(j.c.lease_owner.like(f"{self.owner}#%"))
                    .values(lease_until=now + timedelta(seconds=self.lease_seconds))
                )
        if not done:
            log.warning(
                "dispatcher %s was declared gone while alive; registering again", self.owner
            )
            self._write_row()

    def _beat(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                self.beat()
            except Exception:  # a store hiccup: the next beat tries again
                log.warning("heartbeat failed", exc_info=True)

    def close(self) -> None:
        """Stop the heartbeat and remove the row (a clean exit holds no job)."""
        with self._lock:
            if not self._registered:
                return
            self._registered = False
            self._stop.set()
            thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout=5)
        try:
            with self.store.begin() as conn:
                conn.execute(
                    delete(dispatchers_table).where(dispatchers_table.c.owner == self.owner)
                )
        except Exception:
            log.warning("could not remove the dispatcher row %s", self.owner, exc_info=True)

    # -- proof that another dispatcher is gone ---------------------------------------------

    def is_gone(self, token: str | None, conn, now: datetime | None = None) -> bool:
        """True only with proof that the dispatcher holding `token` no longer runs."""
        owner = dispatcher_of(token)
        if not owner:
            return True
        if owner == self.owner:
            return False  # ourselves: a run of ours that ended without releasing (a bug)
        d = dispatchers_table
        row = conn.execute(select(d).where(d.c.owner == owner)).one_or_none()
        if row is None:
            return self._legacy_gone(owner)
        me = self.identity
        if row.machine == me.machine:
            if abs(row.boot - me.boot) > 5:
                return True  # its process belonged to an earlier boot of this machine
            started = process_started(row.pid)
            if started is None:
                return True
            return started >= 0 and abs(started - row.pid_started) > START_TOLERANCE
        now = now or self.store.db_now(conn)
        return row.heartbeat_at < now - timedelta(seconds=self.lease_seconds)

    def _legacy_gone(self, owner: str) -> bool:
        """No row: it exited, was cleaned up, or was written by a version before leases.

        A version before this one wrote `host:pid:hex`; a process of this host with that pid
        still alive is given the benefit of the doubt. Any other unregistered owner is gone
        (a dispatcher registers before its first claim).
        """
        host, _, rest = owner.partition(":")
        pid = rest.partition(":")[0]
        if host == self.identity.host and pid.isdigit() and int(pid) != os.getpid():
            return process_started(int(pid)) is None
        return True

    def describe(self, token: str | None, conn) -> str:
        """« le programme n° 1234 sur CAISSE-2 (fenêtre) », for the clerk."""
        owner = dispatcher_of(token)
        d = dispatchers_table
        row = conn.execute(select(d).where(d.c.owner == owner)).one_or_none() if owner else None
        if row is None:
            return "un autre programme"
        role = {"window": "fenêtre", "service": "service", "cli": "ligne de commande"}.get(
            row.role, row.role
        )
        where = "ce poste" if row.machine == self.identity.machine else f"le poste {row.host}"
        return f"le programme n° {row.pid} sur {where} ({role})"

    def forget_gone(self, conn, owners: set[str]) -> None:
        """Remove the rows of dispatchers proven gone (their jobs have been taken over)."""
        owners = {o for o in owners if o and o != self.owner}
        if owners:
            conn.execute(delete(dispatchers_table).where(dispatchers_table.c.owner.in_(owners)))
