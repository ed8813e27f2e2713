"""The message store: jobs (one send), messages (one per recipient) and their status events.

Times are naive UTC. Every state is a plain string (see `ellipses_sms.states`) so that the rows
read the same from any SQL engine; the raw provider code is kept beside the normalised state.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    """Naive UTC now: what every timestamp column holds."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class Job(Base):
    """One send: the clerk's text and choices, for many recipients."""

    __tablename__ = "jobs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    text: Mapped[str] = mapped_column(Text)
    sender: Mapped[str | None] = mapped_column(String(32))
    provider: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16), default="notification")
    source: Mapped[str] = mapped_column(String(16), default="cli")
    state: Mapped[str] = mapped_column(String(16), default="queued", index=True)
    total: Mapped[int] = mapped_column(Integer, default=0)
    resend_of: Mapped[int | None] = mapped_column(ForeignKey("jobs.id"))
    #: The run (`dispatcher#n`) that holds the job; set and cleared by conditional updates only.
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    lease_until: Mapped[datetime | None] = mapped_column(DateTime)  # shown only: not a proof
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    #: Never sent before this time (scheduled, or suspended at the provider's request).
    not_before: Mapped[datetime | None] = mapped_column(DateTime)
    #: Why a job waits or stopped, in French (« Le fournisseur demande d'attendre… »).
    note: Mapped[str | None] = mapped_column(Text)
    #: Marketing: how many recipients, not found in the bookstore database, the clerk said
    #: gave their consent (`send --consent-confirmed`, « J'ai l'accord… »); None: not asked.
    consent_confirmed: Mapped[int | None] = mapped_column(Integer)

    messages: Mapped[list[Message]] = relationship(back_populates="job", lazy="raise")


class Message(Base):
    """One recipient of a job, with its own state, provider id and attempts."""

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    number: Mapped[str] = mapped_column(String(32))
    name: Mapped[str | None] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    encoding: Mapped[str] = mapped_column(String(8))
    parts: Mapped[int] = mapped_column(Integer, default=1)
    provider: Mapped[str] = mapped_column(String(64))
    provider_id: Mapped[str | None] = mapped_column(String(128))
    state: Mapped[str] = mapped_column(String(16), default="queued")
    raw_status: Mapped[str | None] = mapped_column(String(64))
    error: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    #: The run that last moved it to `submitting`: results are written only by that run.
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    #: Stable key (store instance + id) given to providers that keep a client reference.
    ref: Mapped[str | None] = mapped_column(String(40))
    #: Not sent before this time (a retry's back-off, a hold until allowed hours).
    next_attempt_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime)
    final_at: Mapped[datetime | None] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    job: Mapped[Job] = relationship(back_populates="messages", lazy="raise")

    __table_args__ = (
        Index("ix_messages_job_state", "job_id", "state"),
        Index("ix_messages_created", "created_at"),
        # covering: the history's totals by status and the consumption read no message row
        Index("ix_messages_state_created_parts", "state", "created_at", "parts", "submitted_at"),
        Index("ix_messages_provider_id", "provider", "provider_id"),
        Index("ix_messages_number", "number"),
        Index("ux_messages_ref", "ref", unique=True),
    )


class StatusEvent(Base):
    """Every change of a message's state, with the provider's raw code: the detail view's log."""

    __tablename__ = "status_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    state: Mapped[str] = mapped_column(String(16))
    raw_status: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[str | None] = mapped_column(Text)


class OptOut(Base):
    """A number that asked for no more marketing SMS (STOP): checked before every campaign."""

    __tablename__ = "opt_outs"

    number: Mapped[str] = mapped_column(String(32), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    source: Mapped[str] = mapped_column(String(32), default="manual")
    note: Mapped[str | None] = mapped_column(Text)


class DispatcherRow(Base):
    """A live sender (window, command line, service) and the facts that prove it gone.

    Its heartbeat is written in the database's own clock; on the same machine a dispatcher is
    gone when its process is (pid and start time), elsewhere when its heartbeat is older than
    the lease. An expired lease alone never lets another sender take a job over.
    """

    __tablename__ = "dispatchers"

    owner: Mapped[str] = mapped_column(String(64), primary_key=True)
    machine: Mapped[str] = mapped_column(String(128))
    host: Mapped[str] = mapped_column(String(64))
    pid: Mapped[int] = mapped_column(Integer)
    pid_started: Mapped[float] = mapped_column(Float)  # the process's start time (psutil)
    boot: Mapped[float] = mapped_column(Float)  # the machine's boot time
    role: Mapped[str] = mapped_column(String(16), default="cli")
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    heartbeat_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class StoreMeta(Base):
    """Facts about the store itself, such as its instance id (the prefix of message keys)."""

    __tablename__ = "store_meta"

    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SavedTemplate(Base):
    """A message template kept in the store, so that every workstation sees the same ones."""

    __tablename__ = "templates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: Shown and typed by the clerk (« Commande arrivée »); unique without regard to case.
    name: Mapped[str] = mapped_column(String(80))
    #: `name` folded (lower case, no accents, single spaces): the unique key.
    key: Mapped[str] = mapped_column(String(80), unique=True)
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16), default="notification")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


jobs_table = Job.__table__
messages_table = Message.__table__
events_table = StatusEvent.__table__
opt_outs_table = OptOut.__table__
dispatchers_table = DispatcherRow.__table__
store_meta_table = StoreMeta.__table__
templates_table = SavedTemplate.__table__


# -- reception notices (migration 0005) ---------------------------------------------------------

from datetime import date  # noqa: E402

from sqlalchemy import Date, UniqueConstraint  # noqa: E402


class Notice(Base):
    """A reception notice (or its reminder) decided for one order: sent, seen or not sent.

    `(kind, order_id, received_on)` is unique: the rows of the notices an SMS carries are
    written in the same transaction as its job (`Outbox.create_job(journal_with=…)`), so one
    reception gets one SMS whoever asks. `state`: `notified` (its SMS is `message_id`),
    `seen` (dated before the watcher was enabled: no SMS), `unsent` (`reason`, in French).
    """

    __tablename__ = "notices"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # reception | reminder
    order_id: Mapped[str] = mapped_column(String(64))
    received_on: Mapped[date] = mapped_column(Date)
    customer_id: Mapped[str | None] = mapped_column(String(64))
    customer: Mapped[str | None] = mapped_column(String(200))
    number: Mapped[str | None] = mapped_column(String(32))
    title: Mapped[str | None] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text)
    job_id: Mapped[int | None] = mapped_column(ForeignKey("jobs.id", ondelete="SET NULL"))
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (
        UniqueConstraint("kind", "order_id", "received_on", name="ux_notices_key"),
        Index("ix_notices_state_created", "state", "created_at"),
        Index("ix_notices_message", "message_id"),
    )


notices_table = Notice.__table__


class Reply(Base):
    """A message a customer sent back (a reply, a STOP), fetched once from its provider.

    (provider, provider_id) is unique: fetching twice, or from two workstations, keeps one row.
    """

    __tablename__ = "replies"
    __table_args__ = (
        Index("ux_replies_provider_id", "provider", "provider_id", unique=True),
        Index("ix_replies_received", "received_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    provider: Mapped[str] = mapped_column(String(64))
    provider_id: Mapped[str] = mapped_column(String(128))
    number: Mapped[str] = mapped_column(String(32), index=True)
    text: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    fetched_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    is_stop: Mapped[int] = mapped_column(Integer, default=0)  # 1: became an opt-out
    read_at: Mapped[datetime | None] = mapped_column(DateTime)


replies_table = Reply.__table__
