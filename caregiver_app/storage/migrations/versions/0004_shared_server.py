"""The shared PostgreSQL server: access rules, search and live updates.

On PostgreSQL this runs ``shared_server_0004.sql`` (beside the migrations): the
membership table, row-level security on every table with circle data, full-text
search (a generated tsvector column with a GIN index) and the NOTIFY triggers. The
local SQLite diary needs none of it, so there this revision changes nothing.

Any later migration that adds a table with circle data must also enable row-level
security on it, add its policies and grant it to kindred_member / kindred_writer.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from __future__ import annotations

from importlib import resources

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_SQL_FILE = "shared_server_0004.sql"
_CARE_TABLES = (
    "circles",
    "persons",
    "caregivers",
    "entries",
    "entry_revisions",
    "entry_tags",
    "entry_cards",
    "medicines",
    "medicine_events",
    "medicine_doses",
    "appointments",
    "appointment_questions",
)


def _run_script(sql: str) -> None:
    # Straight to psycopg, in the migration's transaction: several statements with
    # dollar-quoted bodies, no parameters, nothing for SQLAlchemy to parse.
    driver = op.get_bind().connection.driver_connection
    assert driver is not None
    driver.execute(sql)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar()
    if schema != "public":
        raise RuntimeError(
            "Kindred's tables belong in the 'public' schema of their own database "
            f"(this connection creates them in '{schema}')."
        )
    sql = resources.files("caregiver_app.storage.migrations").joinpath(_SQL_FILE)
    _run_script(sql.read_text(encoding="utf-8"))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    statements = [
        f"DROP TRIGGER IF EXISTS {trigger} ON public.{table}"
        for table in _CARE_TABLES
        for trigger in ("kindred_announce", "kindred_fixed")
    ]
    statements += [
        f"ALTER TABLE public.{table} DISABLE ROW LEVEL SECURITY" for table in _CARE_TABLES
    ]
    statements += [
        f"DROP POLICY IF EXISTS {policy} ON public.{table}"
        for table in _CARE_TABLES
        for policy in ("member_reads", "writer_adds", "writer_changes", "writer_removes")
    ]
    statements += [
        "ALTER TABLE public.entries DROP COLUMN search_vector",
        "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM kindred_member, kindred_writer",
        "DROP SCHEMA kindred_access CASCADE",
    ]
    _run_script(";\n".join(statements))
