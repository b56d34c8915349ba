"""A save whose COMMIT reached the server but whose reply was lost is not saved twice."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session as OrmSession

from caregiver_app.domain.entries import EntryDraft, EntryFilter
from caregiver_app.domain.errors import ServerUnreachable
from caregiver_app.paths import StorePaths
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.settings import Settings
from caregiver_app.storage.secrets import KeyringVault
from caregiver_app.storage.server import UNREACHABLE, ServerStore
from tests.postgres.conftest import Family
from tests.support.keyrings import MemoryKeyring
from ui.background import SyncRunner
from ui.dialogs.entry_editor import EntryEditor
from ui.session import Session


def lose_the_next_reply(store: ServerStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """The next write commits on the server, then the connection drops before the reply."""
    real = store.write
    lost = [False]

    @contextmanager
    def write() -> Iterator[OrmSession]:
        with real() as session:
            yield session
        if not lost[0]:
            lost[0] = True
            raise ServerUnreachable(UNREACHABLE)

    monkeypatch.setattr(store, "write", write)


def texts(store: ServerStore, viewer: str) -> list[str]:
    page = DiaryService(store).page(viewer, EntryFilter(), limit=100)
    return [entry.text for entry in page.entries]


def test_saving_again_after_a_lost_reply_keeps_one_entry(
    family: Family, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = family.db.open("ann")
    diary = DiaryService(store)
    lose_the_next_reply(store, monkeypatch)
    draft = EntryDraft(text="Slept through the night")
    with pytest.raises(ServerUnreachable):
        diary.add(family.ann, draft, entry_id="0b5a1f0e-0000-4000-8000-000000000001")
    again = diary.add(family.ann, draft, entry_id="0b5a1f0e-0000-4000-8000-000000000001")
    assert again.id == "0b5a1f0e-0000-4000-8000-000000000001"
    assert again.version == 1
    assert texts(family.db.open("raj"), family.raj) == ["Slept through the night"]


def test_words_changed_before_saving_again_become_an_edit_not_a_copy(
    family: Family, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = family.db.open("ann")
    diary = DiaryService(store)
    lose_the_next_reply(store, monkeypatch)
    new_id = "0b5a1f0e-0000-4000-8000-000000000002"
    with pytest.raises(ServerUnreachable):
        diary.add(family.ann, EntryDraft(text="Slept"), entry_id=new_id)
    saved = diary.add(family.ann, EntryDraft(text="Slept well"), entry_id=new_id)
    assert (saved.id, saved.version, saved.text) == (new_id, 2, "Slept well")
    assert texts(store, family.ann) == ["Slept well"]


def test_the_same_id_from_another_member_is_refused(family: Family) -> None:
    new_id = "0b5a1f0e-0000-4000-8000-000000000003"
    DiaryService(family.db.open("ann")).add(family.ann, EntryDraft(text="Mine"), entry_id=new_id)
    with pytest.raises(Exception, match="already in the diary"):
        DiaryService(family.db.open("raj")).add(
            family.raj, EntryDraft(text="Mine"), entry_id=new_id
        )


def test_the_editor_saved_twice_after_a_lost_reply_shows_one_entry(
    family: Family,
    qtbot: QtBot,
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session = Session(
        StorePaths(tmp_path),
        KeyringVault(MemoryKeyring()),
        Settings(current_writer_id=family.ann),
        SyncRunner(),
        save_settings_to_disk=False,
    )
    store = family.db.open("ann")
    session.attach(store)
    try:
        editor = EntryEditor(session, None)
        qtbot.addWidget(editor)
        editor.show()
        qtbot.keyClicks(editor.text, "Good walk to the park")
        lose_the_next_reply(store, monkeypatch)
        save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert editor.isVisible()
        assert "will save them as soon as the server is back" in editor.message.text()
        assert editor.text.toPlainText() == "Good walk to the park"  # nothing lost
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # impatient: saves again at once
        assert editor.saved is not None
        assert texts(store, family.ann) == ["Good walk to the park"]
    finally:
        session.lock()
