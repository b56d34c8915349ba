"""An open Kindred window on the shared diary shows another member's save within a second."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from caregiver_app.domain.entries import EntryDraft
from caregiver_app.paths import StorePaths
from caregiver_app.services.changes import Changes
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.settings import Settings
from caregiver_app.storage.secrets import KeyringVault
from tests.postgres.conftest import Family
from tests.support.keyrings import MemoryKeyring
from ui.background import SyncRunner
from ui.session import Session


def test_another_members_save_reaches_an_open_window_by_itself(
    family: Family, qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    session = Session(
        StorePaths(tmp_path),
        KeyringVault(MemoryKeyring()),
        Settings(current_writer_id=family.ann),  # last used on this computer by someone else
        SyncRunner(),
        save_settings_to_disk=False,
    )
    session.attach(family.db.open("raj"))
    try:
        assert session.writer.id == family.raj  # on the server, Raj writes as Raj
        heard: list[Changes] = []
        session.data_changed.connect(heard.append)
        qtbot.wait(300)  # the listener connects
        ann = DiaryService(family.db.open("ann"))
        entry = ann.add(family.ann, EntryDraft(text="Hello Raj"))
        # How quickly is measured in bench/server_bench.py (milliseconds); here only
        # that it arrives with nobody refreshing, with room for a busy test machine.
        qtbot.waitUntil(lambda: any(entry.id in c.entry_ids for c in heard), timeout=5000)
        page = session.services.diary.page(session.writer.id)
        assert [e.text for e in page.entries] == ["Hello Raj"]
    finally:
        session.lock()
