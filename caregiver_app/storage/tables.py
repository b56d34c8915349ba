"""SQLAlchemy models of the care record (typed ``Mapped[]``).

Identity is a UUID string everywhere, so rows written on different computers or
on a shared server never collide. Times are stored in UTC.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from caregiver_app.storage.types import UTCDateTime

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utc_now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class CircleRow(Base):
    __tablename__ = "circles"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)


class PersonRow(Base):
    """The person cared for. One per circle."""

    __tablename__ = "persons"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    circle_id: Mapped[str] = mapped_column(ForeignKey("circles.id"), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    preferred_name: Mapped[str] = mapped_column(String(120), default="")
    date_of_birth: Mapped[date | None] = mapped_column(Date())
    diagnoses: Mapped[str] = mapped_column(Text(), default="")
    allergies: Mapped[str] = mapped_column(Text(), default="")
    what_matters: Mapped[str] = mapped_column(Text(), default="")
    routines: Mapped[str] = mapped_column(Text(), default="")
    what_upsets: Mapped[str] = mapped_column(Text(), default="")
    what_calms: Mapped[str] = mapped_column(Text(), default="")
    communication: Mapped[str] = mapped_column(Text(), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    version: Mapped[int] = mapped_column(Integer(), default=1)


class CaregiverRow(Base):
    __tablename__ = "caregivers"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    circle_id: Mapped[str] = mapped_column(ForeignKey("circles.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    relationship: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)


class EntryRow(Base):
    __tablename__ = "entries"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    circle_id: Mapped[str] = mapped_column(ForeignKey("circles.id"))
    author_id: Mapped[str] = mapped_column(ForeignKey("caregivers.id"))
    happened_at: Mapped[datetime] = mapped_column(UTCDateTime())
    written_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    kind: Mapped[str] = mapped_column(String(30))
    text: Mapped[str] = mapped_column(Text(), default="")
    mood: Mapped[int | None] = mapped_column(Integer())
    distress: Mapped[int | None] = mapped_column(Integer())
    sleep_hours: Mapped[float | None] = mapped_column(Float())
    flagged: Mapped[bool] = mapped_column(Boolean(), default=False)
    visibility: Mapped[str] = mapped_column(String(10), default="shared")
    before: Mapped[str] = mapped_column(Text(), default="")
    behaviour: Mapped[str] = mapped_column(Text(), default="")
    tried: Mapped[str] = mapped_column(Text(), default="")
    helped: Mapped[str] = mapped_column(Text(), default="")
    # Optimistic concurrency: an edit names the version it started from.
    version: Mapped[int] = mapped_column(Integer(), default=1)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    deleted_by: Mapped[str | None] = mapped_column(ForeignKey("caregivers.id"))

    __table_args__ = (
        # Keyset paging newest-first, alone and with the common filters.
        Index("ix_entries_timeline", "circle_id", "happened_at", "id"),
        Index("ix_entries_author_timeline", "author_id", "happened_at", "id"),
        Index("ix_entries_kind_timeline", "circle_id", "kind", "happened_at", "id"),
    )


class EntryTagRow(Base):
    __tablename__ = "entry_tags"

    entry_id: Mapped[str] = mapped_column(
        ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(40), primary_key=True, index=True)


class EntryCardRow(Base):
    """A guidance card tried in a distress episode, and whether it helped."""

    __tablename__ = "entry_cards"

    entry_id: Mapped[str] = mapped_column(
        ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True
    )
    card_id: Mapped[str] = mapped_column(String(80), primary_key=True, index=True)
    outcome: Mapped[str] = mapped_column(String(12), default="unsure")


class RevisionRow(Base):
    """One step of an entry's history; written by the services, never edited."""

    __tablename__ = "entry_revisions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    entry_id: Mapped[str] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer())
    action: Mapped[str] = mapped_column(String(20))
    by_id: Mapped[str] = mapped_column(ForeignKey("caregivers.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    # The entry's content after this step, as JSON.
    content: Mapped[str] = mapped_column(Text())

    __table_args__ = (Index("ix_entry_revisions_entry", "entry_id", "at"),)


class MedicineRow(Base):
    """A medicine's fixed details; its state comes from its events (see domain.medicines)."""

    __tablename__ = "medicines"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    circle_id: Mapped[str] = mapped_column(ForeignKey("circles.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    form: Mapped[str] = mapped_column(String(200), default="")
    purpose: Mapped[str] = mapped_column(Text(), default="")
    prescriber: Mapped[str] = mapped_column(String(200), default="")
    created_by: Mapped[str] = mapped_column(ForeignKey("caregivers.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)


class MedicineEventRow(Base):
    """One change to a medicine (started, dose changed, paused, ...); never edited."""

    __tablename__ = "medicine_events"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    medicine_id: Mapped[str] = mapped_column(ForeignKey("medicines.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    effective_on: Mapped[date] = mapped_column(Date())
    reason: Mapped[str] = mapped_column(Text(), default="")
    decided_by: Mapped[str] = mapped_column(String(200), default="")
    side_effects: Mapped[str] = mapped_column(Text(), default="")
    # New values after the change; empty means "as before".
    strength: Mapped[str] = mapped_column(String(200), default="")
    how_taken: Mapped[str] = mapped_column(Text(), default="")
    recorded_by: Mapped[str] = mapped_column(ForeignKey("caregivers.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)

    __table_args__ = (Index("ix_medicine_events_medicine", "medicine_id", "effective_on"),)


class DoseRow(Base):
    """A dose given, missed or refused."""

    __tablename__ = "medicine_doses"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    medicine_id: Mapped[str] = mapped_column(ForeignKey("medicines.id", ondelete="CASCADE"))
    outcome: Mapped[str] = mapped_column(String(10))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    by_id: Mapped[str] = mapped_column(ForeignKey("caregivers.id"))
    note: Mapped[str] = mapped_column(Text(), default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)

    __table_args__ = (
        Index("ix_medicine_doses_timeline", "at"),
        Index("ix_medicine_doses_medicine", "medicine_id", "at"),
    )


class AppointmentRow(Base):
    __tablename__ = "appointments"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    circle_id: Mapped[str] = mapped_column(ForeignKey("circles.id"))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    clinician: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(200), default="")
    place: Mapped[str] = mapped_column(String(200), default="")
    purpose: Mapped[str] = mapped_column(Text(), default="")
    concerns: Mapped[str] = mapped_column(Text(), default="")
    needs: Mapped[str] = mapped_column(Text(), default="")
    visit_entry_id: Mapped[str | None] = mapped_column(ForeignKey("entries.id"))
    created_by: Mapped[str] = mapped_column(ForeignKey("caregivers.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    version: Mapped[int] = mapped_column(Integer(), default=1)
    # Soft delete: a removed appointment can be brought back.
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (Index("ix_appointments_timeline", "circle_id", "starts_at"),)


class AppointmentQuestionRow(Base):
    """A question typed straight into an appointment."""

    __tablename__ = "appointment_questions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    appointment_id: Mapped[str] = mapped_column(
        ForeignKey("appointments.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text())
    by_id: Mapped[str] = mapped_column(ForeignKey("caregivers.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)


# Every table that holds a care circle's data, each after the tables it points at:
# what a move to or from the shared server copies, and what row-level security covers.
CIRCLE_TABLES: tuple[str, ...] = (
    "circles",
    "persons",
    "caregivers",
    "entries",
    "entry_revisions",
    "entry_tags",
    "entry_cards",
    "medicines",
    "medicine_events",
    "medicine_doses",
    "appointments",
    "appointment_questions",
)
