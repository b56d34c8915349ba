"""Cards suggested while writing: quiet, after a pause, only when they fit, one click to open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from caregiver_app.domain.entries import EntryKind
from tests.ui.test_safety_banner import RISKY
from ui.dialogs.entry_editor import EntryEditor
from ui.guidance_access import Guidance, guidance
from ui.pages.today import QuickText, TodayPage
from ui.session import Session
from ui.widgets.card_suggestions import ADD_TEXT, LEAD_TEXT, CardSuggestions

EVENINGS = "she gets upset every evening and wants to go home"
EVENING_CARDS = {"sundowning", "i-want-to-go-home"}


def suggestions_of(widget: QWidget) -> CardSuggestions:
    found = widget.findChild(CardSuggestions)
    assert found is not None
    return found


def today_box(page: TodayPage) -> QuickText:
    box = page.findChild(QuickText)
    assert box is not None
    return box


def type_and_wait(qtbot: QtBot, box: QWidget, text: str, line: CardSuggestions) -> None:
    with qtbot.waitSignal(line.updated, timeout=2000):
        qtbot.keyClicks(box, text)


def test_evening_distress_on_today_suggests_the_evening_cards_within_a_second(
    today: TodayPage, qtbot: QtBot, session: Session
) -> None:
    line = suggestions_of(today)
    qtbot.keyClicks(today_box(today), EVENINGS)
    # The pause is 500 ms; the cards are already loaded, so well within a second.
    qtbot.waitUntil(lambda: bool(set(line.suggestions) & EVENING_CARDS), timeout=1000)
    assert line.isVisible()
    assert len(line.suggestions) <= 3

    card_id = next(card for card in line.suggestions if card in EVENING_CARDS)
    link = line.link_for(card_id)
    assert link is not None and link.isVisible()
    with qtbot.waitSignal(session.open_card_requested) as opened:
        qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert opened.args == [card_id]


def test_the_line_reads_as_ideas_with_card_titles(today: TodayPage, qtbot: QtBot) -> None:
    line = suggestions_of(today)
    type_and_wait(qtbot, today_box(today), EVENINGS, line)
    labels = [b.text() for b in line.findChildren(QPushButton) if b.isVisible()]
    assert "Sundowning: upset later in the day" in labels
    assert LEAD_TEXT in [label.text() for label in line.findChildren(QLabel)]
    assert ADD_TEXT not in labels  # Today's quick entries have no "ideas we tried"


@pytest.mark.parametrize(
    "text",
    [
        "Ate a good lunch",
        "Killing time before the bus, dying to see the grandchildren",
        "Shot a video of the kids at the park",
    ],
)
def test_ordinary_days_bring_no_suggestions(today: TodayPage, qtbot: QtBot, text: str) -> None:
    line = suggestions_of(today)
    type_and_wait(qtbot, today_box(today), text, line)
    assert line.suggestions == () and not line.isVisible()


def test_cards_about_danger_are_left_to_the_safety_banner(
    editor: EntryEditor, qtbot: QtBot
) -> None:
    line = suggestions_of(editor)
    type_and_wait(qtbot, editor.text, RISKY, line)
    assert "talk-of-suicide" not in line.suggestions
    assert editor.safety.card_button.text() == "Open: Talk of suicide"


def test_the_search_runs_once_after_the_pause_not_on_every_key(
    today: TodayPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    original = Guidance.suggest

    def counting(self: Guidance, text: str, **kwargs: object) -> object:
        calls.append(text)
        return original(self, text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Guidance, "suggest", counting)
    type_and_wait(qtbot, today_box(today), EVENINGS, suggestions_of(today))
    assert calls == [EVENINGS]


def test_typing_keeps_the_focus_while_ideas_appear(editor: EntryEditor, qtbot: QtBot) -> None:
    editor.activateWindow()
    qtbot.waitUntil(editor.text.hasFocus)
    type_and_wait(qtbot, editor.text, EVENINGS, suggestions_of(editor))
    assert suggestions_of(editor).isVisible()
    assert editor.text.hasFocus()
    qtbot.keyClicks(editor.text, " again")
    assert editor.text.toPlainText() == EVENINGS + " again"


def test_in_a_distress_episode_one_click_adds_an_idea_to_what_we_tried(
    editor: EntryEditor, qtbot: QtBot
) -> None:
    editor.kind.setCurrentIndex(editor.kind.findData(EntryKind.DISTRESS_EPISODE))
    line = suggestions_of(editor)
    type_and_wait(qtbot, editor.text, EVENINGS, line)
    title = guidance().title("sundowning")
    [add] = [
        b
        for b in line.findChildren(QPushButton)
        if b.accessibleName().endswith(title) and b.text() == ADD_TEXT
    ]
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)

    assert "sundowning" in editor.cards_tried.card_ids()
    assert editor.draft().cards[0].card_id == "sundowning"
    # Offered once: the card is on the list now.
    remaining = [b.accessibleName() for b in line.findChildren(QPushButton) if b.isVisible()]
    assert f"We tried this: {title}" not in remaining


def test_the_suggestions_follow_the_text_and_go_when_it_is_cleared(
    today: TodayPage, qtbot: QtBot
) -> None:
    line = suggestions_of(today)
    type_and_wait(qtbot, today_box(today), EVENINGS, line)
    assert line.isVisible()
    with qtbot.waitSignal(line.updated, timeout=2000):
        today_box(today).clear()
    assert not line.isVisible()


def test_every_suggestion_button_has_a_name(editor: EntryEditor, qtbot: QtBot) -> None:
    editor.kind.setCurrentIndex(editor.kind.findData(EntryKind.DISTRESS_EPISODE))
    line = suggestions_of(editor)
    type_and_wait(qtbot, editor.text, EVENINGS, line)
    buttons = [b for b in line.findChildren(QPushButton) if b.isVisible()]
    assert buttons
    for button in buttons:
        assert button.accessibleName()
