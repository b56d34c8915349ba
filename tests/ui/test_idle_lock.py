"""Auto-lock after idle time, by the wall clock, so time asleep counts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget

from ui.idle_lock import IdleLock
from ui.session import Session


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_the_diary_locks_after_ten_idle_minutes_and_not_before(session: Session) -> None:
    clock = Clock()
    guard = IdleLock(session, session.lock, clock=clock, check_ms=60_000)
    clock.now += 9 * 60
    guard.check()
    assert session.is_unlocked
    clock.now += 61  # e.g. the laptop slept through the night: the wall clock moved on
    guard.check()
    assert not session.is_unlocked


def test_using_the_computer_keeps_it_open(session: Session, qtbot: object) -> None:
    clock = Clock()
    guard = IdleLock(session, session.lock, clock=clock, check_ms=60_000)
    widget = QWidget()
    clock.now += 9 * 60
    press = QMouseEvent(
        QEvent.Type.MouseButtonPress,
        QPointF(1, 1),
        QPointF(1, 1),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    guard.eventFilter(widget, press)
    clock.now += 5 * 60
    guard.check()
    assert session.is_unlocked


def test_auto_lock_can_be_turned_off(session: Session) -> None:
    clock = Clock()
    session.update_settings(auto_lock_minutes=0)
    guard = IdleLock(session, session.lock, clock=clock, check_ms=60_000)
    clock.now += 24 * 3600
    guard.check()
    assert session.is_unlocked
