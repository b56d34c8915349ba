"""A line of comma-separated tags that completes the word being typed from tags already used."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget


class TagEdit(QLineEdit):
    def __init__(self, known: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("e.g. night, voices, hospital"))
        self._model = QStringListModel(list(known), self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setWidget(self)
        self._completer.activated.connect(self._insert)
        self.textEdited.connect(self._suggest)

    def set_known(self, tags: Sequence[str]) -> None:
        self._model.setStringList(list(tags))

    def tags(self) -> tuple[str, ...]:
        return tuple(part.strip() for part in self.text().split(",") if part.strip())

    def set_tags(self, tags: Sequence[str]) -> None:
        self.setText(", ".join(tags))

    def completer_popup_visible(self) -> bool:
        return self._completer.popup().isVisible()

    def _current_word(self) -> str:
        return self.text()[: self.cursorPosition()].split(",")[-1].strip()

    def _suggest(self) -> None:
        word = self._current_word()
        if not word:
            self._completer.popup().hide()
            return
        self._completer.setCompletionPrefix(word)
        if self._completer.completionCount():
            self._completer.complete()
        else:
            self._completer.popup().hide()

    def _insert(self, tag: str) -> None:
        before = self.text()[: self.cursorPosition()]
        after = self.text()[self.cursorPosition() :]
        head = before.rsplit(",", 1)[0] + ", " if "," in before else ""
        self.setText(f"{head}{tag}, {after.lstrip(', ')}".rstrip())
