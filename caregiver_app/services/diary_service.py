"""The shared care diary: write, edit, delete and undo, list, search, history.

Every change is a revision with who and when, so nothing is ever lost. An edit
names the version it started from; if someone else saved in between, the edit is
refused with :class:`EditConflict` and the attempted text is kept in the history.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from sqlalchemy import Connection, delete, func, select
from sqlalchemy.orm import Session

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
from caregiver_app.domain.errors import EditConflict, InvalidInput, NotFound
from caregiver_app.domain.serialise import draft_from_dict, draft_to_dict
from caregiver_app.i18n import N_, _
from caregiver_app.services.changes import Changes
from caregiver_app.services.entry_reads import (
    entry_from_row,
    entry_query,
    entry_select,
    resolved,
    run_page,
    visible_to,
)
from caregiver_app.services.members import writer_row
from caregiver_app.storage.retry import retry_contention
from caregiver_app.storage.store import Store
from caregiver_app.storage.tables import (
    CaregiverRow,
    EntryCardRow,
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
    def __init__(self, store: Store, *, shared_only: bool = False) -> None:
        self._store = store
        # Presentation mode: every read leaves private entries out, the viewer's own too.
        self.shared_only = shared_only

    def _seen(self, filters: EntryFilter | None = None) -> EntryFilter:
        filters = filters or EntryFilter()
        return replace(filters, shared_only=True) if self.shared_only else filters

    # --- writing -------------------------------------------------------------

    def add(self, author_id: str, draft: EntryDraft, *, entry_id: str | None = None) -> Entry:
        """Write a new entry. ``entry_id``, chosen once by the caller, makes saving again safe.

        On the shared server a connection can drop during the COMMIT itself: the entry
        may have arrived although the save reported a failure. Saving again with the
        same ``entry_id`` finds it: with the same words it is simply saved; with words
        changed since, they are saved as an edit of it. Never a second copy.
        """
        entry, earlier = self._add(author_id, draft, entry_id)
        if earlier is not None:
            return self.edit(earlier.id, author_id, draft, earlier.version)
        return entry

    @retry_contention
    def _add(
        self, author_id: str, draft: EntryDraft, entry_id: str | None
    ) -> tuple[Entry, Entry | None]:
        draft = draft.validated()
        now = utc_now()
        with self._store.write() as session:
            author = _writer(session, author_id)
            earlier = _earlier_attempt(session, entry_id, author) if entry_id else None
            if earlier is not None:
                if earlier.draft == _with_time(draft, earlier):
                    entry = earlier  # saved the first time; only the reply was lost
                else:
                    return earlier, earlier  # changed since: the caller saves an edit
            else:
                row = EntryRow(circle_id=author.circle_id, author_id=author.id, written_at=now)
                if entry_id is not None:
                    row.id = entry_id
                _apply(row, draft, default_time=now)
                row.updated_at = now
                session.add(row)
                session.flush()
                _set_tags_and_cards(session, row.id, draft)
                _record(session, row, draft, RevisionAction.CREATED, author.id, now)
                session.flush()
                entry = _load(session.connection(), row.id)
        self._store.changes.emit(Changes(entry_ids=frozenset({entry.id})))
        return entry, None

    @retry_contention
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
                current = _load(session.connection(), row.id)
                # Keep the attempt in the history before refusing it: nothing typed is lost.
                _record(session, row, draft, RevisionAction.CONFLICTED, editor.id, now)
                conflict = EditConflict(current=current, attempted=draft)
            else:
                _apply(row, draft, default_time=row.happened_at)
                row.version += 1
                row.updated_at = now
                _set_tags_and_cards(session, row.id, draft)
                _record(session, row, draft, RevisionAction.EDITED, editor.id, now)
                session.flush()
                entry = _load(session.connection(), row.id)
        if conflict is not None:
            raise conflict
        self._store.changes.emit(Changes(entry_ids=frozenset({entry_id})))
        return entry

    def delete(self, entry_id: str, by_id: str) -> Entry:
        """Hide an entry from the diary. It stays in the store and can be brought back."""
        return self._set_deleted(entry_id, by_id, deleted=True)

    def undelete(self, entry_id: str, by_id: str) -> Entry:
        return self._set_deleted(entry_id, by_id, deleted=False)

    @retry_contention
    def _set_deleted(self, entry_id: str, by_id: str, *, deleted: bool) -> Entry:
        now = utc_now()
        with self._store.write() as session:
            actor = _writer(session, by_id)
            row = _row_for_change(session, entry_id, actor)
            if (row.deleted_at is not None) != deleted:
                content = _load(session.connection(), row.id).draft
                row.deleted_at = now if deleted else None
                row.deleted_by = actor.id if deleted else None
                row.version += 1
                row.updated_at = now
                action = RevisionAction.DELETED if deleted else RevisionAction.RESTORED
                _record(session, row, content, action, actor.id, now)
                session.flush()
            entry = _load(session.connection(), row.id)
        self._store.changes.emit(Changes(entry_ids=frozenset({entry_id})))
        return entry

    # --- reading -------------------------------------------------------------

    def get(self, entry_id: str, viewer_id: str) -> Entry:
        with self._store.reading() as conn:
            row = conn.execute(
                entry_select().where(EntryRow.id == entry_id, visible_to(viewer_id))
            ).first()
        entry = entry_from_row(row) if row is not None else None
        if entry is None or (self.shared_only and entry.is_private):
            raise NotFound("That entry isn't in the diary.")
        return entry

    def page(
        self,
        viewer_id: str,
        filters: EntryFilter | None = None,
        after: PageCursor | None = None,
        limit: int = DEFAULT_PAGE_SIZE,
    ) -> EntryPage:
        """Entries newest first, ``limit`` at a time, continuing after ``after``."""
        with self._store.reading() as conn:
            query = entry_query(conn, viewer_id, self._seen(filters), after)
            if query is None:
                return EntryPage(entries=())
            rows = run_page(conn, query, limit + 1)
        entries = tuple(entry_from_row(row) for row in rows[:limit])
        cursor = None
        if len(rows) > limit and entries:
            last = entries[-1]
            cursor = PageCursor(happened_at=last.happened_at, entry_id=last.id)
        return EntryPage(entries=entries, next_cursor=cursor)

    def count(self, viewer_id: str, filters: EntryFilter | None = None) -> int:
        with self._store.reading() as conn:
            query = entry_query(conn, viewer_id, self._seen(filters))
            if query is None:
                return 0
            statement, params = resolved(conn, query).count()
            return int(conn.scalar(statement, params) or 0)

    def history(self, entry_id: str, viewer_id: str) -> tuple[Revision, ...]:
        """Every step of the entry's life, oldest first. Conflicted attempts are included."""
        self.get(entry_id, viewer_id)  # same visibility rule as the entry itself
        return self.histories([entry_id]).get(entry_id, ())

    def histories(self, entry_ids: Sequence[str]) -> dict[str, tuple[Revision, ...]]:
        """Histories of entries the caller already may see, in one query (for exports)."""
        found: dict[str, list[Revision]] = {}
        with self._store.reading() as conn:
            rows = conn.execute(
                select(
                    RevisionRow.entry_id,
                    RevisionRow.version,
                    RevisionRow.action,
                    RevisionRow.by_id,
                    CaregiverRow.name,
                    RevisionRow.at,
                    RevisionRow.content,
                )
                .join(CaregiverRow, CaregiverRow.id == RevisionRow.by_id)
                .where(RevisionRow.entry_id.in_(list(entry_ids)))
                .order_by(RevisionRow.entry_id, RevisionRow.at, RevisionRow.version)
            ).all()
        for entry_id, version, action, by_id, name, at, content in rows:
            found.setdefault(entry_id, []).append(
                Revision(
                    entry_id=entry_id,
                    version=version,
                    action=RevisionAction(action),
                    by_id=by_id,
                    by_name=name,
                    at=at,
                    content=draft_from_dict(json.loads(content)),
                )
            )
        return {key: tuple(value) for key, value in found.items()}

    def card_uses(self, card_id: str, viewer_id: str, limit: int = 20) -> tuple[Entry, ...]:
        """Entries (newest first) in which this card's ideas were tried."""
        with self._store.reading() as conn:
            query = entry_query(conn, viewer_id, self._seen())
            assert query is not None  # no search text: something can always match
            used = select(EntryCardRow.entry_id).where(EntryCardRow.card_id == card_id)
            rows = conn.execute(
                entry_select()
                .where(*query.conditions(), EntryRow.id.in_(used))
                .order_by(EntryRow.happened_at.desc(), EntryRow.id.desc())
                .limit(limit),
                query.params,
            ).all()
        return tuple(entry_from_row(row) for row in rows)

    def resolve_id(self, prefix: str, viewer_id: str) -> str:
        """The full id of the one visible entry whose id starts with ``prefix``."""
        cleaned = prefix.strip().lower()
        if len(cleaned) < 6:
            raise InvalidInput("id", "Please give at least the first 6 characters of the entry id.")
        with self._store.reading() as conn:
            query = entry_query(conn, viewer_id, self._seen(EntryFilter(include_deleted=True)))
            assert query is not None  # no search text: something can always match
            statement = (
                select(EntryRow.id)
                .where(EntryRow.id.startswith(cleaned, autoescape=True), *query.conditions())
                .limit(2)
            )
            found = conn.scalars(statement, query.params).all()
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
        with self._store.reading() as conn:
            return tuple(conn.scalars(query.limit(200)).all())


