"""``kindred --smoke-exit`` (used by ``make dist-check``): quits once the window is up."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel

from ui.smoke import quit_when_shown


def test_the_event_loop_ends_with_0_and_saves_the_shown_window(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shot = tmp_path / "window.png"
    monkeypatch.setenv("KINDRED_SMOKE_SHOT", str(shot))
    window = QLabel("Kindred")
    window.resize(300, 120)
    window.show()

    quit_when_shown(qapp, window)

    assert qapp.exec() == 0
    assert QImage(str(shot)).size().width() == 300


def test_a_window_that_never_showed_ends_with_1(qapp: QApplication) -> None:
    quit_when_shown(qapp, QLabel("never shown"))

    assert qapp.exec() == 1
