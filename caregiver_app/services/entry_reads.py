"""Reading entries: the filters a viewer may apply, and one fast query per page.

A page is the hottest read in the app (every scroll and every key typed in the
search box runs one), so it is a single Core statement that brings the author's
name, the tags and the cards along, and rows become frozen ``Entry`` objects
without the ORM in between.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Connection,
    Dialect,
    Select,
    String,
    and_,
    bindparam,
    exists,
    func,
    literal_column,
    or_,
    select,
    text,
    tuple_,
    type_coerce,
)
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.sql.expression import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from caregiver_app.domain.entries import (
    CardOutcome,
    CardUse,
    Entry,
    EntryDraft,
    EntryFilter,
    EntryKind,
    PageCursor,
    Visibility,
)
from caregiver_app.services.search_query import fts5_query, tsquery
from caregiver_app.storage.tables import CaregiverRow, EntryCardRow, EntryRow, EntryTagRow

# Joins several tags (or cards) into one column; no tag or card id can contain it.
_SEP = "\x1f"
_CARD_SEP = "\x1e"

# A search matching at most this many entries (in the whole diary) is run from the
# search index: each match is looked up by id, then sorted. A search matching more is
# run along the timeline, newest first, stopping once the page is full. SQLite keeps
# no statistics here, so left to itself it always walks the timeline, reading every
# entry when the word is rare (about 100 ms at 100,000 entries, instead of under 1 ms).
SEARCH_DRIVE_LIMIT = 250
# A search matching more than this many entries (most of the diary: a common word, or
# the first letter or two of one) checks each entry along the timeline against the
# set of matching index rows, instead of first turning every match into an entry id:
# "m" went from about 230 ms to a few ms at 100,000 entries.
SEARCH_MOST_LIMIT = 5000


def _raw_time(column: InstrumentedAttribute[Any]) -> ColumnElement[str]:
    # Parsed below with datetime.fromisoformat: several times faster than the type's
    # own result processing, and pages parse four times per row.
    return type_coerce(column, String())


def _entry_select() -> Select[*tuple[Any, ...]]:
    """Every column a page shows, with tags and cards, for one row per entry."""
    tags = (
        select(func.aggregate_strings(EntryTagRow.tag, _SEP))
        .where(EntryTagRow.entry_id == EntryRow.id)
        .scalar_subquery()
    )
    cards = (
        select(
            func.aggregate_strings(EntryCardRow.card_id + _CARD_SEP + EntryCardRow.outcome, _SEP)
        )
        .where(EntryCardRow.entry_id == EntryRow.id)
        .scalar_subquery()
    )
    return select(
        EntryRow.id,
        EntryRow.author_id,
        CaregiverRow.name,
        _raw_time(EntryRow.happened_at),
        _raw_time(EntryRow.written_at),
        _raw_time(EntryRow.updated_at),
        _raw_time(EntryRow.deleted_at),
        EntryRow.version,
        EntryRow.kind,
        EntryRow.text,
        EntryRow.mood,
        EntryRow.distress,
        EntryRow.sleep_hours,
        EntryRow.flagged,
        EntryRow.visibility,
        EntryRow.before,
        EntryRow.behaviour,
        EntryRow.tried,
        EntryRow.helped,
        tags,
        cards,
    ).join(CaregiverRow, CaregiverRow.id == EntryRow.author_id)


_KINDS = {kind.value: kind for kind in EntryKind}
_VISIBILITIES = {visibility.value: visibility for visibility in Visibility}


def _utc(value: str | datetime | None) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        # SQLite stores naive UTC text; one C call parses it with its time zone.
        return datetime.fromisoformat(value + "+00:00")
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def entry_from_row(row: Any) -> Entry:
    """An ``Entry`` from one row of :func:`entry_select`."""
    (
        entry_id,
        author_id,
        author_name,
        happened,
        written,
        updated,
        deleted,
        version,
        kind,
        body,
        mood,
        distress,
        sleep_hours,
        flagged,
        visibility,
        before,
        behaviour,
        tried,
        helped,
        tags,
        cards,
    ) = row
    happened_at = _utc(happened)
    assert happened_at is not None
    draft = _frozen(
        EntryDraft,
        {
            "text": body,
            "kind": _KINDS[kind],
            "happened_at": happened_at,
            "mood": mood,
            "distress": distress,
            "sleep_hours": sleep_hours,
            "tags": tuple(sorted(tags.split(_SEP))) if tags else (),
            "flagged": bool(flagged),
            "visibility": _VISIBILITIES[visibility],
            "before": before,
            "behaviour": behaviour,
            "tried": tried,
            "helped": helped,
            "cards": _cards(cards),
        },
    )
    return _frozen(
        Entry,
        {
            "id": entry_id,
            "author_id": author_id,
            "author_name": author_name,
            "happened_at": happened_at,
            "written_at": _utc(written) or happened_at,
            "updated_at": _utc(updated) or happened_at,
            "version": version,
            "draft": draft,
            "deleted_at": _utc(deleted),
        },
    )


_T = TypeVar("_T")


def _frozen(cls: type[_T], values: dict[str, Any]) -> _T:
    """Build a frozen dataclass from values read back from the store.

    A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``,
    which costs more than the SQL for a whole page; the values here were validated
    when they were saved, so they go straight into the instance. The instance stays
    frozen afterwards. Every field must be given (checked in the tests).
    """
    instance = object.__new__(cls)
    instance.__dict__.update(values)
    return instance


_ENTRY_SELECT = _entry_select()


def entry_select() -> Select[*tuple[Any, ...]]:
    """Every column a page shows, with tags and cards, for one row per entry."""
    return _ENTRY_SELECT


def _cards(joined: str | None) -> tuple[CardUse, ...]:
    if not joined:
        return ()
    uses = []
    for item in sorted(joined.split(_SEP)):
        card_id, _, outcome = item.partition(_CARD_SEP)
        uses.append(CardUse(card_id, CardOutcome(outcome)))
    return tuple(uses)


def visible_to(viewer_id: str) -> ColumnElement[bool]:
    """Shared entries, and the viewer's own private ones."""
    return or_(EntryRow.visibility == Visibility.SHARED.value, EntryRow.author_id == viewer_id)


