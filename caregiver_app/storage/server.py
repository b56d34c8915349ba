"""The shared diary on a PostgreSQL server, behind the same services as the local store.

A family in different homes (or a care organisation hosting many families) keeps one
diary on a PostgreSQL server. Each family member signs in with their own database
login; the server itself decides what each login may see and change (row-level
security, see ``migrations/shared_server_0004.sql``), so the rules hold for anyone
typing SQL too, not only for this app.

What differs from the local store, and why:
- Writes run at READ COMMITTED, and every row an edit checks the version of is read
  with ``SELECT ... FOR NO KEY UPDATE`` first, so two people saving the same entry
  queue on that one row (the second then sees the new version: EditConflict), while
  everyone else keeps saving in parallel. SQLite gets the same from ``BEGIN IMMEDIATE``.
- A save the server undoes because of another one (SQLSTATE 40001 or 40P01) is
  reported as :class:`WriteContention`, which the services retry (``retry.py``).
- A lost connection is :class:`ServerUnreachable`, with a message a carer can act on.
- The password comes from the keyring or is asked for; it is never written to the
  settings file or the log. Drafts stay on this computer, encrypted with a key derived
  from it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import Connection, Engine, Select, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import ORMExecuteState, Session
from sqlalchemy.pool import QueuePool

from caregiver_app.domain.errors import (
    InvalidInput,
    KindredError,
    NotAllowed,
    ServerRefused,
    ServerUnreachable,
    StoreTooNew,
    WriteContention,
)
from caregiver_app.paths import StorePaths
from caregiver_app.storage import migrate
from caregiver_app.storage.keys import DataKey
from caregiver_app.storage.listener import ChangeListener
from caregiver_app.storage.secrets import KeyringVault
from caregiver_app.storage.store import Store
from caregiver_app.storage.tables import AppointmentRow, EntryRow, MedicineRow, PersonRow

log = logging.getLogger(__name__)

SSL_MODES = ("verify-full", "verify-ca", "require", "prefer", "allow", "disable")
DEFAULT_PORT = 5432
SETTINGS_FILE = "shared-server.json"
# Channels of LISTEN/NOTIFY (see the SQL): one per care circle, one per member for
# their private entries, named by ids nobody outside can read.
CIRCLE_CHANNEL_PREFIX = "kindred_changes_"
PRIVATE_CHANNEL_PREFIX = "kindred_private_"
_CONTENTION = ("40001", "40P01")  # serialization_failure, deadlock_detected
_NO_PERMISSION = "42501"  # insufficient_privilege, also a row refused by row-level security
# Server going away: admin_shutdown, crash_shutdown, cannot_connect_now, and class 08.
_GONE = ("57P01", "57P02", "57P03")
# Rows whose version (or folded state) a write checks before changing them.
_LOCKED_WHEN_WRITING = (EntryRow, PersonRow, AppointmentRow, MedicineRow)

UNREACHABLE = (
    "Kindred can't reach the shared diary's server just now, so this wasn't saved. "
    "Nothing is lost: your words are still here. Please check the internet connection "
    "and save again in a moment."
)
UNREACHABLE_READ = (
    "Kindred can't reach the shared diary's server just now. Please check the internet "
    "connection; Kindred will show the diary again as soon as the server answers."
)


@dataclass(frozen=True)
class ServerSettings:
    """Where the shared diary is and who signs in. Never holds the password."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    # verify-full: the connection is encrypted and the server must prove its name with
    # a certificate signed by ``ca_file`` (or the system's trusted list: "system").
    sslmode: str = "verify-full"
    ca_file: str = ""
    connect_timeout_s: int = 10

    def validated(self) -> ServerSettings:
        host = self.host.strip()
        database = self.database.strip()
        user = self.user.strip()
        if not host:
            raise InvalidInput("host", "Please write the server's name or address.")
        if not database:
            raise InvalidInput("database", "Please write the name of the database.")
        if not user:
            raise InvalidInput("user", "Please write your sign-in name for the server.")
        if not 0 < int(self.port) < 65536:
            raise InvalidInput("port", "The port is a number between 1 and 65535 (usually 5432).")
        if self.sslmode not in SSL_MODES:
            raise InvalidInput("sslmode", "Choose one of: " + ", ".join(SSL_MODES) + ".")
        ca_file = self.ca_file.strip()
        if ca_file and ca_file != "system" and not Path(ca_file).expanduser().is_file():
            raise InvalidInput("ca_file", f"There is no certificate file at {ca_file}.")
        return replace(self, host=host, database=database, user=user, ca_file=ca_file)

    @property
    def account(self) -> str:
        """One line naming this sign-in (for the keyring and folder names; no secret)."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def conninfo(self) -> dict[str, Any]:
        """libpq connection parameters, without the password."""
        params: dict[str, Any] = {
            "host": self.host,
            "port": self.port,
            "dbname": self.database,
            "user": self.user,
            "sslmode": self.sslmode,
            "connect_timeout": self.connect_timeout_s,
            "application_name": "Kindred",
            # Notice a connection that silently died (a laptop waking up on another
            # network) in seconds, not after the operating system's long TCP timeout.
            "keepalives": 1,
            "keepalives_idle": 15,
            "keepalives_interval": 5,
            "keepalives_count": 3,
            "tcp_user_timeout": 20_000,
        }
        if self.ca_file:
            ca_file = self.ca_file
            params["sslrootcert"] = (
                ca_file if ca_file == "system" else str(Path(ca_file).expanduser())
            )
        return params

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ServerSettings:
        fields = cls.__dataclass_fields__
        return cls(**{key: value for key, value in data.items() if key in fields})


def settings_path(home: Path) -> Path:
    return home / SETTINGS_FILE


def load_server_settings(home: Path) -> ServerSettings | None:
    """The saved connection (no password in it), or None when this diary is local."""
    try:
        data = json.loads(settings_path(home).read_text(encoding="utf-8"))
        return ServerSettings.from_dict(data).validated()
    except FileNotFoundError:
        return None
    except (ValueError, TypeError, KindredError):
        log.warning("the shared-server settings could not be read; ignoring them")
        return None


def save_server_settings(home: Path, settings: ServerSettings | None) -> None:
    path = settings_path(home)
    if settings is None:
        path.unlink(missing_ok=True)
        return
    home.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(settings.to_dict(), indent=2), encoding="utf-8")
    os.replace(partial, path)


class ServerPasswords:
    """The server password in the OS keyring, through the one module that talks to it."""

    def __init__(self, vault: KeyringVault) -> None:
        self._vault = vault

    @staticmethod
    def _name(settings: ServerSettings) -> str:
        return f"server:{settings.account}"

    def fetch(self, settings: ServerSettings) -> str | None:
        return self._vault.fetch(self._name(settings))

    def save(self, settings: ServerSettings, password: str) -> bool:
        """False when there is no safe keyring: then the password is asked for each time."""
        return self._vault.save(self._name(settings), password)

    def forget(self, settings: ServerSettings) -> bool:
        return self._vault.forget(self._name(settings))


@dataclass(frozen=True)
class Membership:
    """Who this login is in the care circle (answered by the server for this login only)."""

    circle_id: str
    caregiver_id: str
    role: str
    circle_name: str
    channel_token: str

    @property
    def circle_channel(self) -> str:
        return CIRCLE_CHANNEL_PREFIX + self.circle_id.replace("-", "")

    @property
    def private_channel(self) -> str:
        return PRIVATE_CHANNEL_PREFIX + self.channel_token


# --- errors ---------------------------------------------------------------------------


def _sqlstate(exc: BaseException) -> str | None:
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    return getattr(orig, "sqlstate", None)


def is_disconnect(exc: BaseException) -> bool:
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(orig, psycopg.OperationalError):
        return False
    state = _sqlstate(orig)
    return state is None or state.startswith("08") or state in _GONE


def plain_server_error(exc: BaseException, *, writing: bool) -> Exception:
    """The plain-language error for a database error, or ``exc`` itself if it's a bug."""
    state = _sqlstate(exc)
    if state in _CONTENTION:
        return WriteContention(
            "Several of you saved at the same moment and Kindred couldn't save this one. "
            "Nothing is lost: your words are still here. Please save again."
        )
    if state == _NO_PERMISSION:
        return NotAllowed(
            "The shared diary's server didn't allow this change for your sign-in "
            "(read-only members can't write, and nobody can change someone else's "
            "private entry). Nothing was changed."
        )
    if is_disconnect(exc):
        return ServerUnreachable(UNREACHABLE if writing else UNREACHABLE_READ)
    return exc if isinstance(exc, Exception) else RuntimeError(str(exc))


