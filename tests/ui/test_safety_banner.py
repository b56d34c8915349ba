"""The safety banner: risky words bring calm help, ordinary words never do, saving still works."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from caregiver_app.domain.entries import EntryKind
from caregiver_app.guidance import TRIAGE_CARD_ID
from caregiver_app.services.diary_service import DiaryService
from tests.conftest import OpenStore
from ui.dialogs.entry_editor import SAVED_SEE_BANNER, EntryEditor
from ui.pages.today import QuickText, TodayPage
from ui.session import Session
from ui.widgets.safety_banner import SafetyBanner

RISKY = "He said he wants to die and has been giving his things away"
ORDINARY = "Killing time before the bus, dying to see the grandchildren"
DENIED = "I asked him gently and he said he does not want to die"
CHECK_MS = 2000  # the pause is 500 ms; this only bounds a hang


def banner_of(widget: QWidget) -> SafetyBanner:
    banner = widget.findChild(SafetyBanner)
    assert banner is not None
    return banner


def shown_text(banner: SafetyBanner) -> str:
    return "\n".join(label.text() for label in banner.findChildren(QLabel) if label.isVisible())


def type_and_wait(qtbot: QtBot, box: QWidget, text: str, banner: SafetyBanner) -> None:
    """Type as a person does, then wait for the check that follows the pause."""
    with qtbot.waitSignal(banner.checked, timeout=CHECK_MS):
        qtbot.keyClicks(box, text)


def saved_texts(opened: OpenStore) -> list[str]:
    return [entry.text for entry in DiaryService(opened.store).page(opened.ann).entries]


def test_risky_words_in_the_editor_show_the_banner_with_999_and_saving_still_works(
    editor: EntryEditor, qtbot: QtBot, opened: OpenStore
) -> None:
    banner = banner_of(editor)
    qtbot.keyClicks(editor.text, RISKY)
    qtbot.waitUntil(banner.isVisible, timeout=CHECK_MS)

    shown = shown_text(banner)
    assert "Call 999 if anyone is in danger now." in shown
    assert "Samaritans: 116 123" in shown
    assert "sounds like thoughts of suicide" in shown
    assert banner.card_button.text() == "Open: Talk of suicide"
    assert banner.triage_button.isVisible()

    editor.save()
    assert saved_texts(opened) == [RISKY]
    assert editor.saved is not None and not editor.isVisible()


def test_a_banner_that_first_appears_on_saving_is_shown_after_the_save(
    editor: EntryEditor, qtbot: QtBot, opened: OpenStore
) -> None:
    editor.text.setPlainText(RISKY)  # pasted and saved at once, before any pause
    qtbot.keyClick(editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert saved_texts(opened) == [RISKY]
    assert editor.isVisible() and banner_of(editor).isVisible()
    assert editor.message.text() == SAVED_SEE_BANNER
    assert editor.saved is not None
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # any way of closing keeps the saved entry
    assert not editor.isVisible() and editor.result() == EntryEditor.DialogCode.Accepted
    assert saved_texts(opened) == [RISKY]


def test_risky_words_on_today_show_the_banner_and_it_stays_after_saving(
    today: TodayPage, qtbot: QtBot, opened: OpenStore
) -> None:
    box = today.findChild(QuickText)
    assert box is not None
    banner = banner_of(today)
    type_and_wait(qtbot, box, RISKY, banner)
    assert banner.isVisible()
    assert "Call 999 if anyone is in danger now." in shown_text(banner)

    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert saved_texts(opened) == [RISKY]
    assert box.toPlainText() == ""
    # The cleared box is checked after the pause; the note about the saved entry stays.
    qtbot.waitSignal(banner.checked, timeout=CHECK_MS).wait()
    assert banner.isVisible() and banner.close_button.isVisible()

    type_and_wait(qtbot, box, "Later he ate some soup", banner)
    assert not banner.isVisible()


def test_enter_straight_after_risky_words_saves_and_shows_the_banner(
    today: TodayPage, qtbot: QtBot, opened: OpenStore
) -> None:
    box = today.findChild(QuickText)
    assert box is not None
    box.setPlainText(RISKY)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert saved_texts(opened) == [RISKY]
    assert banner_of(today).isVisible()


@pytest.mark.parametrize(
    "text",
    [
        ORDINARY,
        "Shot a video of the kids at the park",
        "She was dying to see the new baby, laughed all afternoon",
    ],
)
def test_ordinary_words_raise_no_banner(
    editor: EntryEditor, today: TodayPage, qtbot: QtBot, text: str
) -> None:
    for widget, box in ((editor, editor.text), (today, today.findChild(QuickText))):
        assert box is not None
        banner = banner_of(widget)
        type_and_wait(qtbot, box, text, banner)
        assert not banner.isVisible() and banner.alert is None


def test_the_banner_goes_when_the_words_no_longer_suggest_risk(
    editor: EntryEditor, qtbot: QtBot
) -> None:
    banner = banner_of(editor)
    type_and_wait(qtbot, editor.text, RISKY, banner)
    assert banner.isVisible()
    editor.text.selectAll()
    type_and_wait(qtbot, editor.text, ORDINARY, banner)
    assert not banner.isVisible()


def test_risky_words_in_an_episode_box_count_too(editor: EntryEditor, qtbot: QtBot) -> None:
    editor.kind.setCurrentIndex(editor.kind.findData(EntryKind.DISTRESS_EPISODE))
    banner = banner_of(editor)
    type_and_wait(qtbot, editor.behaviour, "She said she has a knife and will hurt me", banner)
    assert banner.isVisible()
    assert banner.card_button.text() == "Open: Your own safety"


def test_the_card_button_and_the_triage_button_open_cards(
    editor: EntryEditor, qtbot: QtBot, session: Session
) -> None:
    banner = banner_of(editor)
    type_and_wait(qtbot, editor.text, RISKY, banner)
    with qtbot.waitSignal(session.open_card_requested) as opened_card:
        qtbot.mouseClick(banner.card_button, Qt.MouseButton.LeftButton)
    assert opened_card.args == ["talk-of-suicide"]
    with qtbot.waitSignal(session.open_card_requested) as opened_triage:
        qtbot.mouseClick(banner.triage_button, Qt.MouseButton.LeftButton)
    assert opened_triage.args == [TRIAGE_CARD_ID]


def test_a_denied_mention_gets_the_gentler_words(editor: EntryEditor, qtbot: QtBot) -> None:
    banner = banner_of(editor)
    type_and_wait(qtbot, editor.text, DENIED, banner)
    assert banner.alert is not None and banner.alert.negated
    shown = shown_text(banner)
    assert "even if they were denied" in shown
    assert "sounds like thoughts of suicide" not in shown
    assert "Call 999 if anyone is in danger now." in shown  # still there, just not large


def test_the_numbers_follow_the_country(
    editor: EntryEditor, qtbot: QtBot, session: Session
) -> None:
    banner = banner_of(editor)
    type_and_wait(qtbot, editor.text, RISKY, banner)
    session.update_settings(country="US")
    assert "Call 911 if anyone is in danger now." in shown_text(banner)
    assert "988" in shown_text(banner)
    session.update_settings(country="")
    assert "Call your local emergency number if anyone is in danger now." in shown_text(banner)


def test_typing_keeps_the_focus_in_the_text_box(editor: EntryEditor, qtbot: QtBot) -> None:
    editor.activateWindow()
    qtbot.waitUntil(editor.text.hasFocus)
    type_and_wait(qtbot, editor.text, RISKY, banner_of(editor))
    assert editor.text.hasFocus()


def test_the_words_that_raised_the_banner_are_never_logged(
    editor: EntryEditor, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    type_and_wait(qtbot, editor.text, RISKY, banner_of(editor))
    editor.save()
    assert "die" not in caplog.text and "giving" not in caplog.text


def test_every_banner_button_has_a_name(editor: EntryEditor, qtbot: QtBot) -> None:
    banner = banner_of(editor)
    type_and_wait(qtbot, editor.text, RISKY, banner)
    for button in banner.findChildren(QPushButton):
        assert button.accessibleName(), button.text()
    assert banner.accessibleName() == "Safety note"
