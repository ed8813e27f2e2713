"""The log file, shared by every process of the product: the window, the command line, the service.

A `RotatingFileHandler` in each of two processes fails at rotation on Windows (« WinError 32 »: the
other process has the file open) and, elsewhere, overwrites the other's rotated lines. This
handler keeps no file open between records: each record is appended under a lock shared by the
processes, and the rotation happens under the same lock, so it never meets an open handle.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from ellipses_sms import fileops


class SharedRotatingFileHandler(logging.Handler):
    """Append each record to `path`; past `max_bytes`, `path` becomes `path.1` (and so on)."""

    def __init__(
        self,
        path: str | os.PathLike,
        max_bytes: int = 2_000_000,
        backup_count: int = 5,
        encoding: str = "utf-8",
    ):
        super().__init__()
        self.path = Path(path)
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self.max_bytes = max_bytes
        self.backup_count = backup_count
        self.encoding = encoding

    def emit(self, record: logging.LogRecord) -> None:
        try:
            data = (self.format(record) + "\n").encode(self.encoding, "replace")
            with fileops.locked(self.lock_path, timeout=5.0):
                if self.max_bytes > 0:
                    size = self.path.stat().st_size if self.path.exists() else 0
                    if size and size + len(data) > self.max_bytes:
                        self._rotate()
                with open(self.path, "ab") as fh:
                    fh.write(data)
        except Exception:
            self.handleError(record)

    def _rotate(self) -> None:
        if self.backup_count <= 0:
            self.path.unlink(missing_ok=True)
            return
        for index in range(self.backup_count - 1, 0, -1):
            older = self.path.with_name(f"{self.path.name}.{index}")
            if older.exists():
                fileops.replace(older, self.path.with_name(f"{self.path.name}.{index + 1}"))
        fileops.replace(self.path, self.path.with_name(f"{self.path.name}.1"))
