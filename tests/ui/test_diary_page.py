"""The diary page, driven as a person would: typing, keys and clicks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from caregiver_app.domain.entries import EntryDraft, EntryKind, Visibility
from caregiver_app.domain.errors import ServerUnreachable
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.storage.store import open_store
from tests.conftest import OpenStore
from tests.ui.conftest import when_dialog_opens
from ui.dialogs import entry_editor
from ui.dialogs.conflict import ConflictDialog
from ui.dialogs.entry_editor import EntryEditor
from ui.models.diary_model import DiaryListModel, EntryRole
from ui.pages.diary import DiaryPage
from ui.session import Session
from ui.theme import LIGHT
from ui.widgets.entry_card import entry_html

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


@pytest.fixture
def page(session: Session, qtbot: QtBot) -> DiaryPage:
    widget = DiaryPage(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


def shown_texts(page: DiaryPage) -> list[str]:
    return [page.model.entry(row).text for row in range(page.model.rowCount())]


def add(session: Session, text: str, minutes: int = 0, **fields: object) -> str:
    draft = EntryDraft(text=text, happened_at=T0 + timedelta(minutes=minutes), **fields)  # type: ignore[arg-type]
    return session.services.diary.add(session.writer.id, draft).id


def test_an_empty_diary_invites_the_first_entry(page: DiaryPage) -> None:
    assert page.body.currentWidget() is page.empty
    assert page.empty_text.text() == "No entries yet — what happened today?"
    assert page.empty_action.text() == "Write the first entry"


def test_writing_an_entry_with_the_keyboard_only(page: DiaryPage, qtbot: QtBot) -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, EntryEditor)
        qtbot.keyClicks(dialog.text, "Walked to the shop and back, cheerful")
        qtbot.keyClick(dialog.text, Qt.Key.Key_Tab)  # the text box passes Tab on
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    when_dialog_opens(fill)
    page.new_button.setFocus()
    qtbot.keyClick(page.new_button, Qt.Key.Key_Space)

    assert shown_texts(page) == ["Walked to the shop and back, cheerful"]
    assert page.body.currentWidget() is page.timeline
    assert page.count.text() == "1 entry"


def test_search_as_you_type_finds_and_highlights(
    page: DiaryPage, qtbot: QtBot, session: Session
) -> None:
    add(session, "Upset in the evening, humming helped", 0)
    add(session, "Good breakfast", 1)
    qtbot.keyClicks(page.search, "humm")
    qtbot.waitUntil(lambda: shown_texts(page) == ["Upset in the evening, humming helped"])
    entry = page.model.index(0).data(EntryRole)
    card = entry_html(entry, ["humm"], LIGHT)
    assert f"background-color:{LIGHT.highlight}" in card and ">humming</span>" in card

    page.search.clear()
    qtbot.waitUntil(lambda: len(shown_texts(page)) == 2)


def test_no_match_says_so_and_offers_to_clear(
    page: DiaryPage, qtbot: QtBot, session: Session
) -> None:
    add(session, "Quiet day")
    qtbot.keyClicks(page.search, "zebra")
    qtbot.waitUntil(lambda: page.body.currentWidget() is page.empty)
    assert "No entries match" in page.empty_text.text()
    qtbot.mouseClick(page.empty_action, Qt.MouseButton.LeftButton)
    assert page.search.text() == "" and shown_texts(page) == ["Quiet day"]


def test_filters_by_kind_flag_and_author(
    page: DiaryPage, session: Session, opened: OpenStore
) -> None:
    add(session, "Slept 5 hours", 0, kind=EntryKind.SLEEP)
    add(session, "Ask about the new tablets", 1, kind=EntryKind.QUESTION, flagged=True)
    session.services.diary.add(opened.raj, EntryDraft(text="Raj's visit", happened_at=T0))
    page.model.reload()

    page.kind.setCurrentIndex(page.kind.findData(EntryKind.SLEEP))
    assert shown_texts(page) == ["Slept 5 hours"]
    page.kind.setCurrentIndex(0)
    page.flagged.setChecked(True)
    assert shown_texts(page) == ["Ask about the new tablets"]
    page.flagged.setChecked(False)
    page.author.setCurrentIndex(page.author.findData(opened.raj))
    assert shown_texts(page) == ["Raj's visit"]


def test_edit_with_enter_and_the_history_shows_who_changed_what(
    page: DiaryPage, qtbot: QtBot, session: Session
) -> None:
    entry_id = add(session, "Refused lunch")
    page.model.reload()
    page.select_entry(entry_id)
    page.timeline.setFocus()

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, EntryEditor)
        dialog.text.selectAll()
        qtbot.keyClicks(dialog.text, "Refused lunch, ate soup at three")
        dialog.save()

    when_dialog_opens(change)
    qtbot.keyClick(page.timeline, Qt.Key.Key_Return)
    assert shown_texts(page) == ["Refused lunch, ate soup at three"]
    history = session.services.diary.history(entry_id, session.writer.id)
    assert [r.content.text for r in history] == [
        "Refused lunch",
        "Refused lunch, ate soup at three",
    ]


def test_delete_then_undo_brings_the_entry_back(
    page: DiaryPage, qtbot: QtBot, session: Session
) -> None:
    entry_id = add(session, "Took the bus to town")
    page.model.reload()
    page.select_entry(entry_id)
    page.timeline.setFocus()
    qtbot.keyClick(page.timeline, Qt.Key.Key_Delete)
    assert shown_texts(page) == []
    assert page.undo_button.isVisible()

    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert shown_texts(page) == ["Took the bus to town"]


def test_a_failed_save_keeps_every_word_in_the_editor(
    session: Session, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*_: object, **__: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(DiaryService, "add", disk_full)
    editor = EntryEditor(session, None)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.text, "A long careful note about tonight")
    editor.save()
    assert editor.isVisible() and editor.saved is None
    assert editor.text.toPlainText() == "A long careful note about tonight"
    assert "couldn't write to the disk" in editor.message.text()


def test_an_unreachable_server_keeps_the_words_and_saves_them_when_it_is_back(
    session: Session, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_add = DiaryService.add
    attempts: list[str | None] = []

    def server_down_once(self: DiaryService, *args: object, **kwargs: object) -> object:
        attempts.append(kwargs.get("entry_id"))  # type: ignore[arg-type]
        if len(attempts) == 1:
            raise ServerUnreachable("The shared diary's server can't be reached.")
        return real_add(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(DiaryService, "add", server_down_once)
    monkeypatch.setattr(entry_editor, "SERVER_RETRY_MS", 50)
    editor = EntryEditor(session, None)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.text, "Slept well after the walk")
    qtbot.keyClick(editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "will save them as soon as the server is back" in editor.message.text()
    assert editor.text.toPlainText() == "Slept well after the walk"
    assert entry_editor.NEW_ENTRY_DRAFT in session.services.store.drafts.all()

    qtbot.waitUntil(lambda: editor.saved is not None, timeout=3000)  # the server is back
    assert not editor.isVisible()
    assert attempts[0] == attempts[1]  # the same entry both times: never a second copy
    page = session.services.diary.page(session.writer.id)
    assert [e.text for e in page.entries] == ["Slept well after the walk"]
    assert entry_editor.NEW_ENTRY_DRAFT not in session.services.store.drafts.all()


def test_bad_input_is_explained_in_the_editor(session: Session, qtbot: QtBot) -> None:
    editor = EntryEditor(session, None)
    qtbot.addWidget(editor)
    editor.show()
    editor.save()  # nothing typed
    assert editor.message.isVisible()
    assert editor.message.text() == "Please write a few words before saving."


def test_a_distress_episode_asks_what_helped(session: Session, qtbot: QtBot) -> None:
    editor = EntryEditor(session, None)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.episode.isVisible()
    editor.kind.setCurrentIndex(editor.kind.findData(EntryKind.DISTRESS_EPISODE))
    assert editor.episode.isVisible()
    qtbot.keyClicks(editor.text, "Shouting at the voices")
    qtbot.keyClicks(editor.helped, "Sitting together in the garden")
    editor.save()
    assert (
        editor.saved is not None and editor.saved.draft.helped == "Sitting together in the garden"
    )


def test_a_conflict_from_a_second_session_keeps_both_versions(
    page: DiaryPage, qtbot: QtBot, session: Session, opened: OpenStore
) -> None:
    entry_id = add(session, "Morning walk")
    page.model.reload()
    entry = session.services.diary.get(entry_id, session.writer.id)
    editor = EntryEditor(session, entry)
    qtbot.addWidget(editor)
    editor.show()

    # Meanwhile, Raj edits the same entry from another program on this computer.
    other = open_store(opened.paths, vault=opened.vault, take_lock=False)
    try:
        DiaryService(other).edit(
            entry_id, opened.raj, EntryDraft(text="Morning walk, 20 minutes"), 1
        )
    finally:
        other.close()

    editor.text.selectAll()
    qtbot.keyClicks(editor.text, "Morning walk, chatted with the neighbour")

    def keep_both(dialog: QWidget) -> None:
        assert isinstance(dialog, ConflictDialog)
        assert dialog.theirs.toPlainText().startswith("Morning walk, 20 minutes")
        assert dialog.mine.toPlainText().startswith("Morning walk, chatted")
        qtbot.mouseClick(dialog.keep_both, Qt.MouseButton.LeftButton)

    when_dialog_opens(keep_both)
    editor.save()
    assert not editor.isVisible()
    page.model.reload()
    assert sorted(shown_texts(page)) == [
        "Morning walk, 20 minutes",
        "Morning walk, chatted with the neighbour",
    ]


def test_an_entry_written_by_another_program_appears_without_restarting(
    page: DiaryPage, qtbot: QtBot, session: Session, opened: OpenStore
) -> None:
    add(session, "First")
    page.model.reload()
    other = open_store(opened.paths, vault=opened.vault, take_lock=False)
    try:
        DiaryService(other).add(
            opened.raj, EntryDraft(text="Written elsewhere", happened_at=T0 + timedelta(hours=1))
        )
    finally:
        other.close()
    qtbot.waitUntil(lambda: "Written elsewhere" in shown_texts(page), timeout=5000)


def test_switching_writer_hides_the_other_persons_private_entries(
    page: DiaryPage, session: Session, opened: OpenStore
) -> None:
    add(session, "My own worries", visibility=Visibility.PRIVATE)
    add(session, "Shared news", 1)
    page.model.reload()
    assert len(shown_texts(page)) == 2
    session.set_writer(opened.raj)
    assert shown_texts(page) == ["Shared news"]


def test_the_diary_model_passes_the_model_tester(session: Session, qtmodeltester: object) -> None:
    for i in range(7):
        add(session, f"entry {i}", i * 600)  # several days, so day headers vary
    model = DiaryListModel(session.services.diary, session.writer.id, page_size=3)
    model.reload()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert not model.canFetchMore()  # held after a reload until a view shows the end
    model.end_in_sight()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 7
    headers = [model.index(r).data(Qt.ItemDataRole.UserRole + 2) for r in range(7)]
    assert headers[0] is not None and headers.count(None) < 7


def test_the_page_shows_no_push_button_without_a_name(page: DiaryPage) -> None:
    for button in page.findChildren(QPushButton):
        assert button.text() or button.accessibleName()
    assert QApplication.instance() is not None


def test_search_starts_with_the_second_letter(
    page: DiaryPage, qtbot: QtBot, session: Session
) -> None:
    add(session, "Zebra crossing with Dad", 0)
    add(session, "Quiet morning", 1)
    qtbot.keyClicks(page.search, "z")
    qtbot.wait(200)
    assert len(shown_texts(page)) == 2  # one letter would match nearly everything
    qtbot.keyClicks(page.search, "e")
    qtbot.waitUntil(lambda: shown_texts(page) == ["Zebra crossing with Dad"])


def test_copying_an_entry_marks_it_private_for_clipboard_managers(
    page: DiaryPage, qtbot: QtBot, session: Session
) -> None:
    entry_id = add(session, "Words for the nurse")
    page.model.reload()
    page.select_entry(entry_id)
    page.timeline.setFocus()
    qtbot.keyClick(page.timeline, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    mime = QApplication.clipboard().mimeData()
    assert mime.text() == "Words for the nurse"
    assert bytes(mime.data("x-kde-passwordManagerHint")) == b"secret"


def test_a_search_lays_out_one_screenful_and_scrolling_brings_the_rest(
    session: Session, qtbot: QtBot
) -> None:
    for i in range(120):
        add(session, f"garden note {i}", i)
    page = DiaryPage(session)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.keyClicks(page.search, "garden")
    qtbot.waitUntil(lambda: not page.search_pending)
    QApplication.processEvents()
    # One screenful, not a second page fetched just because the view laid itself out.
    assert 0 < page.model.rowCount() <= 20
    assert shown_texts(page)[0] == "garden note 119"

    bar = page.timeline.verticalScrollBar()
    for _ in range(50):  # a person scrolling down to the bottom, again and again
        bar.setValue(bar.maximum())
        QApplication.processEvents()
        if page.model.rowCount() == 120:
            break
    assert page.model.rowCount() == 120
    assert shown_texts(page)[-1] == "garden note 0"


def test_a_search_typed_after_scrolling_down_shows_its_newest_match_first(
    session: Session, qtbot: QtBot
) -> None:
    for i in range(120):
        add(session, f"{'garden' if i % 2 else 'kitchen'} note {i}", i)
    page = DiaryPage(session)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    bar = page.timeline.verticalScrollBar()
    for _ in range(20):  # far down the diary
        bar.setValue(bar.maximum())
        QApplication.processEvents()
    assert page.model.rowCount() > 20

    qtbot.keyClicks(page.search, "garden")
    qtbot.waitUntil(lambda: not page.search_pending)
    QApplication.processEvents()
    top = page.timeline.indexAt(page.timeline.viewport().rect().topLeft())
    assert page.model.entry(top.row()).text == "garden note 119"
    assert page.model.rowCount() <= 20
