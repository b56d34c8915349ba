"""Setting up a shared server: what ``kindred-cli server ...`` does for an administrator.

A care organisation (or the family member who runs the server) prepares one
PostgreSQL database, then adds each family member with a login of their own. These
functions run as the database's owner; everything members may do afterwards is
decided by the server's row-level security (``migrations/shared_server_0004.sql``).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict
from sqlalchemy import Connection, Engine, create_engine, insert, select, text
from sqlalchemy.pool import NullPool

from caregiver_app.domain.circle import CaregiverDraft, PersonProfile, Role
from caregiver_app.domain.errors import InvalidInput, NotFound, ServerRefused
from caregiver_app.storage import migrate
from caregiver_app.storage.server import bring_up_to_date, is_disconnect
from caregiver_app.storage.tables import (
    Base,
    CaregiverRow,
    CircleRow,
    PersonRow,
    new_id,
    utc_now,
)

log = logging.getLogger(__name__)

# Lower-case letters, digits and _ only: a login never needs quoting anywhere, and
# can't be confused with another by case.
LOGIN = re.compile(r"^[a-z_][a-z0-9_]{2,62}$")
MAX_CIRCLE_NAME = 200


@dataclass(frozen=True)
class CircleInfo:
    id: str
    name: str
    created: bool


@dataclass(frozen=True)
class MemberInfo:
    login: str
    circle_id: str
    circle_name: str
    caregiver_id: str
    caregiver_name: str
    role: Role


def admin_conninfo(dsn: str) -> dict[str, Any]:
    """The administrator's connection; certificate checking on unless the DSN says otherwise."""
    try:
        params: dict[str, Any] = conninfo_to_dict(dsn)
    except psycopg.ProgrammingError as exc:
        raise InvalidInput("dsn", f"That connection string can't be read: {exc}") from None
    params.setdefault("sslmode", "verify-full")
    params.setdefault("application_name", "kindred-cli server")
    return params


def admin_engine(dsn: str, password: str | None = None) -> Engine:
    params = admin_conninfo(dsn)
    if password:
        params["password"] = password

    def creator() -> Any:
        return psycopg.connect(**params)

    return create_engine("postgresql+psycopg://", creator=creator, poolclass=NullPool)


def check_connection(engine: Engine) -> None:
    """Connect once, turning a failure into one plain line."""
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()
        first = reason[0] if reason else type(exc).__name__
        raise ServerRefused(f"Kindred couldn't connect to the database: {first}") from None


def upgrade_server(engine: Engine) -> str:
    """Create Kindred's tables and access rules, or bring them up to this version."""
    with engine.connect() as conn:
        current = migrate.current_revision(conn)
        if current is not None:
            bring_up_to_date(conn, allow_upgrade=True)
        else:
            migrate.upgrade_to_head(conn)
        conn.commit()
        return migrate.head_revision()


def init_server(engine: Engine, circle_name: str, person: str | None = None) -> CircleInfo:
    """Prepare the database (idempotent) and make sure a circle of this name exists.

    ``person`` names the person cared for. Without it the circle gets its "About me"
    (and everything else) when a family member moves their diary into it.
    """
    name = " ".join(circle_name.split())
    if not name:
        raise InvalidInput("circle_name", "Please give the care circle a name.")
    if len(name) > MAX_CIRCLE_NAME:
        raise InvalidInput("circle_name", "That name is too long.")
    profile = PersonProfile(name=person).validated() if person is not None else None
    upgrade_server(engine)
    with engine.connect() as conn:
        _limit_connect_privilege(conn)
        found = conn.scalar(
            text("SELECT circle_id FROM kindred_access.circle_names WHERE name = :name"),
            {"name": name},
        )
        created = found is None
        circle_id = str(found) if found is not None else new_id()
        if created:
            conn.execute(
                insert(Base.metadata.tables[CircleRow.__tablename__]).values(
                    id=circle_id, created_at=utc_now()
                )
            )
            conn.execute(
                text(
                    "INSERT INTO kindred_access.circle_names (circle_id, name) VALUES (:id, :name)"
                ),
                {"id": circle_id, "name": name},
            )
        has_person = conn.scalar(
            select(PersonRow.id).where(PersonRow.circle_id == circle_id).limit(1)
        )
        if profile is not None and has_person is None:
            conn.execute(
                insert(Base.metadata.tables[PersonRow.__tablename__]).values(
                    id=new_id(),
                    circle_id=circle_id,
                    updated_at=utc_now(),
                    version=1,
                    **{key: getattr(profile, key) for key in PersonProfile.__dataclass_fields__},
                )
            )
        conn.commit()
    return CircleInfo(circle_id, name, created=created)


