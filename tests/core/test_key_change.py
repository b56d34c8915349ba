"""Changing the passphrase, adding one, a new recovery code: backed up first, never half done."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from caregiver_app.domain.entries import EntryDraft
from caregiver_app.domain.errors import InvalidInput, WrongKey
from caregiver_app.paths import StorePaths
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.storage.backup_catalog import checked, list_backups
from caregiver_app.storage.keys import KeyFile
from caregiver_app.storage.secrets import KeyringVault
from caregiver_app.storage.store import create_store, open_store, unlock_key
from tests.conftest import PASSPHRASE, TEST_COST, OpenStore
from tests.support.keyrings import MemoryKeyring

NEW = "a new sentence for the new year"


def _opens(opened: OpenStore, **secret: str) -> bool:
    try:
        unlock_key(opened.paths, vault=opened.vault, **secret)
    except (WrongKey, InvalidInput):
        return False
    return True


def test_after_a_change_the_old_passphrase_stops_and_the_new_one_opens(
    opened: OpenStore,
) -> None:
    DiaryService(opened.store).add(opened.ann, EntryDraft(text="Before the change"))
    change = opened.store.change_passphrase(PASSPHRASE, NEW, TEST_COST)

    assert not _opens(opened, passphrase=PASSPHRASE)
    assert _opens(opened, passphrase=NEW)
    assert _opens(opened, recovery_code=opened.recovery_code)  # the code still works
    # The verified backup was made first, and opens with the (unchanged) data key.
    [info] = list_backups(opened.paths.backups)
    assert info.path == change.backup and info.reason == "before-key-change"
    _, key = unlock_key(opened.paths, vault=opened.vault, passphrase=NEW)
    assert checked(info, key).entries == 1
    opened.store.close()
    reopened = open_store(opened.paths, vault=KeyringVault(MemoryKeyring()), passphrase=NEW)
    assert [e.text for e in DiaryService(reopened).page(opened.ann).entries] == [
        "Before the change"
    ]
    reopened.close()


def test_the_recovery_code_can_stand_in_for_a_forgotten_passphrase(opened: OpenStore) -> None:
    opened.store.change_passphrase(opened.recovery_code.lower(), NEW, TEST_COST)
    assert _opens(opened, passphrase=NEW)


def test_a_wrong_current_passphrase_or_a_weak_new_one_changes_nothing(
    opened: OpenStore,
) -> None:
    before = opened.paths.keys.read_bytes()
    with pytest.raises(WrongKey, match="Nothing was changed"):
        opened.store.change_passphrase("not the passphrase", NEW, TEST_COST)
    with pytest.raises(WrongKey):
        opened.store.change_passphrase("", NEW, TEST_COST)
    with pytest.raises(InvalidInput, match="at least 8"):
        opened.store.change_passphrase(PASSPHRASE, "short", TEST_COST)
    assert opened.paths.keys.read_bytes() == before
    assert list_backups(opened.paths.backups) == []  # refused before anything was made


def test_a_failure_while_writing_the_key_file_leaves_the_old_passphrase_working(
    opened: OpenStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = opened.paths.keys.read_bytes()

    def power_cut(_src: object, _dst: object) -> None:
        raise OSError("the disk went away")

    monkeypatch.setattr(os, "replace", power_cut)
    with pytest.raises(OSError):
        opened.store.change_passphrase(PASSPHRASE, NEW, TEST_COST)
    monkeypatch.undo()

    assert opened.paths.keys.read_bytes() == before
    assert not list(opened.paths.folder.glob("*.tmp"))  # nothing half-written left
    assert _opens(opened, passphrase=PASSPHRASE) and not _opens(opened, passphrase=NEW)


def test_a_failed_backup_stops_the_change_before_the_key_file_is_touched(
    opened: OpenStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = opened.paths.keys.read_bytes()

    def no_backup(_reason: str, _folder: Path | None = None) -> Path:
        raise OSError("disk full")

    monkeypatch.setattr(opened.store, "backup", no_backup)
    with pytest.raises(OSError):
        opened.store.change_passphrase(PASSPHRASE, NEW, TEST_COST)
    assert opened.paths.keys.read_bytes() == before


def test_a_new_recovery_code_replaces_the_old_one(opened: OpenStore) -> None:
    change = opened.store.replace_recovery_code(PASSPHRASE, TEST_COST)
    assert change.recovery_code and change.recovery_code != opened.recovery_code
    assert _opens(opened, recovery_code=change.recovery_code)
    assert not _opens(opened, recovery_code=opened.recovery_code)
    assert _opens(opened, passphrase=PASSPHRASE)
    assert change.backup.exists()


def test_a_passphrase_can_be_added_to_a_diary_kept_with_the_keyring_only(tmp_path: Path) -> None:
    paths = StorePaths(tmp_path / "store")
    vault = KeyringVault(MemoryKeyring())
    created = create_store(paths, vault=vault, cost=TEST_COST)
    assert not KeyFile.load(paths.keys).has_passphrase

    created.store.change_passphrase(None, NEW, TEST_COST)
    created.store.close()

    assert KeyFile.load(paths.keys).has_passphrase
    open_store(paths, vault=vault).close()  # the keyring still opens it
    open_store(paths, vault=KeyringVault(MemoryKeyring()), passphrase=NEW).close()
    open_store(
        paths, vault=KeyringVault(MemoryKeyring()), recovery_code=created.recovery_code
    ).close()
