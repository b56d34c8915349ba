"""The Today page, driven the way a carer uses it: type a few words, press Enter."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QPushButton, QSlider, QWidget
from pytestqt.qtbot import QtBot

from caregiver_app.domain.entries import EntryDraft, EntryKind
from caregiver_app.domain.errors import KindredError
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.settings import Settings
from tests.conftest import OpenStore
from ui.background import SyncRunner
from ui.pages.today import EMPTY_TODAY, PLACEHOLDER, TodayPage
from ui.session import Session


@pytest.fixture
def live_session(opened: OpenStore) -> Iterator[Session]:
    session = Session(
        opened.paths,
        opened.vault,
        Settings(current_writer_id=opened.ann),
        SyncRunner(),
        save_settings_to_disk=False,
    )
    session.attach(opened.store)
    yield session
    session.lock()


@pytest.fixture
def opened_editor() -> list[bool]:
    return []


@pytest.fixture
def page(qtbot: QtBot, live_session: Session, opened_editor: list[bool]) -> TodayPage:
    widget = TodayPage(live_session, lambda: opened_editor.append(True))
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    return widget


def _box(page: QWidget) -> QPlainTextEdit:
    box = page.findChild(QPlainTextEdit)
    assert box is not None
    return box


W = TypeVar("W", bound=QWidget)


def _named(page: QWidget, kind: type[W], name: str) -> W:
    found = [w for w in page.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, f"expected one {kind.__name__} called {name!r}"
    return found[0]


def _visible_text(page: QWidget) -> str:
    return "\n".join(label.text() for label in page.findChildren(QLabel) if label.isVisible())


def _entries(opened: OpenStore) -> list[EntryDraft]:
    return [entry.draft for entry in DiaryService(opened.store).page(opened.ann).entries]


def test_greets_with_the_persons_preferred_name(page: TodayPage) -> None:
    assert "How is Maggie today?" in _visible_text(page)
    assert _box(page).placeholderText() == PLACEHOLDER


def test_enter_saves_clears_the_box_and_says_saved(
    qtbot: QtBot, page: TodayPage, opened: OpenStore
) -> None:
    box = _box(page)
    qtbot.keyClicks(box, "Ate a good lunch")
    qtbot.keyClick(box, Qt.Key.Key_Return)

    [saved] = _entries(opened)
    assert saved.text == "Ate a good lunch"
    assert saved.kind is EntryKind.OBSERVATION
    assert (saved.mood, saved.distress) == (None, None)
    assert box.toPlainText() == ""
    assert "Saved" in _visible_text(page)


def test_shift_enter_starts_a_new_line_without_saving(
    qtbot: QtBot, page: TodayPage, opened: OpenStore
) -> None:
    box = _box(page)
    qtbot.keyClicks(box, "Restless")
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(box, "then settled")
    assert _entries(opened) == []

    qtbot.mouseClick(_named(page, QPushButton, "Save entry"), Qt.MouseButton.LeftButton)
    assert _entries(opened)[0].text == "Restless\nthen settled"


def test_a_failed_save_keeps_the_words_and_says_why(
    qtbot: QtBot, page: TodayPage, opened: OpenStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*_: object) -> None:
        raise KindredError("The disk is full, so this was not saved.")

    monkeypatch.setattr(DiaryService, "add", disk_full)
    box = _box(page)
    qtbot.keyClicks(box, "Woke at 3am")
    qtbot.keyClick(box, Qt.Key.Key_Return)

    assert box.toPlainText() == "Woke at 3am"
    shown = _visible_text(page)
    assert "The disk is full, so this was not saved." in shown
    assert "Saved." not in shown


def test_an_unexpected_failure_is_shown_plainly(
    qtbot: QtBot, page: TodayPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object) -> None:
        raise RuntimeError("database is locked")

    monkeypatch.setattr(DiaryService, "add", broken)
    qtbot.keyClicks(_box(page), "Quiet morning")
    qtbot.keyClick(_box(page), Qt.Key.Key_Return)

    shown = _visible_text(page)
    assert "Your text is still here" in shown
    assert "database is locked" not in shown
    assert _box(page).toPlainText() == "Quiet morning"


def test_saving_nothing_asks_for_a_few_words(
    qtbot: QtBot, page: TodayPage, opened: OpenStore
) -> None:
    qtbot.keyClick(_box(page), Qt.Key.Key_Return)
    assert "Please write a few words before saving." in _visible_text(page)
    assert _entries(opened) == []


def test_ratings_are_stored_only_when_touched(
    qtbot: QtBot, page: TodayPage, opened: OpenStore
) -> None:
    mood = _named(page, QSlider, "Mood, 0 to 10")
    assert "Not rated" in _visible_text(page)
    for _ in range(3):
        qtbot.keyClick(mood, Qt.Key.Key_Right)  # 5 → 8
    assert "8 — good" in _visible_text(page)

    qtbot.keyClicks(_box(page), "Laughed at the radio")
    qtbot.keyClick(_box(page), Qt.Key.Key_Return)

    [saved] = _entries(opened)
    assert (saved.mood, saved.distress) == (8, None)
    # The form is fresh for the next entry: no rating carries over by accident.
    assert _visible_text(page).count("Not rated") == 2


def test_a_rating_can_be_cleared_again(qtbot: QtBot, page: TodayPage, opened: OpenStore) -> None:
    distress = _named(page, QSlider, "Distress, 0 to 10")
    qtbot.keyClick(distress, Qt.Key.Key_End)
    assert "10 — " in _visible_text(page)
    clear = _named(page, QPushButton, "Clear the distress rating")
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)

    qtbot.keyClicks(_box(page), "Calmer after a walk")
    qtbot.keyClick(_box(page), Qt.Key.Key_Return)
    assert _entries(opened)[0].distress is None


def test_the_kind_chosen_is_saved(qtbot: QtBot, page: TodayPage, opened: OpenStore) -> None:
    kind = _named(page, QComboBox, "Kind of entry")
    qtbot.keyClicks(kind, "Meal")  # typing on a closed list picks the matching item
    assert kind.currentText() == "Meal"
    qtbot.keyClicks(_box(page), "Soup and bread")
    qtbot.keyClick(_box(page), Qt.Key.Key_Return)
    assert _entries(opened)[0].kind is EntryKind.MEAL


def test_today_so_far_starts_empty_then_shows_new_entries(
    qtbot: QtBot, page: TodayPage, opened: OpenStore
) -> None:
    assert EMPTY_TODAY in _visible_text(page)

    box = _box(page)
    qtbot.keyClicks(box, "Sat in the garden")
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(box, "for an hour")
    qtbot.keyClick(box, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: "Sat in the garden" in _visible_text(page))
    shown = _visible_text(page)
    assert EMPTY_TODAY not in shown
    assert "for an hour" not in shown  # the first line only
    assert "Ann Okafor · Observation" in shown


def test_entries_written_elsewhere_appear(qtbot: QtBot, page: TodayPage, opened: OpenStore) -> None:
    DiaryService(opened.store).add(opened.raj, EntryDraft("Took her to the shops"))
    qtbot.waitUntil(lambda: "Took her to the shops" in _visible_text(page))
    assert "Raj Okafor" in _visible_text(page)


def test_more_details_opens_the_editor(
    qtbot: QtBot, page: TodayPage, opened_editor: list[bool]
) -> None:
    qtbot.mouseClick(_named(page, QPushButton, "More details"), Qt.MouseButton.LeftButton)
    assert opened_editor == [True]


def test_every_control_has_a_name(page: TodayPage) -> None:
    for kind in (QPlainTextEdit, QSlider, QPushButton):
        for widget in page.findChildren(kind):
            assert widget.accessibleName(), widget
