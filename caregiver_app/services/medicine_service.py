"""Medicines: add one, record each change to it, log doses, and read it all back.

Every change is a new event row (never an edit), and a medicine's current state
is folded from its events (``domain.medicines.fold_events``), so the list shown
and the history behind it always agree. Medicines belong to the care circle and
every member may read them; viewers may not write.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from caregiver_app.domain.errors import InvalidInput, NotFound
from caregiver_app.domain.medicines import (
    DoseCounts,
    DoseOutcome,
    DoseRecord,
    EventFacts,
    Medicine,
    MedicineChange,
    MedicineDraft,
    MedicineEvent,
    MedicineEventKind,
    MedicineStatus,
    check_change,
    fold_events,
)
from caregiver_app.i18n import N_
from caregiver_app.services.changes import Changes
from caregiver_app.services.members import member_row, writer_row
from caregiver_app.storage.retry import retry_contention
from caregiver_app.storage.store import Store
from caregiver_app.storage.tables import (
    CaregiverRow,
    DoseRow,
    MedicineEventRow,
    MedicineRow,
    utc_now,
)

MAX_DOSE_NOTE = 2_000
# A dose logged a little ahead (a clock a few minutes fast) is still accepted.
_FUTURE_SLACK = timedelta(minutes=10)
_STATUS_ORDER = {MedicineStatus.TAKING: 0, MedicineStatus.PAUSED: 1, MedicineStatus.STOPPED: 2}


def local_today() -> date:
    return datetime.now().astimezone().date()


class MedicineService:
    def __init__(self, store: Store) -> None:
        self._store = store

    # --- writing -------------------------------------------------------------

    @retry_contention
    def add(self, by_id: str, draft: MedicineDraft) -> Medicine:
        """Add a medicine; its history begins with a 'started' event."""
        draft = draft.validated(local_today())
        assert draft.started_on is not None
        with self._store.write() as session:
            writer = _writer(session, by_id)
            row = MedicineRow(
                circle_id=writer.circle_id,
                name=draft.name,
                form=draft.form,
                purpose=draft.purpose,
                prescriber=draft.prescriber,
                created_by=writer.id,
            )
            session.add(row)
            session.flush()
            session.add(
                MedicineEventRow(
                    medicine_id=row.id,
                    kind=MedicineEventKind.STARTED.value,
                    effective_on=draft.started_on,
                    reason=draft.reason,
                    decided_by=draft.decided_by or draft.prescriber,
                    side_effects="",
                    strength=draft.strength,
                    how_taken=draft.how_taken,
                    recorded_by=writer.id,
                )
            )
            session.flush()
            medicine = _load(session, [row])[0]
        self._store.changes.emit(Changes(medicines=True))
        return medicine

    @retry_contention
    def change(self, medicine_id: str, by_id: str, change: MedicineChange) -> Medicine:
        """Record a change (dose changed, paused, stopped, restarted) with its reason."""
        change = change.validated(local_today())
        with self._store.write() as session:
            writer = _writer(session, by_id)
            row = _medicine_row(session, medicine_id, writer.circle_id)
            check_change(_load(session, [row])[0], change)
            assert change.on is not None
            session.add(
                MedicineEventRow(
                    medicine_id=row.id,
                    kind=change.kind.value,
                    effective_on=change.on,
                    reason=change.reason,
                    decided_by=change.decided_by,
                    side_effects=change.side_effects,
                    strength=change.strength,
                    how_taken=change.how_taken,
                    recorded_by=writer.id,
                )
            )
            session.flush()
            medicine = _load(session, [row])[0]
        self._store.changes.emit(Changes(medicines=True))
        return medicine

    @retry_contention
    def log_dose(
        self,
        by_id: str,
        medicine_id: str,
        outcome: DoseOutcome,
        at: datetime | None = None,
        note: str = "",
    ) -> DoseRecord:
        """Log one dose as given, missed or refused (quick enough for a Today button)."""
        outcome = DoseOutcome(outcome)
        now = utc_now()
        when = at or now
        if when.tzinfo is None:
            raise InvalidInput("at", "The time needs a time zone.")
        if when > now + _FUTURE_SLACK:
            raise InvalidInput("at", "That time is still to come. Please log doses after them.")
        note = note.strip()
        if len(note) > MAX_DOSE_NOTE:
            raise InvalidInput("note", "This note is too long. Please shorten it.")
        with self._store.write() as session:
            writer = _writer(session, by_id)
            row = _medicine_row(session, medicine_id, writer.circle_id)
            medicine = _load(session, [row])[0]
            local_day = when.astimezone().date()
            if local_day < medicine.started_on:
                raise InvalidInput("at", f"{medicine.name} was only started later than that.")
            if medicine.status is MedicineStatus.STOPPED and local_day >= medicine.status_since:
                raise InvalidInput(
                    "medicine",
                    f"{medicine.name} was stopped on {medicine.status_since:%d %b %Y}.",
                )
            dose = DoseRow(
                medicine_id=row.id, outcome=outcome.value, at=when, by_id=writer.id, note=note
            )
            session.add(dose)
            session.flush()
            record = DoseRecord(
                id=dose.id,
                medicine_id=row.id,
                medicine_name=row.name,
                outcome=outcome,
                at=when.astimezone(UTC),
                by_id=writer.id,
                by_name=writer.name,
                note=note,
            )
        self._store.changes.emit(Changes(medicines=True))
        return record

    # --- reading -------------------------------------------------------------

    def get(self, medicine_id: str, viewer_id: str) -> Medicine:
        with self._store.read() as session:
            viewer = member_row(session, viewer_id)
            return _load(session, [_medicine_row(session, medicine_id, viewer.circle_id)])[0]

    def list(self, viewer_id: str, include_stopped: bool = False) -> tuple[Medicine, ...]:
        """Medicines taken now first, then paused, then (if asked) stopped; by name."""
        with self._store.read() as session:
            viewer = member_row(session, viewer_id)
            rows = session.scalars(
                select(MedicineRow).where(MedicineRow.circle_id == viewer.circle_id)
            ).all()
            medicines = _load(session, rows)
        shown = [m for m in medicines if include_stopped or m.is_current]
        return tuple(sorted(shown, key=lambda m: (_STATUS_ORDER[m.status], m.name.casefold())))

    def as_of(self, viewer_id: str, day: date) -> tuple[Medicine, ...]:
        """The medicines as they stood at the end of ``day`` (events after it ignored)."""
        found = []
        for medicine in self.list(viewer_id, include_stopped=True):
            kept = [event for event in medicine.events if event.on <= day]
            if kept:
                found.append(_refold(medicine, kept))
        shown = [m for m in found if m.is_current]
        return tuple(sorted(shown, key=lambda m: (_STATUS_ORDER[m.status], m.name.casefold())))

    def changes_between(
        self, viewer_id: str, first: date, last: date
    ) -> tuple[tuple[Medicine, MedicineEvent], ...]:
        """Every change (including starts) dated from ``first`` to ``last``, oldest first."""
        pairs = [
            (medicine, event)
            for medicine in self.list(viewer_id, include_stopped=True)
            for event in medicine.changes_between(first, last)
        ]
        return tuple(sorted(pairs, key=lambda pair: (pair[1].on, pair[1].recorded_at)))

    def doses(
        self, viewer_id: str, since: datetime, until: datetime, medicine_id: str | None = None
    ) -> tuple[DoseRecord, ...]:
        """Doses logged from ``since`` (included) to ``until`` (excluded), oldest first."""
        with self._store.read() as session:
            viewer = member_row(session, viewer_id)
            query = (
                select(DoseRow, MedicineRow.name, CaregiverRow.name)
                .join(MedicineRow, MedicineRow.id == DoseRow.medicine_id)
                .join(CaregiverRow, CaregiverRow.id == DoseRow.by_id)
                .where(
                    MedicineRow.circle_id == viewer.circle_id,
                    DoseRow.at >= since,
                    DoseRow.at < until,
                )
                .order_by(DoseRow.at, DoseRow.id)
            )
            if medicine_id is not None:
                query = query.where(DoseRow.medicine_id == medicine_id)
            rows = session.execute(query).all()
        return tuple(
            DoseRecord(
                id=dose.id,
                medicine_id=dose.medicine_id,
                medicine_name=medicine_name,
                outcome=DoseOutcome(dose.outcome),
                at=dose.at,
                by_id=dose.by_id,
                by_name=by_name,
                note=dose.note,
            )
            for dose, medicine_name, by_name in rows
        )

    def dose_counts(
        self, viewer_id: str, since: datetime, until: datetime
    ) -> tuple[DoseCounts, ...]:
        """Given / missed / refused per medicine in the period (medicines with any dose)."""
        counts: dict[str, dict[str, int]] = {}
        names: dict[str, str] = {}
        for dose in self.doses(viewer_id, since, until):
            names[dose.medicine_id] = dose.medicine_name
            per = counts.setdefault(dose.medicine_id, {o.value: 0 for o in DoseOutcome})
            per[dose.outcome.value] += 1
        return tuple(
            DoseCounts(medicine_id=key, medicine_name=names[key], **value)
            for key, value in sorted(counts.items(), key=lambda kv: names[kv[0]].casefold())
        )

    def find(self, name_or_id: str, viewer_id: str) -> Medicine:
        """The one medicine whose name (or id prefix) is ``name_or_id`` (for scripts)."""
        wanted = name_or_id.strip().casefold()
        medicines = self.list(viewer_id, include_stopped=True)
        matches = [m for m in medicines if m.name.casefold() == wanted] or [
            m for m in medicines if len(wanted) >= 6 and m.id.startswith(wanted)
        ]
        if not matches:
            matches = [m for m in medicines if m.name.casefold().startswith(wanted)]
        if len(matches) != 1:
            if not matches:
                raise NotFound(f"There is no medicine called '{name_or_id}' in the list.")
            raise InvalidInput("medicine", f"More than one medicine matches '{name_or_id}'.")
        return matches[0]


# --- helpers --------------------------------------------------------------------


def _writer(session: Session, caregiver_id: str) -> CaregiverRow:
    return writer_row(
        session, caregiver_id, N_("{name} can read the medicines but not change them.")
    )


def _medicine_row(session: Session, medicine_id: str, circle_id: str) -> MedicineRow:
    row = session.get(MedicineRow, medicine_id)
    if row is None or row.circle_id != circle_id:
        raise NotFound("That medicine isn't in the list.")
    return row


def _load(session: Session, rows: Iterable[MedicineRow]) -> list[Medicine]:
    rows = list(rows)
    if not rows:
        return []
    facts: dict[str, list[EventFacts]] = {row.id: [] for row in rows}
    events = session.execute(
        select(MedicineEventRow, CaregiverRow.name)
        .join(CaregiverRow, CaregiverRow.id == MedicineEventRow.recorded_by)
        .where(MedicineEventRow.medicine_id.in_(list(facts)))
    ).all()
    for event, by_name in events:
        facts[event.medicine_id].append(
            EventFacts(
                id=event.id,
                kind=MedicineEventKind(event.kind),
                on=event.effective_on,
                reason=event.reason,
                decided_by=event.decided_by,
                side_effects=event.side_effects,
                strength=event.strength,
                how_taken=event.how_taken,
                recorded_by_id=event.recorded_by,
                recorded_by_name=by_name,
                recorded_at=event.recorded_at,
            )
        )
    medicines = []
    for row in rows:
        folded, status, strength, how_taken, since = fold_events(row.id, facts[row.id])
        medicines.append(
            Medicine(
                id=row.id,
                name=row.name,
                form=row.form,
                purpose=row.purpose,
                prescriber=row.prescriber,
                status=status,
                strength=strength,
                how_taken=how_taken,
                started_on=folded[0].on,
                status_since=since,
                events=folded,
            )
        )
    return medicines


def _refold(medicine: Medicine, events: list[MedicineEvent]) -> Medicine:
    facts = [
        EventFacts(
            id=e.id,
            kind=e.kind,
            on=e.on,
            reason=e.reason,
            decided_by=e.decided_by,
            side_effects=e.side_effects,
            strength=e.strength,
            how_taken=e.how_taken,
            recorded_by_id=e.recorded_by_id,
            recorded_by_name=e.recorded_by_name,
            recorded_at=e.recorded_at,
        )
        for e in events
    ]
    folded, status, strength, how_taken, since = fold_events(medicine.id, facts)
    return Medicine(
        id=medicine.id,
        name=medicine.name,
        form=medicine.form,
        purpose=medicine.purpose,
        prescriber=medicine.prescriber,
        status=status,
        strength=strength,
        how_taken=how_taken,
        started_on=folded[0].on,
        status_since=since,
        events=folded,
    )
