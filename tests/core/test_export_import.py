"""Export and import: a whole care record out and back in, checked first, all or nothing."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from caregiver_app.domain.entries import (
    CardOutcome,
    CardUse,
    EntryDraft,
    EntryFilter,
    EntryKind,
    Visibility,
)
from caregiver_app.domain.errors import InvalidInput, WrongKey
from caregiver_app.paths import StorePaths
from caregiver_app.services.circle_service import CircleService
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.services.export_service import export_csv, export_record
from caregiver_app.services.import_service import ImportService, read_export
from caregiver_app.storage.keys import KdfCost
from caregiver_app.storage.sealed import seal
from caregiver_app.storage.secrets import KeyringVault
from caregiver_app.storage.store import Store, create_store
from caregiver_app.storage.tables import EntryRow
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
