"""Appointments: who, when, where and why; the questions to bring; what was agreed.

The questions for an appointment come from three places: typed straight into the
appointment, diary entries of kind "question for the doctor", and entries flagged
for the next appointment. The last two are gathered from the period since the
previous appointment, so nothing the family noted along the way is forgotten.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from caregiver_app.domain.errors import InvalidInput
from caregiver_app.domain.medicines import MedicineChange, MedicineDraft
from caregiver_app.i18n import N_, _

MAX_SHORT_TEXT = 200
MAX_LONG_TEXT = 10_000
MAX_QUESTION = 2_000
# Without an earlier appointment, questions are gathered from this many days back.
FIRST_PERIOD_DAYS = 90


def _text(value: str, field_name: str, limit: int) -> str:
    cleaned = value.strip()
    if len(cleaned) > limit:
        raise InvalidInput(field_name, "This is too long. Please shorten it.")
    return cleaned


@dataclass(frozen=True)
class AppointmentDraft:
    """An appointment as the family writes it down."""

    starts_at: datetime
    clinician: str = ""  # "Dr Patel"
    role: str = ""  # "psychiatrist", "memory nurse", "GP"
    place: str = ""
    purpose: str = ""  # "medication review"
    concerns: str = ""  # the family's main concerns now, in their own words
    needs: str = ""  # what the family needs: help at home, a letter, respite...

    def validated(self) -> AppointmentDraft:
        if self.starts_at.tzinfo is None:
            raise InvalidInput("starts_at", "The time needs a time zone.")
        clinician = _text(self.clinician, "clinician", MAX_SHORT_TEXT)
        role = _text(self.role, "role", MAX_SHORT_TEXT)
        if not clinician and not role:
            raise InvalidInput("clinician", "Please write who the appointment is with.")
        return AppointmentDraft(
            starts_at=self.starts_at,
            clinician=clinician,
            role=role,
            place=_text(self.place, "place", MAX_SHORT_TEXT),
            purpose=_text(self.purpose, "purpose", MAX_LONG_TEXT),
            concerns=_text(self.concerns, "concerns", MAX_LONG_TEXT),
            needs=_text(self.needs, "needs", MAX_LONG_TEXT),
        )


def clean_question(text: str) -> str:
    cleaned = " ".join(text.split())
    if not cleaned:
        raise InvalidInput("question", "Please write the question.")
    if len(cleaned) > MAX_QUESTION:
        raise InvalidInput("question", "This question is too long. Please shorten it.")
    return cleaned


@dataclass(frozen=True)
class TypedQuestion:
    """A question typed straight into an appointment."""

    id: str
    text: str
    by_id: str
    by_name: str
    at: datetime


@dataclass(frozen=True)
class Appointment:
    id: str
    starts_at: datetime
    clinician: str
    role: str
    place: str
    purpose: str
    concerns: str
    needs: str
    questions: tuple[TypedQuestion, ...]
    version: int
    created_by_name: str
    # The diary entry written after the visit ("what was said and agreed"), if any.
    visit_entry_id: str | None = None

    @property
    def with_whom(self) -> str:
        """ "Dr Patel (psychiatrist)", or whichever of the two is known."""
        if self.clinician and self.role:
            return f"{self.clinician} ({self.role})"
        return self.clinician or self.role

    @property
    def draft(self) -> AppointmentDraft:
        """The editable part, to start an edit from."""
        return AppointmentDraft(
            starts_at=self.starts_at,
            clinician=self.clinician,
            role=self.role,
            place=self.place,
            purpose=self.purpose,
            concerns=self.concerns,
            needs=self.needs,
        )


class QuestionSource(enum.StrEnum):
    TYPED = "typed"
    QUESTION_ENTRY = "question_entry"  # a diary entry of kind "question for the doctor"
    FLAGGED_ENTRY = "flagged_entry"  # any other entry flagged for the next appointment

    @property
    def label(self) -> str:
        return _(
            {
                QuestionSource.TYPED: N_("Typed for this appointment"),
                QuestionSource.QUESTION_ENTRY: N_("Question from the diary"),
                QuestionSource.FLAGGED_ENTRY: N_("Flagged in the diary"),
            }[self]
        )


@dataclass(frozen=True)
class AgendaItem:
    """Something to bring up at the appointment, and where it came from."""

    text: str
    source: QuestionSource
    by_name: str
    at: datetime
    entry_id: str | None = None  # for items from the diary
    question_id: str | None = None  # for typed questions


@dataclass(frozen=True)
class Agenda:
    """Everything to bring to one appointment, oldest first within each source."""

    appointment: Appointment
    period_start: datetime  # the previous appointment, or FIRST_PERIOD_DAYS before
    items: tuple[AgendaItem, ...]

    def of(self, source: QuestionSource) -> tuple[AgendaItem, ...]:
        return tuple(item for item in self.items if item.source is source)


def first_period_start(starts_at: datetime) -> datetime:
    return starts_at - timedelta(days=FIRST_PERIOD_DAYS)


@dataclass(frozen=True)
class VisitMedicineChange:
    """A change to a medicine agreed at the visit."""

    medicine_id: str
    change: MedicineChange


@dataclass(frozen=True)
class VisitNotes:
    """After the visit: what was said and agreed, and any medicine changes."""

    said: str
    agreed: str = ""
    medicine_changes: tuple[VisitMedicineChange, ...] = ()
    new_medicines: tuple[MedicineDraft, ...] = ()

    def validated(self, today: date) -> VisitNotes:
        said = _text(self.said, "said", MAX_LONG_TEXT)
        agreed = _text(self.agreed, "agreed", MAX_LONG_TEXT)
        if not said and not agreed:
            raise InvalidInput("said", "Please write a few words about what was said.")
        return VisitNotes(
            said=said,
            agreed=agreed,
            medicine_changes=tuple(
                VisitMedicineChange(item.medicine_id, item.change.validated(today))
                for item in self.medicine_changes
            ),
            new_medicines=tuple(draft.validated(today) for draft in self.new_medicines),
        )

    def entry_text(self, appointment: Appointment) -> str:
        """The diary entry's text: the appointment, what was said, what was agreed."""
        when = appointment.starts_at.astimezone().strftime("%d %b %Y")
        lines = [f"Appointment with {appointment.with_whom} on {when}."]
        if self.said:
            lines += ["", f"What was said: {self.said}"]
        if self.agreed:
            lines += ["", f"What we agreed: {self.agreed}"]
        return "\n".join(lines)
