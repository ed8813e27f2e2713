"""Reception notices: one row per order and reception date, decided once.

The unique key (kind, order, reception date) is what makes a reception notice exactly once,
whoever asks for it (`ellipses-sms notify`, the watcher, two workstations): the rows of the
notices an SMS carries are inserted in the same transaction as its job and messages, so a
second claimant's transaction fails on the key and journals nothing. A reception that gets no
SMS (dated before the watcher was enabled, no usable mobile) has its row too, with the reason,
so that it is decided once as well and listed for the clerk.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "notices",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("order_id", sa.String(64), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("customer_id", sa.String(64)),
        sa.Column("customer", sa.String(200)),
        sa.Column("number", sa.String(32)),
        sa.Column("title", sa.Text()),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text()),
        sa.Column("job_id", sa.Integer(), sa.ForeignKey("jobs.id", ondelete="SET NULL")),
        sa.Column("message_id", sa.Integer(), sa.ForeignKey("messages.id", ondelete="SET NULL")),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("kind", "order_id", "received_on", name="ux_notices_key"),
    )
    op.create_index("ix_notices_state_created", "notices", ["state", "created_at"])
    op.create_index("ix_notices_message", "notices", ["message_id"])


def downgrade() -> None:
    op.drop_index("ix_notices_message", "notices")
    op.drop_index("ix_notices_state_created", "notices")
    op.drop_table("notices")
