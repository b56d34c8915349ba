"""The care circle: the person cared for and the people who care."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from caregiver_app.domain.errors import InvalidInput
from caregiver_app.i18n import N_, _

MAX_NAME_LENGTH = 120
MAX_PROFILE_TEXT = 10_000


class Role(enum.StrEnum):
    PRIMARY = "primary"
    FAMILY = "family"
    PROFESSIONAL = "professional"
    VIEWER = "viewer"

    @property
    def can_write(self) -> bool:
        return self is not Role.VIEWER

    @property
    def label(self) -> str:
        return _(
            {
                Role.PRIMARY: N_("Main carer"),
                Role.FAMILY: N_("Family"),
                Role.PROFESSIONAL: N_("Professional carer"),
                Role.VIEWER: N_("Can read only"),
            }[self]
        )


@dataclass(frozen=True)
class PersonProfile:
    """The person cared for, in the family's words ("About me")."""

    name: str
    preferred_name: str = ""
    date_of_birth: date | None = None
    diagnoses: str = ""
    allergies: str = ""
    what_matters: str = ""
    routines: str = ""
    what_upsets: str = ""
    what_calms: str = ""
    communication: str = ""

    @property
    def display_name(self) -> str:
        return self.preferred_name or self.name

    def validated(self) -> PersonProfile:
        name = clean_name(self.name, "name", "Please write the name of the person you care for.")
        preferred = self.preferred_name.strip()
        if len(preferred) > MAX_NAME_LENGTH:
            raise InvalidInput("preferred_name", "That name is too long.")
        if self.date_of_birth is not None and self.date_of_birth > date.today():
            raise InvalidInput("date_of_birth", "The date of birth is in the future.")
        texts = {
            name: getattr(self, name).strip()
            for name in (
                "diagnoses",
                "allergies",
                "what_matters",
                "routines",
                "what_upsets",
                "what_calms",
                "communication",
            )
        }
        for field_name, value in texts.items():
            if len(value) > MAX_PROFILE_TEXT:
                raise InvalidInput(field_name, "This is too long. Please shorten it.")
        return PersonProfile(
            name=name, preferred_name=preferred, date_of_birth=self.date_of_birth, **texts
        )


@dataclass(frozen=True)
class CaregiverDraft:
    name: str
    relationship: str = ""
    role: Role = Role.FAMILY

    def validated(self) -> CaregiverDraft:
        name = clean_name(self.name, "name", "Please write your name.")
        relationship = self.relationship.strip()
        if len(relationship) > MAX_NAME_LENGTH:
            raise InvalidInput("relationship", "That is too long.")
        return CaregiverDraft(name=name, relationship=relationship, role=Role(self.role))


@dataclass(frozen=True)
class Caregiver:
    id: str
    name: str
    relationship: str
    role: Role


@dataclass(frozen=True)
class Circle:
    id: str
    person: PersonProfile
    person_version: int
    caregivers: tuple[Caregiver, ...]

    def caregiver(self, caregiver_id: str) -> Caregiver | None:
        return next((c for c in self.caregivers if c.id == caregiver_id), None)


def clean_name(value: str, field_name: str, missing_message: str) -> str:
    name = " ".join(value.split())
    if not name:
        raise InvalidInput(field_name, missing_message)
    if len(name) > MAX_NAME_LENGTH:
        raise InvalidInput(field_name, "That name is too long.")
    return name
