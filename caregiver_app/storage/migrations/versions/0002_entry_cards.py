"""Guidance cards tried in a distress episode, and whether they helped.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "entry_cards",
        sa.Column("entry_id", sa.String(length=36), nullable=False),
        sa.Column("card_id", sa.String(length=80), nullable=False),
        sa.Column("outcome", sa.String(length=12), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["entries.id"],
            name=op.f("fk_entry_cards_entry_id_entries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("entry_id", "card_id", name=op.f("pk_entry_cards")),
    )
    with op.batch_alter_table("entry_cards", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_entry_cards_card_id"), ["card_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("entry_cards", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_entry_cards_card_id"))
    op.drop_table("entry_cards")
