"""Presentation mode: a card full screen for a room, moved with arrows or a clicker."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFrame
from pytestqt.qtbot import QtBot

from caregiver_app.domain.entries import CardOutcome, CardUse, EntryDraft, EntryKind
from caregiver_app.guidance import lines_for_country, load_cards
from caregiver_app.settings import Settings
from tests.conftest import OpenStore
from ui.dialogs.presentation import PresentationWindow, slide_html
from ui.pages.guidance import GuidancePage
from ui.session import Session
from ui.theme import LIGHT, point_size


@pytest.fixture
def page(session: Session, qtbot: QtBot) -> Iterator[GuidancePage]:
    shown = GuidancePage(session)
    qtbot.addWidget(shown)
    shown.resize(1000, 760)
    shown.show()
    shown.activateWindow()
    yield shown
    if shown.presentation is not None:
        shown.presentation.close()


def present(qtbot: QtBot, page: GuidancePage, card_id: str) -> PresentationWindow:
    page.show_card(card_id)
    qtbot.mouseClick(page.card_view.present_button, Qt.MouseButton.LeftButton)
    window = page.presentation
    assert window is not None
    qtbot.waitUntil(window.isVisible)
    return window


def test_present_shows_the_card_full_screen_with_where_we_are(
    qtbot: QtBot, page: GuidancePage
) -> None:
    cards = load_cards().cards
    position = next(n for n, card in enumerate(cards) if card.id == "sundowning")
    window = present(qtbot, page, "sundowning")
    assert window.isFullScreen()
    assert window.isWindow() and window is not page.window()
    assert window.position_label.text() == f"{position + 1} of {len(cards)}"
    assert window.category_label.text() == "Dementia"
    shown = window.slide.toPlainText()
    assert "Sundowning: upset later in the day" in shown
    assert "In an emergency, call 999." in shown


def test_arrows_and_clicker_keys_move_between_cards_and_escape_leaves(
    qtbot: QtBot, page: GuidancePage
) -> None:
    cards = load_cards().cards
    start = 5
    window = present(qtbot, page, cards[start].id)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.current_card == cards[start + 1]
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.current_card == cards[start + 2]
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.current_card == cards[start + 3]
    assert cards[start + 3].title in window.slide.toPlainText()
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.current_card == cards[start + 2]
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert window.current_card == cards[start + 1]
    assert window.position_text == f"{start + 2} of {len(cards)}"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.presentation is None)
    assert _deleted(window) or not window.isVisible()
    # Back where we were: the same card, the same page.
    assert page.shown_card is not None and page.shown_card.id == cards[start].id


def test_the_ends_of_the_deck_stay_put(qtbot: QtBot, page: GuidancePage) -> None:
    cards = load_cards().cards
    window = present(qtbot, page, cards[0].id)
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.current_card == cards[0]
    assert not window.previous_button.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_End)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.current_card == cards[-1]
    assert window.position_text == f"{len(cards)} of {len(cards)}"
    qtbot.mouseClick(window.previous_button, Qt.MouseButton.LeftButton)
    assert window.current_card == cards[-2]


def test_presenting_never_shows_diary_entries_or_names(
    qtbot: QtBot, page: GuidancePage, session: Session, opened: OpenStore
) -> None:
    session.services.diary.add(
        opened.raj,
        EntryDraft(
            "She was upset at teatime.",
            kind=EntryKind.DISTRESS_EPISODE,
            happened_at=datetime.now().astimezone() - timedelta(hours=2),
            helped="Grandma's hymn book",
            cards=(CardUse("sundowning", CardOutcome.HELPED),),
        ),
    )
    page.show_card("sundowning")
    qtbot.waitUntil(lambda: page.card_view.findChild(QFrame, "FamilyUse") is not None)
    window = present(qtbot, page, "sundowning")
    shown = window.slide.toPlainText() + window.category_label.text()
    for private in ("Grandma's hymn book", "Raj", "Okafor", "Maggie", "in your family"):
        assert private not in shown


def test_text_is_very_large_on_a_projector_screen(qtbot: QtBot) -> None:
    settings = Settings(country="GB")
    cards = load_cards().cards
    window = PresentationWindow(cards, "panic-attack", settings, lines_for_country("GB"))
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitUntil(window.isVisible)
    QApplication.processEvents()
    assert window.body_point_size >= 2.0 * point_size(settings)
    document = window.slide.document()
    assert document.size().height() <= window.slide.viewport().height()  # all of it, no scrolling


def test_card_text_is_escaped_on_the_slide() -> None:
    card = replace(load_cards().cards[0], title="<b>Not bold</b> & <img src='x'>")
    markup = slide_html(card, lines_for_country("GB"), LIGHT, 20.0)
    assert "<b>Not bold" not in markup and "<img" not in markup
    assert "&lt;b&gt;Not bold&lt;/b&gt; &amp; &lt;img" in markup


def _deleted(window: PresentationWindow) -> bool:
    from shiboken6 import isValid

    return not isValid(window)
