"""A check box whose words wrap onto more lines instead of being cut off at large text.

QCheckBox never wraps its text, so a long choice in a narrow column is clipped at
200 % text. Here the words are a word-wrapped label beside the box; clicking the
words ticks the box, as with an ordinary check box.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QWidget


class _Words(QLabel):
    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class WrappedCheck(QWidget):
    toggled = Signal(bool)

    def __init__(self, text: str, checked: bool = False) -> None:
        super().__init__()
        self.box = QCheckBox()
        self.box.setChecked(checked)
        self.box.setAccessibleName(text)
        self.words = _Words(text)
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.words.setBuddy(self.box)
        self.words.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.words, 1)
        self.setFocusProxy(self.box)
        self.box.toggled.connect(self.toggled)
        self.words.clicked.connect(self._click)

    def _click(self) -> None:
        if self.box.isEnabled():
            self.box.toggle()
            self.box.setFocus()

    def isChecked(self) -> bool:
        return self.box.isChecked()

    def setChecked(self, checked: bool) -> None:
        self.box.setChecked(checked)

    def text(self) -> str:
        return self.words.text()
