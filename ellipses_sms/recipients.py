"""A recipient (name, number, extra fields for placeholders) and list operations.

A recipient keeps what the clerk typed when the number is unusable, with the French reason, so
that nothing is dropped in silence: the send path records it as blocked.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from ellipses_sms.lazy import lazy_module

phone = lazy_module("ellipses_sms.phone", globals())  # phonenumbers: when a number is read


@dataclass(frozen=True, slots=True)
class Recipient:
    name: str
    number: str  # E.164 when valid, otherwise the text as typed
    fields: Mapping[str, str] = field(default_factory=dict)
    error: str | None = None  # why this number cannot receive an SMS (French)

    @property
    def valid(self) -> bool:
        return self.error is None


def make(name: str, number: str, region: str = "FR", **fields: str) -> Recipient:
    """A recipient from what a clerk (or a file, or a script) gives: the number is checked."""
    parsed = phone.parse(number, region)
    if parsed.valid and parsed.e164:
        return Recipient((name or "").strip(), parsed.e164, dict(fields))
    return Recipient((name or "").strip(), number.strip(), dict(fields), parsed.message)


def parse_spec(spec: str, region: str = "FR") -> Recipient:
    """`NUMBER[:NAME]` as the command line takes it (`06 12 34 56 78:Claire Dupond`)."""
    number, _, name = spec.partition(":")
    return make(name, number, region)


def dedupe(recipients: Iterable[Recipient]) -> tuple[list[Recipient], list[Recipient]]:
    """Keep the first recipient of each valid E.164; returns (kept, duplicates)."""
    seen: set[str] = set()
    kept: list[Recipient] = []
    dupes: list[Recipient] = []
    for r in recipients:
        if r.valid:
            if r.number in seen:
                dupes.append(r)
                continue
            seen.add(r.number)
        kept.append(r)
    return kept, dupes


def fields_of(r: Recipient) -> Mapping[str, str]:
    """Every value a placeholder may use for this recipient."""
    return {"nom": r.name, "numero": r.number, **r.fields}


# The collector is one switch for the whole process: two lists built at once (an import in its
# worker, a list file in another) share the pause, and the last one to finish restores it.
_pause_lock = threading.Lock()
_pause_depth = 0
_pause_restores = False
_builds_done = 0  # pauses ended: the window's collector freezes what they built


@contextlib.contextmanager
def building_many() -> Iterator[None]:
    """No cyclic garbage collection while a whole list of recipients is built (or tabled).

    Every row of an import makes a few objects that all stay alive, so the collector would walk
    an ever larger heap again and again for nothing: at 100,000 rows that was a third of the
    import's time. Reference counting still frees everything as usual, and the collector is
    switched back on afterwards exactly as it was (left off if someone else had turned it off).
    """
    global _pause_depth, _pause_restores, _builds_done
    with _pause_lock:
        if _pause_depth == 0:
            _pause_restores = gc.isenabled()
            gc.disable()
        _pause_depth += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pause_depth -= 1
            if _pause_depth == 0:
                _builds_done += 1
                if _pause_restores:
                    gc.enable()


def bulk_builds() -> int:
    """How many `building_many` have ended (the window's collector: see ui/gc_guard.py)."""
    return _builds_done


def collector_paused() -> bool:
    """Whether a `building_many` is running (the window's own collector waits for it too)."""
    return _pause_depth > 0
