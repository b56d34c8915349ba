"""Deleting everything, for a family that stops using Kindred.

Removes the diary, its journal files, the key file, drafts, settings and logs,
the key saved in the computer's keyring, and — only when asked separately — the
backups. It is the one place in Kindred that deletes a diary, and the app asks
twice before calling it.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from caregiver_app.paths import StorePaths
from caregiver_app.storage.backup import BACKUP_SUFFIX
from caregiver_app.storage.backup_catalog import SET_ASIDE_SUFFIX
from caregiver_app.storage.backup_place import backup_folders
from caregiver_app.storage.keys import KeyFile
from caregiver_app.storage.secrets import KeyringVault

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ErasedReport:
    files: int
    backups: int
    keyring_entry: bool


def erase_everything(
    paths: StorePaths,
    vault: KeyringVault,
    *,
    backups: bool,
    folders: Sequence[Path] | None = None,
) -> ErasedReport:
    """Delete the (closed) diary and everything Kindred keeps beside it.

    ``folders``: where the backups are (by default every folder the saved settings
    name, read before the settings file itself goes).
    """
    folders = list(folders) if folders is not None else backup_folders(paths)
    try:
        store_id: str | None = KeyFile.load(paths.keys).store_id
    except Exception:  # a missing or damaged key file must not stop the erasing
        store_id = None
    removed = 0
    database = paths.database
    candidates = [
        database,
        *(database.with_name(database.name + s) for s in ("-wal", "-shm", "-journal")),
        paths.keys,
        paths.drafts,
        paths.drafts.with_name(paths.drafts.name + ".unreadable"),
        paths.settings,
        paths.lock,
    ]
    for path in candidates:
        if path.exists():
            path.unlink()
            removed += 1
    if paths.logs.exists():
        shutil.rmtree(paths.logs, ignore_errors=True)
    removed_backups = sum(_erase_backups(f, f == paths.backups) for f in folders) if backups else 0
    forgot = vault.forget(store_id) if store_id else False
    log.info("diary erased")
    return ErasedReport(files=removed, backups=removed_backups, keyring_entry=forgot)


def _erase_backups(folder: Path, own_folder: bool) -> int:
    if not folder.exists():
        return 0
    count = 0
    for path in folder.iterdir():
        if BACKUP_SUFFIX in path.name or SET_ASIDE_SUFFIX in path.name:
            path.unlink()
            count += 1
    if own_folder:  # a folder the family chose is theirs: it stays
        with contextlib.suppress(OSError):  # only when nothing else of theirs is in there
            folder.rmdir()
    return count
