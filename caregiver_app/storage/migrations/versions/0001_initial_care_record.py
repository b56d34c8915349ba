"""initial care record

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from caregiver_app.storage.types import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "circles",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_circles")),
    )
    op.create_table(
        "caregivers",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("circle_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("relationship", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["circle_id"], ["circles.id"], name=op.f("fk_caregivers_circle_id_circles")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_caregivers")),
    )
    with op.batch_alter_table("caregivers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_caregivers_circle_id"), ["circle_id"], unique=False)

    op.create_table(
        "persons",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("circle_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("preferred_name", sa.String(length=120), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("diagnoses", sa.Text(), nullable=False),
        sa.Column("allergies", sa.Text(), nullable=False),
        sa.Column("what_matters", sa.Text(), nullable=False),
        sa.Column("routines", sa.Text(), nullable=False),
        sa.Column("what_upsets", sa.Text(), nullable=False),
        sa.Column("what_calms", sa.Text(), nullable=False),
        sa.Column("communication", sa.Text(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["circle_id"], ["circles.id"], name=op.f("fk_persons_circle_id_circles")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_persons")),
        sa.UniqueConstraint("circle_id", name=op.f("uq_persons_circle_id")),
    )
    op.create_table(
        "entries",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("circle_id", sa.String(length=36), nullable=False),
        sa.Column("author_id", sa.String(length=36), nullable=False),
        sa.Column("happened_at", UTCDateTime(), nullable=False),
        sa.Column("written_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("mood", sa.Integer(), nullable=True),
        sa.Column("distress", sa.Integer(), nullable=True),
        sa.Column("sleep_hours", sa.Float(), nullable=True),
        sa.Column("flagged", sa.Boolean(), nullable=False),
        sa.Column("visibility", sa.String(length=10), nullable=False),
        sa.Column("before", sa.Text(), nullable=False),
        sa.Column("behaviour", sa.Text(), nullable=False),
        sa.Column("tried", sa.Text(), nullable=False),
        sa.Column("helped", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
        sa.Column("deleted_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"], ["caregivers.id"], name=op.f("fk_entries_author_id_caregivers")
        ),
        sa.ForeignKeyConstraint(
            ["circle_id"], ["circles.id"], name=op.f("fk_entries_circle_id_circles")
        ),
        sa.ForeignKeyConstraint(
            ["deleted_by"], ["caregivers.id"], name=op.f("fk_entries_deleted_by_caregivers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entries")),
    )
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.create_index(
            "ix_entries_author_timeline", ["author_id", "happened_at", "id"], unique=False
        )
        batch_op.create_index(
            "ix_entries_kind_timeline", ["circle_id", "kind", "happened_at", "id"], unique=False
        )
        batch_op.create_index(
            "ix_entries_timeline", ["circle_id", "happened_at", "id"], unique=False
        )

    op.create_table(
        "entry_revisions",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("entry_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("by_id", sa.String(length=36), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["by_id"], ["caregivers.id"], name=op.f("fk_entry_revisions_by_id_caregivers")
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["entries.id"],
            name=op.f("fk_entry_revisions_entry_id_entries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entry_revisions")),
    )
    with op.batch_alter_table("entry_revisions", schema=None) as batch_op:
        batch_op.create_index("ix_entry_revisions_entry", ["entry_id", "at"], unique=False)

    op.create_table(
        "entry_tags",
        sa.Column("entry_id", sa.String(length=36), nullable=False),
        sa.Column("tag", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["entries.id"],
            name=op.f("fk_entry_tags_entry_id_entries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("entry_id", "tag", name=op.f("pk_entry_tags")),
    )
    with op.batch_alter_table("entry_tags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_entry_tags_tag"), ["tag"], unique=False)

    if op.get_bind().dialect.name == "sqlite":
        _create_sqlite_search()


# Full-text search (SQLite FTS5). Entries have UUID keys, but FTS5 rows need a
# stable integer rowid, so a small map table links the two; triggers keep the
# index in step with every insert, edit and (rare) hard delete, whoever writes.
_SEARCH_BODY = (
    "coalesce(new.text, '') || ' ' || coalesce(new.before, '') || ' ' || "
    "coalesce(new.behaviour, '') || ' ' || coalesce(new.tried, '') || ' ' || "
    "coalesce(new.helped, '')"
)

_SQLITE_SEARCH = [
    "CREATE VIRTUAL TABLE entry_fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TABLE entry_fts_rows ("
    " entry_id VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES entries (id) ON DELETE CASCADE,"
    " fts_rowid INTEGER NOT NULL UNIQUE)",
    f"""CREATE TRIGGER entries_search_insert AFTER INSERT ON entries BEGIN
        INSERT INTO entry_fts (body) VALUES ({_SEARCH_BODY});
        INSERT INTO entry_fts_rows (entry_id, fts_rowid) VALUES (new.id, last_insert_rowid());
    END""",
    f"""CREATE TRIGGER entries_search_update
        AFTER UPDATE OF text, before, behaviour, tried, helped ON entries BEGIN
        UPDATE entry_fts SET body = {_SEARCH_BODY}
        WHERE rowid = (SELECT fts_rowid FROM entry_fts_rows WHERE entry_id = new.id);
    END""",
    """CREATE TRIGGER entries_search_delete BEFORE DELETE ON entries BEGIN
        DELETE FROM entry_fts
        WHERE rowid = (SELECT fts_rowid FROM entry_fts_rows WHERE entry_id = old.id);
        DELETE FROM entry_fts_rows WHERE entry_id = old.id;
    END""",
]


def _create_sqlite_search() -> None:
    for statement in _SQLITE_SEARCH:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("entries_search_insert", "entries_search_update", "entries_search_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS entry_fts_rows")
        op.execute("DROP TABLE IF EXISTS entry_fts")
    with op.batch_alter_table("entry_tags", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_entry_tags_tag"))

    op.drop_table("entry_tags")
    with op.batch_alter_table("entry_revisions", schema=None) as batch_op:
        batch_op.drop_index("ix_entry_revisions_entry")

    op.drop_table("entry_revisions")
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.drop_index("ix_entries_timeline")
        batch_op.drop_index("ix_entries_kind_timeline")
        batch_op.drop_index("ix_entries_author_timeline")

    op.drop_table("entries")
    op.drop_table("persons")
    with op.batch_alter_table("caregivers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_caregivers_circle_id"))

    op.drop_table("caregivers")
    op.drop_table("circles")
