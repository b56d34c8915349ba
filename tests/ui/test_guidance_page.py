"""The Guidance page, driven as a carer does: type, press keys, click."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, QPoint, Qt, QUrl
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from caregiver_app.domain.entries import CardOutcome, CardUse, EntryDraft, EntryKind, Visibility
from caregiver_app.guidance import load_cards
from caregiver_app.settings import MAX_RECENT_CARDS
from tests.conftest import OpenStore
from tests.ui.conftest import when_dialog_opens
from ui.dialogs.pocket_cards import PocketCardsDialog
from ui.main_window import MainWindow
from ui.models.card_list_model import CardChoiceModel, CardListModel, CardRow
from ui.pages.guidance import FAVOURITES, NO_FAVOURITES, GuidancePage
from ui.session import Session
from ui.widgets.card_view import FAMILY_EMPTY, IS_FAVOURITE

FRIGHTENED_WORDS = [
    ("sundowning", "sundowning"),
    ("sundowing", "sundowning"),
    ("evenings she gets upset", "sundowning"),
    ("he won't stop shouting", "anger-or-agitation"),
    ("she thinks I'm poisoning her", "paranoid-beliefs"),
]


@pytest.fixture
def opened_urls() -> list[QUrl]:
    return []


@pytest.fixture
def page(session: Session, qtbot: QtBot, opened_urls: list[QUrl]) -> Iterator[GuidancePage]:
    shown = GuidancePage(session, open_url=opened_urls.append)
    qtbot.addWidget(shown)
    shown.resize(1000, 760)
    shown.show()
    shown.activateWindow()
    yield shown
    if shown.presentation is not None:
        shown.presentation.close()


def visible_text(widget: QWidget) -> str:
    """What a person reads: rich-text labels as their plain text."""
    shown = []
    for label in widget.findChildren(QLabel):
        if label.isVisible():
            if label.textFormat() == Qt.TextFormat.RichText:
                document = QTextDocument()
                document.setHtml(label.text())
                shown.append(document.toPlainText())
            else:
                shown.append(label.text())
    return "\n".join(shown)


def listed_titles(page: GuidancePage) -> list[str]:
    return [card.title for card in page.model.cards()]


def type_search(qtbot: QtBot, page: GuidancePage, words: str) -> None:
    page.search.setFocus()
    page.search.selectAll()
    qtbot.keyClicks(page.search, words)


@pytest.mark.parametrize(("words", "card_id"), FRIGHTENED_WORDS)
def test_a_frightened_persons_words_find_the_right_card_first(
    qtbot: QtBot, page: GuidancePage, words: str, card_id: str
) -> None:
    type_search(qtbot, page, words)
    assert page.model.card(0) is not None
    top = {page.model.card(row).id for row in range(2)}  # type: ignore[union-attr]
    assert card_id in top
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.shown_card is not None
    assert page.shown_card.id == page.model.card(0).id  # type: ignore[union-attr]


def test_enter_opens_the_card_chosen_with_the_arrow_keys(qtbot: QtBot, page: GuidancePage) -> None:
    type_search(qtbot, page, "sundowning")
    second = page.model.card(1)
    assert second is not None
    qtbot.keyClick(page.search, Qt.Key.Key_Down)  # into the results
    assert page.results.hasFocus()
    qtbot.keyClick(page.results, Qt.Key.Key_Down)
    qtbot.keyClick(page.results, Qt.Key.Key_Return)
    assert page.shown_card == second


def test_crisis_cards_come_first_and_every_card_is_listed(page: GuidancePage) -> None:
    library = load_cards()
    first = page.model.card(0)
    assert first is not None and first.category.value == "crisis"
    assert {card.id for card in page.model.cards()} == {card.id for card in library.cards}
    assert page.model.index(0).data(Qt.ItemDataRole.UserRole + 3) == "In a crisis"
    assert page.count_label.text() == f"{len(library.cards)} cards"


def test_a_card_shows_its_urgent_help_with_the_local_emergency_number(
    qtbot: QtBot, page: GuidancePage
) -> None:
    type_search(qtbot, page, "sundowning")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Get urgent help when…" in visible_text(page.card_view))
    shown = visible_text(page.card_view)
    assert "Sundowning: upset later in the day" in shown
    assert "Get urgent help when…" in shown
    assert "In an emergency, call 999." in shown
    assert "Samaritans: 116 123" in shown
    assert "What it may feel like for them" in shown
    assert "“You seem worried. I'm here with you.”" in shown
    assert "Last reviewed 26 November 2026." in shown


def test_related_cards_open_and_back_returns_card_by_card_then_to_the_list(
    qtbot: QtBot, page: GuidancePage
) -> None:
    page.show_card("sundowning")
    related = [
        button
        for button in page.card_view.findChildren(QPushButton, "RelatedCard")
        if button.isVisible()
    ]
    assert related, "the card shows its related cards"
    target = str(related[0].property("cardId"))
    qtbot.mouseClick(related[0], Qt.MouseButton.LeftButton)
    assert page.shown_card is not None and page.shown_card.id == target
    qtbot.keyClick(page.card_view.scroll, Qt.Key.Key_Backspace)
    assert page.shown_card is not None and page.shown_card.id == "sundowning"
    qtbot.keyClick(page.card_view.scroll, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.shown_card is None
    assert page.browse.isVisible()


def test_the_favourite_star_is_kept_in_settings(
    qtbot: QtBot, page: GuidancePage, session: Session
) -> None:
    page.show_card("panic-attack")
    qtbot.mouseClick(page.card_view.favourite_button, Qt.MouseButton.LeftButton)
    assert session.settings.favourite_cards == ("panic-attack",)
    assert page.card_view.favourite_button.text() == IS_FAVOURITE
    page.go_back()
    page.sections.buttons()[-2].click()  # ★ Favourites
    assert page.current_section() == FAVOURITES
    assert listed_titles(page) == ["Panic attack"]
    # A new page (as after a restart) shows the same favourite.
    again = GuidancePage(session)
    again.show_card("panic-attack")
    assert again.card_view.favourite_button.isChecked()
    page.show_card("panic-attack")
    qtbot.mouseClick(page.card_view.favourite_button, Qt.MouseButton.LeftButton)
    assert session.settings.favourite_cards == ()
    page.go_back()
    assert page.count_label.text() == NO_FAVOURITES


def test_recently_viewed_lists_the_last_cards_opened_newest_first(
    page: GuidancePage, session: Session
) -> None:
    library = load_cards()
    for card in library.cards[: MAX_RECENT_CARDS + 2]:
        page.show_card(card.id)
    page.show_card(library.cards[3].id)
    recent = session.settings.recent_cards
    assert len(recent) == MAX_RECENT_CARDS
    assert recent[0] == library.cards[3].id
    assert recent[1] == library.cards[MAX_RECENT_CARDS + 1].id
    assert library.cards[0].id not in recent
    page.focus_search()
    page.sections.buttons()[-1].click()  # Recently viewed
    assert [card.id for card in page.model.cards()] == list(recent)


def test_ctrl_f_style_focus_search_comes_back_from_a_card(page: GuidancePage) -> None:
    page.show_card("panic-attack")
    page.focus_search()
    assert page.shown_card is None
    assert page.search.hasFocus()


def _episode(card_id: str, helped: str, *, private: bool = False, days_ago: int = 1) -> EntryDraft:
    return EntryDraft(
        "Upset from teatime onwards.",
        kind=EntryKind.DISTRESS_EPISODE,
        happened_at=datetime.now().astimezone() - timedelta(days=days_ago),
        tried="Curtains closed, music on.",
        helped=helped,
        cards=(CardUse(card_id, CardOutcome.HELPED),),
        visibility=Visibility.PRIVATE if private else Visibility.SHARED,
    )


def test_a_card_shows_where_it_helped_in_the_family_but_not_others_private_entries(
    qtbot: QtBot, page: GuidancePage, session: Session, opened: OpenStore
) -> None:
    page.show_card("sundowning")
    qtbot.waitUntil(lambda: FAMILY_EMPTY in visible_text(page.card_view))
    diary = session.services.diary
    diary.add(opened.raj, _episode("sundowning", "Her favourite hymns <b>calmed</b> her."))
    diary.add(opened.raj, _episode("sundowning", "Raj's private note", private=True, days_ago=2))
    diary.add(opened.ann, _episode("panic-attack", "Slow breathing together."))
    page.show_card("panic-attack")
    page.go_back()
    qtbot.waitUntil(lambda: "Raj Okafor" in visible_text(page.card_view))
    shown = visible_text(page.card_view)
    assert "What helped: Her favourite hymns <b>calmed</b> her." in shown  # shown literally
    assert "Raj Okafor · helped" in shown
    assert "Raj's private note" not in shown
    assert "Slow breathing" not in shown
    assert FAMILY_EMPTY not in shown


def test_a_new_entry_shows_on_the_open_card_without_reopening_it(
    qtbot: QtBot, page: GuidancePage, session: Session, opened: OpenStore
) -> None:
    page.show_card("sundowning")
    session.services.diary.add(opened.ann, _episode("sundowning", "Lamps on at four."))
    qtbot.waitUntil(lambda: "What helped: Lamps on at four." in visible_text(page.card_view))


def test_sources_open_in_the_browser(
    page: GuidancePage, opened_urls: list[QUrl], qtbot: QtBot
) -> None:
    page.show_card("sundowning")
    source = page.card_view.findChildren(QLabel, "Source")[0]
    assert "NICE NG97" in source.text()
    source.linkActivated.emit("https://www.nice.org.uk/guidance/ng97")
    source.linkActivated.emit("https://example.com/not-a-source-of-this-card")
    assert opened_urls == [QUrl("https://www.nice.org.uk/guidance/ng97")]


def test_card_text_with_markup_is_shown_as_text(page: GuidancePage) -> None:
    from ui.widgets.card_view import bullets_html

    markup = bullets_html(["Say <b>hello</b> & smile"])
    assert "<b>hello" not in markup and "&lt;b&gt;hello&lt;/b&gt; &amp; smile" in markup


def test_f5_presents_the_card_and_escape_comes_back(qtbot: QtBot, page: GuidancePage) -> None:
    page.show_card("panic-attack")
    page.card_view.scroll.setFocus()
    QTest.keyClick(page.card_view.scroll, QKeySequence("F5")[0].key())
    window = page.presentation
    assert window is not None and window.isVisible()
    assert window.current_card.id == "panic-attack"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.presentation is None)
    assert page.shown_card is not None and page.shown_card.id == "panic-attack"


def test_the_card_list_model_passes_the_model_tester(qtmodeltester: object) -> None:
    library = load_cards()
    model = CardListModel()
    model.set_rows(CardRow(card, card.category.label) for card in library.cards)
    model.set_favourites([library.cards[2].id])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.index(2).data(Qt.ItemDataRole.UserRole + 4) is True
    model.set_rows([])
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_the_pocket_card_choice_model_passes_the_model_tester(qtmodeltester: object) -> None:
    library = load_cards()
    model = CardChoiceModel(library.cards, ticked=["sundowning"])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert [card.id for card in model.ticked()] == ["sundowning"]
    first = model.index(0)
    assert model.setData(first, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert len(model.ticked()) == 2


def test_the_page_models_pass_the_model_tester(page: GuidancePage, qtmodeltester: object) -> None:
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]


def test_print_pocket_cards_saves_the_favourites_and_ticked_cards_as_a_pdf(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    saved = tmp_path / "pocket.pdf"
    asked: list[Path] = []

    def choose(_parent: QWidget, suggested: Path) -> Path:
        asked.append(suggested)
        return saved

    session.update_settings(favourite_cards=("sundowning", "panic-attack"))
    page = GuidancePage(session, choose_pdf_path=choose)
    qtbot.addWidget(page)
    page.show()
    ticked_at_first: list[str] = []
    counted: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, PocketCardsDialog)
        try:
            ticked_at_first.extend(card.id for card in dialog.model.ticked())
            left = QPoint(12, dialog.two_a_page.height() // 2)  # on the round button itself
            qtbot.mouseClick(dialog.two_a_page, Qt.MouseButton.LeftButton, pos=left)
            dialog.cards_view.setFocus()
            dialog.cards_view.setCurrentIndex(dialog.model.index(0))
            qtbot.keyClick(dialog.cards_view, Qt.Key.Key_Space)  # tick the first card too
            counted.append(dialog.count_label.text())
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        finally:
            if dialog.isVisible():
                dialog.reject()  # a failed step must not leave the test waiting forever

    with qtbot.waitSignal(page.status) as status:
        when_dialog_opens(fill)
        qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert sorted(ticked_at_first) == ["panic-attack", "sundowning"]
    assert counted == ["3 cards ticked: 2 pages."]
    assert asked and asked[0].name == "Kindred pocket cards.pdf"
    assert str(saved) in str(status.args[0])
    reader = PdfReader(saved)
    assert len(reader.pages) == 2
    printed = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    library = load_cards()
    for card_id in ("sundowning", "panic-attack", library.cards[0].id):
        card = library.get(card_id)
        assert card is not None and card.title in printed


def test_printing_from_a_card_ticks_that_card_and_cancel_saves_nothing(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    page = GuidancePage(session, choose_pdf_path=lambda _parent, _suggested: None)
    qtbot.addWidget(page)
    page.show()
    page.show_card("awake-at-night")
    seen: list[list[str]] = []

    def cancel_at_the_file_dialog(dialog: QWidget) -> None:
        assert isinstance(dialog, PocketCardsDialog)
        seen.append([card.id for card in dialog.model.ticked()])
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # the chooser says no
        seen.append(["still open"] if dialog.isVisible() else [])
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(cancel_at_the_file_dialog)
    qtbot.mouseClick(page.card_view.print_button, Qt.MouseButton.LeftButton)
    assert seen == [["awake-at-night"], ["still open"]]
    assert not list(tmp_path.rglob("*.pdf"))


def test_any_screen_can_open_a_card_in_the_main_window(window: MainWindow) -> None:
    window._session.open_card_requested.emit("sundowning")
    page = window.guidance_page
    assert page is not None and window.current_page() is page
    assert window.navigation.currentItem().text() == "Guidance"
    assert page.shown_card is not None and page.shown_card.id == "sundowning"


def test_ctrl_f_on_the_guidance_page_searches_the_cards(window: MainWindow, qtbot: QtBot) -> None:
    window.go_to("Guidance")
    page = window.guidance_page
    assert page is not None
    page.show_card("panic-attack")
    page.card_view.scroll.setFocus()
    qtbot.keyClick(page.card_view.scroll, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus() and page.shown_card is None
    qtbot.keyClicks(page.search, "sundowing")
    assert page.model.card(0) is not None and page.model.card(0).id == "sundowning"  # type: ignore[union-attr]


def test_locking_while_presenting_keeps_the_card_up_and_old_pages_stay_quiet(
    window: MainWindow, qtbot: QtBot, opened: OpenStore
) -> None:
    session = window._session
    window.go_to("Guidance")
    page = window.guidance_page
    assert page is not None
    page.show_card("panic-attack")
    page.present()
    presentation = page.presentation
    assert presentation is not None
    window.lock()  # as the idle lock does, with a room still watching
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.guidance_page is None
    assert presentation.isVisible()
    qtbot.keyClick(presentation, Qt.Key.Key_Right)
    assert presentation.current_card.id != "panic-attack"
    session.attach(opened.reopen())
    # A change after unlocking reaches only the new pages, never the deleted card view.
    session.services.diary.add(opened.ann, _episode("panic-attack", "Breathing together."))
    presentation.activateWindow()  # the presenter's window has the keys, as on a desktop
    qtbot.waitUntil(lambda: QApplication.activeWindow() is presentation)
    qtbot.keyClick(presentation, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not isValid(presentation) or not presentation.isVisible())
