"""The full entry editor: everything an entry can hold, and a save that never loses text.

A failed save keeps the dialog open with every word still in it and says why in
plain words. An edit that crossed someone else's change opens the side-by-side
conflict view instead of overwriting anything.

While the person writes (after a pause of a second and a half) and whenever the
window closes without saving, what is typed is kept as an encrypted draft beside
the diary, so a crash, a power cut or a wrong click loses nothing. The next time
the same editor opens ("New entry", or editing the same entry) the words are
offered back. A successful save removes the draft. Draft text is never logged.

While the person writes, guidance cards that may help are suggested under the text,
and the safety banner appears if the words suggest a risk to life. Neither blocks
the save. If the banner first appears on saving, the entry is saved and the dialog
stays open (read-only) so the banner is seen before the window goes.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.domain.entries import Entry, EntryDraft, EntryKind, Visibility
from caregiver_app.domain.errors import EditConflict, ServerUnreachable
from caregiver_app.domain.serialise import draft_from_dict, draft_to_dict
from caregiver_app.storage.drafts import DraftBox
from ui.dialogs._i18n import local_time
from ui.dialogs.conflict import ConflictChoice, ConflictDialog
from ui.errors import plain_message
from ui.session import Session
from ui.widgets.card_suggestions import CardSuggestions
from ui.widgets.cards_tried import CardsTried
from ui.widgets.rating import distress_rating, mood_rating, ratings_grid
from ui.widgets.safety_banner import SafetyBanner
from ui.widgets.tag_edit import TagEdit

log = logging.getLogger(__name__)

NO_SLEEP = -0.5  # the spin box's "not recorded" position
SAVED_SEE_BANNER = QT_TRANSLATE_NOOP(
    "EntryEditor", "Saved. Please read the note above before you close this window."
)
DRAFT_PAUSE_MS = 1500
# A shared diary's server that can't be reached is tried again this often while the
# editor stays open: the words are saved as soon as it is back.
SERVER_RETRY_MS = 5000
NEW_ENTRY_DRAFT = "new-entry"


def draft_id_for(entry: Entry | None) -> str:
    """Where this editor keeps its draft: one for new entries, one per entry edited."""
    return NEW_ENTRY_DRAFT if entry is None else f"edit-{entry.id}"


def when_kept(saved_at: object) -> str:
    """'10:42 today' or '10:42 on Monday 3 March', from a draft's saved_at."""
    try:
        moment = datetime.fromisoformat(str(saved_at)).astimezone()
    except ValueError:
        return QCoreApplication.translate("entry_editor", "earlier")
    clock = moment.strftime("%H:%M")
    if moment.date() == datetime.now().astimezone().date():
        return QCoreApplication.translate("entry_editor", "{time} today").format(time=clock)
    # Translators: a Qt date format, e.g. "10:42 on Monday 3 March".
    return local_time(moment, QCoreApplication.translate("entry_editor", "HH:mm 'on' dddd d MMMM"))


