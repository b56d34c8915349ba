"""Alembic environment: always run on a connection the store hands in.

Kindred never lets Alembic open the database itself: only the store knows the key.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from caregiver_app.storage.tables import Base

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError("Kindred migrations run only through caregiver_app.storage.migrate")

# The search index is managed by the migrations, not the models: FTS5 tables on SQLite,
# a generated tsvector column and its GIN index on PostgreSQL.
_SEARCH_ONLY = {"table": "entry_fts", "column": "search_vector", "index": "ix_entries_search"}


def _include_name(name: str | None, type_: str, parent: object) -> bool:
    prefix = _SEARCH_ONLY.get(type_)
    return not (prefix and name is not None and name.startswith(prefix))


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_name=_include_name,
)
with context.begin_transaction():
    context.run_migrations()
