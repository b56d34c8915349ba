"""Saves the shared server undid (WriteContention) are tried again: import and copies too.

The server's own undo is simulated here by undoing the first transaction on the
SQLite store and raising WriteContention, as ``ServerStore.write`` does for
SQLSTATE 40001 and 40P01 (tests/postgres has the real thing for entries and visits).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from caregiver_app.domain.entries import EntryDraft
from caregiver_app.domain.errors import WriteContention
from caregiver_app.paths import StorePaths
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.services.export_service import export_record
from caregiver_app.services.import_service import ImportService, read_export
from caregiver_app.services.transfer import copy_store
from caregiver_app.storage.secrets import KeyringVault
from caregiver_app.storage.store import Store, create_store
from tests.conftest import TEST_COST, OpenStore
from tests.support.keyrings import MemoryKeyring


def undo_the_first_save(store: Store, monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """The first write is rolled back and reported as WriteContention; later ones go through."""
    real = store.write
    undone: list[bool] = []

    @contextmanager
    def write() -> Iterator[Session]:
        with real() as session:
            yield session
            if not undone:
                undone.append(True)
                raise WriteContention("undone by the server")

    monkeypatch.setattr(store, "write", write)
    return undone


def empty_store(tmp_path: Path) -> Store:
    return create_store(
        StorePaths(tmp_path / "other"), vault=KeyringVault(MemoryKeyring()), cost=TEST_COST
    ).store


def entry_count(store: Store, viewer: str) -> int:
    return DiaryService(store).count(viewer)


def test_an_import_the_server_undid_is_tried_again(
    opened: OpenStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    DiaryService(opened.store).add(opened.ann, EntryDraft(text="Calm morning"))
    data = json.dumps(export_record(opened.store, opened.ann)).encode()
    other = empty_store(tmp_path)
    try:
        undone = undo_the_first_save(other, monkeypatch)
        ImportService(other).apply(read_export(data))
        assert undone == [True]
        assert entry_count(other, opened.ann) == 1
    finally:
        other.close()


def test_a_copy_the_server_undid_is_tried_again(
    opened: OpenStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    DiaryService(opened.store).add(opened.ann, EntryDraft(text="Calm morning"))
    other = empty_store(tmp_path)
    try:
        undone = undo_the_first_save(other, monkeypatch)
        report = copy_store(opened.store, other)
        assert undone == [True]
        assert report.counts["entries"] == 1
        assert entry_count(other, opened.ann) == 1
    finally:
        other.close()