@dataclass(frozen=True)
class _Shape:
    """Which filters are in use (not their values): one cached statement per shape."""

    authors: int
    kinds: int
    since: bool
    until: bool
    tag: bool
    flagged_only: bool
    private_only: bool
    include_deleted: bool
    shared_only: bool
    # "" (no search), "few" (the index leads), "many" (the timeline leads, matches
    # turned into entry ids first) or "most" (the timeline leads, each entry checked);
    # "server" on PostgreSQL, whose planner chooses for itself.
    search: str
    after: bool


@dataclass(frozen=True)
class EntryQuery:
    """A ready statement's shape and the values to run it with."""

    shape: _Shape
    params: dict[str, Any]

    def page(self, limit: int) -> tuple[Select[*tuple[Any, ...]], dict[str, Any]]:
        return _page_statement(self.shape), {**self.params, "limit": limit}

    def count(self) -> tuple[Select[int], dict[str, Any]]:
        return _count_statement(self.shape), self.params

    def conditions(self) -> list[ColumnElement[bool]]:
        return _conditions(self.shape)


def entry_query(
    conn: Connection,
    viewer_id: str,
    filters: EntryFilter,
    after: PageCursor | None = None,
) -> EntryQuery | None:
    """The query for what ``viewer_id`` sees through ``filters``; None if nothing can match.

    With a text search, a quick count of the matches decides how SQLite should find
    the entries (see ``SEARCH_DRIVE_LIMIT``); the conditions are the same either way.
    """
    params: dict[str, Any] = {"viewer": viewer_id}
    search = ""
    if filters.text.strip() and conn.dialect.name == "postgresql":
        # The shared server keeps statistics and plans the search itself.
        server_match = tsquery(filters.text)
        if server_match is None:
            return None
        search = "server"
        params["match"] = server_match
    elif filters.text.strip():
        match = fts5_query(filters.text)
        if match is None:
            return None
        # First try the plan for a rare word, which also counts the matches in the
        # same statement (see ``run_page``); a common word then gets its own plan.
        search = "few"
        params["match"] = match
        params["few_limit"] = SEARCH_DRIVE_LIMIT + 1
    for number, author_id in enumerate(filters.author_ids):
        params[f"author_{number}"] = author_id
    for number, kind in enumerate(filters.kinds):
        params[f"kind_{number}"] = kind.value
    if filters.since is not None:
        params["since"] = filters.since
    if filters.until is not None:
        params["until"] = filters.until
    if filters.tag:
        params["tag"] = filters.tag.lower()
    if after is not None:
        params["after_time"] = after.happened_at
        params["after_id"] = after.entry_id
    shape = _Shape(
        authors=len(filters.author_ids),
        kinds=len(filters.kinds),
        since=filters.since is not None,
        until=filters.until is not None,
        tag=bool(filters.tag),
        flagged_only=filters.flagged_only,
        private_only=filters.private_only,
        include_deleted=filters.include_deleted,
        shared_only=filters.shared_only,
        search=search,
        after=after is not None,
    )
    return EntryQuery(shape, params)


