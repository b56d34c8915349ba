"""Appointments: plan one, gather its questions from the diary, record what was agreed.

The agenda of an appointment gathers, from the period since the previous one,
the diary's questions for the doctor and the entries flagged for the next
appointment, as the person asking may see them (someone else's private entry is
never gathered), together with the questions typed into the appointment itself.

After the visit, :meth:`AppointmentService.record_visit` writes what was said and
agreed as a diary entry (kind "appointment note", through ``DiaryService.add`` so
it has its history like any entry) and turns agreed medicine changes into
medicine events. Everything is checked before anything is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from caregiver_app.domain.appointments import (
    Agenda,
    AgendaItem,
    Appointment,
    AppointmentDraft,
    QuestionSource,
    TypedQuestion,
    VisitNotes,
    clean_question,
    first_period_start,
)
from caregiver_app.domain.entries import Entry, EntryDraft, EntryFilter, EntryKind
from caregiver_app.domain.errors import InvalidInput, KindredError, NotFound
from caregiver_app.domain.medicines import Medicine, MedicineChange, check_change
from caregiver_app.i18n import N_
from caregiver_app.services.changes import Changes
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.services.medicine_service import MedicineService, local_today
from caregiver_app.services.members import member_row, writer_row
from caregiver_app.storage.retry import retry_contention
from caregiver_app.storage.store import Store
from caregiver_app.storage.tables import (
    AppointmentQuestionRow,
    AppointmentRow,
    CaregiverRow,
    utc_now,
)

_DRAFT_FIELDS = ("starts_at", "clinician", "role", "place", "purpose", "concerns", "needs")


@dataclass(frozen=True)
class VisitRecord:
    """What recording a visit wrote: the diary entry and the medicines it changed."""

    appointment: Appointment
    entry: Entry
    medicines: tuple[Medicine, ...]


def all_entries(diary: DiaryService, viewer_id: str, filters: EntryFilter) -> list[Entry]:
    """Every entry ``viewer_id`` may see through ``filters``, newest first."""
    found: list[Entry] = []
    cursor = None
    while True:
        page = diary.page(viewer_id, filters, after=cursor, limit=1000)
        found.extend(page.entries)
        if page.next_cursor is None:
            return found
        cursor = page.next_cursor


class AppointmentService:
    def __init__(self, store: Store, *, shared_only: bool = False) -> None:
        self._store = store
        # Presentation mode: the agenda's diary questions leave private entries out.
        self.shared_only = shared_only

    # --- writing -------------------------------------------------------------

    @retry_contention
    def add(
        self, by_id: str, draft: AppointmentDraft, questions: Sequence[str] = ()
    ) -> Appointment:
        draft = draft.validated()
        cleaned = [clean_question(text) for text in questions]
        with self._store.write() as session:
            writer = _writer(session, by_id)
            row = AppointmentRow(circle_id=writer.circle_id, created_by=writer.id)
            _apply(row, draft)
            session.add(row)
            session.flush()
            session.add_all(
                AppointmentQuestionRow(appointment_id=row.id, text=text, by_id=writer.id)
                for text in cleaned
            )
            session.flush()
            appointment = _load(session, row)
        self._store.changes.emit(Changes(appointments=True))
        return appointment

    @retry_contention
    def edit(
        self, appointment_id: str, by_id: str, draft: AppointmentDraft, expected_version: int
    ) -> Appointment:
        draft = draft.validated()
        with self._store.write() as session:
            writer = _writer(session, by_id)
            row = _row(session, appointment_id, writer.circle_id)
            if row.version != expected_version:
                raise KindredError(
                    "Someone else changed this appointment while you were editing it. "
                    "Please look at their changes and try again; your text is still here."
                )
            _apply(row, draft)
            row.version += 1
            row.updated_at = utc_now()
            session.flush()
            appointment = _load(session, row)
        self._store.changes.emit(Changes(appointments=True))
        return appointment

    def remove(self, appointment_id: str, by_id: str) -> None:
        """Take an appointment off the list (kept in the store; :meth:`restore` undoes it)."""
        self._set_removed(appointment_id, by_id, removed=True)

    def restore(self, appointment_id: str, by_id: str) -> Appointment:
        return self._set_removed(appointment_id, by_id, removed=False)

    @retry_contention
    def _set_removed(self, appointment_id: str, by_id: str, *, removed: bool) -> Appointment:
        with self._store.write() as session:
            writer = _writer(session, by_id)
            row = _row(session, appointment_id, writer.circle_id, include_removed=True)
            row.deleted_at = utc_now() if removed else None
            row.version += 1
            row.updated_at = utc_now()
            session.flush()
            appointment = _load(session, row)
        self._store.changes.emit(Changes(appointments=True))
        return appointment

    @retry_contention
    def add_question(self, appointment_id: str, by_id: str, text: str) -> Appointment:
        text = clean_question(text)
        with self._store.write() as session:
            writer = _writer(session, by_id)
            row = _row(session, appointment_id, writer.circle_id)
            session.add(AppointmentQuestionRow(appointment_id=row.id, text=text, by_id=writer.id))
            session.flush()
            appointment = _load(session, row)
        self._store.changes.emit(Changes(appointments=True))
        return appointment

    @retry_contention
    def remove_question(self, question_id: str, by_id: str) -> Appointment:
        with self._store.write() as session:
            writer = _writer(session, by_id)
            question = session.get(AppointmentQuestionRow, question_id)
            if question is None:
                raise NotFound("That question isn't on the list.")
            row = _row(session, question.appointment_id, writer.circle_id)
            session.delete(question)
            session.flush()
            appointment = _load(session, row)
        self._store.changes.emit(Changes(appointments=True))
        return appointment

    def record_visit(self, appointment_id: str, by_id: str, notes: VisitNotes) -> VisitRecord:
        """Write what was said and agreed into the diary, and the agreed medicine changes."""
        notes = notes.validated(local_today())
        appointment = self.get(appointment_id, by_id)
        if appointment.visit_entry_id is not None:
            raise InvalidInput(
                "said", "The notes from this visit are already in the diary. Edit that entry."
            )
        medicines = MedicineService(self._store)
        changes: list[tuple[str, MedicineChange]] = []
        for item in notes.medicine_changes:
            change = _with_defaults(item.change, appointment)
            check_change(medicines.get(item.medicine_id, by_id), change)  # before any write
            changes.append((item.medicine_id, change))
        now = utc_now()
        happened = appointment.starts_at if appointment.starts_at <= now else now
        diary = DiaryService(self._store)
        entry = diary.add(
            by_id,
            EntryDraft(
                text=notes.entry_text(appointment),
                kind=EntryKind.APPOINTMENT_NOTE,
                happened_at=happened,
            ),
        )
        changed = [medicines.change(medicine_id, by_id, change) for medicine_id, change in changes]
        for draft in notes.new_medicines:
            decided = draft.decided_by or appointment.with_whom
            reason = draft.reason or f"Agreed at the appointment with {appointment.with_whom}."
            changed.append(medicines.add(by_id, replace(draft, decided_by=decided, reason=reason)))
        appointment = self._link_visit(appointment_id, by_id, entry.id)
        return VisitRecord(appointment=appointment, entry=entry, medicines=tuple(changed))

    # Each step of record_visit is its own retried transaction: retrying the whole visit
    # after the entry was written would write the notes twice.
    @retry_contention
    def _link_visit(self, appointment_id: str, by_id: str, entry_id: str) -> Appointment:
        with self._store.write() as session:
            writer = _writer(session, by_id)
            row = _row(session, appointment_id, writer.circle_id)
            row.visit_entry_id = entry_id
            row.version += 1
            row.updated_at = utc_now()
            session.flush()
            appointment = _load(session, row)
        self._store.changes.emit(Changes(appointments=True))
        return appointment

    # --- reading -------------------------------------------------------------

    def get(self, appointment_id: str, viewer_id: str) -> Appointment:
        with self._store.read() as session:
            viewer = member_row(session, viewer_id)
            return _load(session, _row(session, appointment_id, viewer.circle_id))

    def list(self, viewer_id: str) -> tuple[Appointment, ...]:
        """Every appointment (not removed), soonest first."""
        with self._store.read() as session:
            viewer = member_row(session, viewer_id)
            rows = session.scalars(
                select(AppointmentRow)
                .where(
                    AppointmentRow.circle_id == viewer.circle_id,
                    AppointmentRow.deleted_at.is_(None),
                )
                .order_by(AppointmentRow.starts_at, AppointmentRow.id)
            ).all()
            return tuple(_load(session, row) for row in rows)

    def upcoming(self, viewer_id: str, now: datetime | None = None) -> tuple[Appointment, ...]:
        moment = now or utc_now()
        return tuple(a for a in self.list(viewer_id) if a.starts_at >= moment)

    def previous(self, appointment_id: str, viewer_id: str) -> Appointment | None:
        """The appointment before this one, if there was one."""
        appointments = self.list(viewer_id)
        ids = [a.id for a in appointments]
        if appointment_id not in ids:
            raise NotFound("That appointment isn't on the list.")
        index = ids.index(appointment_id)
        return appointments[index - 1] if index > 0 else None

    def period_start(self, appointment_id: str, viewer_id: str) -> datetime:
        """Where this appointment's period begins: the previous appointment, or 90 days back."""
        before = self.previous(appointment_id, viewer_id)
        if before is not None:
            return before.starts_at
        return first_period_start(self.get(appointment_id, viewer_id).starts_at)

    def agenda(self, appointment_id: str, viewer_id: str) -> Agenda:
        """The questions to bring: typed ones, then the diary's, then flagged entries."""
        appointment = self.get(appointment_id, viewer_id)
        start = self.period_start(appointment_id, viewer_id)
        diary = DiaryService(self._store, shared_only=self.shared_only)
        until = appointment.starts_at
        questions = all_entries(
            diary, viewer_id, EntryFilter(since=start, until=until, kinds=(EntryKind.QUESTION,))
        )
        flagged = all_entries(
            diary, viewer_id, EntryFilter(since=start, until=until, flagged_only=True)
        )
        items = [
            AgendaItem(q.text, QuestionSource.TYPED, q.by_name, q.at, question_id=q.id)
            for q in appointment.questions
        ]
        items += [
            AgendaItem(
                e.text, QuestionSource.QUESTION_ENTRY, e.author_name, e.happened_at, entry_id=e.id
            )
            for e in reversed(questions)
        ]
        items += [
            AgendaItem(
                e.text or e.draft.behaviour or e.draft.before,
                QuestionSource.FLAGGED_ENTRY,
                e.author_name,
                e.happened_at,
                entry_id=e.id,
            )
            for e in reversed(flagged)
            if e.kind is not EntryKind.QUESTION
        ]
        return Agenda(appointment=appointment, period_start=start, items=tuple(items))

    def resolve_id(self, prefix: str, viewer_id: str) -> str:
        cleaned = prefix.strip().lower()
        if len(cleaned) < 6:
            raise InvalidInput("id", "Please give at least the first 6 characters of the id.")
        found = [a.id for a in self.list(viewer_id) if a.id.startswith(cleaned)]
        if len(found) != 1:
            if not found:
                raise NotFound("That appointment isn't on the list.")
            raise InvalidInput("id", "More than one appointment starts like that.")
        return found[0]


