"""Initial schema: jobs, messages, status events, opt-outs.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "jobs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("sender", sa.String(32)),
        sa.Column("provider", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("total", sa.Integer, nullable=False),
        sa.Column("resend_of", sa.Integer, sa.ForeignKey("jobs.id")),
        sa.Column("lease_owner", sa.String(64)),
        sa.Column("lease_until", sa.DateTime),
        sa.Column("finished_at", sa.DateTime),
    )
    op.create_index("ix_jobs_state", "jobs", ["state"])
    op.create_table(
        "messages",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "job_id", sa.Integer, sa.ForeignKey("jobs.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("number", sa.String(32), nullable=False),
        sa.Column("name", sa.String(200)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("encoding", sa.String(8), nullable=False),
        sa.Column("parts", sa.Integer, nullable=False),
        sa.Column("provider", sa.String(64), nullable=False),
        sa.Column("provider_id", sa.String(128)),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("raw_status", sa.String(64)),
        sa.Column("error", sa.Text),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("next_attempt_at", sa.DateTime),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("submitted_at", sa.DateTime),
        sa.Column("final_at", sa.DateTime),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_messages_job_state", "messages", ["job_id", "state"])
    op.create_index("ix_messages_created", "messages", ["created_at"])
    op.create_index("ix_messages_state_created", "messages", ["state", "created_at"])
    op.create_index("ix_messages_provider_id", "messages", ["provider", "provider_id"])
    op.create_index("ix_messages_number", "messages", ["number"])
    op.create_table(
        "status_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "message_id",
            sa.Integer,
            sa.ForeignKey("messages.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("raw_status", sa.String(64)),
        sa.Column("detail", sa.Text),
    )
    op.create_index("ix_status_events_message_id", "status_events", ["message_id"])
    op.create_table(
        "opt_outs",
        sa.Column("number", sa.String(32), primary_key=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("source", sa.String(32), nullable=False),
        sa.Column("note", sa.Text),
    )


def downgrade() -> None:
    op.drop_table("opt_outs")
    op.drop_table("status_events")
    op.drop_table("messages")
    op.drop_table("jobs")