_TIME = EntryRow.happened_at.type


def _conditions(shape: _Shape) -> list[ColumnElement[bool]]:
    # With few matches, the search itself leads: the circle and author columns are
    # then compared as ``+column`` so their indexes can't lead instead.
    indexed = _not_indexed if shape.search == "few" else _as_is
    viewer = bindparam("viewer", type_=String())
    viewer_circle = select(CaregiverRow.circle_id).where(CaregiverRow.id == viewer)
    conditions: list[ColumnElement[bool]] = [
        indexed(EntryRow.circle_id) == viewer_circle.scalar_subquery(),
        or_(EntryRow.visibility == Visibility.SHARED.value, EntryRow.author_id == viewer),
    ]
    if not shape.include_deleted:
        conditions.append(EntryRow.deleted_at.is_(None))
    # One parameter per value (the shape knows how many), not an "expanding" list, so
    # the statement's SQL is fixed per shape and can be run straight on SQLite.
    if shape.authors:
        authors = [bindparam(f"author_{n}", type_=String()) for n in range(shape.authors)]
        conditions.append(indexed(EntryRow.author_id).in_(authors))
    if shape.kinds:
        kinds = [bindparam(f"kind_{n}", type_=String()) for n in range(shape.kinds)]
        conditions.append(EntryRow.kind.in_(kinds))
    if shape.since:
        conditions.append(EntryRow.happened_at >= bindparam("since", type_=_TIME))
    if shape.until:
        conditions.append(EntryRow.happened_at < bindparam("until", type_=_TIME))
    if shape.tag:
        conditions.append(
            exists().where(
                and_(EntryTagRow.entry_id == EntryRow.id, EntryTagRow.tag == bindparam("tag"))
            )
        )
    if shape.flagged_only:
        conditions.append(EntryRow.flagged.is_(True))
    if shape.private_only:
        conditions.append(EntryRow.visibility == Visibility.PRIVATE.value)
    if shape.shared_only:
        conditions.append(EntryRow.visibility == Visibility.SHARED.value)
    if shape.search == "few":
        conditions.append(EntryRow.id.in_(_FEW_MATCHES))
    elif shape.search == "many":
        conditions.append(EntryRow.id.in_(_FTS_MATCHES))
    elif shape.search == "most":
        conditions.append(_MATCHES_EACH)
    elif shape.search == "server":
        conditions.append(_server_matches())
    if shape.after:
        position = tuple_(EntryRow.happened_at, EntryRow.id)
        after = tuple_(bindparam("after_time", type_=_TIME), bindparam("after_id"))
        conditions.append(position < after)
    return conditions


@lru_cache(maxsize=256)
def _page_statement(shape: _Shape) -> Select[*tuple[Any, ...]]:
    base = _ENTRY_SELECT.add_columns(_FEW_COUNT) if shape.search == "few" else _ENTRY_SELECT
    return (
        base.where(*_conditions(shape))
        .order_by(EntryRow.happened_at.desc(), EntryRow.id.desc())
        .limit(bindparam("limit"))
    )


@lru_cache(maxsize=256)
def _count_statement(shape: _Shape) -> Select[int]:
    return select(func.count()).select_from(EntryRow).where(*_conditions(shape))


def _count_fts_matches(conn: Connection, match: str, at_most: int) -> int:
    """How many entries the search matches, counting no further than ``at_most``."""
    counted = conn.scalar(
        text(
            "SELECT count(*) FROM "
            "(SELECT 1 FROM entry_fts WHERE entry_fts MATCH :match LIMIT :at_most)"
        ),
        {"match": match, "at_most": at_most},
    )
    return int(counted or 0)


def _as_is(column: InstrumentedAttribute[str]) -> ColumnElement[str]:
    return column.expression


def _not_indexed(column: InstrumentedAttribute[str]) -> ColumnElement[str]:
    """``+column``: the same value, but SQLite won't use an index on it to lead the query.

    (The unary ``+`` is SQLite's documented way to keep a term out of index selection.)
    """
    return UnaryExpression(column.expression, operator=custom_op("+"), type_=column.type)


# True for an entry whose index row is among the matches (checked row by row).
_MATCHES_EACH = exists(
    select(text("1"))
    .select_from(text("entry_fts_rows"))
    .where(
        text("entry_fts_rows.entry_id = entries.id"),
        text(
            "entry_fts_rows.fts_rowid IN (SELECT rowid FROM entry_fts WHERE entry_fts MATCH :match)"
        ),
    )
)


