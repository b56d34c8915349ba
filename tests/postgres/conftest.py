"""A real PostgreSQL server for the shared-diary tests, started and stopped by the session.

No server binaries here: these tests skip, saying why. With REQUIRE_POSTGRES=1 (CI
sets it) they fail instead, so a CI machine can't pass without having run them.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

import pytest

from tests.postgres.cluster import PgCluster, PostgresMissing

REQUIRED = os.environ.get("REQUIRE_POSTGRES") == "1"

try:  # the driver is a dependency; its absence is reported like missing binaries
    import psycopg
    from sqlalchemy import Engine

    from caregiver_app.domain.circle import Role
    from caregiver_app.storage import server_admin
    from caregiver_app.storage.server import ServerSettings, ServerStore, open_server_store

    DRIVER_MISSING = ""
except ImportError as exc:  # pragma: no cover - only on a broken install
    DRIVER_MISSING = f"psycopg is not installed ({exc})"


def unavailable(reason: str) -> NoReturn:
    if REQUIRED:
        pytest.fail(f"REQUIRE_POSTGRES=1, but {reason}", pytrace=False)
    pytest.skip(reason)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.postgres)


def start_cluster() -> PgCluster:
    if DRIVER_MISSING:
        unavailable(DRIVER_MISSING)
    try:
        cluster = PgCluster.create()
    except PostgresMissing as exc:
        unavailable(str(exc))
    try:
        cluster.start()
    except BaseException:
        cluster.remove()
        raise
    return cluster


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    cluster = start_cluster()
    yield cluster
    cluster.remove()


TEMPLATE = "kindred_template"


@pytest.fixture(scope="session")
def pg_template(pg_cluster: PgCluster) -> str:
    """A database with Kindred's tables and rules, copied for each test (fast)."""
    with psycopg.connect(pg_cluster.dsn(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {TEMPLATE}")
    engine = server_admin.admin_engine(pg_cluster.dsn(TEMPLATE))
    server_admin.upgrade_server(engine)
    engine.dispose()
    return TEMPLATE


@dataclass
class ServerDb:
    """One fresh database on the test server, and ways in as the admin or a member."""

    cluster: PgCluster
    name: str
    engine: Engine
    home: Path
    suffix: str
    passwords: dict[str, str] = field(default_factory=dict)
    opened: list[ServerStore] = field(default_factory=list)

    def admin_dsn(self) -> str:
        return self.cluster.dsn(self.name)

    def login(self, who: str) -> str:
        """Logins are cluster-wide: each test's are its own."""
        return f"{who}_{self.suffix}"

    def add_member(
        self, who: str, name: str, role: Role = Role.FAMILY, circle: str | None = None
    ) -> server_admin.MemberInfo:
        login = self.login(who)
        password = self.passwords.setdefault(login, f"pw-{uuid.uuid4().hex[:12]}")
        return server_admin.add_member(
            self.engine,
            login=login,
            caregiver_name=name,
            role=role,
            circle=circle,
            password=password,
        )

    def settings(self, who: str, **changes: Any) -> ServerSettings:
        return ServerSettings(
            host=str(self.cluster.socket_dir),
            port=self.cluster.port,
            database=self.name,
            user=self.login(who),
            **changes,
        )

    def open(self, who: str) -> ServerStore:
        login = self.login(who)
        store = open_server_store(self.settings(who), self.passwords[login], home=self.home)
        self.opened.append(store)
        return store

    def open_admin(self) -> ServerStore:
        settings = ServerSettings(
            host=str(self.cluster.socket_dir),
            port=self.cluster.port,
            database=self.name,
            user="kindred_admin",
        )
        store = open_server_store(settings, self.cluster.password, home=self.home)
        self.opened.append(store)
        return store

    def raw(self, who: str) -> psycopg.Connection[Any]:
        """A plain psycopg connection with a member's login: SQL typed by hand."""
        login = self.login(who)
        return psycopg.connect(
            self.cluster.dsn(self.name, user=login, password=self.passwords[login])
        )


def make_db(cluster: PgCluster, template: str, home: Path) -> ServerDb:
    suffix = uuid.uuid4().hex[:8]
    name = f"t_{suffix}"
    with psycopg.connect(cluster.dsn(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {template}")
    engine = server_admin.admin_engine(cluster.dsn(name))
    return ServerDb(cluster, name, engine, home, suffix)


def drop_db(db: ServerDb) -> None:
    for store in db.opened:
        store.close()
    db.engine.dispose()
    if db.cluster.is_running():
        with psycopg.connect(db.cluster.dsn(), autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {db.name} WITH (FORCE)")


@pytest.fixture
def server_db(pg_cluster: PgCluster, pg_template: str, tmp_path: Path) -> Iterator[ServerDb]:
    db = make_db(pg_cluster, pg_template, tmp_path / "home")
    yield db
    drop_db(db)


@dataclass
class Family:
    """Two care circles on one server: the Okafors (Ann, Raj, a viewer) and the Bells."""

    db: ServerDb
    circle_id: str
    other_circle_id: str
    ann: str
    raj: str
    viewer: str
    bob: str


def set_up_family(db: ServerDb) -> Family:
    okafor = server_admin.init_server(db.engine, "Okafor family", person="Margaret Okafor")
    bell = server_admin.init_server(db.engine, "Bell family", person="Arthur Bell")
    ann = db.add_member("ann", "Ann Okafor", Role.PRIMARY, "Okafor family")
    raj = db.add_member("raj", "Raj Okafor", Role.FAMILY, "Okafor family")
    viewer = db.add_member("doc", "Dr Visitor", Role.VIEWER, "Okafor family")
    bob = db.add_member("bob", "Bob Bell", Role.PRIMARY, "Bell family")
    return Family(
        db,
        okafor.id,
        bell.id,
        ann.caregiver_id,
        raj.caregiver_id,
        viewer.caregiver_id,
        bob.caregiver_id,
    )


@pytest.fixture
def family(server_db: ServerDb) -> Family:
    return set_up_family(server_db)


Opener = Callable[[str], "ServerStore"]
