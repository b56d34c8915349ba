"""The shared care diary: write, edit, delete and undo, list, search, history.

Every change is a revision with who and when, so nothing is ever lost. An edit
names the version it started from; if someone else saved in between, the edit is
refused with :class:`EditConflict` and the attempted text is kept in the history.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select, text, tuple_
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql.expression import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from caregiver_app.domain.circle import Role
from caregiver_app.domain.entries import (
    Entry,
    EntryDraft,
    EntryFilter,
    EntryKind,
    EntryPage,
    PageCursor,
    Revision,
    RevisionAction,
    Visibility,
)
from caregiver_app.domain.errors import EditConflict, InvalidInput, NotAllowed, NotFound
from caregiver_app.domain.serialise import draft_from_dict, draft_to_dict
from caregiver_app.services.changes import Changes
from caregiver_app.services.search_query import fts5_query
from caregiver_app.storage.store import Store
from caregiver_app.storage.tables import (
    CaregiverRow,
    EntryRow,
    EntryTagRow,
    RevisionRow,
    utc_now,
)

DEFAULT_PAGE_SIZE = 50
_CONTENT_COLUMNS = (
    "text",
    "kind",
    "mood",
    "distress",
    "sleep_hours",
    "flagged",
    "visibility",
    "before",
    "behaviour",
    "tried",
    "helped",
)


class DiaryService:
    def __init__(self, store: Store) -> None:
        self._store = store

    # --- writing -------------------------------------------------------------

    def add(self, author_id: str, draft: EntryDraft) -> Entry:
        draft = draft.validated()
        now = utc_now()
        with self._store.write() as session:
            author = _writer(session, author_id)
            row = EntryRow(circle_id=author.circle_id, author_id=author.id, written_at=now)
            _apply(row, draft, default_time=now)
            row.updated_at = now
            session.add(row)
            session.flush()
            _set_tags(session, row.id, draft.tags)
            _record(session, row, draft, RevisionAction.CREATED, author.id, now)
            entry = _entry(row, author.name, draft.tags)
        self._store.changes.emit(Changes(entry_ids=frozenset({entry.id})))
        return entry

    def edit(
        self, entry_id: str, editor_id: str, draft: EntryDraft, expected_version: int
    ) -> Entry:
        """Save an edit made to ``expected_version``; refuse it if that is no longer current."""
        draft = draft.validated()
        now = utc_now()
        conflict: EditConflict | None = None
        with self._store.write() as session:
            editor = _writer(session, editor_id)
            row = _row_for_change(session, entry_id, editor)
            if row.version != expected_version:
                current = _entry(row, _name(session, row.author_id), _tags(session, row.id))
                # Keep the attempt in the history before refusing it: nothing typed is lost.
                _record(session, row, draft, RevisionAction.CONFLICTED, editor.id, now)
                conflict = EditConflict(current=current, attempted=draft)
            else:
                _apply(row, draft, default_time=row.happened_at)
                row.version += 1
                row.updated_at = now
                _set_tags(session, row.id, draft.tags)
                _record(session, row, draft, RevisionAction.EDITED, editor.id, now)
                entry = _entry(row, _name(session, row.author_id), draft.tags)
        if conflict is not None:
            raise conflict
        self._store.changes.emit(Changes(entry_ids=frozenset({entry_id})))
        return entry

    def delete(self, entry_id: str, by_id: str) -> Entry:
        """Hide an entry from the diary. It stays in the store and can be brought back."""
        return self._set_deleted(entry_id, by_id, deleted=True)

    def undelete(self, entry_id: str, by_id: str) -> Entry:
        return self._set_deleted(entry_id, by_id, deleted=False)

    def _set_deleted(self, entry_id: str, by_id: str, *, deleted: bool) -> Entry:
        now = utc_now()
        with self._store.write() as session:
            actor = _writer(session, by_id)
            row = _row_for_change(session, entry_id, actor)
            if (row.deleted_at is not None) != deleted:
                row.deleted_at = now if deleted else None
                row.deleted_by = actor.id if deleted else None
                row.version += 1
                row.updated_at = now
                tags = _tags(session, row.id)
                action = RevisionAction.DELETED if deleted else RevisionAction.RESTORED
                _record(session, row, _draft(row, tags), action, actor.id, now)
            entry = _entry(row, _name(session, row.author_id), _tags(session, row.id))
        self._store.changes.emit(Changes(entry_ids=frozenset({entry_id})))
        return entry

    # --- reading -------------------------------------------------------------

    def get(self, entry_id: str, viewer_id: str) -> Entry:
        with self._store.read() as session:
            row = session.get(EntryRow, entry_id)
            if row is None or not _may_see(row, viewer_id):
                raise NotFound("That entry isn't in the diary.")
            return _entry(row, _name(session, row.author_id), _tags(session, row.id))

    def page(
        self,
        viewer_id: str,
        filters: EntryFilter | None = None,
        after: PageCursor | None = None,
        limit: int = DEFAULT_PAGE_SIZE,
    ) -> EntryPage:
        """Entries newest first, ``limit`` at a time, continuing after ``after``."""
        with self._store.read() as session:
            conditions = _conditions(session, viewer_id, filters or EntryFilter())
            if conditions is None:
                return EntryPage(entries=())
            if after is not None:
                position = tuple_(EntryRow.happened_at, EntryRow.id)
                conditions.append(position < tuple_(after.happened_at, after.entry_id))
            query = (
                select(EntryRow, CaregiverRow.name)
                .join(CaregiverRow, CaregiverRow.id == EntryRow.author_id)
                .where(*conditions)
            )
            query = query.order_by(EntryRow.happened_at.desc(), EntryRow.id.desc())
            rows = session.execute(query.limit(limit + 1)).all()
            more = len(rows) > limit
            rows = rows[:limit]
            tags = _tags_for(session, [row.id for row, _ in rows])
            entries = tuple(_entry(row, name, tags.get(row.id, ())) for row, name in rows)
        cursor = None
        if more and entries:
            last = entries[-1]
            cursor = PageCursor(happened_at=last.happened_at, entry_id=last.id)
        return EntryPage(entries=entries, next_cursor=cursor)

    def count(self, viewer_id: str, filters: EntryFilter | None = None) -> int:
        with self._store.read() as session:
            conditions = _conditions(session, viewer_id, filters or EntryFilter())
            if conditions is None:
                return 0
            query = select(func.count()).select_from(EntryRow).where(*conditions)
            return int(session.scalar(query) or 0)

    def history(self, entry_id: str, viewer_id: str) -> tuple[Revision, ...]:
        """Every step of the entry's life, oldest first. Conflicted attempts are included."""
        self.get(entry_id, viewer_id)  # same visibility rule as the entry itself
        return self.histories([entry_id]).get(entry_id, ())

    def histories(self, entry_ids: Sequence[str]) -> dict[str, tuple[Revision, ...]]:
        """Histories of entries the caller already may see, in one query (for exports)."""
        found: dict[str, list[Revision]] = {}
        with self._store.read() as session:
            rows = session.execute(
                select(RevisionRow, CaregiverRow.name)
                .join(CaregiverRow, CaregiverRow.id == RevisionRow.by_id)
                .where(RevisionRow.entry_id.in_(list(entry_ids)))
                .order_by(RevisionRow.entry_id, RevisionRow.at, RevisionRow.version)
            ).all()
        for row, name in rows:
            found.setdefault(row.entry_id, []).append(
                Revision(
                    entry_id=row.entry_id,
                    version=row.version,
                    action=RevisionAction(row.action),
                    by_id=row.by_id,
                    by_name=name,
                    at=row.at,
                    content=draft_from_dict(json.loads(row.content)),
                )
            )
        return {key: tuple(value) for key, value in found.items()}

    def resolve_id(self, prefix: str, viewer_id: str) -> str:
        """The full id of the one visible entry whose id starts with ``prefix``."""
        cleaned = prefix.strip().lower()
        if len(cleaned) < 6:
            raise InvalidInput("id", "Please give at least the first 6 characters of the entry id.")
        with self._store.read() as session:
            conditions = _conditions(session, viewer_id, EntryFilter(include_deleted=True)) or []
            query = (
                select(EntryRow.id)
                .where(EntryRow.id.startswith(cleaned, autoescape=True), *conditions)
                .limit(2)
            )
            found = session.scalars(query).all()
        if not found:
            raise NotFound("That entry isn't in the diary.")
        if len(found) > 1:
            raise InvalidInput(
                "id", "More than one entry starts like that. Please give more of the id."
            )
        return found[0]

    def known_tags(self, prefix: str = "") -> tuple[str, ...]:
        """Tags already used, most used first: for completion while typing."""
        query = (
            select(EntryTagRow.tag)
            .group_by(EntryTagRow.tag)
            .order_by(func.count().desc(), EntryTagRow.tag)
        )
        if prefix:
            query = query.where(EntryTagRow.tag.startswith(prefix.lower(), autoescape=True))
        with self._store.read() as session:
            return tuple(session.scalars(query.limit(200)).all())


