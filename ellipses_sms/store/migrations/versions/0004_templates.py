"""Message templates in the store, with the three the product ships.

Kept in the store rather than in each workstation's settings so that every workstation of a
bookstore sees the same ones. `key` is the folded name (case and accents ignored): « commande
arrivee » and « Commande arrivée » are one template.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

#: Written once here; the clerk may then edit or delete them. Kept in step with
#: `ellipses_sms.template_store.SHIPPED` (a test checks it).
SHIPPED = (
    (
        "Commande arrivée",
        "commande arrivee",
        "Bonjour {prenom|}, votre commande est arrivée à la librairie {librairie} : "
        "{titres|vos livres}. Nous la gardons pour vous.",
        "notification",
    ),
    (
        "Rappel commande",
        "rappel commande",
        "Bonjour {prenom|}, votre commande vous attend toujours à la librairie {librairie} : "
        "{titres|vos livres}.",
        "notification",
    ),
    (
        "Nouveautés",
        "nouveautes",
        "{librairie} : découvrez nos nouveautés en magasin cette semaine !",
        "marketing",
    ),
)


def upgrade() -> None:
    table = op.create_table(
        "templates",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("key", sa.String(80), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("key", name="ux_templates_key"),
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    op.bulk_insert(
        table,
        [
            {"name": n, "key": k, "text": t, "kind": kind, "created_at": now, "updated_at": now}
            for n, k, t, kind in SHIPPED
        ],
    )


def downgrade() -> None:
    op.drop_table("templates")
