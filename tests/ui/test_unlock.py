"""Opening a locked diary: the unlock dialog and the lock screen in the main window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from caregiver_app.services.circle_service import CircleService
from caregiver_app.storage.store import Store
from tests.conftest import PASSPHRASE, OpenStore
from tests.ui.conftest import when_dialog_opens
from ui.dialogs.unlock import UnlockDialog
from ui.pages.lock_screen import LockScreen
from ui.session import Session

WRONG_PASSPHRASE = "That passphrase doesn't open this diary. Please try again."


@pytest.fixture
def locked(opened: OpenStore) -> Iterator[OpenStore]:
    """The test diary, closed: as it is when Kindred starts or has locked itself."""
    opened.store.close()
    yield opened


@pytest.fixture
def dialog(qtbot: QtBot, locked: OpenStore) -> Iterator[UnlockDialog]:
    shown = UnlockDialog(locked.paths, locked.vault, "Your diary is locked.")
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    if shown.store is not None:
        shown.store.close()


def _visible_text(widget: QWidget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def test_a_wrong_passphrase_is_explained_and_the_dialog_stays(
    qtbot: QtBot, dialog: UnlockDialog
) -> None:
    field = dialog.form.passphrase_field
    qtbot.keyClicks(field, "tea and biscuits")
    qtbot.keyClick(field, Qt.Key.Key_Return)

    assert dialog.form.banner.text == WRONG_PASSPHRASE
    assert dialog.isVisible() and dialog.store is None
    assert field.selectedText() == "tea and biscuits"  # ready to type again at once


def test_the_right_passphrase_opens_the_diary(qtbot: QtBot, dialog: UnlockDialog) -> None:
    field = dialog.form.passphrase_field
    qtbot.keyClicks(field, "wrong first")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.keyClicks(field, PASSPHRASE)  # replaces the selected wrong attempt
    qtbot.keyClick(field, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert isinstance(dialog.store, Store) and dialog.store.is_open
    assert CircleService(dialog.store).get().person.name == "Margaret Okafor"


def test_the_recovery_code_opens_the_diary_however_it_is_typed(
    qtbot: QtBot, dialog: UnlockDialog, locked: OpenStore
) -> None:
    qtbot.mouseClick(dialog.form.switch_button, Qt.MouseButton.LeftButton)
    assert dialog.form.code_field.isVisible() and not dialog.form.passphrase_field.isVisible()
    assert dialog.form.switch_button.text() == "Use my passphrase instead"

    typed = locked.recovery_code.lower().replace("-", " ")
    qtbot.keyClicks(dialog.form.code_field, typed)
    qtbot.keyClick(dialog.form.code_field, Qt.Key.Key_Return)

    assert dialog.store is not None and dialog.store.is_open


def test_something_that_is_not_a_recovery_code_says_what_one_looks_like(
    qtbot: QtBot, dialog: UnlockDialog
) -> None:
    qtbot.mouseClick(dialog.form.switch_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.form.code_field, "ABCD-1234")
    qtbot.mouseClick(dialog.form.unlock_button, Qt.MouseButton.LeftButton)

    assert "24 letters and numbers" in dialog.form.banner.text
    assert dialog.store is None


def test_a_diary_open_in_another_window_is_explained(
    qtbot: QtBot, dialog: UnlockDialog, locked: OpenStore
) -> None:
    other_window = locked.reopen()  # holds the diary's lock, like a second Kindred
    try:
        qtbot.keyClicks(dialog.form.passphrase_field, PASSPHRASE)
        qtbot.keyClick(dialog.form.passphrase_field, Qt.Key.Key_Return)
    finally:
        other_window.close()

    assert "already open with this diary" in dialog.form.banner.text
    assert dialog.isVisible() and dialog.store is None


def test_ask_returns_the_open_store(qtbot: QtBot, locked: OpenStore) -> None:
    def type_passphrase(window: QWidget) -> None:
        assert isinstance(window, UnlockDialog)
        qtbot.keyClicks(window.form.passphrase_field, PASSPHRASE)
        qtbot.keyClick(window.form.passphrase_field, Qt.Key.Key_Return)

    when_dialog_opens(type_passphrase)
    store = UnlockDialog.ask(locked.paths, locked.vault)

    assert store is not None and store.is_open
    store.close()


def test_ask_returns_nothing_when_closed(qtbot: QtBot, locked: OpenStore) -> None:
    when_dialog_opens(lambda window: qtbot.keyClick(window, Qt.Key.Key_Escape))

    assert UnlockDialog.ask(locked.paths, locked.vault) is None


@pytest.fixture
def lock_screen(qtbot: QtBot, session: Session) -> LockScreen:
    session.lock()
    screen = LockScreen(session)
    qtbot.addWidget(screen)
    screen.resize(900, 700)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_lock_screen_unlocks_in_one_click_with_the_saved_key(
    qtbot: QtBot, lock_screen: LockScreen, session: Session
) -> None:
    assert not session.is_unlocked
    with qtbot.waitSignal(session.unlocked, timeout=5000):
        qtbot.mouseClick(lock_screen.unlock_button, Qt.MouseButton.LeftButton)

    assert session.is_unlocked
    assert session.circle.person.name == "Margaret Okafor"


def test_lock_screen_asks_for_the_passphrase_when_the_key_is_not_saved(
    qtbot: QtBot, lock_screen: LockScreen, session: Session, opened: OpenStore
) -> None:
    opened.keyring.items.clear()  # a new computer, or a reset password store
    qtbot.mouseClick(lock_screen.unlock_button, Qt.MouseButton.LeftButton)

    assert lock_screen.asking_for_secret
    assert lock_screen.form.passphrase_field.isVisible()
    assert "passphrase" in lock_screen.form.prompt.text()
    assert not lock_screen.unlock_button.isVisible()
    assert not session.is_unlocked

    field = lock_screen.form.passphrase_field
    qtbot.keyClicks(field, "not it")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert lock_screen.form.banner.text == WRONG_PASSPHRASE

    with qtbot.waitSignal(session.unlocked, timeout=5000):
        field.selectAll()
        qtbot.keyClicks(field, PASSPHRASE)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert session.is_unlocked
    assert field.text() == ""  # nothing typed is left behind


def test_lock_screen_shows_nothing_of_the_diary(
    qtbot: QtBot, lock_screen: LockScreen, session: Session
) -> None:
    names = ("Margaret", "Maggie", "Okafor", "Ann", "Raj")
    assert not any(name in _visible_text(lock_screen) for name in names)

    with qtbot.waitSignal(session.unlocked, timeout=5000):
        qtbot.mouseClick(lock_screen.unlock_button, Qt.MouseButton.LeftButton)
    session.lock()  # and locked again: back to the single button, still no names

    assert lock_screen.unlock_button.isVisible() and not lock_screen.asking_for_secret
    assert not any(name in _visible_text(lock_screen) for name in names)


def test_focusing_the_lock_screen_lands_on_what_to_press_or_type(
    qtbot: QtBot, lock_screen: LockScreen, opened: OpenStore
) -> None:
    lock_screen.activateWindow()
    qtbot.waitUntil(lock_screen.isActiveWindow)
    lock_screen.setFocus()
    assert lock_screen.unlock_button.hasFocus()

    opened.keyring.items.clear()
    qtbot.keyClick(lock_screen.unlock_button, Qt.Key.Key_Return)  # Enter presses it too
    assert lock_screen.form.passphrase_field.hasFocus()
    qtbot.mouseClick(lock_screen.form.switch_button, Qt.MouseButton.LeftButton)
    lock_screen.setFocus()
    assert lock_screen.form.code_field.hasFocus()
