"""The diary timeline as a lazily fetched list model.

Rows are loaded a page at a time with keyset paging, so a 100,000-entry diary
costs what its visible pages cost. A page takes a few milliseconds, so fetching
runs on the UI thread when the view scrolls near the end: moving it to a worker
would make scrolling stutter for no gain.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from caregiver_app.domain.entries import Entry, EntryFilter, PageCursor
from caregiver_app.domain.errors import NotFound
from caregiver_app.i18n import format_date
from caregiver_app.services.diary_service import DiaryService

EntryRole = Qt.ItemDataRole.UserRole + 1
DayHeaderRole = Qt.ItemDataRole.UserRole + 2

PAGE_SIZE = 50  # a screenful or two: each new page of cards must be laid out at once
# After each key typed in the search box, just enough to fill the screen: more
# arrive as the person scrolls.
FIRST_PAGE_SIZE = 20
# After an outside change, reload at most this many rows to keep the reader's place.
MAX_RELOAD = 1000

Index = QModelIndex | QPersistentModelIndex


class DiaryListModel(QAbstractListModel):
    def __init__(self, diary: DiaryService, viewer_id: str, page_size: int = PAGE_SIZE) -> None:
        super().__init__()
        self._diary = diary
        self._viewer_id = viewer_id
        self._filters = EntryFilter()
        self._page_size = page_size
        self._entries: list[Entry] = []
        # The day heading shown above each row (None within a day), kept in step with
        # _entries: views ask for it on every paint, so it is worked out once.
        self._headers: list[str | None] = []
        self._cursor: PageCursor | None = None
        self._exhausted = True
        self._fetching = False
        # After a reload, no more pages until the view shows the last row: QTreeView
        # otherwise fetches a page whenever it lays out (Qt's QTreeViewPrivate::layout),
        # so every key typed in the search box laid out 70 cards instead of 20.
        self._held = False

    # --- Qt model interface ---------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.text or entry.draft.behaviour or entry.kind.label
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return _spoken(entry)
        if role == EntryRole:
            return entry
        if role == DayHeaderRole:
            return self._headers[index.row()]
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._held

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._fetching or self._held:
            return
        # Views call fetchMore again from inside insert notifications: the cursor
        # must move before anyone is told, or the same page arrives twice.
        self._fetching = True
        try:
            page = self._diary.page(
                self._viewer_id, self._filters, after=self._cursor, limit=self._page_size
            )
            self._cursor = page.next_cursor
            self._exhausted = page.next_cursor is None
            if page.entries:
                first = len(self._entries)
                self.beginInsertRows(QModelIndex(), first, first + len(page.entries) - 1)
                self._entries.extend(page.entries)
                self._update_headers(first)
                self.endInsertRows()
        finally:
            self._fetching = False

    # --- what screens ask for -----------------------------------------------------

    @property
    def has_more(self) -> bool:
        """Older entries are still to be loaded (whether or not they are held back)."""
        return not self._exhausted

    @property
    def holding_back(self) -> bool:
        """A next page exists but waits for the view to show the last row."""
        return self._held and not self._exhausted

    def end_in_sight(self) -> None:
        """The view shows the last loaded row: load the next page (see ``_held``)."""
        self._held = False
        self.fetchMore()

    @property
    def filters(self) -> EntryFilter:
        return self._filters

    def entry(self, row: int) -> Entry:
        return self._entries[row]

    def header(self, row: int) -> str | None:
        """The day heading shown above ``row``, or None within a day."""
        return self._headers[row]

    def row_of(self, entry_id: str) -> int | None:
        return next((i for i, e in enumerate(self._entries) if e.id == entry_id), None)

    def set_viewer(self, viewer_id: str) -> None:
        self._viewer_id = viewer_id
        self.reload(force=True)

    def set_filters(self, filters: EntryFilter) -> None:
        self._filters = filters
        self.reload(keep=0, force=True)

    def reload(self, keep: int | None = None, *, force: bool = False) -> None:
        """Start again from the newest entry, loading about as many rows as were shown.

        When nothing visible changed, the view is left alone: no flicker, no jump.
        """
        wanted = max(1, min(len(self._entries) if keep is None else keep, MAX_RELOAD))
        entries: list[Entry] = []
        cursor: PageCursor | None = None
        while True:
            size = min(self._page_size, FIRST_PAGE_SIZE) if not entries else self._page_size
            page = self._diary.page(self._viewer_id, self._filters, after=cursor, limit=size)
            entries.extend(page.entries)
            cursor = page.next_cursor
            if cursor is None or len(entries) >= wanted:
                break
        if (
            not force
            and _versions(entries) == _versions(self._entries[: len(entries)])
            and ((cursor is None) == self._exhausted or len(self._entries) > len(entries))
        ):
            return
        self.beginResetModel()
        self._entries = entries
        self._update_headers(0)
        self._cursor = cursor
        self._exhausted = cursor is None
        self._held = True
        self.endResetModel()

    def refresh_entries(self, entry_ids: Iterable[str]) -> None:
        """Bring the named entries up to date; a new entry reloads from the top."""
        for entry_id in entry_ids:
            row = self.row_of(entry_id)
            if row is None:
                self.reload()
                return
            try:
                fresh = self._diary.get(entry_id, self._viewer_id)
            except NotFound:
                fresh = None
            if fresh is None or (
                fresh.deleted_at is not None and not self._filters.include_deleted
            ):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._entries[row]
                self._update_headers(row)
                self.endRemoveRows()
                self._header_may_change(row)
            elif fresh.happened_at != self._entries[row].happened_at:
                self.reload()  # it moved in time: its place in the list changed
                return
            else:
                self._entries[row] = fresh
                index = self.index(row)
                self.dataChanged.emit(index, index)

    def _header_may_change(self, row: int) -> None:
        if row < len(self._entries):
            index = self.index(row)
            self.dataChanged.emit(index, index, [DayHeaderRole])

    def _update_headers(self, first: int) -> None:
        """Work out the day headings from row ``first`` on."""
        del self._headers[first:]
        today = date.today()
        previous = _local_day(self._entries[first - 1].happened_at) if first > 0 else None
        for entry in self._entries[first:]:
            day = _local_day(entry.happened_at)
            self._headers.append(None if day == previous else day_label(day, today))
            previous = day


def _versions(entries: list[Entry]) -> list[tuple[str, int]]:
    return [(entry.id, entry.version) for entry in entries]


def _local_day(moment: datetime) -> date:
    return moment.astimezone().date()


def day_label(day: date, today: date | None = None) -> str:
    today = today or date.today()
    if day == today:
        return QCoreApplication.translate("diary_model", "Today")
    if (today - day).days == 1:
        return QCoreApplication.translate("diary_model", "Yesterday")
    label = format_date(day, "date_weekday")  # "Tuesday 3 March", in the app's language
    return label if day.year == today.year else f"{label} {day.year}"


def _spoken(entry: Entry) -> str:
    """What a screen reader says for a row: the same facts the card shows."""
    when = entry.happened_at.astimezone().strftime("%H:%M")
    parts = [
        QCoreApplication.translate("diary_model", "{kind} at {time} by {name}").format(
            kind=entry.kind.label, time=when, name=entry.author_name
        ),
        entry.text,
    ]
    if entry.draft.mood is not None:
        parts.append(
            QCoreApplication.translate("diary_model", "mood {value} of 10").format(
                value=entry.draft.mood
            )
        )
    if entry.draft.distress is not None:
        parts.append(
            QCoreApplication.translate("diary_model", "distress {value} of 10").format(
                value=entry.draft.distress
            )
        )
    if entry.draft.flagged:
        parts.append(QCoreApplication.translate("diary_model", "flagged for the next appointment"))
    if entry.is_private:
        parts.append(QCoreApplication.translate("diary_model", "private"))
    return ". ".join(p for p in parts if p)
