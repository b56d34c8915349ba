"""Demo mode: the fictional family in a throwaway diary, with a band that says so.

Nothing here touches the family's real diary, settings, keyring or backups: the
demo lives in a temporary folder, its key in memory, and it is deleted on close.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from caregiver_app.demo import DemoDiary
from caregiver_app.i18n import current_language
from caregiver_app.settings import Settings
from ui.background import ThreadRunner
from ui.main_window import MainWindow
from ui.session import Session
from ui.theme import apply_theme

DEMO_NOTICE = QT_TRANSLATE_NOOP(
    "DemoBand", "Demo — not real data. A fictional family, for trying Kindred and for talks."
)


class DemoBand(QFrame):
    """The band across the top of every demo window, with "Reset demo"."""

    def __init__(self, session: Session, demo: DemoDiary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._demo = demo
        # Screens that could reach outside the demo (choosing a backup folder) ask this.
        session.setProperty("demo", True)
        self.setProperty("role", "banner")
        self.notice = QLabel(self.tr(DEMO_NOTICE))
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Demo notice"))
        self.reset_button = QPushButton(self.tr("Reset demo"))
        self.reset_button.setAccessibleName(self.tr("Reset demo"))
        self.reset_button.setToolTip(self.tr("Throw away every change made in the demo"))
        self.leave_button = QPushButton(self.tr("Leave the demo"))
        self.leave_button.setAccessibleName(self.tr("Leave the demo"))
        self.leave_button.setToolTip(self.tr("Close the demo; nothing in it is kept"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 16, 6)
        layout.addWidget(self.notice, 1, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.reset_button)
        layout.addWidget(self.leave_button)
        self.reset_button.clicked.connect(self.reset)
        self.leave_button.clicked.connect(lambda: self.window().close())

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
    # The demo family lives where its language is spoken: crisis lines and paper follow.
    language = current_language()
    country = {"hi": "IN", "es": "ES"}.get(language, "GB")
    return Settings(
        country=country,
        language=language,
        current_writer_id=demo.writer_id,
        auto_lock_minutes=0,
    )


class DemoRun(QObject):
    """One demonstration on screen: closing its window (or "Leave the demo") deletes
    the demo's folder and key, then says ``left``."""

    left = Signal()

    def __init__(self, demo: DemoDiary, session: Session, window: MainWindow) -> None:
        super().__init__()
        self.demo = demo
        self.session = session
        self.window = window
        self._over = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            # After the window has finished closing, not in the middle of it.
            QTimer.singleShot(0, self.finish)
        return super().eventFilter(watched, event)

    def finish(self) -> None:
        if self._over:
            return
        self._over = True
        self.session.runner.wait()
        if self.session.is_unlocked:
            self.session.lock()
        self.demo.close()
        self.window.deleteLater()
        self.left.emit()


def start_demo(app: QApplication) -> DemoRun:
    """Build the demo family in a throwaway diary and show it in its own window."""
    from caregiver_app.demo import build_demo  # only a demo needs the story builder

    progress = QMessageBox(
        QMessageBox.Icon.NoIcon,
        "Kindred",
        QApplication.translate("app", "Preparing the demo family…"),
    )
    progress.setStandardButtons(QMessageBox.StandardButton.NoButton)
    progress.show()
    app.processEvents()
    demo = build_demo()
    progress.close()
    settings = demo_settings(demo)
    apply_theme(app, settings)
    session = Session(demo.paths, demo.vault, settings, ThreadRunner(), save_settings_to_disk=False)
    session.settings_changed.connect(lambda changed: apply_theme(app, changed))
    window = MainWindow(session)
    window.setMenuWidget(DemoBand(session, demo))
    window.setWindowTitle(QApplication.translate("app", "Kindred — demo"))
    window.show()
    session.attach(demo.store)
    return DemoRun(demo, session, window)


def try_demo(app: QApplication) -> None:
    """The demo from the first-run wizard: shown until it is left, then all gone."""
    run = start_demo(app)
    waiting = QEventLoop()
    run.left.connect(waiting.quit)
    waiting.exec()
    # The demo's window and pages go now, before anything restyles the app.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