class EntryEditor(QDialog):
    def __init__(
        self, session: Session, entry: Entry | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._entry = entry
        self.saved: Entry | None = None
        self._keep_open_after_save = False
        self.setWindowTitle(self.tr("Edit entry") if entry else self.tr("New entry"))
        # Wide enough for a comfortable line of text at any text size.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        self._draft_id = draft_id_for(entry)
        # Chosen once per new entry: saving again after a lost reply can't make a copy.
        self._new_entry_id = str(uuid.uuid4())
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_PAUSE_MS)
        self._server_retry = QTimer(self)
        self._server_retry.setSingleShot(True)
        self._server_retry.setInterval(SERVER_RETRY_MS)
        self._server_retry.timeout.connect(self._save_again)
        self._build()
        self._connect_signals()
        self._load(entry)
        self._draft_timer.stop()  # loading is not typing
        self._baseline = self._draft_dict()  # what "nothing changed" looks like
        self._offer_kept_draft()
        self.text.setFocus()

    # --- layout ---------------------------------------------------------------------

    def _build(self) -> None:
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setCalendarPopup(True)
        # Translators: a Qt date and time format, e.g. "3 Mar 2025  14:05".
        self.when.setDisplayFormat(self.tr("d MMM yyyy  HH:mm"))
        self.kind = QComboBox()
        for kind in EntryKind:
            self.kind.addItem(kind.label, kind)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("What happened? Write it in your own words."))
        self.text.setTabChangesFocus(True)
        self.mood = mood_rating()
        self.distress = distress_rating()
        self.sleep = QDoubleSpinBox()
        self.sleep.setRange(NO_SLEEP, 24)
        self.sleep.setSingleStep(0.5)
        self.sleep.setSpecialValueText(self.tr("not recorded"))
        self.sleep.setSuffix(self.tr(" hours"))
        self.sleep.setValue(NO_SLEEP)
        self.tags = TagEdit(self._session.services.diary.known_tags())
        self.flagged = QCheckBox(self.tr("Bring this up at the next appointment"))
        self.private = QCheckBox(self.tr("Private: only I can see this entry"))

        self.suggestions = CardSuggestions(self._session, self._suggestion_text)
        self.safety = SafetyBanner(self._session, self._all_text)
        self.cards_tried = CardsTried()

        self.episode = QGroupBox(self.tr("About this distress episode"))
        episode_form = QFormLayout(self.episode)
        episode_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.before = self._episode_box(self.tr("What happened just before?"))
        self.behaviour = self._episode_box(self.tr("What did they say or do?"))
        self.tried = self._episode_box(self.tr("What did we try?"))
        self.helped = self._episode_box(self.tr("What helped, even a little?"))
        episode_form.addRow(self.tr("Before"), self.before)
        episode_form.addRow(self.tr("What they did"), self.behaviour)
        episode_form.addRow(self.tr("What we tried"), self.tried)
        episode_form.addRow(self.tr("What helped"), self.helped)
        episode_form.addRow(self.cards_tried)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setProperty("role", "banner-text")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setProperty("role", "primary")
        save.setToolTip(self.tr("Save (Ctrl+Enter)"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("When"), self.when)
        form.addRow(self.tr("Kind"), self.kind)
        text_field = QWidget()
        text_column = QVBoxLayout(text_field)
        text_column.setContentsMargins(0, 0, 0, 0)
        text_column.setSpacing(4)
        text_column.addWidget(self.text)
        text_column.addWidget(self.suggestions)
        text_label = QLabel(self.tr("What happened"))
        text_label.setBuddy(self.text)
        form.addRow(text_label, text_field)
        form.addRow(self.tr("Ratings"), ratings_grid((self.mood, self.distress)))
        form.addRow(self.tr("Sleep"), self.sleep)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow("", self.flagged)
        form.addRow("", self.private)

        self.content = content = QWidget()
        inner = QVBoxLayout(content)
        inner.addLayout(form)
        inner.addWidget(self.episode)
        inner.addStretch(1)
        self._scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_draft_offer())
        layout.addWidget(scroll, 1)
        # Outside the scrolling form, so it is seen wherever the person is writing.
        layout.addWidget(self.safety)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for widget, name in (
            (self.when, self.tr("When it happened")),
            (self.kind, self.tr("Kind of entry")),
            (self.text, self.tr("What happened")),
            (self.sleep, self.tr("Hours of sleep")),
            (self.tags, self.tr("Tags, separated by commas")),
            (self.flagged, self.tr("Flag for the next appointment")),
            (self.private, self.tr("Private entry")),
        ):
            widget.setAccessibleName(name)
        # The ideas offered under the text come right after it when tabbing.
        self.suggestions.set_tab_after(self.text)

    def _build_draft_offer(self) -> QFrame:
        self.draft_offer = QFrame()
        self.draft_offer.setProperty("role", "banner")
        column = QVBoxLayout(self.draft_offer)
        column.setContentsMargins(16, 12, 16, 12)
        self.draft_offer_text = QLabel()
        self.draft_offer_text.setWordWrap(True)
        self.draft_offer_text.setProperty("role", "banner-text")
        self.carry_on = QPushButton(self.tr("Yes, carry on with them"))
        self.carry_on.setProperty("role", "primary")
        self.start_afresh = QPushButton(self.tr("No, start afresh"))
        self.start_afresh.setAccessibleName(
            self.tr("No, start afresh: the unsaved words are let go")
        )
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start_afresh)
        row.addWidget(self.carry_on)
        column.addWidget(self.draft_offer_text)
        column.addLayout(row)
        self.draft_offer.hide()
        return self.draft_offer

    def _episode_box(self, placeholder: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setPlaceholderText(placeholder)
        box.setTabChangesFocus(True)
        box.setAccessibleName(placeholder)
        box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 16)
        return box

    def _connect_signals(self) -> None:
        self.kind.currentIndexChanged.connect(self._show_episode_fields)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.suggestions.watch(
            self.text.textChanged, self.before.textChanged, self.behaviour.textChanged
        )
        self.safety.watch(*(box.textChanged for box in self._text_boxes()))
        self.suggestions.add_requested.connect(self._add_suggested_card)
        self.cards_tried.changed.connect(self._offer_suggestions_to_add)
        self._draft_timer.timeout.connect(self.keep_draft)
        for box in self._text_boxes():
            box.textChanged.connect(self._draft_timer.start)
        self.kind.currentIndexChanged.connect(self._draft_timer.start)
        self.when.dateTimeChanged.connect(self._draft_timer.start)
        self.flagged.toggled.connect(self._draft_timer.start)
        self.carry_on.clicked.connect(self._carry_on_with_draft)
        self.start_afresh.clicked.connect(self._start_afresh)

    def keyPressEvent(self, event: object) -> None:

        assert isinstance(event, QKeyEvent)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.save()
            return
        super().keyPressEvent(event)

    # --- data -----------------------------------------------------------------------

    def _load(self, entry: Entry | None) -> None:
        if entry is None:
            self.kind.setCurrentIndex(self.kind.findData(EntryKind.OBSERVATION))
            self._show_episode_fields()
            return
        draft = entry.draft
        self.when.setDateTime(QDateTime(entry.happened_at.astimezone()))
        self.kind.setCurrentIndex(self.kind.findData(draft.kind))
        self.text.setPlainText(draft.text)
        self.text.moveCursor(QTextCursor.MoveOperation.End)  # carry on writing where it ends
        self.mood.set_value(draft.mood)
        self.distress.set_value(draft.distress)
        self.sleep.setValue(NO_SLEEP if draft.sleep_hours is None else draft.sleep_hours)
        self.tags.set_tags(draft.tags)
        self.flagged.setChecked(draft.flagged)
        self.private.setChecked(
            draft.is_private if hasattr(draft, "is_private") else entry.is_private
        )
        self.private.setEnabled(entry.author_id == self._session.writer.id)
        for box, value in (
            (self.before, draft.before),
            (self.behaviour, draft.behaviour),
            (self.tried, draft.tried),
            (self.helped, draft.helped),
        ):
            box.setPlainText(value)
        self.cards_tried.set_uses(draft.cards)
        self._show_episode_fields()

    def _fill(self, draft: EntryDraft) -> None:
        """Put a kept draft's words back in the fields."""
        if draft.happened_at is not None:
            self.when.setDateTime(QDateTime(draft.happened_at.astimezone()))
        self.kind.setCurrentIndex(self.kind.findData(draft.kind))
        self.text.setPlainText(draft.text)
        self.text.moveCursor(QTextCursor.MoveOperation.End)
        self.mood.set_value(draft.mood)
        self.distress.set_value(draft.distress)
        self.sleep.setValue(NO_SLEEP if draft.sleep_hours is None else draft.sleep_hours)
        self.tags.set_tags(draft.tags)
        self.flagged.setChecked(draft.flagged)
        if self.private.isEnabled():
            self.private.setChecked(draft.visibility is Visibility.PRIVATE)
        for box, value in (
            (self.before, draft.before),
            (self.behaviour, draft.behaviour),
            (self.tried, draft.tried),
            (self.helped, draft.helped),
        ):
            box.setPlainText(value)
        self.cards_tried.set_uses(draft.cards)
        self._show_episode_fields()

    def draft(self) -> EntryDraft:
        sleep = self.sleep.value()
        moment: datetime = self.when.dateTime().toPython()  # type: ignore[assignment]
        return EntryDraft(
            text=self.text.toPlainText(),
            kind=self.kind.currentData(),
            happened_at=moment.astimezone(),
            mood=self.mood.value,
            distress=self.distress.value,
            sleep_hours=None if sleep <= NO_SLEEP else sleep,
            tags=self.tags.tags(),
            flagged=self.flagged.isChecked(),
            visibility=Visibility.PRIVATE if self.private.isChecked() else Visibility.SHARED,
            before=self.before.toPlainText(),
            behaviour=self.behaviour.toPlainText(),
            tried=self.tried.toPlainText(),
            helped=self.helped.toPlainText(),
            cards=self.cards_tried.uses(),
        )

    def _show_episode_fields(self) -> None:
        self.episode.setVisible(self._is_episode())
        self._offer_suggestions_to_add()

    def _is_episode(self) -> bool:
        return bool(self.kind.currentData() == EntryKind.DISTRESS_EPISODE)

    # --- guidance while writing ---------------------------------------------------------

    def _text_boxes(self) -> tuple[QPlainTextEdit, ...]:
        return (self.text, self.before, self.behaviour, self.tried, self.helped)

    def _suggestion_text(self) -> str:
        """What happened, in the person's words (not what was tried: that names the cards)."""
        return "\n".join(box.toPlainText() for box in (self.text, self.before, self.behaviour))

    def _all_text(self) -> str:
        """Every box, for the safety net: a risk can be mentioned anywhere."""
        return "\n".join(box.toPlainText() for box in self._text_boxes())

    def _offer_suggestions_to_add(self) -> None:
        self.suggestions.set_add_offer(self._is_episode(), self.cards_tried.card_ids())

    def _add_suggested_card(self, card_id: str) -> None:
        row = self.cards_tried.add_card(card_id)
        # The next step is to say whether it helped: take the keyboard there.
        row.radios[row.outcome].setFocus()
        self._scroll.ensureWidgetVisible(row)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # --- drafts: nothing typed is lost ------------------------------------------------

    def _draft_box(self) -> DraftBox | None:
        return self._session.services.store.drafts if self._session.is_unlocked else None

    def _draft_dict(self) -> dict[str, Any]:
        draft = self.draft()
        # The kind box hands back the plain value; the dict wants the enum.
        return draft_to_dict(replace(draft, kind=EntryKind(draft.kind)))

    def has_unsaved_changes(self) -> bool:
        return self.saved is None and self._draft_dict() != self._baseline

    def keep_draft(self) -> None:
        """Keep what is typed now (if anything changed) as this editor's draft."""
        self._draft_timer.stop()
        box = self._draft_box()
        if box is None or not self.has_unsaved_changes():
            return
        payload: dict[str, Any] = self._draft_dict()
        payload["entry_id"] = self._entry.id if self._entry else None
        payload["version"] = self._entry.version if self._entry else None
        payload["new_entry_id"] = self._new_entry_id
        payload["saved_at"] = datetime.now(UTC).isoformat()
        try:
            box.save(self._draft_id, payload)
        except (OSError, RuntimeError) as error:
            log.warning("draft could not be kept: %s", type(error).__name__)

    def _discard_draft(self) -> None:
        self._draft_timer.stop()
        box = self._draft_box()
        if box is None:
            return
        try:
            box.discard(self._draft_id)
        except (OSError, RuntimeError) as error:
            log.warning("draft could not be removed: %s", type(error).__name__)

    def _kept_draft(self) -> dict[str, Any] | None:
        box = self._draft_box()
        if box is None:
            return None
        try:
            return box.all().get(self._draft_id)
        except (OSError, RuntimeError) as error:
            log.warning("drafts could not be read: %s", type(error).__name__)
            return None

    def _offer_kept_draft(self) -> None:
        kept = self._kept_draft()
        if kept is None:
            return
        self.draft_offer_text.setText(
            self.tr("You have unsaved words from {when}. Carry on with them?").format(
                when=when_kept(kept.get("saved_at"))
            )
        )
        self.draft_offer.show()

    def _carry_on_with_draft(self) -> None:
        kept = self._kept_draft()
        self.draft_offer.hide()
        if kept is not None:
            try:
                self._fill(draft_from_dict(kept))
                self._new_entry_id = str(kept.get("new_entry_id") or self._new_entry_id)
            except (KeyError, TypeError, ValueError) as error:
                log.warning("a kept draft could not be read: %s", type(error).__name__)
                self.show_message(self.tr("Sorry: those unsaved words could not be read back."))
        self._draft_timer.stop()
        self.text.setFocus()

    def _start_afresh(self) -> None:
        self.draft_offer.hide()
        self._discard_draft()
        self.text.setFocus()

    # --- saving -----------------------------------------------------------------------

    def save(self) -> None:
        if self.saved is not None and self._keep_open_after_save:
            self.accept()  # already saved; the banner has been seen
            return
        # The banner is checked once more now, for words typed just before saving.
        seen = self.safety.alert is not None
        self._keep_open_after_save = self.safety.refresh() is not None and not seen
        diary = self._session.services.diary
        writer = self._session.writer.id
        draft = self.draft()
        entry = self._entry
        self.buttons.setEnabled(False)
        if entry is None:
            new_id = self._new_entry_id
            op = lambda: diary.add(writer, draft, entry_id=new_id)  # noqa: E731
        else:
            op = lambda: diary.edit(entry.id, writer, draft, entry.version)  # noqa: E731
        self._session.runner.run(op, self._saved, self._save_failed, write=True)

    def _saved(self, entry: Entry) -> None:
        self.saved = entry
        self.buttons.setEnabled(True)
        if self._keep_open_after_save:
            self._show_saved_with_banner(entry)
            return
        self.accept()

    def _show_saved_with_banner(self, entry: Entry) -> None:
        """Saved, but the safety banner only just appeared: let it be read first."""
        self._entry = entry
        self.content.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).hide()
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close: the entry is saved"))
        close.setProperty("role", "primary")
        close.style().unpolish(close)
        close.style().polish(close)
        saved = self.tr(SAVED_SEE_BANNER)
        self.show_message(saved)
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, saved))
        close.setFocus()

    def accept(self) -> None:
        if self.saved is not None:
            self._discard_draft()  # the words are in the diary now
        super().accept()

    def reject(self) -> None:
        # Once saved, closing the window in any way reports the saved entry.
        if self.saved is not None:
            self.accept()
            return
        # Closing without saving keeps what was typed for next time, so a wrong
        # click loses nothing; a draft offered but not yet answered is left as it is.
        if self.has_unsaved_changes():
            self.keep_draft()
        elif self.draft_offer.isHidden():
            self._discard_draft()
        super().reject()

    def _save_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, EditConflict):
            self._resolve(error)
            return
        if isinstance(error, ServerUnreachable):
            # Kept on this computer (encrypted) in case the window closes, and saved
            # by itself once the server answers: the entry's id is fixed, so a retry
            # can never make a second copy.
            self.keep_draft()
            self.show_message(
                self.tr(
                    "The shared diary can't be reached just now. Your words are kept on "
                    "this computer, and Kindred will save them as soon as the server is back."
                )
            )
            self._server_retry.start()
            return
        self.show_message(plain_message(error))

    def _save_again(self) -> None:
        if self.isVisible() and self.saved is None:
            self.save()

    def _resolve(self, conflict: EditConflict) -> None:
        choice = ConflictDialog.ask(conflict, self)
        diary = self._session.services.diary
        writer = self._session.writer.id
        if choice is ConflictChoice.KEEP_MINE:
            current = conflict.current
            self._entry = current
            self._session.runner.run(
                lambda: diary.edit(current.id, writer, conflict.attempted, current.version),
                self._saved,
                self._save_failed,
                write=True,
            )
        elif choice is ConflictChoice.KEEP_BOTH:
            self._session.runner.run(
                lambda: diary.add(writer, conflict.attempted),
                self._saved,
                self._save_failed,
                write=True,
            )
        elif choice is ConflictChoice.KEEP_THEIRS:
            self.saved = conflict.current
            self.accept()
        else:
            self.show_message(
                self.tr(
                    "Nothing was saved yet. Your text is still here, and it is also kept "
                    "in the entry's history."
                )
            )

    @classmethod
    def ask(
        cls, session: Session, entry: Entry | None = None, parent: QWidget | None = None
    ) -> Entry | None:
        dialog = cls(session, entry, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None
