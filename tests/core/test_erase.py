"""Delete everything: the diary, drafts, keys and keyring entry go; backups only if asked."""

from __future__ import annotations

from caregiver_app.domain.entries import EntryDraft
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.storage.backup_catalog import list_backups
from caregiver_app.storage.erase import erase_everything
from tests.conftest import OpenStore


def test_erasing_leaves_nothing_of_the_diary_but_the_backups_unless_asked(
    opened: OpenStore,
) -> None:
    DiaryService(opened.store).add(opened.ann, EntryDraft(text="To be erased"))
    opened.store.backup("by-hand")
    opened.store.drafts.save("new-entry", {"text": "half"})
    opened.store.close()
    assert opened.keyring.items

    report = erase_everything(opened.paths, opened.vault, backups=False)
    assert report.keyring_entry and not opened.keyring.items
    left = sorted(p.name for p in opened.paths.folder.iterdir())
    assert left == ["backups"] and len(list_backups(opened.paths.backups)) == 1

    report = erase_everything(opened.paths, opened.vault, backups=True)
    assert report.backups == 1
    assert list(opened.paths.folder.iterdir()) == []
