"""An entry's history: who changed what, and when. Read-only: history can't be edited."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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
from ui.dialogs._i18n import local_time
from ui.dialogs.conflict import describe

_FIELD_WORDS = {
    "text": QT_TRANSLATE_NOOP("history", "the text"),
    "kind": QT_TRANSLATE_NOOP("history", "the kind"),
    "happened_at": QT_TRANSLATE_NOOP("history", "the time"),
    "mood": QT_TRANSLATE_NOOP("history", "mood"),
    "distress": QT_TRANSLATE_NOOP("history", "distress"),
    "sleep_hours": QT_TRANSLATE_NOOP("history", "sleep"),
    "tags": QT_TRANSLATE_NOOP("history", "tags"),
    "flagged": QT_TRANSLATE_NOOP("history", "the appointment flag"),
    "visibility": QT_TRANSLATE_NOOP("history", "who can see it"),
    "before": QT_TRANSLATE_NOOP("history", "before"),
    "behaviour": QT_TRANSLATE_NOOP("history", "what they did"),
    "tried": QT_TRANSLATE_NOOP("history", "what we tried"),
    "helped": QT_TRANSLATE_NOOP("history", "what helped"),
}
# Whole lines, so each language can put the name and the time where it belongs.
_ACTION_LINES = {
    RevisionAction.CREATED: QT_TRANSLATE_NOOP("history", "Written by {name} · {when}"),
    RevisionAction.EDITED: QT_TRANSLATE_NOOP("history", "Changed by {name} · {when}"),
    RevisionAction.DELETED: QT_TRANSLATE_NOOP("history", "Deleted by {name} · {when}"),
    RevisionAction.RESTORED: QT_TRANSLATE_NOOP("history", "Brought back by {name} · {when}"),
    RevisionAction.CONFLICTED: QT_TRANSLATE_NOOP(
        "history", "Edit kept aside (someone else had changed it) by {name} · {when}"
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("history", text)


def summary(revision: Revision, previous: Revision | None) -> str:
    # Translators: a Qt date format, e.g. "03 Mar 2025, 14:05".
    when = local_time(revision.at, QCoreApplication.translate("history", "dd MMM yyyy, HH:mm"))
    line = _tr(_ACTION_LINES[revision.action]).format(name=revision.by_name, when=when)
    if revision.action is RevisionAction.EDITED:
        changed = [
            _tr(_FIELD_WORDS[name]) if name in _FIELD_WORDS else name
            for name in revision.changed_fields(previous)
        ]
        if changed:
            fields = ", ".join(changed)
            line += "\n" + QCoreApplication.translate("history", "Changed {fields}").format(
                fields=fields
            )
    return line


class HistoryDialog(QDialog):
    def __init__(self, revisions: Sequence[Revision], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of this entry"))
        self._revisions = list(revisions)
        intro = QLabel(self.tr("Every version is kept. Choose one to read it."))
        intro.setWordWrap(True)
        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("Changes, oldest first"))
        self.steps.setWordWrap(True)
        self.content = QPlainTextEdit()
        self.content.setReadOnly(True)
        self.content.setAccessibleName(self.tr("The entry as it was"))
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
