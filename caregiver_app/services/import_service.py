"""Importing a Kindred export: checked whole first, then added all at once, or not at all.

The file is read and validated completely before the store is touched; the plan
says what would be added; applying it happens in one transaction after a backup.
Every row keeps its id, so importing the same file twice adds nothing twice.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select

from caregiver_app.domain.circle import CaregiverDraft, PersonProfile, Role
from caregiver_app.domain.entries import EntryDraft, RevisionAction
from caregiver_app.domain.errors import InvalidInput, KindredError
from caregiver_app.domain.serialise import draft_from_dict, draft_to_dict
from caregiver_app.domain.words import count_of
from caregiver_app.i18n import _
from caregiver_app.services.care_rows import CareRows, add_new, count_new, read_care
from caregiver_app.services.changes import Changes
from caregiver_app.services.export_service import EXPORT_FORMAT, READABLE_VERSIONS
from caregiver_app.storage.retry import retry_contention
from caregiver_app.storage.sealed import is_sealed, unseal
from caregiver_app.storage.store import Store
from caregiver_app.storage.tables import (
    CaregiverRow,
    CircleRow,
    EntryCardRow,
    EntryRow,
    EntryTagRow,
    PersonRow,
    RevisionRow,
)

MAX_IMPORT_BYTES = 512 * 1024 * 1024
_NOT_AN_EXPORT = "This file isn't a Kindred export, or it is damaged. Nothing was imported."


@dataclass(frozen=True)
class ImportedCaregiver:
    id: str
    draft: CaregiverDraft


@dataclass(frozen=True)
class ImportedRevision:
    version: int
    action: RevisionAction
    by_id: str
    at: datetime
    content: EntryDraft


@dataclass(frozen=True)
class ImportedEntry:
    id: str
    author_id: str
    written_at: datetime
    updated_at: datetime
    version: int
    deleted_at: datetime | None
    draft: EntryDraft
    history: tuple[ImportedRevision, ...]


@dataclass(frozen=True)
class ImportRecord:
    person: PersonProfile
    caregivers: tuple[ImportedCaregiver, ...]
    entries: tuple[ImportedEntry, ...]
    # Medicines, their changes and doses, appointments and their questions (version 2).
    care: CareRows = field(default_factory=dict)


@dataclass(frozen=True)
class ImportPlan:
    """What an import adds; shown to the family before anything changes."""

    new_caregivers: int
    new_entries: int
    entries_already_here: int
    new_circle: bool
    new_medicines: int = 0
    new_doses: int = 0
    new_appointments: int = 0
    # Added to medicines and appointments already in the diary.
    new_medicine_changes: int = 0
    new_questions: int = 0

    @property
    def nothing_new(self) -> bool:
        return not (self.new_caregivers or self.new_entries or self.new_circle or self.adds_care)

    @property
    def adds_care(self) -> bool:
        """True when medicines, doses or appointments (or their details) are added."""
        return bool(
            self.new_medicines
            or self.new_doses
            or self.new_appointments
            or self.new_medicine_changes
            or self.new_questions
        )

    @property
    def summary(self) -> str:
        if self.nothing_new:
            return _("Everything in this file is already in the diary. Nothing new to add.")
        return _("This will add {things}.").format(things=", ".join(self._parts()))

    @property
    def done_summary(self) -> str:
        return _("Done. Added {things}.").format(things=", ".join(self._parts(already=False)))

    def _parts(self, *, already: bool = True) -> list[str]:
        # Each phrase written out (not looped over) so the catalogue tool finds it.
        parts = []
        if self.new_entries or not self.adds_care:
            parts.append(count_of(self.new_entries, "new entry", "new entries"))
        if self.new_medicines:
            parts.append(count_of(self.new_medicines, "medicine", "medicines"))
        if self.new_medicine_changes:
            parts.append(
                count_of(self.new_medicine_changes, "change to a medicine", "changes to medicines")
            )
        if self.new_doses:
            parts.append(count_of(self.new_doses, "dose in the log", "doses in the log"))
        if self.new_appointments:
            parts.append(count_of(self.new_appointments, "appointment", "appointments"))
        if self.new_questions:
            parts.append(
                count_of(
                    self.new_questions,
                    "question for an appointment",
                    "questions for appointments",
                )
            )
        if self.new_caregivers:
            parts.append(count_of(self.new_caregivers, "new family member", "new family members"))
        if already and self.entries_already_here:
            here = count_of(self.entries_already_here, "entry", "entries")
            parts.append(_("{entries} already here (left as they are)").format(entries=here))
        return parts


def read_export(data: bytes, passphrase: str | None = None) -> ImportRecord:
    """Parse and validate an export file whole; raises InvalidInput (or WrongKey)."""
    if len(data) > MAX_IMPORT_BYTES:
        raise InvalidInput("file", "This file is too large to be a Kindred export.")
    document = _json(data)
    if is_sealed(document):
        if passphrase is None:
            raise InvalidInput("passphrase", "This export is locked. Please enter its passphrase.")
        document = _json(unseal(document, passphrase))
    try:
        return _record(document)
    except KindredError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InvalidInput("file", _NOT_AN_EXPORT) from exc


def _json(data: bytes) -> Any:
    try:
        return json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise InvalidInput("file", _NOT_AN_EXPORT) from exc


def _time(value: Any) -> datetime:
    moment = datetime.fromisoformat(str(value))
    if moment.tzinfo is None:
        raise ValueError("times must carry a time zone")
    return moment


def _record(document: Any) -> ImportRecord:
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise InvalidInput("file", _NOT_AN_EXPORT)
    if document.get("version") not in READABLE_VERSIONS:
        raise InvalidInput(
            "file", "This export was made by a newer Kindred. Please update Kindred first."
        )
    circle = document["circle"]
    person_data = dict(circle["person"])
    born = person_data.pop("date_of_birth", None)
    person = PersonProfile(
        **{key: str(value) for key, value in person_data.items()},
        date_of_birth=datetime.fromisoformat(born).date() if born else None,
    ).validated()
    caregivers = tuple(
        ImportedCaregiver(
            id=str(item["id"]),
            draft=CaregiverDraft(
                name=str(item["name"]),
                relationship=str(item.get("relationship", "")),
                role=Role(item["role"]),
            ).validated(),
        )
        for item in circle["caregivers"]
    )
    known = {caregiver.id for caregiver in caregivers}
    entries = tuple(_entry(item, known) for item in document["entries"])
    entry_ids = {entry.id for entry in entries}
    if len(entry_ids) != len(entries):
        raise ValueError("an entry appears twice")
    care = read_care(document, known, entry_ids)
    return ImportRecord(person, caregivers, entries, care)


def _entry(item: dict[str, Any], caregivers: set[str]) -> ImportedEntry:
    if item["author_id"] not in caregivers:
        raise ValueError("an entry's author is not in the circle")
    draft = draft_from_dict(item["content"]).validated()
    if draft.happened_at is None:
        raise ValueError("an entry has no time")
    history = []
    for step in item["history"]:
        if step["by_id"] not in caregivers:
            raise ValueError("a change was made by someone not in the circle")
        history.append(
            ImportedRevision(
                version=int(step["version"]),
                action=RevisionAction(step["action"]),
                by_id=str(step["by_id"]),
                at=_time(step["at"]),
                content=draft_from_dict(step["content"]),
            )
        )
    deleted = item.get("deleted_at")
    return ImportedEntry(
        id=str(item["id"]),
        author_id=str(item["author_id"]),
        written_at=_time(item["written_at"]),
        updated_at=_time(item["updated_at"]),
        version=int(item["version"]),
        deleted_at=_time(deleted) if deleted else None,
        draft=draft,
        history=tuple(history),
    )


class ImportService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def plan(self, record: ImportRecord) -> ImportPlan:
        with self._store.read() as session:
            return _plan(session, record)

    def apply(self, record: ImportRecord) -> ImportPlan:
        """Add what is new, all in one transaction, after a backup of the diary.

        A shared diary is backed up on its server by whoever runs it (Kindred can't):
        there the import goes ahead without one. It only adds, all or nothing.
        """
        if not self._store.shared:
            self._store.backup("before-import")
        return self._add_new(record)

    @retry_contention
    def _add_new(self, record: ImportRecord) -> ImportPlan:
        with self._store.write() as session:
            plan = _plan(session, record)
            circle_id = session.scalar(select(CircleRow.id).limit(1))
            if circle_id is None:
                circle = CircleRow()
                session.add(circle)
                session.flush()
                circle_id = circle.id
                values = {
                    name: getattr(record.person, name)
                    for name in PersonProfile.__dataclass_fields__
                }
                session.add(PersonRow(circle_id=circle_id, **values))
            existing = set(session.scalars(select(CaregiverRow.id)).all())
            for caregiver in record.caregivers:
                if caregiver.id not in existing:
                    draft = caregiver.draft
                    session.add(
                        CaregiverRow(
                            id=caregiver.id,
                            circle_id=circle_id,
                            name=draft.name,
                            relationship=draft.relationship,
                            role=draft.role.value,
                        )
                    )
            session.flush()
            here = _existing_entries(session, record)
            for entry in record.entries:
                if entry.id not in here:
                    _add_entry(session, circle_id, entry)
            session.flush()  # the entries an appointment's visit note points at
            add_new(session, circle_id, record.care)
        self._store.changes.emit(
            Changes(circle=True, medicines=True, appointments=True, external=True)
        )
        return plan


def _existing_entries(session: Any, record: ImportRecord) -> set[str]:
    ids = [entry.id for entry in record.entries]
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found.update(session.scalars(select(EntryRow.id).where(EntryRow.id.in_(chunk))).all())
    return found


def _plan(session: Any, record: ImportRecord) -> ImportPlan:
    has_circle = session.scalar(select(CircleRow.id).limit(1)) is not None
    existing = set(session.scalars(select(CaregiverRow.id)).all())
    here = _existing_entries(session, record)
    care = count_new(session, record.care) if record.care else None
    return ImportPlan(
        new_caregivers=sum(1 for c in record.caregivers if c.id not in existing),
        new_entries=len(record.entries) - len(here),
        entries_already_here=len(here),
        new_circle=not has_circle,
        new_medicines=care.new["medicines"] if care else 0,
        new_doses=care.new["medicine_doses"] if care else 0,
        new_appointments=care.new["appointments"] if care else 0,
        new_medicine_changes=care.new_under_existing["medicine_events"] if care else 0,
        new_questions=care.new_under_existing["appointment_questions"] if care else 0,
    )


def _add_entry(session: Any, circle_id: str, entry: ImportedEntry) -> None:
    draft = entry.draft
    assert draft.happened_at is not None
    session.add(
        EntryRow(
            id=entry.id,
            circle_id=circle_id,
            author_id=entry.author_id,
            happened_at=draft.happened_at,
            written_at=entry.written_at,
            updated_at=entry.updated_at,
            kind=draft.kind.value,
            text=draft.text,
            mood=draft.mood,
            distress=draft.distress,
            sleep_hours=draft.sleep_hours,
            flagged=draft.flagged,
            visibility=draft.visibility.value,
            before=draft.before,
            behaviour=draft.behaviour,
            tried=draft.tried,
            helped=draft.helped,
            version=entry.version,
            deleted_at=entry.deleted_at,
        )
    )
    session.flush()
    session.add_all(EntryTagRow(entry_id=entry.id, tag=tag) for tag in draft.tags)
    session.add_all(
        EntryCardRow(entry_id=entry.id, card_id=use.card_id, outcome=use.outcome.value)
        for use in draft.cards
    )
    session.add_all(
        RevisionRow(
            entry_id=entry.id,
            version=step.version,
            action=step.action.value,
            by_id=step.by_id,
            at=step.at,
            content=json.dumps(draft_to_dict(step.content), ensure_ascii=False),
        )
        for step in entry.history
    )
