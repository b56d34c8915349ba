"""Demo mode: a clear band, one-click reset, and nothing written outside the demo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from caregiver_app.demo import DemoDiary, build_demo
from caregiver_app.domain.entries import EntryDraft
from ui.background import SyncRunner
from ui.demo_mode import DEMO_NOTICE, DemoBand, demo_settings
from ui.main_window import MainWindow
from ui.session import Session


@pytest.fixture(scope="module")
def demo() -> Iterator[DemoDiary]:
    built = build_demo()
    yield built
    built.close()


def test_the_band_says_demo_and_reset_throws_changes_away(
    demo: DemoDiary, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("KINDRED_HOME", str(tmp_path / "real"))
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    session = Session(
        demo.paths, demo.vault, demo_settings(demo), SyncRunner(), save_settings_to_disk=False
    )
    window = MainWindow(session)
    qtbot.addWidget(window)
    band = DemoBand(session, demo)
    window.setMenuWidget(band)
    window.show()
    session.attach(demo.store)
    assert band.isVisible() and band.notice.text() == DEMO_NOTICE
    # Choosing a backup folder asks this, so the demo's backups stay in its own folder.
    assert session.property("demo") is True
    assert window.caring_for.text() == "Caring for Ma"

    before = session.services.diary.count(session.writer.id)
    session.services.diary.add(session.writer.id, EntryDraft(text="Typed in the room"))
    qtbot.mouseClick(band.reset_button, Qt.MouseButton.LeftButton)
    assert session.is_unlocked
    assert session.services.diary.count(session.writer.id) == before
    assert not (tmp_path / "real").exists()
    session.lock()
