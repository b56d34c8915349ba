"""Delete everything: asked twice, backups kept unless ticked, then Kindred closes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from caregiver_app.storage.backup_catalog import list_backups
from caregiver_app.storage.backup_place import choosing
from tests.ui.conftest import when_dialog_opens
from ui.dialogs.backup_folder import use_chosen_folder
from ui.dialogs.erase import FirstConfirmation, delete_everything
from ui.session import Session


@pytest.fixture
def typed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the person types at the last check (DELETE unless a test changes it)."""
    words = ["DELETE"]
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: (words[0], True))
    monkeypatch.setattr(QMessageBox, "information", lambda *_a, **_k: None)
    return words


def go_on(tick_backups: bool) -> None:
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, FirstConfirmation)
        assert not dialog.backups.isChecked()  # never ticked for them
        dialog.backups.setChecked(tick_backups)
        dialog.go_on.click()

    when_dialog_opens(act)


def test_delete_everything_removes_the_diary_but_keeps_the_backups(
    session: Session, typed: list[str]
) -> None:
    session.services.store.backup("by-hand")
    paths = session.paths
    closed: list[bool] = []
    go_on(tick_backups=False)
    assert delete_everything(session, quit_app=lambda: closed.append(True))
    assert not paths.database.exists() and not paths.keys.exists()
    assert len(list_backups(paths.backups)) == 1
    assert closed == [True]
    assert not session.is_unlocked


def test_ticking_the_box_deletes_the_backups_too(session: Session, typed: list[str]) -> None:
    session.services.store.backup("by-hand")
    go_on(tick_backups=True)
    assert delete_everything(session, quit_app=lambda: None)
    assert list_backups(session.paths.backups) == []


def test_not_typing_delete_deletes_nothing(session: Session, typed: list[str]) -> None:
    typed[0] = "delete?"
    closed: list[bool] = []
    go_on(tick_backups=True)
    assert not delete_everything(session, quit_app=lambda: closed.append(True))
    assert session.is_unlocked and session.paths.database.exists()
    assert closed == []


def test_keep_my_diary_is_the_safe_default(session: Session, typed: list[str]) -> None:
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, FirstConfirmation)
        assert dialog.defaultButton() is dialog.keep
        dialog.keep.click()

    when_dialog_opens(act)
    assert not delete_everything(session, quit_app=lambda: None)
    assert session.paths.database.exists()


def test_backups_in_a_chosen_folder_are_shown_and_deleted_too(
    session: Session, typed: list[str], tmp_path: Path
) -> None:
    session.services.store.backup("by-hand")  # beside the diary, before the change
    chosen = tmp_path / "usb stick"
    session.update_settings(**choosing(session.paths, session.settings, chosen))
    use_chosen_folder(session)
    session.services.store.backup("by-hand")
    shown: list[str] = []

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, FirstConfirmation)
        shown.append(dialog.informativeText())
        dialog.backups.setChecked(True)
        dialog.go_on.click()

    when_dialog_opens(act)
    assert delete_everything(session, quit_app=lambda: None)
    assert str(chosen) in shown[0] and str(session.paths.backups) in shown[0]
    assert list_backups([chosen, session.paths.backups]) == []
    assert chosen.is_dir()  # the family's own folder stays