def _limit_connect_privilege(conn: Connection) -> None:
    """Only Kindred's members (and the owner) may connect to this database at all."""
    database = conn.scalar(text("SELECT current_database()"))
    ident = _quoted(conn, sql.Identifier(str(database)))
    try:
        with conn.begin_nested():
            conn.exec_driver_sql(f"REVOKE CONNECT ON DATABASE {ident} FROM PUBLIC")
            conn.exec_driver_sql(f"GRANT CONNECT ON DATABASE {ident} TO kindred_member")
    except Exception as exc:
        if is_disconnect(exc):
            raise
        log.warning("could not limit who may connect (not the database owner?)")
    conn.commit()


def _quoted(conn: Connection, composed: sql.Composable) -> str:
    driver = conn.connection.driver_connection
    assert driver is not None
    return composed.as_string(driver)


def _circle(conn: Connection, circle: str | None) -> tuple[str, str]:
    rows = conn.execute(
        text("SELECT circle_id, name FROM kindred_access.circle_names ORDER BY name")
    ).all()
    if circle is None:
        if len(rows) == 1:
            return rows[0].circle_id, rows[0].name
        raise InvalidInput(
            "circle",
            "Please say which care circle (--circle): "
            + (", ".join(row.name for row in rows) or "there are none yet; run server init"),
        )
    for row in rows:
        if circle in (row.circle_id, row.name):
            return row.circle_id, row.name
    raise NotFound(f"There is no care circle called '{circle}' on this server.")


def add_member(
    engine: Engine,
    *,
    login: str,
    caregiver_name: str,
    role: Role,
    circle: str | None = None,
    relationship: str = "",
    password: str | None = None,
) -> MemberInfo:
    """Give ``login`` a place in a care circle as ``caregiver_name`` with ``role``.

    The login is created if it doesn't exist (then ``password`` is required); an
    existing one keeps its password unless a new one is given. A caregiver of that
    name already in the circle (for instance the author of entries moved from a
    local diary) becomes this login's; otherwise one is added. Running it again for
    the same login changes the role.
    """
    if not LOGIN.match(login):
        raise InvalidInput(
            "login",
            "A login is 3 to 63 lower-case letters, digits or _, starting with a letter "
            "(for example ann_okafor).",
        )
    draft = CaregiverDraft(name=caregiver_name, relationship=relationship, role=role).validated()
    with engine.connect() as conn:
        if migrate.current_revision(conn) != migrate.head_revision():
            raise ServerRefused("Please run kindred-cli server init on this database first.")
        circle_id, circle_name = _circle(conn, circle)
        _check_login_free(conn, login, circle_id, draft.name)
        _create_or_update_login(conn, login, password, writer=role.can_write)
        caregiver_id = _caregiver(conn, circle_id, draft)
        conn.execute(
            text(
                "INSERT INTO kindred_access.members (login, circle_id, caregiver_id, role) "
                "VALUES (:login, :circle, :caregiver, :role) "
                "ON CONFLICT (login) DO UPDATE SET role = excluded.role"
            ),
            {"login": login, "circle": circle_id, "caregiver": caregiver_id, "role": role.value},
        )
        conn.commit()
    return MemberInfo(login, circle_id, circle_name, caregiver_id, draft.name, role)


