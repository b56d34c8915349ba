"""Two versions of one entry, side by side: keep theirs, keep mine, or keep both."""

from __future__ import annotations

import enum

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


class ConflictChoice(enum.Enum):
    KEEP_THEIRS = "theirs"
    KEEP_MINE = "mine"
    KEEP_BOTH = "both"


def describe(draft: EntryDraft) -> str:
    lines = [draft.text]
    for label, value in (
        ("Before", draft.before),
        ("What they did", draft.behaviour),
        ("What we tried", draft.tried),
        ("What helped", draft.helped),
    ):
        if value:
            lines.append(f"{label}: {value}")
    if draft.mood is not None:
        lines.append(f"Mood {draft.mood}/10 ({mood_word(draft.mood)})")
    if draft.distress is not None:
        lines.append(f"Distress {draft.distress}/10 ({distress_word(draft.distress)})")
    if draft.tags:
        lines.append("Tags: " + ", ".join(draft.tags))
    return "\n\n".join(lines)


class ConflictDialog(QDialog):
    def __init__(self, conflict: EditConflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: ConflictChoice | None = None
        self.setWindowTitle("Someone else changed this entry")
        current = conflict.current
        when = current.updated_at.astimezone().strftime("%d %b %H:%M")
        intro = QLabel(
            "While you were writing, someone else saved a "
            "change to this entry. Nothing has been lost: both versions are below. "
            "Choose what to keep."
        )
        intro.setWordWrap(True)
        theirs_title = QLabel(f"<b>The version saved at {when}</b>")
        mine_title = QLabel("<b>Your version</b>")
        self.theirs = self._box(describe(current.draft), "The version already saved")
        self.mine = self._box(describe(conflict.attempted), "Your version")
        self.keep_theirs = QPushButton("Keep theirs")
        self.keep_mine = QPushButton("Keep mine")
        self.keep_both = QPushButton("Keep both")
        self.keep_both.setProperty("role", "primary")
        self.keep_both.setToolTip("Keep theirs as it is and save yours as a new entry")
        for button, name in (
            (self.keep_theirs, "Keep the version already saved"),
            (self.keep_mine, "Keep my version"),
            (self.keep_both, "Keep both versions"),
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
