"""Verified encrypted copies of the store.

SQLite's backup API does not work on SQLCipher databases; ``sqlcipher_export``
into an attached database keyed with the same key does. A copy is written under a
temporary name, flushed, opened again and checked (integrity, cipher integrity,
row counts) and only then renamed into place. A copy that fails the check is
removed and the failure raised: a bad backup is worse than a missing one.
"""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from caregiver_app.domain.errors import KindredError
from caregiver_app.storage.engine import connect_raw
from caregiver_app.storage.keys import DataKey

log = logging.getLogger(__name__)

BACKUP_SUFFIX = ".kindred-backup"


class BackupFailed(KindredError):
    pass


def table_counts(conn: Any, schema: str = "main") -> dict[str, int]:
    names = [
        row[0]
        for row in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'entry_fts_%' ORDER BY name"
        )
    ]
    return {
        name: conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0]
        for name in names
    }


def make_backup(engine: Engine, key: DataKey, folder: Path, reason: str) -> Path:
    """Write a verified copy of the store into ``folder`` and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    final = folder / f"{stamp}-{reason}{BACKUP_SUFFIX}"
    partial = final.with_name(final.name + ".partial")
    raw = engine.raw_connection()
    try:
        dbapi = raw.driver_connection
        assert dbapi is not None
        dbapi.execute("ATTACH DATABASE ? AS backup KEY ?", (str(partial), key.sqlcipher_literal()))
        try:
            # One transaction: the copy and the counts it is checked against see the
            # same moment, even while another thread or program keeps writing.
            dbapi.execute("BEGIN")
            try:
                dbapi.execute("SELECT sqlcipher_export('backup')")
                expected = table_counts(dbapi, "main")
            finally:
                dbapi.execute("COMMIT")
        finally:
            dbapi.execute("DETACH DATABASE backup")
    finally:
        raw.close()
    try:
        fsync_file(partial)
        _verify(partial, key, expected)
    except Exception:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, final)
    fsync_dir(folder)
    log.info("backup written (%s)", reason)
    return final


def check_copy(path: Path, key: DataKey) -> dict[str, int]:
    """Open a copy with the key and check it whole; its row counts, or BackupFailed."""
    try:
        conn = connect_raw(path, key, read_only=True)
    except KindredError as exc:
        raise BackupFailed("This copy can't be opened: it may be damaged.") from exc
    try:
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        cipher_problems = list(conn.execute("PRAGMA cipher_integrity_check"))
        counts = table_counts(conn)
    except Exception as exc:  # any read failure means the copy is not whole
        raise BackupFailed("This copy can't be read: it may be damaged.") from exc
    finally:
        conn.close()
    if integrity != ["ok"] or cipher_problems:
        raise BackupFailed("This copy did not pass its check: it may be damaged.")
    return counts


def _verify(path: Path, key: DataKey, expected: dict[str, int]) -> None:
    if check_copy(path, key) != expected:
        raise BackupFailed("A backup copy did not check out, so it was not kept.")


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # directories can't be opened for fsync on Windows
        return
    fsync_file(folder)
