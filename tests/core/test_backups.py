"""Backups: verified copies, Anki-like retention, and restores that never delete anything."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from caregiver_app.domain.entries import EntryDraft
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.storage.backup import BACKUP_SUFFIX, BackupFailed
from caregiver_app.storage.backup_catalog import (
    SET_ASIDE_SUFFIX,
    BackupInfo,
    RetentionPolicy,
    checked,
    list_backups,
    newest_good,
    prune,
    restore,
    to_remove,
)
from caregiver_app.storage.store import open_store, unlock_key
from tests.conftest import OpenStore


def _texts(opened: OpenStore) -> list[str]:
    return sorted(e.text for e in DiaryService(opened.store).page(opened.ann).entries)


def test_a_backup_is_listed_with_its_reason_and_entry_count(opened: OpenStore) -> None:
    DiaryService(opened.store).add(opened.ann, EntryDraft(text="Walk in the park"))
    opened.store.backup("by-hand")
    [info] = list_backups(opened.paths.backups)
    assert info.reason_label == "made by hand"
    _, key = unlock_key(opened.paths, vault=opened.vault)
    assert checked(info, key).entries == 1 and checked(info, key).good


def test_restoring_brings_back_the_copy_and_keeps_todays_diary_too(opened: OpenStore) -> None:
    diary = DiaryService(opened.store)
    diary.add(opened.ann, EntryDraft(text="Before the backup"))
    copy = opened.store.backup("by-hand")
    diary.add(opened.ann, EntryDraft(text="After the backup"))
    opened.store.close()

    _, key = unlock_key(opened.paths, vault=opened.vault)
    kept = restore(opened.paths, key, copy)
    opened.store = open_store(opened.paths, vault=opened.vault)
    assert _texts(opened) == ["Before the backup"]

    # Nothing was lost: the diary as it was is a backup of its own, and restores too.
    assert "before-restore" in kept.name and kept.exists() and copy.exists()
    opened.store.close()
    restore(opened.paths, key, kept)
    opened.store = open_store(opened.paths, vault=opened.vault)
    assert _texts(opened) == ["After the backup", "Before the backup"]


def test_a_damaged_diary_is_set_aside_whole_and_the_newest_good_copy_offered(
    opened: OpenStore,
) -> None:
    DiaryService(opened.store).add(opened.ann, EntryDraft(text="Saved safely"))
    opened.store.backup("automatic")
    bad = opened.paths.backups / ("20991231T000000000000Z-automatic" + BACKUP_SUFFIX)
    bad.write_bytes(b"not a database at all" * 100)  # newest, but damaged
    opened.store.close()
    damaged = bytearray(opened.paths.database.read_bytes())
    damaged[5000:9000] = b"\xff" * 4000
    opened.paths.database.write_bytes(bytes(damaged))

    _, key = unlock_key(opened.paths, vault=opened.vault)
    best = newest_good(opened.paths.backups, key)
    assert best is not None and best.path != bad and best.entries == 1
    kept = restore(opened.paths, key, best.path)
    assert kept.name.endswith(SET_ASIDE_SUFFIX) and kept.read_bytes() == bytes(damaged)
    opened.store = open_store(opened.paths, vault=opened.vault)
    assert _texts(opened) == ["Saved safely"]


def test_a_damaged_copy_is_refused_before_anything_changes(opened: OpenStore) -> None:
    opened.store.close()
    before = opened.paths.database.read_bytes()
    bad = opened.paths.folder / "broken.kindred-backup"
    bad.write_bytes(b"\x00" * 8192)
    _, key = unlock_key(opened.paths, vault=opened.vault)
    with pytest.raises(BackupFailed):
        restore(opened.paths, key, bad)
    assert opened.paths.database.read_bytes() == before
    assert not opened.paths.backups.exists() or list_backups(opened.paths.backups) == []


def _infos(now: datetime, ages: list[timedelta]) -> list[BackupInfo]:
    return [
        BackupInfo(Path(f"/b/{i:04d}"), now - age, "automatic", 1) for i, age in enumerate(ages)
    ]


def test_retention_keeps_recent_daily_weekly_and_monthly_copies() -> None:
    now = datetime(2026, 11, 26, 12, tzinfo=UTC)
    # A copy every 6 hours for two years.
    infos = _infos(now, [timedelta(hours=6 * i) for i in range(4 * 730)])
    removed = set(to_remove(infos, now, RetentionPolicy()))
    kept = sorted((i for i in infos if i.path not in removed), key=lambda i: i.made_at)
    assert all(i.path not in removed for i in infos[:10])  # the 10 most recent
    days = {i.made_at.date() for i in kept if i.made_at > now - timedelta(days=7)}
    assert len(days) >= 7  # one a day for a week
    assert any(now - timedelta(days=60) < i.made_at < now - timedelta(days=31) for i in kept)
    assert any(now - timedelta(days=366) < i.made_at < now - timedelta(days=300) for i in kept)
    assert len(kept) < 40 and kept[-1].made_at == infos[0].made_at


def test_pruning_removes_only_what_the_policy_lets_go(tmp_path: Path) -> None:
    now = datetime(2026, 11, 26, 12, tzinfo=UTC)
    for hours in range(0, 24 * 40, 5):
        made = now - timedelta(hours=hours)
        (tmp_path / f"{made:%Y%m%dT%H%M%S%fZ}-automatic{BACKUP_SUFFIX}").write_bytes(b"x")
    (tmp_path / "notes.txt").write_text("not a backup")
    before = len(list_backups(tmp_path))
    removed = prune(tmp_path, now=now)
    assert 0 < removed < before
    assert (tmp_path / "notes.txt").exists()
    assert len(list_backups(tmp_path)) == before - removed
