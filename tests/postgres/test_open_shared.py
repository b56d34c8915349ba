"""Opening the shared diary at start-up and from the lock screen, and when the server is away."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from caregiver_app.domain.errors import ServerUnreachable
from caregiver_app.paths import StorePaths
from caregiver_app.settings import Settings
from caregiver_app.storage.secrets import KeyringVault
from caregiver_app.storage.server import (
    ServerPasswords,
    ServerSettings,
    ServerStore,
    open_server_store,
    save_server_settings,
)
from tests.postgres.conftest import Family
from tests.support.keyrings import MemoryKeyring
from tests.ui.conftest import when_dialog_opens
from ui.background import SyncRunner
from ui.dialogs.entry_editor import EntryEditor
from ui.dialogs.shared_open import ServerOfflineDialog, open_shared, uses_shared_diary
from ui.main_window import MainWindow
from ui.session import Session


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def session(family: Family, home: Path, qapp: QApplication) -> Iterator[Session]:
    """A computer whose Kindred was connected to the shared diary as Raj."""
    save_server_settings(home, family.db.settings("raj"))
    live = Session(
        StorePaths(home),
        KeyringVault(MemoryKeyring()),
        Settings(),
        SyncRunner(),
        save_settings_to_disk=False,
    )
    yield live
    if live.is_unlocked:
        live.lock()


def opened_shared(session: Session, **kwargs: object) -> ServerStore | None:
    """Open as the app does; with the tests' runner every step happens at once."""
    found: list[ServerStore | None] = []
    open_shared(session, done=found.append, **kwargs)  # type: ignore[arg-type]
    assert len(found) == 1
    return found[0]


def remember_password(session: Session, family: Family) -> None:
    login = family.db.login("raj")
    ServerPasswords(session.vault).save(family.db.settings("raj"), family.db.passwords[login])


def test_a_remembered_password_opens_the_shared_diary_without_asking(
    session: Session, family: Family
) -> None:
    assert uses_shared_diary(session.paths.folder)
    remember_password(session, family)
    store = opened_shared(session)
    assert isinstance(store, ServerStore)
    session.attach(store)
    assert session.writer.id == family.raj


def test_without_a_remembered_password_it_is_asked_for(
    session: Session, family: Family, qtbot: QtBot
) -> None:
    password = family.db.passwords[family.db.login("raj")]

    def type_it(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        assert "password" in dialog.labelText().lower()
        dialog.setTextValue(password)
        dialog.accept()

    when_dialog_opens(type_it)
    store = opened_shared(session)
    assert isinstance(store, ServerStore)
    store.close()


def test_an_away_server_offers_try_again_and_keeps_what_is_typed(
    session: Session, family: Family, qtbot: QtBot
) -> None:
    remember_password(session, family)
    away = [True]

    def opener(settings: ServerSettings, password: str | None, home: Path) -> ServerStore:
        if away[0]:
            raise ServerUnreachable("Kindred can't reach the shared diary's server (test).")
        return open_server_store(settings, password, home=home, upgrade=False)

    seen: list[str] = []

    def write_then_retry(dialog: QWidget) -> None:
        assert isinstance(dialog, ServerOfflineDialog)
        seen.append(dialog.banner.text)
        qtbot.keyClicks(dialog.words, "Dad fell asleep early")
        qtbot.mouseClick(dialog.try_again, Qt.MouseButton.LeftButton)  # still away
        seen.append(dialog.banner.text)
        away[0] = False
        qtbot.mouseClick(dialog.try_again, Qt.MouseButton.LeftButton)

    when_dialog_opens(write_then_retry)
    store = opened_shared(session, opener=opener)
    assert isinstance(store, ServerStore)
    assert "can't reach the shared diary's server" in seen[0]
    assert "What you wrote is kept." in seen[1]
    session.attach(store)

    # The words written while the server was away are offered in a new entry.
    editor = EntryEditor(session, None)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.draft_offer.isVisible()
    editor._carry_on_with_draft()
    assert editor.text.toPlainText() == "Dad fell asleep early"


def test_not_now_keeps_the_words_and_leaves_the_diary_closed(
    session: Session, family: Family, qtbot: QtBot
) -> None:
    remember_password(session, family)

    def away(settings: ServerSettings, password: str | None, home: Path) -> ServerStore:
        raise ServerUnreachable("away")

    def write_and_close(dialog: QWidget) -> None:
        assert isinstance(dialog, ServerOfflineDialog)
        qtbot.keyClicks(dialog.words, "Pills taken at 8")
        qtbot.mouseClick(dialog.not_now, Qt.MouseButton.LeftButton)

    when_dialog_opens(write_and_close)
    assert opened_shared(session, opener=away) is None
    store = opened_shared(session)  # the server answers now
    assert store is not None
    assert "Pills taken at 8" in str(store.drafts.all()["new-entry"]["text"])
    store.close()


def test_unlocking_reconnects_to_the_shared_diary(
    session: Session, family: Family, qtbot: QtBot
) -> None:
    remember_password(session, family)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    store = opened_shared(session)
    assert store is not None
    session.attach(store)
    window.lock()
    assert not session.is_unlocked
    qtbot.mouseClick(window.lock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert session.is_unlocked
    assert isinstance(session.services.store, ServerStore)
    assert session.server_state == "live"
    assert window.writer.currentText() == "Raj Okafor"
    assert not window.writer.isEnabled()  # on the server Raj writes as Raj


def test_a_wrong_remembered_password_asks_again_saying_why(
    session: Session, family: Family, qtbot: QtBot
) -> None:
    ServerPasswords(session.vault).save(family.db.settings("raj"), "an old password")
    asked: list[str] = []

    def type_the_right_one(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        asked.append(dialog.labelText())
        dialog.setTextValue(family.db.passwords[family.db.login("raj")])
        dialog.accept()

    when_dialog_opens(type_the_right_one)
    store = opened_shared(session)
    assert isinstance(store, ServerStore)
    store.close()
    assert "didn't accept the sign-in" in asked[0]