def _check_login_free(conn: Connection, login: str, circle_id: str, name: str) -> None:
    found = conn.execute(
        text(
            "SELECT m.circle_id, c.name FROM kindred_access.members m "
            "JOIN public.caregivers c ON c.id = m.caregiver_id WHERE m.login = :login"
        ),
        {"login": login},
    ).first()
    if found is not None and (found.circle_id != circle_id or found.name != name):
        raise InvalidInput(
            "login",
            f"The login '{login}' already belongs to {found.name} in a care circle. "
            "One login belongs to one person in one circle; choose another login.",
        )
    special = conn.execute(
        text(
            "SELECT r.rolsuper OR pg_has_role(r.oid, c.relowner, 'USAGE') AS special "
            "FROM pg_catalog.pg_roles r, pg_catalog.pg_class c "
            "WHERE r.rolname = :login AND c.oid = 'public.entries'::regclass"
        ),
        {"login": login},
    ).scalar()
    if special:
        raise InvalidInput(
            "login",
            f"'{login}' is an administrator's login: the access rules don't apply to it. "
            "Family members need logins of their own.",
        )


def _create_or_update_login(
    conn: Connection, login: str, password: str | None, *, writer: bool
) -> None:
    ident = _quoted(conn, sql.Identifier(login))
    exists = conn.scalar(text("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = :l"), {"l": login})
    if not exists and not password:
        raise InvalidInput("password", f"A new login needs a password ('{login}' is new).")
    if password:
        # Hashed here (SCRAM): the password itself never reaches the server's logs.
        driver = conn.connection.driver_connection
        assert driver is not None
        verifier = driver.pgconn.encrypt_password(
            password.encode(), login.encode(), b"scram-sha-256"
        )
        secret = _quoted(conn, sql.Literal(verifier.decode("ascii")))
        verb = "ALTER" if exists else "CREATE"
        conn.exec_driver_sql(f"{verb} ROLE {ident} LOGIN PASSWORD {secret}")
    else:
        conn.exec_driver_sql(f"ALTER ROLE {ident} LOGIN")
    conn.exec_driver_sql(f"GRANT kindred_member TO {ident}")
    if writer:
        conn.exec_driver_sql(f"GRANT kindred_writer TO {ident}")
    else:
        conn.exec_driver_sql(f"REVOKE kindred_writer FROM {ident}")


def _caregiver(conn: Connection, circle_id: str, draft: CaregiverDraft) -> str:
    rows = conn.execute(
        text("SELECT id, name FROM public.caregivers WHERE circle_id = :c"), {"c": circle_id}
    ).all()
    wanted = draft.name.casefold()
    for row in rows:
        if row.name.casefold() == wanted:
            conn.execute(
                text("UPDATE public.caregivers SET role = :role WHERE id = :id"),
                {"role": draft.role.value, "id": row.id},
            )
            return str(row.id)
    caregiver_id = new_id()
    conn.execute(
        insert(Base.metadata.tables[CaregiverRow.__tablename__]).values(
            id=caregiver_id,
            circle_id=circle_id,
            name=draft.name,
            relationship=draft.relationship,
            role=draft.role.value,
            created_at=utc_now(),
        )
    )
    return caregiver_id


def remove_member(engine: Engine, login: str) -> None:
    """Take a login out of its circle and stop it signing in. Their entries stay."""
    with engine.connect() as conn:
        gone = conn.execute(
            text("DELETE FROM kindred_access.members WHERE login = :login RETURNING login"),
            {"login": login},
        ).first()
        if gone is None:
            raise NotFound(f"'{login}' isn't a member of any care circle here.")
        ident = _quoted(conn, sql.Identifier(login))
        conn.exec_driver_sql(f"REVOKE kindred_writer, kindred_member FROM {ident}")
        conn.exec_driver_sql(f"ALTER ROLE {ident} NOLOGIN")
        conn.commit()


def list_members(engine: Engine, circle: str | None = None) -> list[MemberInfo]:
    query = (
        "SELECT m.login, m.circle_id, coalesce(n.name, '') AS circle_name, "
        "m.caregiver_id, c.name AS caregiver_name, m.role "
        "FROM kindred_access.members m "
        "JOIN public.caregivers c ON c.id = m.caregiver_id "
        "LEFT JOIN kindred_access.circle_names n ON n.circle_id = m.circle_id "
    )
    if circle is not None:
        query += "WHERE m.circle_id = :circle OR n.name = :circle "
    with engine.connect() as conn:
        rows = conn.execute(text(query + "ORDER BY n.name, c.name"), {"circle": circle}).all()
    return [
        MemberInfo(
            row.login,
            row.circle_id,
            row.circle_name,
            row.caregiver_id,
            row.caregiver_name,
            Role(row.role),
        )
        for row in rows
    ]
