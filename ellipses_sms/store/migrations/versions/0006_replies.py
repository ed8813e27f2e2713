"""Customers' replies (STOP and others), and the consent the clerk confirmed on a marketing job.

`replies`: one row per message a customer sent back, unique by (provider, provider_id) so that
fetching twice, or from two workstations, keeps one. `jobs.consent_confirmed`: how many
recipients of a marketing send, not found in the bookstore database, the clerk vouched for.

Revision ID: 0006
Revises: 0004 (the lead rechains it at merge)
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "replies",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("provider", sa.String(64), nullable=False),
        sa.Column("provider_id", sa.String(128), nullable=False),
        sa.Column("number", sa.String(32), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("received_at", sa.DateTime, nullable=False),
        sa.Column("fetched_at", sa.DateTime, nullable=False),
        sa.Column("is_stop", sa.Integer, nullable=False),
        sa.Column("read_at", sa.DateTime),
    )
    op.create_index("ux_replies_provider_id", "replies", ["provider", "provider_id"], unique=True)
    op.create_index("ix_replies_received", "replies", ["received_at"])
    op.create_index("ix_replies_number", "replies", ["number"])
    with op.batch_alter_table("jobs") as batch:
        batch.add_column(sa.Column("consent_confirmed", sa.Integer))


def downgrade() -> None:
    with op.batch_alter_table("jobs") as batch:
        batch.drop_column("consent_confirmed")
    op.drop_table("replies")
