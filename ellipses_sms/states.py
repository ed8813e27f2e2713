"""The states of a message and of a job, shared by the store, the gateways and the screens.

queued → submitting → sent → delivered, or failed / expired / rejected / blocked / cancelled, or
uncertain (a crash left it `submitting`: the provider may or may not have it). The history's
filters are defined here once.
"""

from __future__ import annotations

from enum import StrEnum


class MessageState(StrEnum):
    QUEUED = "queued"
    SUBMITTING = "submitting"
    SENT = "sent"
    DELIVERED = "delivered"
    FAILED = "failed"
    EXPIRED = "expired"
    REJECTED = "rejected"
    BLOCKED = "blocked"
    CANCELLED = "cancelled"
    UNCERTAIN = "uncertain"


class JobState(StrEnum):
    QUEUED = "queued"  # journaled, not started yet
    RUNNING = "running"  # a dispatcher holds its lease
    SUBMITTED = "submitted"  # every message has left the outbox (some may await reports)
    CANCELLED = "cancelled"
    INTERRUPTED = "interrupted"  # its dispatcher died: resume it
    WAITING = "waiting"  # due later (`not_before`): scheduled, or suspended by the provider


class SendKind(StrEnum):
    """What a send is, for the French rules: a customer's own business (an order arrived, an
    appointment) or marketing (promotions: consent, STOP, sending hours)."""

    NOTIFICATION = "notification"
    MARKETING = "marketing"


#: Every kind, in the order the window offers them (the first is the default).
SEND_KINDS: tuple[SendKind, ...] = tuple(SendKind)

S = MessageState

#: No further change is expected (a late delivery report may still move `sent`).
FINAL: frozenset[MessageState] = frozenset(
    {S.DELIVERED, S.FAILED, S.EXPIRED, S.REJECTED, S.BLOCKED, S.CANCELLED}
)
#: The history's « Succès (messages reçus) ».
SUCCESS: frozenset[MessageState] = frozenset({S.DELIVERED})
#: The history's « Échecs (en erreur, non reçus) ».
FAILURE: frozenset[MessageState] = frozenset({S.FAILED, S.EXPIRED, S.REJECTED, S.BLOCKED})
#: « En attente »: not final yet.
PENDING: frozenset[MessageState] = frozenset({S.QUEUED, S.SUBMITTING, S.SENT, S.UNCERTAIN})
#: A message that can be sent again from the history: it certainly did not reach the customer.
RESENDABLE: frozenset[MessageState] = frozenset({S.FAILED, S.EXPIRED, S.REJECTED, S.CANCELLED})
#: Accepted by the provider (what `send` exits 0 on).
ACCEPTED: frozenset[MessageState] = frozenset({S.SENT, S.DELIVERED})
#: Never offered to the provider, or refused by it at once: the progress counts them apart.
REFUSED: frozenset[MessageState] = frozenset({S.BLOCKED, S.REJECTED})
#: Still to be sent by a resumed job (the start-up question counts what is left with them).
WAITING: frozenset[MessageState] = frozenset({S.QUEUED, S.SUBMITTING})

STATUS_FILTERS: dict[str, frozenset[MessageState] | None] = {
    "all": None,
    "success": SUCCESS,
    "failure": FAILURE,
    "pending": PENDING,
}

#: French labels, as the status column and the history show them.
LABELS: dict[MessageState, str] = {
    S.QUEUED: "En attente",
    S.SUBMITTING: "Envoi…",
    S.SENT: "Envoyé",
    S.DELIVERED: "Remis",
    S.FAILED: "Échec",
    S.EXPIRED: "Expiré",
    S.REJECTED: "Refusé",
    S.BLOCKED: "Bloqué",
    S.CANCELLED: "Annulé",
    S.UNCERTAIN: "Incertain",
}


def label(state: MessageState | str, error: str | None = None) -> str:
    """The French label of a state, with the reason for failures (« Échec : numéro inconnu »)."""
    text = LABELS[MessageState(state)]
    if error and MessageState(state) in FAILURE | {S.UNCERTAIN}:
        return f"{text} : {error}"
    return text
