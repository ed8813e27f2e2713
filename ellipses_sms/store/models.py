"""The message store: jobs (one send), messages (one per recipient) and their status events.

Times are naive UTC. Every state is a plain string (see `ellipses_sms.states`) so that the rows
read the same from any SQL engine; the raw provider code is kept beside the normalised state.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text
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
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    lease_until: Mapped[datetime | None] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)

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


jobs_table = Job.__table__
messages_table = Message.__table__
events_table = StatusEvent.__table__
opt_outs_table = OptOut.__table__
