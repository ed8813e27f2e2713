"""Pure decisions of the send path: what becomes of a message after the provider's answer.

No database, no clock of its own: given a message, a result, the time and the retry policy,
these functions say the new state, the reason and when to try again. The outbox writes what
they decide; tests check them without a store.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from ellipses_sms.gateway import SubmitResult
from ellipses_sms.reasons import Reason
from ellipses_sms.states import MessageState

S = MessageState


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How often and how long to try again (the settings `max_attempts`, `retry_*_delay`)."""

    max_attempts: int = 5
    base_delay: float = 2.0
    max_delay: float = 300.0

    @classmethod
    def from_settings(cls, settings) -> RetryPolicy:
        return cls(
            max(1, int(settings.get("max_attempts"))),
            max(0.0, float(settings.get("retry_base_delay"))),
            max(0.0, float(settings.get("retry_max_delay"))),
        )

    def backoff(self, attempts: int, rng: random.Random | None = None) -> float:
        """Exponential back-off with jitter, never above `max_delay`."""
        jitter = (rng or random).uniform(0.8, 1.2)
        return min(self.max_delay, self.base_delay * 2 ** max(0, attempts - 1) * jitter)


@dataclass(frozen=True, slots=True)
class Decision:
    """A message's new state after one attempt."""

    state: MessageState
    error: str | None = None
    detail: str | None = None  # the status event's text
    next_at: datetime | None = None
    submitted_at: datetime | None = None
    final_at: datetime | None = None
    provider_id: str | None = None
    raw_status: str | None = None


NO_ANSWER = Reason("no_answer")


def suspension(retry_after: float, policy: RetryPolicy, now: datetime) -> datetime | None:
    """When a provider asks to wait longer than we ever wait in a row: the time to resume."""
    if retry_after and retry_after > policy.max_delay:
        return now + timedelta(seconds=retry_after)
    return None


def decide(
    attempts: int,
    result: SubmitResult | None,
    now: datetime,
    policy: RetryPolicy,
    *,
    requeue_only: bool = False,
    retry_after: float = 0.0,
    resume_at: datetime | None = None,
    rng: random.Random | None = None,
) -> Decision:
    """The new state of a message on its `attempts`-th attempt.

    `requeue_only`: the whole request was refused for a reason that is not the message's
    (credentials, credit): back to the queue untouched. `resume_at`: the provider asked to wait
    longer than `policy.max_delay`; the message waits until then, whatever its attempts.
    """
    if result is None:
        return Decision(S.UNCERTAIN, NO_ANSWER, NO_ANSWER)
    if result.accepted:
        return Decision(
            S.SENT,
            submitted_at=now,
            provider_id=result.provider_id,
            raw_status=result.raw_status,
        )
    raw = result.raw_status
    if result.state == S.UNCERTAIN:
        return Decision(S.UNCERTAIN, result.error, result.error, raw_status=raw)
    if result.transient and (requeue_only or resume_at is not None):
        return Decision(
            S.QUEUED,
            result.error,
            f"Tentative {attempts} : {result.error} ; nouvel essai prévu",
            next_at=resume_at,
            raw_status=raw,
        )
    if result.transient and attempts < policy.max_attempts:
        delay = max(policy.backoff(attempts, rng), min(retry_after, policy.max_delay))
        return Decision(
            S.QUEUED,
            result.error,
            f"Tentative {attempts} : {result.error} ; nouvel essai prévu",
            next_at=now + timedelta(seconds=delay),
            raw_status=raw,
        )
    if result.transient:
        error = Reason("failed_after", attempts=attempts, reason=result.error)
        return Decision(S.FAILED, error, error, final_at=now, raw_status=raw)
    state = result.state or S.FAILED
    return Decision(state, result.error, result.error, final_at=now, raw_status=raw)


def recovered(result: SubmitResult) -> Decision:
    """A message found `submitting` by the next holder of its job, after a lookup."""
    if result.accepted:
        return Decision(
            S.SENT,
            detail="Retrouvé chez le fournisseur après interruption",
            provider_id=result.provider_id,
            raw_status=result.raw_status,
        )
    if result.state == S.UNCERTAIN:
        return Decision(S.UNCERTAIN, result.error, result.error, raw_status=result.raw_status)
    # the provider is sure it never got it: safe to send
    return Decision(S.QUEUED, detail="Jamais reçu par le fournisseur : remis dans la file")


def _when(until_local: datetime, now_local: datetime) -> str:
    day = "" if until_local.date() == now_local.date() else f" le {until_local:%d/%m/%Y}"
    return f"{until_local:%H:%M}{day}"


def wait_note(until_local: datetime, now_local: datetime) -> str:
    """« Le fournisseur demande d'attendre jusqu'à 15:40 ; l'envoi reprendra alors. »"""
    return Reason("provider_wait", when=_when(until_local, now_local), at=until_local)


def retry_note(until_local: datetime, now_local: datetime) -> str:
    """« Nouvel essai prévu à 15:40 ; l'envoi reprendra alors. » (our own back-off)"""
    return Reason("retry_at", when=_when(until_local, now_local), at=until_local)


def failover_note(primary: str, failover: str, reason: str) -> str:
    """« « kannel » injoignable (…) : envoi par le fournisseur de secours « ovh ». »"""
    return Reason("failover", primary=primary, failover=failover, reason=reason)
