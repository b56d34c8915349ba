"""The family's backup copies: what there is, what to keep, and restoring one.

Copies are kept like Anki keeps them: the most recent few, then one a day for a
week, one a week for a month, one a month for a year. Restoring never deletes
anything: the diary as it is now is backed up first (or, if it can't be opened,
moved aside whole), and only then is the chosen copy put in its place.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from caregiver_app.domain.errors import KindredError
from caregiver_app.paths import StorePaths
from caregiver_app.storage.backup import (
    BACKUP_SUFFIX,
    BackupFailed,
    check_copy,
    fsync_dir,
    fsync_file,
)
from caregiver_app.storage.keys import DataKey

log = logging.getLogger(__name__)

_STAMP = "%Y%m%dT%H%M%S%fZ"
# Kept beside the backups, never deleted: a diary that could not be opened when a
# backup was restored over it.
SET_ASIDE_SUFFIX = ".kindred-set-aside"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    reason: str
    size_bytes: int
    entries: int | None = None  # None until checked, or when the copy is damaged
    good: bool | None = None  # None until checked

    @property
    def reason_label(self) -> str:
        return _REASONS.get(self.reason, self.reason.replace("-", " "))


_REASONS = {
    "automatic": "automatic",
    "on-close": "when Kindred was closed",
    "before-upgrade": "before an update",
    "before-restore": "before restoring a backup",
    "before-import": "before an import",
    "before-move": "before moving to the shared server",
    "before-key-change": "before the passphrase was changed",
    "by-hand": "made by hand",
}


@dataclass(frozen=True)
class RetentionPolicy:
    recent: int = 10
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def parse_name(path: Path) -> tuple[datetime, str] | None:
    """When a backup was made and why, from its file name; None for other files."""
    name = path.name
    if not name.endswith(BACKUP_SUFFIX):
        return None
    stamp, _, reason = name[: -len(BACKUP_SUFFIX)].partition("-")
    try:
        made = datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None
    return made, reason or "automatic"


def list_backups(folder: Path | Sequence[Path]) -> list[BackupInfo]:
    """The backups in ``folder`` (or in several folders), newest first (not opened: quick)."""
    folders = [folder] if isinstance(folder, Path) else list(folder)
    found = []
    for place in folders:
        try:
            names = list(place.iterdir()) if place.is_dir() else []
        except OSError:  # an external drive that is not plugged in, say
            log.info("a backup folder could not be read")
            continue
        for path in names:
            parsed = parse_name(path)
            if parsed is not None and path.is_file():
                found.append(BackupInfo(path, parsed[0], parsed[1], path.stat().st_size))
    return sorted(found, key=lambda info: info.made_at, reverse=True)


def checked(info: BackupInfo, key: DataKey) -> BackupInfo:
    """The same backup, opened and checked, with its number of entries."""
    try:
        counts = check_copy(info.path, key)
    except BackupFailed:
        return BackupInfo(info.path, info.made_at, info.reason, info.size_bytes, None, False)
    entries = counts.get("entries", 0)
    return BackupInfo(info.path, info.made_at, info.reason, info.size_bytes, entries, True)


def newest_good(folder: Path | Sequence[Path], key: DataKey) -> BackupInfo | None:
    """The most recent backup that opens and checks out whole."""
    for info in list_backups(folder):
        result = checked(info, key)
        if result.good:
            return result
    return None


def to_remove(backups: Iterable[BackupInfo], now: datetime, policy: RetentionPolicy) -> list[Path]:
    """Which copies the retention policy lets go (never the newest of any period)."""
    ordered = sorted(backups, key=lambda info: info.made_at, reverse=True)
    keep: set[Path] = {info.path for info in ordered[: policy.recent]}
    for span, count, period in (
        (timedelta(days=1), policy.daily, "day"),
        (timedelta(weeks=1), policy.weekly, "week"),
        (timedelta(days=31), policy.monthly, "month"),
    ):
        horizon = now - span * count
        seen: set[tuple[int, ...]] = set()
        for info in ordered:
            if info.made_at < horizon:
                break
            bucket = _bucket(info.made_at, period)
            if bucket not in seen:
                seen.add(bucket)
                keep.add(info.path)
    return [info.path for info in ordered if info.path not in keep]


def _bucket(moment: datetime, period: str) -> tuple[int, ...]:
    if period == "day":
        return (moment.year, moment.month, moment.day)
    if period == "week":
        iso = moment.isocalendar()
        return (iso.year, iso.week)
    return (moment.year, moment.month)


def prune(folder: Path, now: datetime | None = None, policy: RetentionPolicy | None = None) -> int:
    """Remove the copies the policy lets go; returns how many were removed."""
    removed = 0
    for path in to_remove(
        list_backups(folder), now or datetime.now(UTC), policy or RetentionPolicy()
    ):
        try:
            path.unlink()
            removed += 1
        except OSError:
            log.warning("an old backup could not be removed")
    return removed


def restore(paths: StorePaths, key: DataKey, backup: Path, folder: Path | None = None) -> Path:
    """Put ``backup`` in place of the (closed) store; returns where the old one went.

    The store must be closed. The current diary is first backed up whole (or moved
    aside unchanged if it can't be opened), so a restore can itself be undone.
    """
    folder = folder or paths.backups
    check_copy(backup, key)  # refuse a damaged copy before touching anything
    kept = _keep_current(paths, key, folder)
    incoming = paths.database.with_name(paths.database.name + ".restoring")
    shutil.copyfile(backup, incoming)
    fsync_file(incoming)
    try:
        check_copy(incoming, key)
    except BackupFailed:
        incoming.unlink(missing_ok=True)
        raise
    for leftover in _journal_files(paths.database):
        leftover.unlink(missing_ok=True)  # belonged to the old file, kept in ``kept``
    os.replace(incoming, paths.database)
    fsync_dir(paths.folder)
    log.info("backup restored")
    return kept


def _journal_files(database: Path) -> list[Path]:
    return [database.with_name(database.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _keep_current(paths: StorePaths, key: DataKey, folder: Path) -> Path:
    """Back up the current diary before it is replaced; set it aside if it won't open."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime(_STAMP)
    if not paths.database.exists():
        raise KindredError("There is no diary here to restore into.")
    try:
        check_copy(paths.database, key)
        target = folder / f"{stamp}-before-restore{BACKUP_SUFFIX}"
    except BackupFailed:
        target = folder / f"{stamp}-damaged{SET_ASIDE_SUFFIX}"
    # A plain file copy of a closed, checkpointed store is a whole copy; its
    # journal files (if a crash left any) travel with it.
    shutil.copyfile(paths.database, target)
    fsync_file(target)
    for journal in _journal_files(paths.database):
        if journal.exists():
            suffix = journal.name[len(paths.database.name) :]
            shutil.copyfile(journal, target.with_name(target.name + suffix))
    fsync_dir(folder)
    return target
