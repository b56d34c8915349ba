"""Unsaved words in the editor survive a closed window and a crash, and are offered back."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from caregiver_app.domain.entries import EntryDraft
from ui.dialogs.entry_editor import DRAFT_PAUSE_MS, NEW_ENTRY_DRAFT, EntryEditor
from ui.session import Session

WORDS = "Dad asked for Mum three times tonight"


def open_editor(session: Session, qtbot: QtBot, entry: object = None) -> EntryEditor:
    editor = EntryEditor(session, entry)  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_words_typed_then_closed_are_offered_back_and_restored(
    qtbot: QtBot, session: Session
) -> None:
    first = open_editor(session, qtbot)
    qtbot.keyClicks(first.text, WORDS)
    first.flagged.setChecked(True)
    first.close()  # the window's close button, not Save
    assert session.services.store.drafts.all()[NEW_ENTRY_DRAFT]["text"] == WORDS

    second = open_editor(session, qtbot)
    assert second.draft_offer.isVisible()
    assert "You have unsaved words from" in second.draft_offer_text.text()
    assert second.text.toPlainText() == ""
    qtbot.mouseClick(second.carry_on, Qt.MouseButton.LeftButton)
    assert second.text.toPlainText() == WORDS
    assert second.flagged.isChecked()
    assert not second.draft_offer.isVisible()


def test_starting_afresh_lets_the_draft_go(qtbot: QtBot, session: Session) -> None:
    first = open_editor(session, qtbot)
    qtbot.keyClicks(first.text, WORDS)
    first.reject()
    second = open_editor(session, qtbot)
    qtbot.mouseClick(second.start_afresh, Qt.MouseButton.LeftButton)
    assert second.text.toPlainText() == ""
    assert session.services.store.drafts.all() == {}
    second.reject()
    assert not open_editor(session, qtbot).draft_offer.isVisible()


def test_a_crash_while_typing_leaves_the_words_in_the_drafts(
    qtbot: QtBot, session: Session
) -> None:
    editor = open_editor(session, qtbot)
    qtbot.keyClicks(editor.text, WORDS)
    # The editor is never closed, as when the computer loses power.
    qtbot.waitUntil(
        lambda: NEW_ENTRY_DRAFT in session.services.store.drafts.all(),
        timeout=DRAFT_PAUSE_MS + 2000,
    )
    kept = session.services.store.drafts.all()[NEW_ENTRY_DRAFT]
    assert kept["text"] == WORDS
    assert kept["entry_id"] is None


def test_saving_removes_the_draft(qtbot: QtBot, session: Session) -> None:
    editor = open_editor(session, qtbot)
    qtbot.keyClicks(editor.text, WORDS)
    editor.keep_draft()
    assert NEW_ENTRY_DRAFT in session.services.store.drafts.all()
    editor.save()
    assert editor.saved is not None
    assert session.services.store.drafts.all() == {}


def test_cancel_with_nothing_typed_keeps_no_draft(qtbot: QtBot, session: Session) -> None:
    editor = open_editor(session, qtbot)
    editor.reject()
    assert session.services.store.drafts.all() == {}


def test_an_edit_keeps_its_own_draft(qtbot: QtBot, session: Session) -> None:
    entry = session.services.diary.add(session.writer.id, EntryDraft(text="Quiet morning"))
    editor = open_editor(session, qtbot, entry)
    qtbot.keyClicks(editor.text, ", then a walk")
    editor.reject()
    kept = session.services.store.drafts.all()[f"edit-{entry.id}"]
    assert kept["text"] == "Quiet morning, then a walk"
    assert kept["entry_id"] == entry.id and kept["version"] == entry.version
    assert not open_editor(session, qtbot).draft_offer.isVisible()  # new entries: none
    again = open_editor(session, qtbot, entry)
    qtbot.mouseClick(again.carry_on, Qt.MouseButton.LeftButton)
    assert again.text.toPlainText() == "Quiet morning, then a walk"


def test_draft_words_never_reach_the_log(
    qtbot: QtBot, session: Session, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    editor = open_editor(session, qtbot)
    qtbot.keyClicks(editor.text, WORDS)
    editor.keep_draft()
    editor.reject()
    open_editor(session, qtbot).carry_on.click()
    assert WORDS not in caplog.text
