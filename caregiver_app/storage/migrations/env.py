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

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    # The search index (FTS5) is managed by the migrations, not the models.
    include_name=lambda name, type_, parent: (
        not (type_ == "table" and name is not None and name.startswith("entry_fts"))
    ),
)
with context.begin_transaction():
    context.run_migrations()
