"""Export and import from Settings, as a person does it: choose, type, confirm."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from caregiver_app.domain.circle import CaregiverDraft, PersonProfile, Role
from caregiver_app.domain.entries import EntryDraft
from caregiver_app.domain.medicines import DoseOutcome, MedicineDraft
from caregiver_app.paths import StorePaths
from caregiver_app.services.circle_service import CircleService
from caregiver_app.settings import Settings
from caregiver_app.storage.secrets import KeyringVault
from caregiver_app.storage.store import create_store
from tests.conftest import TEST_COST
from tests.support.keyrings import MemoryKeyring
from ui.background import SyncRunner
from ui.dialogs.export_import import ExportDialog, import_export
from ui.session import Session

EXPORT_PASSPHRASE = "our summer by the sea"


@pytest.fixture
def other(tmp_path: Path, qapp: QApplication) -> Iterator[Session]:
    """A second family's diary, on another computer."""
    vault = KeyringVault(MemoryKeyring())
    paths = StorePaths(tmp_path / "other")
    created = create_store(paths, vault=vault, passphrase="another long passphrase", cost=TEST_COST)
    CircleService(created.store).create(
        PersonProfile(name="Joan Bell"), CaregiverDraft(name="Sam Bell", role=Role.PRIMARY)
    )
    live = Session(paths, vault, Settings(), SyncRunner(), save_settings_to_disk=False)
    live.attach(created.store)
    yield live
    if live.is_unlocked:
        live.lock()


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answers yes to questions, types the export's passphrase; records what is shown."""
    shown: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_: Any) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Yes

    def information(_parent: Any, _title: str, text: str, *_: Any) -> None:
        shown.append(text)

    def get_text(_parent: Any, _title: str, label: str, *_: Any) -> tuple[str, bool]:
        shown.append(label)
        return EXPORT_PASSPHRASE, True

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", information)
    monkeypatch.setattr(QInputDialog, "getText", get_text)
    return shown


def entry_count(session: Session) -> int:
    return session.services.diary.count(session.writer.id)


def export_locked(qtbot: QtBot, session: Session, target: Path) -> ExportDialog:
    dialog = ExportDialog(session, choose_path=lambda *_: target, cost=TEST_COST)
    qtbot.addWidget(dialog)
    dialog.lock.setChecked(True)
    qtbot.keyClicks(dialog.passphrase, EXPORT_PASSPHRASE)
    qtbot.keyClicks(dialog.confirm, EXPORT_PASSPHRASE)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return dialog


def test_a_locked_export_imports_once_into_another_diary(
    qtbot: QtBot, session: Session, other: Session, tmp_path: Path, said: list[str]
) -> None:
    session.services.diary.add(session.writer.id, EntryDraft(text="Walked to the park"))
    session.services.diary.add(session.writer.id, EntryDraft(text="Slept nine hours"))
    target = tmp_path / "family record.json"
    dialog = export_locked(qtbot, session, target)
    assert dialog.saved_to == target
    assert json.loads(target.read_bytes())["format"] == "kindred-sealed"
    assert b"Walked to the park" not in target.read_bytes()
    assert not list(tmp_path.glob("*.partial"))
    before = entry_count(other)

    import_export(other, choose_path=lambda *_: target)
    assert any("locked" in text for text in said)
    assert any("This will add 2 new entries" in text for text in said)
    assert entry_count(other) == before + 2

    said.clear()
    import_export(other, choose_path=lambda *_: target)
    assert "already in the diary" in said[-1]
    assert entry_count(other) == before + 2


def test_a_damaged_file_says_so_plainly_and_changes_nothing(
    other: Session, tmp_path: Path, said: list[str]
) -> None:
    damaged = tmp_path / "export.json"
    damaged.write_text('{"format": "kindred-export", "version": 1, "entries": [', "utf-8")
    before = entry_count(other)
    import_export(other, choose_path=lambda *_: damaged)
    assert said == ["This file isn't a Kindred export, or it is damaged. Nothing was imported."]
    assert entry_count(other) == before


def test_a_wrong_passphrase_is_asked_again_then_nothing_is_imported(
    qtbot: QtBot,
    session: Session,
    other: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    said: list[str],
) -> None:
    session.services.diary.add(session.writer.id, EntryDraft(text="A quiet evening"))
    target = tmp_path / "record.json"
    export_locked(qtbot, session, target)
    tries = iter([("not the passphrase", True), ("", False)])
    labels: list[str] = []

    def get_text(_parent: Any, _title: str, label: str, *_: Any) -> tuple[str, bool]:
        labels.append(label)
        return next(tries)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    before = entry_count(other)
    import_export(other, choose_path=lambda *_: target)
    assert "doesn't open this export" in labels[1]
    assert "Nothing was imported" in said[-1]
    assert entry_count(other) == before


def test_passphrases_that_differ_are_caught_before_choosing_a_file(
    qtbot: QtBot, session: Session
) -> None:
    chosen: list[str] = []
    dialog = ExportDialog(session, choose_path=lambda *a: chosen.append(a[1]), cost=TEST_COST)
    qtbot.addWidget(dialog)
    dialog.lock.setChecked(True)
    qtbot.keyClicks(dialog.passphrase, EXPORT_PASSPHRASE)
    qtbot.keyClicks(dialog.confirm, "something else entirely")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "not the same" in dialog.problem.text()
    assert chosen == []
    dialog.confirm.clear()
    dialog.passphrase.setText("short")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "at least 8 characters" in dialog.problem.text()


def test_the_spreadsheet_export_has_the_diary(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    session.services.diary.add(session.writer.id, EntryDraft(text="Ate all her soup"))
    target = tmp_path / "diary.csv"
    dialog = ExportDialog(session, choose_path=lambda *_: target, cost=TEST_COST)
    qtbot.addWidget(dialog)
    dialog.spreadsheet.setChecked(True)
    assert not dialog.lock.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_to == target
    assert "Ate all her soup" in target.read_text("utf-8-sig")


def test_medicines_and_their_doses_are_in_the_preview_and_arrive(
    qtbot: QtBot, session: Session, other: Session, tmp_path: Path, said: list[str]
) -> None:
    medicines = session.services.medicines
    memantine = medicines.add(session.writer.id, MedicineDraft(name="Memantine", strength="10 mg"))
    medicines.log_dose(session.writer.id, memantine.id, DoseOutcome.GIVEN)
    target = tmp_path / "with medicines.json"
    export_locked(qtbot, session, target)

    import_export(other, choose_path=lambda *_: target)

    assert any("1 medicine, 1 dose in the log" in text for text in said)
    assert said[-1].startswith("Done. Added 1 medicine, 1 dose in the log,")
    [arrived] = other.services.medicines.list(other.writer.id)
    assert (arrived.name, arrived.strength) == ("Memantine", "10 mg")
