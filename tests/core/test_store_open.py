"""Opening the encrypted store: keys, keyring trouble, and files that must stay untouched."""

from __future__ import annotations

import hashlib
import shutil
import time
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from sqlalchemy import text

from caregiver_app.domain.circle import CaregiverDraft, PersonProfile
from caregiver_app.domain.entries import EntryDraft
from caregiver_app.domain.errors import (
    KeyUnavailable,
    PassphraseRequired,
    StoreBusy,
    StoreDamaged,
    StoreNotFound,
    StoreTooNew,
    WrongKey,
)
from caregiver_app.paths import StorePaths
from caregiver_app.services.circle_service import CircleService
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.storage import migrate
from caregiver_app.storage.secrets import SERVICE, KeyringVault
from caregiver_app.storage.store import Store, create_store, open_store
from tests.conftest import PASSPHRASE, TEST_COST, OpenStore, StoreTemplate
from tests.support.keyrings import HangingKeyring, MemoryKeyring


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: _digest(p) for p in sorted(folder.iterdir()) if p.is_file()}


def test_a_new_diary_reopens_with_its_circle_and_entries(tmp_path: Path) -> None:
    keyring = MemoryKeyring()
    paths = StorePaths(tmp_path / "diary")
    created = create_store(paths, vault=KeyringVault(keyring), cost=TEST_COST)
    circle = CircleService(created.store).create(
        PersonProfile(name="Joan"), CaregiverDraft(name="Sam")
    )
    DiaryService(created.store).add(circle.caregivers[0].id, EntryDraft(text="A calm morning"))
    created.store.close()

    reopened = open_store(paths, vault=KeyringVault(keyring))
    try:
        page = DiaryService(reopened).page(circle.caregivers[0].id)
        assert [e.text for e in page.entries] == ["A calm morning"]
        assert CircleService(reopened).get().person.name == "Joan"
    finally:
        reopened.close()


def test_creating_never_replaces_an_existing_diary(store_copy: StoreTemplate) -> None:
    paths = StorePaths(store_copy.folder)
    before = _fingerprint(paths.folder)
    with pytest.raises(StoreDamaged, match="never replaces"):
        create_store(paths, vault=KeyringVault(MemoryKeyring()), passphrase=PASSPHRASE)
    assert _fingerprint(paths.folder) == before


def test_no_safe_keyring_and_no_passphrase_asks_for_a_passphrase(tmp_path: Path) -> None:
    paths = StorePaths(tmp_path / "diary")
    with pytest.raises(PassphraseRequired, match="choose a passphrase"):
        create_store(paths, vault=KeyringVault(FailKeyring()), cost=TEST_COST)
    assert not paths.database.exists()


def test_with_a_broken_keyring_the_passphrase_protects_the_diary(tmp_path: Path) -> None:
    paths = StorePaths(tmp_path / "diary")
    created = create_store(
        paths, vault=KeyringVault(FailKeyring()), passphrase=PASSPHRASE, cost=TEST_COST
    )
    assert created.uses_keyring is False
    created.store.close()
    with pytest.raises(KeyUnavailable, match="passphrase"):
        open_store(paths, vault=KeyringVault(FailKeyring()))
    open_store(paths, vault=KeyringVault(FailKeyring()), passphrase=PASSPHRASE).close()


def test_keyring_entry_deleted_passphrase_and_recovery_code_both_open(
    opened: OpenStore,
) -> None:
    opened.store.close()
    opened.keyring.items.clear()
    with pytest.raises(KeyUnavailable):
        open_store(opened.paths, vault=opened.vault)

    open_store(opened.paths, vault=opened.vault, passphrase=PASSPHRASE).close()
    # Opening with the passphrase put the key back into the keyring.
    assert any(service == SERVICE for service, _ in opened.keyring.items)

    opened.keyring.items.clear()
    typed_sloppily = opened.recovery_code.lower().replace("-", " ")
    open_store(opened.paths, vault=opened.vault, recovery_code=typed_sloppily).close()
    open_store(opened.paths, vault=opened.vault).close()  # and the keyring works again


def test_a_keyring_that_hangs_falls_back_to_the_passphrase(opened: OpenStore) -> None:
    opened.store.close()
    hanging = HangingKeyring()
    started = time.monotonic()
    try:
        with pytest.raises(KeyUnavailable):
            open_store(opened.paths, vault=KeyringVault(hanging, timeout_s=0.3))
    finally:
        hanging.release.set()
    assert time.monotonic() - started < 5
    open_store(opened.paths, vault=KeyringVault(FailKeyring()), passphrase=PASSPHRASE).close()


