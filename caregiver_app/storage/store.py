"""Creating, unlocking and opening the encrypted local store.

The rules that protect a family's diary live here:
- a store is created only where none exists, and only by running the migrations;
- a wrong key, a damaged file or a store from a newer Kindred is refused with a
  clear message and the file is left exactly as it was;
- before any upgrade, a verified backup is taken;
- without a safe keyring, a passphrase is required: never plaintext.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from caregiver_app.domain.errors import (
    KeyUnavailable,
    KindredError,
    PassphraseRequired,
    StoreDamaged,
    StoreFull,
    StoreNotFound,
    StoreTooNew,
    WrongKey,
)
from caregiver_app.paths import StorePaths
from caregiver_app.services.changes import ChangeHub
from caregiver_app.storage import migrate
from caregiver_app.storage.backup import make_backup
from caregiver_app.storage.backup_catalog import BackupInfo, checked
from caregiver_app.storage.backup_place import backup_folder
from caregiver_app.storage.drafts import DraftBox
from caregiver_app.storage.engine import AUTOCOMMIT_OPTION, WRITE_OPTION, make_engine
from caregiver_app.storage.key_change import KeyChange, rewrap
from caregiver_app.storage.keys import DEFAULT_COST, DataKey, KdfCost, KeyFile, new_recovery_code
from caregiver_app.storage.lock import StoreLock
from caregiver_app.storage.secrets import KeyringVault

log = logging.getLogger(__name__)


class Store:
    """An open store: sessions for reading and writing, backups, and closing."""

    # True for a diary on a shared server, whose changes arrive by NOTIFY.
    shared = False

    def __init__(
        self,
        paths: StorePaths,
        engine: Engine,
        key: DataKey,
        store_id: str,
        lock: StoreLock | None,
    ) -> None:
        self.paths = paths
        self.store_id = store_id
        self.changes = ChangeHub()
        self._engine: Engine | None = engine
        self._write_engine: Engine | None = engine.execution_options(**{WRITE_OPTION: True})
        self._key: DataKey | None = key
        self._lock = lock
        # Where backups go: the folder chosen in Settings (the app keeps this up to date
        # when the choice changes), else backups/ beside the diary.
        self.backup_folder: Path = backup_folder(paths)

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise RuntimeError("the store is closed")
        return self._engine

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection for quick reads without the ORM (the hot paths).

        Each statement sees a consistent snapshot of its own; a use case that needs
        several statements to agree with each other uses :meth:`read` instead.
        """
        with self.engine.connect().execution_options(**{AUTOCOMMIT_OPTION: True}) as conn:
            yield conn

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction that takes the write lock first, so writers queue, not fail."""
        if self._write_engine is None:
            raise RuntimeError("the store is closed")
        try:
            with Session(self._write_engine, expire_on_commit=False) as session, session.begin():
                yield session
        except OperationalError as exc:
            # The transaction was rolled back: the store is as it was before.
            raise _plain_write_error(exc) from exc

    @property
    def drafts(self) -> DraftBox:
        """Unsaved editor text, encrypted with this diary's key."""
        if self._key is None:
            raise RuntimeError("the store is closed")
        return DraftBox(self.paths.drafts, self._key)

    def backup(self, reason: str, folder: Path | None = None) -> Path:
        if self._key is None:
            raise RuntimeError("the store is closed")
        return make_backup(self.engine, self._key, folder or self.backup_folder, reason)

    def change_passphrase(
        self, current: str | None, new_passphrase: str, cost: KdfCost = DEFAULT_COST
    ) -> KeyChange:
        """Protect the diary with ``new_passphrase`` (set one, or replace the old one).

        ``current`` is the passphrase now, or the recovery code (None or "" when the
        diary had no passphrase). A verified backup is made first; the key file is
        replaced in one step, so a failure leaves the old passphrase working.
        """
        return rewrap(
            self.paths,
            self._open_key(),
            self.backup,
            current=current,
            new_passphrase=new_passphrase,
            cost=cost,
        )

    def replace_recovery_code(self, current: str | None, cost: KdfCost = DEFAULT_COST) -> KeyChange:
        """Make a new recovery code (returned once, in the result); the old one stops working."""
        return rewrap(
            self.paths, self._open_key(), self.backup, current=current, new_code=True, cost=cost
        )

    def _open_key(self) -> DataKey:
        if self._key is None:
            raise RuntimeError("the store is closed")
        return self._key

    def backup_checker(self) -> Callable[[BackupInfo], BackupInfo]:
        """A function that opens a backup with this diary's key and checks it whole.

        It is how the app checks backups without ever holding the key itself. It keeps
        its own copy of the key, so locking the diary while checks run in the
        background can't wipe the key from under them.
        """
        if self._key is None:
            raise RuntimeError("the store is closed")
        own = DataKey(self._key.raw())
        return lambda info: checked(info, own)

    def close(self) -> None:
        """Dispose the engine, wipe the key from memory and release the window lock."""
        if self._engine is not None:
            self._engine.dispose()
        self._engine = self._write_engine = None
        if self._key is not None:
            self._key.wipe()
            self._key = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None


