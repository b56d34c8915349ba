"""Medicines (with their change history and dose log) and appointments.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from caregiver_app.storage.types import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "medicines",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("circle_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("form", sa.String(length=200), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("prescriber", sa.String(length=200), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["circle_id"], ["circles.id"], name=op.f("fk_medicines_circle_id_circles")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["caregivers.id"], name=op.f("fk_medicines_created_by_caregivers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_medicines")),
    )
    with op.batch_alter_table("medicines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_medicines_circle_id"), ["circle_id"], unique=False)

    op.create_table(
        "medicine_events",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("medicine_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.String(length=200), nullable=False),
        sa.Column("side_effects", sa.Text(), nullable=False),
        sa.Column("strength", sa.String(length=200), nullable=False),
        sa.Column("how_taken", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=36), nullable=False),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["medicine_id"],
            ["medicines.id"],
            name=op.f("fk_medicine_events_medicine_id_medicines"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"],
            ["caregivers.id"],
            name=op.f("fk_medicine_events_recorded_by_caregivers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_medicine_events")),
    )
    with op.batch_alter_table("medicine_events", schema=None) as batch_op:
        batch_op.create_index(
            "ix_medicine_events_medicine", ["medicine_id", "effective_on"], unique=False
        )

    op.create_table(
        "medicine_doses",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("medicine_id", sa.String(length=36), nullable=False),
        sa.Column("outcome", sa.String(length=10), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("by_id", sa.String(length=36), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["by_id"], ["caregivers.id"], name=op.f("fk_medicine_doses_by_id_caregivers")
        ),
        sa.ForeignKeyConstraint(
            ["medicine_id"],
            ["medicines.id"],
            name=op.f("fk_medicine_doses_medicine_id_medicines"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_medicine_doses")),
    )
    with op.batch_alter_table("medicine_doses", schema=None) as batch_op:
        batch_op.create_index("ix_medicine_doses_medicine", ["medicine_id", "at"], unique=False)
        batch_op.create_index("ix_medicine_doses_timeline", ["at"], unique=False)

    op.create_table(
        "appointments",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("circle_id", sa.String(length=36), nullable=False),
        sa.Column("starts_at", UTCDateTime(), nullable=False),
        sa.Column("clinician", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("concerns", sa.Text(), nullable=False),
        sa.Column("needs", sa.Text(), nullable=False),
        sa.Column("visit_entry_id", sa.String(length=36), nullable=True),
        sa.Column("created_by", sa.String(length=36), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["circle_id"], ["circles.id"], name=op.f("fk_appointments_circle_id_circles")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["caregivers.id"], name=op.f("fk_appointments_created_by_caregivers")
        ),
        sa.ForeignKeyConstraint(
            ["visit_entry_id"],
            ["entries.id"],
            name=op.f("fk_appointments_visit_entry_id_entries"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointments")),
    )
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.create_index("ix_appointments_timeline", ["circle_id", "starts_at"], unique=False)

    op.create_table(
        "appointment_questions",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("appointment_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("by_id", sa.String(length=36), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["appointment_id"],
            ["appointments.id"],
            name=op.f("fk_appointment_questions_appointment_id_appointments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["by_id"], ["caregivers.id"], name=op.f("fk_appointment_questions_by_id_caregivers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment_questions")),
    )
    with op.batch_alter_table("appointment_questions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_appointment_questions_appointment_id"), ["appointment_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("appointment_questions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appointment_questions_appointment_id"))
    op.drop_table("appointment_questions")
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.drop_index("ix_appointments_timeline")
    op.drop_table("appointments")
    with op.batch_alter_table("medicine_doses", schema=None) as batch_op:
        batch_op.drop_index("ix_medicine_doses_timeline")
        batch_op.drop_index("ix_medicine_doses_medicine")
    op.drop_table("medicine_doses")
    with op.batch_alter_table("medicine_events", schema=None) as batch_op:
        batch_op.drop_index("ix_medicine_events_medicine")
    op.drop_table("medicine_events")
    with op.batch_alter_table("medicines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_medicines_circle_id"))
    op.drop_table("medicines")
