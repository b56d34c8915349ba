"""A backup folder the family chooses: used for new copies, old copies still found."""

from __future__ import annotations

from pathlib import Path

import pytest

from caregiver_app.domain.entries import EntryDraft
from caregiver_app.domain.errors import InvalidInput
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.settings import load_settings, save_settings
from caregiver_app.storage.backup_catalog import checked, list_backups, newest_good
from caregiver_app.storage.backup_place import (
    backup_folder,
    backup_folders,
    check_backup_folder,
    choosing,
    install_folder,
)
from caregiver_app.storage.erase import erase_everything
from caregiver_app.storage.location import backup_location_note
from caregiver_app.storage.store import unlock_key
from tests.conftest import OpenStore


def _choose(opened: OpenStore, folder: Path) -> None:
    settings = load_settings(opened.paths.settings)
    save_settings(
        settings.with_changes(**choosing(opened.paths, settings, folder)), opened.paths.settings
    )


def test_new_backups_go_to_the_chosen_folder_and_old_ones_stay_listed(
    opened: OpenStore, tmp_path: Path
) -> None:
    old = opened.store.backup("by-hand")
    assert old.parent == opened.paths.backups
    chosen = tmp_path / "on the usb stick"
    _choose(opened, chosen)
    opened.reopen()  # a store opened later (or the command line) reads the choice
    DiaryService(opened.store).add(opened.ann, EntryDraft(text="After the move"))
    new = opened.store.backup("by-hand")

    assert new.parent == chosen and old.exists()
    assert backup_folder(opened.paths) == chosen
    assert {b.path for b in list_backups(backup_folders(opened.paths))} == {old, new}
    _, key = unlock_key(opened.paths, vault=opened.vault)
    best = newest_good(backup_folders(opened.paths), key)
    assert best is not None and best.path == new and best.entries == 1


def test_changing_twice_remembers_every_folder_used(opened: OpenStore, tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    _choose(opened, first)
    _choose(opened, second)
    assert backup_folders(opened.paths) == [second, opened.paths.backups, first]
    _choose(opened, opened.paths.backups)  # back to the default
    settings = load_settings(opened.paths.settings)
    assert settings.backup_folder == ""
    assert backup_folders(opened.paths) == [opened.paths.backups, second, first]


def test_a_folder_inside_the_program_or_one_that_cant_be_written_is_refused(
    tmp_path: Path,
) -> None:
    with pytest.raises(InvalidInput, match="program files"):
        check_backup_folder(install_folder() / "backups")
    program = tmp_path / "Program Files" / "Kindred"
    with pytest.raises(InvalidInput, match="program files"):
        check_backup_folder(program / "data", install=program)
    a_file = tmp_path / "not a folder"
    a_file.write_text("x")
    with pytest.raises(InvalidInput, match="can't save files"):
        check_backup_folder(a_file / "backups", install=program)
    fine = check_backup_folder(tmp_path / "Backups of the diary", install=program)
    assert fine.is_dir() and list(fine.iterdir()) == []  # the write check left nothing


def test_a_synced_folder_is_welcome_for_backups(tmp_path: Path) -> None:
    note = backup_location_note(tmp_path / "Dropbox" / "Kindred")
    assert note is not None and "Dropbox" in note and "good place" in note
    assert backup_location_note(tmp_path / "Backups") is None


def test_delete_everything_finds_backups_in_every_folder_and_keeps_the_chosen_folder(
    opened: OpenStore, tmp_path: Path
) -> None:
    opened.store.backup("by-hand")
    chosen = tmp_path / "chosen"
    _choose(opened, chosen)
    opened.reopen()
    opened.store.backup("by-hand")
    (chosen / "their own file.txt").write_text("keep me")
    opened.store.close()

    report = erase_everything(opened.paths, opened.vault, backups=True)

    assert report.backups == 2
    assert list_backups([chosen, opened.paths.backups]) == []
    assert (chosen / "their own file.txt").exists()


def test_the_backup_checker_keeps_working_after_the_diary_is_locked(opened: OpenStore) -> None:
    copy = opened.store.backup("by-hand")
    check = opened.store.backup_checker()
    opened.store.close()  # wipes the store's own key
    [info] = list_backups(copy.parent)
    result = check(info)
    assert result.good and result.entries == 0
    _, key = unlock_key(opened.paths, vault=opened.vault)
    assert checked(info, key) == result
