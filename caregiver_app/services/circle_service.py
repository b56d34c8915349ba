"""The care circle: the person cared for, their "About me", and the people who care."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select
from sqlalchemy.orm import Session

from caregiver_app.domain.circle import (
    Caregiver,
    CaregiverDraft,
    Circle,
    PersonProfile,
    Role,
)
from caregiver_app.domain.errors import InvalidInput, KindredError, NotFound
from caregiver_app.services.changes import Changes
from caregiver_app.storage.retry import retry_contention
from caregiver_app.storage.store import Store
from caregiver_app.storage.tables import CaregiverRow, CircleRow, PersonRow, utc_now

# The person's table has a column for each field of the profile, under the same name.
_PROFILE_FIELDS = tuple(field.name for field in dataclasses.fields(PersonProfile))


class CircleService:
    def __init__(self, store: Store) -> None:
        self._store = store

    @retry_contention
    def create(self, person: PersonProfile, first_caregiver: CaregiverDraft) -> Circle:
        """Start the circle with the person cared for and the person setting it up."""
        person = person.validated()
        first_caregiver = first_caregiver.validated()
        with self._store.write() as session:
            if session.scalar(select(CircleRow.id).limit(1)) is not None:
                raise KindredError("This diary already has a care circle.")
            circle = CircleRow()
            session.add(circle)
            session.flush()
            session.add(PersonRow(circle_id=circle.id, **_profile_values(person)))
            session.add(_caregiver_row(circle.id, first_caregiver))
            session.flush()
            result = _load_circle(session, circle.id)
        self._store.changes.emit(Changes(circle=True))
        return result

    def get(self) -> Circle:
        """The circle of this diary (a local diary has exactly one)."""
        with self._store.read() as session:
            circle_id = session.scalar(select(CircleRow.id).order_by(CircleRow.created_at).limit(1))
            if circle_id is None:
                raise NotFound("This diary has no care circle yet.")
            return _load_circle(session, circle_id)

    def has_circle(self) -> bool:
        with self._store.read() as session:
            return session.scalar(select(CircleRow.id).limit(1)) is not None

    @retry_contention
    def add_caregiver(self, draft: CaregiverDraft) -> Caregiver:
        draft = draft.validated()
        with self._store.write() as session:
            circle_id = session.scalar(select(CircleRow.id).limit(1))
            if circle_id is None:
                raise NotFound("Set up the care circle first.")
            taken = session.scalars(
                select(CaregiverRow.name).where(CaregiverRow.circle_id == circle_id)
            ).all()
            if draft.name.casefold() in {name.casefold() for name in taken}:
                raise InvalidInput("name", f"{draft.name} is already in the care circle.")
            row = _caregiver_row(circle_id, draft)
            session.add(row)
            session.flush()
            caregiver = _caregiver(row)
        self._store.changes.emit(Changes(circle=True))
        return caregiver

    @retry_contention
    def update_person(self, profile: PersonProfile, expected_version: int) -> Circle:
        profile = profile.validated()
        with self._store.write() as session:
            row = session.scalars(select(PersonRow).limit(1)).one_or_none()
            if row is None:
                raise NotFound("Set up the care circle first.")
            if row.version != expected_version:
                raise KindredError(
                    "Someone else changed this profile while you were editing it. "
                    "Please look at their changes and try again; your text is still here."
                )
            for name, value in _profile_values(profile).items():
                setattr(row, name, value)
            row.version += 1
            row.updated_at = utc_now()
            session.flush()
            result = _load_circle(session, row.circle_id)
        self._store.changes.emit(Changes(circle=True))
        return result


def _profile_values(profile: PersonProfile) -> dict[str, object]:
    return {name: getattr(profile, name) for name in _PROFILE_FIELDS}


def _caregiver_row(circle_id: str, draft: CaregiverDraft) -> CaregiverRow:
    return CaregiverRow(
        circle_id=circle_id, name=draft.name, relationship=draft.relationship, role=draft.role.value
    )


def _caregiver(row: CaregiverRow) -> Caregiver:
    return Caregiver(id=row.id, name=row.name, relationship=row.relationship, role=Role(row.role))


def _load_circle(session: Session, circle_id: str) -> Circle:
    person = session.scalars(select(PersonRow).where(PersonRow.circle_id == circle_id)).one()
    caregivers = session.scalars(
        select(CaregiverRow)
        .where(CaregiverRow.circle_id == circle_id)
        .order_by(CaregiverRow.created_at, CaregiverRow.name)
    ).all()
    profile = PersonProfile(**{name: getattr(person, name) for name in _PROFILE_FIELDS})
    return Circle(
        id=circle_id,
        person=profile,
        person_version=person.version,
        caregivers=tuple(_caregiver(row) for row in caregivers),
    )