_DISK_FULL = ("database or disk is full", "disk i/o error")
_BUSY = ("database is locked", "database is busy")


def _plain_write_error(exc: OperationalError) -> Exception:
    text = str(exc.orig).lower()
    if any(words in text for words in _DISK_FULL):
        return StoreFull(
            "Kindred couldn't save because the computer's disk is full. Nothing was lost: "
            "your words are still on the screen. Please free some space and save again."
        )
    if any(words in text for words in _BUSY):
        return KindredError(
            "The diary is busy saving something else. Please wait a moment and save again."
        )
    return exc


@dataclass(frozen=True)
class CreatedStore:
    store: Store
    recovery_code: str
    uses_keyring: bool


def key_check(key: DataKey, store_id: str) -> str:
    """A short tag that tells a right key from a wrong one without opening the file."""
    return hmac.new(
        key.raw(), f"kindred-key-check:{store_id}".encode(), hashlib.sha256
    ).hexdigest()[:32]


def create_store(
    paths: StorePaths,
    *,
    vault: KeyringVault,
    passphrase: str | None = None,
    cost: KdfCost = DEFAULT_COST,
    take_lock: bool = True,
    durable: bool = True,
) -> CreatedStore:
    """Create a new, empty, encrypted store. Refuses to touch an existing one."""
    if paths.database.exists() or paths.keys.exists():
        raise StoreDamaged(
            "There is already a Kindred diary in this folder. "
            "Kindred never replaces a diary: open it instead, or choose another folder."
        )
    secure_keyring = vault.is_secure()
    if not secure_keyring and not passphrase:
        raise PassphraseRequired(
            "This computer has no safe place to keep the diary's key. "
            "Please choose a passphrase to protect it."
        )
    paths.folder.mkdir(parents=True, exist_ok=True)
    store_id = str(uuid.uuid4())
    key = DataKey.generate()
    recovery_code = new_recovery_code()
    keyfile = KeyFile(store_id=store_id, key_check=key_check(key, store_id))
    if passphrase:
        keyfile.set_passphrase(key, passphrase, cost)
    keyfile.set_recovery_code(key, recovery_code, cost)
    uses_keyring = secure_keyring and vault.save(store_id, key.hex())
    if not uses_keyring and not passphrase:
        raise PassphraseRequired(
            "Kindred couldn't save the key in this computer's keyring. "
            "Please choose a passphrase to protect the diary."
        )
    keyfile.uses_keyring = uses_keyring
    keyfile.save(paths.keys)
    lock = _take_lock(paths) if take_lock else None
    try:
        engine = make_engine(paths.database, key, create=True, durable=durable)
        with engine.connect().execution_options(**{WRITE_OPTION: True}) as conn:
            migrate.upgrade_to_head(conn)
            conn.commit()
    except BaseException:
        if lock:
            lock.release()
        raise
    log.info("created a new store")
    return CreatedStore(Store(paths, engine, key, store_id, lock), recovery_code, uses_keyring)


