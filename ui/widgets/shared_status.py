"""The status bar's word on a shared diary: live, or offline and saving later.

Shown only while a shared diary is open; a local diary has nothing to say here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from ui.session import Session

WORDS = {
    "live": QT_TRANSLATE_NOOP("SharedStatus", "Shared diary · live"),
    "offline": QT_TRANSLATE_NOOP(
        "SharedStatus", "Shared diary · offline — your words are kept; save again when it is back"
    ),
}


class SharedStatus(QLabel):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Shared diary"))
        session.server_state_changed.connect(self.show_state)
        self.show_state(session.server_state)

    def show_state(self, state: str) -> None:
        words = WORDS.get(state)
        text = QCoreApplication.translate("SharedStatus", words) if words else ""
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))
