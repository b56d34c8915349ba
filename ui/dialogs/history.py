"""An entry's history: who changed what, and when. Read-only: history can't be edited."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.domain.entries import Revision, RevisionAction
from ui.dialogs.conflict import describe

_FIELD_WORDS = {
    "text": "the text",
    "kind": "the kind",
    "happened_at": "the time",
    "mood": "mood",
    "distress": "distress",
    "sleep_hours": "sleep",
    "tags": "tags",
    "flagged": "the appointment flag",
    "visibility": "who can see it",
    "before": "before",
    "behaviour": "what they did",
    "tried": "what we tried",
    "helped": "what helped",
}
_ACTION_WORDS = {
    RevisionAction.CREATED: "Written",
    RevisionAction.EDITED: "Changed",
    RevisionAction.DELETED: "Deleted",
    RevisionAction.RESTORED: "Brought back",
    RevisionAction.CONFLICTED: "Edit kept aside (someone else had changed it)",
}


def summary(revision: Revision, previous: Revision | None) -> str:
    when = revision.at.astimezone().strftime("%d %b %Y, %H:%M")
    line = f"{_ACTION_WORDS[revision.action]} by {revision.by_name} · {when}"
    if revision.action is RevisionAction.EDITED:
        changed = [_FIELD_WORDS.get(name, name) for name in revision.changed_fields(previous)]
        if changed:
            line += "\nChanged " + ", ".join(changed)
    return line


class HistoryDialog(QDialog):
    def __init__(self, revisions: Sequence[Revision], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("History of this entry")
        self._revisions = list(revisions)
        intro = QLabel("Every version is kept. Choose one to read it.")
        intro.setWordWrap(True)
        self.steps = QListWidget()
        self.steps.setAccessibleName("Changes, oldest first")
        self.steps.setWordWrap(True)
        self.content = QPlainTextEdit()
        self.content.setReadOnly(True)
        self.content.setAccessibleName("The entry as it was")
        previous: Revision | None = None
        for revision in self._revisions:
            item = QListWidgetItem(summary(revision, previous))
            item.setData(Qt.ItemDataRole.UserRole, revision.version)
            self.steps.addItem(item)
            if revision.action is not RevisionAction.CONFLICTED:
                previous = revision
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.steps, 2)
        row.addWidget(self.content, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.resize(900, 520)
        self.steps.currentRowChanged.connect(self._show)
        self.steps.setCurrentRow(len(self._revisions) - 1)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self._revisions):
            self.content.setPlainText(describe(self._revisions[row].content))

    @classmethod
    def show_for(cls, revisions: Sequence[Revision], parent: QWidget | None = None) -> None:
        cls(revisions, parent).exec()