def load_keyfile(paths: StorePaths) -> KeyFile:
    if not paths.database.exists():
        raise StoreNotFound("There is no Kindred diary in this folder yet.")
    try:
        return KeyFile.load(paths.keys)
    except FileNotFoundError as exc:
        raise StoreDamaged(
            "The small key file that belongs beside the diary is missing "
            f"({paths.keys.name}). Your diary is untouched. Restore that file from a backup, "
            "or copy it back from where the diary came from."
        ) from exc


def unlock_key(
    paths: StorePaths,
    *,
    vault: KeyringVault,
    passphrase: str | None = None,
    recovery_code: str | None = None,
) -> tuple[KeyFile, DataKey]:
    keyfile = load_keyfile(paths)
    if passphrase is not None:
        key = keyfile.unlock_with_passphrase(passphrase)
    elif recovery_code is not None:
        key = keyfile.unlock_with_recovery_code(recovery_code)
    else:
        saved = vault.fetch(keyfile.store_id) if keyfile.uses_keyring else None
        if saved is None:
            raise KeyUnavailable(_ask_for_secret(keyfile))
        key = DataKey.from_hex(saved)
        if key_check(key, keyfile.store_id) != keyfile.key_check:
            raise KeyUnavailable(_ask_for_secret(keyfile))
        return keyfile, key
    if key_check(key, keyfile.store_id) != keyfile.key_check:
        raise WrongKey("That doesn't open this diary. Nothing was changed.")
    if keyfile.uses_keyring and vault.fetch(keyfile.store_id) != key.hex():
        # The keyring lost its copy (new computer, reset keyring): put it back.
        vault.save(keyfile.store_id, key.hex())
    return keyfile, key


def _ask_for_secret(keyfile: KeyFile) -> str:
    if keyfile.has_passphrase:
        return "Please enter your passphrase to open the diary (or your recovery code)."
    return "Please enter your recovery code to open the diary."


def open_store(
    paths: StorePaths,
    *,
    vault: KeyringVault,
    passphrase: str | None = None,
    recovery_code: str | None = None,
    take_lock: bool = True,
    read_only: bool = False,
) -> Store:
    """Unlock and open an existing store, upgrading it (after a backup) if needed."""
    keyfile, key = unlock_key(
        paths, vault=vault, passphrase=passphrase, recovery_code=recovery_code
    )
    lock = _take_lock(paths) if take_lock else None
    try:
        engine = make_engine(paths.database, key, read_only=read_only)
    except WrongKey as exc:
        # The key matched the key file, so the file itself is what can't be read.
        if lock:
            lock.release()
        raise StoreDamaged(
            "Kindred can't read the diary file: it may have been damaged. "
            "It was not changed. A backup copy can be put back."
        ) from exc
    except BaseException:
        if lock:
            lock.release()
        raise
    store = Store(paths, engine, key, keyfile.store_id, lock)
    try:
        _bring_up_to_date(store, read_only=read_only)
    except BaseException:
        store.close()  # leaves the files as they were: no stray -wal or -shm
        raise
    return store


def _bring_up_to_date(store: Store, *, read_only: bool) -> None:
    with store.engine.connect() as conn:
        current = migrate.current_revision(conn)
    if current == migrate.HEAD_REVISION:
        return
    if current is None:
        raise StoreDamaged(
            "This file is not a Kindred diary, or it is damaged. It was not changed."
        )
    if current not in migrate.known_revisions():
        raise StoreTooNew(
            "This diary was saved by a newer version of Kindred. "
            "Please update Kindred to open it. Nothing was changed."
        )
    if current == migrate.head_revision():
        return
    if read_only:
        raise StoreTooNew(
            "This diary needs an update that only the Kindred app can make. "
            "Please open it in the app once."
        )
    store.backup("before-upgrade")
    with store.engine.connect().execution_options(**{WRITE_OPTION: True}) as conn:
        migrate.upgrade_to_head(conn)
        conn.commit()
    log.info("store upgraded to %s", migrate.head_revision())


def _take_lock(paths: StorePaths) -> StoreLock:
    lock = StoreLock(paths.lock)
    lock.acquire()
    return lock
