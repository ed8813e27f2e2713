"""What the outbox tells its listeners (the window, the command line), and the job summary."""

from __future__ import annotations

from dataclasses import dataclass, field

from ellipses_sms.reasons import Reason
from ellipses_sms.states import JobState, MessageState

S = MessageState


@dataclass(frozen=True, slots=True)
class MessageUpdate:
    """One message's new state, as the status column shows it."""

    message_id: int
    position: int
    number: str
    name: str | None
    state: MessageState
    raw_status: str | None = None
    error: str | None = None
    provider_id: str | None = None
    attempts: int = 0


@dataclass(frozen=True, slots=True)
class JobCreated:
    job_id: int
    total: int


@dataclass(frozen=True, slots=True)
class MessagesChanged:
    job_id: int
    updates: tuple[MessageUpdate, ...]


@dataclass(frozen=True, slots=True)
class JobProgress:
    job_id: int
    total: int
    counts: dict[str, int]

    @property
    def done(self) -> int:
        """Messages that have left the outbox (whatever their fate)."""
        return self.total - self.counts.get(S.QUEUED, 0) - self.counts.get(S.SUBMITTING, 0)


@dataclass(frozen=True, slots=True)
class JobSummary:
    job_id: int
    state: JobState
    total: int
    counts: dict[str, int] = field(default_factory=dict)
    error: str | None = None  # why the job stopped or waits, when it did not finish

    def count(self, *states: MessageState) -> int:
        return sum(self.counts.get(s, 0) for s in states)

    @property
    def accepted(self) -> int:
        return self.count(S.SENT, S.DELIVERED)

    @property
    def failed(self) -> int:
        return self.count(S.FAILED, S.EXPIRED, S.REJECTED, S.BLOCKED)

    @property
    def pending(self) -> int:
        return self.count(S.QUEUED, S.SUBMITTING, S.SENT, S.UNCERTAIN)

    def sentence(self) -> Reason:
        """The notice at the end, as the old tool gave it: « Envoi terminé : 98 envoyés, … ».

        A `Reason` (code ``job_summary``) whose values are the counts, for the window to say
        it in its own language."""
        parts = [f"{self.accepted} envoyé{'s' if self.accepted > 1 else ''}"]
        if self.failed:
            parts.append(f"{self.failed} en échec")
        if self.count(S.CANCELLED):
            parts.append(
                f"{self.count(S.CANCELLED)} annulé{'s' if self.count(S.CANCELLED) > 1 else ''}"
            )
        if self.count(S.UNCERTAIN):
            parts.append(
                f"{self.count(S.UNCERTAIN)} incertain{'s' if self.count(S.UNCERTAIN) > 1 else ''}"
            )
        if self.count(S.QUEUED, S.SUBMITTING):
            parts.append(f"{self.count(S.QUEUED, S.SUBMITTING)} en attente")
        head = {
            JobState.CANCELLED: "Envoi annulé",
            JobState.INTERRUPTED: "Envoi interrompu",
            JobState.WAITING: "Envoi en attente",
        }.get(self.state, "Envoi terminé")
        text = f"{head} : {', '.join(parts)}"
        if self.error:
            text += f" ({self.error})"
        values = {
            "state": self.state,
            "accepted": self.accepted,
            "failed": self.failed,
            "cancelled": self.count(S.CANCELLED),
            "uncertain": self.count(S.UNCERTAIN),
            "waiting": self.count(S.QUEUED, S.SUBMITTING),
            "error": self.error,
        }
        return Reason.made("job_summary", text, values)


@dataclass(frozen=True, slots=True)
class JobFinished:
    job_id: int
    summary: JobSummary


Event = JobCreated | MessagesChanged | JobProgress | JobFinished


class SendError(RuntimeError):
    """A send cannot start (message in French)."""


class JobBusy(SendError):
    """Another live dispatcher (another window, the command line, a service) runs this job."""
