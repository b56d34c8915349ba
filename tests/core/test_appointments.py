"""Appointments: questions gathered from the diary, and what was agreed kept afterwards."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from caregiver_app.domain.appointments import (
    FIRST_PERIOD_DAYS,
    AppointmentDraft,
    QuestionSource,
    VisitMedicineChange,
    VisitNotes,
)
from caregiver_app.domain.entries import EntryDraft, EntryKind, Visibility
from caregiver_app.domain.errors import InvalidInput, KindredError, NotAllowed, NotFound
from caregiver_app.domain.medicines import MedicineChange, MedicineDraft, MedicineEventKind
from caregiver_app.services.appointment_service import AppointmentService
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.services.medicine_service import MedicineService
from tests.conftest import OpenStore

NOW = datetime.now(UTC).replace(microsecond=0)


def ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


@pytest.fixture
def appointments(opened: OpenStore) -> AppointmentService:
    return AppointmentService(opened.store)


def visit(when: datetime, **extra: str) -> AppointmentDraft:
    return AppointmentDraft(starts_at=when, clinician="Dr Patel", role="psychiatrist", **extra)


def test_an_appointment_keeps_who_where_why_and_typed_questions(
    appointments: AppointmentService, opened: OpenStore
) -> None:
    saved = appointments.add(
        opened.ann,
        visit(NOW + timedelta(days=3), place="Memory clinic", purpose="Review", concerns="Falls"),
        questions=["  Is the new tablet making her dizzy?  ", "Can we get respite?"],
    )
    again = appointments.get(saved.id, opened.raj)
    assert again.with_whom == "Dr Patel (psychiatrist)" and again.place == "Memory clinic"
    assert [q.text for q in again.questions] == [
        "Is the new tablet making her dizzy?",
        "Can we get respite?",
    ]
    assert again.questions[0].by_name == "Ann Okafor" and again.concerns == "Falls"
    assert appointments.upcoming(opened.ann) == (again,)


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (AppointmentDraft(starts_at=NOW), "clinician"),
        (AppointmentDraft(starts_at=datetime(2026, 11, 27, 10, 0), clinician="Dr P"), "starts_at"),
        (AppointmentDraft(starts_at=NOW, clinician="x" * 300), "clinician"),
    ],
)
def test_an_appointment_needs_someone_to_see_and_a_real_time(
    appointments: AppointmentService, opened: OpenStore, draft: AppointmentDraft, field: str
) -> None:
    with pytest.raises(InvalidInput) as caught:
        appointments.add(opened.ann, draft)
    assert caught.value.field == field
    assert appointments.list(opened.ann) == ()


def test_the_agenda_gathers_questions_and_flagged_entries_since_the_previous_visit(
    appointments: AppointmentService, opened: OpenStore
) -> None:
    diary = DiaryService(opened.store)
    appointments.add(opened.ann, visit(ago(30)))
    upcoming = appointments.add(opened.ann, visit(NOW + timedelta(days=2)), ["Typed question?"])

    def add(author: str, days: float, text: str, kind: EntryKind, **extra: object) -> None:
        diary.add(author, EntryDraft(text=text, kind=kind, happened_at=ago(days), **extra))  # type: ignore[arg-type]

    add(opened.ann, 40, "Old question, asked last time?", EntryKind.QUESTION)
    add(opened.raj, 20, "Why is she so sleepy?", EntryKind.QUESTION)
    add(opened.ann, 10, "Fell in the bathroom", EntryKind.OBSERVATION, flagged=True)
    add(opened.ann, 8, "Flagged question?", EntryKind.QUESTION, flagged=True)
    add(opened.raj, 5, "Raj's private question?", EntryKind.QUESTION, visibility=Visibility.PRIVATE)
    add(
        opened.ann,
        4,
        "Ann's private worry",
        EntryKind.NOTE,
        flagged=True,
        visibility=Visibility.PRIVATE,
    )
    add(opened.ann, 3, "Not flagged, not a question", EntryKind.NOTE)

    agenda = appointments.agenda(upcoming.id, opened.ann)
    assert agenda.period_start == ago(30)
    assert [i.text for i in agenda.of(QuestionSource.TYPED)] == ["Typed question?"]
    assert [i.text for i in agenda.of(QuestionSource.QUESTION_ENTRY)] == [
        "Why is she so sleepy?",
        "Flagged question?",
    ]
    assert [i.text for i in agenda.of(QuestionSource.FLAGGED_ENTRY)] == [
        "Fell in the bathroom",
        "Ann's private worry",  # Ann's own, for Ann
    ]
    for_raj = appointments.agenda(upcoming.id, opened.raj)
    texts = [i.text for i in for_raj.items]
    assert "Raj's private question?" in texts and "Ann's private worry" not in texts


def test_without_an_earlier_appointment_the_agenda_looks_back_ninety_days(
    appointments: AppointmentService, opened: OpenStore
) -> None:
    first = appointments.add(opened.ann, visit(NOW + timedelta(days=1)))
    start = appointments.period_start(first.id, opened.ann)
    assert start == first.starts_at - timedelta(days=FIRST_PERIOD_DAYS)
    assert appointments.previous(first.id, opened.ann) is None


def test_after_the_visit_what_was_agreed_becomes_a_diary_entry_and_medicine_events(
    appointments: AppointmentService, opened: OpenStore
) -> None:
    medicines = MedicineService(opened.store)
    memantine = medicines.add(
        opened.ann, MedicineDraft(name="Memantine", strength="5 mg", started_on=ago(60).date())
    )
    saved = appointments.add(opened.ann, visit(ago(0.1)))
    record = appointments.record_visit(
        saved.id,
        opened.raj,
        VisitNotes(
            said="Memory a little worse; no infection.",
            agreed="Increase memantine; see again in six weeks.",
            medicine_changes=(
                VisitMedicineChange(
                    memantine.id, MedicineChange(MedicineEventKind.DOSE_CHANGED, strength="10 mg")
                ),
            ),
            new_medicines=(MedicineDraft(name="Vitamin D", strength="1000 units"),),
        ),
    )
    entry = DiaryService(opened.store).get(record.entry.id, opened.ann)
    assert entry.kind is EntryKind.APPOINTMENT_NOTE and entry.author_name == "Raj Okafor"
    assert "Appointment with Dr Patel (psychiatrist)" in entry.text
    assert "What we agreed: Increase memantine" in entry.text
    assert record.appointment.visit_entry_id == entry.id
    changed = medicines.get(memantine.id, opened.ann)
    assert changed.strength == "10 mg"
    assert changed.events[-1].decided_by == "Dr Patel (psychiatrist)"
    assert changed.events[-1].reason.startswith("Agreed at the appointment")
    assert {m.name for m in medicines.list(opened.ann)} == {"Memantine", "Vitamin D"}
    with pytest.raises(InvalidInput, match="already in the diary"):
        appointments.record_visit(saved.id, opened.ann, VisitNotes(said="Again"))


def test_a_visit_with_an_impossible_medicine_change_writes_nothing(
    appointments: AppointmentService, opened: OpenStore
) -> None:
    medicines = MedicineService(opened.store)
    memantine = medicines.add(
        opened.ann, MedicineDraft(name="Memantine", started_on=ago(60).date())
    )
    saved = appointments.add(opened.ann, visit(ago(1)))
    notes = VisitNotes(
        said="Restart it",
        medicine_changes=(
            VisitMedicineChange(memantine.id, MedicineChange(MedicineEventKind.RESTARTED)),
        ),
    )
    with pytest.raises(InvalidInput):
        appointments.record_visit(saved.id, opened.ann, notes)
    diary = DiaryService(opened.store)
    assert diary.count(opened.ann) == 0
    assert appointments.get(saved.id, opened.ann).visit_entry_id is None


def test_editing_needs_the_version_it_started_from(
    appointments: AppointmentService, opened: OpenStore
) -> None:
    saved = appointments.add(opened.ann, visit(NOW + timedelta(days=5)))
    edited = appointments.edit(saved.id, opened.raj, visit(NOW + timedelta(days=6)), saved.version)
    assert edited.version == saved.version + 1
    with pytest.raises(KindredError, match="Someone else changed this appointment"):
        appointments.edit(saved.id, opened.ann, visit(NOW + timedelta(days=7)), saved.version)


def test_questions_can_be_added_and_removed_and_appointments_taken_off_and_back(
    appointments: AppointmentService, opened: OpenStore
) -> None:
    saved = appointments.add(opened.ann, visit(NOW + timedelta(days=5)))
    with_question = appointments.add_question(saved.id, opened.raj, "What about driving?")
    (question,) = with_question.questions
    assert appointments.remove_question(question.id, opened.ann).questions == ()
    with pytest.raises(InvalidInput):
        appointments.add_question(saved.id, opened.ann, "   ")
    appointments.remove(saved.id, opened.ann)
    assert appointments.list(opened.ann) == ()
    with pytest.raises(NotFound):
        appointments.get(saved.id, opened.ann)
    assert appointments.restore(saved.id, opened.ann).id == saved.id
    assert appointments.resolve_id(saved.id[:8], opened.ann) == saved.id


def test_someone_who_can_only_read_cannot_plan_appointments(
    appointments: AppointmentService, opened: OpenStore
) -> None:
    with pytest.raises(NotAllowed):
        appointments.add(opened.viewer, visit(NOW))
    saved = appointments.add(opened.ann, visit(NOW))
    with pytest.raises(NotAllowed):
        appointments.add_question(saved.id, opened.viewer, "Can I?")
    assert appointments.list(opened.viewer)[0].id == saved.id
