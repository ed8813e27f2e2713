"""The outbox for many senders: claims, leases proven by heartbeats, due times, message keys.

- `messages.claimed_by`: the run that moved a message to `submitting` (only it writes results);
- `messages.ref`: a stable key per message (store instance + id), unique, given to providers;
- `jobs.not_before` / `jobs.note`: a job that is due later (scheduled, suspended) and why;
- `dispatchers`: every live sender with its pid, process start time, machine and heartbeat;
- `store_meta`: the store's instance id, made once here.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

#: Crockford's base 32 without I, L, O, U: readable over the phone, safe in any provider field.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def upgrade() -> None:
    with op.batch_alter_table("jobs") as batch:
        batch.add_column(sa.Column("not_before", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("note", sa.Text(), nullable=True))
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("claimed_by", sa.String(64), nullable=True))
        batch.add_column(sa.Column("ref", sa.String(40), nullable=True))
    meta = op.create_table(
        "store_meta",
        sa.Column("key", sa.String(32), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "dispatchers",
        sa.Column("owner", sa.String(64), primary_key=True),
        sa.Column("machine", sa.String(128), nullable=False),
        sa.Column("host", sa.String(64), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("pid_started", sa.Float(), nullable=False),
        sa.Column("boot", sa.Float(), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("heartbeat_at", sa.DateTime(), nullable=False),
    )
    instance = "".join(secrets.choice(ALPHABET) for _ in range(6))
    op.bulk_insert(meta, [{"key": "instance", "value": instance}])
    # the messages journaled before this version get their key too (lookups after a crash)
    op.execute(
        sa.text("UPDATE messages SET ref = :prefix || CAST(id AS VARCHAR(20))").bindparams(
            prefix=f"E{instance}-"
        )
    )
    op.create_index("ux_messages_ref", "messages", ["ref"], unique=True)


def downgrade() -> None:
    op.drop_index("ux_messages_ref", table_name="messages")
    op.drop_table("dispatchers")
    op.drop_table("store_meta")
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("ref")
        batch.drop_column("claimed_by")
    with op.batch_alter_table("jobs") as batch:
        batch.drop_column("note")
        batch.drop_column("not_before")
