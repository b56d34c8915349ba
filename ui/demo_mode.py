"""Demo mode: the fictional family in a throwaway diary, with a band that says so.

Nothing here touches the family's real diary, settings, keyring or backups: the
demo lives in a temporary folder, its key in memory, and it is deleted on close.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from caregiver_app.demo import DemoDiary
from caregiver_app.settings import Settings
from ui.session import Session

DEMO_NOTICE = QT_TRANSLATE_NOOP(
    "DemoBand", "Demo — not real data. A fictional family, for trying Kindred and for talks."
)


class DemoBand(QFrame):
    """The band across the top of every demo window, with "Reset demo"."""

    def __init__(self, session: Session, demo: DemoDiary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._demo = demo
        self.setProperty("role", "banner")
        self.notice = QLabel(self.tr(DEMO_NOTICE))
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Demo notice"))
        self.reset_button = QPushButton(self.tr("Reset demo"))
        self.reset_button.setAccessibleName(self.tr("Reset demo"))
        self.reset_button.setToolTip(self.tr("Throw away every change made in the demo"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 16, 6)
        layout.addWidget(self.notice, 1, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.reset_button)
        self.reset_button.clicked.connect(self.reset)

    def reset(self) -> None:
        self._session.runner.wait()
        if self._session.is_unlocked:
            self._session.lock()
        store = self._demo.reset()
        self._session.attach(store)
        QMessageBox.information(
            self.window(), "Kindred", self.tr("The demo is back as it started.")
        )


def demo_settings(demo: DemoDiary) -> Settings:
    """Settings for a demonstration: kept in memory, never saved, never auto-locking."""
    return Settings(country="GB", current_writer_id=demo.writer_id, auto_lock_minutes=0)