# --- helpers ------------------------------------------------------------------


def _load(conn: Connection, entry_id: str) -> Entry:
    return entry_from_row(conn.execute(entry_select().where(EntryRow.id == entry_id)).one())


def _earlier_attempt(session: Session, entry_id: str, author: CaregiverRow) -> Entry | None:
    """The entry an earlier try of this same save wrote, or None if there is none.

    Only a never-edited entry of the same author counts: anything else with this id
    is not ours to treat as saved.
    """
    row = session.get(EntryRow, entry_id)
    if row is None:
        return None
    if row.author_id != author.id or row.version != 1 or row.deleted_at is not None:
        raise InvalidInput("text", _("That entry is already in the diary. Please look there."))
    return _load(session.connection(), entry_id)


def _with_time(draft: EntryDraft, saved: Entry) -> EntryDraft:
    # A draft without a time was saved with the moment of saving.
    if draft.happened_at is not None:
        return draft
    return replace(draft, happened_at=saved.draft.happened_at)


def _writer(session: Session, caregiver_id: str) -> CaregiverRow:
    return writer_row(
        session,
        caregiver_id,
        N_("{name} can read the diary but not write in it."),
        missing=N_("Please choose who is writing first."),
    )


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


def _set_tags_and_cards(session: Session, entry_id: str, draft: EntryDraft) -> None:
    session.execute(delete(EntryTagRow).where(EntryTagRow.entry_id == entry_id))
    session.execute(delete(EntryCardRow).where(EntryCardRow.entry_id == entry_id))
    session.add_all(EntryTagRow(entry_id=entry_id, tag=tag) for tag in draft.tags)
    session.add_all(
        EntryCardRow(entry_id=entry_id, card_id=use.card_id, outcome=use.outcome.value)
        for use in draft.cards
    )
