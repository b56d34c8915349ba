"""The band that says presentation mode is on, with its one-click way out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class PresentationBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "banner")
        self.notice = QLabel(
            self.tr("Presentation mode: private entries and who is writing are hidden.")
        )
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Presentation mode is on"))
        self.leave_button = QPushButton(self.tr("Leave presentation mode"))
        self.leave_button.setAccessibleName(self.tr("Leave presentation mode"))
        self.leave_button.setToolTip(
            self.tr("Back to your own text size and colours, and every entry (Ctrl+Shift+P)")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 16, 6)
        layout.addWidget(self.notice, 1, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.leave_button)
