"""The sandbox provider: the embedded default, no network and no real SMS.

It behaves like a real provider so that every feature can be tried on a fresh install: it hands
out ids (`SBX…`), takes some time per request, enforces a rate limit, refuses some numbers, and
answers delivery reports a few seconds later (mostly delivered, some failed). Its "server side"
is a small SQLite file of its own, so that reports and crash look-ups work across restarts.

Test numbers (each gives one outcome on purpose; see the README):

==================  =========================================================================
+33 6 00 00 00 01   refused at once: unknown number (rejected)
+33 6 00 00 00 02   accepted, then not delivered (failed, UNDELIV)
+33 6 00 00 00 03   accepted, then expired (EXPIRED)
+33 6 00 00 00 04   accepted, then refused by the operator (rejected, REJECTD)
+33 6 00 00 00 05   refused at once: the customer replied STOP (blocked); the STOP reply is
                    then listed by `incoming` (the replies pass makes it an opt-out)
+33 6 00 00 00 06   busy twice (transient), accepted at the third attempt
+33 6 00 00 00 07   accepted, never any delivery report (stays sent)
+33 6 00 00 00 08   always busy (transient): fails once the attempts run out
==================  =========================================================================

Any other number is delivered, except a fixed share (`failure_rate`) chosen by a hash of the
number, so the same number always gives the same outcome.
"""

from __future__ import annotations

import hashlib
import random
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from ellipses_sms import sms
from ellipses_sms.gateway.base import (
    Balance,
    Gateway,
    InboundSms,
    LookupResult,
    OutgoingSms,
    StatusReport,
    SubmitResult,
    TransientError,
)
from ellipses_sms.states import MessageState

S = MessageState

#: Documented test numbers and what they do.
TEST_NUMBERS: dict[str, str] = {
    "+33600000001": "unknown",
    "+33600000002": "undeliverable",
    "+33600000003": "expired",
    "+33600000004": "operator_rejected",
    "+33600000005": "stop",
    "+33600000006": "busy_twice",
    "+33600000007": "no_report",
    "+33600000008": "always_busy",
}

#: Final report per outcome: (state, raw code, French reason).
_REPORTS: dict[str, tuple[MessageState, str, str | None]] = {
    "delivered": (S.DELIVERED, "DELIVRD", None),
    "undeliverable": (S.FAILED, "UNDELIV", "Le téléphone n'a pas pu recevoir le message"),
    "expired": (S.EXPIRED, "EXPIRED", "Message expiré : téléphone éteint ou hors réseau"),
    "operator_rejected": (S.REJECTED, "REJECTD", "Refusé par l'opérateur du destinataire"),
}

