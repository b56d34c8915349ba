"""A diary that can't be opened: the newest good backup is offered, and nothing deleted."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from caregiver_app.domain.entries import EntryDraft
from caregiver_app.domain.errors import StoreDamaged
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.storage.backup_catalog import SET_ASIDE_SUFFIX
from caregiver_app.storage.store import open_store
from tests.conftest import OpenStore
from ui.dialogs.damaged_store import offer_restore


def _damage(opened: OpenStore) -> bytes:
    DiaryService(opened.store).add(opened.ann, EntryDraft(text="Kept in the backup"))
    opened.store.backup("automatic")
    opened.store.close()
    data = bytearray(opened.paths.database.read_bytes())
    data[:4096] = b"\x00" * 4096
    opened.paths.database.write_bytes(bytes(data))
    return bytes(data)


def test_the_family_is_offered_the_newest_good_backup(
    opened: OpenStore, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    damaged = _damage(opened)
    with pytest.raises(StoreDamaged) as caught:
        open_store(opened.paths, vault=opened.vault)
    asked: list[str] = []

    def answer(parent: object, title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    store = offer_restore(opened.paths, opened.vault, caught.value.message)
    assert store is not None
    opened.store = store
    assert "with 1 entry." in asked[0] and "nothing is deleted" in asked[0]
    assert [e.text for e in DiaryService(store).page(opened.ann).entries] == ["Kept in the backup"]
    set_aside = [p for p in opened.paths.backups.iterdir() if p.name.endswith(SET_ASIDE_SUFFIX)]
    assert len(set_aside) == 1 and set_aside[0].read_bytes() == damaged


def test_saying_no_changes_nothing(
    opened: OpenStore, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    damaged = _damage(opened)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    assert offer_restore(opened.paths, opened.vault, "It can't be read.") is None
    assert opened.paths.database.read_bytes() == damaged