def _plain(exc: DBAPIError, *, writing: bool) -> Exception:
    """The plain error to raise ``from exc``; a bug's own error is re-raised unchanged."""
    mapped = plain_server_error(exc, writing=writing)
    if mapped is exc:
        raise exc
    return mapped


def connect_error(exc: psycopg.Error, settings: ServerSettings) -> KindredError:
    """Why a first connection failed, in words (the message never includes the password)."""
    text_ = str(exc).lower()
    if "password" in text_ or "authentication" in text_ or "no pg_hba.conf entry" in text_:
        return ServerRefused(
            f"The shared diary's server didn't accept the sign-in '{settings.user}' with that "
            "password. Please check both, or ask whoever runs the server."
        )
    if "certificate" in text_ or "ssl" in text_:
        return ServerRefused(
            "Kindred couldn't confirm it is talking to the right server: its certificate "
            "couldn't be checked. Choose the certificate file your care organisation gave "
            "you (or 'system'), or ask whoever runs the server. Nothing was sent."
        )
    if "database" in text_ and "does not exist" in text_:
        return ServerRefused(
            f"The server has no database called '{settings.database}'. Please check the name."
        )
    if "role" in text_ and "does not exist" in text_:
        return ServerRefused(
            f"The server doesn't know the sign-in '{settings.user}'. Please check the name."
        )
    return ServerUnreachable(
        f"Kindred can't reach the shared diary's server ({settings.host}). Please check the "
        "internet connection and the server's name, then try again."
    )


