"""Export and import: a whole care record out and back in, checked first, all or nothing."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import shutil
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, update

from caregiver_app.domain.appointments import AppointmentDraft, VisitNotes
from caregiver_app.domain.entries import (
    CardOutcome,
    CardUse,
    EntryDraft,
    EntryFilter,
    EntryKind,
    Visibility,
)
from caregiver_app.domain.errors import InvalidInput, WrongKey
from caregiver_app.domain.medicines import (
    DoseOutcome,
    MedicineChange,
    MedicineDraft,
    MedicineEventKind,
)
from caregiver_app.i18n import set_language
from caregiver_app.paths import StorePaths
from caregiver_app.services.appointment_service import AppointmentService
from caregiver_app.services.care_rows import CARE_TABLES
from caregiver_app.services.circle_service import CircleService
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.services.export_service import export_csv, export_record
from caregiver_app.services.import_service import ImportService, read_export
from caregiver_app.services.medicine_service import MedicineService
from caregiver_app.storage.keys import KdfCost
from caregiver_app.storage.sealed import seal
from caregiver_app.storage.secrets import KeyringVault
from caregiver_app.storage.store import Store, create_store, open_store
from caregiver_app.storage.tables import AppointmentRow, Base, EntryRow
from tests.conftest import TEST_COST, OpenStore
from tests.support.keyrings import MemoryKeyring

T0 = datetime(2026, 10, 1, 9, tzinfo=UTC)


def _fill(opened: OpenStore) -> None:
    diary = DiaryService(opened.store)
    first = diary.add(
        opened.ann,
        EntryDraft(
            text="Upset at dusk",
            kind=EntryKind.DISTRESS_EPISODE,
            happened_at=T0,
            distress=7,
            tags=("evening",),
            helped="Music",
            cards=(CardUse("sundowning", CardOutcome.HELPED),),
        ),
    )
    diary.edit(first.id, opened.raj, replace(first.draft, text="Upset at dusk, settled by 7"), 1)
    gone = diary.add(
        opened.raj, EntryDraft(text="=SUM(A1) not a formula", happened_at=T0 + timedelta(hours=1))
    )
    diary.delete(gone.id, opened.raj)
    diary.add(opened.ann, EntryDraft(text="Ann's own note", visibility=Visibility.PRIVATE))


def _empty_store(tmp_path: Path) -> Store:
    return create_store(
        StorePaths(tmp_path / "other"), vault=KeyringVault(MemoryKeyring()), cost=TEST_COST
    ).store


@pytest.fixture(scope="module")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, MemoryKeyring]:
    """An empty diary made once; the property tests copy it (making one each time is slow)."""
    keyring = MemoryKeyring()
    folder = tmp_path_factory.mktemp("empty") / "store"
    create_store(StorePaths(folder), vault=KeyringVault(keyring), cost=TEST_COST).store.close()
    return folder, keyring


def _copy_of(template: tuple[Path, MemoryKeyring], where: Path) -> Store:
    folder, keyring = template
    shutil.copytree(folder, where / "store")
    return open_store(StorePaths(where / "store"), vault=KeyringVault(keyring))


def test_an_export_imports_into_a_new_diary_whole_and_twice_adds_nothing(
    opened: OpenStore, tmp_path: Path
) -> None:
    _fill(opened)
    data = json.dumps(export_record(opened.store, opened.ann)).encode()
    other = _empty_store(tmp_path)
    try:
        record = read_export(data)
        imports = ImportService(other)
        plan = imports.plan(record)
        assert (plan.new_entries, plan.new_caregivers, plan.new_circle) == (3, 3, True)
        assert "3 new entries" in plan.summary
        imports.apply(record)

        diary = DiaryService(other)
        everything = diary.page(opened.ann, EntryFilter(include_deleted=True)).entries
        original = DiaryService(opened.store).page(opened.ann, EntryFilter(include_deleted=True))
        assert everything == original.entries  # every field, tags, cards, deletions
        episode = next(e for e in everything if e.kind is EntryKind.DISTRESS_EPISODE)
        assert [r.by_name for r in diary.history(episode.id, opened.ann)] == [
            "Ann Okafor",
            "Raj Okafor",
        ]
        assert CircleService(other).get().person.name == "Margaret Okafor"

        again = imports.plan(read_export(data))
        assert again.new_entries == 0 and "already in the diary" in again.summary
        imports.apply(read_export(data))
        assert len(diary.page(opened.ann, EntryFilter(include_deleted=True)).entries) == 3
    finally:
        other.close()


def test_an_export_never_holds_someone_elses_private_entries(opened: OpenStore) -> None:
    _fill(opened)
    as_raj = json.dumps(export_record(opened.store, opened.raj))
    assert "Ann's own note" not in as_raj
    assert "Ann's own note" in json.dumps(export_record(opened.store, opened.ann))


def test_a_locked_export_opens_only_with_its_passphrase(opened: OpenStore) -> None:
    _fill(opened)
    plain = json.dumps(export_record(opened.store, opened.ann)).encode()
    locked = seal(plain, "a long export passphrase", KdfCost(n=2**10))
    assert b"Upset at dusk" not in locked
    with pytest.raises(InvalidInput, match="locked"):
        read_export(locked)
    with pytest.raises(WrongKey):
        read_export(locked, "the wrong passphrase")
    assert len(read_export(locked, "a long export passphrase").entries) == 3


def test_the_csv_opens_in_a_spreadsheet_without_surprises(opened: OpenStore) -> None:
    _fill(opened)
    rows = list(csv.reader(io.StringIO(export_csv(opened.store, opened.raj))))
    assert rows[0][:5] == ["date", "time", "written by", "kind", "what happened"]
    texts = [row[4] for row in rows[1:]]
    assert texts == ["Upset at dusk, settled by 7"]  # deleted and private entries left out
    assert rows[1][15] == "sundowning (helped)"


def _entry_count(store: Store) -> int:
    with store.read() as session:
        return int(session.scalar(select(func.count()).select_from(EntryRow)) or 0)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cut=st.integers(min_value=0, max_value=5000), junk=st.binary(max_size=64))
def test_truncated_or_random_files_are_refused_and_nothing_is_imported(
    opened: OpenStore, cut: int, junk: bytes
) -> None:
    data = json.dumps(
        export_record(opened.store, opened.ann)
        | {"entries": [{"id": "x", "author_id": opened.ann, "content": {"text": "hi"}}]}
    ).encode()
    before = _entry_count(opened.store)
    for candidate in (data[:cut] + junk, junk, data[: cut // 2]):
        with pytest.raises((InvalidInput, WrongKey)):
            ImportService(opened.store).apply(read_export(candidate))
    assert _entry_count(opened.store) == before


def test_a_file_that_breaks_a_rule_halfway_imports_nothing(
    opened: OpenStore, tmp_path: Path
) -> None:
    _fill(opened)
    document = export_record(opened.store, opened.ann)
    document["entries"][-1]["content"]["mood"] = 14  # the last entry is invalid
    other = _empty_store(tmp_path)
    try:
        with pytest.raises(InvalidInput):
            ImportService(other).apply(read_export(json.dumps(document).encode()))
        assert _entry_count(other) == 0
    finally:
        other.close()


# --- medicines, the dose log and appointments (format version 2) -----------------------


def _fill_care(opened: OpenStore) -> None:
    medicines = MedicineService(opened.store)
    donepezil = medicines.add(
        opened.ann,
        MedicineDraft(
            name="Donepezil",
            strength="5 mg",
            how_taken="one at night",
            started_on=(T0 - timedelta(days=7)).date(),
        ),
    )
    medicines.change(
        donepezil.id,
        opened.raj,
        MedicineChange(kind=MedicineEventKind.DOSE_CHANGED, strength="10 mg", reason="review"),
    )
    medicines.log_dose(opened.ann, donepezil.id, DoseOutcome.GIVEN, T0)
    medicines.log_dose(opened.raj, donepezil.id, DoseOutcome.REFUSED, T0 + timedelta(days=1))
    appointments = AppointmentService(opened.store)
    visit = appointments.add(
        opened.ann,
        AppointmentDraft(starts_at=T0 + timedelta(days=7), clinician="Dr Patel"),
        ["Is the new dose helping?"],
    )
    appointments.record_visit(visit.id, opened.ann, VisitNotes(said="Keep the dose"))


def _care(store: Store, viewer: str) -> tuple[object, ...]:
    medicines = MedicineService(store)
    listed = medicines.list(viewer, include_stopped=True)
    doses = medicines.doses(viewer, T0 - timedelta(days=1), T0 + timedelta(days=30))
    return (listed, doses, AppointmentService(store).list(viewer))


def test_medicines_doses_and_appointments_travel_whole_and_twice_adds_nothing(
    opened: OpenStore, tmp_path: Path
) -> None:
    _fill(opened)
    _fill_care(opened)
    document = export_record(opened.store, opened.ann)
    assert document["version"] == 2
    assert [m["name"] for m in document["medicines"]] == ["Donepezil"]
    assert "circle_id" not in document["medicines"][0]
    data = json.dumps(document).encode()
    other = _empty_store(tmp_path)
    try:
        imports = ImportService(other)
        plan = imports.plan(read_export(data))
        assert (plan.new_medicines, plan.new_doses, plan.new_appointments) == (1, 2, 1)
        assert "1 medicine, 2 doses in the log, 1 appointment" in plan.summary
        set_language("es")
        try:
            assert "1 medicamento, 2 tomas en el registro, 1 cita" in plan.summary
        finally:
            set_language("en")
        added = imports.apply(read_export(data))
        assert "Added 4 new entries, 1 medicine" in added.done_summary
        assert _care(other, opened.ann) == _care(opened.store, opened.ann)

        again = imports.plan(read_export(data))
        assert again.nothing_new
        imports.apply(read_export(data))
        assert _care(other, opened.ann) == _care(opened.store, opened.ann)

        # Later doses in a newer export of the same diary: only they are new.
        [medicine] = MedicineService(opened.store).list(opened.ann)
        MedicineService(opened.store).log_dose(
            opened.ann, medicine.id, DoseOutcome.MISSED, T0 + timedelta(days=2)
        )
        newer = read_export(json.dumps(export_record(opened.store, opened.ann)).encode())
        plan = imports.plan(newer)
        assert (plan.new_entries, plan.new_medicines, plan.new_doses) == (0, 0, 1)
        imports.apply(newer)
        assert _care(other, opened.ann) == _care(opened.store, opened.ann)
    finally:
        other.close()


def test_a_version_1_export_is_still_read(opened: OpenStore, tmp_path: Path) -> None:
    _fill(opened)
    _fill_care(opened)
    document = export_record(opened.store, opened.ann)
    old = {key: value for key, value in document.items() if key not in CARE_TABLES}
    old["version"] = 1
    record = read_export(json.dumps(old).encode())
    assert len(record.entries) == 4 and not any(record.care.values())
    other = _empty_store(tmp_path)
    try:
        ImportService(other).apply(record)
        assert _entry_count(other) == 4 and MedicineService(other).list(opened.ann) == ()
    finally:
        other.close()


def test_a_visit_note_that_is_someone_elses_private_entry_is_left_out(
    opened: OpenStore,
) -> None:
    _fill_care(opened)
    private = DiaryService(opened.store).add(
        opened.ann, EntryDraft(text="Ann's own visit thoughts", visibility=Visibility.PRIVATE)
    )
    with opened.store.write() as session:
        session.execute(update(AppointmentRow).values(visit_entry_id=private.id))
    as_raj = export_record(opened.store, opened.raj)
    assert as_raj["appointments"][0]["visit_entry_id"] is None
    assert read_export(json.dumps(as_raj).encode()).care["appointments"]
    as_ann = export_record(opened.store, opened.ann)
    assert as_ann["appointments"][0]["visit_entry_id"] == private.id


_BREAKAGES = (
    ("medicine_doses", "outcome", "spilled"),
    ("medicine_doses", "at", "2026-10-01T09:00:00"),  # no time zone
    ("medicine_doses", "medicine_id", "not-a-medicine"),
    ("medicine_events", "kind", "forgotten"),
    ("medicine_events", "effective_on", "the day after"),
    ("medicines", "name", ""),
    ("medicines", "created_by", "a stranger"),
    ("medicines", "name", 42),
    ("appointments", "version", "two"),
    ("appointments", "visit_entry_id", "not-an-entry"),
    ("appointment_questions", "text", "x" * 20_000),
    ("appointment_questions", "appointment_id", None),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(breakage=st.sampled_from(_BREAKAGES), which=st.integers(min_value=0, max_value=3))
def test_one_bad_care_row_anywhere_imports_nothing_at_all(
    opened: OpenStore,
    tmp_path_factory: pytest.TempPathFactory,
    empty_template: tuple[Path, MemoryKeyring],
    breakage: tuple[str, str, object],
    which: int,
) -> None:
    if not MedicineService(opened.store).list(opened.ann):
        _fill(opened)
        _fill_care(opened)
    document = export_record(opened.store, opened.ann)
    table, column, value = breakage
    rows = document[table]
    rows[which % len(rows)][column] = value
    other = _copy_of(empty_template, tmp_path_factory.mktemp("target"))
    try:
        with pytest.raises(InvalidInput):
            ImportService(other).apply(read_export(json.dumps(document).encode()))
        assert _entry_count(other) == 0
        with other.read() as session:
            for name in CARE_TABLES:
                count = session.scalar(select(func.count()).select_from(Base.metadata.tables[name]))
                assert count == 0
    finally:
        other.close()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cut=st.integers(min_value=0, max_value=20_000))
def test_a_truncated_export_with_medicines_is_refused_whole(opened: OpenStore, cut: int) -> None:
    if not MedicineService(opened.store).list(opened.ann):
        _fill_care(opened)
    data = json.dumps(export_record(opened.store, opened.ann)).encode()
    before = _care(opened.store, opened.ann)
    if cut >= len(data):
        return
    with pytest.raises(InvalidInput):
        ImportService(opened.store).apply(read_export(data[:cut]))
    assert _care(opened.store, opened.ann) == before


_ANY_JSON = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=30),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    table=st.sampled_from(CARE_TABLES),
    which=st.integers(min_value=0, max_value=3),
    field=st.integers(min_value=0, max_value=20),
    value=_ANY_JSON,
)
def test_any_value_in_any_care_field_imports_all_or_nothing(
    opened: OpenStore,
    tmp_path_factory: pytest.TempPathFactory,
    empty_template: tuple[Path, MemoryKeyring],
    table: str,
    which: int,
    field: int,
    value: object,
) -> None:
    if not MedicineService(opened.store).list(opened.ann):
        _fill(opened)
        _fill_care(opened)
    document = export_record(opened.store, opened.ann)
    row = document[table][which % len(document[table])]
    row[sorted(row)[field % len(row)]] = value
    other = _copy_of(empty_template, tmp_path_factory.mktemp("target"))
    try:
        with contextlib.suppress(InvalidInput):  # refused whole is fine; half is not
            ImportService(other).apply(read_export(json.dumps(document).encode()))
        with other.read() as session:
            counts = [
                session.scalar(select(func.count()).select_from(Base.metadata.tables[name]))
                for name in CARE_TABLES
            ]
        expected = [len(document[name]) for name in CARE_TABLES]
        assert counts in ([0] * len(CARE_TABLES), expected)  # all, or nothing at all
    finally:
        other.close()
