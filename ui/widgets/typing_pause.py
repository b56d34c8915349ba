"""Act when the person pauses in their typing, never on each key.

Checking text for cards or red flags on every key press would make typing stutter
on a slow computer and make things flicker as words are half-written. One restartable
single-shot timer per helper waits for a short pause instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, SignalInstance

PAUSE_MS = 500


class TypingPause(QObject):
    """Calls ``action`` once the watched signals have been quiet for ``PAUSE_MS``."""

    def __init__(self, action: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._action = action
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self._action)

    def watch(self, *signals: SignalInstance) -> None:
        for signal in signals:
            signal.connect(self.restart)

    def restart(self, *_: object) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def now(self) -> None:
        """Act at once (before saving, say) instead of waiting for the pause."""
        self._timer.stop()
        self._action()
