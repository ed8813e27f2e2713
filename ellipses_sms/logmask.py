"""Every secret read is remembered here and blanked out of every log line and message.

A module of its own, apart from `secrets` (which keeps the values in the system keyring):
the log file needs the mask from the first line of the program, and the keyring library is
slow to import, so the window would wait for it before it shows.
"""

from __future__ import annotations

import logging
import threading
import urllib.parse

MASK = "•••"

_known: set[str] = set()
_known_lock = threading.Lock()


def remember(value: str | None) -> None:
    """Note a secret value so that `mask()` and `LogMask` blank it out wherever it appears."""
    if value and len(value) >= 3:
        forms = {value, urllib.parse.quote(value, safe=""), urllib.parse.quote_plus(value)}
        with _known_lock:
            _known.update(forms)


def mask(text: str, extra: tuple[str | None, ...] = ()) -> str:
    """`text` with every known secret (and `extra` values) replaced by •••."""
    if not text:
        return text
    with _known_lock:
        values = set(_known)
    for value in extra:
        if value and len(value) >= 3:
            values.update(
                {value, urllib.parse.quote(value, safe=""), urllib.parse.quote_plus(value)}
            )
    for value in sorted(values, key=len, reverse=True):
        if value in text:
            text = text.replace(value, MASK)
    return text


class LogMask(logging.Filter):
    """A handler filter: no log line ever carries a secret read through this module."""

    def filter(self, record: logging.LogRecord) -> bool:
        with _known_lock:
            if not _known:
                return True
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: leave it to the handler
            return True
        masked = mask(message)
        if masked != message:
            record.msg, record.args = masked, None
        if record.exc_info and not record.exc_text:
            record.exc_text = mask(logging.Formatter().formatException(record.exc_info))
        elif record.exc_text:
            record.exc_text = mask(record.exc_text)
        return True