# --- helpers --------------------------------------------------------------------


def _with_defaults(change: MedicineChange, appointment: Appointment) -> MedicineChange:
    """An agreed change says where it was agreed and who decided, unless written."""
    return replace(
        change,
        decided_by=change.decided_by or appointment.with_whom,
        reason=change.reason or f"Agreed at the appointment with {appointment.with_whom}.",
    )


def _writer(session: Session, caregiver_id: str) -> CaregiverRow:
    return writer_row(
        session, caregiver_id, N_("{name} can read the appointments but not change them.")
    )


def _row(
    session: Session, appointment_id: str, circle_id: str, *, include_removed: bool = False
) -> AppointmentRow:
    row = session.get(AppointmentRow, appointment_id)
    if (
        row is None
        or row.circle_id != circle_id
        or (row.deleted_at is not None and not include_removed)
    ):
        raise NotFound("That appointment isn't on the list.")
    return row


def _apply(row: AppointmentRow, draft: AppointmentDraft) -> None:
    for name in _DRAFT_FIELDS:
        setattr(row, name, getattr(draft, name))


def _load(session: Session, row: AppointmentRow) -> Appointment:
    questions = session.execute(
        select(AppointmentQuestionRow, CaregiverRow.name)
        .join(CaregiverRow, CaregiverRow.id == AppointmentQuestionRow.by_id)
        .where(AppointmentQuestionRow.appointment_id == row.id)
        .order_by(AppointmentQuestionRow.at, AppointmentQuestionRow.id)
    ).all()
    creator = session.get(CaregiverRow, row.created_by)
    return Appointment(
        id=row.id,
        starts_at=row.starts_at,
        clinician=row.clinician,
        role=row.role,
        place=row.place,
        purpose=row.purpose,
        concerns=row.concerns,
        needs=row.needs,
        questions=tuple(
            TypedQuestion(id=q.id, text=q.text, by_id=q.by_id, by_name=name, at=q.at)
            for q, name in questions
        ),
        version=row.version,
        created_by_name=creator.name if creator else "",
        visit_entry_id=row.visit_entry_id,
    )