# --- helpers ------------------------------------------------------------------


def _writer(session: Session, caregiver_id: str) -> CaregiverRow:
    caregiver = session.get(CaregiverRow, caregiver_id)
    if caregiver is None:
        raise NotFound("Please choose who is writing first.")
    if not Role(caregiver.role).can_write:
        raise NotAllowed(f"{caregiver.name} can read the diary but not write in it.")
    return caregiver


def _row_for_change(session: Session, entry_id: str, actor: CaregiverRow) -> EntryRow:
    row = session.get(EntryRow, entry_id)
    if row is None or row.circle_id != actor.circle_id or not _may_see(row, actor.id):
        raise NotFound("That entry isn't in the diary.")
    return row


def _may_see(row: EntryRow, viewer_id: str) -> bool:
    return row.visibility == Visibility.SHARED.value or row.author_id == viewer_id


def _apply(row: EntryRow, draft: EntryDraft, default_time: datetime) -> None:
    for name in _CONTENT_COLUMNS:
        value = getattr(draft, name)
        setattr(row, name, value.value if isinstance(value, EntryKind | Visibility) else value)
    row.happened_at = draft.happened_at or default_time


def _draft(row: EntryRow, tags: Sequence[str]) -> EntryDraft:
    return EntryDraft(
        text=row.text,
        kind=EntryKind(row.kind),
        happened_at=row.happened_at,
        mood=row.mood,
        distress=row.distress,
        sleep_hours=row.sleep_hours,
        tags=tuple(tags),
        flagged=row.flagged,
        visibility=Visibility(row.visibility),
        before=row.before,
        behaviour=row.behaviour,
        tried=row.tried,
        helped=row.helped,
    )


