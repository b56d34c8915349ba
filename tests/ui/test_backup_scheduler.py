"""Automatic backups: made when something changed, skipped when nothing did."""

from __future__ import annotations

from caregiver_app.domain.entries import EntryDraft
from caregiver_app.storage.backup_catalog import list_backups
from ui.backup_scheduler import BackupScheduler
from ui.session import Session


def test_a_backup_is_made_only_after_something_changed(session: Session) -> None:
    scheduler = BackupScheduler(session, interval_ms=60_000)
    folder = session.services.store.paths.backups
    scheduler.back_up_if_changed()
    assert list_backups(folder) == []

    session.services.diary.add(session.writer.id, EntryDraft(text="A new entry"))
    scheduler.back_up_if_changed()
    [copy] = list_backups(folder)
    assert copy.reason == "automatic"

    scheduler.back_up_if_changed()  # nothing new since
    assert len(list_backups(folder)) == 1


def test_closing_the_app_makes_a_last_copy(session: Session) -> None:
    scheduler = BackupScheduler(session)
    scheduler.back_up("on-close", wait=True)
    assert [b.reason for b in list_backups(session.services.store.paths.backups)] == ["on-close"]
