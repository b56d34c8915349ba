"""A plain text box that grows with what is written, so nothing hides behind a scroll bar.

Fixed-height boxes show a few lines and hide the rest at large text sizes; on a
page that already scrolls, a box that is as tall as its words (up to a limit) is
easier to read and to check before saving.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QTextEdit

MAX_LINES = 14


class GrowingText(QTextEdit):
    def __init__(self, placeholder: str = "", min_lines: int = 2) -> None:
        super().__init__()
        self._min_lines = min_lines
        self.setAcceptRichText(False)  # pasted text arrives plain: it is the family's words
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.document().contentsChanged.connect(self._fit)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def _fit(self) -> None:
        document = self.document()
        document.setTextWidth(self.viewport().width())
        line = self.fontMetrics().lineSpacing()
        margin = 2 * document.documentMargin()
        lowest = line * self._min_lines + margin
        highest = line * MAX_LINES + margin
        content = min(max(document.size().height(), lowest), highest)
        frame = self.contentsMargins()
        self.setFixedHeight(round(content) + frame.top() + frame.bottom())
