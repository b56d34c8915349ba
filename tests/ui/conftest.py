"""Qt test fixtures: a session on a real encrypted store, work run synchronously."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from caregiver_app.settings import Settings
from tests.conftest import OpenStore
from ui.background import SyncRunner
from ui.dialogs.entry_editor import EntryEditor
from ui.main_window import MainWindow
from ui.pages.today import TodayPage
from ui.session import Session
from ui.theme import apply_theme


@pytest.fixture
def session(opened: OpenStore, qapp: QApplication) -> Iterator[Session]:
    """A session on the test store, writing as Ann, with background work run at once."""
    live = Session(
        opened.paths,
        opened.vault,
        Settings(current_writer_id=opened.ann, country="GB"),
        SyncRunner(),
        save_settings_to_disk=False,
    )
    live.attach(opened.store)
    yield live
    if live.is_unlocked:
        live.lock()


@contextmanager
def shown_window(
    opened: OpenStore,
    qtbot: QtBot,
    settings: Settings | None = None,
    *,
    size: tuple[int, int] | None = None,
    themed: bool = False,
) -> Iterator[MainWindow]:
    """The main window on the test store, shown, then unlocked (writing as Ann unless
    ``settings`` say otherwise). ``themed`` applies the settings' look, and puts the
    default back afterwards."""
    settings = settings or Settings(current_writer_id=opened.ann, country="GB")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if themed:
        apply_theme(app, settings)
    session = Session(
        opened.paths, opened.vault, settings, SyncRunner(), save_settings_to_disk=False
    )
    main = MainWindow(session)
    qtbot.addWidget(main)
    if size is not None:
        main.resize(*size)
    main.show()
    main.activateWindow()
    session.attach(opened.store)
    try:
        yield main
    finally:
        if session.is_unlocked:
            session.lock()
        if themed:
            apply_theme(app, Settings())


@pytest.fixture
def window(opened: OpenStore, qtbot: QtBot, qapp: QApplication) -> Iterator[MainWindow]:
    """The whole main window on the test store, unlocked, writing as Ann."""
    with shown_window(opened, qtbot) as main:
        yield main


@pytest.fixture
def today(session: Session, qtbot: QtBot) -> TodayPage:
    """The Today page, shown at a comfortable size."""
    page = TodayPage(session, lambda: None)
    qtbot.addWidget(page)
    page.resize(1000, 900)
    page.show()
    return page


@pytest.fixture
def editor(session: Session, qtbot: QtBot) -> EntryEditor:
    """A new-entry editor, shown."""
    dialog = EntryEditor(session, None)
    qtbot.addWidget(dialog)
    dialog.resize(900, 800)
    dialog.show()
    return dialog


def when_dialog_opens(action: Callable[[QWidget], None], timeout_ms: int = 5000) -> None:
    """Act on the next modal dialog as soon as it is on screen (exec() blocks the test)."""
    waited = 0

    def poll() -> None:
        nonlocal waited
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            action(dialog)
        elif waited < timeout_ms:
            waited += 20
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
