"""Small building blocks the Medications, Appointments and About them pages share."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QVBoxLayout, QWidget


def label(text: str = "", role: str = "") -> QLabel:
    """Plain text that wraps: the family's words never become markup, never run off."""
    widget = QLabel(text)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        widget.setProperty("role", role)
    return widget


def card() -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setProperty("role", "card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(20, 16, 20, 16)
    layout.setSpacing(10)
    return frame, layout


class SplitRow(QWidget):
    """Two things at the two ends of a row (a title and its button), stacked when short of room.

    At large text sizes the two side by side can be wider than the page; stacking
    them keeps both whole instead of pushing the page sideways.
    """

    def __init__(self, title: QWidget, button: QWidget) -> None:
        super().__init__()
        self._title = title
        self._button = button
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(12)
        self._row.addWidget(title, 1, Qt.AlignmentFlag.AlignLeft)  # keeps its own width
        self._row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

    def _side_by_side_width(self) -> int:
        return (
            self._title.sizeHint().width() + self._row.spacing() + self._button.sizeHint().width()
        )

    def minimumSizeHint(self) -> QSize:
        # As narrow as the stacked form: the page never needs to scroll sideways for it.
        hint = super().minimumSizeHint()
        narrow = max(self._title.minimumSizeHint().width(), self._button.sizeHint().width())
        return QSize(narrow, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = event.size().width() >= self._side_by_side_width()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._row.direction() != direction:
            self._row.setDirection(direction)
            alignment = Qt.AlignmentFlag.AlignTop if wide else Qt.AlignmentFlag.AlignLeft
            self._row.setAlignment(self._button, alignment)
        super().resizeEvent(event)
