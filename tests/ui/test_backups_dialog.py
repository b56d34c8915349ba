"""Backups in the app: make one, see it listed with its entries, put an older one back."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from caregiver_app.domain.entries import EntryDraft, EntryFilter
from caregiver_app.storage.backup_catalog import list_backups
from tests.conftest import PASSPHRASE, OpenStore
from ui.dialogs.backups import CHECKING, BackupsDialog
from ui.pages.settings_page import SettingsPage
from ui.session import Session


def texts(session: Session) -> list[str]:
    diary = session.services.diary
    page = diary.page(session.writer.id, EntryFilter(), limit=100)
    return sorted(entry.draft.text for entry in page.entries)


def row_texts(dialog: BackupsDialog, row: int) -> list[str]:
    model = dialog.model
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


def choose_row(dialog: BackupsDialog, reason: str) -> None:
    for row in range(dialog.model.rowCount()):
        if row_texts(dialog, row)[1] == reason:
            dialog.table.selectRow(row)
            return
    raise AssertionError(f"no backup made {reason!r}")


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Says yes to every question; records every message shown."""
    said: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_: Any) -> QMessageBox.StandardButton:
        said.append(text)
        return QMessageBox.StandardButton.Yes

    def information(_parent: Any, _title: str, text: str, *_: Any) -> None:
        said.append(text)

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", information)
    return said


def test_back_up_now_appears_in_the_list_with_its_entries(qtbot: QtBot, session: Session) -> None:
    session.services.diary.add(session.writer.id, EntryDraft(text="Good lunch today"))
    page = SettingsPage(session)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.back_up_button, Qt.MouseButton.LeftButton)
    assert "backup was made just now" in page.safety_note.text()

    dialog = BackupsDialog(session)
    qtbot.addWidget(dialog)
    when, why, entries = row_texts(dialog, 0)
    assert when.startswith("Today, ")
    assert why == "Made by hand"
    assert entries == "1 entry"


def test_restoring_an_older_backup_brings_back_its_entries_and_keeps_today(
    qtbot: QtBot, session: Session, answers: list[str]
) -> None:
    diary = session.services.diary
    diary.add(session.writer.id, EntryDraft(text="Monday: a calm day"))
    session.services.store.backup("by-hand")
    diary.add(session.writer.id, EntryDraft(text="Tuesday: written after the backup"))
    dialog = BackupsDialog(session)
    qtbot.addWidget(dialog)
    choose_row(dialog, "Made by hand")
    assert dialog.restore_button.isEnabled()

    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert any("kept as a backup first" in text for text in answers)
    assert session.is_unlocked
    assert texts(session) == ["Monday: a calm day"]
    reasons = [row_texts(dialog, row)[1] for row in range(dialog.model.rowCount())]
    assert "Before restoring a backup" in reasons
    # ...and that copy still holds what was written after the backup: nothing is lost.
    choose_row(dialog, "Before restoring a backup")
    assert row_texts(dialog, 0)[2] == "2 entries"


def test_without_the_keyring_the_passphrase_is_asked_for(
    qtbot: QtBot,
    session: Session,
    opened: OpenStore,
    answers: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session.services.store.backup("by-hand")
    session.services.diary.add(session.writer.id, EntryDraft(text="After the backup"))
    dialog = BackupsDialog(session)
    qtbot.addWidget(dialog)
    choose_row(dialog, "Made by hand")
    opened.keyring.items.clear()
    asked: list[str] = []

    def get_text(_parent: Any, _title: str, label: str, *_: Any) -> tuple[str, bool]:
        asked.append(label)
        return PASSPHRASE, True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    dialog.restore_selected()
    assert asked and "passphrase" in asked[0]
    assert session.is_unlocked and texts(session) == []


def test_a_damaged_backup_says_so_and_cannot_be_restored(
    qtbot: QtBot, session: Session, answers: list[str]
) -> None:
    made = session.services.store.backup("by-hand")
    made.write_bytes(b"not a diary at all")
    dialog = BackupsDialog(session)
    qtbot.addWidget(dialog)
    choose_row(dialog, "Made by hand")
    assert row_texts(dialog, 0)[2] == "Damaged"
    assert not dialog.restore_button.isEnabled()
    dialog.restore_selected()
    assert "can't be put back" in answers[-1]
    assert len(list_backups(session.paths.backups)) == 1


def test_entries_read_checking_until_the_copy_has_been_opened(
    qtbot: QtBot, session: Session
) -> None:
    session.services.store.backup("by-hand")
    parked: list[Any] = []

    class ParkingRunner:
        def run(self, op: Any, on_success: Any, on_failure: Any = None, **_: Any) -> None:
            parked.append((op, on_success))

        def wait(self) -> None: ...

    session.runner = ParkingRunner()
    dialog = BackupsDialog(session)
    qtbot.addWidget(dialog)
    assert row_texts(dialog, 0)[2] == CHECKING
    op, on_success = parked[0]
    on_success(op())
    assert row_texts(dialog, 0)[2] == "0 entries"


def test_the_backup_list_passes_the_model_tester(
    qtbot: QtBot, session: Session, qtmodeltester: Any
) -> None:
    session.services.store.backup("by-hand")
    session.services.store.backup("automatic")
    dialog = BackupsDialog(session)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
