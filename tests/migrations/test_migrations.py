"""The migrations create exactly what the models describe, on an encrypted store."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from caregiver_app.storage import migrate
from caregiver_app.storage.tables import Base
from tests.conftest import OpenStore


def test_alembic_check_finds_no_difference_between_models_and_migrations(
    opened: OpenStore,
) -> None:
    with opened.store.engine.connect() as conn:
        command.check(migrate.alembic_config(conn))  # raises if autogenerate finds a change


def test_the_shipped_head_constant_is_the_newest_migration() -> None:
    # A new migration must move HEAD_REVISION too, or diaries would skip their upgrade.
    assert migrate.head_revision() == migrate.HEAD_REVISION


def test_a_fresh_store_is_at_head_with_every_model_table_and_the_search_index(
    opened: OpenStore,
) -> None:
    with opened.store.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()
        tables = set(inspect(conn).get_table_names())
        triggers = set(
            conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars()
        )
    assert set(Base.metadata.tables) <= tables
    assert {"entry_fts", "entry_fts_rows"} <= tables
    assert {"entries_search_insert", "entries_search_update", "entries_search_delete"} <= triggers
