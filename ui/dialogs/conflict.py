"""Two versions of one entry, side by side: keep theirs, keep mine, or keep both."""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.domain.entries import EntryDraft
from caregiver_app.domain.errors import EditConflict
from caregiver_app.domain.ratings import distress_word, mood_word
from ui.dialogs._i18n import local_time


class ConflictChoice(enum.Enum):
    KEEP_THEIRS = "theirs"
    KEEP_MINE = "mine"
    KEEP_BOTH = "both"


def describe(draft: EntryDraft) -> str:
    lines = [draft.text]
    for label, value in (
        (QCoreApplication.translate("conflict", "Before: {text}"), draft.before),
        (QCoreApplication.translate("conflict", "What they did: {text}"), draft.behaviour),
        (QCoreApplication.translate("conflict", "What we tried: {text}"), draft.tried),
        (QCoreApplication.translate("conflict", "What helped: {text}"), draft.helped),
    ):
        if value:
            lines.append(label.format(text=value))
    if draft.mood is not None:
        lines.append(
            QCoreApplication.translate("conflict", "Mood {rating}/10 ({word})").format(
                rating=draft.mood, word=mood_word(draft.mood)
            )
        )
    if draft.distress is not None:
        lines.append(
            QCoreApplication.translate("conflict", "Distress {rating}/10 ({word})").format(
                rating=draft.distress, word=distress_word(draft.distress)
            )
        )
    if draft.tags:
        lines.append(
            QCoreApplication.translate("conflict", "Tags: {tags}").format(
                tags=", ".join(draft.tags)
            )
        )
    return "\n\n".join(lines)


class ConflictDialog(QDialog):
    def __init__(self, conflict: EditConflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: ConflictChoice | None = None
        self.setWindowTitle(self.tr("Someone else changed this entry"))
        current = conflict.current
        # Translators: a Qt date format (d, MMM, HH, mm), e.g. "03 Mar 14:05".
        when = local_time(current.updated_at, self.tr("dd MMM HH:mm"))
        intro = QLabel(
            self.tr(
                "While you were writing, someone else saved a "
                "change to this entry. Nothing has been lost: both versions are below. "
                "Choose what to keep."
            )
        )
        intro.setWordWrap(True)
        theirs_title = QLabel(
            "<b>{}</b>".format(self.tr("The version saved at {when}").format(when=when))
        )
        mine_title = QLabel("<b>{}</b>".format(self.tr("Your version")))
        self.theirs = self._box(describe(current.draft), self.tr("The version already saved"))
        self.mine = self._box(describe(conflict.attempted), self.tr("Your version"))
        self.keep_theirs = QPushButton(self.tr("Keep theirs"))
        self.keep_mine = QPushButton(self.tr("Keep mine"))
        self.keep_both = QPushButton(self.tr("Keep both"))
        self.keep_both.setProperty("role", "primary")
        self.keep_both.setToolTip(self.tr("Keep theirs as it is and save yours as a new entry"))
        for button, name in (
            (self.keep_theirs, self.tr("Keep the version already saved")),
            (self.keep_mine, self.tr("Keep my version")),
            (self.keep_both, self.tr("Keep both versions")),
        ):
            button.setAccessibleName(name)

        grid = QGridLayout()
        grid.addWidget(theirs_title, 0, 0)
        grid.addWidget(mine_title, 0, 1)
        grid.addWidget(self.theirs, 1, 0)
        grid.addWidget(self.mine, 1, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_theirs)
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.keep_both)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid, 1)
        layout.addLayout(buttons)
        self.resize(900, 480)
        self._connect_signals()
        self.keep_both.setFocus()

    def _connect_signals(self) -> None:
        self.keep_theirs.clicked.connect(lambda: self._choose(ConflictChoice.KEEP_THEIRS))
        self.keep_mine.clicked.connect(lambda: self._choose(ConflictChoice.KEEP_MINE))
        self.keep_both.clicked.connect(lambda: self._choose(ConflictChoice.KEEP_BOTH))

    @staticmethod
    def _box(text: str, name: str) -> QPlainTextEdit:
        box = QPlainTextEdit(text)
        box.setReadOnly(True)
        box.setAccessibleName(name)
        return box

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, conflict: EditConflict, parent: QWidget | None = None) -> ConflictChoice | None:
        dialog = cls(conflict, parent)
        dialog.exec()
        return dialog.choice
