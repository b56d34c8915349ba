"""Lock the diary after a while with nobody at the computer.

Idle time is measured by the wall clock, not by a timer's ticks, so time the
computer spent asleep counts: a laptop opened the next morning is locked.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from ui.session import Session

CHECK_MS = 15_000
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleLock(QObject):
    def __init__(
        self,
        session: Session,
        lock: Callable[[], None],
        clock: Callable[[], float] = time.time,
        check_ms: int = CHECK_MS,
    ) -> None:
        super().__init__()
        self._session = session
        self._lock = lock
        self._clock = clock
        self._last_activity = clock()
        self._timer = QTimer(self)
        self._timer.setInterval(check_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        session.unlocked.connect(self.touch)

    def touch(self) -> None:
        self._last_activity = self._clock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._last_activity = self._clock()
        return False

    def check(self) -> None:
        minutes = self._session.settings.auto_lock_minutes
        if minutes <= 0 or not self._session.is_unlocked:
            return
        if self._clock() - self._last_activity >= minutes * 60:
            self._lock()
