"""The editor's "Ideas we tried from the guidance cards": add by typing, say if it helped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QRadioButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from caregiver_app.domain.entries import CardOutcome, CardUse, Entry, EntryDraft, EntryKind
from caregiver_app.services.diary_service import DiaryService
from tests.conftest import OpenStore
from ui.dialogs.entry_editor import EntryEditor
from ui.session import Session
from ui.widgets.cards_tried import HEADING, CardsTried

SUNDOWNING = "Sundowning: upset later in the day"


def open_editor(session: Session, qtbot: QtBot, entry: Entry | None = None) -> EntryEditor:
    editor = EntryEditor(session, entry)
    qtbot.addWidget(editor)
    editor.resize(900, 900)
    editor.show()
    return editor


def as_episode(editor: EntryEditor) -> None:
    editor.kind.setCurrentIndex(editor.kind.findData(EntryKind.DISTRESS_EPISODE))


def click(editor: EntryEditor, qtbot: QtBot, widget: QWidget) -> None:
    """Scroll the control into view, as a person would, then click it."""
    scroll = editor.findChild(QScrollArea)
    assert scroll is not None

    def in_view() -> bool:
        # A new row is shown, and the form grows, once the layout has run.
        scroll.ensureWidgetVisible(widget)
        centre = widget.mapTo(editor, widget.rect().center())
        return widget.isVisible() and editor.childAt(centre) is widget

    qtbot.waitUntil(in_view)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def named(widget: QWidget, name: str) -> QWidget:
    found = [w for w in widget.findChildren(QWidget) if w.accessibleName() == name]
    assert len(found) == 1, f"expected one control called {name!r}, found {len(found)}"
    return found[0]


def test_the_section_belongs_to_distress_episodes(session: Session, qtbot: QtBot) -> None:
    editor = open_editor(session, qtbot)
    assert not editor.cards_tried.isVisible()
    as_episode(editor)
    assert editor.cards_tried.isVisible()
    assert editor.episode.isAncestorOf(editor.cards_tried)
    assert HEADING in [label.text() for label in editor.cards_tried.findChildren(QLabel)]


def test_add_a_card_by_typing_say_it_helped_save_and_find_it_again(
    session: Session, qtbot: QtBot, opened: OpenStore
) -> None:
    editor = open_editor(session, qtbot)
    as_episode(editor)
    qtbot.keyClicks(editor.text, "Upset at teatime, asking for her mother")
    name_box = editor.cards_tried.name_edit
    qtbot.keyClicks(name_box, "sundown")
    qtbot.keyClick(name_box, Qt.Key.Key_Return)

    assert editor.isVisible(), "Enter in the card box adds a card; it does not save"
    assert name_box.text() == ""
    [row] = editor.cards_tried.rows()
    assert row.title == SUNDOWNING
    helped = named(editor, f"{SUNDOWNING}: Helped")
    assert isinstance(helped, QRadioButton)
    click(editor, qtbot, helped)
    editor.save()

    assert editor.saved is not None and not editor.isVisible()
    saved = editor.saved
    assert saved.draft.cards == (CardUse("sundowning", CardOutcome.HELPED),)

    again = open_editor(session, qtbot, session.services.diary.get(saved.id, opened.ann))
    [row] = again.cards_tried.rows()
    assert row.card_id == "sundowning" and row.outcome is CardOutcome.HELPED
    assert row.radios[CardOutcome.HELPED].isChecked()

    used = DiaryService(opened.store).card_uses("sundowning", opened.ann)
    assert [entry.id for entry in used] == [saved.id]


def test_the_completer_offers_titles_that_contain_the_words(session: Session, qtbot: QtBot) -> None:
    editor = open_editor(session, qtbot)
    as_episode(editor)
    section = editor.cards_tried
    section.name_edit.setFocus()
    qtbot.keyClicks(section.name_edit, "go home")
    popup = section.completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    assert section.completer.currentCompletion() == '"I want to go home"'
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: section.name_edit.text() == "")
    assert section.card_ids() == ("i-want-to-go-home",)
    assert editor.isVisible()


def test_a_name_that_matches_no_card_says_so(session: Session, qtbot: QtBot) -> None:
    editor = open_editor(session, qtbot)
    as_episode(editor)
    section = editor.cards_tried
    qtbot.keyClicks(section.name_edit, "zzzz")
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    assert section.card_ids() == ()
    assert section.problem.isVisible() and "No card matches" in section.problem.text()


def test_a_card_is_listed_once_and_can_be_removed(
    session: Session, qtbot: QtBot, opened: OpenStore
) -> None:
    editor = open_editor(session, qtbot)
    as_episode(editor)
    section = editor.cards_tried
    for typed in ("panic", "Panic attack", "voices"):
        qtbot.keyClicks(section.name_edit, typed)
        qtbot.keyClick(section.name_edit, Qt.Key.Key_Return)
    assert section.card_ids() == ("panic-attack", "hearing-voices-or-seeing-things")

    remove = named(editor, "Remove Panic attack from the ideas we tried")
    assert isinstance(remove, QPushButton)
    click(editor, qtbot, remove)
    qtbot.keyClicks(editor.text, "Frightened by the voices at night")
    editor.save()
    assert editor.saved is not None
    assert editor.saved.draft.cards == (
        CardUse("hearing-voices-or-seeing-things", CardOutcome.UNSURE),
    )


def test_the_outcome_can_be_chosen_with_the_keyboard(session: Session, qtbot: QtBot) -> None:
    editor = open_editor(session, qtbot)
    as_episode(editor)
    section = editor.cards_tried
    section.name_edit.setFocus()
    qtbot.keyClicks(section.name_edit, "panic")
    qtbot.keyClick(section.name_edit, Qt.Key.Key_Return)
    [row] = section.rows()
    qtbot.waitUntil(row.remove_button.isVisible)

    # The offscreen platform leaves the completer's hidden popup as the active window.
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)

    qtbot.keyClick(section.name_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is section.add_button
    qtbot.keyClick(section.add_button, Qt.Key.Key_Tab)  # one stop: the chosen answer
    assert QApplication.focusWidget() is row.radios[CardOutcome.UNSURE]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)  # Didn't help
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)  # Helped
    assert row.outcome is CardOutcome.HELPED
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is row.remove_button


def test_a_card_no_longer_in_the_app_is_kept_when_editing(
    session: Session, qtbot: QtBot, opened: OpenStore
) -> None:
    draft = EntryDraft(
        "Shouting at teatime",
        kind=EntryKind.DISTRESS_EPISODE,
        cards=(CardUse("an-old-card", CardOutcome.HELPED), CardUse("sundowning")),
    )
    entry = session.services.diary.add(opened.ann, draft)
    editor = open_editor(session, qtbot, entry)
    titles = [row.title for row in editor.cards_tried.rows()]
    assert titles == ["A card no longer in Kindred (an-old-card)", SUNDOWNING]
    editor.text.selectAll()
    qtbot.keyClicks(editor.text, "Shouting at teatime, calmer after a walk")
    editor.save()
    assert editor.saved is not None
    assert [use.card_id for use in editor.saved.draft.cards] == ["an-old-card", "sundowning"]


@pytest.mark.parametrize("kind", [QPushButton, QRadioButton])
def test_every_control_in_the_section_has_a_name(
    session: Session, qtbot: QtBot, kind: type[QWidget]
) -> None:
    editor = open_editor(session, qtbot)
    as_episode(editor)
    section = editor.findChild(CardsTried)
    assert section is not None
    section.add_card("panic-attack")
    controls = section.findChildren(kind)
    assert controls
    for control in controls:
        assert control.accessibleName()
    assert section.name_edit.accessibleName() == "Add a guidance card we tried"