INITIAL_CREDIT = 100_000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sbx_messages (
    id TEXT PRIMARY KEY,
    reference TEXT,
    number TEXT NOT NULL,
    sender TEXT,
    text TEXT NOT NULL,
    parts INTEGER NOT NULL,
    submitted REAL NOT NULL,
    report_at REAL,
    outcome TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sbx_messages_reference ON sbx_messages(reference);
CREATE TABLE IF NOT EXISTS sbx_incoming (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL,
    text TEXT NOT NULL,
    received REAL NOT NULL
);
"""


def _unit(key: str) -> float:
    """A stable number in [0, 1) for `key`: the same number always gives the same outcome."""
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "big") / 2**64


class SandboxGateway(Gateway):
    """A simulated SMS provider (see the module docstring for its test numbers)."""

    type = "sandbox"
    is_sandbox = True
    can_poll_status = True
    can_lookup = True
    has_balance = True
    max_recipients_per_request = 100
    stop_raw_statuses = ("STOP",)

    def __init__(
        self,
        name: str = "sandbox",
        *,
        state_path: Path | str | None = None,
        rate_limit: float = 20.0,
        latency: float = 0.02,
        report_delay: float = 3.0,
        failure_rate: float = 0.03,
        transient_rate: float = 0.0,
        seed: int | None = None,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.name = name
        self.max_messages_per_second = max(0.0, rate_limit)
        self.latency = max(0.0, latency)
        self.report_delay = max(0.0, report_delay)
        self.failure_rate = min(max(failure_rate, 0.0), 1.0)
        self.transient_rate = min(max(transient_rate, 0.0), 1.0)
        self._clock = clock
        self._sleep = sleep
        self._random = random.Random(seed)
        self._prefix = secrets.token_hex(3).upper()
        self._counter = 0
        self._busy: dict[str, int] = {}
        self._lock = threading.Lock()
        self._tokens = self.max_messages_per_second
        self._tokens_at = clock()
        self._db = sqlite3.connect(
            str(state_path) if state_path else ":memory:", check_same_thread=False
        )
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=OFF")  # a simulation: speed over durability
        self._db.executescript(_SCHEMA)

    # -- sending ---------------------------------------------------------------------------

    def _take_tokens(self, count: int) -> None:
        """The provider's own rate limit: too many messages per second gets a 429."""
        if not self.max_messages_per_second:
            return
        now = self._clock()
        capacity = max(self.max_messages_per_second, 1.0)
        self._tokens = min(
            capacity, self._tokens + (now - self._tokens_at) * self.max_messages_per_second
        )
        self._tokens_at = now
        if count > self._tokens + 1e-9:
            wait = (count - self._tokens) / self.max_messages_per_second
            raise TransientError(
                "Trop de messages envoyés d'un coup : le fournisseur demande de ralentir",
                raw="429 Too Many Requests",
                retry_after=wait,
            )
        self._tokens -= count

    def _outcome(self, number: str) -> str:
        special = TEST_NUMBERS.get(number)
        if special:
            return special
        if _unit(number) < self.failure_rate:
            return "undeliverable"
        return "delivered"

    def submit(self, batch: Sequence[OutgoingSms]) -> list[SubmitResult]:
        if self.latency:
            self._sleep(self.latency)
        with self._lock:
            if self.transient_rate and self._random.random() < self.transient_rate:
                raise TransientError(
                    "Service du fournisseur momentanément indisponible",
                    raw="503 Service Unavailable",
                )
            self._take_tokens(len(batch))
            now = self._clock()
            results: list[SubmitResult] = []
            rows = []
            replies = []
            for sms_ in batch:
                outcome = self._outcome(sms_.to)
                if outcome == "unknown":
                    results.append(
                        SubmitResult.refused(
                            sms_.message_id,
                            "Numéro inconnu de l'opérateur",
                            raw="UNKNOWN_NUMBER",
                            state=S.REJECTED,
                        )
                    )
                    continue
                if outcome == "stop":
                    results.append(
                        SubmitResult.refused(
                            sms_.message_id,
                            "Le destinataire a demandé à ne plus recevoir de SMS (STOP)",
                            raw="STOP",
                            state=S.BLOCKED,
                        )
                    )
                    replies.append((sms_.to, "STOP", now))  # the customer's own reply
                    continue
                if outcome in ("busy_twice", "always_busy"):
                    seen = self._busy.get(sms_.to, 0)
                    self._busy[sms_.to] = seen + 1
                    if outcome == "always_busy" or seen < 2:
                        results.append(
                            SubmitResult.refused(
                                sms_.message_id,
                                "Réseau de l'opérateur saturé",
                                transient=True,
                                raw="BUSY",
                            )
                        )
                        continue
                    outcome = "delivered"
                self._counter += 1
                provider_id = f"SBX{self._prefix}{self._counter:08d}"
                report_at = None
                if outcome != "no_report":
                    report_at = now + self.report_delay * (0.5 + _unit(provider_id))
                rows.append(
                    (
                        provider_id,
                        sms_.reference or None,
                        sms_.to,
                        sms_.sender,
                        sms_.text,
                        sms.analyze(sms_.text).segments,
                        now,
                        report_at,
                        outcome,
                    )
                )
                results.append(SubmitResult.ok(sms_.message_id, provider_id, "ACCEPTED"))
            if rows or replies:
                with self._db:
                    self._db.executemany(
                        "INSERT INTO sbx_messages VALUES (?,?,?,?,?,?,?,?,?)", rows
                    )
                    self._db.executemany(
                        "INSERT INTO sbx_incoming (number, text, received) VALUES (?,?,?)",
                        replies,
                    )
        return results

    def incoming(self, since: datetime | None = None) -> list[InboundSms]:
        """The replies customers sent (the STOP number's « STOP »), oldest first."""
        after = since.replace(tzinfo=UTC).timestamp() if since else 0.0
        with self._lock:
            rows = self._db.execute(
                "SELECT id, number, text, received FROM sbx_incoming WHERE received >= ? "
                "ORDER BY id",
                (after,),
            ).fetchall()
        return [
            InboundSms(
                f"SBXIN{rid}",
                number,
                text,
                datetime.fromtimestamp(received, UTC).replace(tzinfo=None),
            )
            for rid, number, text, received in rows
        ]

    # -- reports, look-ups, credit ---------------------------------------------------------

    def statuses(self, provider_ids: Iterable[str]) -> list[StatusReport]:
        ids = list(provider_ids)
        now = self._clock()
        reports: list[StatusReport] = []
        with self._lock:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ",".join("?" * len(chunk))
                for pid, report_at, outcome in self._db.execute(
                    f"SELECT id, report_at, outcome FROM sbx_messages WHERE id IN ({marks})",
                    chunk,
                ):
                    if report_at is None or report_at > now or outcome not in _REPORTS:
                        continue
                    state, raw, error = _REPORTS[outcome]
                    at = datetime.fromtimestamp(report_at, UTC).replace(tzinfo=None)
                    reports.append(StatusReport(pid, state, raw, error, at))
        return reports

    def lookup(self, references: Iterable[str]) -> list[LookupResult]:
        refs = list(references)
        found: dict[str, str] = {}
        with self._lock:
            for start in range(0, len(refs), 500):
                chunk = refs[start : start + 500]
                marks = ",".join("?" * len(chunk))
                for pid, ref in self._db.execute(
                    f"SELECT id, reference FROM sbx_messages WHERE reference IN ({marks})", chunk
                ):
                    found[ref] = pid
        return [
            LookupResult(ref, ref in found, found.get(ref), S.SENT if ref in found else None)
            for ref in refs
        ]

    def balance(self) -> Balance:
        with self._lock:
            (used,) = self._db.execute(
                "SELECT COALESCE(SUM(parts), 0) FROM sbx_messages"
            ).fetchone()
        return Balance(float(max(0, INITIAL_CREDIT - used)), "SMS")

    def check(self) -> str:
        return "Bac à sable prêt : aucun SMS réel n'est envoyé."

    def close(self) -> None:
        with self._lock:
            self._db.close()
