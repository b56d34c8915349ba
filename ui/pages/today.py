"""The "Today" page: a calm place to jot down what happened, and what today looks like so far.

Quick entries are the most common thing a tired carer does, so this page asks for as
little as possible: a few words, optionally a kind and two ratings, then Enter.
Everything else lives in the full editor behind "More details…".

After a pause in typing, guidance cards that may help are offered under the box,
and the safety banner appears when the words suggest a risk to life. The banner is
checked again on saving and stays after the save, until the person writes again.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QKeyEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.domain.circle import Circle
from caregiver_app.domain.entries import Entry, EntryDraft, EntryFilter, EntryKind
from caregiver_app.domain.errors import InvalidInput
from ui.errors import plain_message
from ui.guidance_access import warm_up
from ui.plural import counted
from ui.session import Session
from ui.widgets.card_suggestions import CardSuggestions
from ui.widgets.rating import distress_rating, mood_rating, ratings_grid
from ui.widgets.safety_banner import SafetyBanner
from ui.widgets.scrolling import scroll_into

log = logging.getLogger(__name__)

RECENT_LIMIT = 5
WARM_UP_DELAY_MS = 1500
# Translated where shown, in the "TodayPage" context; tests compare with the English.
PLACEHOLDER = QT_TRANSLATE_NOOP("TodayPage", "What happened? A few words are enough.")
EMPTY_TODAY = QT_TRANSLATE_NOOP("TodayPage", "No entries yet — what happened today?")
SAVED_TEXT = QT_TRANSLATE_NOOP("TodayPage", "Saved.")


class QuickText(QPlainTextEdit):
    """A text box where Enter saves and Shift+Enter starts a new line."""

    submitted = Signal()
    VISIBLE_LINES = 3

    def sizeHint(self) -> QSize:
        # A few lines of the current font (it grows with the text-size setting),
        # rather than Qt's default, which is a large fixed box.
        hint = super().sizeHint()
        margins = self.contentsMargins()
        document = self.document().documentMargin() * 2
        lines = self.fontMetrics().lineSpacing() * self.VISIBLE_LINES
        height = lines + document + margins.top() + margins.bottom()
        return QSize(hint.width(), int(height))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            event.accept()
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class TodayPage(QWidget):
    def __init__(self, session: Session, open_editor: Callable[[], None]) -> None:
        super().__init__()
        self._session = session
        self._open_editor = open_editor
        self._saving = False
        self._build()
        self._connect_signals()
        self._refresh_names()
        self._refresh_today()
        # Load the cards and safety phrases a moment after the window is up (compiling
        # the phrases takes a few hundred milliseconds that start-up shouldn't pay),
        # in the background, so they are ready by the first pause in typing.
        QTimer.singleShot(WARM_UP_DELAY_MS, lambda: warm_up(session.runner))

    # --- layout ---------------------------------------------------------------------

    def _build(self) -> None:
        self._greeting = QLabel()
        self._greeting.setProperty("role", "title")
        self._greeting.setWordWrap(True)
        self._greeting.setTextFormat(Qt.TextFormat.PlainText)
        self._writing_as = QLabel()
        self._writing_as.setProperty("role", "muted")
        self._writing_as.setWordWrap(True)
        self._writing_as.setTextFormat(Qt.TextFormat.PlainText)

        self._text = QuickText()
        self._text.setPlaceholderText(self.tr(PLACEHOLDER))
        self._text.setTabChangesFocus(True)
        self._text.setAccessibleName(self.tr("What happened"))
        self._text.setAccessibleDescription(
            self.tr("Write a few words. Enter saves; Shift and Enter starts a new line.")
        )
        self._text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        text_label = QLabel(self.tr("What happened?"))
        text_label.setProperty("role", "heading")
        text_label.setBuddy(self._text)
        hint = QLabel(self.tr("Press Enter to save. Shift + Enter starts a new line."))
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        self._suggestions = CardSuggestions(self._session, self._text.toPlainText)
        self._suggestions.set_tab_after(self._text)
        self._safety = SafetyBanner(self._session, self._text.toPlainText)

        self._kind = QComboBox()
        for kind in EntryKind:
            self._kind.addItem(kind.label, kind)
        self._kind.setCurrentIndex(self._kind.findData(EntryKind.OBSERVATION))
        self._kind.setAccessibleName(self.tr("Kind of entry"))
        kind_label = QLabel(self.tr("Kind of entry"))
        kind_label.setBuddy(self._kind)

        self._mood = mood_rating()
        self._distress = distress_rating()

        kind_row = QHBoxLayout()
        kind_row.setSpacing(16)
        kind_row.addWidget(kind_label)
        kind_row.addWidget(self._kind)
        kind_row.addStretch(1)

        self._more = QPushButton(self.tr("More details…"))
        self._more.setAccessibleName(self.tr("More details"))
        self._more.setAccessibleDescription(
            self.tr("Open the full entry form: time, sleep, tags, a distress episode, privacy.")
        )
        self._save = QPushButton(self.tr("Save"))
        self._save.setProperty("role", "primary")
        self._save.setAccessibleName(self.tr("Save entry"))
        self._saved = QLabel(self.tr(SAVED_TEXT))
        self._saved.setProperty("role", "muted")
        self._saved.setAccessibleName(self.tr("Saved"))
        self._saved.hide()
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self._more)
        buttons.addStretch(1)
        buttons.addWidget(self._saved)
        buttons.addWidget(self._save)

        self._problem = QLabel()
        self._problem.setWordWrap(True)
        self._problem.setTextFormat(Qt.TextFormat.PlainText)
        self._problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._problem_box = QFrame()
        self._problem_box.setProperty("role", "banner")
        problem_layout = QVBoxLayout(self._problem_box)
        problem_layout.setContentsMargins(16, 12, 16, 12)
        problem_layout.addWidget(self._problem)
        self._problem_box.hide()

        card = QFrame()
        card.setProperty("role", "card")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(24, 20, 24, 20)
        card_layout.setSpacing(12)
        card_layout.addWidget(text_label)
        card_layout.addWidget(self._text)
        card_layout.addWidget(hint)
        card_layout.addWidget(self._suggestions)
        card_layout.addWidget(self._safety)
        card_layout.addLayout(kind_row)
        card_layout.addSpacing(4)
        card_layout.addLayout(ratings_grid((self._mood, self._distress)))
        card_layout.addWidget(self._problem_box)
        card_layout.addLayout(buttons)

        today_heading = QLabel(self.tr("Today so far"))
        today_heading.setProperty("role", "heading")
        self._today_list = QVBoxLayout()
        self._today_list.setSpacing(10)
        self._today_more = QLabel()
        self._today_more.setProperty("role", "muted")
        self._today_more.setWordWrap(True)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(16)
        layout.addWidget(self._greeting)
        layout.addWidget(self._writing_as)
        layout.addSpacing(4)
        layout.addWidget(card)
        layout.addSpacing(8)
        layout.addWidget(today_heading)
        layout.addLayout(self._today_list)
        layout.addWidget(self._today_more)
        layout.addStretch(1)

        scroll_into(self, content)

        # Reading order: write (then any ideas or safety note), describe, rate, act.
        banner = self._safety
        chain: list[QWidget] = [
            self._text,
            banner.card_button,
            banner.triage_button,
            banner.close_button,
            self._kind,
        ]
        for rating in (self._mood, self._distress):
            chain += [rating.slider, rating.reset_button]
        chain += [self._more, self._save]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self._text)

    def _connect_signals(self) -> None:
        self._text.submitted.connect(self._save_entry)
        self._text.textChanged.connect(self._on_text_changed)
        self._suggestions.watch(self._text.textChanged)
        self._safety.watch(self._text.textChanged)
        self._save.clicked.connect(self._save_entry)
        self._more.clicked.connect(self._open_editor)
        self._session.data_changed.connect(self._refresh_today)
        self._session.writer_changed.connect(self._on_writer_changed)
        self._session.circle_changed.connect(self._on_circle_changed)
        self._session.unlocked.connect(self._on_writer_changed)
        self._session.presentation_changed.connect(self._on_presentation_changed)

    # --- saving ---------------------------------------------------------------------

    def _save_entry(self) -> None:
        if self._saving or not self._session.is_unlocked:
            return
        # Words typed just before Enter are checked too; the save goes ahead either way.
        self._safety.refresh()
        draft = EntryDraft(
            text=self._text.toPlainText(),
            kind=self._kind.currentData(),
            mood=self._mood.value,
            distress=self._distress.value,
        )
        diary = self._session.services.diary
        author_id = self._session.writer.id
        self._set_saving(True)
        self._session.runner.run(
            lambda: diary.add(author_id, draft),
            self._on_saved,
            self._on_save_failed,
            write=True,
        )

    def _on_saved(self, _entry: Entry) -> None:
        self._set_saving(False)
        self._text.clear()  # hides any old message; the confirmation is shown after
        self._kind.setCurrentIndex(self._kind.findData(EntryKind.OBSERVATION))
        self._mood.reset()
        self._distress.reset()
        self._problem_box.hide()
        self._suggestions.clear()
        self._safety.hold()  # a safety note about the saved entry stays to be read
        self._saved.show()
        self._announce(self.tr(SAVED_TEXT))
        self._text.setFocus()

    def _on_save_failed(self, error: BaseException) -> None:
        self._set_saving(False)
        message = plain_message(error)
        self._saved.hide()
        self._problem.setText(message)
        self._problem_box.show()
        self._announce(message)
        if not isinstance(error, InvalidInput) or error.field == "text":
            self._text.setFocus()

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self._save.setEnabled(not saving)
        self._save.setText(self.tr("Saving…") if saving else self.tr("Save"))

    def _on_text_changed(self) -> None:
        # Once the person writes again, the old "Saved" or problem no longer applies.
        self._saved.hide()
        self._problem_box.hide()

    def _announce(self, message: str) -> None:
        """Tell screen-reader users what happened without moving their focus."""
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, message))

    # --- what today looks like ----------------------------------------------------------

    def _on_writer_changed(self, *_: object) -> None:
        self._refresh_names()
        self._refresh_today()

    def _on_circle_changed(self, _circle: Circle) -> None:
        self._refresh_names()

    def _on_presentation_changed(self, _presenting: bool) -> None:
        self._refresh_names()

    def _refresh_names(self) -> None:
        if not self._session.is_unlocked:
            return
        person = self._session.circle.person.display_name
        self._greeting.setText(self.tr("How is {person} today?").format(person=person))
        writer = self._session.writer
        if self._session.presenting:
            # Presentation mode hides who is writing: the room sees the app, not who.
            self._writing_as.setText(_today_text())
        elif writer.role.can_write:
            self._writing_as.setText(
                self.tr("{today}. You are writing as {name}.").format(
                    today=_today_text(), name=writer.name
                )
            )
        else:
            self._writing_as.setText(
                self.tr(
                    "{today}. You are signed in as {name}, who can read the diary "
                    "but not write in it."
                ).format(today=_today_text(), name=writer.name)
            )

    def _refresh_today(self, *_: object) -> None:
        if not self._session.is_unlocked:
            return
        diary = self._session.services.diary
        viewer_id = self._session.writer.id
        since = datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
        filters = EntryFilter(since=since)

        def load() -> tuple[tuple[Entry, ...], int]:
            page = diary.page(viewer_id, filters, limit=RECENT_LIMIT)
            return page.entries, diary.count(viewer_id, filters)

        self._session.runner.run(load, self._show_today, self._on_today_failed)

    def _show_today(self, result: tuple[tuple[Entry, ...], int]) -> None:
        entries, total = result
        _clear_layout(self._today_list)
        if not entries:
            empty = QLabel(self.tr(EMPTY_TODAY))
            empty.setProperty("role", "muted")
            empty.setWordWrap(True)
            self._today_list.addWidget(empty)
        for entry in entries:
            self._today_list.addWidget(_entry_card(entry))
        hidden = total - len(entries)
        more = "And %n more earlier today — you can see them all in the Diary."
        self._today_more.setText(
            counted(
                self.tr(
                    "And %n more earlier today — you can see them all in the Diary.", "", hidden
                ),
                more,
                hidden,
                "And 1 more earlier today — you can see them all in the Diary.",
            )
            if hidden > 0
            else ""
        )
        self._today_more.setVisible(hidden > 0)

    def _on_today_failed(self, error: BaseException) -> None:
        log.error("loading today's entries failed: %s", type(error).__name__)
        _clear_layout(self._today_list)
        problem = QLabel(
            self.tr("Today's entries could not be shown just now. They are still saved.")
        )
        problem.setWordWrap(True)
        self._today_list.addWidget(problem)


def _entry_card(entry: Entry) -> QFrame:
    card = QFrame()
    card.setProperty("role", "card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(16, 12, 16, 12)
    layout.setSpacing(4)
    local = entry.happened_at.astimezone()
    # QLocale(): the app's locale (the chosen language and country), not the computer's.
    when = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    meta = QLabel(f"{when} · {entry.author_name} · {entry.kind.label}")
    meta.setProperty("role", "muted")
    meta.setTextFormat(Qt.TextFormat.PlainText)
    meta.setWordWrap(True)
    first_line = next((line for line in entry.text.splitlines() if line.strip()), "")
    text = QLabel(first_line or entry.kind.label)
    text.setWordWrap(True)
    text.setTextFormat(Qt.TextFormat.PlainText)
    layout.addWidget(meta)
    layout.addWidget(text)
    card.setAccessibleName(f"{when}, {entry.author_name}, {entry.kind.label}: {first_line}")
    return card


def _clear_layout(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()  # gone from view now; deleted once control returns to Qt
            widget.deleteLater()


def _today_text() -> str:
    return QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
