"""The shared diary: search as you type, filters, and the timeline of entries.

Edit with Enter or a double-click, delete with Delete (and undo with Ctrl+Z),
history with Ctrl+H. Changes made by anyone, in this window or another program,
refresh the rows they touch.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.domain.entries import Entry, EntryFilter, EntryKind
from caregiver_app.services.changes import Changes
from ui.clipboard import copy_private_text
from ui.dialogs.history import HistoryDialog
from ui.errors import plain_message
from ui.models.diary_model import DiaryListModel
from ui.plural import counted
from ui.session import Session
from ui.theme import colours_for
from ui.widgets.entry_card import EntryCardDelegate
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.timeline_view import TimelineView

if TYPE_CHECKING:
    from ui.dialogs.entry_editor import EntryEditor

ANY_TIME = "any"
PERIODS = [  # labels translated where shown ("DiaryPage")
    (QT_TRANSLATE_NOOP("DiaryPage", "Any time"), ANY_TIME),
    (QT_TRANSLATE_NOOP("DiaryPage", "Last 7 days"), "7"),
    (QT_TRANSLATE_NOOP("DiaryPage", "Last 30 days"), "30"),
    (QT_TRANSLATE_NOOP("DiaryPage", "Last 90 days"), "90"),
    (QT_TRANSLATE_NOOP("DiaryPage", "Choose dates…"), "custom"),
]


EDITOR_WARM_UP_MS = 1500


def _editor_class() -> type[EntryEditor]:
    from ui.dialogs.entry_editor import EntryEditor

    return EntryEditor


class DiaryPage(QWidget):
    status = Signal(str)  # short messages for the window's status line

    def __init__(self, session: Session) -> None:
        super().__init__()
        self._session = session
        self._last_deleted: Entry | None = None
        self.model = DiaryListModel(session.services.diary, session.writer.id)
        self._build()
        self._fill_filter_choices()
        self._connect_signals()
        self.apply_filters()
        # The full editor's module (about a tenth of a second to import) loads once
        # the diary is on screen, not before it: start-up stays quick, Ctrl+N too.
        QTimer.singleShot(EDITOR_WARM_UP_MS, _editor_class)

    # --- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        title = QLabel(self.tr("Diary"))
        title.setProperty("role", "title")
        self.new_button = QPushButton(self.tr("New entry"))
        self.new_button.setProperty("role", "primary")
        self.new_button.setToolTip(self.tr("Write a new entry (Ctrl+N)"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the diary…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the diary"))
        self.search.setAccessibleDescription(self.tr("Results appear as you type"))

        self.author = QComboBox()
        self.author.setAccessibleName(self.tr("Written by"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of entry"))
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("When"))
        for label, value in PERIODS:
            self.period.addItem(self.tr(label), value)
        self.since = QDateEdit(QDate.currentDate().addDays(-30))
        self.until = QDateEdit(QDate.currentDate())
        for edit, name in ((self.since, self.tr("From")), (self.until, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)
            edit.hide()
        self.tag = QComboBox()
        self.tag.setEditable(True)
        self.tag.setAccessibleName(self.tr("Tag"))
        self.tag.lineEdit().setPlaceholderText(self.tr("Any tag"))
        self.tag.lineEdit().setAccessibleName(self.tr("Tag"))
        self.flagged = QCheckBox(self.tr("For the appointment"))
        self.flagged.setAccessibleName(self.tr("Only entries flagged for the next appointment"))
        self.private = QCheckBox(self.tr("Private"))
        self.private.setAccessibleName(self.tr("Only my private entries"))
        self.clear_filters = QPushButton(self.tr("Clear filters"))

        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.new_button)
        # Filters wrap onto a second line rather than widen the window at large text.
        filters_box = QWidget()
        filters = FlowLayout(filters_box)
        for widget in (self.author, self.kind, self.period, self.since, self.until, self.tag):
            filters.addWidget(widget)
        filters.addWidget(self.flagged)
        filters.addWidget(self.private)
        filters.addWidget(self.clear_filters)

        self.count = QLabel()
        self.count.setProperty("role", "muted")
        self.count.setAccessibleName(self.tr("Number of entries shown"))

        self.timeline = TimelineView()
        self.timeline.setObjectName("Timeline")
        self.timeline.setAccessibleName(self.tr("Diary entries, newest first"))
        self.timeline.setModel(self.model)
        self.delegate = EntryCardDelegate(
            self.model, colours_for(self._session.settings), self.timeline
        )
        self.timeline.width_changed.connect(self.delegate.set_width)
        self.timeline.setItemDelegate(self.delegate)

        self.empty = QFrame()
        self.empty.setProperty("role", "card")
        empty_layout = QVBoxLayout(self.empty)
        self.empty_text = QLabel()
        self.empty_text.setProperty("role", "heading")
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_action = QPushButton()
        self.empty_action.setProperty("role", "primary")
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addWidget(self.empty_action, 0, Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(2)

        self.body = QStackedWidget()
        self.body.addWidget(self.timeline)
        self.body.addWidget(self.empty)

        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setToolTip(self.tr("Edit the chosen entry (Enter)"))
        self.history_button = QPushButton(self.tr("History"))
        self.history_button.setToolTip(self.tr("Who changed this entry, and when (Ctrl+H)"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the chosen entry (Delete). You can undo it."))
        self.undo_button = QPushButton(self.tr("Undo delete"))
        self.undo_button.setToolTip(self.tr("Bring back the entry you just deleted (Ctrl+Z)"))
        self.undo_button.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        actions.addWidget(self.undo_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.history_button)
        actions.addWidget(self.delete_button)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(60)  # coalesce a burst of key presses

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(head)
        layout.addWidget(self.search)
        layout.addWidget(filters_box)
        layout.addWidget(self.body, 1)
        layout.addLayout(actions)
        self._update_actions()

    def _fill_filter_choices(self) -> None:
        keep_author = self.author.currentData()
        self.author.blockSignals(True)
        self.author.clear()
        self.author.addItem(self.tr("Everyone"), "")
        for caregiver in self._session.circle.caregivers:
            self.author.addItem(caregiver.name, caregiver.id)
        self.author.setCurrentIndex(max(0, self.author.findData(keep_author)))
        self.author.blockSignals(False)
        if self.kind.count() == 0:
            self.kind.addItem(self.tr("All kinds"), None)
            for kind in EntryKind:
                self.kind.addItem(kind.label, kind)
        self.tag.blockSignals(True)
        typed = self.tag.currentText()
        self.tag.clear()
        self.tag.addItem("")
        self.tag.addItems(list(self._session.services.diary.known_tags()))
        self.tag.setEditText(typed)
        self.tag.blockSignals(False)

    def _connect_signals(self) -> None:
        self._search_timer.timeout.connect(self.apply_filters)
        self.empty_action.clicked.connect(self._on_empty_action)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        for combo in (self.author, self.kind):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.period.currentIndexChanged.connect(self._on_period)
        self.since.dateChanged.connect(self.apply_filters)
        self.until.dateChanged.connect(self.apply_filters)
        self.tag.currentTextChanged.connect(self.apply_filters)
        self.flagged.toggled.connect(self.apply_filters)
        self.private.toggled.connect(self.apply_filters)
        self.clear_filters.clicked.connect(self.reset_filters)
        self.new_button.clicked.connect(self.new_entry)
        self.edit_button.clicked.connect(self.edit_selected)
        self.history_button.clicked.connect(self.show_history)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo_delete)
        self.timeline.doubleClicked.connect(lambda _: self.edit_selected())
        self.timeline.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.model.modelReset.connect(self._update_actions)
        self.model.rowsInserted.connect(self._update_actions)
        self.model.rowsRemoved.connect(self._update_actions)
        for keys, slot in (
            (Qt.Key.Key_Return, self.edit_selected),
            (Qt.Key.Key_Enter, self.edit_selected),
            (QKeySequence.StandardKey.Delete, self.delete_selected),
            ("Ctrl+H", self.show_history),
            (QKeySequence.StandardKey.Copy, self.copy_selected),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.timeline)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self._session.data_changed.connect(self._on_data_changed)
        # Bound methods, not lambdas: Qt disconnects them when this page is deleted
        # (on lock), so a later signal never reaches a page that is gone.
        self._session.writer_changed.connect(self._on_writer_changed)
        self._session.circle_changed.connect(self._on_circle_changed)
        self._session.settings_changed.connect(self._on_settings)
        self._session.presentation_changed.connect(self._on_presentation_changed)
        self._on_presentation_changed(self._session.presenting)

    def _on_presentation_changed(self, presenting: bool) -> None:
        # In presentation mode there are no private entries to filter for.
        if presenting:
            self.private.setChecked(False)
        self.private.setVisible(not presenting)

    # --- filters ----------------------------------------------------------------------

    def current_filters(self) -> EntryFilter:
        since = until = None
        period = self.period.currentData()
        today = datetime.now().astimezone()
        if period == "custom":
            since = _start_of(self.since.date())
            until = _start_of(self.until.date()) + timedelta(days=1)
        elif period != ANY_TIME:
            since = today - timedelta(days=int(period))
        kind = self.kind.currentData()
        author = self.author.currentData()
        return EntryFilter(
            text=search_text(self.search.text()),
            author_ids=(author,) if author else (),
            kinds=(EntryKind(kind),) if kind else (),
            since=since,
            until=until,
            tag=self.tag.currentText().strip().lstrip("#"),
            flagged_only=self.flagged.isChecked(),
            private_only=self.private.isChecked(),
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        filters = self.current_filters()
        self.delegate.set_search(filters.text)
        # New filters show their results from the top (scrolled first, so the old
        # position can't make the view think the end is in sight and load more).
        self.timeline.scrollToTop()
        try:
            self.model.set_filters(filters)
        except Exception as error:  # the store may have been closed under us
            self.status.emit(plain_message(error))
            return
        self._update_actions()

    def reset_filters(self) -> None:
        for widget in (self.author, self.kind, self.period):
            widget.setCurrentIndex(0)
        self.tag.setEditText("")
        self.flagged.setChecked(False)
        self.private.setChecked(False)
        self.search.clear()
        self.apply_filters()

    @property
    def search_pending(self) -> bool:
        """True between a key press in the search box and the results it brings."""
        return self._search_timer.isActive()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_period(self) -> None:
        custom = self.period.currentData() == "custom"
        self.since.setVisible(custom)
        self.until.setVisible(custom)
        self.apply_filters()

    # --- entries ----------------------------------------------------------------------

    def selected_entry(self) -> Entry | None:
        index = self.timeline.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def select_entry(self, entry_id: str) -> None:
        row = self.model.row_of(entry_id)
        if row is not None:
            self.timeline.setCurrentIndex(self.model.index(row))

    def _on_writer_changed(self, writer_id: str) -> None:
        self.model.set_viewer(writer_id)

    def _on_circle_changed(self, _circle: object) -> None:
        self._fill_filter_choices()

    def new_entry(self) -> None:
        if _editor_class().ask(self._session, None, self) is not None:
            self.status.emit(self.tr("Saved."))

    def edit_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        saved = _editor_class().ask(self._session, entry, self)
        if saved is not None:
            self.status.emit(self.tr("Saved."))
            self.select_entry(saved.id)

    def copy_selected(self) -> None:
        """Copy the chosen entry's words, marked so clipboard managers don't keep them."""
        entry = self.selected_entry()
        if entry is None:
            return
        draft = entry.draft
        parts = [draft.text, draft.before, draft.behaviour, draft.tried, draft.helped]
        copy_private_text("\n\n".join(part for part in parts if part))
        self.status.emit(self.tr("Copied. Kindred asked clipboard managers not to keep it."))

    def show_history(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        self._session.runner.run(
            lambda: self._session.services.diary.history(entry.id, self._session.writer.id),
            lambda revisions: HistoryDialog.show_for(revisions, self),
            lambda error: self.status.emit(plain_message(error)),
        )

    def delete_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        diary = self._session.services.diary
        writer = self._session.writer.id
        self._session.runner.run(
            lambda: diary.delete(entry.id, writer),
            self._deleted,
            lambda error: self.status.emit(plain_message(error)),
            write=True,
        )

    def _deleted(self, entry: Entry) -> None:
        self._last_deleted = entry
        self.undo_button.show()
        self.status.emit(self.tr("Entry deleted. Press Ctrl+Z or “Undo delete” to bring it back."))

    def undo_delete(self) -> bool:
        entry = self._last_deleted
        if entry is None:
            return False
        diary = self._session.services.diary
        writer = self._session.writer.id
        self._last_deleted = None
        self.undo_button.hide()
        self._session.runner.run(
            lambda: diary.undelete(entry.id, writer),
            lambda restored: (
                self.status.emit(self.tr("The entry is back.")),
                self.select_entry(restored.id),
            ),
            lambda error: self.status.emit(plain_message(error)),
            write=True,
        )
        return True

    # --- refreshing -------------------------------------------------------------------

    def _on_data_changed(self, changes: Changes) -> None:
        if not self._session.is_unlocked:
            return
        selected = self.selected_entry()
        top = self.timeline.indexAt(self.timeline.rect().topLeft())
        top_id = self.model.entry(top.row()).id if top.isValid() else None
        if changes.external:
            self.model.reload()
        else:
            self.model.refresh_entries(changes.entry_ids)
        self._fill_filter_choices()
        # Keep the reader's place: a refresh must not throw them back to the top.
        if top_id is not None and (row := self.model.row_of(top_id)) is not None:
            self.timeline.scrollTo(
                self.model.index(row), QAbstractItemView.ScrollHint.PositionAtTop
            )
        if selected is not None:
            self.select_entry(selected.id)
        self._update_actions()

    def _on_settings(self, _settings: object) -> None:
        self.delegate.set_colours(colours_for(self._session.settings))
        self.model.layoutChanged.emit()  # card heights follow the new text size

    def _update_actions(self) -> None:
        has_rows = self.model.rowCount() > 0
        has_selection = self.timeline.currentIndex().isValid()
        for button in (self.edit_button, self.history_button, self.delete_button):
            button.setEnabled(has_selection)
        filtered = self.current_filters() != EntryFilter()
        if has_rows:
            self.body.setCurrentWidget(self.timeline)
            rows = self.model.rowCount()
            if self.model.canFetchMore():  # more are loaded as the list scrolls
                self.count.setText(self.tr("%n+ entries", "", rows))
            else:
                self.count.setText(
                    counted(self.tr("%n entries", "", rows), "%n entries", rows, "1 entry")
                )
        else:
            self.body.setCurrentWidget(self.empty)
            if filtered:
                self.empty_text.setText(
                    self.tr("No entries match. Try fewer words or clear the filters.")
                )
                self.empty_action.setText(self.tr("Clear filters"))
            else:
                self.empty_text.setText(self.tr("No entries yet — what happened today?"))
                self.empty_action.setText(self.tr("Write the first entry"))
            self.count.setText("")

    def _on_empty_action(self) -> None:
        if self.current_filters() != EntryFilter():
            self.reset_filters()
        else:
            self.new_entry()


# One letter matches nearly everything and costs the most to look up: the search
# starts with the second letter typed.
MIN_SEARCH_LENGTH = 2


def search_text(typed: str) -> str:
    return typed if len(typed.strip()) >= MIN_SEARCH_LENGTH else ""


def _start_of(day: QDate) -> datetime:
    return datetime.combine(day.toPython(), time()).astimezone()  # type: ignore[arg-type]
