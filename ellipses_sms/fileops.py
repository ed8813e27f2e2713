"""Replacing and locking files that another process may hold: Windows' rules, on every system.

On Windows `os.replace` fails while another process has the target open (Excel showing a list,
an antivirus scanning the new file, the window reading the settings while the command line
saves them): `PermissionError`, WinError 5, 32 or 33, gone a moment later. Such a replace is tried
again for a few seconds. Several processes that write one file (the window, the command line
called by the bookstore software, the service) take an exclusive lock on a small lock file beside
it, so that each reads, changes and writes in turn.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

#: Pauses between tries of a replace that the target's holder refused: about 4 s in all.
RETRY_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8, 1.0, 1.5)
#: How long to wait for another process's lock (seconds), and how often to look.
LOCK_TIMEOUT = 10.0
LOCK_STEP = 0.05


class FileLockTimeout(OSError):
    """Another process kept the lock for too long."""


def replace(
    src: str | os.PathLike,
    dst: str | os.PathLike,
    *,
    sleep: Callable[[float], None] | None = None,
    delays: tuple[float, ...] = RETRY_DELAYS,
) -> None:
    """`os.replace`, tried again while the target is held by another process (Windows)."""
    sleep = sleep or time.sleep
    for delay in (*delays, None):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if delay is None:
                raise
            sleep(delay)


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


@contextlib.contextmanager
def locked(
    path: str | os.PathLike,
    timeout: float = LOCK_TIMEOUT,
    *,
    sleep: Callable[[float], None] | None = None,
) -> Iterator[None]:
    """Hold the exclusive lock on `path` (a lock file, created if needed) between processes.

    The lock goes with the open file: a process that dies releases it, so a crash never leaves
    the others locked out.
    """
    sleep = sleep or time.sleep
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        waited = 0.0
        while not _try_lock(fd):
            if waited >= timeout:
                raise FileLockTimeout(f"{path} est verrouillé par un autre programme")
            sleep(LOCK_STEP)
            waited += LOCK_STEP
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)
