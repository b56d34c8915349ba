"""Presentation mode across the app: for a support group watching on a projector."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from caregiver_app.domain.entries import EntryDraft, Visibility
from caregiver_app.settings import Settings, load_settings, save_settings
from tests.conftest import OpenStore
from ui.background import SyncRunner
from ui.main_window import MainWindow
from ui.session import Session
from ui.theme import apply_theme, colours_for
from ui.widgets.wrapped_check import WrappedCheck

SHARED = "Walked to the park together after lunch"
PRIVATE = "I cried in the car before going in"


@pytest.fixture
def presenter(opened: OpenStore, qtbot: QtBot, qapp: QApplication) -> Iterator[MainWindow]:
    """The main window as the app builds it: settings saved to a real file, theme applied."""
    own = Settings(current_writer_id=opened.ann, country="GB", text_scale=110)
    save_settings(own, opened.paths.settings)
    session = Session(opened.paths, opened.vault, own, SyncRunner())
    session.settings_changed.connect(lambda changed: apply_theme(qapp, changed))
    apply_theme(qapp, own)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1200, 850)
    window.show()
    window.activateWindow()
    session.attach(opened.store)
    session.services.diary.add(opened.ann, EntryDraft(text=SHARED))
    session.services.diary.add(opened.ann, EntryDraft(text=PRIVATE, visibility=Visibility.PRIVATE))
    yield window
    if session.is_unlocked:
        session.lock()
    apply_theme(qapp, Settings())


def _words_on(widget: QWidget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def _timeline(window: MainWindow) -> list[str]:
    page = window.diary_page
    assert page is not None
    return [page.model.entry(row).text for row in range(page.model.rowCount())]


def _search(qtbot: QtBot, window: MainWindow, words: str) -> list[str]:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = window.diary_page
    assert page is not None
    page.search.clear()
    qtbot.keyClicks(page.search, words)
    qtbot.waitUntil(lambda: words in page.model.filters.text)
    return _timeline(window)


def _clear_search(qtbot: QtBot, window: MainWindow) -> None:
    page = window.diary_page
    assert page is not None
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.filters.text == "")


def _press_presentation_keys(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(
        window,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )


def test_presentation_mode_hides_private_entries_and_the_writer_then_gives_all_back(
    presenter: MainWindow, qtbot: QtBot, opened: OpenStore
) -> None:
    window = presenter
    saved_before = opened.paths.settings.read_bytes()
    today = window.current_page()
    assert today is not None and PRIVATE in _words_on(today)
    window.go_to("Diary")
    assert PRIVATE in _timeline(window)
    assert window.writer.isVisible()
    normal_size = QApplication.font().pointSizeF()

    _press_presentation_keys(qtbot, window)

    assert window.presentation_bar.isVisible()
    assert not window.writer.isVisible() and not window.writer_label.isVisible()
    assert _timeline(window) == [SHARED]
    assert window.diary_page is not None and not window.diary_page.private.isVisible()
    assert _search(qtbot, window, "cried") == []
    assert _search(qtbot, window, "park") == [SHARED]
    _clear_search(qtbot, window)
    window.go_to("Today")
    today = window.current_page()
    assert today is not None
    qtbot.waitUntil(lambda: SHARED in _words_on(today))
    assert PRIVATE not in _words_on(today)
    assert "writing as" not in _words_on(today)  # nor who is writing
    assert QApplication.font().pointSizeF() > normal_size * 1.4
    high_contrast = colours_for(Settings(high_contrast=True)).window.lower()
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == high_contrast
    # Bigger text for the room is for the room only.
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert opened.paths.settings.read_bytes() == saved_before

    qtbot.mouseClick(window.presentation_bar.leave_button, Qt.MouseButton.LeftButton)

    assert not window.presentation_bar.isVisible()
    assert window.writer.isVisible()
    today = window.current_page()
    assert today is not None
    qtbot.waitUntil(lambda: PRIVATE in _words_on(today))
    assert "writing as" in _words_on(today)
    window.go_to("Diary")
    assert PRIVATE in _timeline(window)
    assert window.diary_page is not None and window.diary_page.private.isVisible()
    assert QApplication.font().pointSizeF() == pytest.approx(normal_size)
    assert opened.paths.settings.read_bytes() == saved_before
    assert load_settings(opened.paths.settings).text_scale == 110


def test_the_report_leaves_private_entries_out_while_presenting(
    presenter: MainWindow, qtbot: QtBot
) -> None:
    window = presenter
    _press_presentation_keys(qtbot, window)
    window.open_report()
    page = window.appointments_page
    assert page is not None
    private = [check for check in page.findChildren(WrappedCheck) if "private" in check.text()]
    assert private, "the report's private-entries choice is on the page"
    assert all(not check.isChecked() and not check.isEnabled() for check in private)


def test_a_card_on_the_wall_puts_the_whole_app_in_presentation_mode(
    presenter: MainWindow, qtbot: QtBot
) -> None:
    window = presenter
    window.go_to("Guidance")
    page = window.guidance_page
    assert page is not None
    page.show_card("sundowning")
    qtbot.mouseClick(page.card_view.present_button, Qt.MouseButton.LeftButton)
    slides = page.presentation
    assert slides is not None
    qtbot.waitUntil(slides.isVisible)
    assert window.presentation_bar.isVisible() and not window.writer.isVisible()
    qtbot.mouseClick(slides.leave_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.presentation is None)
    # Still presenting until the presenter says so: the room is still watching.
    assert window.presentation_bar.isVisible()
    window.go_to("Diary")
    assert _timeline(window) == [SHARED]
    _press_presentation_keys(qtbot, window)
    assert not window.presentation_bar.isVisible()
    assert PRIVATE in _timeline(window)