# --- the engine and the store ------------------------------------------------------------


def connect_raw(
    settings: ServerSettings, password: str | None, *, autocommit: bool = False
) -> psycopg.Connection[Any]:
    """One psycopg connection (the listener's, and the engine's through ``creator``)."""
    params: dict[str, Any] = settings.conninfo()
    if password:
        params["password"] = password
    return psycopg.connect(autocommit=autocommit, **params)


def make_server_engine(settings: ServerSettings, password: str | None) -> Engine:
    def creator() -> Any:
        return connect_raw(settings, password)

    # The URL carries no password, so nothing that prints the engine can leak it.
    return create_engine(
        "postgresql+psycopg://",
        creator=creator,
        poolclass=QueuePool,
        pool_size=3,
        max_overflow=5,
        # A save after the server restarted (or the network came back) gets a fresh
        # connection instead of failing on a dead one.
        pool_pre_ping=True,
        # Whatever the server's default, Kindred's locking assumes READ COMMITTED.
        isolation_level="READ COMMITTED",
    )


class _WriteSession(Session):
    """A session for one server write: rows whose version it checks are locked first."""


@event.listens_for(_WriteSession, "do_orm_execute")
def _lock_checked_rows(state: ORMExecuteState) -> None:
    statement = state.statement
    if state.is_column_load or state.is_relationship_load or not isinstance(statement, Select):
        return
    described = statement.column_descriptions
    if len(described) != 1:
        return
    entity = described[0].get("entity")
    if entity in _LOCKED_WHEN_WRITING and described[0].get("expr") is entity:
        # NO KEY UPDATE: other writers can still add rows that point at this one.
        state.statement = statement.with_for_update(key_share=True)


def drafts_key(settings: ServerSettings, password: str) -> DataKey:
    """The key of this computer's drafts for this sign-in (scrypt over the password)."""
    salt = hashlib.sha256(f"kindred-server-drafts:{settings.account}".encode()).digest()
    raw = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    return DataKey(raw)


def drafts_folder(home: Path, settings: ServerSettings) -> Path:
    return home / "shared" / hashlib.sha256(settings.account.encode()).hexdigest()[:16]


