"""About them: the person's "About me" profile, in the family's words, kept up to date.

In the spirit of the Alzheimer's Society's "This is me" and the NHS hospital
passport: what matters to them, their routines, what upsets and what calms them,
how they communicate. Saving never overwrites someone else's change: if another
family member saved first, the page says what they changed, keeps every word
typed here, and offers to save this version on top once it has been read.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.domain.circle import Circle, PersonProfile
from caregiver_app.domain.errors import InvalidInput
from ui.dialogs.medicine_dialogs import text_box
from ui.dialogs.profile_sheet import ProfileSheetDialog
from ui.errors import plain_message
from ui.session import Session
from ui.widgets.growing_text import GrowingText
from ui.widgets.page_parts import SplitRow, card, label
from ui.widgets.pdf_preview import PdfOutput
from ui.widgets.scrolling import scroll_into

# The person's own words, in the order a newcomer (a nurse, a new carer) needs them.
# Captions and hints are translated where shown ("AboutThemPage").
TEXT_FIELDS = (
    (
        "diagnoses",
        QT_TRANSLATE_NOOP("AboutThemPage", "Diagnoses, as your family knows them"),
        QT_TRANSLATE_NOOP("AboutThemPage", "For example: Alzheimer's disease, 2023"),
    ),
    (
        "allergies",
        QT_TRANSLATE_NOOP("AboutThemPage", "Allergies"),
        QT_TRANSLATE_NOOP(
            "AboutThemPage", "Medicines or foods that cause a reaction, and what happens"
        ),
    ),
    (
        "what_matters",
        QT_TRANSLATE_NOOP("AboutThemPage", "What matters to them"),
        QT_TRANSLATE_NOOP("AboutThemPage", "People, places, pets, music, faith, work…"),
    ),
    (
        "routines",
        QT_TRANSLATE_NOOP("AboutThemPage", "Their routines"),
        QT_TRANSLATE_NOOP(
            "AboutThemPage", "Waking, meals, a daily walk, a programme never missed…"
        ),
    ),
    (
        "what_upsets",
        QT_TRANSLATE_NOOP("AboutThemPage", "What upsets them"),
        QT_TRANSLATE_NOOP("AboutThemPage", "Noise, being rushed, a time of day…"),
    ),
    (
        "what_calms",
        QT_TRANSLATE_NOOP("AboutThemPage", "What calms them"),
        QT_TRANSLATE_NOOP("AboutThemPage", "A voice, a song, a walk, a photo album…"),
    ),
    (
        "communication",
        QT_TRANSLATE_NOOP("AboutThemPage", "How they communicate"),
        QT_TRANSLATE_NOOP("AboutThemPage", "Hearing, glasses, language, how they show pain…"),
    ),
)
NO_DATE = QDate(1900, 1, 1)  # the date box's "not written" position
SAVED = QT_TRANSLATE_NOOP("AboutThemPage", "Saved.")


class AboutThemPage(QWidget):
    status = Signal(str)

    def __init__(self, session: Session, output: PdfOutput | None = None) -> None:
        super().__init__()
        self._session = session
        self._output = output or PdfOutput()
        self._version = 0
        self._loaded: PersonProfile | None = None
        self._theirs: Circle | None = None  # someone else's save, met while editing
        self._loading = False
        self.dirty = False
        self._build()
        self._connect_signals()
        self.load(session.circle)
        self._apply_role()

    # --- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        self.title = label("", "title")
        intro = label(
            self.tr(
                "A page about who they are, in your family's words: for a hospital stay, "
                "a new carer or a respite break. Keep it up to date as things change."
            ),
            "muted",
        )
        self.name = QLineEdit()
        self.preferred = QLineEdit()
        self.preferred.setPlaceholderText(self.tr("The name they like to be called"))
        self.born = QDateEdit()
        self.born.setCalendarPopup(True)
        self.born.setDisplayFormat("d MMMM yyyy")
        self.born.setMinimumDate(NO_DATE)
        self.born.setMaximumDate(QDate.currentDate())
        self.born.setSpecialValueText(self.tr("Not written"))
        self.texts: dict[str, GrowingText] = {}

        form_card, form = card()
        for widget, text in (
            (self.name, self.tr("Full name")),
            (self.preferred, self.tr("Known as")),
            (self.born, self.tr("Date of birth")),
        ):
            self._add_row(form, text, widget)
        for field, text, hint in TEXT_FIELDS:
            box = text_box(self.tr(hint), 3)
            self.texts[field] = box
            self._add_row(form, self.tr(text), box)

        self.problem = label()
        self.problem.setAccessibleName(self.tr("Message"))
        self.keep_mine = QPushButton(self.tr("Save my version"))
        self.keep_mine.setToolTip(self.tr("Save what is written here, on top of their change"))
        self.problem_box = QFrame()
        self.problem_box.setProperty("role", "banner")
        problem_layout = QVBoxLayout(self.problem_box)
        problem_layout.setContentsMargins(16, 12, 16, 12)
        problem_layout.addWidget(self.problem)
        problem_layout.addWidget(self.keep_mine, 0, Qt.AlignmentFlag.AlignLeft)
        self.problem_box.hide()

        self.print_button = QPushButton(self.tr("Print / save the About me page…"))
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.setProperty("role", "primary")
        self.saved = label(self.tr(SAVED), "muted")
        self.saved.hide()
        self.read_only = label("", "muted")
        self.read_only.hide()
        save_box = QWidget()
        save_row = QHBoxLayout(save_box)
        save_row.setContentsMargins(0, 0, 0, 0)
        save_row.addWidget(self.saved)
        save_row.addWidget(self.save_button)
        buttons = SplitRow(self.print_button, save_box)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addWidget(intro)
        layout.addWidget(form_card)
        layout.addWidget(self.problem_box)
        layout.addWidget(self.read_only)
        layout.addWidget(buttons)
        layout.addStretch(1)
        scroll_into(self, content)

    def _add_row(self, form: QVBoxLayout, text: str, widget: QWidget) -> None:
        # Caption above its box, wrapping if it must: nothing runs off at large text.
        caption = label(text, "heading")
        caption.setBuddy(widget)
        widget.setAccessibleName(text)
        form.addSpacing(4)
        form.addWidget(caption)
        form.addWidget(widget)

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(lambda: self.save())
        self.keep_mine.clicked.connect(self._save_over_theirs)
        self.print_button.clicked.connect(self.print_sheet)
        self.name.textChanged.connect(self._edited)
        self.preferred.textChanged.connect(self._edited)
        self.born.dateChanged.connect(self._edited)
        for box in self.texts.values():
            box.textChanged.connect(self._edited)
        self._session.circle_changed.connect(self._on_circle_changed)
        self._session.writer_changed.connect(self._on_writer_changed)  # bound: see DiaryPage

    def _on_writer_changed(self, _writer_id: object) -> None:
        self._apply_role()

    def _apply_role(self) -> None:
        """Someone who can only read sees the page but cannot change it."""
        if not self._session.is_unlocked:
            return
        writer = self._session.writer
        can_write = writer.role.can_write
        for edit in (self.name, self.preferred):
            edit.setReadOnly(not can_write)
        self.born.setReadOnly(not can_write)
        for box in self.texts.values():
            box.setReadOnly(not can_write)
        self.save_button.setEnabled(can_write)
        self.read_only.setText(
            self.tr("{name} can read this page but not change it.").format(name=writer.name)
        )
        self.read_only.setVisible(not can_write)

    # --- loading ----------------------------------------------------------------------

    def load(self, circle: Circle) -> None:
        person = circle.person
        self._loading = True
        self.name.setText(person.name)
        self.preferred.setText(person.preferred_name)
        self.born.setDate(QDate(person.date_of_birth) if person.date_of_birth else NO_DATE)
        for field, box in self.texts.items():
            box.setPlainText(getattr(person, field))
        self._loading = False
        self._version = circle.person_version
        self._loaded = person
        self._theirs = None
        self.dirty = False
        self.title.setText(self.tr("About {name}").format(name=person.display_name))

    def _on_circle_changed(self, circle: Circle) -> None:
        if circle.person_version == self._version:
            return
        if not self.dirty:
            self.load(circle)  # nothing typed here to keep: show the newest
        # Otherwise the typed words stay; saving will say what the other person changed.

    def _edited(self) -> None:
        if not self._loading:
            self.dirty = True
            self.saved.hide()

    def profile(self) -> PersonProfile:
        born = self.born.date()
        day = born.toPython() if born != NO_DATE else None
        assert day is None or isinstance(day, date)
        return PersonProfile(
            name=self.name.text(),
            preferred_name=self.preferred.text(),
            date_of_birth=day,
            **{field: box.toPlainText() for field, box in self.texts.items()},
        )

    # --- saving -----------------------------------------------------------------------

    def save(self, version: int | None = None) -> None:
        if not self._session.is_unlocked:
            return
        profile = self.profile()
        expected = self._version if version is None else version
        circles = self._session.services.circle
        self.save_button.setEnabled(False)
        self._session.runner.run(
            lambda: circles.update_person(profile, expected),
            self._on_saved,
            self._on_save_failed,
            write=True,
        )

    def _save_over_theirs(self) -> None:
        if self._theirs is not None:
            self.save(self._theirs.person_version)

    def _on_saved(self, circle: Circle) -> None:
        self._apply_role()
        self.problem_box.hide()
        self.load(circle)
        self.saved.show()
        self.status.emit(self.tr("The About me page is saved."))

    def _on_save_failed(self, error: BaseException) -> None:
        self._apply_role()
        self.saved.hide()
        message = plain_message(error)
        self.keep_mine.hide()
        if isinstance(error, InvalidInput):
            self._show_problem(message)
            return
        # Most likely someone else saved first: find out what they changed.
        circles = self._session.services.circle
        self._session.runner.run(
            circles.get,
            lambda circle: self._show_conflict(message, circle),
            lambda _: self._show_problem(message),
        )

    def _show_conflict(self, message: str, theirs: Circle) -> None:
        if theirs.person_version == self._version:
            self._show_problem(message)  # not a conflict after all
            return
        self._theirs = theirs
        changed = _changes(self._loaded, theirs.person)
        said = (
            self.tr("{message}\n\nWhat they changed:\n{changes}").format(
                message=message, changes="\n".join(changed)
            )
            if changed
            else message
        )
        self._show_problem(said)
        self.keep_mine.show()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem_box.show()

    # --- printing ---------------------------------------------------------------------

    def print_sheet(self) -> None:
        ProfileSheetDialog.ask(self._session, self._output, self, unsaved=self.dirty)


def _changes(before: PersonProfile | None, after: PersonProfile) -> list[str]:
    """The fields another person changed, each with its new words, for the conflict note."""
    if before is None:
        return []

    def shown_as(text: str) -> str:  # the captions the page itself shows
        return QCoreApplication.translate("AboutThemPage", text)

    captions = {
        "name": shown_as("Full name"),
        "preferred_name": shown_as("Known as"),
        "date_of_birth": shown_as("Date of birth"),
        **{field: shown_as(text) for field, text, _ in TEXT_FIELDS},
    }
    lines = []
    for field, caption in captions.items():
        old, new = getattr(before, field), getattr(after, field)
        if old != new:
            shown = (
                new
                if new not in (None, "")
                else QCoreApplication.translate("AboutThemPage", "(now empty)")
            )
            lines.append(f"• {caption}: {shown}")
    return lines