# PostgreSQL: the generated search column and its GIN index (migration 0004). Built on
# first use: func.to_tsquery made before SQLAlchemy's PostgreSQL dialect is imported
# can't be compiled for it, and importing the dialect up front costs every local start.
@lru_cache(maxsize=1)
def _server_matches() -> ColumnElement[bool]:
    return literal_column("entries.search_vector").bool_op("@@")(
        func.to_tsquery(
            literal_column("'simple'::regconfig"),
            func.kindred_access.search_fold(bindparam("match")),
        )
    )


# The first SEARCH_DRIVE_LIMIT + 1 matches, and how many there are (up to that).
_FEW_ROWIDS = "SELECT rowid FROM entry_fts WHERE entry_fts MATCH :match LIMIT :few_limit"
_FEW_MATCHES = select(text("entry_id")).select_from(
    text(f"entry_fts_rows WHERE fts_rowid IN ({_FEW_ROWIDS})")
)
_FEW_COUNT = select(func.count()).select_from(text(f"({_FEW_ROWIDS}) AS few")).scalar_subquery()


def _plan_for_many(conn: Connection, query: EntryQuery) -> EntryQuery:
    """The plan for a word with more than SEARCH_DRIVE_LIMIT matches."""
    found = _count_fts_matches(conn, query.params["match"], SEARCH_MOST_LIMIT + 1)
    search = "many" if found <= SEARCH_MOST_LIMIT else "most"
    return EntryQuery(replace(query.shape, search=search), query.params)


def run_page(conn: Connection, query: EntryQuery, limit: int) -> list[Any]:
    """The rows of one page. A search first tries the rare-word plan, which counts its
    matches in the same statement: one statement in the usual case."""
    rows = _page_rows(conn, query, limit)
    if query.shape.search != "few":
        return rows
    matches = (
        rows[0][-1]
        if rows
        else _count_fts_matches(conn, query.params["match"], SEARCH_DRIVE_LIMIT + 1)
    )
    if matches <= SEARCH_DRIVE_LIMIT:
        return [row[:-1] for row in rows]
    return _page_rows(conn, _plan_for_many(conn, query), limit)


def _page_rows(conn: Connection, query: EntryQuery, limit: int) -> list[Any]:
    """Run one page statement; on SQLite straight on the driver's connection.

    SQLAlchemy's own execution (parameter processing, result wrapping) costs about
    as much as SQLite takes for a whole page. The statement's SQL is fixed per shape,
    so it is compiled once (``_sqlite_page_sql``) and its few parameters are put in
    storage form here; the rows are plain tuples, as ``entry_from_row`` wants.
    """
    statement, params = query.page(limit)
    if conn.dialect.name != "sqlite":
        return list(conn.execute(statement, params).all())
    sql, names, fixed = _sqlite_page_sql(query.shape, conn.dialect)
    values = [_sqlite_value(params[name] if name in params else fixed[name]) for name in names]
    cursor = conn.connection.driver_connection.execute(sql, values)  # type: ignore[union-attr]
    return list(cursor.fetchall())


@lru_cache(maxsize=256)
def _sqlite_page_sql(
    shape: _Shape, dialect: Dialect
) -> tuple[str, tuple[str, ...], dict[str, Any]]:
    """The SQL, its parameter names in order, and the values fixed in the statement
    itself (such as the tag separator)."""
    compiled = _page_statement(shape).compile(dialect=dialect)
    assert compiled.positiontup is not None  # SQLite's driver takes "?" parameters
    sql = compiled.string
    # Values SQLAlchemy writes into the SQL at execution (the separators): written in now.
    written_in = set()
    for param in compiled.literal_execute_params:
        name = compiled.bind_names[param]
        literal = compiled.render_literal_value(param.value, param.type)
        sql = sql.replace(f"__[POSTCOMPILE_{name}]", literal)
        written_in.add(name)
    names = tuple(name for name in compiled.positiontup if name not in written_in)
    return sql, names, dict(compiled.construct_params(_check=False))


def _sqlite_value(value: Any) -> Any:
    # Times are stored as naive UTC text (``UTCDateTime`` on SQLite), so they compare
    # as text in time order.
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
    return value


def resolved(conn: Connection, query: EntryQuery) -> EntryQuery:
    """The query with its final search plan (for counts and other statements)."""
    if query.shape.search != "few":
        return query
    matches = _count_fts_matches(conn, query.params["match"], SEARCH_DRIVE_LIMIT + 1)
    return query if matches <= SEARCH_DRIVE_LIMIT else _plan_for_many(conn, query)


_FTS_MATCHES = select(text("entry_id")).select_from(
    text(
        "entry_fts_rows WHERE fts_rowid IN "
        "(SELECT rowid FROM entry_fts WHERE entry_fts MATCH :match)"
    )
)
