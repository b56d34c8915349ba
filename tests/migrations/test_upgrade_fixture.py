"""Upgrades keep data: a diary saved by an older Kindred opens in this one.

The fixture (tests/fixtures/store-0002, made by tools/make_old_store.py) is a real
encrypted diary at migration 0002, from before medicines and appointments existed.
Opening it must first write a checked backup of it as it was, then bring it up to
date, with every entry, tag, edit history and deleted entry still there.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from caregiver_app.domain.entries import EntryFilter
from caregiver_app.domain.medicines import MedicineDraft
from caregiver_app.paths import StorePaths
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.services.medicine_service import MedicineService
from caregiver_app.storage import migrate
from caregiver_app.storage.backup import check_copy
from caregiver_app.storage.backup_catalog import list_backups
from caregiver_app.storage.engine import connect_raw
from caregiver_app.storage.keys import DataKey
from caregiver_app.storage.secrets import KeyringVault
from caregiver_app.storage.store import open_store, unlock_key
from tests.support.keyrings import MemoryKeyring

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "store-0002"


@pytest.fixture
def old_diary(tmp_path: Path) -> tuple[StorePaths, dict[str, Any]]:
    folder = tmp_path / "Kindred"
    shutil.copytree(FIXTURE, folder, ignore=shutil.ignore_patterns("expected.json"))
    expected = json.loads((FIXTURE / "expected.json").read_text(encoding="utf-8"))
    return StorePaths(folder), expected


def _key(paths: StorePaths, passphrase: str) -> DataKey:
    return unlock_key(paths, vault=KeyringVault(MemoryKeyring()), passphrase=passphrase)[1]


def _revision(path: Path, key: DataKey) -> str | None:
    conn = connect_raw(path, key, read_only=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    return None if row is None else str(row[0])


def test_the_fixture_really_is_an_old_diary(old_diary: tuple[StorePaths, dict[str, Any]]) -> None:
    paths, expected = old_diary
    assert expected["revision"] != migrate.head_revision()
    key = _key(paths, expected["passphrase"])
    assert _revision(paths.database, key) == expected["revision"]


def test_an_old_diary_is_backed_up_then_upgraded_with_every_entry_kept(
    old_diary: tuple[StorePaths, dict[str, Any]],
) -> None:
    paths, expected = old_diary
    writer = expected["writer_id"]

    store = open_store(
        paths, vault=KeyringVault(MemoryKeyring()), passphrase=expected["passphrase"]
    )
    try:
        diary = DiaryService(store)
        seen = diary.page(writer, EntryFilter(include_deleted=True), limit=50).entries
        by_id = {entry.id: entry for entry in seen}
        assert set(by_id) == {e["id"] for e in expected["entries"]}
        for old in expected["entries"]:
            entry = by_id[old["id"]]
            assert entry.text == old["text"]
            assert sorted(entry.draft.tags) == old["tags"]
            assert entry.version == old["version"]
            assert len(diary.history(old["id"], writer)) == old["version"]
        assert {e.id for e in seen if e.deleted_at is not None} == set(expected["deleted"])
        assert [e.text for e in diary.page(writer, EntryFilter(text="songs")).entries] == [
            "Upset at dusk, asked for her mother"
        ]
        # What the new migrations added works on the upgraded diary.
        MedicineService(store).add(writer, MedicineDraft(name="Donepezil", strength="5 mg"))
        assert [m.name for m in MedicineService(store).list(writer)] == ["Donepezil"]
    finally:
        store.close()

    key = _key(paths, expected["passphrase"])
    assert _revision(paths.database, key) == migrate.head_revision()
    backups = list_backups(paths.backups)
    assert [b.reason for b in backups] == ["before-upgrade"]
    # The backup is the diary as it was before the upgrade, whole and readable.
    counts = check_copy(backups[0].path, key)
    assert counts["entries"] == len(expected["entries"])
    assert _revision(backups[0].path, key) == expected["revision"]