class ServerStore(Store):
    """An open shared diary: the services use it exactly like the local store."""

    shared = True

    def __init__(
        self,
        settings: ServerSettings,
        engine: Engine,
        password: str | None,
        membership: Membership | None,
        folder: Path,
        key: DataKey,
    ) -> None:
        super().__init__(StorePaths(folder), engine, key, f"server:{settings.account}", None)
        self.settings = settings
        self.membership = membership
        self._password = password
        self._read_engine = engine.execution_options(
            isolation_level="REPEATABLE READ", postgresql_readonly=True
        )
        self._quick_engine = engine.execution_options(isolation_level="AUTOCOMMIT")

    @contextmanager
    def read(self) -> Iterator[Session]:
        """One read-only snapshot: every statement inside sees the same moment."""
        try:
            with Session(self._read_engine, expire_on_commit=False) as session, session.begin():
                yield session
        except DBAPIError as exc:
            raise _plain(exc, writing=False) from exc

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        try:
            with self._quick_engine.connect() as conn:
                yield conn
        except DBAPIError as exc:
            raise _plain(exc, writing=False) from exc

    @contextmanager
    def write(self) -> Iterator[Session]:
        try:
            with _WriteSession(self.engine, expire_on_commit=False) as session, session.begin():
                yield session
        except DBAPIError as exc:
            # The server rolled the transaction back: nothing of it was saved.
            raise _plain(exc, writing=True) from exc

    def backup(self, reason: str, folder: Path | None = None) -> Path:
        raise KindredError(
            "The shared diary is backed up on its server by whoever runs it. "
            "For a copy on this computer, use 'Keep an offline copy'."
        )

    def connect_listener(self) -> psycopg.Connection[Any]:
        """A new autocommit connection for LISTEN (see ``listener.py``)."""
        password = self._password
        return connect_raw(self.settings, password, autocommit=True)

    def channels(self) -> tuple[str, ...]:
        if self.membership is None:
            return ()
        return (self.membership.circle_channel, self.membership.private_channel)

    def listener(self) -> ChangeListener:
        """A listener for other members' saves, with its own connection."""
        if not self.is_open:
            raise RuntimeError("the store is closed")
        settings, password = self.settings, self._password
        return ChangeListener(
            lambda: connect_raw(settings, password, autocommit=True), self.channels()
        )

    def close(self) -> None:
        self._password = None
        super().close()


def open_server_store(
    settings: ServerSettings,
    password: str | None,
    *,
    home: Path,
    upgrade: bool = True,
) -> ServerStore:
    """Connect, check the diary's version (upgrading it if allowed), find who we are.

    A server diary newer than this app is refused, as a local one is. Only the
    database's owner can upgrade it; a member's app asks them to.
    """
    settings = settings.validated()
    try:
        first = connect_raw(settings, password)
    except psycopg.Error as exc:
        raise connect_error(exc, settings) from None
    first.close()
    engine = make_server_engine(settings, password)
    try:
        with engine.connect() as conn:
            bring_up_to_date(conn, allow_upgrade=upgrade)
            membership = _membership(conn)
            if membership is None and not _is_owner(conn):
                raise ServerRefused(
                    f"The sign-in '{settings.user}' isn't part of a care circle on this server "
                    "yet. Please ask whoever runs the server to add you "
                    "(kindred-cli server add-member)."
                )
            conn.rollback()
    except DBAPIError as exc:
        engine.dispose()
        raise _plain(exc, writing=False) from exc
    except BaseException:
        engine.dispose()
        raise
    folder = drafts_folder(home, settings)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    key = drafts_key(settings, password or "")
    return ServerStore(settings, engine, password, membership, folder, key)


def bring_up_to_date(conn: Connection, *, allow_upgrade: bool) -> None:
    """Refuse a newer diary; upgrade an older one (in one transaction: DDL is transactional)."""
    current = migrate.current_revision(conn)
    if current is None:
        raise ServerRefused(
            "This database doesn't hold a Kindred diary yet. Whoever runs the server can "
            "prepare it with: kindred-cli server init"
        )
    if current not in migrate.known_revisions():
        raise StoreTooNew(
            "The shared diary was set up by a newer version of Kindred. "
            "Please update Kindred to open it. Nothing was changed."
        )
    if current == migrate.head_revision():
        return
    if not allow_upgrade or not _is_owner(conn):
        raise ServerRefused(
            "The shared diary needs an update that only whoever runs the server can make "
            "(kindred-cli server upgrade). Nothing was changed."
        )
    conn.rollback()
    migrate.upgrade_to_head(conn)
    conn.commit()
    log.info("shared diary upgraded to %s", migrate.head_revision())


def _membership(conn: Connection) -> Membership | None:
    row = conn.execute(
        text(
            "SELECT circle_id, caregiver_id, role, circle_name, channel_token "
            "FROM kindred_access.whoami()"
        )
    ).first()
    if row is None:
        return None
    return Membership(
        circle_id=row.circle_id,
        caregiver_id=row.caregiver_id,
        role=row.role,
        circle_name=row.circle_name or "",
        channel_token=row.channel_token,
    )


def _is_owner(conn: Connection) -> bool:
    """True for the login that owns Kindred's tables (or a superuser): the administrator."""
    return bool(
        conn.scalar(
            text(
                "SELECT pg_has_role(session_user, c.relowner, 'USAGE') "
                "FROM pg_catalog.pg_class c WHERE c.oid = 'public.entries'::regclass"
            )
        )
    )