def _entry(row: EntryRow, author_name: str, tags: Sequence[str]) -> Entry:
    return Entry(
        id=row.id,
        author_id=row.author_id,
        author_name=author_name,
        happened_at=row.happened_at,
        written_at=row.written_at,
        updated_at=row.updated_at,
        version=row.version,
        draft=_draft(row, tags),
        deleted_at=row.deleted_at,
    )


def _record(
    session: Session,
    row: EntryRow,
    draft: EntryDraft,
    action: RevisionAction,
    by_id: str,
    at: datetime,
) -> None:
    content = draft_to_dict(draft)
    if content["happened_at"] is None:
        content["happened_at"] = row.happened_at.isoformat()
    session.add(
        RevisionRow(
            entry_id=row.id,
            version=row.version,
            action=action.value,
            by_id=by_id,
            at=at,
            content=json.dumps(content, ensure_ascii=False),
        )
    )


def _set_tags(session: Session, entry_id: str, tags: Sequence[str]) -> None:
    session.query(EntryTagRow).filter(EntryTagRow.entry_id == entry_id).delete()
    session.add_all(EntryTagRow(entry_id=entry_id, tag=tag) for tag in tags)


def _tags(session: Session, entry_id: str) -> tuple[str, ...]:
    return _tags_for(session, [entry_id]).get(entry_id, ())