def test_wrong_passphrase_or_code_says_so_and_leaves_the_file_untouched(
    opened: OpenStore,
) -> None:
    opened.store.close()
    before = _fingerprint(opened.paths.folder)
    with pytest.raises(WrongKey, match="passphrase doesn't open"):
        open_store(opened.paths, vault=opened.vault, passphrase="not the passphrase")
    with pytest.raises(WrongKey, match="recovery code doesn't open"):
        open_store(opened.paths, vault=opened.vault, recovery_code="0" * 24)
    assert _fingerprint(opened.paths.folder) == before


def test_a_wrong_key_in_the_keyring_asks_instead_of_recreating(opened: OpenStore) -> None:
    opened.store.close()
    for item in opened.keyring.items:
        opened.keyring.items[item] = "ab" * 32
    before = _fingerprint(opened.paths.folder)
    with pytest.raises(KeyUnavailable):
        open_store(opened.paths, vault=opened.vault)
    assert _fingerprint(opened.paths.folder) == before


def test_a_damaged_file_is_refused_and_never_replaced(opened: OpenStore) -> None:
    opened.store.close()
    data = bytearray(opened.paths.database.read_bytes())
    data[:4096] = b"\x00" * 4096  # the first page: salt and header gone
    opened.paths.database.write_bytes(bytes(data))
    before = _fingerprint(opened.paths.folder)
    with pytest.raises((WrongKey, StoreDamaged)):
        open_store(opened.paths, vault=opened.vault)
    assert _fingerprint(opened.paths.folder) == before


def test_missing_store_and_missing_key_file_get_clear_messages(opened: OpenStore) -> None:
    opened.store.close()
    with pytest.raises(StoreNotFound):
        open_store(StorePaths(opened.paths.folder / "nowhere"), vault=opened.vault)
    opened.paths.keys.rename(opened.paths.folder / "elsewhere.json")
    with pytest.raises(StoreDamaged, match="key file"):
        open_store(opened.paths, vault=opened.vault)


def test_a_second_window_on_the_same_diary_is_refused(opened: OpenStore) -> None:
    with pytest.raises(StoreBusy, match="already open"):
        open_store(opened.paths, vault=opened.vault)
    # Reading from a script while the app is open is fine.
    open_store(opened.paths, vault=opened.vault, take_lock=False, read_only=True).close()


def test_a_diary_from_a_newer_kindred_is_refused_untouched(opened: OpenStore) -> None:
    with opened.store.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    opened.store.close()
    before = _fingerprint(opened.paths.folder)
    with pytest.raises(StoreTooNew, match="newer version"):
        open_store(opened.paths, vault=opened.vault)
    assert _fingerprint(opened.paths.folder) == before


def test_an_upgrade_takes_a_verified_backup_first(
    opened: OpenStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened.store.close()
    steps: list[str] = []
    real_backup = Store.backup

    def backup(self: Store, reason: str, folder: Path | None = None) -> Path:
        steps.append(f"backup:{reason}")
        return real_backup(self, reason, folder)

    monkeypatch.setattr("caregiver_app.storage.store.Store.backup", backup)
    monkeypatch.setattr(migrate, "head_revision", lambda: "0002_pretend")
    monkeypatch.setattr(migrate, "HEAD_REVISION", "0002_pretend")
    monkeypatch.setattr(migrate, "upgrade_to_head", lambda conn: steps.append("upgrade"))
    open_store(opened.paths, vault=opened.vault).close()

    assert steps == ["backup:before-upgrade", "upgrade"]
    backups = list(opened.paths.backups.iterdir())
    assert len(backups) == 1 and "before-upgrade" in backups[0].name
    # The backup opens with the same key and holds the same circle.
    copy = StorePaths(opened.paths.folder.parent / "restored")
    copy.folder.mkdir()
    shutil.copy(backups[0], copy.database)
    shutil.copy(opened.paths.keys, copy.keys)
    monkeypatch.undo()
    restored = open_store(copy, vault=opened.vault, take_lock=False)
    try:
        assert CircleService(restored).get().person.name == "Margaret Okafor"
    finally:
        restored.close()
