"""Settings → Change folder…: where backups are kept, refused folders, old copies still listed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from caregiver_app.domain.entries import EntryDraft
from caregiver_app.storage.backup_catalog import list_backups
from caregiver_app.storage.backup_place import install_folder
from ui.dialogs import backup_folder as chooser
from ui.dialogs.backups import BackupsDialog
from ui.pages.settings_page import SettingsPage
from ui.session import Session


@pytest.fixture
def page(qtbot: QtBot, session: Session) -> SettingsPage:
    shown = SettingsPage(session)
    qtbot.addWidget(shown)
    return shown


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []

    def information(_parent: Any, _title: str, text: str, *_: Any) -> None:
        said.append(text)

    monkeypatch.setattr(QMessageBox, "information", information)
    return said


def pick(monkeypatch: pytest.MonkeyPatch, folder: Path | None) -> None:
    monkeypatch.setattr(chooser, "ask_for_folder", lambda _parent, _start: folder)


def test_a_new_folder_is_shown_used_and_the_old_backups_stay_listed(
    qtbot: QtBot,
    page: SettingsPage,
    session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    default = session.paths.backups
    assert str(default) in page.backup_place.text()
    qtbot.mouseClick(page.back_up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(list_backups(default)) == 1)

    chosen = tmp_path / "Kindred backups"
    pick(monkeypatch, chosen)
    qtbot.mouseClick(page.backup_folder_button, Qt.MouseButton.LeftButton)

    assert str(chosen) in page.backup_place.text()
    assert "stay where they are" in page.safety_note.text()
    session.services.diary.add(session.writer.id, EntryDraft(text="Slept well"))
    qtbot.mouseClick(page.back_up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(list_backups(chosen)) == 1)
    assert len(list_backups(default)) == 1  # nothing was moved

    dialog = BackupsDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    counts = lambda: sorted(  # noqa: E731
        dialog.model.data(dialog.model.index(row, 2)) for row in range(2)
    )
    qtbot.waitUntil(lambda: counts() == ["0 entries", "1 entry"])


def test_a_folder_inside_the_program_is_refused_in_plain_words(
    qtbot: QtBot,
    page: SettingsPage,
    session: Session,
    told: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pick(monkeypatch, install_folder() / "backups")
    qtbot.mouseClick(page.backup_folder_button, Qt.MouseButton.LeftButton)
    assert told and "program files" in told[0]
    assert session.settings.backup_folder == ""
    assert str(session.paths.backups) in page.backup_place.text()


def test_a_synced_folder_is_accepted_with_a_note(
    qtbot: QtBot,
    page: SettingsPage,
    session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pick(monkeypatch, tmp_path / "OneDrive" / "Kindred")
    qtbot.mouseClick(page.backup_folder_button, Qt.MouseButton.LeftButton)
    assert "OneDrive" in page.safety_note.text() and "good place" in page.safety_note.text()
    assert session.settings.backup_folder.endswith("Kindred")


def test_the_demo_keeps_its_backups_to_itself(
    qtbot: QtBot,
    page: SettingsPage,
    session: Session,
    told: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session.setProperty("demo", True)
    pick(monkeypatch, tmp_path / "real backups")
    qtbot.mouseClick(page.backup_folder_button, Qt.MouseButton.LeftButton)
    assert told and "demo" in told[0]
    assert session.settings.backup_folder == ""