def _tags_for(session: Session, entry_ids: list[str]) -> dict[str, tuple[str, ...]]:
    if not entry_ids:
        return {}
    found: dict[str, list[str]] = {}
    for entry_id, tag in session.execute(
        select(EntryTagRow.entry_id, EntryTagRow.tag)
        .where(EntryTagRow.entry_id.in_(entry_ids))
        .order_by(EntryTagRow.tag)
    ):
        found.setdefault(entry_id, []).append(tag)
    return {key: tuple(value) for key, value in found.items()}


def _name(session: Session, caregiver_id: str) -> str:
    return session.scalar(select(CaregiverRow.name).where(CaregiverRow.id == caregiver_id)) or ""


def _conditions(
    session: Session, viewer_id: str, filters: EntryFilter
) -> list[ColumnElement[bool]] | None:
    """The viewer's visibility rule plus the filters; None when nothing can match.

    With a text search, a quick count of the matches decides how SQLite should find
    the entries (see ``SEARCH_DRIVE_LIMIT``); the conditions are the same either way.
    """
    match: str | None = None
    if filters.text.strip():
        match = fts5_query(filters.text)
        if match is None:
            return None
    few_matches = False
    if match is not None:
        found = _count_fts_matches(session, match, SEARCH_DRIVE_LIMIT + 1)
        if found == 0:
            return None
        few_matches = found <= SEARCH_DRIVE_LIMIT
    # With few matches, the search itself leads: the circle and author columns are
    # then compared as ``+column`` so their indexes can't lead instead.
    indexed = _not_indexed if few_matches else _as_is
    viewer_circle = select(CaregiverRow.circle_id).where(CaregiverRow.id == viewer_id)
    conditions: list[ColumnElement[bool]] = [
        indexed(EntryRow.circle_id) == viewer_circle.scalar_subquery(),
        or_(EntryRow.visibility == Visibility.SHARED.value, EntryRow.author_id == viewer_id),
    ]
    if not filters.include_deleted:
        conditions.append(EntryRow.deleted_at.is_(None))
    if filters.author_ids:
        conditions.append(indexed(EntryRow.author_id).in_(filters.author_ids))
    if filters.kinds:
        conditions.append(EntryRow.kind.in_([kind.value for kind in filters.kinds]))
    if filters.since is not None:
        conditions.append(EntryRow.happened_at >= filters.since.astimezone(UTC))
    if filters.until is not None:
        conditions.append(EntryRow.happened_at < filters.until.astimezone(UTC))
    if filters.tag:
        conditions.append(
            exists().where(
                and_(EntryTagRow.entry_id == EntryRow.id, EntryTagRow.tag == filters.tag.lower())
            )
        )
    if filters.flagged_only:
        conditions.append(EntryRow.flagged.is_(True))
    if filters.private_only:
        conditions.append(EntryRow.visibility == Visibility.PRIVATE.value)
    if match is not None:
        conditions.append(EntryRow.id.in_(_fts_matches(match)))
    return conditions


# A search matching at most this many entries (in the whole diary) is run from the
# search index: each match is looked up by id, then sorted. A search matching more is
# run along the timeline, newest first, stopping once the page is full. SQLite keeps
# no statistics here, so left to itself it always walks the timeline, reading every
# entry when the word is rare (about 100 ms at 100,000 entries, instead of under 1 ms).
SEARCH_DRIVE_LIMIT = 250


def _count_fts_matches(session: Session, match: str, at_most: int) -> int:
    """How many entries the search matches, counting no further than ``at_most``."""
    counted = session.scalar(
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


def _fts_matches(match: str) -> Select[tuple[str]]:
    return (
        select(text("entry_id"))
        .select_from(
            text(
                "entry_fts_rows WHERE fts_rowid IN "
                "(SELECT rowid FROM entry_fts WHERE entry_fts MATCH :match)"
            )
        )
        .params(match=match)
    )
