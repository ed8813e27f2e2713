"""History and consumption read from one covering index.

The month's totals by status and the monthly consumption count messages and sum their parts by
state and date: with `parts` and `submitted_at` in the (state, created_at) index, SQLite answers
them from the index alone instead of reading every message row (measured by
bench/bench_history.py: a year's consumption over a million messages, five times faster).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_messages_state_created", table_name="messages")
    op.create_index(
        "ix_messages_state_created_parts",
        "messages",
        ["state", "created_at", "parts", "submitted_at"],
    )


def downgrade() -> None:
    op.drop_index("ix_messages_state_created_parts", table_name="messages")
    op.create_index("ix_messages_state_created", "messages", ["state", "created_at"])
