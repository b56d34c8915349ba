"""Opening the encrypted SQLite file (SQLCipher) as a SQLAlchemy engine.

Every connection is keyed before SQLAlchemy sees it, so no statement ever runs
on an unkeyed file. Temp tables and sorts stay in memory, so nothing of the
diary reaches a temp file in plaintext. Writes start with ``BEGIN IMMEDIATE`` so
two writers queue instead of failing half-way.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from caregiver_app.domain.errors import StoreDamaged, WrongKey
from caregiver_app.storage.keys import DataKey

log = logging.getLogger(__name__)

WRITE_OPTION = "kindred_write"
# Reads of one statement each need no transaction of their own: SQLite runs every
# statement on a consistent snapshot, and BEGIN/COMMIT would cost more than a page.
AUTOCOMMIT_OPTION = "kindred_autocommit"
BUSY_TIMEOUT_MS = 10_000
_NOT_A_DATABASE = "file is not a database"


def connect_raw(
    path: Path,
    key: DataKey,
    *,
    create: bool = False,
    read_only: bool = False,
    durable: bool = True,
) -> Any:
    """A keyed DBAPI connection, checked to really open the file."""
    mode = "ro" if read_only else ("rwc" if create else "rw")
    uri = f"file:{quote(str(path))}?mode={mode}"
    try:
        conn = sqlcipher.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    except sqlcipher.OperationalError as exc:
        raise StoreDamaged("Kindred could not open the diary file.") from exc
    try:
        conn.execute(f'PRAGMA key = "{key.sqlcipher_literal()}"')
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        # Kindred's triggers keep search in step; they must not re-fire themselves.
        conn.execute("PRAGMA recursive_triggers = OFF")
        if not read_only:
            conn.execute("PRAGMA journal_mode = WAL")
            # FULL: a save that was acknowledged survives a crash or power cut.
            # (A throwaway demo diary skips the flush: nothing in it needs keeping.)
            conn.execute(f"PRAGMA synchronous = {'FULL' if durable else 'OFF'}")
        else:
            conn.execute("PRAGMA query_only = ON")
    except sqlcipher.DatabaseError as exc:
        conn.close()
        if _NOT_A_DATABASE in str(exc):
            raise WrongKey("This key doesn't open the diary. Nothing was changed.") from exc
        raise StoreDamaged("Kindred could not read the diary file.") from exc
    return conn


def make_engine(
    path: Path,
    key: DataKey,
    *,
    create: bool = False,
    read_only: bool = False,
    durable: bool = True,
) -> Engine:
    # The first connection is made here, so a wrong key fails now, not on first use.
    first = connect_raw(path, key, create=create, read_only=read_only, durable=durable)
    handed_out = [first]

    def creator() -> Any:
        if handed_out:
            return handed_out.pop()
        return connect_raw(path, key, read_only=read_only, durable=durable)

    engine = create_engine(
        "sqlite://",
        creator=creator,
        module=sqlcipher,
        poolclass=QueuePool,
        pool_size=3,
        max_overflow=5,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        options = conn.get_execution_options()
        if options.get(AUTOCOMMIT_OPTION, False):
            return
        write = options.get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write and not read_only else "BEGIN")

    return engine
